"""Records after a restore, a minor change of inline rows, and old records of deleted rows; the language of an
inline row's fields. Each step is done by the role that does it (publisher, editor, translator)."""

import importlib
import re

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from lxml import etree
from reversion.models import Version

from funding.models import BuildingBlock, Programme
from portal.publication import Status
from portal.translation_workflow import freshness
from portal.translation_workflow.models import MinorChange, TranslationRecord
from portal.translation_workflow.xliff import XLIFF_NS, export_xliff, read_xliff
from portal.workflow.models import PendingChange
from tests.funding.factories import make_block, make_programme
from tests.translation_workflow.test_save_records import people as staff_people
from tests.translation_workflow.test_save_records import programme_url, save, state
from tests.workflow.conftest import client_for

pytestmark = pytest.mark.django_db
people = staff_people  # the roles of test_save_records


def versions_of(obj):
    return list(Version.objects.get_for_object(obj).order_by("revision__date_created", "pk"))


def restore(client, programme, version):
    response = client.post(f"{programme_url(programme)[:-7]}workflow/restore/{version.pk}/")
    assert response.status_code == 302


@pytest.fixture
def history(people):
    """v1 German "Alt", Turkish "Eski" (recorded against "Alt"); v2 German "Neu" (Turkish outdated); v3 Turkish
    "Yeni" (recorded against "Neu"); the same for the building block's title."""
    programme = make_programme(name_de="Alt", summary_tr="Kısa.", purpose_tr="<p>Amaç.</p>")
    block = make_block(programme, "A")  # "Baustein A"
    publisher = client_for(Client, people["publisher"])
    translator = client_for(Client, people["translator"])
    url = programme_url(programme)
    save(publisher, url, {"name_tr": "Eski", "building_blocks-0-title_tr": "Yapı eski"})
    save(publisher, url, {"name_de": "Neu", "building_blocks-0-title_de": "Baustein neu"})
    assert state(programme) == freshness.OUTDATED and state(block) == freshness.OUTDATED
    # A translator's save of a live programme waits for review; the language reviewer publishes it.
    save(translator, url, {"name_tr": "Yeni", "building_blocks-0-title_tr": "Yapı yeni"})
    pending = PendingChange.objects.open().get()
    client_for(Client, people["reviewer"]).post(f"{url[:-7]}workflow/pending/{pending.pk}/publish/")
    assert state(programme) == freshness.UP_TO_DATE and state(block) == freshness.UP_TO_DATE
    return programme, block, publisher


def test_restoring_a_version_with_an_outdated_translation_keeps_it_outdated(history):
    programme, block, publisher = history
    restore(publisher, programme, versions_of(programme)[1])  # "Neu" with "Eski"
    programme.refresh_from_db()
    assert (programme.name_de, programme.name_tr) == ("Neu", "Eski")
    assert BuildingBlock.objects.get(pk=block.pk).title_tr == "Yapı eski"
    assert state(programme) == freshness.OUTDATED
    assert state(block) == freshness.OUTDATED


def test_restoring_a_version_whose_translation_was_made_from_its_german_keeps_it_up_to_date(history):
    programme, block, publisher = history
    restore(publisher, programme, versions_of(programme)[0])  # "Alt" with "Eski"
    programme.refresh_from_db()
    assert (programme.name_de, programme.name_tr) == ("Alt", "Eski")
    assert state(programme) == freshness.UP_TO_DATE
    assert state(block) == freshness.UP_TO_DATE


def test_a_translation_restored_from_a_version_without_notes_is_outdated_until_confirmed(history, people):
    from portal.translation_workflow.models import RevisionSources

    programme, block, publisher = history
    RevisionSources.objects.all().delete()  # versions kept before the notes existed
    restore(publisher, programme, versions_of(programme)[0])
    assert state(programme) == freshness.OUTDATED and state(block) == freshness.OUTDATED
    translator = client_for(Client, people["translator"])
    response = translator.post(
        "/admin/funding/programme/",
        {"action": "confirm_translations", "_selected_action": [programme.pk], "apply": "1", "languages": ["tr"]},
    )
    assert response.status_code == 302
    assert state(programme) == freshness.UP_TO_DATE


def test_a_row_brought_back_by_a_restore_keeps_the_state_it_had(history):
    programme, block, publisher = history
    save(publisher, programme_url(programme), {"building_blocks-0-DELETE": "on"})
    assert not BuildingBlock.objects.filter(pk=block.pk).exists()
    restore(publisher, programme, versions_of(programme)[1])  # "Baustein neu" with "Yapı eski"
    assert BuildingBlock.objects.get(pk=block.pk).title_tr == "Yapı eski"
    assert state(block) == freshness.OUTDATED
    restore(publisher, programme, versions_of(programme)[0])  # "Baustein A" with "Yapı eski"
    assert state(block) == freshness.UP_TO_DATE


@pytest.fixture
def translated_block(people):
    programme = make_programme()
    block = make_block(programme, "A", title_tr="Yapı A")
    freshness.record_baseline()
    assert state(block) == freshness.UP_TO_DATE
    return programme, block


def test_publisher_marking_a_minor_change_covers_an_inline_rows_german(people, translated_block):
    programme, block = translated_block
    publisher = client_for(Client, people["publisher"])
    changes = {"building_blocks-0-title_de": "Baustein A.", "translation_minor_change": "on"}
    save(publisher, programme_url(programme), changes)
    assert BuildingBlock.objects.get(pk=block.pk).title_de == "Baustein A."
    assert state(block) == freshness.UP_TO_DATE
    assert MinorChange.objects.filter(content_type__model="buildingblock", object_id=block.pk).exists()
    save(publisher, programme_url(programme), {"building_blocks-0-title_de": "Räume"})  # not minor
    assert state(block) == freshness.OUTDATED


def test_an_editors_minor_change_of_a_row_is_kept_through_review(people, translated_block):
    programme, block = translated_block
    editor = client_for(Client, people["editor"])
    changes = {"building_blocks-0-title_de": "Baustein A.", "translation_minor_change": "on"}
    save(editor, programme_url(programme), changes)
    assert BuildingBlock.objects.get(pk=block.pk).title_de == "Baustein A"  # waits for review
    pending = PendingChange.objects.open().get()
    client_for(Client, people["publisher"]).post(
        f"{programme_url(programme)[:-7]}workflow/pending/{pending.pk}/publish/"
    )
    assert BuildingBlock.objects.get(pk=block.pk).title_de == "Baustein A."
    assert state(block) == freshness.UP_TO_DATE


def test_an_editors_german_change_of_a_live_row_makes_its_translation_outdated_when_published(people, translated_block):
    programme, block = translated_block
    save(client_for(Client, people["editor"]), programme_url(programme), {"building_blocks-0-title_de": "Räume"})
    pending = PendingChange.objects.open().get()
    client_for(Client, people["publisher"]).post(
        f"{programme_url(programme)[:-7]}workflow/pending/{pending.pk}/publish/"
    )
    assert BuildingBlock.objects.get(pk=block.pk).title_de == "Räume"
    assert state(block) == freshness.OUTDATED  # the Turkish was made from "Baustein A"


def test_a_row_changed_without_the_box_still_makes_its_translation_outdated(people, translated_block):
    programme, block = translated_block
    save(client_for(Client, people["publisher"]), programme_url(programme), {"building_blocks-0-title_de": "Räume"})
    assert state(block) == freshness.OUTDATED
    assert not MinorChange.objects.exists()


def test_migration_deletes_the_records_of_rows_that_no_longer_exist(people):
    migration = importlib.import_module("portal.translation_workflow.migrations.0007_delete_orphan_records")
    programme = make_programme(status=Status.DRAFT)
    block = make_block(programme, "A", title_tr="Yapı A")
    freshness.record_translation(block, "tr")
    blocks = ContentType.objects.get_for_model(BuildingBlock)
    gone = block.pk + 1000  # a row deleted before its records went with it
    for language in ("de", "tr"):
        TranslationRecord.objects.create(content_type=blocks, object_id=gone, language=language, source_fingerprint="x")
    migration.delete_orphan_records(apps, None)
    assert not TranslationRecord.objects.filter(content_type=blocks, object_id=gone).exists()
    assert TranslationRecord.objects.filter(content_type=blocks, object_id=block.pk, language="tr").exists()
    assert Programme.objects.filter(pk=programme.pk).exists()


def test_a_row_with_a_reused_number_does_not_inherit_old_records(people):
    """What the old records would do: a new row with the deleted one's number would show up to date."""
    migration = importlib.import_module("portal.translation_workflow.migrations.0007_delete_orphan_records")
    programme = make_programme(status=Status.DRAFT)
    blocks = ContentType.objects.get_for_model(BuildingBlock)
    number = (BuildingBlock.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
    block = BuildingBlock(programme=programme, code="B", title_de="Begegnung", title_tr="Buluşma")
    TranslationRecord.objects.create(
        content_type=blocks, object_id=number, language="tr", source_fingerprint=freshness.german_fingerprint(block)
    )
    migration.delete_orphan_records(apps, None)
    block.pk = number
    block.save()
    assert state(block) == freshness.OUTDATED  # nobody recorded the new row's translation


def test_editor_sees_lang_and_dir_on_inline_rows_arabic_fields(people):
    programme = make_programme()
    make_block(programme, "A")
    html = client_for(Client, people["editor"]).get(programme_url(programme)).content.decode()
    field = re.search(r'<(?:input|textarea)[^>]*name="building_blocks-0-title_ar"[^>]*>', html).group(0)
    assert 'lang="ar"' in field and 'dir="rtl"' in field
    persian = re.search(r'<(?:input|textarea)[^>]*name="building_blocks-0-description_fa"[^>]*>', html).group(0)
    assert 'lang="fa"' in persian and 'dir="rtl"' in persian
    german = re.search(r'<(?:input|textarea)[^>]*name="building_blocks-0-title_de"[^>]*>', html).group(0)
    assert 'lang="de"' in german and 'dir="ltr"' in german


def filled_file(programme, blocks):
    """The programme's building blocks exported into Turkish, each with a translated title."""
    document, _count = export_xliff("tr", items=blocks)
    root = etree.fromstring(document)
    for block in blocks:
        unit = root.find(f".//x:trans-unit[@id='funding.buildingblock:{block.pk}:title']", {"x": XLIFF_NS})
        unit.find(f"{{{XLIFF_NS}}}target").text = f"Yapı taşı {block.code}"
    return etree.tostring(root, encoding="UTF-8")


def test_reading_an_xliff_file_takes_as_many_queries_for_many_rows_as_for_few(people):
    """The preview (and the import, which reads the file again) looks up each item and its waiting change once."""
    sizes = {}
    for count in (2, 8):
        programme = make_programme()  # live, with a change waiting for review
        blocks = [make_block(programme, chr(ord("A") + number)) for number in range(count)]
        save(client_for(Client, people["editor"]), programme_url(programme), {"summary_de": "Geändert."})
        data = filled_file(programme, blocks)
        read_xliff(data, language="tr", user=people["translator"])  # content types and permissions are cached
        with CaptureQueriesContext(connection) as queries:
            result = read_xliff(data, language="tr", user=people["translator"])
        assert not result.problems and len(result.changes) == count
        assert all(change.goes_to_review for change in result.changes)
        sizes[count] = len(queries)
    assert sizes[8] == sizes[2], sizes
