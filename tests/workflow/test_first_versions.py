"""Every item has a first version: after load_demo_content every public item can be restored to its demo state
after an edit; the management command records first versions of content brought in from elsewhere."""

import io

import pytest
import reversion
from django.core.management import call_command
from django.test import Client
from reversion.models import Version

from funding.models import Programme
from portal.workflow.diff import diff_snapshots
from portal.workflow.merge import fingerprint
from portal.workflow.pending import followed_objects, live_snapshot, restore_version
from portal.workflow.roles import content_admins
from tests.funding.factories import make_block, make_programme
from tests.workflow.conftest import client_for, form_data

pytestmark = pytest.mark.django_db


def edit(obj):
    """Change the item and its rows the way no demo state has them (no version kept)."""
    for row in followed_objects(obj):
        row.delete()
    type(obj)._default_manager.filter(pk=obj.pk).update(status="archived")


def test_every_public_demo_item_can_be_restored_to_its_demo_state_after_an_edit(demo_site, staff):
    items = [obj for model in content_admins() for obj in model._default_manager.published()]
    demo = {(type(obj), obj.pk): live_snapshot(obj) for obj in items}  # before any edit (rows are shared)
    checked = 0
    for obj in items:
        first = Version.objects.get_for_object(obj).order_by("revision__date_created", "pk").first()
        assert first is not None, f"{obj._meta.label} {obj.pk} has no first version"
        edit(obj)
        assert fingerprint(live_snapshot(obj)) != fingerprint(demo[type(obj), obj.pk])
        restore_version(first, user=staff["publisher"])
        restored = live_snapshot(obj)
        assert fingerprint(restored) == fingerprint(demo[type(obj), obj.pk]), (
            obj._meta.label,
            [c.label for e in diff_snapshots(demo[type(obj), obj.pk], restored) for c in e["changes"]],
        )
        checked += 1
    assert checked >= len(content_admins())
    call_command("load_demo_content", stdout=io.StringIO())  # a second run adds no first versions
    assert not any(
        Version.objects.get_for_object(obj).count() > 2 for model in content_admins() for obj in model.objects.all()
    )


def test_publisher_restores_the_first_version_through_the_admin_after_an_admin_edit(staff):
    programme = make_programme(name_de="Wie eingespielt")
    make_block(programme, "A")
    call_command("record_first_versions", stdout=io.StringIO())
    publisher = client_for(Client, staff["publisher"])
    url = f"/admin/funding/programme/{programme.pk}/change/"
    data = form_data(publisher.get(url).content.decode()) | {
        "name_de": ["Geändert"],
        "building_blocks-0-DELETE": ["on"],
    }
    assert publisher.post(url, data).status_code == 302
    first = Version.objects.get_for_object(programme).order_by("revision__date_created", "pk").first()
    publisher.post(f"/admin/funding/programme/{programme.pk}/workflow/restore/{first.pk}/")
    programme = Programme.objects.get(pk=programme.pk)
    assert programme.name_de == "Wie eingespielt"
    assert list(programme.building_blocks.values_list("code", flat=True)) == ["A"]


def test_command_records_only_what_has_no_version():
    kept = make_programme()
    with reversion.create_revision():
        reversion.add_to_revision(kept)
    brought_in = make_programme()
    out = io.StringIO()
    call_command("record_first_versions", stdout=out)
    assert Version.objects.get_for_object(kept).count() == 1
    assert Version.objects.get_for_object(brought_in).count() == 1
    again = io.StringIO()
    call_command("record_first_versions", stdout=again)
    assert again.getvalue().startswith("0 ")


def test_imports_keep_the_state_before_and_after_as_versions():
    from django.utils import translation

    from portal.translation_workflow.models import SignLanguageVideo
    from portal.translation_workflow.xliff import export_xliff, import_xliff
    from services.hsu_csv import export_csv, import_csv
    from services.models import HSUOffering
    from tests.services.factories import make_language, make_offering, make_school
    from tests.translation_workflow.conftest import make_video
    from tests.translation_workflow.test_xliff import translate, turkish

    video = make_video(status="draft")  # not public: an import saves it at once (a live one waits for review)
    with translation.override("en"):
        document, _count = export_xliff("tr", items=[video])
        assert import_xliff(translate(document, turkish), language="tr").ok
    versions = Version.objects.get_for_object(video).order_by("pk")
    assert [bool(v.field_dict["title_tr"]) for v in versions] == [False, True]  # before and after the import

    offering = make_offering(make_language("greek", "Griechisch", "Ελληνικά", "el"), make_school("hoerde"), (1, 4))
    text = export_csv().decode("utf-8-sig")
    assert import_csv(("\ufeff" + text.replace(";Dienstag;", ";Mittwoch;")).encode()).ok
    weekdays = [v.field_dict["weekday"] for v in Version.objects.get_for_object(offering).order_by("pk")]
    assert weekdays == [offering.weekday, HSUOffering.objects.get(pk=offering.pk).weekday]
    assert weekdays[0] != weekdays[1]
    assert SignLanguageVideo.objects.filter(pk=video.pk).exists()
