"""The language table (portal/languages.py) drives the settings, the switcher, direction, search and the catalogs;
an 11th language added to the table and given a catalog appears on the site with nothing else changed."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.utils import translation
from modeltranslation.settings import AVAILABLE_LANGUAGES

from portal import languages
from portal.languages import LANGUAGE_TABLE, Language
from portal.search import engine
from tests.portal.factories import editorial_page

# Central Kurdish (Sorani): written right to left, spoken by many of Dortmund's newcomers.
KURDISH = Language("ckb", "کوردی", bidi=True, og_locale="ckb_IQ")
KURDISH_SKIP_LINK = "بازدان بۆ ناوەڕۆکی سەرەکی"


def test_settings_follow_the_table():
    assert settings.LANGUAGES == [(language.code, language.name) for language in LANGUAGE_TABLE]
    assert settings.LANGUAGE_CODE == LANGUAGE_TABLE[0].code == languages.SOURCE_LANGUAGE
    assert settings.LANGUAGES_BIDI == [language.code for language in LANGUAGE_TABLE if language.bidi]
    assert list(settings.MODELTRANSLATION_LANGUAGES) == [language.code for language in LANGUAGE_TABLE]
    assert list(AVAILABLE_LANGUAGES) == [language.code for language in LANGUAGE_TABLE]


def test_direction_follows_the_bidi_flag():
    assert [languages.direction(language.code) for language in LANGUAGE_TABLE] == [
        language.direction for language in LANGUAGE_TABLE
    ]
    assert languages.direction("fa") == languages.direction("ar") == "rtl"
    assert languages.direction("de") == languages.direction("xx") == languages.direction(None) == "ltr"
    assert languages.direction("") == "ltr" and languages.direction("fa-AF") == "rtl"


@pytest.mark.parametrize("language", LANGUAGE_TABLE, ids=lambda language: language.code)
def test_catalog_of_each_language_carries_the_tables_plural_rule(language):
    assert language.catalog.exists(), f"no catalog for {language.code}: run python3 dev.py messages"
    po = polib.pofile(str(language.catalog))
    assert po.metadata["Plural-Forms"] == language.plural_forms
    assert po.metadata["Language"] == language.code


def test_search_configuration_comes_from_the_table():
    assert engine.text_search_config("de") == "german"
    assert engine.text_search_config("ar") == "arabic"
    assert engine.text_search_config("uk") == "simple"


@pytest.fixture
def eleventh_language(settings, monkeypatch, tmp_path):
    """What a maintainer does: one more line in the table, and its catalog (here with one translated message)."""
    table = (*LANGUAGE_TABLE, KURDISH)
    monkeypatch.setattr(languages, "LANGUAGE_TABLE", table)
    settings.LANGUAGES = [(language.code, language.name) for language in table]
    settings.LANGUAGES_BIDI = [language.code for language in table if language.bidi]
    catalog = polib.POFile()
    catalog.metadata = {"Language": KURDISH.code, "Plural-Forms": KURDISH.plural_forms,
                        "Content-Type": "text/plain; charset=UTF-8"}  # fmt: skip
    catalog.append(polib.POEntry(msgid="Skip to main content", msgstr=KURDISH_SKIP_LINK))
    (tmp_path / KURDISH.code / "LC_MESSAGES").mkdir(parents=True)
    catalog.save_as_mofile(str(tmp_path / KURDISH.code / "LC_MESSAGES" / "django.mo"))
    settings.LOCALE_PATHS = [tmp_path, *settings.LOCALE_PATHS]
    yield KURDISH
    translation.activate(settings.LANGUAGE_CODE)


@pytest.mark.django_db
def test_eleventh_language_shows_untranslated_content_in_german(client, eleventh_language):
    """Content not (yet) translated into the new language is shown wholly in German, marked as such."""
    page = editorial_page(slug="kontakt", title_de="Kontakt")
    with translation.override("ckb"):
        url = page.get_absolute_url()
    response = client.get(url)
    assert response.status_code == 200
    assert re.search(r'lang="de"[^>]*>.*Kontakt', response.content.decode(), re.S)


# The apps (labels) the README's step 2 writes a migration in: every app with translated content fields, and the
# staff workflow, whose notification settings offer the site languages as choices.
MIGRATED_APPS = {"portal", "services", "funding", "masterplan", "consent", "translations", "workflow"}
# README steps 2 and 6 in one process (one Django start instead of five): the migration check, makemigrations,
# the check again, migrate, and the new language's home page.
STEPS = """
import importlib, io, json
import django
django.setup()
import lxml.html
from django.core.management import call_command
from django.test import Client

def check():
    output = io.StringIO()
    try:
        call_command("makemigrations", check=True, dry_run=True, stdout=output)
    except SystemExit as exit:
        return exit.code, output.getvalue()
    return 0, output.getvalue()

result = {"check": check()}
call_command("makemigrations", stdout=io.StringIO())
importlib.invalidate_caches()
result["check_again"] = check()
call_command("migrate", interactive=False, stdout=io.StringIO())
response = Client(HTTP_HOST="localhost").get("/ckb/")
root = lxml.html.fromstring(response.content).getroottree().getroot()
result["home"] = {"status": response.status_code, "lang": root.get("lang"), "dir": root.get("dir"),
                  "skip_link": root.xpath("string(//a[@class='skip-link'])")}
switcher = root.xpath("//nav[contains(@class, 'language-switcher')]//a")
result["switcher"] = [link.get("hreflang") for link in switcher]
result["own_link"] = [switcher[-1].text_content(), switcher[-1].get("dir"), switcher[-1].get("href"),
                      switcher[-1].get("aria-current")]
result["alternate"] = root.xpath("//link[@rel='alternate'][@hreflang='ckb']/@href")
result["og_locale"] = root.xpath("//meta[@property='og:locale']/@content")
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
editor = get_user_model().objects.create_user("editor", "editor@example.org", "x", is_staff=True)
editor.groups.add(Group.objects.get(name="editor"))  # the role the migrations grant, not a superuser
staff = Client(HTTP_HOST="localhost")
staff.force_login(editor)
form = lxml.html.fromstring(staff.get("/admin/services/service/add/").content)
result["admin_field"] = [dict(field.attrib) for field in form.xpath("//*[@name='title_ckb']")]
print(json.dumps(result))
"""


def project_migrations():
    """The project's apps and their migrations folders (app label -> folder)."""
    configs = [config for config in apps.get_app_configs() if config.name in settings.PORTAL_APPS]
    folders = {config.label: Path(config.path) / "migrations" for config in configs}
    return {label: folder for label, folder in folders.items() if folder.is_dir()}


def migration_files():
    return sorted(str(path) for folder in project_migrations().values() for path in folder.glob("*.py"))


def test_eleventh_language_the_whole_procedure(tmp_path):
    """The README's steps for real, in a process of its own whose settings add Central Kurdish to the table: the
    migration check names the new columns, ``makemigrations`` writes them (into copies of the apps' migrations
    outside the repository), ``migrate`` builds a fresh SQLite database with them, /ckb/ is served in Kurdish,
    right to left, with its entry in the language switcher, its alternate link and Open Graph locale, and an
    editor's admin form for a service has the Kurdish title field. Nothing else in the project is changed."""
    before = migration_files()
    migration_modules = {}
    for label, folder in project_migrations().items():
        shutil.copytree(folder, tmp_path / f"migrations_{label}", ignore=shutil.ignore_patterns("*.pyc"))
        migration_modules[label] = f"migrations_{label}"
    catalog = polib.POFile()
    catalog.metadata = {"Language": "ckb", "Plural-Forms": KURDISH.plural_forms,
                        "Content-Type": "text/plain; charset=UTF-8"}  # fmt: skip
    catalog.append(polib.POEntry(msgid="Skip to main content", msgstr=KURDISH_SKIP_LINK))
    (tmp_path / "locale" / "ckb" / "LC_MESSAGES").mkdir(parents=True)
    catalog.save_as_mofile(str(tmp_path / "locale" / "ckb" / "LC_MESSAGES" / "django.mo"))
    environment = {
        **{name: value for name, value in os.environ.items() if not name.startswith(("DJANGO_", "PORTAL_"))},
        "DJANGO_SETTINGS_MODULE": "tests.portal.eleventh_language_settings",
        "DJANGO_DEBUG": "1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "REDIS_URL": "",
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(settings.BASE_DIR)]),
        "PORTAL_TEST_MIGRATION_MODULES": json.dumps(migration_modules),
        "PORTAL_TEST_LOCALE_DIR": str(tmp_path / "locale"),
    }
    steps = subprocess.run([sys.executable, "-c", STEPS], cwd=settings.BASE_DIR, env=environment,
                           capture_output=True, text=True, timeout=300)  # fmt: skip
    assert steps.returncode == 0, steps.stderr
    result = json.loads(steps.stdout.strip().splitlines()[-1])
    status, output = result["check"]
    assert status == 1, output  # step 2: something is missing: the new language's columns ...
    assert set(re.findall(r"Migrations for '(\w+)'", output)) == MIGRATED_APPS, output
    changes = re.findall(r"^ +[-+~] (.+)$", output, re.MULTILINE)
    assert "Add field title_ckb to service" in changes
    # ... and the language choices of the translation records and notification settings (no column changes)
    assert {change for change in changes if not re.fullmatch(r"Add field \w+_ckb to \w+", change)} == {
        "Alter field language on translationrecord",
        "Alter field language on notificationsettings",
    }
    assert result["check_again"] == [0, "No changes detected\n"]  # makemigrations wrote them all
    assert result["home"] == {"status": 200, "lang": "ckb", "dir": "rtl", "skip_link": KURDISH_SKIP_LINK}
    # the language switcher lists it last, in its own script, right to left, as the page's own language
    assert result["switcher"] == [*(code for code, _name in settings.LANGUAGES), "ckb"]
    assert result["own_link"] == ["کوردی", "rtl", "/ckb/", "true"]
    assert result["alternate"] and result["og_locale"] == ["ckb_IQ"]
    [title_field] = result["admin_field"]  # editors get the new language's field, written right to left
    assert (title_field["lang"], title_field["dir"]) == ("ckb", "rtl")
    assert migration_files() == before  # the repository's migrations are as they were
