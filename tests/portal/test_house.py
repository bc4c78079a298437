"""The shared layer knows no app: ``portal/`` names none, and a portal without one of the apps still works."""

import ast
import datetime
import importlib
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.apps import apps
from django.conf import settings
from django.db.migrations.loader import MigrationLoader
from django.test import override_settings
from django.urls import NoReverseMatch, clear_url_caches, reverse
from django.utils import translation

from portal.registry import app_module, app_modules, contributions
from tests.funding.factories import berlin, make_call
from tests.masterplan import factories as masterplan
from tests.services.factories import make_service

PORTAL = Path(settings.BASE_DIR) / "portal"
NOW = datetime.datetime(2026, 3, 2, 10, tzinfo=ZoneInfo("Europe/Berlin"))


def content_apps():
    """The project's apps outside the shared layer (services, funding, masterplan, and any added later)."""
    base = Path(settings.BASE_DIR).resolve()
    return sorted(
        config.name
        for config in apps.get_app_configs()
        if Path(config.path).resolve().parent == base and config.name != "portal"
    )


def named_apps(source, names, *, python=True):
    """What in ``source`` names one of the apps: imports, URL names, model labels, templates, URLconfs."""
    found = []
    for node in ast.walk(ast.parse(source)) if python else ():
        modules = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            modules = [node.module or ""]
        found += [f"import {module}" for module in modules if module.split(".")[0] in names]
    pattern = re.compile(rf"\b(?:{'|'.join(names)})(?::[a-z_]+|\.[A-Za-z_]+|/[\w.-]+)")
    found += pattern.findall(source)
    return found


def test_content_apps_are_the_three_apps():
    assert content_apps() == ["funding", "masterplan", "services"]


def test_named_apps_finds_every_way_of_naming_an_app():
    lines = [
        "import services.models",
        "from funding.views import index",
        'URL = "services:index"',
        'LABEL = "masterplan.Document"',
        'TEMPLATE = "funding/_home_next_call.html"',
        'URLS = [("funding/", "funding.urls")]',
    ]
    assert [line for line in lines if not named_apps(line, content_apps())] == []
    assert named_apps('"""Services, funding and the Masterplan: prose is fine."""', content_apps()) == []


def test_portal_names_no_app():
    names = content_apps()
    offences = {}
    for module in sorted(PORTAL.rglob("*.py")):
        if "migrations" in module.parts:
            continue
        found = named_apps(module.read_text(encoding="utf-8"), names)
        if found:
            offences[str(module.relative_to(PORTAL.parent))] = found
    assert offences == {}


def test_shared_templates_name_no_app():
    names = content_apps()
    templates = Path(settings.BASE_DIR) / "templates"
    offences = {}
    for template in sorted(templates.rglob("*.*")):
        if template.relative_to(templates).parts[0] in names:
            continue  # the apps' own templates
        found = named_apps(template.read_text(encoding="utf-8"), names, python=False)
        if found:
            offences[str(template.relative_to(templates))] = found
    assert len(list(templates.rglob("*.html"))) > 20
    assert offences == {}


def test_every_content_app_registers_itself():
    for name in content_apps():
        module = app_module(name)
        assert module is not None, name
        assert module.URLS and module.AREAS and module.SEARCH_ENTRIES, name


# --- a portal without one app -----------------------------------------------------------------------------


@pytest.fixture
def content():
    """One public item of each app, all found by the same word, with the clock pinned in Berlin."""
    with time_machine.travel(NOW, tick=False):
        make_service(slug="nachbarschaftshilfe", title="Nachbarschaftshilfe im Viertel")
        make_call(
            slug="nachbarschaftsfonds",
            title_de="Nachbarschaftsfonds: Aufruf",
            opens_at=berlin(2026, 2, 1),
            deadline=berlin(2026, 4, 30, 23, 59),
        )
        phase = masterplan.phase()
        masterplan.document(phase, slug="nachbarschaftsbericht", title_de="Nachbarschaftsbericht des Masterplans")
        yield


TITLES = {
    "services": "Nachbarschaftshilfe im Viertel",
    "funding": "Nachbarschaftsfonds: Aufruf",
    "masterplan": "Nachbarschaftsbericht des Masterplans",
}
PAGES = ["/de/", "/de/search/?q=Nachbarschaft", "/sitemap.xml", "/de/feed/"]


def reload_urlconf():
    clear_url_caches()
    importlib.reload(importlib.import_module(settings.ROOT_URLCONF))


@pytest.fixture
def without(request):
    """The portal with the app ``request.param`` removed from INSTALLED_APPS, and its URLconf built again."""
    app = request.param
    assert app in settings.INSTALLED_APPS
    with override_settings(INSTALLED_APPS=[name for name in settings.INSTALLED_APPS if name != app]):
        reload_urlconf()
        yield app
    reload_urlconf()


@pytest.mark.parametrize("app", ["services", "funding", "masterplan"])
def test_migrations_stand_without_an_app(app):
    """The shared layer's migrations name no app, so a portal without one migrates (graph built from disk)."""
    with override_settings(INSTALLED_APPS=[name for name in settings.INSTALLED_APPS if name != app]):
        loader = MigrationLoader(None, ignore_no_migrations=True)
        assert not any(label == app for label, _name in loader.graph.nodes)
        assert loader.graph.leaf_nodes("workflow")


def app_traces(app):
    """What of ``app`` a page could show: its demo title, its area titles and the first segment of its URLs."""
    module = app_module(app)
    with translation.override("de"):
        titles = [str(area.title) for area in module.AREAS]
    segments = set()
    for prefix, urlconf in module.URLS:
        for pattern in importlib.import_module(urlconf).urlpatterns:
            segments.add((prefix + str(pattern.pattern)).split("/")[0])
    return [TITLES[app], *titles, *(f"/de/{segment}/" for segment in segments if segment)]


def fetch_all(client):
    pages = {}
    with time_machine.travel(NOW, tick=False):
        for url in PAGES:
            response = client.get(url)
            assert response.status_code == 200, url
            pages[url] = response.content.decode()
    return pages


@pytest.mark.django_db
@pytest.mark.parametrize("app", ["services", "funding", "masterplan"])
def test_every_app_shows_on_the_shared_pages(client, content, app):
    pages = fetch_all(client)
    traces = app_traces(app)
    assert TITLES[app] in pages["/de/search/?q=Nachbarschaft"]
    assert TITLES[app] in pages["/de/feed/"]
    assert any(trace in pages["/de/"] for trace in traces)
    assert any(trace in pages["/sitemap.xml"] for trace in traces)


@pytest.mark.django_db
@pytest.mark.parametrize("without", ["services", "funding", "masterplan"], indirect=True)
def test_portal_works_without_an_app(client, content, without):
    traces = app_traces(without)
    assert app_module(without) not in app_modules()
    assert not any(entry.model_label.startswith(f"{without}.") for entry in contributions("SEARCH_ENTRIES"))
    for area in app_module(without).AREAS:  # its URLconf is not included either
        with pytest.raises(NoReverseMatch):
            reverse(area.url_name)
    pages = fetch_all(client)
    others = [title for app, title in TITLES.items() if app != without]
    assert all(title in pages["/de/search/?q=Nachbarschaft"] for title in others)
    for url, html in pages.items():
        assert [trace for trace in traces if trace in html] == [], url
