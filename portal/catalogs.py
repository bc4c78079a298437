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

LOCALE = Path(__file__).resolve().parent.parent / "locale"
OVERRIDES = LOCALE.parent / "locale_overrides"


# Plural rules as gettext defines them (GUIDE §4: Arabic has six forms; Russian, Ukrainian and Polish three).
PLURAL_FORMS = {
    "de": "nplurals=2; plural=(n != 1);",
    "en": "nplurals=2; plural=(n != 1);",
    "tr": "nplurals=2; plural=(n != 1);",
    "bg": "nplurals=2; plural=(n != 1);",
    "fa": "nplurals=2; plural=(n > 1);",
    "ro": "nplurals=3; plural=(n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "uk": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
}


def normalise_header(po, code):
    po.metadata["Plural-Forms"] = PLURAL_FORMS[code]
    po.metadata["Language"] = code
    po.metadata["Project-Id-Version"] = "mia-do-ki-portal"
    po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    po.metadata_is_fuzzy = False
    for entry in po:
        if entry.msgid_plural and not entry.obsolete:
            count = int(PLURAL_FORMS[code].split("nplurals=")[1].split(";")[0])
            entry.msgstr_plural = {i: entry.msgstr_plural.get(i, "") for i in range(count)}


def catalogs():
    return sorted(LOCALE.glob("*/LC_MESSAGES/django.po"))


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
        print(f"compiled {path.relative_to(LOCALE.parent)}: {po.percent_translated()}% translated")
    for path in override_catalogs():
        polib.pofile(str(path)).save_as_mofile(str(path.with_suffix(".mo")))
        print(f"compiled {path.relative_to(LOCALE.parent)}")


def override_catalogs():
    return sorted(OVERRIDES.glob("*/LC_MESSAGES/*.po"))


def check_up_to_date():
    """Extract the messages again in a scratch copy and compare: every msgid in the code is in the catalogs."""
    import os
    import shutil
    import subprocess
    import tempfile

    import polib

    root = LOCALE.parent
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
    committed = {(e.msgctxt, e.msgid) for e in polib.pofile(str(LOCALE / "de/LC_MESSAGES/django.po")) if not e.obsolete}
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
