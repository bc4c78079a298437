"""Languages an office's staff can advise in, and languages of downloadable documents.

Each entry: a language code (BCP 47), the English name (translated through the catalogs) and the name in the
language itself (shown with ``lang`` so screen readers pronounce it right).
"""

from django.utils.translation import gettext_lazy as _

SPOKEN_LANGUAGES = [
    ("de", _("German"), "Deutsch", "ltr"),
    ("en", _("English"), "English", "ltr"),
    ("tr", _("Turkish"), "Türkçe", "ltr"),
    ("ar", _("Arabic"), "العربية", "rtl"),
    ("uk", _("Ukrainian"), "Українська", "ltr"),
    ("ru", _("Russian"), "Русский", "ltr"),
    ("pl", _("Polish"), "Polski", "ltr"),
    ("ro", _("Romanian"), "Română", "ltr"),
    ("bg", _("Bulgarian"), "Български", "ltr"),
    ("fa", _("Persian"), "فارسی", "rtl"),
    ("sq", _("Albanian"), "Shqip", "ltr"),
    ("bs", _("Bosnian"), "Bosanski", "ltr"),
    ("el", _("Greek"), "Ελληνικά", "ltr"),
    ("es", _("Spanish"), "Español", "ltr"),
    ("fr", _("French"), "Français", "ltr"),
    ("hr", _("Croatian"), "Hrvatski", "ltr"),
    ("it", _("Italian"), "Italiano", "ltr"),
    ("ku", _("Kurdish"), "Kurdî", "ltr"),
    ("mk", _("Macedonian"), "Македонски", "ltr"),
    ("pt", _("Portuguese"), "Português", "ltr"),
    ("sr", _("Serbian"), "Српски", "ltr"),
    ("ti", _("Tigrinya"), "ትግርኛ", "ltr"),
    ("prs", _("Dari"), "دری", "rtl"),
    ("gsg", _("German Sign Language"), "DGS", "ltr"),
]

LANGUAGE_CHOICES = [(code, name) for code, name, _endonym, _direction in SPOKEN_LANGUAGES]
_BY_CODE = {code: (name, endonym, direction) for code, name, endonym, direction in SPOKEN_LANGUAGES}


def describe(codes):
    """``[{"code", "name", "endonym", "dir"}]`` for the stored language codes, in the list's order."""
    wanted = set(codes or ())
    return [
        {"code": code, "name": name, "endonym": endonym, "dir": direction}
        for code, name, endonym, direction in SPOKEN_LANGUAGES
        if code in wanted
    ]


def describe_one(code):
    name, endonym, direction = _BY_CODE.get(code, (code, code, "ltr"))
    return {"code": code, "name": name, "endonym": endonym, "dir": direction}
