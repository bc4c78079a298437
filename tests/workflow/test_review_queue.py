"""New drafts reach review; the review queue opens on what waits, names items in German and filters by content
type only; publishing a translator's change records the translation's freshness."""

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext
from lxml import html as lxml_html

from funding.models import FundingCall, Programme
from portal.translation_workflow.models import TranslationRecord
from portal.workflow.models import PendingChange, PendingKind
from portal.workflow.roles import content_admins
from tests.funding.factories import berlin, english, make_call, make_programme
from tests.workflow.conftest import client_for, form_data, form_errors

pytestmark = pytest.mark.django_db

QUEUE = "/admin/workflow/pendingchange/"


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_editor_submits_a_new_draft_and_the_publisher_publishes_it_from_the_queue(staff):
    editor = client_for(Client, staff["editor"])
    page = editor.get("/admin/funding/programme/add/").content.decode()
    assert 'name="_workflow_submit"' in page
    data = form_data(page) | {
        "name_de": ["Neues Programm"],
        "name_en": ["New programme"],
        "slug": ["neues-programm"],
        "summary_de": ["Kurz."],
        "purpose_de": ["<p>Zweck.</p>"],
        "_workflow_submit": ["1"],
    }
    response = editor.post("/admin/funding/programme/add/", data, follow=True)
    assert response.status_code == 200, form_errors(response)
    programme = Programme.objects.get(slug="neues-programm")
    assert programme.status == "draft"
    with translation.override("en"):
        said = gettext("Draft – not public yet; submitted for review.")
    assert any(said in message for message in messages_of(response)), messages_of(response)
    request = PendingChange.objects.open().get()
    assert request.kind == PendingKind.PUBLICATION and request.object_repr == "Neues Programm"
    assert Client().get("/de/funding/programmes/neues-programm/").status_code == 404

    publisher = client_for(Client, staff["publisher"])
    queue = publisher.get(QUEUE, follow=True).content.decode()
    assert "Neues Programm" in queue and "New programme" not in queue  # the German title
    assert f"/admin/funding/programme/{programme.pk}/workflow/history/" in queue
    publisher.post(f"/admin/funding/programme/{programme.pk}/workflow/pending/{request.pk}/publish/")
    programme.refresh_from_db()
    assert programme.status == "published"
    assert Client().get("/de/funding/programmes/neues-programm/").status_code == 200


def test_an_editors_draft_save_says_it_is_not_public_and_can_be_submitted(staff):
    draft = make_programme(status="draft")
    editor = client_for(Client, staff["editor"])
    page = editor.get(f"/admin/funding/programme/{draft.pk}/change/").content.decode()
    response = editor.post(f"/admin/funding/programme/{draft.pk}/change/", form_data(page), follow=True)
    with translation.override("en"):
        said = gettext("Draft saved – not public yet. Submit it for review when it is ready.")
    assert any(said in message for message in messages_of(response)), messages_of(response)
    assert not PendingChange.objects.exists()
    data = form_data(editor.get(f"/admin/funding/programme/{draft.pk}/change/").content.decode())
    editor.post(f"/admin/funding/programme/{draft.pk}/change/", data | {"_workflow_submit": ["1"]})
    assert PendingChange.objects.open().get().kind == PendingKind.PUBLICATION


def test_queue_opens_on_what_waits_with_german_names_and_a_content_type_filter(staff):
    programme = make_programme(name_de="Programm auf Deutsch", name_en="Programme in English")
    editor = client_for(Client, staff["editor"])
    page = editor.get(f"/admin/funding/programme/{programme.pk}/change/").content.decode()
    editor.post(f"/admin/funding/programme/{programme.pk}/change/", form_data(page) | {"summary_de": ["Neu."]})
    decided = PendingChange.objects.create(
        content_type=PendingChange.objects.get().content_type,
        object_id=str(programme.pk),
        object_repr="Längst entschieden",
        serialized="[]",
        base_changed_at=programme.changed_at,
        state="discarded",
    )
    german = Client(HTTP_ACCEPT_LANGUAGE="de")
    german.force_login(staff["publisher"])
    response = german.get(QUEUE, follow=True)
    assert response.redirect_chain[-1][0].endswith("?state__exact=pending")
    html = response.content.decode()
    assert "Programm auf Deutsch" in html and decided.object_repr not in html
    with translation.override("de"):
        assert str(Programme._meta.verbose_name) in html
    tree = lxml_html.fromstring(html)
    type_links = tree.xpath("//a[contains(@href, 'type=')]/@href")
    assert len({link for link in type_links if "type=" in link}) == len(content_admins())
    everything = german.get(QUEUE + "?state__exact=discarded").content.decode()
    assert decided.object_repr in everything


def test_publishing_a_translators_change_records_the_translation(staff):
    call = make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 2, 1), **english("Call"))
    translator = client_for(Client, staff["translator"])
    url = f"/admin/funding/fundingcall/{call.pk}/change/"
    data = form_data(translator.get(url).content.decode()) | {"title_en": ["Call, better English"]}
    assert translator.post(url, data).status_code == 302
    TranslationRecord.objects.all().delete()  # whatever was recorded before: only the publication counts here
    pending = PendingChange.objects.open().get()
    publisher = client_for(Client, staff["publisher"])
    publisher.post(f"/admin/funding/fundingcall/{call.pk}/workflow/pending/{pending.pk}/publish/")
    assert FundingCall.objects.get(pk=call.pk).title_en == "Call, better English"
    record = TranslationRecord.objects.get(object_id=call.pk, language="en")
    assert record.recorded_by == staff["translator"]


def test_preview_of_a_malformed_pending_number_is_a_404(staff):
    call = make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 2, 1))
    editor = client_for(Client, staff["editor"])
    assert editor.get(f"/admin/funding/fundingcall/{call.pk}/workflow/preview/de/?pending=abc").status_code == 404
