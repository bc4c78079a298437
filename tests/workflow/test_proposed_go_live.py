"""An editor proposes when a change goes live (Berlin time) when saving it for review or submitting a draft; the
publisher finds the time pre-filled on the review page and keeps or changes it. Bad times are a message at the
field, never a 500, and nothing is kept for review then. Posted as the editor and publisher role accounts."""

import datetime
import zoneinfo

import lxml.html
import pytest
import time_machine
from django.test import Client

from portal.workflow import scheduled
from portal.workflow.models import PendingChange, PendingState
from services.models import Topic
from tests.services.factories import make_office, make_topic
from tests.workflow.conftest import client_for, form_errors, post_form

pytestmark = pytest.mark.django_db

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NOW = datetime.datetime(2026, 12, 20, 10, 0, tzinfo=BERLIN)
PROPOSED = datetime.datetime(2027, 1, 1, 6, 0, tzinfo=BERLIN)


@pytest.fixture(autouse=True)
def _pinned_clock():
    scheduled.forget_next_due()
    with time_machine.travel(NOW, tick=False):
        yield
    scheduled.forget_next_due()


def change_url(office):
    return f"/admin/services/office/{office.pk}/change/"


def history_url(office):
    return f"/admin/services/office/{office.pk}/workflow/history/"


def test_the_editor_proposes_a_time_and_the_publisher_keeps_it(staff):
    office = make_office()
    editor = client_for(Client, staff["editor"])
    page = editor.get(change_url(office)).content.decode()
    (field,) = lxml.html.fromstring(page).xpath("//input[@name='workflow_go_live_at']")
    assert field.get("type") == "datetime-local" and field.get("aria-describedby") == "id_workflow_go_live_at_helptext"
    response = post_form(
        editor, change_url(office), {"hours-0-closes": "15:45", "workflow_go_live_at": "2027-01-01T06:00"},
        page_html=page,
    )  # fmt: skip
    assert response.status_code == 302, form_errors(response)
    pending = PendingChange.objects.get(state=PendingState.PENDING)
    assert pending.proposed_go_live_at == PROPOSED and pending.author == staff["editor"]

    # the editor opens the item again: the form starts from the proposal, and a save without touching it keeps it
    again = editor.get(change_url(office)).content.decode()
    (field,) = lxml.html.fromstring(again).xpath("//input[@name='workflow_go_live_at']")
    assert field.get("value") == "2027-01-01T06:00"
    assert post_form(editor, change_url(office), {"hours-0-opens": "08:00"}, page_html=again).status_code == 302
    pending = PendingChange.objects.get(state=PendingState.PENDING)
    assert pending.proposed_go_live_at == PROPOSED

    publisher = client_for(Client, staff["publisher"])
    review = publisher.get(history_url(office))
    tree = lxml.html.fromstring(review.content.decode())
    (go_live,) = tree.xpath("//input[@name='go_live_at']")
    assert go_live.get("value") == "2027-01-01T06:00"
    assert tree.xpath("//p[contains(@class,'workflow-proposal')]")
    answer = publisher.post(
        f"/admin/services/office/{office.pk}/workflow/pending/{pending.pk}/publish/",
        {"go_live_at": go_live.get("value"), "comment": ""},
    )
    assert answer.status_code == 302
    pending.refresh_from_db()
    assert pending.state == PendingState.SCHEDULED and pending.go_live_at == PROPOSED


def test_a_passed_proposal_does_not_block_the_editors_next_save(staff):
    office = make_office()
    editor = client_for(Client, staff["editor"])
    soon = (NOW + datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    response = post_form(editor, change_url(office), {"hours-0-closes": "15:45", "workflow_go_live_at": soon})
    assert response.status_code == 302, form_errors(response)
    with time_machine.travel(NOW + datetime.timedelta(days=2), tick=False):  # nobody reviewed it in time
        page = editor.get(change_url(office)).content.decode()
        (field,) = lxml.html.fromstring(page).xpath("//input[@name='workflow_go_live_at']")
        assert not field.get("value")  # the passed time is not offered again
        response = post_form(editor, change_url(office), {"hours-0-opens": "08:30"}, page_html=page)
        assert response.status_code == 302, form_errors(response)
    pending = PendingChange.objects.get(state=PendingState.PENDING)
    assert pending.proposed_go_live_at is None


def test_the_publisher_may_change_the_proposed_time(staff):
    office = make_office()
    editor = client_for(Client, staff["editor"])
    post_form(editor, change_url(office), {"hours-0-closes": "15:45", "workflow_go_live_at": "2027-01-01T06:00"})
    pending = PendingChange.objects.get(state=PendingState.PENDING)
    publisher = client_for(Client, staff["publisher"])
    answer = publisher.post(
        f"/admin/services/office/{office.pk}/workflow/pending/{pending.pk}/publish/", {"go_live_at": "2027-02-01T07:30"}
    )
    assert answer.status_code == 302
    pending.refresh_from_db()
    assert pending.go_live_at == datetime.datetime(2027, 2, 1, 7, 30, tzinfo=BERLIN)
    assert pending.proposed_go_live_at == PROPOSED  # what the author proposed stays on record


def test_a_draft_submitted_with_a_proposal_carries_it(staff):
    topic = make_topic(slug="entwurf")
    Topic.objects.filter(pk=topic.pk).update(status="draft")
    editor = client_for(Client, staff["editor"])
    url = f"/admin/services/topic/{topic.pk}/change/"
    page = editor.get(url).content.decode()
    response = post_form(
        editor, url, {"_workflow_submit": "1", "workflow_go_live_at": "2027-01-04T08:00"}, page_html=page
    )
    assert response.status_code == 302, form_errors(response)
    pending = PendingChange.objects.get(state=PendingState.PENDING)
    assert pending.kind == "publication"
    assert pending.proposed_go_live_at == datetime.datetime(2027, 1, 4, 8, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(
    "value",
    [
        "9999-12-31T23:59",
        "morgen",
        "2027-13-45T25:61",
        "2026-12-19T09:00",
        "2026-12-20T10:00",
        "1-1-1",
        "0001-01-01T00:00",
    ],
)
def test_bad_proposals_are_a_message_at_the_field_and_nothing_waits(staff, value):
    office = make_office()
    editor = client_for(Client, staff["editor"])
    response = post_form(editor, change_url(office), {"hours-0-closes": "15:45", "workflow_go_live_at": value})
    assert response.status_code == 200  # the form again, with the editor's input
    errors = response.context["adminform"].form.errors
    assert list(errors) == ["workflow_go_live_at"]
    tree = lxml.html.fromstring(response.content.decode())
    assert tree.xpath("//div[contains(@class,'workflow-proposal')]//ul[contains(@class,'errorlist')]")
    assert tree.xpath("//input[@name='workflow_go_live_at']")[0].get("value") == value
    assert not PendingChange.objects.exists()


def test_a_passed_proposal_is_not_filled_in_and_the_page_says_so(staff):
    office = make_office()
    editor = client_for(Client, staff["editor"])
    post_form(editor, change_url(office), {"hours-0-closes": "15:45", "workflow_go_live_at": "2027-01-01T06:00"})
    publisher = client_for(Client, staff["publisher"])
    with time_machine.travel(PROPOSED + datetime.timedelta(hours=1), tick=False):
        tree = lxml.html.fromstring(publisher.get(history_url(office)).content.decode())
    assert tree.xpath("//input[@name='go_live_at']")[0].get("value") in (None, "")
    assert "passed" in tree.xpath("string(//p[contains(@class,'workflow-proposal')])")


def test_publishers_have_no_proposal_field(staff):
    office = make_office()
    page = client_for(Client, staff["publisher"]).get(change_url(office)).content.decode()
    assert not lxml.html.fromstring(page).xpath("//input[@name='workflow_go_live_at']")
