"""The search document's GIN indexes without a pending list (fastupdate off): see SearchDocument.Meta.

On PostgreSQL the indexes are altered in place and their pending lists merged now; other databases have no such
index (the state changes only).
"""

import django.contrib.postgres.indexes
from django.db import migrations

INDEXES = ("search_document_fts", "search_document_trgm")


def without_pending_list(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"ALTER INDEX {schema_editor.quote_name(name)} SET (fastupdate = off)")
        schema_editor.execute("SELECT gin_clean_pending_list(%s::regclass)", [name])


def with_pending_list(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"ALTER INDEX {schema_editor.quote_name(name)} RESET (fastupdate)")


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("search", "0003_result_fields"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(without_pending_list, with_pending_list)],
            state_operations=[
                migrations.RemoveIndex(model_name="searchdocument", name="search_document_fts"),
                migrations.RemoveIndex(model_name="searchdocument", name="search_document_trgm"),
                migrations.AddIndex(
                    model_name="searchdocument",
                    index=django.contrib.postgres.indexes.GinIndex(
                        fastupdate=False, fields=["document"], name="search_document_fts"
                    ),
                ),
                migrations.AddIndex(
                    model_name="searchdocument",
                    index=django.contrib.postgres.indexes.GinIndex(
                        fastupdate=False, fields=["title"], name="search_document_trgm", opclasses=["gin_trgm_ops"]
                    ),
                ),
            ],
        )
    ]
