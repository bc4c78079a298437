"""The deadline calendars, parsed with an independent iCalendar parser (vobject)."""

import datetime

import pytest
import time_machine
import vobject
from django.utils import translation
from django.utils.translation import gettext

from portal.publication import Status
from tests.funding.factories import berlin, english, make_call

pytestmark = pytest.mark.django_db

NOW = berlin(2027, 3, 10, 12)


@pytest.fixture
def calls():
    with time_machine.travel(NOW, tick=False):
        yield {
            "upcoming": make_call(opens_at=berlin(2027, 4, 1), deadline=berlin(2027, 5, 1, 12), **english("Later")),
            "open": make_call(opens_at=berlin(2027, 3, 1), deadline=berlin(2027, 6, 30, 23, 59), **english("Now")),
            "closing": make_call(opens_at=berlin(2027, 2, 1), deadline=berlin(2027, 3, 12, 12)),
            "closed": make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 3, 1, 12)),
            "draft": make_call(opens_at=berlin(2027, 3, 1), deadline=berlin(2027, 5, 1), status=Status.DRAFT),
        }


def _parse(response):
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    return vobject.readOne(response.content.decode())


def test_deadlines_ics_holds_exactly_upcoming_and_open_calls(client, calls):
    with time_machine.travel(NOW, tick=False):
        calendar = _parse(client.get("/de/funding/deadlines.ics"))
    events = calendar.vevent_list
    expected = {calls[key] for key in ("upcoming", "open", "closing")}
    assert {event.uid.value for event in events} == {f"call-{call.pk}@127.0.0.1" for call in expected}
    by_uid = {event.uid.value: event for event in events}
    for call in expected:
        event = by_uid[f"call-{call.pk}@127.0.0.1"]
        assert event.dtstart.value == call.deadline
        assert event.dtstart.value.utcoffset() == call.deadline.astimezone(berlin(2027, 1, 1).tzinfo).utcoffset()
        assert event.url.value == f"http://127.0.0.1:8000/de/funding/calls/{call.slug}/"
        with translation.override("de"):
            assert event.summary.value == gettext("Deadline: %(title)s") % {"title": call.title_de}
        assert isinstance(event.dtstamp.value, datetime.datetime)


def test_deadlines_ics_summary_in_prefix_language_or_german(client, calls, settings):
    settings.PORTAL_SITE_URL = "https://integration.example.org"
    with time_machine.travel(NOW, tick=False):
        response = client.get("/en/funding/deadlines.ics", HTTP_HOST="localhost")
    assert b"localhost" not in response.content  # links come from the site URL, never the Host header
    calendar = _parse(response)
    summaries = {event.summary.value for event in calendar.vevent_list}
    assert "Deadline: Later" in summaries and "Deadline: Now" in summaries
    assert f"Deadline: {calls['closing'].title_de}" in summaries  # not translated into English: German
    uids = {event.uid.value for event in calendar.vevent_list}
    assert all(uid.endswith("@integration.example.org") for uid in uids)
    urls = {event.url.value for event in calendar.vevent_list}
    assert all(url.startswith("https://integration.example.org/en/funding/calls/") for url in urls)


def test_deadlines_ics_uid_is_stable_when_call_changes(client, calls):
    with time_machine.travel(NOW, tick=False):
        first = {e.uid.value for e in _parse(client.get("/de/funding/deadlines.ics")).vevent_list}
        call = calls["open"]
        call.deadline = berlin(2027, 7, 15, 12)
        call.slug = "new-slug"
        call.save()
        second = _parse(client.get("/de/funding/deadlines.ics"))
    assert {e.uid.value for e in second.vevent_list} == first
    moved = next(e for e in second.vevent_list if e.uid.value == f"call-{call.pk}@127.0.0.1")
    assert moved.dtstart.value == berlin(2027, 7, 15, 12)


def test_call_ics_holds_that_one_deadline(client, calls):
    call = calls["closing"]
    with time_machine.travel(NOW, tick=False):
        calendar = _parse(client.get(f"/de/funding/calls/{call.slug}/deadline.ics"))
    assert [event.uid.value for event in calendar.vevent_list] == [f"call-{call.pk}@127.0.0.1"]


def test_call_ics_of_draft_is_404(client, calls):
    assert client.get(f"/de/funding/calls/{calls['draft'].slug}/deadline.ics").status_code == 404
