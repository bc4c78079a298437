"""What the clock decides, at fixed instants in Berlin: a call's status (and the status filter, which agrees with
it) and whether an office is open now."""

import pytest
import time_machine

from tests.api.schema import PREFIX, check
from tests.funding.factories import berlin

pytestmark = pytest.mark.django_db
CALLS = f"{PREFIX}/funding/calls"


@pytest.mark.parametrize(
    ("instant", "status"),
    [
        (berlin(2026, 1, 31, 23, 59), "upcoming"),
        (berlin(2026, 2, 1), "open"),
        (berlin(2026, 4, 16), "closing_soon"),  # 14 calendar days left
        (berlin(2026, 4, 30, 23, 58), "closing_soon"),
        (berlin(2026, 4, 30, 23, 59), "closed"),
    ],
)
def test_call_status_comes_from_the_clock(client, content, instant, status):
    with time_machine.travel(instant, tick=False):
        body = check(client.get(f"{CALLS}/aufruf-2026"), f"{CALLS}/{{slug}}")
        assert body["status"] == status
        for wanted in ("upcoming", "open", "closing_soon", "closed"):
            found = check(client.get(CALLS, {"status": wanted}), CALLS)
            assert [item["slug"] for item in found["items"]] == (["aufruf-2026"] if wanted == status else []), wanted


@pytest.mark.parametrize(
    ("instant", "open_now", "next_opening"),
    [
        (berlin(2026, 3, 2, 10), True, "2026-03-04T13:00:00+01:00"),  # Monday 10:00; next: Wednesday 13:00
        (berlin(2026, 3, 2, 12), False, "2026-03-04T13:00:00+01:00"),  # Monday noon: just closed
        (berlin(2026, 4, 6, 10), False, "2026-04-08T13:00:00+02:00"),  # Easter Monday: a holiday (summer time)
        (berlin(2026, 3, 20, 10), False, "2026-03-23T08:30:00+01:00"),  # a Friday with a closure; no hours anyway
    ],
)
def test_office_open_now_at_fixed_instants(client, content, instant, open_now, next_opening):
    with time_machine.travel(instant, tick=False):
        body = check(client.get(f"{PREFIX}/offices/sozialamt"), f"{PREFIX}/offices/{{slug}}")
    assert body["status"]["open_now"] is open_now
    assert body["status"]["next_opening"] == next_opening
    assert body["opening_hours"][0] == {"weekday": 1, "opens": "08:30", "closes": "12:00", "appointment_only": False}


def test_office_holiday_and_closures(client, content):
    with time_machine.travel(berlin(2026, 4, 6, 10), tick=False):
        body = check(client.get(f"{PREFIX}/offices/sozialamt"), f"{PREFIX}/offices/{{slug}}")
    assert body["status"]["holiday_today"] == "Ostermontag" and body["status"]["closed_today"] is True
    assert body["closures"] == []  # the closure of 20 March is over
    with time_machine.travel(berlin(2026, 3, 2, 10), tick=False):
        body = check(client.get(f"{PREFIX}/offices/sozialamt"), f"{PREFIX}/offices/{{slug}}")
    assert body["closures"] == [{"first_day": "2026-03-20", "last_day": "2026-03-20", "reason": ""}]
