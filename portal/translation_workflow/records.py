"""Recording what a save wrote: "the translation into X of this row was written against German text V".

Every path that writes content into the database ends here, once per saved row, with the names of the fields it
wrote (``record_save``):

- a content admin's change form: the item (``TranslationWorkflowMixin.save_model``, after its minor-change box)
  and every inline row (``record_formsets``: a programme's building blocks, a call's documents, a page's embeds);
- a plain admin of a translated model outside the review workflow (``portal.admin_translated.TranslatedAdmin``);
- a change waiting for review going live, at once or at its scheduled time: the item and each row the change
  wrote (``record_change``, from the snapshots before and after, ``portal.workflow.pending``);
- an XLIFF import of an item that is not live (``portal.translation_workflow.xliff``).

A save that waits for review writes into a savepoint that is rolled back, and so do its records; they are
written when the change goes live. Only models in the translation workflow (``freshness.has_workflow``) get
records; the others are translated or missing, never outdated. A German value among the written fields
changes the fingerprint the other languages are compared with, so they turn outdated unless they were written
in the same save (or the change was marked minor); nothing needs to be done for that here.
"""

from django.apps import apps

from portal.translated_fields import SOURCE_LANGUAGE, is_translated
from portal.translation_workflow import freshness
from portal.translation_workflow.models import Origin


def record_save(obj, changed_fields, *, user=None, origin=Origin.PERSON, reviewed=None, fingerprint=None):
    """``obj`` was saved with ``changed_fields`` (column names such as ``title_tr``): remember its published
    German text, keep translations current after a minor change of it, and record each translation written.

    ``origin`` and ``reviewed``: who made the written translations (an XLIFF upload says so); ``fingerprint``:
    the German text they were made from, when known (an XLIFF file carries it), else the current source.
    Returns the languages kept current by a minor change."""
    if obj is None or obj.pk is None or not freshness.has_workflow(type(obj)):
        return []
    previous = freshness.german_record(obj)
    published = freshness.remember_published_source(obj)
    kept = []
    if previous is not None and published is not None and previous.source_fingerprint != published.source_fingerprint:
        kept = freshness.keep_current_after_minor_change(obj, previous.source_fingerprint, published.source_fingerprint)
    for language in sorted(freshness.changed_languages(type(obj), changed_fields) - {SOURCE_LANGUAGE}):
        if is_translated(obj, language):
            freshness.record_translation(
                obj, language, user=user, origin=origin, reviewed=reviewed, fingerprint=fingerprint
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


def _written(old, new):
    if old is None:  # a row the change added
        return [name for name, value in new.items() if value not in (None, "", [])]
    return [name for name, value in new.items() if old.get(name) != value]


def record_change(before, after, *, item, live=None, user=None):
    """A change went live: ``before`` and ``after`` are snapshots (``portal.workflow.pending.live_snapshot``)
    of the item and its rows. Each row of a workflow model that the change wrote is recorded; ``item`` is the
    item as saved, ``live`` as it was before (its published German is remembered first). Returns the languages
    kept current for the item by a minor change."""
    item_key = (item._meta.label_lower, str(item.pk))
    kept = []
    for key, fields in after.items():
        model = apps.get_model(key[0])
        if not freshness.has_workflow(model):
            continue
        written = _written(before.get(key), fields)
        if key == item_key:
            if live is not None:
                freshness.remember_published_source(live)
            kept = record_save(item, written, user=user)
        elif freshness.changed_languages(model, written):
            record_save(model._default_manager.filter(pk=key[1]).first(), written, user=user)
    return kept
