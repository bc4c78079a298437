"""Recording what a save wrote: "the translation into X of this row was written against German text V".

Every path that writes content into the database ends here, once per saved row, with the names of the fields it
wrote (``record_save``):

- a content admin's change form: the item (``TranslationWorkflowMixin.save_model``, after its minor-change box)
  and every inline row (``record_formsets``: a programme's building blocks, a call's documents, a page's embeds);
- a plain admin of a translated model outside the review workflow (``portal.admin_translated.TranslatedAdmin``);
- a change waiting for review going live, at once or at its scheduled time: the item and each row the change
  wrote (``record_change``, from the snapshots before and after, ``portal.workflow.pending``), as made by the
  change's author or as an XLIFF upload in it said (``provenance``);
- an old version restored (``record_change`` with ``restored``): a translation it brings back is recorded as made
  from the German text it was recorded against when the version was kept (``remember_revision_sources``, on
  every kept version), so it is up to date only if the restored German is that text; without such a note (a
  version kept before the notes existed) it is outdated until a translator confirms it;
- the list actions that publish or archive items (``portal.workflow.content_admin``);
- an XLIFF import of an item, or a row of an item, that is not live (``portal.translation_workflow.xliff``).

A row's records go with the row when it is deleted (``delete_records``, connected in ``apps``).

A save that waits for review writes into a savepoint that is rolled back, and so do its records; they are
written when the change goes live. Only models in the translation workflow (``freshness.has_workflow``) get
records; the others are translated or missing, never outdated. A German value among the written fields
changes the fingerprint the other languages are compared with, so they turn outdated unless they were written
in the same save (or the change was marked minor); nothing needs to be done for that here.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from portal.translated_fields import SOURCE_LANGUAGE, is_translated
from portal.translation_workflow import freshness, provenance
from portal.translation_workflow.models import Origin, RevisionSources, TranslationRecord


def record_save(obj, changed_fields, *, user=None, origin=Origin.PERSON, reviewed=None, fingerprint=None, made_by=None):
    """``obj`` was saved with ``changed_fields`` (column names such as ``title_tr``): remember its published
    German text, keep translations current after a minor change of it, and record each translation written.

    ``origin`` and ``reviewed``: who made the written translations (an XLIFF upload says so); ``made_by``:
    ``{language: (origin, reviewed)}`` where it differs by language (the uploads in a change going live,
    ``provenance.made_by``; those languages are recorded even when the change found them live already);
    ``fingerprint``: the German text they were made from, when known (an XLIFF file carries it), else the current
    source. Returns the languages kept current by a minor change."""
    if obj is None or obj.pk is None or not freshness.has_workflow(type(obj)):
        return []
    previous = freshness.german_record(obj)
    published = freshness.remember_published_source(obj)
    kept = []
    if previous is not None and published is not None and previous.source_fingerprint != published.source_fingerprint:
        kept = freshness.keep_current_after_minor_change(obj, previous.source_fingerprint, published.source_fingerprint)
    made_by = made_by or {}
    written = freshness.changed_languages(type(obj), changed_fields) | set(made_by)
    for language in sorted(written - {SOURCE_LANGUAGE}):
        if is_translated(obj, language):
            made, checked = made_by.get(language, (origin, reviewed))
            freshness.record_translation(
                obj, language, user=user, origin=made, reviewed=checked, fingerprint=fingerprint
            )
    return kept


def form_changes(form, *, change):
    """The fields a saved model form wrote: those changed, or for a new row every field given a value."""
    if change:
        return list(form.changed_data)
    return [name for name in form.fields if form.cleaned_data.get(name) not in (None, "", [], ())]


def record_formsets(formsets, *, user=None):
    """After the admin saved ``formsets`` (inline rows): each new or changed row, by the fields it wrote."""
    for formset in formsets:
        if not freshness.has_workflow(formset.model):
            continue
        new = {id(obj) for obj in getattr(formset, "new_objects", ())}
        changed = {id(obj): names for obj, names in getattr(formset, "changed_objects", ())}
        for form in formset.forms:
            obj = form.instance
            if id(obj) in new:
                written = form_changes(form, change=False)
            elif id(obj) in changed:
                written = changed[id(obj)]
            else:
                continue
            if freshness.changed_languages(formset.model, written):  # a row's German is compared as it is now
                record_save(obj, written, user=user)


def record_form_save(form, formsets, *, change, user=None):
    """After a plain admin saved ``form`` and its ``formsets``."""
    record_save(form.instance, form_changes(form, change=change), user=user)
    record_formsets(formsets, user=user)


def _blank(value):
    return None if value in (None, "", []) else value


def _written(old, new):
    """The fields of a snapshot row that changed; an empty value saved over a null one is no change (a form saves
    "" into a field that was null, which would otherwise count as a translation written)."""
    if old is None:  # a row the change added
        return [name for name, value in new.items() if _blank(value) is not None]
    return [name for name, value in new.items() if _blank(old.get(name)) != _blank(value)]


def record_change(before, after, *, item, live=None, user=None, imported=None, restored=None):
    """A change went live, or an old version was restored: ``before`` and ``after`` are snapshots
    (``portal.workflow.pending.live_snapshot``) of the item and its rows. Each row of a workflow model that the
    change wrote is recorded; ``item`` is the item as saved, ``live`` as it was before (its published German is
    remembered first); ``imported``: what XLIFF uploads in the change said of who made which translation
    (``provenance.imported``); ``restored``: the records kept with the restored version (``revision_sources``;
    ``{}`` when it has none). Returns the languages kept current for the item by a minor change."""
    item_key = (item._meta.label_lower, str(item.pk))
    kept = []
    for key, fields in after.items():
        model = apps.get_model(key[0])
        if not freshness.has_workflow(model):
            continue
        written = _written(before.get(key), fields)
        made_by = provenance.made_by(imported, key, model, fields)
        if key == item_key:
            if live is not None:
                freshness.remember_published_source(live)
            obj = item
        elif freshness.changed_languages(model, written) or made_by:
            obj = model._default_manager.filter(pk=key[1]).first()
        else:
            continue
        if restored is None:
            languages_kept = record_save(obj, written, user=user, made_by=made_by)
        else:
            languages_kept = record_save(obj, [], user=user)  # the German only; the translations as they were
            _restore_records(obj, written, restored.get(key, {}), user=user)
        if key == item_key:
            kept = languages_kept
    return kept


def _restore_records(obj, written, known, *, user):
    """The translations of ``obj`` a restore wrote: recorded as the restored version's records say (``known``:
    ``{language: [fingerprint, origin, reviewed]}``), or without a record (outdated) where they say nothing."""
    if obj is None:
        return
    content_type = ContentType.objects.get_for_model(type(obj))
    for language in sorted(freshness.changed_languages(type(obj), written) - {SOURCE_LANGUAGE}):
        records = TranslationRecord.objects.filter(content_type=content_type, object_id=obj.pk, language=language)
        if language in known and is_translated(obj, language):
            fingerprint, origin, reviewed = known[language]
            freshness.record_translation(
                obj, language, user=user, origin=origin, reviewed=reviewed, fingerprint=fingerprint
            )
        else:
            records.delete()


def remember_revision_sources(sender, revision, versions, **kwargs):
    """``post_revision_commit``: keep, with a new version, the translation records of the workflow items and rows
    in it (what a restore of that version brings back, ``record_change``). Two queries per version kept."""
    wanted = {}
    for version in versions:
        if freshness.has_workflow(version._model) and str(version.object_id).isdigit():
            wanted.setdefault(version.content_type_id, set()).add(int(version.object_id))
    if not wanted:
        return
    condition = Q()
    for content_type_id, pks in wanted.items():
        condition |= Q(content_type_id=content_type_id, object_id__in=pks)
    kept = {}
    for record in TranslationRecord.objects.filter(condition).exclude(language=SOURCE_LANGUAGE):
        label = ContentType.objects.get_for_id(record.content_type_id).model_class()._meta.label_lower
        kept.setdefault(f"{label}:{record.object_id}", {})[record.language] = [
            record.source_fingerprint,
            record.origin,
            record.reviewed,
        ]
    if kept:
        RevisionSources.objects.create(revision=revision, records=kept)


def revision_sources(revision):
    """The records kept with ``revision`` (``remember_revision_sources``): ``{(model label, pk): {language:
    [fingerprint, origin, reviewed]}}``, empty for a version kept before such notes existed."""
    records = RevisionSources.objects.filter(revision=revision).values_list("records", flat=True).first() or {}
    return {tuple(row.rsplit(":", 1)): languages for row, languages in records.items()}


def delete_records(sender, instance, **kwargs):
    """``post_delete`` of a workflow model: a deleted item or row takes its translation records along, so none
    stays behind for a later row that gets the same number."""
    content_type = ContentType.objects.get_for_model(sender)
    TranslationRecord.objects.filter(content_type=content_type, object_id=instance.pk).delete()
