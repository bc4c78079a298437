"""Fuzz battery: every public URL pattern and every staff view of the portal's own fed hostile values
(non-ASCII digits, NUL, invalid UTF-8 escapes, 10 KB values, unknown and repeated keys); any 5xx fails.

Runs on SQLite and PostgreSQL (whatever ``DATABASE_URL`` names), deterministically (derandomised Hypothesis, no
example database) and with a bounded number of examples per pattern.
"""

import functools

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import URLResolver, get_resolver, resolve
from hypothesis import given
from hypothesis import strategies as st

from portal.translation_workflow.xliff import XLIFF_NS
from services import hsu_csv
from tests.hostile.battery import (
    HOSTILE_VALUES,
    ServerError,
    check,
    concrete,
    hypothesis_settings,
    probe,
    public_routes,
    staff_routes,
)
from tests.workflow.conftest import client_for, make_staff

pytestmark = pytest.mark.django_db
EXAMPLES = 5


@pytest.fixture
def content(demo_site):
    """The demo content of every app (so detail pages exist), media files in a scratch folder."""


def published_slugs():
    """``{url name: slug}`` of one published item per page type, from the items' own addresses."""
    from django.apps import apps

    slugs = {}
    for model in apps.get_models():
        if not hasattr(model, "get_absolute_url") or not hasattr(model.objects, "published"):
            continue
        for obj in model.objects.published()[:1]:
            match = resolve(obj.get_absolute_url().split("#")[0])
            if "slug" in match.kwargs:
                slugs[match.view_name] = match.kwargs["slug"]
    for name in list(slugs):  # print views and calendars of the same item
        for suffix in ("_print", "_ics"):
            slugs.setdefault(name + suffix, slugs[name])
    slugs.setdefault("info_page_print", slugs.get("info_page", "x"))
    return slugs


def anonymous():
    return Client(raise_request_exception=False)


def staff_client(django_user_model):
    """An administrator who is also given every permission (still not a superuser)."""
    user = make_staff(django_user_model, "administrator")
    user.user_permissions.add(*Permission.objects.all())
    client = client_for(Client, user)
    client.raise_request_exception = False
    return client


def run_battery(client, routes, *, examples=EXAMPLES):
    failures = []
    for route in routes:
        try:
            probe(client, route, examples=examples)
        except ServerError as error:
            failures.append(str(error))
    return failures


def test_routes_come_from_the_resolver():
    public = {name for _route, name in public_routes()}
    assert {"services:hsu", "services:hsu_print", "funding:funded_projects", "masterplan:documents"} <= public
    assert {"search", "consent", "healthz", "info_page_print"} <= public
    staff = {name for _route, name in staff_routes()}
    assert {"admin:services_hsuoffering_import", "admin:translations_xliff_import"} <= staff
    assert "admin:services_hsuoffering_changelist" not in staff  # Django's own views are not "ours"


def test_every_public_url_pattern_survives_hostile_input(content):
    slugs = published_slugs()
    routes = [concrete(route, name, slugs=slugs) for route, name in public_routes()]
    assert len(routes) >= 30
    assert run_battery(anonymous(), routes) == []


def test_every_staff_view_survives_hostile_input(content, django_user_model):
    routes = [concrete(route, name, slugs={}) for route, name in staff_routes()]
    assert run_battery(staff_client(django_user_model), routes) == []


# --- Staff imports fed hostile files ------------------------------------------------------------------------
cells = st.one_of(st.sampled_from(HOSTILE_VALUES + ["turkish", "Montag", "14:00", "1", "10", ""]), st.text(max_size=8))
csv_rows = st.lists(st.lists(cells, min_size=0, max_size=12), max_size=4)


@st.composite
def csv_files(draw):
    lines = [";".join(hsu_csv.HEADER)] if draw(st.booleans()) else []
    lines += [";".join(row) for row in draw(csv_rows)]
    text = "\r\n".join(lines)
    encoding = draw(st.sampled_from(["utf-8", "cp1252", "bytes"]))
    if encoding == "bytes":
        return draw(st.binary(max_size=300))
    return text.encode(encoding, errors="replace") if encoding == "cp1252" else text.encode("utf-8", "surrogatepass")


@st.composite
def xliff_files(draw):
    if draw(st.integers(0, 5)) == 0:
        return draw(st.binary(max_size=300))
    value = st.sampled_from(HOSTILE_VALUES)
    item = draw(st.sampled_from(["translations.signlanguagevideo", "services.service", "x", ""])) + ":" + draw(value)
    version = draw(st.sampled_from(["1.2", "²"]))
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="{XLIFF_NS}" version="{version}">'
        f'<file original="x" source-language="de" target-language="{draw(value)}"><body>'
        f'<group id="{item}"><trans-unit id="{item}:title" resname="{draw(value)}"><source>a</source>'
        f"<target>{draw(value)}</target></trans-unit></group></body></file></xliff>"
    )
    return document.encode("utf-8", "surrogatepass")


def test_staff_imports_survive_hostile_files(content, django_user_model):
    client = staff_client(django_user_model)

    @hypothesis_settings(12)
    @given(data=csv_files())
    def csv_import(data):
        response = client.post("/admin/services/hsuoffering/import-csv/", {"file": SimpleUploadedFile("t.csv", data)})
        check(response, f"CSV import of {data[:200]!r}")

    @hypothesis_settings(12)
    @given(data=xliff_files(), language=st.sampled_from(["tr", "²", "\x00", "x" * 10240]))
    def xliff_import(data, language):
        response = client.post(
            "/admin/translations/translationrecord/xliff-import/",
            {"language": language, "origin": "person", "file": SimpleUploadedFile("t.xlf", data)},
        )
        check(response, f"XLIFF import of {data[:200]!r}")

    csv_import()
    xliff_import()


# --- The battery fails when a handler fails -------------------------------------------------------------------
def find_pattern(name):
    def walk(resolver, namespace=""):
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern, namespace + (pattern.namespace + ":" if pattern.namespace else ""))
            elif namespace + (pattern.name or "") == name:
                yield pattern

    return next(walk(get_resolver()))


def raises_on_superscript_two(view):
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        values = [*request.GET.values(), *request.POST.values(), request.path]
        if any("²" in value for value in values):
            raise ValueError("invalid literal for int() with base 10: '²'")
        return view(request, *args, **kwargs)

    return wrapped


def test_battery_reports_a_handler_that_raises_on_superscript_two(monkeypatch):
    pattern = find_pattern("services:hsu")
    monkeypatch.setattr(pattern, "callback", raises_on_superscript_two(pattern.callback))
    routes = [concrete(route, name, slugs={}) for route, name in public_routes() if name == "services:hsu"]
    failures = run_battery(anonymous(), routes)
    assert len(failures) == 1
    assert "/de/hsu/" in failures[0] and "→ 500" in failures[0]
