"""The permission matrix of the staff roles: every admin view of every content type, for every role.

Used by test_matrix_*.py (split in two files so that the suite's workers run them side by side).
"""

import reversion
from django.test import Client

from portal.workflow.models import PendingChange
from portal.workflow.pending import serialize_item
from portal.workflow.roles import content_admins
from tests.workflow.conftest import client_for, make_staff

OK, REDIRECT, FORBIDDEN, NOT_FOUND = 200, 302, 403, 404
ANONYMOUS = "anonymous"

# view -> expected status per role (anonymous visitors are sent to the login page everywhere)
MATRIX = {
    "changelist": {"editor": OK, "translator": OK, "publisher": OK, "administrator": OK},
    "add": {"editor": OK, "translator": FORBIDDEN, "publisher": OK, "administrator": OK},
    "change": {"editor": OK, "translator": OK, "publisher": OK, "administrator": OK},
    "delete": {"editor": FORBIDDEN, "translator": FORBIDDEN, "publisher": FORBIDDEN, "administrator": OK},
    "history": {"editor": OK, "translator": OK, "publisher": OK, "administrator": OK},
    "workflow history": {"editor": OK, "translator": OK, "publisher": OK, "administrator": OK},
    "preview": {"editor": OK, "translator": OK, "publisher": OK, "administrator": OK},
    "pending preview": {"editor": OK, "translator": OK, "publisher": OK, "administrator": OK},
    "revert form": {"editor": FORBIDDEN, "translator": FORBIDDEN, "publisher": OK, "administrator": OK},
    "publish pending": {"editor": FORBIDDEN, "translator": FORBIDDEN, "publisher": REDIRECT, "administrator": REDIRECT},
    "restore": {"editor": FORBIDDEN, "translator": FORBIDDEN, "publisher": REDIRECT, "administrator": REDIRECT},
}


def admin_urls(model, obj, version, pending):
    base = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
    item = f"{base}{obj.pk}/"
    return {
        "changelist": ("get", base),
        "add": ("get", f"{base}add/"),
        "change": ("get", f"{item}change/"),
        "delete": ("get", f"{item}delete/"),
        "history": ("get", f"{item}history/"),
        "workflow history": ("get", f"{item}workflow/history/"),
        "preview": ("get", f"{item}workflow/preview/de/"),
        "pending preview": ("get", f"{item}workflow/preview/en/?pending={pending.pk}"),
        "revert form": ("get", f"{item}history/{version.pk}/"),
        "publish pending": ("post", f"{item}workflow/pending/{pending.pk}/publish/"),
        "restore": ("post", f"{item}workflow/restore/{version.pk}/"),
    }


def prepare(model):
    """An item of the model (from the demo content), one kept version of it and one pending change."""
    obj = model._default_manager.order_by("pk").first()
    assert obj is not None, f"the demo content has no {model._meta.label}"
    with reversion.create_revision():
        reversion.add_to_revision(obj)
    version = reversion.models.Version.objects.get_for_object(obj).first()
    pending = PendingChange.objects.create(
        content_type_id=version.content_type_id,
        object_id=str(obj.pk),
        object_repr=str(obj),
        serialized=serialize_item(obj),
        base_changed_at=obj.changed_at,
    )
    return obj, version, pending


def expected_status(role, view, model):
    if role == ANONYMOUS:
        return REDIRECT
    if view in ("preview", "pending preview") and not hasattr(model, "get_absolute_url"):
        return NOT_FOUND  # content without a public page (e.g. the sign-language clip) has nothing to preview
    return MATRIX[view][role]


def check_matrix(role, django_user_model):
    """Every view of every content type as ``role``; the database holds the demo content (``demo_site``)."""
    client = (
        Client(HTTP_ACCEPT_LANGUAGE="en")
        if role == ANONYMOUS
        else client_for(Client, make_staff(django_user_model, role))
    )
    mismatches = []
    checked = 0
    for model in content_admins():
        obj, version, pending = prepare(model)
        for view, (method, url) in admin_urls(model, obj, version, pending).items():
            status = getattr(client, method)(url).status_code
            expected = expected_status(role, view, model)
            checked += 1
            if status != expected:
                mismatches.append((model._meta.label, view, url, status, expected))
    return checked, mismatches
