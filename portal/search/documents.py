"""Keeping the stored search documents (``SearchDocument``) current: on save, on delete, and by a full rebuild.

Only PostgreSQL stores documents (the other databases search the content tables directly). A document is computed
by the database from the same expressions the search ranks by (``engine.document_for``), for every row of an
entry's model whatever its publication state; search filters by ``published()`` at query time. An entry whose
fields cross a relation (``programme__name``) is refreshed when the related object is saved too.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save

from portal.search import registry
from portal.search.engine import indexed_document, uses_full_text
from portal.search.models import SearchDocument
from portal.translated_fields import site_languages

BATCH_SIZE = 500


def index_objects(entry, queryset):
    """Write the documents of the rows of ``queryset`` (of ``entry.model``) in every site language."""
    if not uses_full_text():
        return 0
    content_type = ContentType.objects.get_for_model(entry.model, for_concrete_model=False)
    written = 0
    # a language added to the table before its columns are migrated has nothing to index yet
    names = {field.name for field in entry.model._meta.get_fields()}
    languages = [code for code in site_languages() if entry.localized(entry.title, code).split("__")[0] in names]
    annotations = {}
    for language in languages:
        document, title = indexed_document(entry, language)
        annotations[f"search_document_{language}"] = document
        annotations[f"search_title_{language}"] = title
    pks = list(queryset.values_list("pk", flat=True))
    for start in range(0, len(pks), BATCH_SIZE):
        batch = pks[start : start + BATCH_SIZE]
        rows = [
            SearchDocument(
                content_type=content_type,
                object_id=values["pk"],
                language=language,
                document=values[f"search_document_{language}"],
                title=values[f"search_title_{language}"] or "",
            )
            for values in entry.model.objects.filter(pk__in=batch).values("pk", **annotations)
            for language in languages
        ]
        with transaction.atomic():
            SearchDocument.objects.filter(content_type=content_type, object_id__in=batch).delete()
            SearchDocument.objects.bulk_create(rows)
        written += len(rows)
    return written


def remove_object(model, pk):
    if not uses_full_text():
        return
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    SearchDocument.objects.filter(content_type=content_type, object_id=pk).delete()


def rebuild():
    """Every document anew; returns the number of rows written."""
    if not uses_full_text():
        return 0
    SearchDocument.objects.all().delete()
    return sum(index_objects(entry, entry.model.objects.all()) for entry in registry.installed())


def _relations(entry):
    """{related model: relation name} for the fields of ``entry`` that cross a relation."""
    found = {}
    for path in entry.text_paths():
        if "__" in path:
            name = path.split("__", 1)[0]
            found[entry.model._meta.get_field(name).related_model] = name
    return found


def _saved(sender, instance, raw=False, **kwargs):
    if raw or connection.vendor != "postgresql":
        return
    for entry in registry.installed():
        if entry.model is sender:
            index_objects(entry, sender.objects.filter(pk=instance.pk))
        relation = _relations(entry).get(sender)
        if relation:
            index_objects(entry, entry.model.objects.filter(**{relation: instance}))


def _deleted(sender, instance, **kwargs):
    if connection.vendor != "postgresql":
        return
    for entry in registry.installed():
        if entry.model is sender:
            remove_object(sender, instance.pk)


def connect():
    post_save.connect(_saved, dispatch_uid="search_documents_saved")
    post_delete.connect(_deleted, dispatch_uid="search_documents_deleted")
