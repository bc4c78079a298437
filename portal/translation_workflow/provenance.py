"""Who made a translation that reached the public through review: an XLIFF upload says "made by a person" or "by
a machine" and "reviewed" or not; a live item's imported translation first waits for review in a pending change.

At the import, each pending change remembers that choice per language, with a fingerprint of the translation's
values as imported (``ImportedTranslation``). When the change goes live (published, or at its scheduled time),
the item's ``TranslationRecord`` of that language takes the choice over, provided the live values are still the
imported ones. Had someone edited the imported text in the waiting change (the change continued in the form),
it stays recorded as made by that person, like any other edit.
"""

import hashlib
import json

from modeltranslation.utils import build_localized_fieldname

from portal.translated_fields import value_in
from portal.translation_workflow import freshness
from portal.translation_workflow.models import ImportedTranslation


def _fingerprint(values):
    payload = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _clean(value):
    return "" if value is None else str(value).strip()


def snapshot_fingerprint(model, fields, language):
    """Fingerprint of ``language``'s values of ``model``'s translatable fields in a snapshot row (``fields``)."""
    names = freshness.translatable_fields(model)
    return _fingerprint([[name, _clean(fields.get(build_localized_fieldname(name, language)))] for name in names])


def live_fingerprint(obj, language):
    """The same fingerprint of the item as it is."""
    names = freshness.translatable_fields(type(obj))
    return _fingerprint([[name, _clean(value_in(obj, name, language))] for name in names])


def remember_import(pending, obj, language, *, snapshot, origin, reviewed):
    """The import put a translation of ``obj`` into ``language`` into ``pending`` (whose stored values are
    ``snapshot``, ``portal.workflow.pending.pending_snapshot``): keep what the upload said."""
    fields = snapshot.get((obj._meta.label_lower, str(obj.pk)), {})
    ImportedTranslation.objects.update_or_create(
        pending=pending,
        language=language,
        defaults={
            "origin": origin,
            "reviewed": reviewed,
            "fingerprint": snapshot_fingerprint(type(obj), fields, language),
        },
    )


def _chain(pending):
    """``pending`` and the earlier changes it continues, newest first."""
    chain, seen, step = [], set(), pending
    while step is not None and step.pk not in seen:
        seen.add(step.pk)
        chain.append(step.pk)
        step = step.previous
    return chain


def apply_imported(pending, obj, *, user=None):
    """``pending`` went live as ``obj``: record each imported translation that is live as imported with the
    upload's "made by" and "reviewed". Returns the languages so recorded."""
    chain = _chain(pending)
    marks = {}
    for mark in ImportedTranslation.objects.filter(pending_id__in=chain):
        newest = marks.get(mark.language)
        if newest is None or chain.index(mark.pending_id) < chain.index(newest.pending_id):
            marks[mark.language] = mark
    recorded = []
    for language, mark in sorted(marks.items()):
        if mark.fingerprint == live_fingerprint(obj, language):
            freshness.record_translation(obj, language, user=user, origin=mark.origin, reviewed=mark.reviewed)
            recorded.append(language)
    return recorded
