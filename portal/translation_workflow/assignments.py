"""Which languages a staff member translates and reviews.

Editors, publishers and administrators change the German source and every language. A translator changes only
the languages an administrator assigned to them (``LanguageAssignment``, shown in the user admin); every other
language field is read-only in the form, and a POST that carries one anyway is refused, never silently dropped
(``refused_fields``). A language reviewer (an assignment with ``reviews``) may publish or discard a change waiting
for review when it changes nothing but translations into their review languages and is not their own work
(``may_decide``): a Turkish translation does not wait for the German publisher.
"""

import re

from django.conf import settings
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

from portal.translation_workflow.models import LanguageAssignment
from portal.workflow.merge import IGNORED_FIELDS
from portal.workflow.permissions import can_edit_source, can_publish

SOURCE_LANGUAGE = settings.LANGUAGE_CODE
_FORMSET_FIELD = re.compile(r"^.+-\d+-(?P<name>[^-]+)$")


def all_languages():
    return [code for code, _name in settings.LANGUAGES]


def editable_languages(user):
    """The languages whose fields ``user`` may change (German included for those who edit the source)."""
    if user is None or not user.is_active:
        return set()
    if can_edit_source(user):
        return set(all_languages())
    cached = getattr(user, "_translation_languages", None)
    if cached is None:
        cached = set(LanguageAssignment.objects.filter(user=user).values_list("language", flat=True))
        user._translation_languages = cached
    return cached - {SOURCE_LANGUAGE}


def review_languages(user):
    """The languages ``user`` reviews as a language reviewer."""
    if user is None or not user.is_active or not user.is_authenticated:
        return set()
    cached = getattr(user, "_review_languages", None)
    if cached is None:
        cached = set(LanguageAssignment.objects.filter(user=user, reviews=True).values_list("language", flat=True))
        user._review_languages = cached
    return set(cached)


def _translatable(model):
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


def localized_field_language(model, name):
    """``(field, language)`` when ``name`` is a language column of one of ``model``'s translated fields."""
    for field in _translatable(model):
        for language in all_languages():
            if name == build_localized_fieldname(field, language):
                return field, language
    return None


def refused_fields(user, models, data):
    """The submitted names (of ``models``' language columns, also in inline rows) ``user`` may not change."""
    allowed = editable_languages(user)
    if allowed >= set(all_languages()):
        return []
    refused = []
    for key in data:
        match = _FORMSET_FIELD.match(key)
        name = match["name"] if match else key
        for model in models:
            found = localized_field_language(model, name)
            if found is not None and found[1] not in allowed:
                refused.append(key)
                break
    return refused


def changed_columns(before, after):
    """``[(model label, field name)]`` of every column that differs between two snapshots; a row added or
    removed is ``(label, None)``."""
    changed = []
    for key in set(before) | set(after):
        if key not in before or key not in after:
            changed.append((key[0], None))
            continue
        old, new = before[key], after[key]
        for name in set(old) | set(new):
            if name not in IGNORED_FIELDS and old.get(name) != new.get(name):
                changed.append((key[0], name))
    return changed


def change_languages(pending):
    """The languages a pending change touches, or ``None`` when it touches more than translations."""
    from django.apps import apps

    from portal.workflow.pending import pending_base, pending_snapshot

    base = pending_base(pending)
    if base is None or pending.kind != "change":
        return None
    languages = set()
    for label, name in changed_columns(base, pending_snapshot(pending)):
        if name is None:
            return None
        found = localized_field_language(apps.get_model(label), name)
        if found is None:
            return None
        languages.add(found[1])
    return languages


def may_decide(user, pending):
    """Whether ``user`` may publish or discard ``pending``: a publisher, or a reviewer of every language it
    touches (translations only, and not their own work)."""
    if can_publish(user):
        return True
    if pending is None or user is None or not user.is_authenticated:
        return False
    return _reviewer_may_decide(user, pending, review_languages(user))


def _reviewer_may_decide(user, pending, reviews):
    if not reviews:
        return False
    languages = change_languages(pending)
    if not languages or SOURCE_LANGUAGE in languages or not languages <= reviews:
        return False
    from portal.workflow.pending import authors_of

    return user not in authors_of(pending)


def decidable_changes(user):
    """The changes waiting for review that ``user`` may publish or discard (``may_decide``), newest first: every
    one for a publisher, for a language reviewer those that touch only translations into their review languages
    and hold no work of theirs. The start page's "waiting for my review" and the review queue's filter "mine to
    decide" both list exactly these."""
    from portal.workflow.models import PendingChange

    if user is None or not user.is_authenticated or not user.is_active:
        return []
    waiting = PendingChange.objects.open().select_related("content_type", "author", "previous")
    if can_publish(user):
        return list(waiting)
    reviews = review_languages(user)
    if not reviews:
        return []
    return [pending for pending in waiting if _reviewer_may_decide(user, pending, reviews)]


def shown_disabled(field):
    """Language-neutral fields a translator sees as a disabled form field rather than as text: lists of choices
    (their labels with ticks, never the stored keys)."""
    return callable(getattr(field, "labels", None))
