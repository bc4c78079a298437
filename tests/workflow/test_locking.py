"""Saves based on an older state are merged field by field with what was saved meanwhile, and say so."""

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from portal.workflow.models import PendingChange
from portal.workflow.pending import pending_snapshot
from tests.funding.factories import berlin, make_call
from tests.workflow.conftest import client_for, form_data, form_errors

pytestmark = pytest.mark.django_db


def change_url(call):
    return f"/admin/funding/fundingcall/{call.pk}/change/"


def test_save_on_an_older_state_merges_and_names_the_fields_taken_over(staff):
    call = make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 2, 1), status="draft")
    first, second = client_for(Client, staff["publisher"]), client_for(Client, staff["editor"])
    first_data = form_data(first.get(change_url(call)).content.decode())
    second_data = form_data(second.get(change_url(call)).content.decode())
    first_data["title_de"] = ["Titel von der ersten Person"]
    assert first.post(change_url(call), first_data).status_code == 302

    second_data["summary_de"] = ["Meine Zusammenfassung"]
    response = second.post(change_url(call), second_data, follow=True)
    assert response.status_code == 200, form_errors(response)
    call.refresh_from_db()
    assert (call.title_de, call.summary_de) == ("Titel von der ersten Person", "Meine Zusammenfassung")
    notes = [str(message) for message in response.context["messages"]]
    title_label = str(call._meta.get_field("title_de").verbose_name)
    with translation.override("en"):
        merged = gettext("Merged with changes saved meanwhile by someone else: %(fields)s.")
    assert any(note.startswith(merged.split("%")[0]) and title_label in note for note in notes), notes


def test_a_change_waiting_for_review_is_combined_with_a_translators_save(staff):
    call = make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 2, 1))
    editor, translator = client_for(Client, staff["editor"]), client_for(Client, staff["translator"])
    data_editor = form_data(editor.get(change_url(call)).content.decode())
    data_translator = form_data(translator.get(change_url(call)).content.decode())
    data_editor["title_de"] = ["Vorschlag A"]
    assert editor.post(change_url(call), data_editor).status_code == 302
    data_translator["title_en"] = ["Proposal B"]
    response = translator.post(change_url(call), data_translator)
    assert response.status_code == 302, form_errors(response)
    pending = PendingChange.objects.open().get()
    fields = pending_snapshot(pending)[("funding.fundingcall", str(call.pk))]
    assert (fields["title_de"], fields["title_en"]) == ("Vorschlag A", "Proposal B")
    assert pending.author == staff["translator"] and pending.previous.author == staff["editor"]
    call.refresh_from_db()
    assert call.title_de != "Vorschlag A" and call.title_en != "Proposal B"
