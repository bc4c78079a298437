"""Scheduled changes: a publisher approves a change for a later instant and it appears on the public site then,
by itself, and not a minute before — also through the render cache and the shared caches' max-age."""

import copy
import datetime
import zoneinfo

import pytest
import time_machine
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.cache import get_max_age
from django.utils.translation import gettext
from reversion.models import Version

from portal.workflow import scheduled
from portal.workflow.models import PendingChange, PendingState
from portal.workflow.pending import live_snapshot, store_pending
from portal.workflow.scheduled import schedule_pending
from services.models import OpeningHours
from tests.services.factories import make_office, make_service, make_topic
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


@pytest.fixture(autouse=True)
def _fresh_process_memory():
    """Each test starts as a fresh process: no remembered next instant from another test's clock."""
    scheduled.forget_next_due()
    yield
    scheduled.forget_next_due()


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
    with translation.override("de"):  # written in the site's language, whichever request made it live
        scheduled_note = gettext("Published the change of %(author)s from %(date)s at the scheduled time")
    expected = scheduled_note % {"author": staff["editor"], "date": "20.12.2026 10:00"}
    assert latest.revision.user == staff["publisher"] and latest.revision.get_comment().startswith(expected)


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


# --- A change that cannot go live blocks nothing ------------------------------------------------------------
def schedule_directly(staff, item, field, value, when):
    live = live_snapshot(item)
    wanted = copy.deepcopy(live)
    wanted[(item._meta.label_lower, str(item.pk))][field] = value
    pending = store_pending(item, wanted, base=live, user=staff["editor"])
    return schedule_pending(pending, user=staff["publisher"], at=when)


@pytest.mark.django_db(transaction=True)  # the deleted office's foreign key fails only when the change commits
def test_a_change_that_cannot_go_live_waits_for_review_and_the_others_still_go_live(staff, mailoutbox):
    with at(DECIDED):
        kept, gone = make_office(slug="bleibt"), make_office(slug="geht")
        service = make_service(slug="beratung", offices=(kept,))
        topic = make_topic(slug="ankommen")
        broken = schedule_directly(staff, service, "offices", [kept.pk, gone.pk], GO_LIVE)
        fine = schedule_directly(staff, topic, "title_de", "Neu angekommen", GO_LIVE + datetime.timedelta(hours=1))
        gone.delete()
    with at(GO_LIVE + datetime.timedelta(hours=2)):
        for _ in range(2):  # not retried on every request, and never a 500
            assert Client().get("/de/").status_code == 200
        broken.refresh_from_db()
        fine.refresh_from_db()
        assert fine.state == PendingState.PUBLISHED
        assert type(topic).objects.get(pk=topic.pk).title_de == "Neu angekommen"
        assert broken.state == PendingState.PENDING and broken.go_live_at is None
        assert "IntegrityError" in broken.decision_comment  # the reason, in the site language
        assert list(service.offices.all()) == [kept]
        assert any(staff["publisher"].email in mail.to for mail in mailoutbox) or not staff["publisher"].email
        call_command("publish_scheduled_changes", verbosity=0)  # nothing due any more: no crash


def test_any_error_while_going_live_moves_only_that_change_back(staff, monkeypatch):
    with at(DECIDED):
        first = schedule_directly(staff, make_topic(slug="eins"), "title_de", "Eins neu", GO_LIVE)
        second = schedule_directly(staff, make_topic(slug="zwei"), "title_de", "Zwei neu", GO_LIVE)
    real = scheduled.publish_pending

    def failing(pending, **kwargs):
        if pending.pk == first.pk:
            raise RuntimeError("disk full")
        return real(pending, **kwargs)

    monkeypatch.setattr(scheduled, "publish_pending", failing)
    with at(GO_LIVE):
        call_command("publish_scheduled_changes", verbosity=0)
        assert Client().get("/de/").status_code == 200
    first.refresh_from_db()
    second.refresh_from_db()
    assert second.state == PendingState.PUBLISHED
    assert first.state == PendingState.PENDING and "disk full" in first.decision_comment
    assert scheduled.next_due(GO_LIVE) is None


def test_an_answer_read_before_scheduling_committed_is_never_served_after_it(staff, office):
    """A request read the rows (nothing due) just before a scheduling transaction committed and stores its answer
    after that transaction forgot the old one: the stale "nothing" must not hide the new instant."""
    with at(DECIDED):
        scheduled.forget_next_due()
        stale_key = scheduled._versioned_key()  # the slow request reads the version and the rows ...
        pending, response = schedule_new_hours(staff, office, when="2027-01-01T06:00")
        assert response.status_code == 302
        cache.set(stale_key, scheduled.NOTHING_DUE, scheduled.NEXT_DUE_SECONDS)  # ... and stores them late
        scheduled._memo = None  # another process, which has not remembered anything
        assert scheduled.next_due() == GO_LIVE


@pytest.mark.parametrize(
    ("when", "message"),
    [
        ("2026-12-20T10:00:05", "too close"),
        ("2026-12-20T09:59", "already passed"),
        ("9999-12-31T23:59:59+14:00", "within the next"),
        ("0001-01-01T00:00-14:00", "within the next"),
    ],
)
def test_a_time_too_close_or_far_off_has_its_own_message(staff, office, when, message):
    with at(DECIDED):
        pending, response = schedule_new_hours(staff, office, when=when)
    assert response.status_code == 400
    assert any(message in str(m) for m in response.context["messages"])
    pending.refresh_from_db()
    assert pending.state == PendingState.PENDING


def test_public_pages_ask_the_database_for_due_changes_only_on_a_cold_cache(office):
    with at(DECIDED) as clock:
        Client().get(office.get_absolute_url())
        for seconds in (0, 2):  # from the process's memory, then from the cache
            clock.shift(datetime.timedelta(seconds=seconds))
            with CaptureQueriesContext(connection) as queries:
                assert Client().get(office.get_absolute_url()).status_code == 200
            assert not [q for q in queries.captured_queries if "workflow_pendingchange" in q["sql"]]
