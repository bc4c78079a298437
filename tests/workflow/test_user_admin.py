"""Staff accounts: an administrator manages accounts and roles, but cannot become or create a superuser, grant a
single permission or a group outside the roles, set another person's password or touch a superuser's account —
through the admin's forms and by POSTing the fields directly. A superuser still can (so the tests can fail)."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from lxml import html as lxml_html

from portal.workflow.roles import ROLES
from tests.workflow.conftest import PASSWORD, client_for, form_data, post_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def administrator(staff):
    return client_for(Client, staff["administrator"])


@pytest.fixture
def superuser_client(staff_user):
    return client_for(Client, staff_user)


def change_url(user):
    return f"/admin/auth/user/{user.pk}/change/"


def field_names(page_html):
    return {element.get("name") for element in lxml_html.fromstring(page_html).xpath("//*[@name]")}


def test_administrator_form_has_roles_but_no_superuser_flag_permissions_or_password(administrator, staff):
    page = administrator.get(change_url(staff["editor"])).content.decode()
    names = field_names(page)
    assert {"username", "email", "is_active", "is_staff", "groups"} <= names
    assert not names & {"is_superuser", "user_permissions", "password", "password1"}
    assert "/password/" not in page
    tree = lxml_html.fromstring(page)
    offered = {option.text_content().strip() for option in tree.xpath("//select[@name='groups']/option")}
    assert offered == set(ROLES)


def test_superuser_form_still_has_superuser_flag_and_permissions(superuser_client, staff):
    names = field_names(superuser_client.get(change_url(staff["editor"])).content.decode())
    assert {"is_superuser", "user_permissions"} <= names


@pytest.mark.parametrize("target", ["administrator", "editor"])
def test_posting_superuser_flag_and_permissions_is_ignored(administrator, staff, target):
    user = staff[target]
    every_permission = [str(pk) for pk in Permission.objects.values_list("pk", flat=True)]
    response = post_form(
        administrator,
        change_url(user),
        {
            "is_superuser": "on",
            "user_permissions": every_permission,
            "groups": [str(Group.objects.get(name="publisher").pk)],
            "email": "neu@example.org",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert not user.is_superuser
    assert user.user_permissions.count() == 0
    assert list(user.groups.values_list("name", flat=True)) == ["publisher"]  # roles are the administrator's job
    assert user.email == "neu@example.org"


def test_a_group_outside_the_roles_is_refused(administrator, staff):
    everything = Group.objects.create(name="everything")
    everything.permissions.set(Permission.objects.all())
    response = post_form(administrator, change_url(staff["editor"]), {"groups": [str(everything.pk)]})
    assert response.status_code == 200  # the form again, with an error
    assert response.context["adminform"].form.errors.get("groups")
    assert not staff["editor"].groups.filter(name="everything").exists()


def test_administrator_cannot_set_another_persons_password(administrator, staff, superuser_client):
    editor = staff["editor"]
    url = f"/admin/auth/user/{editor.pk}/password/"
    assert administrator.get(url).status_code == 403
    data = {"password1": "a-new-password-by-someone-else", "password2": "a-new-password-by-someone-else"}
    assert administrator.post(url, {**data, "usable_password": "true"}).status_code == 403
    editor.refresh_from_db()
    assert editor.check_password(PASSWORD)
    # a superuser may
    assert superuser_client.post(url, {**data, "usable_password": "true"}).status_code == 302
    editor.refresh_from_db()
    assert editor.check_password(data["password1"])


def test_administrator_creates_accounts_but_never_a_superuser(administrator, django_user_model):
    page = administrator.get("/admin/auth/user/add/").content.decode()
    assert "is_superuser" not in field_names(page)
    response = administrator.post(
        "/admin/auth/user/add/",
        {
            "username": "new-colleague",
            "usable_password": "true",
            "password1": "a-long-start-password-1",
            "password2": "a-long-start-password-1",
            "is_superuser": "on",
            "is_staff": "on",
            "user_permissions": [str(Permission.objects.get(codename="delete_user").pk)],
        },
    )
    assert response.status_code == 302
    created = django_user_model.objects.get(username="new-colleague")
    assert not created.is_superuser and created.user_permissions.count() == 0


def test_superuser_accounts_are_read_only_for_administrators(administrator, staff_user, django_user_model):
    url = change_url(staff_user)
    page = administrator.get(url)
    assert page.status_code == 200  # shown, but read-only
    assert "username" not in field_names(page.content.decode())
    data = {"username": "taken-over", "email": "attacker@example.org", "is_active": "", "is_superuser": "on"}
    assert administrator.post(url, data).status_code == 403
    assert administrator.get(f"/admin/auth/user/{staff_user.pk}/delete/").status_code == 403
    administrator.post(
        "/admin/auth/user/", {"action": "delete_selected", "_selected_action": [staff_user.pk], "post": "yes"}
    )
    staff_user.refresh_from_db()
    assert staff_user.username == "editor" and staff_user.is_active and staff_user.is_superuser


def test_administrator_changes_roles_of_staff(administrator, staff):
    translator = staff["translator"]
    html = administrator.get(change_url(translator)).content.decode()
    data = form_data(html)
    data["groups"] = [str(Group.objects.get(name="editor").pk)]
    assert administrator.post(change_url(translator), data).status_code == 302
    assert list(translator.groups.values_list("name", flat=True)) == ["editor"]
