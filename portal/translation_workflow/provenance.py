"""Who made a translation that reached the public through review: an XLIFF upload says "made by a person" or "by
a machine" and "reviewed" or not; a live item's imported translation first waits for review in a pending change.

At the import, each pending change remembers that choice per language for the item and for each of its rows the
file translated (a programme's building blocks, a page's embeds), with a fingerprint of the translation's values
as imported (``ImportedTranslation``). When the change goes live (published, or at its scheduled time), the
``TranslationRecord`` of that language of the item or row takes the choice over (``imported`` and ``made_by``,
given to ``records.record_change``), provided the live values are still the imported ones. Had someone edited
the imported text in the waiting change (the change continued in the form), it stays recorded as made by that
person, like any other edit.
"""

import hashlib
import json

from modeltranslation.utils import build_localized_fieldname

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


def _key(obj):
    return (obj._meta.label_lower, str(obj.pk))


def remember_import(pending, obj, language, *, snapshot, origin, reviewed):
    """The import put a translation of ``obj`` (the item of ``pending`` or one of its rows) into ``language`` into
    ``pending`` (whose stored values are ``snapshot``, ``portal.workflow.pending.pending_snapshot``): keep what
    the upload said."""
    key = _key(obj)
    own = key == (pending.content_type.model_class()._meta.label_lower, pending.object_id)
    ImportedTranslation.objects.update_or_create(
        pending=pending,
        row="" if own else ":".join(key),
        language=language,
        defaults={
            "origin": origin,
            "reviewed": reviewed,
            "fingerprint": snapshot_fingerprint(type(obj), snapshot.get(key, {}), language),
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


def imported(pending):
    """What the uploads in ``pending`` (and the changes it continues) said: ``{(model label, pk): {language:
    mark}}`` for the item and its rows, the newest mark of each row and language."""
    chain = _chain(pending)
    item = (pending.content_type.model_class()._meta.label_lower, pending.object_id)
    marks = {}
    for mark in ImportedTranslation.objects.filter(pending_id__in=chain):
        key = tuple(mark.row.rsplit(":", 1)) if mark.row else item
        newest = marks.setdefault(key, {}).get(mark.language)
        if newest is None or chain.index(mark.pending_id) < chain.index(newest.pending_id):
            marks[key][mark.language] = mark
    return marks


def made_by(marks, key, model, fields):
    """``{language: (origin, reviewed)}`` of the row ``key`` of a change gone live, whose values (``fields``, a
    snapshot row) are still as imported; ``marks`` as ``imported`` returns them."""
    return {
        language: (mark.origin, mark.reviewed)
        for language, mark in (marks or {}).get(key, {}).items()
        if mark.fingerprint == snapshot_fingerprint(model, fields, language)
    }
