"""Keeping the stored search documents (``SearchDocument``) current: on save, on delete, and by a full rebuild.

Only PostgreSQL stores documents (the other databases search the content tables directly). A document's vector,
trigram title and snippet text are computed by the database (``engine.indexed_document``); what a result shows
(title, address, language, summary) by the entry's own functions, as the fallback shows them. Documents are
written for every row of an entry's model whatever its publication state; search filters by ``published()`` at
query time. An entry whose fields cross a relation (``programme__name``) is refreshed when the related object is
saved too. A bulk load that ends with ``rebuild()`` (the demo content) runs ``paused()``: no document per save.
"""

import contextlib
import contextvars

from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS, connection, transaction
from django.db.models.signals import post_delete, post_save
from django.utils import translation

from portal.search import registry
from portal.search.engine import indexed_document, summary_text, uses_full_text
from portal.search.models import SearchDocument
from portal.translated_fields import content_language, site_languages

BATCH_SIZE = 500
_paused = contextvars.ContextVar("search_documents_paused", default=False)


@contextlib.contextmanager
def paused():
    """No document is written or removed on save or delete inside this block: for a bulk load that calls
    ``rebuild()`` when it is done (each save would otherwise index the row in every language, and again for every
    row that mentions it)."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def index_objects(entry, queryset):
    """Write the documents of the rows of ``queryset`` (of ``entry.model``) in every site language."""
    if not uses_full_text():
        return 0
    content_type = ContentType.objects.get_for_model(entry.model, for_concrete_model=False)
    written = 0
    # a language added to the table before its columns are migrated has nothing to index yet
    names = {field.name for field in entry.model._meta.get_fields()}
    languages = [code for code in site_languages() if entry.localized(entry.title, code).split("__")[0] in names]
    annotations = {
        f"search_{name}_{language}": expression
        for language in languages
        for name, expression in indexed_document(entry, language).items()
    }
    pks = list(queryset.values_list("pk", flat=True))
    for start in range(0, len(pks), BATCH_SIZE):
        batch = entry.model.objects.filter(pk__in=pks[start : start + BATCH_SIZE]).annotate(**annotations)
        if entry.select_related:
            batch = batch.select_related(*entry.select_related)
        rows = [_document(entry, obj, content_type, language) for obj in batch for language in languages]
        with transaction.atomic():
            SearchDocument.objects.filter(
                content_type=content_type, object_id__in=pks[start : start + BATCH_SIZE]
            ).delete()
            SearchDocument.objects.bulk_create(rows)
        written += len(rows)
    return written


def _document(entry, obj, content_type, language):
    """The document of ``obj`` (annotated by ``index_objects``) for visitors of ``language``."""
    shown = content_language(obj, language)
    with translation.override(language):
        url = entry.url_for(obj)
    return SearchDocument(
        content_type=content_type,
        object_id=obj.pk,
        language=language,
        document=getattr(obj, f"search_document_{language}"),
        title=getattr(obj, f"search_title_{language}") or "",
        body=getattr(obj, f"search_body_{language}") or "",
        body_language=getattr(obj, f"search_body_language_{language}"),
        shown_language=shown,
        shown_title=str(entry.title_for(obj, shown) or ""),
        url=url,
        summary=summary_text(entry, obj, shown),
    )


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


def analyze():
    """Fresh planner statistics for the documents table (after a rebuild: the planner then knows its new size)."""
    if uses_full_text():
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(SearchDocument._meta.db_table)}")


def rebuild_outdated(*, using, verbosity=1, **kwargs):
    """After ``migrate``: rebuild once when documents were written before they held their results (search.0003
    added the result columns empty)."""
    if using != DEFAULT_DB_ALIAS or connection.vendor != "postgresql":
        return
    if SearchDocument.objects.filter(url="").exists():
        with transaction.atomic():
            written = rebuild()
        analyze()
        if verbosity:
            print(f"Search index rebuilt: {written} documents.")


def _relations(entry):
    """{related model: relation name} for the fields of ``entry`` that cross a relation."""
    found = {}
    for path in entry.text_paths():
        if "__" in path:
            name = path.split("__", 1)[0]
            found[entry.model._meta.get_field(name).related_model] = name
    return found


def _saved(sender, instance, raw=False, **kwargs):
    if raw or connection.vendor != "postgresql" or _paused.get():
        return
    for entry in registry.installed():
        if entry.model is sender:
            index_objects(entry, sender.objects.filter(pk=instance.pk))
        relation = _relations(entry).get(sender)
        if relation:
            index_objects(entry, entry.model.objects.filter(**{relation: instance}))


def _deleted(sender, instance, **kwargs):
    if connection.vendor != "postgresql" or _paused.get():
        return
    for entry in registry.installed():
        if entry.model is sender:
            remove_object(sender, instance.pk)


def connect():
    post_save.connect(_saved, dispatch_uid="search_documents_saved")
    post_delete.connect(_deleted, dispatch_uid="search_documents_deleted")
