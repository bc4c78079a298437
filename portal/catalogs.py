"""Gettext catalogs without GNU gettext: fill English, compile .po to .mo in pure Python (polib), check them.

    python -m portal.catalogs compile    (dev.py messages runs it after makemessages)
    python -m portal.catalogs check      (CI: are all messages of the code in the catalogs? needs xgettext)

English message ids are the source text, so the English catalog repeats each msgid as its msgstr: otherwise
Django would fall back to the German catalog for English pages.

locale_overrides/ (a second LOCALE_PATHS entry, which makemessages never writes) holds German translations of
Django's and libraries' messages that their own catalogs lack (django.po, and djangojs.po for the admin's
JavaScript and the rich-text editor); ``compile`` compiles those too.
"""

import sys
from pathlib import Path

from portal.languages import LANGUAGE_TABLE, LOCALE_DIR, table_entry

OVERRIDES = LOCALE_DIR.parent / "locale_overrides"


def normalise_header(po, code):
    """Headers from the language table (its plural rule), and one msgstr per plural form in every entry."""
    plural_forms = table_entry(code).plural_forms
    po.metadata["Plural-Forms"] = plural_forms
    po.metadata["Language"] = code
    po.metadata["Project-Id-Version"] = "mia-do-ki-portal"
    po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    po.metadata_is_fuzzy = False
    for entry in po:
        if entry.msgid_plural and not entry.obsolete:
            count = int(plural_forms.split("nplurals=")[1].split(";")[0])
            entry.msgstr_plural = {i: entry.msgstr_plural.get(i, "") for i in range(count)}


def catalogs():
    """The catalogs of the table's languages that ``makemessages`` has made."""
    return [language.catalog for language in LANGUAGE_TABLE if language.catalog.exists()]


def fill_english(po):
    for entry in po:
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
        else:
            entry.msgstr = entry.msgid
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")


def compile_all():
    import polib

    for path in catalogs():
        po = polib.pofile(str(path))
        code = path.parts[-3]
        normalise_header(po, code)
        if code == "en":
            fill_english(po)
        po.save(str(path))
        po.save_as_mofile(str(path.with_suffix(".mo")))
        print(f"compiled {path.relative_to(LOCALE_DIR.parent)}: {po.percent_translated()}% translated")
    for path in override_catalogs():
        polib.pofile(str(path)).save_as_mofile(str(path.with_suffix(".mo")))
        print(f"compiled {path.relative_to(LOCALE_DIR.parent)}")


def override_catalogs():
    return sorted(OVERRIDES.glob("*/LC_MESSAGES/*.po"))


def check_up_to_date():
    """Extract the messages again in a scratch copy and compare: every msgid in the code is in the catalogs."""
    import os
    import shutil
    import subprocess
    import tempfile

    import polib

    root = LOCALE_DIR.parent
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "project"
        shutil.copytree(
            root,
            copy,
            ignore=shutil.ignore_patterns(
                ".venv",
                ".git",
                "staticfiles",
                "media",
                "test-artifacts",
                "node_modules",
                "__pycache__",
                "*.sqlite3",
                "tests",
            ),
        )
        env = dict(os.environ, DJANGO_DEBUG="1")
        subprocess.run(
            [
                sys.executable,
                "manage.py",
                "makemessages",
                "--no-location",
                "--no-obsolete",
                "--locale=de",
                "--verbosity=0",
            ],
            cwd=copy,
            env=env,
            check=True,
        )
        fresh = {(e.msgctxt, e.msgid) for e in polib.pofile(str(copy / "locale/de/LC_MESSAGES/django.po"))}
    german = polib.pofile(str(LOCALE_DIR / "de/LC_MESSAGES/django.po"))
    committed = {(e.msgctxt, e.msgid) for e in german if not e.obsolete}
    missing = sorted(fresh - committed, key=str)
    for context, msgid in missing:
        print(f"not in the catalogs: {msgid!r}" + (f" (context {context!r})" if context else ""))
    if missing:
        print("Run: python3 dev.py messages, then translate the new entries.")
        return 1
    print(f"catalogs up to date ({len(committed)} messages)")
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["compile"]:
        compile_all()
    elif sys.argv[1:] == ["check"]:
        sys.exit(check_up_to_date())
    else:
        sys.exit(__doc__)
