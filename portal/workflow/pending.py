"""Pending changes: an editor's save of a live item, kept aside until a publisher publishes or discards it.

A pending change stores the item and the rows reversion follows (its inline rows) as they will be once
published, in Django's serialiser format, together with the live state it was made on (its base). Rows added
in the change keep the number they got when the change was captured, so a form opened on the change and saved
later addresses the same rows. Publishing merges the change into the live item field by field: a field only the
change touched takes its value, a field only changed live meanwhile keeps the live value, and a field both
changed differently is a conflict the publisher resolves (``choices``) — nothing is overwritten silently.
"""

import json

import reversion
from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.exceptions import ObjectDoesNotExist
from django.db import models, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from reversion.revisions import _get_options

from portal.workflow import notifications
from portal.workflow.merge import MINE, merge3, rows_to_snapshot, snapshot_to_rows
from portal.workflow.models import PendingChange, PendingKind, PendingState
from portal.workflow.permissions import can_publish


class StalePendingChange(Exception):
    """The change can no longer be published as it is."""


class PendingConflict(StalePendingChange):
    """Fields the change and the live item both changed differently since the change was made."""

    def __init__(self, conflicts):
        self.conflicts = conflicts
        super().__init__(
            _("The live item was changed after this change was made, in the same fields. Choose for each field.")
        )


def follow_names(model):
    return _get_options(model).follow if reversion.is_registered(model) else ()


def followed_objects(obj):
    """The rows that belong to ``obj`` (its inline rows, recursively), as reversion follows them."""
    found, seen = [], {(type(obj), obj.pk)}

    def walk(item):
        for name in follow_names(type(item)):
            try:
                related = getattr(item, name)
            except ObjectDoesNotExist:
                continue
            if related is None:
                continue
            rows = [related] if isinstance(related, models.Model) else list(related.all())
            for row in rows:
                if (type(row), row.pk) not in seen:
                    seen.add((type(row), row.pk))
                    found.append(row)
                    walk(row)

    walk(obj)
    return found


def owner_of(row, *, cache=None):
    """The item ``row`` is one of the rows of (the item whose versions and changes hold it: a programme for its
    building blocks, a page for its embeds), or ``None`` when ``row`` is an item itself. ``cache``: a dict kept
    over several calls (an import's rows), so that the rows of one item fetch it once."""
    for model in reversion.get_registered_models():
        for name in follow_names(model):
            relation = model._meta.get_field(name)
            if relation.related_model is not type(row):
                continue
            if isinstance(relation, GenericRelation):
                content_type = getattr(row, relation.content_type_field_name + "_id", None)
                if content_type != ContentType.objects.get_for_model(model).pk:
                    continue
                owner_pk = getattr(row, relation.object_id_field_name)
            else:
                owner_pk = getattr(row, relation.field.attname, None)
            if owner_pk is None:
                continue
            cache = {} if cache is None else cache
            key = (model._meta.label_lower, str(owner_pk))
            if key not in cache:
                cache[key] = model._default_manager.filter(pk=owner_pk).first()
            if cache[key] is not None:
                return cache[key]
    return None


def row_keys(obj):
    return {(row._meta.label_lower, str(row.pk)) for row in [obj, *followed_objects(obj)]}


def live_snapshot(obj):
    """The item and its rows as they are in the database now."""
    obj = type(obj)._default_manager.get(pk=obj.pk)
    return rows_to_snapshot(json.loads(serializers.serialize("json", [obj, *followed_objects(obj)])))


def serialize_item(obj):
    return json.dumps(snapshot_to_rows(live_snapshot(obj)), ensure_ascii=False)


def needs_review(user, obj):
    """An item that is live (status published, also when scheduled) changes only through review."""
    if obj is None or obj.pk is None or can_publish(user):
        return False
    live_status = type(obj)._default_manager.filter(pk=obj.pk).values_list("status", flat=True).first()
    return live_status == "published"


def keep_creation_times(obj, live):
    """Creation times stay those of the live row (the JSON format keeps only milliseconds)."""
    for field in obj._meta.concrete_fields:
        if getattr(field, "auto_now_add", False):
            setattr(obj, field.attname, getattr(live, field.attname))


def write_snapshot(model, object_id, snapshot):
    """Make the item and its rows in the database equal ``snapshot`` (the caller owns the transaction)."""
    live = model._default_manager.select_for_update().get(pk=object_id)
    members = row_keys(live)
    rows = list(serializers.deserialize("json", json.dumps(snapshot_to_rows(snapshot)), ignorenonexistent=True))
    keep = {(row.object._meta.label_lower, str(row.object.pk)) for row in rows if row.object.pk is not None}
    for related in reversed(followed_objects(live)):
        if (related._meta.label_lower, str(related.pk)) not in keep:
            related.delete()
    for row in rows:
        item = row.object
        key = (item._meta.label_lower, str(item.pk))
        if item.pk is not None and key not in members and type(item)._default_manager.filter(pk=item.pk).exists():
            item.pk = None  # its number was given to another row meanwhile (SQLite reuses rolled-back numbers)
        if type(item) is model and str(item.pk) == str(live.pk):
            keep_creation_times(item, live)
        item.save()
        for name, values in (row.m2m_data or {}).items():
            getattr(item, name).set(values)
    return model._default_manager.get(pk=object_id)


def pending_snapshot(pending):
    return rows_to_snapshot(json.loads(pending.serialized))


def pending_base(pending):
    return rows_to_snapshot(json.loads(pending.base_serialized)) if pending.base_serialized else None


def effective_snapshot(pending, live):
    """The change on top of the live item as it is now: what an editor reopening the item edits.

    Fields changed live meanwhile are taken over; where both changed, the change's value is shown (the
    publisher chooses when publishing)."""
    base = pending_base(pending)
    if base is None:
        return pending_snapshot(pending)
    merged, _conflicts = merge3(base, live, pending_snapshot(pending), prefer=MINE)
    return merged


def apply_pending(pending):
    """Write the change, on top of the live item, to the database (previews roll it back). Returns the item."""
    model = pending.content_type.model_class()
    live = model._default_manager.select_for_update().get(pk=pending.object_id)
    return write_snapshot(model, pending.object_id, effective_snapshot(pending, live_snapshot(live)))


def german_repr(obj):
    with translation.override("de"):
        return str(obj)[:255]


KEEP = object()  # store_pending: the proposed time to go live stays that of the change continued


def store_pending(
    obj, snapshot, *, base, user, previous=None, kind=PendingKind.CHANGE, comment="", proposed_go_live_at=KEEP
):
    """Keep ``snapshot`` as the change waiting for review of ``obj`` (it replaces ``previous``).

    ``proposed_go_live_at``: the time the author proposes for it to go live (None: no proposal); by default that
    of ``previous`` (an import or another save without the change form's field keeps it)."""
    if proposed_go_live_at is KEEP:
        proposed_go_live_at = previous.proposed_go_live_at if previous is not None else None
    content_type = ContentType.objects.get_for_model(obj)
    waiting = PendingChange.objects.select_for_update().filter(
        content_type=content_type, object_id=str(obj.pk), state=PendingState.PENDING
    )
    waiting.update(state=PendingState.SUPERSEDED, decided_at=timezone.now())
    new_comment = str(comment or "").strip()
    pending = PendingChange.objects.create(
        content_type=content_type,
        object_id=str(obj.pk),
        object_repr=german_repr(obj),
        serialized=json.dumps(snapshot_to_rows(snapshot), ensure_ascii=False),
        base_serialized=json.dumps(snapshot_to_rows(base), ensure_ascii=False),
        base_changed_at=obj.changed_at,
        kind=kind,
        previous=previous,
        author=user if user and user.is_authenticated else None,
        comment=(new_comment or (previous.comment if previous is not None else ""))[:255],
        proposed_go_live_at=proposed_go_live_at,
    )
    if notifications.is_news(pending, previous=previous, user=user, comment=new_comment):
        notifications.change_submitted(pending, user=user)
    return pending


def request_publication(obj, *, user, comment="", proposed_go_live_at=KEEP):
    """An editor submits a draft: a change that publishes it, waiting for review like any other change."""
    live = live_snapshot(obj)
    wanted = {key: dict(fields) for key, fields in live.items()}
    wanted[(obj._meta.label_lower, str(obj.pk))]["status"] = "published"
    previous = open_pending_for(obj)
    return store_pending(
        obj,
        wanted,
        base=live,
        user=user,
        previous=previous,
        kind=PendingKind.PUBLICATION,
        comment=comment,
        proposed_go_live_at=proposed_go_live_at,
    )


def publication_conflicts(pending):
    """The conflicts publishing ``pending`` now would have to resolve."""
    live = pending.content_object
    base = pending_base(pending)
    if live is None or base is None:
        return []
    return merge3(base, live_snapshot(live), pending_snapshot(pending))[1]


def _record_translations(live, obj, before, pending):
    """The translation records after ``pending`` went live: each translation it wrote into the item or one of its
    rows, as made by a person, or as an XLIFF upload said (by a person or a machine, reviewed or not) where it
    brought the live text."""
    from portal.translation_workflow import freshness, provenance, records

    after = live_snapshot(obj)
    marks = provenance.imported(pending)
    kept = records.record_change(before, after, item=obj, live=live, user=pending.author, imported=marks)
    return freshness.minor_change_note(kept) if kept else ""


def publish_pending(pending, *, user, choices=None, comment="", scheduled=False):
    """Make a pending change live, merged into the live item; ``PendingConflict`` when a field needs a choice.

    ``scheduled``: a change a publisher approved for a later time goes live now (``portal.workflow.scheduled``);
    nobody is there to choose, so where the live item was changed in the same field after the approval, the
    approved change wins (its fields were chosen when it was approved)."""
    with transaction.atomic(), reversion.create_revision():
        model = pending.content_type.model_class()
        live = model._default_manager.select_for_update().filter(pk=pending.object_id).first()
        pending = PendingChange.objects.select_for_update().get(pk=pending.pk)
        if pending.state != (PendingState.SCHEDULED if scheduled else PendingState.PENDING):
            raise StalePendingChange(_("This change is no longer waiting for review."))
        if live is None:
            raise StalePendingChange(_("The item no longer exists."))
        current = live_snapshot(live)
        base = pending_base(pending)
        if base is None:  # made before changes kept their base: only on the unchanged live item
            if live.changed_at != pending.base_changed_at:
                raise StalePendingChange(
                    _("The live item was changed after this change was made. Compare both and edit the item again.")
                )
            base = current
        merged, conflicts = merge3(
            base, current, pending_snapshot(pending), choices=choices, prefer=MINE if scheduled else None
        )
        if conflicts:
            raise PendingConflict(conflicts)
        obj = write_snapshot(model, pending.object_id, merged)
        note = _record_translations(live, obj, current, pending)
        reversion.set_user(user)
        message = (
            _("Published the change of %(author)s from %(date)s at the scheduled time")
            if scheduled
            else _("Published the change of %(author)s from %(date)s")
        )
        published = message % {
            "author": pending.author or "?",
            "date": timezone.localtime(pending.created_at).strftime("%d.%m.%Y %H:%M"),
        }
        reversion.set_comment(f"{published} {note}".strip())
        reversion.add_to_revision(obj)
        _decide(pending, PendingState.PUBLISHED, user=user, comment=comment)
    return obj


def discard_pending(pending, *, user, comment=""):
    with transaction.atomic():
        _decide(pending, PendingState.DISCARDED, user=user, comment=comment)


def _decide(pending, state, *, user, comment):
    pending.state = state
    pending.decided_by = user
    pending.decided_at = timezone.now()
    pending.decision_comment = str(comment or "").strip()[:2000]
    pending.save(update_fields=["state", "decided_by", "decided_at", "decision_comment"])
    notifications.change_decided(
        pending, user=user, published=state == PendingState.PUBLISHED, authors=authors_of(pending)
    )


def restore_version(version, *, user):
    """Restore the item (every language, every related row) to an older version kept by reversion."""
    from portal.translation_workflow import records

    with transaction.atomic(), reversion.create_revision():
        live = version._model._default_manager.select_for_update().get(pk=version.object_id)
        before = live_snapshot(live)
        version.revision.revert(delete=True)
        obj = version._model._default_manager.get(pk=version.object_id)
        keep_creation_times(obj, live)
        obj.save()
        # The German as any save; the translations as they were recorded when the version was kept.
        restored = records.revision_sources(version.revision)
        records.record_change(before, live_snapshot(obj), item=obj, live=live, user=user, restored=restored)
        reversion.set_user(user)
        reversion.set_comment(
            _("Restored the version from %(date)s")
            % {"date": timezone.localtime(version.revision.date_created).strftime("%d.%m.%Y %H:%M")}
        )
        reversion.add_to_revision(obj)
    return obj


def open_pending_for(obj):
    return PendingChange.objects.for_object(obj).open().select_related("author").first()


def authors_of(pending):
    """Everybody whose work is in ``pending`` (it may combine several saves), oldest first."""
    authors, seen, step = [], set(), pending
    while step is not None and step.pk not in seen:
        seen.add(step.pk)
        if step.author is not None and step.author not in authors:
            authors.insert(0, step.author)
        step = step.previous
    return authors


def my_open_changes(user):
    """The changes waiting for review that hold work of ``user`` (also when a colleague continued them)."""
    waiting = PendingChange.objects.open().select_related("content_type", "author", "previous")
    return [pending for pending in waiting if any(author.pk == user.pk for author in authors_of(pending))]
