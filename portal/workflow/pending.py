"""Pending changes: capture an editor's save without touching the live rows, publish or discard it later.

Capture: the admin saves the form and its inline rows inside a savepoint exactly as it normally would (so every
hook of the content apps runs), the item and the rows it follows (reversion's ``follow``: its inline rows) are
serialised, and the savepoint is rolled back. Rows created by the save are stored without a primary key, so
publishing inserts them afresh. Publish: the stored rows are written back, rows no longer part of the item are
deleted, inside one reversion revision (so history shows who published what, and when).
"""

import json

import reversion
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.exceptions import ObjectDoesNotExist
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from reversion.revisions import _get_options

from portal.workflow.models import PendingChange, PendingState


class StalePendingChange(Exception):
    """The live item changed after the pending change was made: publishing it would lose that change."""


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


def row_keys(obj):
    return {(row._meta.label_lower, str(row.pk)) for row in [obj, *followed_objects(obj)]}


def serialize_item(obj, *, new_keys=frozenset()):
    """The item and its rows as a JSON list (Django's serialiser format); rows in ``new_keys`` lose their pk."""
    rows = json.loads(serializers.serialize("json", [obj, *followed_objects(obj)]))
    for row in rows:
        if (row["model"], str(row["pk"])) in new_keys:
            row["pk"] = None
    return json.dumps(rows, ensure_ascii=False)


def needs_review(user, obj):
    """An item that is live (status published, also when scheduled) changes only through review."""
    from portal.workflow.roles import can_publish

    if obj is None or obj.pk is None or can_publish(user):
        return False
    live_status = type(obj)._default_manager.filter(pk=obj.pk).values_list("status", flat=True).first()
    return live_status == "published"


def begin_capture(obj):
    """Before the admin saves a reviewed item: remember its rows and open a savepoint."""
    live = type(obj)._default_manager.get(pk=obj.pk)
    return {"savepoint": transaction.savepoint(), "keys_before": row_keys(live), "base_changed_at": live.changed_at}


def finish_capture(capture, obj, *, user, comment=""):
    """After the admin saved: serialise what was saved, undo the save, and store it as a pending change."""
    obj = type(obj)._default_manager.get(pk=obj.pk)
    new_keys = row_keys(obj) - capture["keys_before"]
    data = serialize_item(obj, new_keys=new_keys)
    repr_ = str(obj)[:255]
    transaction.savepoint_rollback(capture["savepoint"])
    content_type = ContentType.objects.get_for_model(obj)
    PendingChange.objects.filter(content_type=content_type, object_id=str(obj.pk), state=PendingState.PENDING).update(
        state=PendingState.SUPERSEDED, decided_at=timezone.now()
    )
    return PendingChange.objects.create(
        content_type=content_type,
        object_id=str(obj.pk),
        object_repr=repr_,
        serialized=data,
        base_changed_at=capture["base_changed_at"],
        author=user if user and user.is_authenticated else None,
        comment=str(comment)[:255],
    )


def keep_creation_times(obj, live):
    """Creation times stay those of the live row (the JSON format keeps only milliseconds)."""
    for field in obj._meta.concrete_fields:
        if getattr(field, "auto_now_add", False):
            setattr(obj, field.attname, getattr(live, field.attname))


def apply_pending(pending):
    """Write the pending rows to the database (the caller owns the transaction). Returns the item."""
    model = pending.content_type.model_class()
    live = model._default_manager.select_for_update().get(pk=pending.object_id)
    rows = list(serializers.deserialize("json", pending.serialized, ignorenonexistent=True))
    keep = {(row.object._meta.label_lower, str(row.object.pk)) for row in rows if row.object.pk is not None}
    for related in reversed(followed_objects(live)):
        if (related._meta.label_lower, str(related.pk)) not in keep:
            related.delete()
    for row in rows:
        if type(row.object) is model and str(row.object.pk) == str(live.pk):
            keep_creation_times(row.object, live)
        row.object.save()
        for name, values in (row.m2m_data or {}).items():
            getattr(row.object, name).set(values)
    return model._default_manager.get(pk=pending.object_id)


def publish_pending(pending, *, user):
    """Make a pending change live. Refused (``StalePendingChange``) when the live item changed meanwhile."""
    if pending.state != PendingState.PENDING:
        raise StalePendingChange(_("This change is no longer waiting for review."))
    with transaction.atomic(), reversion.create_revision():
        live = pending.content_object
        if live is None:
            raise StalePendingChange(_("The item no longer exists."))
        if live.changed_at != pending.base_changed_at:
            raise StalePendingChange(
                _("The live item was changed after this change was made. Compare both and edit the item again.")
            )
        obj = apply_pending(pending)
        reversion.set_user(user)
        reversion.set_comment(
            _("Published the change of %(author)s from %(date)s")
            % {
                "author": pending.author or "?",
                "date": timezone.localtime(pending.created_at).strftime("%d.%m.%Y %H:%M"),
            }
        )
        reversion.add_to_revision(obj)
        pending.state = PendingState.PUBLISHED
        pending.decided_by = user
        pending.decided_at = timezone.now()
        pending.save(update_fields=["state", "decided_by", "decided_at"])
    return obj


def discard_pending(pending, *, user):
    pending.state = PendingState.DISCARDED
    pending.decided_by = user
    pending.decided_at = timezone.now()
    pending.save(update_fields=["state", "decided_by", "decided_at"])


def restore_version(version, *, user):
    """Restore the item (every language, every related row) to an older version kept by reversion."""
    with transaction.atomic(), reversion.create_revision():
        live = version._model._default_manager.get(pk=version.object_id)
        version.revision.revert(delete=True)
        obj = version._model._default_manager.get(pk=version.object_id)
        keep_creation_times(obj, live)
        obj.save()  # a new "last changed": open forms based on the old state are refused (optimistic lock)
        reversion.set_user(user)
        reversion.set_comment(
            _("Restored the version from %(date)s")
            % {"date": timezone.localtime(version.revision.date_created).strftime("%d.%m.%Y %H:%M")}
        )
        reversion.add_to_revision(obj)
    return obj


def open_pending_for(obj):
    return PendingChange.objects.for_object(obj).open().select_related("author").first()
