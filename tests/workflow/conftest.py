"""Fixtures of the staff-workflow tests: one user per role, and the data of a rendered admin form."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from lxml import html as lxml_html

from portal.translation_workflow.models import LanguageAssignment
from portal.workflow.roles import ROLES, ensure_roles

PASSWORD = "a-long-test-password-for-staff"


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def make_staff(django_user_model, role, *, languages=None, reviews=(), username=None):
    """A staff member in ``role``; a translator works in ``languages`` (by default every language but German)
    and reviews ``reviews``."""
    ensure_roles()
    user = django_user_model.objects.create_user(username=username or f"{role}-user", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    if role == "translator":
        if languages is None:
            languages = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
        for language in sorted({*languages, *reviews}):
            LanguageAssignment.objects.create(user=user, language=language, reviews=language in reviews)
    return user


@pytest.fixture
def staff(django_user_model):
    """``staff[role]``: a staff member in that role (groups only, no superuser)."""
    return {role: make_staff(django_user_model, role) for role in ROLES}


def client_for(client_class, user):
    client = client_class(HTTP_ACCEPT_LANGUAGE="en")  # the admin in English: assertions name English messages
    client.force_login(user)
    return client


def form_data(page_html, form_id=None):
    """The values a browser would submit from the page's (first POST) form, as a dict of lists."""
    tree = lxml_html.fromstring(page_html)
    if form_id:
        form = tree.get_element_by_id(form_id)
    else:  # the change form: the POST form with the most fields (not the header's log-out form)
        form = max(tree.xpath("//form[@method='post']"), key=lambda f: len(f.xpath(".//input|.//select|.//textarea")))
    data = {}
    for element in form.xpath(".//input|.//select|.//textarea"):
        name = element.get("name")
        if not name or element.get("disabled") is not None:
            continue
        kind = (element.get("type") or "text").lower()
        if element.tag == "input" and kind in ("submit", "button", "file", "image", "reset"):
            continue
        if element.tag == "input" and kind in ("checkbox", "radio"):
            if element.get("checked") is not None:
                data.setdefault(name, []).append(element.get("value") or "on")
            continue
        if element.tag == "select":
            chosen = [o.get("value", o.text or "") for o in element.xpath(".//option") if o.get("selected") is not None]
            if not chosen and element.get("multiple") is None:
                options = element.xpath(".//option")
                chosen = [options[0].get("value", "")] if options else []
            data.setdefault(name, []).extend(chosen)
            continue
        value = element.text or "" if element.tag == "textarea" else element.get("value", "")
        if element.tag == "textarea" and value.startswith("\n"):
            value = value[1:]
        data.setdefault(name, []).append(value)
    return data


def post_form(client, url, changes, *, page_html=None):
    """GET ``url`` (unless the page is given), fill in ``changes`` and POST the change form."""
    page_html = page_html or client.get(url).content.decode()
    data = form_data(page_html)
    for name, value in changes.items():
        data[name] = value if isinstance(value, list) else [value]
    return client.post(url, data)


def form_errors(response):
    """The admin form's and inline formsets' errors of a re-rendered change form (for assertion messages)."""
    context = response.context or {}
    errors = []
    if "adminform" in context:
        errors.append(context["adminform"].form.errors)
    for inline in context.get("inline_admin_formsets", []):
        errors.append(inline.formset.errors)
        errors.append(inline.formset.non_form_errors())
    return errors
