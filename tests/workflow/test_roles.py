"""Roles: the groups exist (migration + idempotent ensure_roles); what publishers, editors and translators may
do. The permission matrix over every admin view is in test_matrix_*.py."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from lxml import html as lxml_html
from reversion.models import Version

from portal.workflow.roles import ROLES, ensure_roles, role_permission_keys
from tests.funding.factories import berlin, make_call
from tests.workflow.conftest import client_for, form_data

pytestmark = pytest.mark.django_db


def test_roles_exist_after_migration_and_ensure_is_idempotent():
    assert set(Group.objects.values_list("name", flat=True)) >= set(ROLES)
    before = {g.name: set(g.permissions.values_list("codename", flat=True)) for g in Group.objects.all()}
    ensure_roles()
    ensure_roles()
    after = {g.name: set(g.permissions.values_list("codename", flat=True)) for g in Group.objects.all()}
    assert before == after and Group.objects.filter(name__in=ROLES).count() == 4
    assert "publish_content" in after["publisher"] and "publish_content" not in after["editor"]
    assert "edit_source_language" in after["editor"] and "edit_source_language" not in after["translator"]
    assert {"delete_fundingcall", "change_fundingcall"} <= after["administrator"]
    assert "delete_fundingcall" not in after["publisher"] and "add_fundingcall" not in after["translator"]
    granted = {codename for _app, codename in role_permission_keys("editor")}
    assert granted == after["editor"]  # every permission the role names exists and is granted


@pytest.mark.parametrize("role", ["editor", "translator"])
def test_roles_without_publish_right_have_no_publish_actions(role, staff):
    call = make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 2, 1), status="draft")
    client = client_for(Client, staff[role])
    page = client.get("/admin/funding/fundingcall/").content.decode()
    assert "publish_selected" not in page
    client.post("/admin/funding/fundingcall/", {"action": "publish_selected", "_selected_action": [call.pk]})
    call.refresh_from_db()
    assert call.status == "draft"
    publisher = client_for(Client, staff["publisher"])
    assert "publish_selected" in publisher.get("/admin/funding/fundingcall/").content.decode()
    publisher.post("/admin/funding/fundingcall/", {"action": "publish_selected", "_selected_action": [call.pk]})
    call.refresh_from_db()
    assert call.status == "published"
    publisher.post("/admin/funding/fundingcall/", {"action": "archive_selected", "_selected_action": [call.pk]})
    call.refresh_from_db()
    assert call.status == "archived"


def test_translator_changes_only_non_german_fields(staff):
    call = make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 2, 1), status="draft")
    translator = client_for(Client, staff["translator"])
    url = f"/admin/funding/fundingcall/{call.pk}/change/"
    html = translator.get(url).content.decode()
    assert 'name="title_en"' in html and 'name="slug"' not in html
    assert 'name="status"' not in html
    assert lxml_html.fromstring(html).xpath("//input[@name='title_de'][@disabled]")  # the source, not editable
    data = form_data(html)
    refused = translator.post(url, data | {"title_en": ["English title"], "title_de": ["Deutsch überschrieben"]})
    assert refused.status_code == 403  # a German value in the POST is refused, not silently dropped
    call.refresh_from_db()
    assert call.title_en != "English title" and call.title_de != "Deutsch überschrieben"
    data |= {"title_en": ["English title"], "slug": ["neu"]}
    assert translator.post(url, data).status_code == 302
    call.refresh_from_db()
    assert call.title_en == "English title"
    assert call.title_de != "Deutsch überschrieben" and call.slug != "neu"


def test_editor_cannot_publish_through_the_form(staff):
    editor = client_for(Client, staff["editor"])
    html = editor.get("/admin/funding/fundingcall/add/").content.decode()
    assert 'name="status"' not in html  # new items start as drafts; only publishers set the status


def test_publish_and_archive_actions_each_keep_a_version_by_the_publisher(staff):
    """The list actions are saves like the form's: each leaves a version in the history, with its author, so
    the state before can be restored."""
    call = make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 2, 1), status="draft")
    publisher = client_for(Client, staff["publisher"])
    for action, status in (("publish_selected", "published"), ("archive_selected", "archived")):
        before = Version.objects.get_for_object(call).count()
        publisher.post("/admin/funding/fundingcall/", {"action": action, "_selected_action": [call.pk]})
        versions = Version.objects.get_for_object(call)
        assert versions.count() == before + 1, action
        assert versions.first().field_dict["status"] == status
        assert versions.first().revision.user == staff["publisher"]
