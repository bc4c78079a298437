"""Every save that writes a translation records it: the main form, an inline row, a plain admin, a change going
live and an XLIFF import. The coverage page then shows what a translator just wrote as up to date, and a German
edit still marks the other languages outdated. Each save is made by the role that makes it."""

import datetime
import re
import zoneinfo

import pytest
import time_machine
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from lxml import etree
from reversion.models import Version

from funding.models import BuildingBlock, CallDocument, Programme
from portal.admin_base import ContentAdmin
from portal.admin_translated import TranslatedAdmin
from portal.consent.models import Embed, Provider
from portal.consent.providers import ensure_providers
from portal.models import EditorialPage, SiteNotice
from portal.publication import Status
from portal.translated_fields import translatable_fields
from portal.translation_workflow import freshness
from portal.translation_workflow.models import Origin, TranslationRecord
from portal.translation_workflow.xliff import XLIFF_NS, export_xliff
from portal.workflow import scheduled
from portal.workflow.models import PendingChange, PendingState
from services.models import Closure
from tests.funding.factories import make_block, make_call, make_programme
from tests.portal.factories import site_notice as make_notice
from tests.services.factories import make_office, make_pdf
from tests.workflow.conftest import client_for, form_data, form_errors, make_staff

pytestmark = pytest.mark.django_db

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
COVERAGE = "/admin/translations/translationrecord/coverage/"
IMPORT_URL = "/admin/translations/translationrecord/xliff-import/"


@pytest.fixture
def people(django_user_model):
    return {
        "editor": make_staff(django_user_model, "editor"),
        "publisher": make_staff(django_user_model, "publisher"),
        "translator": make_staff(django_user_model, "translator", languages=["tr"]),
        "reviewer": make_staff(django_user_model, "translator", languages=["tr"], reviews=["tr"], username="tr-rev"),
    }


def save(client, url, changes, *, expect=302):
    data = form_data(client.get(url).content.decode())
    for name, value in changes.items():
        data[name] = [value]
    response = client.post(url, data)
    assert response.status_code == expect, form_errors(response) or response.content.decode()[:2000]
    return response


def state(obj, language="tr"):
    return freshness.translation_state(type(obj)._default_manager.get(pk=obj.pk), language)


def coverage_cell(client, label, language="tr"):
    """(up to date, outdated, missing) of ``label`` in ``language`` as the coverage page shows them."""
    html = client.get(COVERAGE).content.decode()
    row = re.search(rf'<tr data-model="{re.escape(label)}">(.*?)</tr>', html, re.S).group(1)
    cell = re.search(rf'<td data-language="{language}">(.*?)</td>', row, re.S).group(1)
    return tuple(int(n) for n in re.findall(r">(\d+)<", cell))


def programme_url(programme):
    return f"/admin/funding/programme/{programme.pk}/change/"


def test_translator_saving_a_building_block_row_records_it(people):
    programme = make_programme(status=Status.DRAFT)
    block = make_block(programme, "A")
    translator = client_for(Client, people["translator"])
    assert state(block) == freshness.MISSING
    save(translator, programme_url(programme), {"building_blocks-0-title_tr": "Yapı taşı A"})
    assert BuildingBlock.objects.get(pk=block.pk).title_tr == "Yapı taşı A"
    assert state(block) == freshness.UP_TO_DATE
    record = TranslationRecord.objects.get(object_id=block.pk, language="tr", content_type__model="buildingblock")
    assert record.recorded_by == people["translator"] and record.origin == Origin.PERSON
    assert coverage_cell(translator, "funding.buildingblock") == (1, 0, 0)


def test_editor_changing_a_rows_german_text_marks_its_translation_outdated(people):
    programme = make_programme(status=Status.DRAFT)
    block = make_block(programme, "A")
    save(client_for(Client, people["translator"]), programme_url(programme), {"building_blocks-0-title_tr": "A"})
    assert state(block) == freshness.UP_TO_DATE
    editor = client_for(Client, people["editor"])
    save(editor, programme_url(programme), {"building_blocks-0-title_de": "Räume und Ausstattung"})
    assert state(block) == freshness.OUTDATED
    assert coverage_cell(client_for(Client, people["translator"]), "funding.buildingblock") == (0, 1, 0)


def test_a_rows_translation_in_review_is_recorded_when_a_language_reviewer_publishes_it(people):
    programme = make_programme()  # live: the translator's save waits for review
    block = make_block(programme, "A")
    save(client_for(Client, people["translator"]), programme_url(programme), {"building_blocks-0-title_tr": "A"})
    assert BuildingBlock.objects.get(pk=block.pk).title_tr in (None, "")
    pending = PendingChange.objects.open().get()
    reviewer = client_for(Client, people["reviewer"])
    reviewer.post(f"{programme_url(programme)[:-7]}workflow/pending/{pending.pk}/publish/")
    assert BuildingBlock.objects.get(pk=block.pk).title_tr == "A"
    assert state(block) == freshness.UP_TO_DATE
    record = TranslationRecord.objects.get(object_id=block.pk, language="tr", content_type__model="buildingblock")
    assert record.recorded_by == people["translator"]
    assert coverage_cell(reviewer, "funding.buildingblock") == (1, 0, 0)


def test_a_row_added_by_an_editor_and_published_records_its_translations(people):
    programme = make_programme()
    changes = {
        "building_blocks-TOTAL_FORMS": "1",
        "building_blocks-0-code": "B",
        "building_blocks-0-title_de": "Begegnung und Orientierung",
        "building_blocks-0-title_tr": "Buluşma ve yönlendirme",
    }
    save(client_for(Client, people["editor"]), programme_url(programme), changes)
    assert not BuildingBlock.objects.exists()
    pending = PendingChange.objects.open().get()
    client_for(Client, people["publisher"]).post(
        f"{programme_url(programme)[:-7]}workflow/pending/{pending.pk}/publish/"
    )
    block = BuildingBlock.objects.get(programme=programme)
    assert state(block) == freshness.UP_TO_DATE
    assert state(block, "en") == freshness.MISSING
    record = TranslationRecord.objects.get(object_id=block.pk, language="tr", content_type__model="buildingblock")
    assert record.recorded_by == people["editor"]


def test_publisher_saving_a_site_notice_in_its_plain_admin_records_it(people):
    """Site notices are the publishers' (translators do not reach them); the translator reads the coverage."""
    notice = make_notice(text_de="Am 24. Dezember geschlossen.")
    publisher, translator = client_for(Client, people["publisher"]), client_for(Client, people["translator"])
    url = f"/admin/portal/sitenotice/{notice.pk}/change/"
    save(publisher, url, {"text_tr": "24 Aralık'ta kapalı."})
    assert state(notice) == freshness.UP_TO_DATE
    assert coverage_cell(translator, "portal.sitenotice") == (1, 0, 0)
    save(publisher, url, {"text_de": "Am 24. und 31. Dezember geschlossen."})
    assert state(notice) == freshness.OUTDATED
    assert coverage_cell(translator, "portal.sitenotice") == (0, 1, 0)


def test_a_new_site_notice_with_translations_is_recorded(people):
    publisher = client_for(Client, people["publisher"])
    data = form_data(publisher.get("/admin/portal/sitenotice/add/").content.decode())
    data |= {"text_de": ["Heute geschlossen."], "text_tr": ["Bugün kapalı."], "starts_at_0": ["2026-12-01"]}
    data |= {"starts_at_1": ["08:00:00"]}
    response = publisher.post("/admin/portal/sitenotice/add/", data)
    assert response.status_code == 302, form_errors(response)
    notice = SiteNotice.objects.get()
    assert state(notice) == freshness.UP_TO_DATE
    assert state(notice, "en") == freshness.MISSING


def test_translator_saving_an_office_closure_row_shows_it_translated(people):
    office = make_office()
    office.status = Status.DRAFT
    office.save()
    Closure.objects.create(office=office, first_day="2027-12-24", last_day="2027-12-24", reason_de="Heiligabend")
    translator = client_for(Client, people["translator"])
    url = f"/admin/services/office/{office.pk}/change/"
    name = next(key for key in form_data(translator.get(url).content.decode()) if key.endswith("-0-reason_tr"))
    save(translator, url, {name: "Noel arifesi"})
    closure = Closure.objects.get(office=office)
    assert closure.reason_tr == "Noel arifesi"
    assert state(closure) == freshness.UP_TO_DATE
    assert coverage_cell(translator, "services.closure") == (1, 0, 0)


def test_xliff_import_of_a_row_through_the_admin_is_recorded_through_the_same_path(people):
    programme = make_programme(status=Status.DRAFT)
    block = make_block(programme, "A")
    document, _count = export_xliff("tr", items=[block])
    root = etree.fromstring(document)
    unit = root.find(f".//x:trans-unit[@id='funding.buildingblock:{block.pk}:title']", {"x": XLIFF_NS})
    unit.find(f"{{{XLIFF_NS}}}target").text = "Yapı taşı A"
    upload = SimpleUploadedFile("tr.xlf", etree.tostring(root, encoding="UTF-8"), "application/x-xliff+xml")
    translator = client_for(Client, people["translator"])
    preview = translator.post(IMPORT_URL, {"language": "tr", "file": upload, "origin": Origin.MACHINE})
    assert preview.status_code == 200 and not preview.context["result"].problems
    done = translator.post(IMPORT_URL, {"upload": preview.context["upload"].pk})
    assert done.status_code == 200 and done.context["result"].updated
    assert BuildingBlock.objects.get(pk=block.pk).title_tr == "Yapı taşı A"
    assert state(block) == freshness.UP_TO_DATE
    record = TranslationRecord.objects.get(object_id=block.pk, language="tr", content_type__model="buildingblock")
    assert record.origin == Origin.MACHINE and record.recorded_by == people["translator"]
    assert coverage_cell(translator, "funding.buildingblock") == (1, 0, 0)


def test_translator_saving_a_draft_items_own_fields_records_them(people):
    programme = make_programme(status=Status.DRAFT)
    translator = client_for(Client, people["translator"])
    changes = {"name_tr": "Program", "summary_tr": "Kısaca.", "purpose_tr": "<p>Amaç.</p>"}
    save(translator, programme_url(programme), changes)
    assert state(programme) == freshness.UP_TO_DATE
    assert state(programme, "en") == freshness.MISSING


def test_translator_saving_an_embed_title_on_a_page_records_it(people):
    ensure_providers()
    page = EditorialPage.objects.create(slug="mit-video", title_de="Mit Video", summary_de="Kurz", status="draft")
    embed = Embed.objects.create(
        content_object=page, provider=Provider.objects.get(key="youtube"), resource_id="dQw4w9WgXcQ", title_de="Film"
    )
    translator = client_for(Client, people["translator"])
    url = f"/admin/portal/editorialpage/{page.pk}/change/"
    name = next(key for key in form_data(translator.get(url).content.decode()) if key.endswith("-0-title_tr"))
    save(translator, url, {name: "Film [tr]"})
    assert Embed.objects.get(pk=embed.pk).title_tr == "Film [tr]"
    assert state(embed) == freshness.UP_TO_DATE
    assert coverage_cell(translator, "consent.embed") == (1, 0, 0)


def test_a_rows_translation_scheduled_by_the_publisher_is_recorded_when_it_goes_live(people):
    decided = datetime.datetime(2026, 12, 20, 10, 0, tzinfo=BERLIN)
    go_live = datetime.datetime(2027, 1, 1, 6, 0, tzinfo=BERLIN)
    with time_machine.travel(decided, tick=False):
        programme = make_programme()
        block = make_block(programme, "A")
        save(client_for(Client, people["translator"]), programme_url(programme), {"building_blocks-0-title_tr": "A"})
        pending = PendingChange.objects.open().get()
        decide = f"{programme_url(programme)[:-7]}workflow/pending/{pending.pk}/publish/"
        client_for(Client, people["publisher"]).post(decide, {"go_live_at": "2027-01-01T06:00"})
        assert PendingChange.objects.get(pk=pending.pk).state == PendingState.SCHEDULED
    with time_machine.travel(go_live, tick=False):
        scheduled.apply_due_changes(now=go_live)
    assert BuildingBlock.objects.get(pk=block.pk).title_tr == "A"
    assert state(block) == freshness.UP_TO_DATE


def test_every_admin_of_translated_content_records_what_it_saves():
    """A content admin (review workflow) or a TranslatedAdmin: no admin of a workflow model, or with inline rows
    of one, saves without recording (a plain TranslationAdmin would leave fresh translations "outdated")."""
    for model, model_admin in admin.site._registry.items():
        models = [model, *(inline.model for inline in model_admin.inlines)]
        if any(freshness.has_workflow(candidate) for candidate in models) or translatable_fields(model):
            assert isinstance(model_admin, ContentAdmin | TranslatedAdmin), model_admin


def import_through_admin(client, items, targets, *, origin=Origin.PERSON):
    """Export ``items`` into Turkish, fill in ``targets`` ({unit id: text}) and import the file through the
    admin's preview and confirm as ``client``; returns the import's result."""
    document, _count = export_xliff("tr", items=items)
    root = etree.fromstring(document)
    for unit_id, text in targets.items():
        unit = root.find(f".//x:trans-unit[@id='{unit_id}']", {"x": XLIFF_NS})
        unit.find(f"{{{XLIFF_NS}}}target").text = text
    upload = SimpleUploadedFile("tr.xlf", etree.tostring(root, encoding="UTF-8"), "application/x-xliff+xml")
    preview = client.post(IMPORT_URL, {"language": "tr", "file": upload, "origin": origin})
    assert preview.status_code == 200 and not preview.context["result"].problems, preview.context["result"].problems
    done = client.post(IMPORT_URL, {"upload": preview.context["upload"].pk})
    assert done.status_code == 200
    return preview.context["result"], done.context["result"]


def test_xliff_import_of_a_live_programmes_row_waits_for_review_with_the_programme(people):
    programme = make_programme()  # live
    block = make_block(programme, "A")
    translator = client_for(Client, people["translator"])
    item = f"funding.programme:{programme.pk}"
    targets = {f"{item}:name": "Program", f"{item}:summary": "Kısa.", f"{item}:purpose": "<p>Amaç.</p>"}
    targets[f"funding.buildingblock:{block.pk}:title"] = "Yapı A"
    preview, result = import_through_admin(translator, [programme, block], targets, origin=Origin.MACHINE)
    assert all(change.goes_to_review for change in preview.changes)
    assert not result.updated and result.pending
    assert BuildingBlock.objects.get(pk=block.pk).title_tr in (None, "")  # nothing live before the decision
    assert state(block) == freshness.MISSING
    pending = PendingChange.objects.open().get()
    assert pending.object_id == str(programme.pk) and pending.content_type.model == "programme"
    reviewer = client_for(Client, people["reviewer"])
    reviewer.post(f"{programme_url(programme)[:-7]}workflow/pending/{pending.pk}/publish/")
    assert PendingChange.objects.get(pk=pending.pk).state == PendingState.PUBLISHED
    assert BuildingBlock.objects.get(pk=block.pk).title_tr == "Yapı A"
    assert state(block) == freshness.UP_TO_DATE
    for obj in (programme, block):  # each keeps what the upload said, the row as the item
        record = TranslationRecord.objects.get(
            object_id=obj.pk, language="tr", content_type__model=obj._meta.model_name
        )
        assert record.origin == Origin.MACHINE and record.recorded_by == people["translator"]


def test_xliff_import_of_a_live_pages_embed_waits_for_review_and_is_discarded_with_it(people):
    ensure_providers()
    page = EditorialPage.objects.create(slug="film", title_de="Film", summary_de="Kurz", status="published")
    embed = Embed.objects.create(
        content_object=page, provider=Provider.objects.get(key="youtube"), resource_id="dQw4w9WgXcQ", title_de="Film"
    )
    translator = client_for(Client, people["translator"])
    _preview, result = import_through_admin(translator, [embed], {f"consent.embed:{embed.pk}:title": "Film [tr]"})
    assert not result.updated
    assert Embed.objects.get(pk=embed.pk).title_tr in (None, "")
    pending = PendingChange.objects.open().get()
    assert pending.content_type.model == "editorialpage"
    client_for(Client, people["publisher"]).post(
        f"/admin/portal/editorialpage/{page.pk}/workflow/pending/{pending.pk}/discard/"
    )
    assert Embed.objects.get(pk=embed.pk).title_tr in (None, "")
    assert state(embed) == freshness.MISSING


def test_xliff_import_of_a_draft_calls_document_is_saved_at_once(people):
    programme = make_programme()
    call = make_call(
        programme=programme,
        opens_at=datetime.datetime(2027, 1, 1, 8, 0, tzinfo=BERLIN),
        deadline=datetime.datetime(2027, 1, 31, 23, 59, tzinfo=BERLIN),
        status="draft",
    )
    document = CallDocument.objects.create(call=call, title_de="Antrag", file=SimpleUploadedFile("a.pdf", make_pdf()))
    translator = client_for(Client, people["translator"])
    _preview, result = import_through_admin(
        translator, [document], {f"funding.calldocument:{document.pk}:title": "Başvuru"}
    )
    assert result.updated and not result.pending
    assert CallDocument.objects.get(pk=document.pk).title_tr == "Başvuru"
    assert state(document) == freshness.UP_TO_DATE


def test_restoring_an_old_version_records_the_translations_it_brings_back(people):
    programme = make_programme(name_de="Alt", name_tr="Eski", summary_tr="Kısa.", purpose_tr="<p>Amaç.</p>")
    make_block(programme, "A")
    publisher = client_for(Client, people["publisher"])
    url = programme_url(programme)
    # The first version, its Turkish recorded against "Alt" (a translation never recorded would come back outdated)
    save(publisher, url, {"summary_tr": "Kısaca.", "building_blocks-0-title_tr": "Yapı eski"})
    save(publisher, url, {"name_de": "Neu", "building_blocks-0-title_de": "Baustein neu"})
    save(publisher, url, {"name_tr": "Yeni", "building_blocks-0-title_tr": "Yapı yeni"})
    block = BuildingBlock.objects.get(programme=programme)
    assert state(programme) == freshness.UP_TO_DATE and state(block) == freshness.UP_TO_DATE
    first = Version.objects.get_for_object(programme).order_by("revision__date_created", "pk").first()
    response = publisher.post(f"{url[:-7]}workflow/restore/{first.pk}/")
    assert response.status_code == 302
    programme.refresh_from_db()
    assert (programme.name_de, programme.name_tr) == ("Alt", "Eski")
    assert BuildingBlock.objects.get(pk=block.pk).title_tr == "Yapı eski"
    assert state(programme) == freshness.UP_TO_DATE  # the old Turkish text was made from the old German one
    assert state(block) == freshness.UP_TO_DATE


def test_publishing_from_the_list_keeps_translations_current_after_a_minor_german_change(people):
    programme = make_programme(status=Status.DRAFT)
    translator = client_for(Client, people["translator"])
    save(translator, programme_url(programme), {"name_tr": "Program", "summary_tr": "Kısa.", "purpose_tr": "<p>A.</p>"})
    publisher, editor = client_for(Client, people["publisher"]), client_for(Client, people["editor"])
    publish = {"action": "publish_selected", "_selected_action": [programme.pk]}
    publisher.post("/admin/funding/programme/", publish)
    publisher.post("/admin/funding/programme/", {"action": "archive_selected", "_selected_action": [programme.pk]})
    assert Programme.objects.get(pk=programme.pk).status == Status.ARCHIVED
    save(editor, programme_url(programme), {"name_de": "Programm 1.", "translation_minor_change": "on"})  # a typo
    publisher.post("/admin/funding/programme/", publish)
    assert Programme.objects.get(pk=programme.pk).status == Status.PUBLISHED
    assert state(programme) == freshness.UP_TO_DATE


def test_deleting_a_row_deletes_its_translation_records(people):
    programme = make_programme(status=Status.DRAFT)
    block = make_block(programme, "A")
    save(client_for(Client, people["translator"]), programme_url(programme), {"building_blocks-0-title_tr": "A"})
    records = TranslationRecord.objects.filter(content_type__model="buildingblock", object_id=block.pk)
    assert records.exists()
    save(client_for(Client, people["editor"]), programme_url(programme), {"building_blocks-0-DELETE": "on"})
    assert not BuildingBlock.objects.filter(pk=block.pk).exists()
    assert not records.exists()
