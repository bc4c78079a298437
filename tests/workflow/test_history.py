"""History: every save is a version; staff compare versions and restore one in every language and row."""

import pytest
from django.test import Client
from reversion.models import Version

from funding.models import BuildingBlock, Programme
from portal.translated_fields import site_languages
from tests.funding.factories import make_block, make_programme
from tests.workflow.conftest import client_for, post_form

pytestmark = pytest.mark.django_db


def url(programme, tail):
    return f"/admin/funding/programme/{programme.pk}/{tail}"


def all_languages(prefix, value):
    return {f"{prefix}_{code}": f"{value} ({code})" for code in site_languages()}


def state(programme):
    """Every language field of the programme and every field of its building blocks."""
    programme = Programme.objects.get(pk=programme.pk)
    fields = {
        field.attname: getattr(programme, field.attname)
        for field in Programme._meta.concrete_fields
        if field.name not in ("changed_at",)
    }
    blocks = [
        {field.attname: getattr(block, field.attname) for field in BuildingBlock._meta.concrete_fields}
        for block in BuildingBlock.objects.filter(programme=programme).order_by("pk")
    ]
    return fields, blocks


def differences(old, new):
    """[(row, field, old, new)] between two states (readable assertion output)."""
    (old_fields, old_rows), (new_fields, new_rows) = old, new
    found = [("programme", k, v, new_fields.get(k)) for k, v in old_fields.items() if new_fields.get(k) != v]
    if len(old_rows) != len(new_rows):
        return [*found, ("rows", "count", len(old_rows), len(new_rows))]
    for index, (old_row, new_row) in enumerate(zip(old_rows, new_rows, strict=True)):
        found += [(f"row {index}", k, v, new_row.get(k)) for k, v in old_row.items() if new_row.get(k) != v]
    return found


def test_restored_version_equals_old_in_every_language_and_related_row(staff):
    admin = client_for(Client, staff["administrator"])
    programme = make_programme(status="draft")
    make_block(programme, "A", title_en="Block A")
    make_block(programme, "B")
    first = {**all_languages("name", "Erster Name"), **all_languages("summary", "Erste Kurzfassung")}
    first |= {"building_blocks-0-title_de": "Baustein A, alt", "building_blocks-1-title_uk": "Блок Б"}
    assert post_form(admin, url(programme, "change/"), first).status_code == 302
    old_state = state(programme)
    old_version = Version.objects.get_for_object(programme).first()

    second = {**all_languages("name", "Zweiter Name"), **all_languages("summary", "Zweite Kurzfassung")}
    second |= {"building_blocks-0-title_de": "Baustein A, neu", "building_blocks-1-DELETE": "on"}
    assert post_form(admin, url(programme, "change/"), second).status_code == 302
    BuildingBlock.objects.create(programme=programme, code="C", title_de="Später dazugekommen")
    assert state(programme) != old_state
    assert Version.objects.get_for_object(programme).count() == 2

    history = admin.get(url(programme, "workflow/history/") + f"?old=v-{old_version.pk}&new=live")
    html = history.content.decode()
    assert history.status_code == 200
    persian = html.split('<td lang="fa" dir="auto">')[1].split("</td>")[0]  # the Persian name, word by word
    assert "<del>Erster</del>" in persian and "<ins>Zweiter</ins>" in persian and "Name (fa)" in persian

    assert admin.post(url(programme, f"workflow/restore/{old_version.pk}/")).status_code == 302
    assert differences(old_state, state(programme)) == []
    assert Version.objects.get_for_object(programme).count() == 3  # the restore is a version too


def test_restore_needs_publisher_and_post(staff):
    programme = make_programme()
    post_form(client_for(Client, staff["publisher"]), url(programme, "change/"), {"name_de": "Mit Version"})
    version = Version.objects.get_for_object(programme).first()
    restore = url(programme, f"workflow/restore/{version.pk}/")
    assert client_for(Client, staff["editor"]).post(restore).status_code == 403
    assert client_for(Client, staff["translator"]).post(restore).status_code == 403
    assert client_for(Client, staff["publisher"]).get(restore).status_code == 405
    assert client_for(Client, staff["publisher"]).post(restore).status_code == 302
