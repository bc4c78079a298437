"""An XLIFF upload's "made by a person / a machine" and "reviewed" reach the translation record when the change
it made waits for review and is then published (at once or at its scheduled time), as long as the live text is
still the imported one. Uploaded as the translator role account, published as the publisher."""

import datetime
import zoneinfo

import pytest
import time_machine
from django.test import Client
from lxml import etree
from lxml import html as lxml_html

from portal.translation_workflow.models import ImportedTranslation, Origin, TranslationRecord
from portal.translation_workflow.xliff import export_xliff
from portal.workflow import scheduled
from portal.workflow.models import PendingChange, PendingState
from tests.translation_workflow.test_xliff_review import IMPORT_URL, NS, _file, turkish_call, unit
from tests.workflow.conftest import client_for, form_errors, post_form

pytestmark = pytest.mark.django_db
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def record(call, language="tr"):
    return TranslationRecord.objects.get(object_id=call.pk, language=language, content_type__model="fundingcall")


def upload(translator, call, title, **choice):
    """The translator uploads a Turkish file with a new title for ``call`` (with the upload form's choice of
    ``origin`` and ``reviewed``), checks the preview and imports it: one change waiting for review."""
    document, _count = export_xliff("tr", items=[call])
    root = etree.fromstring(document)
    unit(root, call, "title").find("x:target", NS).text = title
    preview = translator.post(
        IMPORT_URL, {"language": "tr", "file": _file(etree.tostring(root, encoding="UTF-8")), **choice}
    )
    assert preview.status_code == 200
    chosen = lxml_html.fromstring(preview.content).xpath("//input[@name='upload']/@value")[0]
    assert translator.post(IMPORT_URL, {"upload": chosen}).status_code == 200
    return PendingChange.objects.get(state=PendingState.PENDING, object_id=str(call.pk))


def publish(publisher, call, pending, **data):
    url = f"/admin/funding/fundingcall/{call.pk}/workflow/pending/{pending.pk}/publish/"
    assert publisher.post(url, data).status_code == 302


def test_a_machine_translation_reviewed_is_recorded_so_when_published(staff):
    call = turkish_call(1)
    assert record(call).origin == Origin.PERSON
    translator, publisher = client_for(Client, staff["translator"]), client_for(Client, staff["publisher"])
    pending = upload(translator, call, "Makine çevirisi", origin="machine", reviewed="on")
    assert record(call).origin == Origin.PERSON  # nothing live yet
    publish(publisher, call, pending)
    call.refresh_from_db()
    assert call.title_tr == "Makine çevirisi"
    live = record(call)
    assert (live.origin, live.reviewed, live.recorded_by) == (Origin.MACHINE, True, staff["translator"])
    assert TranslationRecord.objects.filter(language="tr").count() == 1


def test_a_person_not_reviewed_replaces_an_earlier_reviewed_machine_record(staff):
    call = turkish_call(1)
    TranslationRecord.objects.filter(pk=record(call).pk).update(origin=Origin.MACHINE, reviewed=True)
    translator, publisher = client_for(Client, staff["translator"]), client_for(Client, staff["publisher"])
    pending = upload(translator, call, "Bir kişinin çevirisi", origin="person")
    publish(publisher, call, pending)
    assert (record(call).origin, record(call).reviewed) == (Origin.PERSON, False)


def test_a_machine_translation_edited_in_review_is_recorded_as_made_by_a_person(staff):
    call = turkish_call(1)
    translator, publisher = client_for(Client, staff["translator"]), client_for(Client, staff["publisher"])
    upload(translator, call, "Makine çevirisi", origin="machine", reviewed="on")
    response = post_form(translator, f"/admin/funding/fundingcall/{call.pk}/change/", {"title_tr": "Düzeltildi"})
    assert response.status_code == 302, form_errors(response)
    continued = PendingChange.objects.get(state=PendingState.PENDING)
    assert ImportedTranslation.objects.filter(pending=continued.previous).exists()
    publish(publisher, call, continued)
    call.refresh_from_db()
    assert call.title_tr == "Düzeltildi"
    assert (record(call).origin, record(call).reviewed) == (Origin.PERSON, False)


def test_a_scheduled_machine_translation_is_recorded_so_when_it_goes_live(staff):
    decided = datetime.datetime(2026, 12, 20, 10, 0, tzinfo=BERLIN)
    go_live = datetime.datetime(2027, 1, 1, 6, 0, tzinfo=BERLIN)
    scheduled.forget_next_due()
    with time_machine.travel(decided, tick=False):
        call = turkish_call(1)
        translator, publisher = client_for(Client, staff["translator"]), client_for(Client, staff["publisher"])
        pending = upload(translator, call, "Zamanlı makine çevirisi", origin="machine")
        publish(publisher, call, pending, go_live_at="2027-01-01T06:00")
        assert record(call).origin == Origin.PERSON
    with time_machine.travel(go_live, tick=False):
        assert scheduled.apply_due_changes() == [pending]
    call.refresh_from_db()
    assert call.title_tr == "Zamanlı makine çevirisi"
    assert (record(call).origin, record(call).reviewed) == (Origin.MACHINE, False)
    scheduled.forget_next_due()
