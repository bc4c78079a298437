"""Permission matrix of the staff tools: every registered admin that is not a content type (those are in
matrix.py) and every custom staff view, for every role. Written out by hand: what each role's work needs."""

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import get_resolver
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.linkcheck.models import CheckedLink
from portal.models import Feedback, Redirect, SiteNotice
from portal.workflow.models import PendingChange
from portal.workflow.pending import serialize_item
from portal.workflow.roles import ROLES, content_admins
from services.models import Topic
from tests.workflow.conftest import client_for, make_staff

pytestmark = pytest.mark.django_db

# model -> role -> the pages that open: l(ist), a(dd), c(hange page, also read-only), d(elete)
TOOLS = {
    "auth.group": {"administrator": "lc"},
    "auth.user": {"administrator": "lacd"},
    "axes.accessattempt": {"administrator": "lcd"},
    "axes.accesslog": {"administrator": "lcd"},
    "axes.accessfailurelog": {"administrator": "lcd"},
    "otp_totp.totpdevice": {"administrator": "lacd"},
    "consent.provider": {"administrator": "lacd"},
    "linkcheck.checkedlink": {"editor": "lc", "publisher": "lc", "administrator": "lc"},
    "portal.sitenotice": {"publisher": "lacd", "administrator": "lacd"},
    "portal.redirect": {"publisher": "lacd", "administrator": "lacd"},
    "portal.feedback": {"publisher": "lc", "administrator": "lcd"},
    "services.school": {"editor": "lac", "publisher": "lacd", "administrator": "lacd"},
    "services.hsuoffering": {"editor": "lac", "publisher": "lacd", "administrator": "lacd"},
    "translations.translationrecord": {"translator": "lc", "administrator": "lcd"},
    "workflow.pendingchange": {"editor": "lc", "translator": "lc", "publisher": "lc", "administrator": "lcd"},
}
# custom staff views (URL name in the admin namespace) -> roles that may open them
CUSTOM_VIEWS = {
    "translations_coverage": {"translator", "administrator"},
    "translations_xliff_export": {"translator", "administrator"},
    "translations_xliff_import": {"translator", "administrator"},
    "services_hsuoffering_export": {"editor", "publisher", "administrator"},
    "services_hsuoffering_import": {"editor", "publisher", "administrator"},
    "services_hsuoffering_import_history": {"editor", "publisher", "administrator"},
    "auth_user_password_change": set(),  # another person's password: superusers only
    "password_change": set(ROLES),
    "password_change_done": set(ROLES),
    "otp_totp_totpdevice_config": {"administrator"},
    "otp_totp_totpdevice_qrcode": {"administrator"},
    "notification_settings": set(ROLES),  # everybody's own e-mail settings
    "writing_hints": set(ROLES),  # readability hints of the text being edited
}
# URL names every model admin has (changelist, add, change, delete, history, autocomplete) or that matrix.py
# covers for content types (workflow_*, revision, recover: django-reversion's history and recovery)
STANDARD_SUFFIXES = ("_changelist", "_add", "_change", "_delete", "_history", "_revision", "_recover",
                     "_recoverlist", "_workflow_preview", "_workflow_history", "_workflow_decide",
                     "_workflow_restore", "_workflow_recover", "_workflow_submit")  # fmt: skip
SITE_VIEWS = {"index", "login", "logout", "jsi18n", "app_list", "view_on_site", "autocomplete"}


def pending_change_of(obj):
    return PendingChange.objects.create(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=str(obj.pk),
        object_repr=str(obj),
        serialized=serialize_item(obj),
        base_changed_at=obj.changed_at,
    )


def some_object(model, django_user_model):
    obj = model._default_manager.order_by("pk").first()
    if obj is not None:
        return obj
    someone = django_user_model.objects.filter(username="someone").first() or django_user_model.objects.create_user(
        username="someone", password="x" * 20, is_staff=True
    )
    makers = {
        "auth.user": lambda: someone,
        "axes.accessattempt": lambda: AccessAttempt.objects.create(
            username="x", ip_address="127.0.0.1", failures_since_start=1
        ),
        "axes.accesslog": lambda: AccessLog.objects.create(username="x", ip_address="127.0.0.1"),
        "axes.accessfailurelog": lambda: AccessFailureLog.objects.create(username="x", ip_address="127.0.0.1"),
        "otp_totp.totpdevice": lambda: TOTPDevice.objects.create(user=someone, name="phone"),
        "portal.sitenotice": lambda: SiteNotice.objects.create(text_de="Geschlossen"),
        "portal.redirect": lambda: Redirect.objects.create(old_path="/de/alt/", new_path="/de/neu/"),
        "portal.feedback": lambda: Feedback.objects.create(kind="accessibility", message="Kontrast", language="de"),
        "linkcheck.checkedlink": lambda: CheckedLink.objects.create(url="https://example.org/", verdict="broken"),
        "workflow.pendingchange": lambda: pending_change_of(Topic.objects.order_by("pk").first()),
    }
    maker = makers.get(model._meta.label_lower)
    return maker() if maker else None


def test_every_registered_admin_is_in_a_matrix():
    registered = {model._meta.label_lower for model in admin.site._registry}
    content = {model._meta.label_lower for model in content_admins()}
    assert registered - content == set(TOOLS)  # a new admin needs its line here (or is a content type)


def test_every_custom_staff_view_is_in_the_matrix():
    names = set()
    for pattern in get_resolver().url_patterns:
        if getattr(pattern, "namespace", None) == "admin":
            names |= {name for name in pattern.reverse_dict if isinstance(name, str)}
    custom = {name for name in names if name in CUSTOM_VIEWS or not name.endswith(STANDARD_SUFFIXES)}
    custom -= SITE_VIEWS
    assert custom == set(CUSTOM_VIEWS)


@pytest.mark.parametrize("role", ROLES)
def test_staff_tools_open_exactly_for_the_roles_that_need_them(role, django_user_model, demo_site):
    client = client_for(Client, make_staff(django_user_model, role))
    mismatches = []
    for label, allowed in TOOLS.items():
        model = next(m for m in admin.site._registry if m._meta.label_lower == label)
        obj = some_object(model, django_user_model)
        base = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
        pages = {"l": base, "a": f"{base}add/", "c": f"{base}{obj.pk}/change/", "d": f"{base}{obj.pk}/delete/"}
        for letter, url in pages.items():
            expected = 200 if letter in allowed.get(role, "") else 403
            status = client.get(url, follow=True).status_code
            if status != expected:
                mismatches.append((url, status, expected))
    device = TOTPDevice.objects.order_by("pk").first()
    other = django_user_model.objects.exclude(pk=client.session["_auth_user_id"]).order_by("pk").first()
    urls = {
        "translations_coverage": "/admin/translations/translationrecord/coverage/",
        "translations_xliff_export": "/admin/translations/translationrecord/xliff-export/",
        "translations_xliff_import": "/admin/translations/translationrecord/xliff-import/",
        "services_hsuoffering_export": "/admin/services/hsuoffering/export-csv/",
        "services_hsuoffering_import": "/admin/services/hsuoffering/import-csv/",
        "services_hsuoffering_import_history": "/admin/services/hsuoffering/import-csv/history/",
        "auth_user_password_change": f"/admin/auth/user/{other.pk}/password/",
        "password_change": "/admin/password_change/",
        "password_change_done": "/admin/password_change/done/",
        "otp_totp_totpdevice_config": f"/admin/otp_totp/totpdevice/{device.pk}/config/",
        "otp_totp_totpdevice_qrcode": f"/admin/otp_totp/totpdevice/{device.pk}/qrcode/",
        "notification_settings": "/admin/notifications/",
        "writing_hints": "/admin/writing-hints/?text=Das+Amt+ist+offen.",
    }
    for name, roles in CUSTOM_VIEWS.items():
        expected = 200 if role in roles else 403
        status = client.get(urls[name]).status_code
        if status != expected:
            mismatches.append((urls[name], status, expected))
    assert mismatches == []
