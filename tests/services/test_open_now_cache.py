"""Open now through the render cache: opening and closing times are boundaries of the pages that show them.

A page with an office's "open now" (office page, a service page naming the office, the home page's offices, the
API) is kept and marked public only until the office next opens or closes (Europe/Berlin, public holidays and
closures included), so a cached copy never says "open" after closing time."""

import datetime

import pytest
import time_machine
from django.test import Client
from django.utils.cache import get_max_age
from django.utils.http import parse_http_date

from services.models import Closure
from services.opening_hours import BERLIN, next_change
from tests.services.factories import make_office, make_service
from tests.services.test_opening_hours import HOURS, berlin, closure

pytestmark = pytest.mark.django_db

OPEN = 'class="office-status office-status--open"'  # office and service pages
OPEN_ON_HOME = "open-offices__item--open"
MONDAY = datetime.date(2027, 1, 11)


def at(hour, minute, second=0, day=MONDAY):
    return datetime.datetime.combine(day, datetime.time(hour, minute, second), tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("instant", "expected"),
    [
        ("2026-11-26T10:15", "2026-11-26T12:00"),  # Thursday morning: open until noon
        ("2026-11-26T12:00", "2026-11-26T14:00"),  # closing instant itself: the next one is the afternoon's opening
        ("2026-11-26T07:00", "2026-11-26T08:30"),  # before opening
        ("2026-11-26T18:30", "2026-11-27T00:00"),  # after the last period: the day (and its next opening) ends
        ("2026-11-24T14:30", "2026-11-24T16:00"),  # by appointment only ends too
        ("2026-11-28T10:00", "2026-11-29T00:00"),  # Saturday without hours
        ("2026-12-25T10:00", "2026-12-26T00:00"),  # Christmas (public holiday, a Friday with hours)
    ],
)
def test_next_change_is_the_next_opening_or_closing_today_or_midnight(instant, expected):
    assert next_change(HOURS, [], berlin(instant)) == berlin(expected)


def test_next_change_on_a_closed_day_is_midnight():
    closures = [closure("2026-11-26", "2026-11-27")]
    assert next_change(HOURS, closures, berlin("2026-11-26T07:00")) == berlin("2026-11-27T00:00")


def test_next_change_in_utc_is_berlin_time():
    # 07:20 UTC on a winter Thursday is 08:20 in Berlin: opening at 08:30 Berlin = 07:30 UTC
    instant = datetime.datetime(2026, 11, 26, 7, 20, tzinfo=datetime.UTC)
    assert next_change(HOURS, [], instant) == datetime.datetime(2026, 11, 26, 7, 30, tzinfo=datetime.UTC)


def fetch(url, when, **headers):
    with time_machine.travel(when, tick=False):
        return Client().get(url, headers=headers)


def assert_cached_until_closing(url, open_marker=OPEN):
    """Rendered at 15:59 while open, the same copy at 15:59:40 (from the render cache, valid for 20 s more), and
    at 16:00 closed."""
    first = fetch(url, at(15, 59))
    assert open_marker in first.content.decode()
    assert get_max_age(first) == 60 and "stale-while-revalidate=0" in first["Cache-Control"]
    again = fetch(url, at(15, 59, 40))
    assert again.content == first.content
    assert parse_http_date(again["Last-Modified"]) == at(15, 59).timestamp()  # the render cache's copy
    assert get_max_age(again) == 20  # a shared cache keeps it no longer than the closing instant
    closed = fetch(url, at(16, 0))
    assert open_marker not in closed.content.decode()
    assert parse_http_date(closed["Last-Modified"]) == at(16, 0).timestamp()
    return closed


def test_office_page_cached_at_1559_shows_closed_at_1600():
    office = make_office(hours=((1, "08:00", "16:00"),))
    closed = assert_cached_until_closing(office.get_absolute_url())
    assert 'class="office-status"' in closed.content.decode()


def test_service_page_naming_the_office_shows_closed_at_1600():
    office = make_office(hours=((1, "08:00", "16:00"),))
    service = make_service(offices=[office])
    assert_cached_until_closing(service.get_absolute_url())


def test_home_page_open_offices_show_closed_at_1600():
    make_office(hours=((1, "08:00", "16:00"),))
    closed = assert_cached_until_closing("/en/", OPEN_ON_HOME)  # English: the messages need no catalogue
    assert "Closed now." in closed.content.decode()


def test_api_office_open_now_is_false_at_1600():
    office = make_office(hours=((1, "08:00", "16:00"),))
    url = f"/api/v1/offices/{office.slug}?lang=de"
    first = fetch(url, at(15, 59))
    assert first.json()["status"]["open_now"] is True
    assert get_max_age(first) == 60
    again = fetch(url, at(15, 59, 40))
    assert again.content == first.content and get_max_age(again) == 20
    assert fetch(url, at(16, 0)).json()["status"]["open_now"] is False
    listed = fetch("/api/v1/offices?lang=de", at(16, 0, 30))
    assert [item["status"]["open_now"] for item in listed.json()["items"]] == [False]


def test_opening_in_the_morning_is_a_boundary_too():
    office = make_office(hours=((1, "08:00", "16:00"),))
    url = office.get_absolute_url()
    before = fetch(url, at(7, 59, 30))
    assert OPEN not in before.content.decode() and get_max_age(before) == 30
    assert OPEN in fetch(url, at(8, 0)).content.decode()


def test_page_of_an_office_closed_today_is_kept_until_midnight_only():
    office = make_office(hours=((1, "08:00", "16:00"),))
    Closure.objects.create(office=office, first_day=MONDAY, last_day=MONDAY, reason="Betriebsausflug")
    url = office.get_absolute_url()
    late = fetch(url, at(15, 59, 30))
    assert OPEN not in late.content.decode() and "Betriebsausflug" in late.content.decode()
    assert get_max_age(late) == 60  # 16:00 is no boundary on a closed day
    assert OPEN in fetch(url, at(8, 0, day=MONDAY + datetime.timedelta(days=7))).content.decode()
