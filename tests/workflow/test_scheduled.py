"""Scheduled changes: a publisher approves a change for a later instant and it appears on the public site then,
by itself, and not a minute before — also through the render cache and the shared caches' max-age."""

import datetime
import zoneinfo

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client
from django.utils.cache import get_max_age
from reversion.models import Version

from portal.workflow.models import PendingChange, PendingState
from services.models import OpeningHours
from tests.services.factories import make_office
from tests.workflow.conftest import client_for, form_errors, post_form

pytestmark = pytest.mark.django_db

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
DECIDED = datetime.datetime(2026, 12, 20, 10, 0, tzinfo=BERLIN)
GO_LIVE = datetime.datetime(2027, 1, 1, 6, 0, tzinfo=BERLIN)  # not midnight: midnight is a boundary anyway
NEW_CLOSING = "15:45"


def at(moment):
    return time_machine.travel(moment, tick=False)


def decide_url(office, pending, decision):
    return f"/admin/services/office/{office.pk}/workflow/pending/{pending.pk}/{decision}/"


@pytest.fixture
def office():
    return make_office(slug="sozialamt", hours=((1, "08:30", "12:00"),))


def schedule_new_hours(staff, office, when="2027-01-01T06:00"):
    """The editor changes the hours; the publisher approves the change for ``when``."""
    editor = client_for(Client, staff["editor"])
    response = post_form(editor, f"/admin/services/office/{office.pk}/change/", {"hours-0-closes": NEW_CLOSING})
    assert response.status_code == 302, form_errors(response)
    pending = PendingChange.objects.get(state=PendingState.PENDING)
    publisher = client_for(Client, staff["publisher"])
    return pending, publisher.post(decide_url(office, pending, "publish"), {"go_live_at": when, "comment": "Ab Januar"})


def test_scheduled_change_appears_at_the_instant_and_not_a_minute_before(staff, office):
    url = office.get_absolute_url()
    visitor = Client()
    with at(DECIDED):
        assert NEW_CLOSING not in visitor.get(url).content.decode()  # kept by the render cache from now on
        pending, response = schedule_new_hours(staff, office)
        assert response.status_code == 302
        pending.refresh_from_db()
        assert pending.state == PendingState.SCHEDULED and pending.go_live_at == GO_LIVE
        assert pending.decided_by == staff["publisher"]
        assert NEW_CLOSING not in visitor.get(url).content.decode()
        assert OpeningHours.objects.get(office=office).closes == datetime.time(12, 0)
    with at(GO_LIVE - datetime.timedelta(minutes=1)):
        before = visitor.get(url)
        assert NEW_CLOSING not in before.content.decode()
        assert get_max_age(before) == 60
    with at(GO_LIVE - datetime.timedelta(seconds=30)):
        cached = visitor.get(url)
        assert cached.content == before.content  # the render cache's copy, kept only until the instant
        assert get_max_age(cached) == 30  # no shared cache keeps it past the instant either
    with at(GO_LIVE):
        after = visitor.get(url)  # the first request after the instant: nobody published anything by hand
        assert after.status_code == 200 and NEW_CLOSING in after.content.decode()
        assert after["ETag"] != before["ETag"]
    pending.refresh_from_db()
    assert pending.state == PendingState.PUBLISHED and pending.decided_at == GO_LIVE
    assert OpeningHours.objects.get(office=office).closes == datetime.time(15, 45)
    latest = Version.objects.get_for_object(office).first()
    assert latest.revision.user == staff["publisher"] and "scheduled" in latest.revision.get_comment()


def test_timer_command_publishes_due_changes_without_a_request(staff, office):
    with at(DECIDED):
        pending, _response = schedule_new_hours(staff, office)
    with at(GO_LIVE - datetime.timedelta(minutes=1)):
        call_command("publish_scheduled_changes", verbosity=0)
        pending.refresh_from_db()
        assert pending.state == PendingState.SCHEDULED
    with at(GO_LIVE):
        call_command("publish_scheduled_changes", verbosity=0)
        pending.refresh_from_db()
        assert pending.state == PendingState.PUBLISHED
        assert OpeningHours.objects.get(office=office).closes == datetime.time(15, 45)
        assert NEW_CLOSING in Client().get(office.get_absolute_url()).content.decode()


@pytest.mark.parametrize("when", ["2026-12-19T09:00", "morgen", "2027-13-01T00:00"])
def test_a_time_in_the_past_or_unreadable_is_refused_with_a_message(staff, office, when):
    with at(DECIDED):
        pending, response = schedule_new_hours(staff, office, when=when)
    assert response.status_code == 400
    assert response.context["messages"]
    pending.refresh_from_db()
    assert pending.state == PendingState.PENDING and pending.go_live_at is None


def test_an_unscheduled_or_discarded_change_does_not_go_live(staff, office):
    with at(DECIDED):
        pending, _response = schedule_new_hours(staff, office)
        publisher = client_for(Client, staff["publisher"])
        history = publisher.get(f"/admin/services/office/{office.pk}/workflow/history/")
        assert history.status_code == 200, history
        page = history.content.decode()
        assert "workflow-scheduled" in page
        assert publisher.post(decide_url(office, pending, "unschedule")).status_code == 302
        pending.refresh_from_db()
        assert pending.state == PendingState.PENDING and pending.go_live_at is None
        assert publisher.post(decide_url(office, pending, "publish"), {"go_live_at": "2027-01-01T06:00"})
        assert publisher.post(decide_url(office, pending, "discard")).status_code == 302
    with at(GO_LIVE + datetime.timedelta(hours=1)):
        assert NEW_CLOSING not in Client().get(office.get_absolute_url()).content.decode()
        call_command("publish_scheduled_changes", verbosity=0)
    pending.refresh_from_db()
    assert pending.state == PendingState.DISCARDED
    assert OpeningHours.objects.get(office=office).closes == datetime.time(12, 0)


def test_editors_cannot_schedule(staff, office):
    with at(DECIDED):
        pending, _response = schedule_new_hours(staff, office)
        editor = client_for(Client, staff["editor"])
        assert editor.post(decide_url(office, pending, "unschedule")).status_code == 403
        form = editor.get(f"/admin/services/office/{office.pk}/change/").content.decode()
        assert "workflow-scheduled" in form  # the change form says that a change will go live by itself
