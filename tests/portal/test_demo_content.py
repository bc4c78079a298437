"""The demo loader is idempotent: a second run changes and duplicates nothing, in every app."""

import re

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Demo files (PDFs, images) go to a scratch folder, not the project's media/."""
    settings.MEDIA_ROOT = tmp_path / "media"


def snapshot():
    """Every row of the portal's own apps, without the automatically refreshed timestamps."""
    labels = {app.split(".")[-1] for app in settings.PORTAL_APPS}
    rows = {}
    for model in apps.get_models():
        if model._meta.app_label not in labels:
            continue
        skip = {f.attname for f in model._meta.concrete_fields if getattr(f, "auto_now", False)}
        fields = [f.attname for f in model._meta.concrete_fields if f.attname not in skip]
        rows[model._meta.label] = sorted(
            tuple(str(value) for value in row) for row in model.objects.values_list(*fields)
        )
    return rows


def test_load_demo_content_twice_changes_nothing():
    call_command("load_demo_content", verbosity=0)
    first = snapshot()
    assert sum(len(r) for r in first.values()) > 0
    call_command("load_demo_content", verbosity=0)
    second = snapshot()
    assert {k: len(v) for k, v in second.items()} == {k: len(v) for k, v in first.items()}
    assert second == first


def test_demo_contact_data_is_fictitious():
    call_command("load_demo_content", verbosity=0)

    for model in apps.get_models():
        if model._meta.app_label not in {app.split(".")[-1] for app in settings.PORTAL_APPS}:
            continue
        email_fields = [
            f.attname
            for f in model._meta.concrete_fields
            if f.get_internal_type() == "EmailField" or (f.get_internal_type() == "CharField" and "mail" in f.attname)
        ]
        for name in email_fields:
            for value in model.objects.values_list(name, flat=True):
                if value and "@" in value:
                    assert re.search(r"@example\.(org|com|net)$", value), f"{model._meta.label}.{name}: {value}"
