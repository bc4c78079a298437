"""Dates, times and numbers as each site language writes them, from the Unicode CLDR data (through Babel).

German "3. Dezember 2026", Arabic "3 ديسمبر 2026، 12:00" (Arabic comma), Persian "9:00 تا 12:30" for a range.
Digits are CLDR's Latin set (Babel writes dates only in it), numbers too, so a page never mixes two sets of digits.
Times are always on the 24-hour clock and in Berlin time. Everything here is text for people; machine formats
(``<time datetime>``, iCalendar, JSON-LD) keep their ISO forms and never come from this module.

A time range never breaks across lines: spaces become no-break spaces and word joiners hold the dash in place;
the template filters (``portal_dates``) add a bidi isolate with the range's own direction.
"""

import datetime
import functools
import unicodedata

from babel import Locale
from babel.dates import format_date, format_interval, format_skeleton
from babel.numbers import format_decimal
from django.utils import translation

from portal.languages import SOURCE_LANGUAGE
from portal.local_time import BERLIN

# Site language -> CLDR locale, where the plain code would not be the one meant (English: British usage).
CLDR_LOCALES = {"en": "en_GB"}

WORD_JOINER = "\u2060"
NO_BREAK_SPACE = "\u00a0"
BREAKING_SPACES = (" ", "\u2009", "\u202f")


@functools.cache
def cldr_locale(language):
    return Locale.parse(CLDR_LOCALES.get(language, language))


def _language(language):
    return (language or translation.get_language() or SOURCE_LANGUAGE).split("-")[0]


def direction(text):
    """ "rtl" when ``text`` holds a right-to-left letter (Persian "9:00 تا 12:30"), else "ltr" ("09:00–12:30")."""
    return "rtl" if any(unicodedata.bidirectional(char) in ("R", "AL") for char in text) else "ltr"


def _local(value):
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        return value.astimezone(BERLIN)
    return value


def date_text(value, language=None, *, weekday=False):
    """A calendar day in words: "3. Dezember 2026"; with ``weekday``: "Donnerstag, 3. Dezember 2026"."""
    language = _language(language)
    value = _local(value)
    if isinstance(value, datetime.datetime):
        value = value.date()
    return format_date(value, "full" if weekday else "long", locale=cldr_locale(language))


def time_text(value, language=None):
    """A time of day on the 24-hour clock: "09:00" (Bulgarian "9:00 ч.")."""
    language = _language(language)
    value = _local(value)
    if isinstance(value, datetime.time):
        value = datetime.datetime.combine(datetime.date(2000, 1, 3), value)
    return format_skeleton("Hm", value, locale=cldr_locale(language))


def date_time_text(moment, language=None, *, weekday=False):
    """Day and time joined as the language joins them: "3. Dezember 2026, 12:00", "3 ديسمبر 2026، 12:00"."""
    language = _language(language)
    pattern = cldr_locale(language).datetime_formats["medium"]
    glued = str(pattern).replace("{1}", date_text(moment, language, weekday=weekday))
    return glued.replace("{0}", time_text(moment, language))


def unbreakable(text):
    """``text`` that never breaks across lines: no-break spaces, word joiners around dashes."""
    for space in BREAKING_SPACES:
        text = text.replace(space, NO_BREAK_SPACE)
    for dash in ("–", "-"):
        text = text.replace(dash, f"{WORD_JOINER}{dash}{WORD_JOINER}")
    return text


def time_range_text(start, end, language=None):
    """``start`` to ``end`` as the language writes an interval ("09:00–12:30 Uhr", "9:00 تا 12:30"), in one piece."""
    language = _language(language)
    day = datetime.date(2000, 1, 3)
    start, end = (datetime.datetime.combine(day, value) if isinstance(value, datetime.time) else _local(value)
                  for value in (start, end))  # fmt: skip
    text = format_interval(start, end, "Hm", locale=cldr_locale(language))
    return unbreakable(text)


def number_text(value, language=None, *, places=0):
    """A number grouped and with the decimal sign of the language: "12.500,50" (de), "12,500.50" (en)."""
    language = _language(language)
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(value, format=pattern, locale=cldr_locale(language))
