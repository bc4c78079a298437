"""Translation records whose item or row no longer exists are deleted.

Rows deleted before their records went with them (``records.delete_records``, a ``post_delete`` handler) left
their records behind; on SQLite a new row can get the number of a deleted one and would inherit them (a fresh
translation shown as up to date against a German text it was never made from). Minor-change marks are kept:
they are the history of the editors' notes."""

from django.db import migrations
from django.db.models import Exists, OuterRef


def delete_orphan_records(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    TranslationRecord = apps.get_model("translations", "TranslationRecord")
    deleted = 0
    used = TranslationRecord.objects.values_list("content_type_id", flat=True).distinct()
    for content_type in ContentType.objects.filter(pk__in=list(used)):
        try:
            model = apps.get_model(content_type.app_label, content_type.model)
        except LookupError:  # a model this state does not know: left alone rather than guessed at
            continue
        if model._meta.pk.get_internal_type() not in ("AutoField", "BigAutoField", "SmallAutoField"):
            continue
        alive = model._base_manager.filter(pk=OuterRef("object_id"))
        orphans = TranslationRecord.objects.filter(content_type=content_type).exclude(Exists(alive))
        deleted += orphans.delete()[0]
    return deleted


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("translations", "0006_revision_sources"),
    ]

    operations = [migrations.RunPython(delete_orphan_records, migrations.RunPython.noop)]
