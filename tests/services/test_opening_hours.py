"""Open now / next opening at fixed instants: a weekday, a public holiday, a dated closure (Europe/Berlin)."""

import datetime
from types import SimpleNamespace

import pytest
import time_machine
from django.utils import timezone

from services import opening_hours
from services.models import Closure, Office, OpeningHours, StepFree
from services.opening_hours import BERLIN, status_at


def slot(weekday, opens, closes, appointment_only=False):
    return SimpleNamespace(
        weekday=weekday,
        opens=datetime.time.fromisoformat(opens),
        closes=datetime.time.fromisoformat(closes),
        appointment_only=appointment_only,
    )


def closure(first, last, reason="Staff training"):
    return SimpleNamespace(
        first_day=datetime.date.fromisoformat(first), last_day=datetime.date.fromisoformat(last), reason=reason
    )


HOURS = [
    slot(1, "08:30", "12:00"),
    slot(2, "08:30", "12:00"),
    slot(2, "14:00", "16:00", appointment_only=True),
    slot(4, "08:30", "12:00"),
    slot(4, "14:00", "18:00"),
    slot(5, "08:30", "12:00"),
]


def berlin(text):
    return datetime.datetime.fromisoformat(text).replace(tzinfo=BERLIN)


def test_status_weekday_morning_open_until_noon():
    # Thursday 26 November 2026, 10:15
    status = status_at(hours=HOURS, closures=[], at=berlin("2026-11-26T10:15"))
    assert status.open_now
    assert status.closes_at == berlin("2026-11-26T12:00")
    assert status.next_opening == berlin("2026-11-26T14:00")
    assert not status.closed_today


def test_status_weekday_lunch_break_closed_next_opening_afternoon():
    status = status_at(hours=HOURS, closures=[], at=berlin("2026-11-26T12:00"))
    assert not status.open_now
    assert status.next_opening == berlin("2026-11-26T14:00")


def test_status_appointment_only_period_is_not_open():
    # Tuesday 24 November 2026, 15:00: only by appointment
    status = status_at(hours=HOURS, closures=[], at=berlin("2026-11-24T15:00"))
    assert not status.open_now
    assert status.appointment_now
    assert status.next_opening == berlin("2026-11-26T08:30")  # Wednesday has no hours


def test_status_public_holiday_closed_and_next_opening_after_it():
    # Friday 25 December 2026 (Christmas Day) and Saturday 26 December (second day), then Monday 28th.
    status = status_at(hours=HOURS, closures=[], at=berlin("2026-12-25T09:00"))
    assert not status.open_now
    assert status.holiday_today == "Erster Weihnachtstag"
    assert status.next_opening == berlin("2026-12-28T08:30")


def test_status_nrw_only_holiday_corpus_christi_respected():
    # Fronleichnam (Thursday 4 June 2026) is a holiday in NRW, not in every German state.
    status = status_at(hours=HOURS, closures=[], at=berlin("2026-06-04T09:00"))
    assert not status.open_now
    assert status.holiday_today
    assert status.next_opening == berlin("2026-06-05T08:30")


def test_status_dated_closure_closed_and_next_opening_after_it():
    closures = [closure("2026-11-26", "2026-11-30")]
    status = status_at(hours=HOURS, closures=closures, at=berlin("2026-11-26T10:15"))
    assert not status.open_now
    assert status.closure_today is closures[0]
    # Closed Thursday to Monday (Friday would be open): next walk-in period is Tuesday 1 December.
    assert status.next_opening == berlin("2026-12-01T08:30")


def test_status_instant_given_in_utc_is_read_in_berlin_time():
    # 07:45 UTC = 08:45 Berlin (winter time): open.
    at = datetime.datetime(2026, 11, 26, 7, 45, tzinfo=datetime.UTC)
    assert status_at(hours=HOURS, closures=[], at=at).open_now


def test_status_summer_time_next_opening_has_summer_offset():
    status = status_at(hours=HOURS, closures=[], at=berlin("2026-07-02T13:00"))  # Thursday in summer
    assert status.next_opening.utcoffset() == datetime.timedelta(hours=2)
    assert status.next_opening == berlin("2026-07-02T14:00")


def test_status_without_hours_has_no_next_opening():
    status = status_at(hours=[], closures=[], at=berlin("2026-11-26T10:00"))
    assert not status.open_now and status.next_opening is None and not status.has_hours


def test_weekly_table_groups_by_weekday_in_order():
    table = opening_hours.weekly_table(HOURS)
    assert [weekday for weekday, _slots in table] == [1, 2, 4, 5]
    assert [s.opens.isoformat("minutes") for s in table[1][1]] == ["08:30", "14:00"]


@pytest.mark.django_db
def test_office_opening_status_uses_the_clock_and_database():
    office = Office.objects.create(
        slug="o", name="Office", unit="Unit", street="Street 1", postcode="44135", step_free=StepFree.YES
    )
    OpeningHours.objects.create(office=office, weekday=4, opens=datetime.time(8, 30), closes=datetime.time(12))
    Closure.objects.create(office=office, first_day=datetime.date(2026, 12, 3), last_day=datetime.date(2026, 12, 3))
    with time_machine.travel(berlin("2026-11-26T09:00"), tick=False):
        status = office.opening_status()
        assert status.open_now
        assert status.next_opening == berlin("2026-12-10T08:30")  # 3 December is closed
        assert [c.first_day for c in office.upcoming_closures()] == [datetime.date(2026, 12, 3)]
    with time_machine.travel(berlin("2026-12-03T09:00"), tick=False):
        assert not office.opening_status().open_now
        assert timezone.localdate() == datetime.date(2026, 12, 3)
