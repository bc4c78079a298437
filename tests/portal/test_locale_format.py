"""Dates, times and numbers as each language writes them (CLDR through Babel): the exact strings people read."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from portal import locale_format
from portal.local_time import BERLIN

# Thursday 3 December 2026, 12:00 in Dortmund (11:00 UTC), and an opening-hours range 09:00 to 12:30.
MOMENT = datetime.datetime(2026, 12, 3, 11, 0, tzinfo=datetime.UTC)
DAY = datetime.date(2026, 12, 3)
OPENS, CLOSES = datetime.time(9, 0), datetime.time(12, 30)
WJ, NBSP = "\u2060", "\u00a0"

EXPECTED = {
    # language: (date, weekday + date + time, range)
    "de": ("3. Dezember 2026", "Donnerstag, 3. Dezember 2026, 12:00", f"09:00{WJ}–{WJ}12:30{NBSP}Uhr"),
    "ar": ("3 ديسمبر 2026", "الخميس، 3 ديسمبر 2026، 12:00", f"09:00{WJ}–{WJ}12:30"),
    "fa": ("3 دسامبر 2026", "پنجشنبه 3 دسامبر 2026،\u200f 12:00", f"9:00{NBSP}تا{NBSP}12:30"),
    "tr": ("3 Aralık 2026", "3 Aralık 2026 Perşembe 12:00", f"09:00{WJ}–{WJ}12:30"),
}


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_locale_format_writes_date_date_time_and_range_as_the_language_does(language):
    date, date_time, time_range = EXPECTED[language]
    with translation.override(language):
        assert locale_format.date_text(DAY) == date
        assert locale_format.date_text(MOMENT) == date
        assert locale_format.date_time_text(MOMENT, weekday=True) == date_time
        assert locale_format.time_range_text(OPENS, CLOSES) == time_range


def test_locale_format_arabic_and_persian_use_the_arabic_comma_never_the_latin_one():
    for language in ("ar", "fa"):
        text = locale_format.date_time_text(MOMENT, language, weekday=True)
        assert "،" in text and "," not in text


def test_locale_format_shows_berlin_time_whatever_zone_the_moment_carries():
    summer = datetime.datetime(2026, 7, 1, 22, 30, tzinfo=datetime.UTC)  # 00:30 on 2 July in Berlin
    assert locale_format.date_time_text(summer, "de") == "2. Juli 2026, 00:30"
    assert locale_format.date_time_text(summer.astimezone(BERLIN), "en") == "2 July 2026, 00:30"


def test_locale_format_numbers_group_by_language():
    assert locale_format.number_text(12500.5, "de", places=2) == "12.500,50"
    assert locale_format.number_text(12500, "en") == "12,500"
    assert locale_format.number_text(12500, "uk") == f"12{NBSP}500"


def render(source, **context):
    return Template("{% load portal_dates %}" + source).render(Context(context))


def test_portal_dates_time_range_is_isolated_in_its_own_direction_and_unbreakable():
    with translation.override("ar"):
        html = render("{% time_range opens closes %}", opens=OPENS, closes=CLOSES)
    assert html == f'<bdi class="time-range" dir="ltr">09:00{WJ}–{WJ}12:30</bdi>'
    with translation.override("fa"):
        html = render("{% time_range opens closes %}", opens=OPENS, closes=CLOSES)
    assert html == f'<bdi class="time-range" dir="rtl">9:00{NBSP}تا{NBSP}12:30</bdi>'
    for language in ("de", "ar", "fa", "tr", "bg", "uk"):
        with translation.override(language):
            text = render("{% time_range opens closes %}", opens=OPENS, closes=CLOSES)
        inner = text.split(">", 1)[1].rsplit("<", 1)[0]
        assert " " not in inner and "\u2009" not in inner and "\u202f" not in inner


def test_portal_dates_filters_follow_the_active_language_and_leave_empty_values_empty():
    with translation.override("de"):
        assert render("{{ d|local_date }}", d=DAY) == "3. Dezember 2026"
        assert render('{{ m|local_datetime:"weekday" }}', m=MOMENT) == "Donnerstag, 3. Dezember 2026, 12:00"
        assert render("{{ m|local_time }}", m=MOMENT) == "12:00"
        assert render("{{ d|local_date }}{% time_range d None %}", d=None) == ""
    with translation.override("ar"):
        assert render("{{ m|local_datetime }}", m=MOMENT) == "3 ديسمبر 2026، 12:00"
