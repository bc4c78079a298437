"""The user-interface catalogs are complete in every site language and the committed .mo files match them."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

from portal.languages import table_entry

LOCALE = Path(settings.BASE_DIR) / "locale"
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != "en"]
# Strings that are the same in every language: names and abbreviations.
SAME_EVERYWHERE = {
    "HSU", "MIA-DO-KI", "MIA-DO-KI Dortmund", "Dortmund", "YouTube", "Vimeo", "OpenStreetMap", "Mastodon",
    "Instagram", "KOMM-AN NRW", "Atom", "iCalendar", "PDF", "CSV", "XLIFF", "OK", "TOTP", "URL", "slug",
    "Kommunales Integrationszentrum Dortmund (MIA-DO-KI)", "Kommunales Integrationszentrum (MIA-DO-KI)",
    "iframe sandbox", "Integration in Dortmund",
    "Integration in Dortmund – Kommunales Integrationszentrum (MIA-DO-KI)",
}  # fmt: skip
# Words that are spelt the same in a language and in English.
SAME_IN = {
    "de": {"Forum", "Workshop", "Video", "Videos", "Link", "Status", "Original", "Online", "Name", "Tigrinya", "Dari",
           "Person", "Organisation", "Phase", "USA", "Information", "Integration",
           "Masterplan Migration/Integration"},  # the process's German name; every other language translates it
    "tr": {"Forum", "Video", "Tigrinya", "Dari"},
    "ro": {"Forum", "Video", "Tigrinya", "Dari", "Original", "Online", "Status", "status", "USA", "Link", "link",
           "Contact", "document", "Concept", "text", "operator", "Operator", "Important", "feedback", "e-mail",
           "E-mail", "Total"},
    "ru": {"USA"}, "uk": {"USA"}, "bg": {"USA"}, "fa": {"USA"}, "ar": {"USA"},
    "pl": {"Forum", "Video", "Tigrinya", "Dari", "Status", "status", "Online", "USA"},
}  # fmt: skip
PLACEHOLDER = re.compile(r"%\((\w+)\)[sdif]|%[sdif]|\{(\w*)\}")


def catalog(code):
    path = LOCALE / code / "LC_MESSAGES" / "django.po"
    assert path.exists(), f"missing catalog {path}"
    return polib.pofile(str(path))


def nplurals(po):
    match = re.search(r"nplurals\s*=\s*(\d+)", po.metadata.get("Plural-Forms", ""))
    assert match, "no Plural-Forms header"
    return int(match.group(1))


def placeholders(text):
    return sorted(m.group(0) for m in PLACEHOLDER.finditer(text))


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalog_complete_without_fuzzy_or_untranslated_entries(code):
    po = catalog(code)
    assert len(po) > 50
    problems = []
    for entry in po:
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            problems.append(f"fuzzy: {entry.msgid!r}")
        texts = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        if not all(t.strip() for t in texts):
            problems.append(f"empty: {entry.msgid!r}")
        elif (
            not entry.msgid_plural
            and entry.msgstr == entry.msgid
            and entry.msgid not in SAME_EVERYWHERE | SAME_IN.get(code, set())
        ):
            problems.append(f"left in English: {entry.msgid!r}")
    assert problems == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalog_placeholders_intact(code):
    broken = []
    for entry in catalog(code):
        if entry.obsolete:
            continue
        expected = placeholders(entry.msgid)
        texts = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for text in texts:
            # A plural form may leave out the number (Arabic "one"/"two"), never add a foreign placeholder.
            found = placeholders(text)
            allowed = expected + placeholders(entry.msgid_plural or "")
            if entry.msgid_plural:
                ok = set(found) <= set(allowed)
            else:
                ok = found == expected
            if not ok:
                broken.append((entry.msgid, text))
    assert broken == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalog_plural_forms_match_header(code):
    po = catalog(code)
    count = nplurals(po)
    expected = {"ar": 6, "ru": 3, "uk": 3, "pl": 3, "ro": 3, "de": 2, "tr": 2, "bg": 2, "fa": 2}  # the languages' facts
    assert count == expected.get(code, int(re.search(r"nplurals=(\d+)", table_entry(code).plural_forms).group(1)))
    wrong = [e.msgid for e in po if e.msgid_plural and not e.obsolete and len(e.msgstr_plural) != count]
    assert wrong == []


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_compiled_catalog_matches_po(code):
    po = catalog(code)
    mo = polib.mofile(str(LOCALE / code / "LC_MESSAGES" / "django.mo"))

    def key(entry):
        return (entry.msgctxt or "", entry.msgid)

    def value(entry):
        return tuple(sorted(entry.msgstr_plural.items())) if entry.msgid_plural else entry.msgstr

    expected = {key(e): value(e) for e in po if not e.obsolete and e.translated() and "fuzzy" not in e.flags}
    compiled = {key(e): value(e) for e in mo if e.msgid}
    assert compiled == expected


def test_english_catalog_repeats_its_msgids():
    """Without it, English pages would fall back to the German catalog."""
    po = catalog("en")
    assert all((e.msgstr == e.msgid) or e.msgid_plural for e in po if not e.obsolete)
