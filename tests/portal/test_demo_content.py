"""The demo loader is idempotent: a second run changes and duplicates nothing, in every app; and the suite's
``demo_site`` fixture (a copy made once per test process) gives a test exactly what the loader gives."""

import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection

from tests import demo_database

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Demo files (PDFs, images) go to a scratch folder, not the project's media/."""
    settings.MEDIA_ROOT = tmp_path / "media"


UNIQUE_SUFFIX = re.compile(r"-[0-9a-f]{8}(\.\w+)$")  # uploads get a random suffix (portal.uploads)


def stamped_at_load(field):
    """A date-time the loader sets to the moment it runs (``auto_now_add``, ``default=timezone.now``)."""
    return field.get_internal_type() == "DateTimeField" and (field.auto_now_add or callable(field.default))


def file_names(root):
    """The media files below ``root``, without their random suffixes."""
    return sorted(UNIQUE_SUFFIX.sub(r"\1", str(p.relative_to(root))) for p in Path(root).rglob("*") if p.is_file())


def snapshot(*, without_load_instants=False):
    """Every row of the portal's own apps, without the automatically refreshed timestamps (and, if asked,
    without the instants of loading and the random suffixes of file names)."""
    labels = {app.split(".")[-1] for app in settings.PORTAL_APPS}
    rows = {}
    for model in apps.get_models():
        if model._meta.app_label not in labels:
            continue
        skip = {
            f.attname
            for f in model._meta.concrete_fields
            if getattr(f, "auto_now", False) or (without_load_instants and stamped_at_load(f))
        }
        if model._meta.label == "search.SearchDocument":  # derived rows, written anew by each load: same content,
            skip.add(model._meta.pk.attname)  # new ids (PostgreSQL only; compared by item and language)
        fields = []
        for f in model._meta.concrete_fields:
            if f.attname in skip:
                continue
            if f.is_relation and f.related_model is ContentType:  # ids differ after another test's flush
                fields += [f"{f.name}__app_label", f"{f.name}__model"]
            else:
                fields.append(f.attname)
        rows[model._meta.label] = sorted(
            tuple(UNIQUE_SUFFIX.sub(r"\1", str(v)) if without_load_instants else str(v) for v in row)
            for row in model.objects.values_list(*fields)
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


def _ids_as_after_migrating():
    """SQLite: each table's next id follows its highest row, as in the freshly migrated database the snapshot was
    loaded into (a transactional test before this one in the same process left its counters higher)."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_sequence")
        for (table,) in cursor.fetchall():
            quoted = connection.ops.quote_name(table)
            cursor.execute(f"UPDATE sqlite_sequence SET seq = (SELECT COALESCE(MAX(rowid), 0) FROM {quoted}) "
                           "WHERE name = %s", [table])  # fmt: skip


def test_demo_site_copy_holds_exactly_what_the_loader_loads(demo_snapshot, settings, tmp_path):
    _ids_as_after_migrating()
    call_command("load_demo_content", verbosity=0)
    loaded, loaded_files = snapshot(without_load_instants=True), file_names(settings.MEDIA_ROOT)
    if demo_snapshot.database is None:
        return  # not SQLite in memory (PostgreSQL): there ``demo_site`` runs this same loader, nothing is copied
    demo_database.restore(demo_snapshot, tmp_path / "copy")  # inside this test's transaction: rows replaced
    copied, copied_files = snapshot(without_load_instants=True), file_names(tmp_path / "copy")
    assert {k: len(v) for k, v in copied.items()} == {k: len(v) for k, v in loaded.items()}
    assert copied == loaded
    assert copied_files == loaded_files and copied_files
    for model in apps.get_models():  # every stored file name names a copied file
        for field in [f for f in model._meta.concrete_fields if f.get_internal_type() in ("FileField", "ImageField")]:
            for name in model.objects.exclude(**{field.attname: ""}).values_list(field.attname, flat=True):
                assert (tmp_path / "copy" / name).is_file(), name


@pytest.mark.django_db(transaction=True)
def test_demo_site_in_a_transactional_test_holds_the_demo_content(demo_site, settings):
    from django.contrib.auth.models import Group

    from portal.workflow.roles import ROLES

    counts = {label: len(rows) for label, rows in snapshot().items()}
    assert counts["services.Service"] > 5 and counts["funding.FundingCall"] > 3
    assert set(Group.objects.values_list("name", flat=True)) >= set(ROLES)  # what migrations made is there too
    assert file_names(settings.MEDIA_ROOT)


def test_demo_contact_data_is_fictitious(demo_site):

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
