"""The language table (portal/languages.py) drives the settings, the switcher, direction, search and the catalogs;
an 11th language added to the table and given a catalog appears on the site with nothing else changed."""

import re

import lxml.html
import polib
import pytest
from django.conf import settings
from django.urls import reverse
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
def test_eleventh_language_renders_its_home_page(client, eleventh_language):
    with translation.override(eleventh_language.code):
        home = reverse("home")
    assert home == f"/{eleventh_language.code}/"
    response = client.get(home)
    assert response.status_code == 200
    page = lxml.html.fromstring(response.content)
    root = page.getroottree().getroot()
    assert (root.get("lang"), root.get("dir")) == ("ckb", "rtl")
    assert KURDISH_SKIP_LINK in page.xpath("string(//a[@class='skip-link'])")
    switcher = page.xpath("//nav[contains(@class, 'language-switcher')]//a")
    assert [link.get("hreflang") for link in switcher] == [code for code, _name in settings.LANGUAGES]
    kurdish = switcher[-1]
    assert (kurdish.text_content(), kurdish.get("dir"), kurdish.get("href")) == ("کوردی", "rtl", "/ckb/")
    assert kurdish.get("aria-current") == "true"
    assert page.xpath("//link[@rel='alternate'][@hreflang='ckb']/@href")
    assert page.xpath("//meta[@property='og:locale']/@content") == ["ckb_IQ"]


@pytest.mark.django_db
def test_eleventh_language_shows_untranslated_content_in_german(client, eleventh_language):
    """Content not (yet) translated into the new language is shown wholly in German, marked as such."""
    page = editorial_page(slug="kontakt", title_de="Kontakt")
    with translation.override("ckb"):
        url = page.get_absolute_url()
    response = client.get(url)
    assert response.status_code == 200
    assert re.search(r'lang="de"[^>]*>.*Kontakt', response.content.decode(), re.S)
