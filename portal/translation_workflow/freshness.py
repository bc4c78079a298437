"""Freshness of translations: missing, outdated or up to date.

A translation is outdated when the *published* German text it was made from has changed. We compare a
fingerprint (SHA-256) of the German values of the item's translatable fields, never timestamps, so that:

- editing another language changes nothing (only German values are hashed);
- reordering or any other change to non-translatable fields changes nothing;
- saving a draft that is not published changes nothing: for an item that is not published, the source is the
  fingerprint of the German text that was last published (kept in a German ``TranslationRecord``), or, for an item
  that was never published, there is nothing a translation could be outdated against.

A translation without a record (entered outside the admin, before the workflow existed) counts as outdated:
nobody has vouched for the source it was made from. ``manage.py translations baseline`` records the present
state once, e.g. after importing old content.

A minor change of the German text (a typo, punctuation) does not make translations outdated: the editor marks
the save as minor (a ``MinorChange`` from the fingerprint of the text they started from to that of their text).
When German text reaches the public (a direct save, or a change published after review), the translations that
were current for the text before are moved on to the new text, provided every step between the two is marked
minor; a normal change in between leaves them outdated. The marks are the history of what was kept, and why.

"Translated into X" itself is ``portal.translated_fields.is_translated`` — the one definition.
"""

import hashlib
import json

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from portal import render_cache
from portal.publication import Status
from portal.translated_fields import (
    SOURCE_LANGUAGE,
    is_translated,
    required_fields,
    site_languages,
    translatable_fields,
    value_in,
)
from portal.translation_workflow.models import MinorChange, Origin, TranslationRecord

MISSING = "missing"
OUTDATED = "outdated"
UP_TO_DATE = "up_to_date"
STATES = (UP_TO_DATE, OUTDATED, MISSING)
STATE_LABELS = {UP_TO_DATE: _("up to date"), OUTDATED: _("outdated"), MISSING: _("missing")}


def target_languages():
    """Every site language except the German source."""
    return [code for code in site_languages() if code != SOURCE_LANGUAGE]


def has_workflow(model):
    """Whether translations of ``model`` go through the workflow (records, XLIFF, "outdated"): the models that
    declare ``translation_required``."""
    return bool(required_fields(model))


def translated_models():
    """Every concrete model registered with modeltranslation that declares ``translation_required``."""
    models = [model for model in translator.get_registered_models(abstract=False) if has_workflow(model)]
    return sorted(models, key=lambda model: (model._meta.app_label, model._meta.model_name))


def counted_models():
    """Every concrete model registered with modeltranslation, as the coverage page counts them: the workflow's
    models and the supporting ones shown inside their pages (a closure's reason, an HSU class's note, a consent
    provider's texts), whose translation is there or missing (they have no records, so never "outdated")."""
    models = translator.get_registered_models(abstract=False)
    return sorted(models, key=lambda model: (model._meta.app_label, model._meta.model_name))


def german_fingerprint(obj):
    """SHA-256 of the German values of ``obj``'s translatable fields as they are now."""
    values = []
    for field in translatable_fields(type(obj)):
        value = value_in(obj, field, SOURCE_LANGUAGE)
        values.append([field, "" if value is None else str(value).strip()])
    payload = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def is_source_published(obj):
    """Whether ``obj``'s German text counts as published (status published; scheduled items included)."""
    status = getattr(obj, "status", None)
    return status is None or status == Status.PUBLISHED


def source_fingerprint(obj, german_record=None):
    """Fingerprint of the German text of ``obj`` that is published, or ``None`` if it never was."""
    if is_source_published(obj):
        return german_fingerprint(obj)
    return german_record.source_fingerprint if german_record is not None else None


def state_of(obj, language, record, german_record):
    """The state of ``obj``'s translation into ``language``, given its records (no query)."""
    if not is_translated(obj, language):
        return MISSING
    source = source_fingerprint(obj, german_record)
    if source is None:
        return UP_TO_DATE
    if record is None or record.source_fingerprint != source:
        return OUTDATED
    return UP_TO_DATE


def records_by_item(objects, languages):
    """``{(content_type_id, object_id, language): record}`` for ``objects`` in one query."""
    objects = list(objects)
    if not objects:
        return {}
    by_type = {}
    for obj in objects:
        content_type = ContentType.objects.get_for_model(type(obj))
        by_type.setdefault(content_type.pk, set()).add(obj.pk)
    condition = Q()
    for content_type_id, pks in by_type.items():
        condition |= Q(content_type_id=content_type_id, object_id__in=pks)
    wanted = set(languages) | {SOURCE_LANGUAGE}
    records = TranslationRecord.objects.filter(condition, language__in=wanted)
    return {(record.content_type_id, record.object_id, record.language): record for record in records}


def state_table(objects, languages=None):
    """``{obj.pk: {language: state}}`` for a list of items of one model: one query for all records."""
    objects = list(objects)
    languages = list(languages or target_languages())
    if objects and not has_workflow(type(objects[0])):
        return {
            obj.pk: {language: UP_TO_DATE if is_translated(obj, language) else MISSING for language in languages}
            for obj in objects
        }
    records = records_by_item(objects, languages)
    table = {}
    for obj in objects:
        content_type_id = ContentType.objects.get_for_model(type(obj)).pk
        german = records.get((content_type_id, obj.pk, SOURCE_LANGUAGE))
        table[obj.pk] = {
            language: state_of(obj, language, records.get((content_type_id, obj.pk, language)), german)
            for language in languages
        }
    return table


def translation_state(obj, language):
    """The state of one item's translation into ``language``."""
    return state_table([obj], [language])[obj.pk][language]


def _record_key(obj, language):
    return {
        "content_type": ContentType.objects.get_for_model(type(obj)),
        "object_id": obj.pk,
        "language": language,
    }


def remember_published_source(obj):
    """Keep the fingerprint of ``obj``'s German text while it is published (call before it may change)."""
    if obj.pk is None or not is_source_published(obj):
        return None
    record, _created = TranslationRecord.objects.update_or_create(
        **_record_key(obj, SOURCE_LANGUAGE), defaults={"source_fingerprint": german_fingerprint(obj)}
    )
    return record


def german_record(obj):
    """The record of ``obj``'s German text last published, or ``None``."""
    return TranslationRecord.objects.filter(**_record_key(obj, SOURCE_LANGUAGE)).first()


def current_source(obj):
    """The fingerprint a translation made now is made from: the published German, else the German as it is."""
    return source_fingerprint(obj, german_record(obj)) or german_fingerprint(obj)


def record_translation(obj, language, *, user=None, origin=Origin.PERSON, reviewed=None, fingerprint=None):
    """Record that ``obj``'s translation into ``language`` was made from the current published source."""
    defaults = {
        "source_fingerprint": fingerprint or current_source(obj),
        "origin": origin,
        "recorded_by": user if user is not None and user.is_authenticated else None,
    }
    if reviewed is not None:
        defaults["reviewed"] = reviewed
    record, _created = TranslationRecord.objects.update_or_create(**_record_key(obj, language), defaults=defaults)
    return record


def confirm_translation(obj, language, *, user):
    """A translator confirms that an existing translation is still valid for the current German text.

    Returns ``False`` (and records nothing) when there is no translation to confirm."""
    if language == SOURCE_LANGUAGE or not is_translated(obj, language):
        return False
    TranslationRecord.objects.update_or_create(
        **_record_key(obj, language),
        defaults={
            "source_fingerprint": current_source(obj),
            "confirmed_by": user if user is not None and user.is_authenticated else None,
            "confirmed_at": timezone.now(),
        },
    )
    return True


def changed_languages(model, changed_fields):
    """The languages (German included) whose translatable values are among ``changed_fields``."""
    changed = set(changed_fields)
    languages = set()
    for field in translatable_fields(model):
        for language in site_languages():
            if build_localized_fieldname(field, language) in changed:
                languages.add(language)
    return languages


def mark_minor_change(obj, *, before, after, user=None):
    """Note that the German text of ``obj`` changed from fingerprint ``before`` to ``after`` in a minor way."""
    if not before or not after or before == after:
        return None
    return MinorChange.objects.create(
        content_type=ContentType.objects.get_for_model(type(obj)),
        object_id=obj.pk,
        object_repr=str(obj)[:255],
        from_fingerprint=before,
        to_fingerprint=after,
        marked_by=user if user is not None and user.is_authenticated else None,
    )


def _minor_steps(obj, old, new):
    """The marks leading from fingerprint ``old`` to ``new`` when every step between them was minor, else None."""
    marks = MinorChange.objects.filter(content_type=ContentType.objects.get_for_model(type(obj)), object_id=obj.pk)
    by_target = {}
    for mark in marks.order_by("marked_at", "pk"):
        by_target[mark.to_fingerprint] = mark  # the newest mark to each text
    steps, current, seen = [], new, set()
    while current != old:
        mark = by_target.get(current)
        if mark is None or current in seen:
            return None
        seen.add(current)
        steps.append(mark)
        current = mark.from_fingerprint
    return steps


def keep_current_after_minor_change(obj, old, new):
    """When the published German text went from ``old`` to ``new`` by minor changes only, the translations that
    were current stay current. Returns the languages kept (empty when the change was not minor)."""
    steps = _minor_steps(obj, old, new)
    if not steps:
        return []
    key = _record_key(obj, SOURCE_LANGUAGE)
    records = TranslationRecord.objects.filter(
        content_type=key["content_type"],
        object_id=key["object_id"],
        language__in=target_languages(),
        source_fingerprint=old,
    )
    languages = sorted(records.values_list("language", flat=True))
    records.update(source_fingerprint=new)
    MinorChange.objects.filter(pk__in=[mark.pk for mark in steps]).update(
        applied_at=timezone.now(), kept_languages=" ".join(languages)
    )
    return languages


def minor_change_note(languages):
    return _("Minor change of the German text: the translations stay current (%(languages)s).") % {
        "languages": ", ".join(languages) or "—"
    }


def record_baseline(*, models=None):
    """Record every existing translation as made from the current source (once, e.g. after an import or the demo).

    The published German fingerprint is kept as ``remember_published_source`` would; existing translation records
    are left alone. A few queries per model, whatever the number of items and languages (the demo loader runs
    this on every load). Returns the number of translation records created."""
    created = 0
    languages = list(target_languages())
    now = timezone.now()
    for model in models or translated_models():
        objects = list(model._default_manager.all())
        content_type = ContentType.objects.get_for_model(model)
        records = records_by_item(objects, languages)
        new, changed = [], []
        for obj in objects:
            german = records.get((content_type.pk, obj.pk, SOURCE_LANGUAGE))
            if is_source_published(obj):
                fingerprint = german_fingerprint(obj)
                if german is None:
                    german = TranslationRecord(
                        content_type=content_type, object_id=obj.pk, language=SOURCE_LANGUAGE,
                        source_fingerprint=fingerprint,
                    )  # fmt: skip
                    new.append(german)
                elif german.source_fingerprint != fingerprint:
                    german.source_fingerprint, german.recorded_at = fingerprint, now
                    changed.append(german)
            source = source_fingerprint(obj, german) or german_fingerprint(obj)
            for language in languages:
                if (content_type.pk, obj.pk, language) not in records and is_translated(obj, language):
                    new.append(
                        TranslationRecord(
                            content_type=content_type,
                            object_id=obj.pk,
                            language=language,
                            source_fingerprint=source,
                            origin=Origin.PERSON,
                        )  # fmt: skip
                    )
                    created += 1
        TranslationRecord.objects.bulk_create(new)
        TranslationRecord.objects.bulk_update(changed, ["source_fingerprint", "recorded_at"])
        if new or changed:
            render_cache.content_changed()  # bulk writes send no save signals
    return created
