"""No lost updates: the second of two concurrent saves is refused, shows what changed, and keeps its input."""

import pytest
from django.test import Client
from lxml import html as lxml_html

from portal.workflow.models import PendingChange
from tests.funding.factories import berlin, make_call
from tests.workflow.conftest import client_for, form_data, form_errors

pytestmark = pytest.mark.django_db


@pytest.fixture
def call():
    return make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 2, 1), status="draft")


def change_url(call):
    return f"/admin/funding/fundingcall/{call.pk}/change/"


def test_lost_update_refused_with_changes_listed_and_input_kept(staff, call):
    first, second = client_for(Client, staff["publisher"]), client_for(Client, staff["editor"])
    first_data = form_data(first.get(change_url(call)).content.decode())
    second_data = form_data(second.get(change_url(call)).content.decode())
    assert first_data["workflow_token"][0] == second_data["workflow_token"][0] != ""

    first_data["title_de"] = ["Titel von der ersten Person"]
    assert first.post(change_url(call), first_data).status_code == 302

    second_data["summary_de"] = ["Meine Zusammenfassung, die nicht verloren gehen darf"]
    refused = second.post(change_url(call), second_data)
    html = refused.content.decode()
    assert refused.status_code == 200
    assert "Someone else changed this item while you were editing it" in html, form_errors(refused)
    assert "Titel von der ersten Person" in html and "publisher-user" in html  # what changed, and who
    page = lxml_html.fromstring(html)
    assert page.xpath("//input[@name='summary_de']/@value") == ["Meine Zusammenfassung, die nicht verloren gehen darf"]
    call.refresh_from_db()
    assert call.title_de == "Titel von der ersten Person"
    assert call.summary_de != "Meine Zusammenfassung, die nicht verloren gehen darf"

    # the refused form now carries the current token: a deliberate second save goes through
    resubmit = form_data(html)
    assert resubmit["workflow_token"] != second_data["workflow_token"]
    assert second.post(change_url(call), resubmit).status_code == 302
    call.refresh_from_db()
    assert call.summary_de == "Meine Zusammenfassung, die nicht verloren gehen darf"
    assert call.title_de == "Aufruf " + call.slug.split("-")[-1]  # a deliberate save keeps all of the input shown


def test_lost_update_refused_when_a_pending_change_appeared(staff, call):
    call.status = "published"
    call.save()
    editor_a, editor_b = client_for(Client, staff["editor"]), client_for(Client, staff["translator"])
    data_a = form_data(editor_a.get(change_url(call)).content.decode())
    data_b = form_data(editor_b.get(change_url(call)).content.decode())
    data_a["title_de"] = ["Vorschlag A"]
    assert editor_a.post(change_url(call), data_a).status_code == 302
    assert PendingChange.objects.count() == 1
    data_b["title_en"] = ["Proposal B"]
    refused = editor_b.post(change_url(call), data_b)
    assert refused.status_code == 200
    assert "A change waiting for review was made meanwhile" in refused.content.decode()
    assert "Vorschlag A" in refused.content.decode()
    assert PendingChange.objects.count() == 1


def test_form_without_token_is_saved_as_before(admin_client_logged_in, call):
    data = form_data(admin_client_logged_in.get(change_url(call)).content.decode())
    del data["workflow_token"]
    data["title_de"] = ["Ohne Token"]
    assert admin_client_logged_in.post(change_url(call), data).status_code == 302
    call.refresh_from_db()
    assert call.title_de == "Ohne Token"
