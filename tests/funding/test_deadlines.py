"""Call status, queryset filters and "closes in N days" at fixed instants (time-machine), DST included."""

import pytest
import time_machine
from django.utils import translation

from funding.deadlines import CallStatus, closes_in_text, days_left
from funding.models import FundingCall
from tests.funding.factories import berlin, make_call

pytestmark = pytest.mark.django_db

OPENS = berlin(2027, 3, 20, 10, 0)
DEADLINE = berlin(2027, 4, 2, 12, 0)


def _phase_sets(at):
    calls = FundingCall.objects.all()
    return {
        CallStatus.UPCOMING: set(calls.upcoming(at=at)),
        "open": set(calls.open(at=at)),
        CallStatus.CLOSING_SOON: set(calls.closing_soon(at=at)),
        CallStatus.CLOSED: set(calls.closed(at=at)),
    }


def _assert_agree(at):
    """The queryset filters and ``call_status`` say the same for every call at ``at``."""
    sets = _phase_sets(at)
    with time_machine.travel(at, tick=False):
        for call in FundingCall.objects.all():
            status = call.call_status
            assert (call in sets["open"]) == (status in {CallStatus.OPEN, CallStatus.CLOSING_SOON})
            assert (call in sets[CallStatus.UPCOMING]) == (status == CallStatus.UPCOMING)
            assert (call in sets[CallStatus.CLOSING_SOON]) == (status == CallStatus.CLOSING_SOON)
            assert (call in sets[CallStatus.CLOSED]) == (status == CallStatus.CLOSED)


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (berlin(2027, 3, 20, 9, 59), CallStatus.UPCOMING),  # a minute before opening
        (berlin(2027, 3, 20, 10, 0), CallStatus.CLOSING_SOON),  # at the opening: 13 days left
        (berlin(2027, 4, 2, 11, 59), CallStatus.CLOSING_SOON),  # a minute before the deadline
        (berlin(2027, 4, 2, 12, 0), CallStatus.CLOSED),  # at the deadline
        (berlin(2027, 4, 2, 12, 1), CallStatus.CLOSED),  # a minute after the deadline
    ],
)
def test_call_status_follows_the_clock_and_agrees_with_queryset(at, expected):
    call = make_call(opens_at=OPENS, deadline=DEADLINE)
    make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 12, 31, 23, 59))  # a long-open neighbour
    with time_machine.travel(at, tick=False):
        assert call.call_status == expected
        assert (call in FundingCall.objects.open()) == (expected in {CallStatus.OPEN, CallStatus.CLOSING_SOON})
    _assert_agree(at)


def test_call_open_long_before_deadline_is_not_closing_soon():
    call = make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 6, 30, 23, 59))
    with time_machine.travel(berlin(2027, 2, 1, 12), tick=False):
        assert call.call_status == CallStatus.OPEN
        assert list(FundingCall.objects.open()) == [call]
        assert list(FundingCall.objects.closing_soon()) == []


def test_closing_soon_counts_berlin_calendar_days_across_dst_change():
    # Summer time starts on 28 March 2027: from 27 March 23:30 to 11 April 00:30 is 15 calendar days in
    # Berlin but only 14 days minus one hour of elapsed time. The calendar days decide.
    call = make_call(opens_at=berlin(2027, 3, 1), deadline=berlin(2027, 4, 11, 0, 30))
    before_midnight = berlin(2027, 3, 27, 23, 30)
    after_midnight = berlin(2027, 3, 28, 0, 0)
    assert days_left(call.deadline, at=before_midnight) == 15
    assert days_left(call.deadline, at=after_midnight) == 14
    with time_machine.travel(before_midnight, tick=False):
        assert call.call_status == CallStatus.OPEN
        assert call not in FundingCall.objects.closing_soon()
    with time_machine.travel(after_midnight, tick=False):
        assert call.call_status == CallStatus.CLOSING_SOON
        assert call in FundingCall.objects.closing_soon()
    _assert_agree(before_midnight)
    _assert_agree(after_midnight)


def test_days_left_uses_berlin_date_not_utc_date():
    # 28 March 2027 00:30 in Berlin is still 27 March in UTC.
    at = berlin(2027, 3, 28, 0, 30)
    assert days_left(berlin(2027, 4, 2, 12), at=at) == 5


@pytest.mark.parametrize(
    ("at", "text"),
    [
        (berlin(2027, 3, 28, 9), "Closes in 5 days"),
        (berlin(2027, 4, 1, 23, 59), "Closes in 1 day"),
        (berlin(2027, 4, 2, 0, 0), "Closes today"),
        (berlin(2027, 4, 2, 11, 59), "Closes today"),
    ],
)
def test_closes_in_text_uses_plural_forms(at, text):
    with translation.override("en"):
        assert closes_in_text(DEADLINE, at=at) == text


def test_index_sorts_open_calls_by_deadline_and_shows_days_left(client):
    late = make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 6, 30, 12), title_de="Spät")
    soon = make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 4, 2, 12), title_de="Bald")
    upcoming = make_call(opens_at=berlin(2027, 5, 1), deadline=berlin(2027, 7, 1, 12), title_de="Demnächst")
    closed = make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 3, 1, 12), title_de="Vorbei")
    with time_machine.travel(berlin(2027, 3, 28, 9), tick=False):
        html = client.get("/en/funding/").content.decode()
    assert html.index(soon.title_de) < html.index(late.title_de) < html.index(upcoming.title_de)
    assert closed.title_de not in html
    assert "Closes in 5 days" in html
    assert "Closing soon" in html
