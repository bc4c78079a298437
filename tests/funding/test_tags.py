from decimal import Decimal

from django.utils import translation

from funding.templatetags.funding_tags import euro


def test_euro_groups_thousands_and_shows_cents_only_when_there_are_any():
    with translation.override("de"):
        assert euro(Decimal("216000")) == "216.000\u00a0€"
        assert euro(Decimal("1000.50")) == "1.000,50\u00a0€"
    with translation.override("en"):
        assert euro(Decimal("1000.50")) == "1,000.50\u00a0€"
    assert euro(None) == ""


def test_euro_is_isolated_left_to_right_in_right_to_left_languages():
    with translation.override("ar"):
        text = euro(Decimal("5000"))
    assert text.startswith("\u2066") and text.endswith("\u2069")


def test_when_shows_berlin_date_and_24_hour_time_in_every_language():
    from funding.templatetags.funding_tags import when
    from tests.funding.factories import berlin

    moment = berlin(2026, 12, 2, 12, 0)
    with translation.override("de"):
        assert when(moment) == "2. Dezember 2026, 12:00"
    with translation.override("ar"):
        assert when(moment) == "2 ديسمبر 2026، 12:00"  # the Arabic comma (CLDR), not the Latin one
    assert when(None) == ""
