"""The site's languages, in one table: for each its code, its name in its own script, its writing direction,
its gettext catalog (file and plural rule) and its PostgreSQL text-search configuration.

Everything else follows from this table: ``LANGUAGES``, ``LANGUAGES_BIDI`` and ``MODELTRANSLATION_LANGUAGES``
in settings.py, the language switcher, ``hreflang``, ``<html lang dir>``, search, Open Graph and the catalog
compiler. Adding a language means adding a line here, making the migration for its columns and generating its
catalog (README, "Languages").

The module reads no Django setting at import time, so settings.py can import it. At run time ``configured()``
follows ``settings.LANGUAGES`` (which settings.py derives from the table), so a test that narrows that setting
sees its languages everywhere; what a language is (its direction, its catalog, ...) always comes from its entry.
"""

import functools
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
TWO_FORMS = "nplurals=2; plural=(n != 1);"
EAST_SLAVIC_FORMS = (
    "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
)


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in the language's own script: that is how the language switcher shows it
    bidi: bool = False  # written right to left
    plural_forms: str = TWO_FORMS  # the gettext catalog's Plural-Forms header
    search_config: str = "simple"  # PostgreSQL's text-search configuration ("simple" where it has none)
    og_locale: str = ""  # Open Graph's language_TERRITORY; empty: the code alone

    @property
    def direction(self):
        return "rtl" if self.bidi else "ltr"

    @property
    def catalog(self):
        return LOCALE_DIR / self.code / "LC_MESSAGES" / "django.po"


SOURCE_LANGUAGE = "de"  # German is the source; every other language is a translation of it

LANGUAGE_TABLE = (
    Language("de", "Deutsch", search_config="german", og_locale="de_DE"),
    Language("en", "English", search_config="english", og_locale="en_GB"),
    Language("tr", "Türkçe", search_config="turkish", og_locale="tr_TR"),
    Language(
        "ar",
        "العربية",
        bidi=True,
        plural_forms=(
            "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);"
        ),
        search_config="arabic",
        og_locale="ar_AR",
    ),
    Language("uk", "Українська", plural_forms=EAST_SLAVIC_FORMS, og_locale="uk_UA"),
    Language("ru", "Русский", plural_forms=EAST_SLAVIC_FORMS, search_config="russian", og_locale="ru_RU"),
    Language(
        "pl",
        "Polski",
        plural_forms="nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
        og_locale="pl_PL",
    ),
    Language(
        "ro",
        "Română",
        plural_forms="nplurals=3; plural=(n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2);",
        search_config="romanian",
        og_locale="ro_RO",
    ),
    Language("bg", "Български", og_locale="bg_BG"),
    Language("fa", "فارسی", bidi=True, plural_forms="nplurals=2; plural=(n > 1);", og_locale="fa_IR"),
)


def table_entry(code):
    """The table's entry for ``code``, or None."""
    return next((language for language in LANGUAGE_TABLE if language.code == code), None)


def configured():
    """The site's languages (``settings.LANGUAGES``, German first) as table entries (a language only in settings,
    not in the table, gets the table's defaults: left to right, two plural forms, ``simple`` search)."""
    return list(_configured(tuple(settings.LANGUAGES)))


@functools.lru_cache(maxsize=8)
def _configured(site_languages):
    """Worked out once per settings (pages ask for the list many times; tests change the settings)."""
    return tuple(table_entry(code) or Language(code, str(name)) for code, name in site_languages)


def find(code):
    """The configured site language ``code`` (a regional variant such as ``pt-br`` counts as its base), or None."""
    base = str(code or "").split("-")[0]
    return next((language for language in configured() if language.code in (code, base)), None)


def direction(code):
    """``"rtl"`` or ``"ltr"``: the writing direction of language ``code`` (``Language.direction`` of its entry;
    left to right when unknown)."""
    language = find(code) or table_entry(str(code or "").split("-")[0])
    return language.direction if language else "ltr"
