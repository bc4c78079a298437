"""Gettext catalogs without GNU gettext: fill English, compile .po to .mo in pure Python (polib), check them.

    python -m portal.catalogs compile    (dev.py messages runs it after makemessages)

English message ids are the source text, so the English catalog repeats each msgid as its msgstr: otherwise
Django would fall back to the German catalog for English pages.
"""

import sys
from pathlib import Path

LOCALE = Path(__file__).resolve().parent.parent / "locale"


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
        if path.parts[-3] == "en":
            fill_english(po)
            po.save(str(path))
        po.save_as_mofile(str(path.with_suffix(".mo")))
        print(f"compiled {path.relative_to(LOCALE.parent)}: {po.percent_translated()}% translated")


if __name__ == "__main__":
    if sys.argv[1:] == ["compile"]:
        compile_all()
    else:
        sys.exit(__doc__)
