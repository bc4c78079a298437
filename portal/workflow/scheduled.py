"""Scheduled changes: a change to a live item, approved by a publisher, that goes live by itself at a set time.

A publisher approves a waiting change for a later instant (new opening hours from 1 January): the change is
merged with the live item right then (conflicts are chosen then, as when publishing) and kept with state
``scheduled`` and ``go_live_at``. At that instant it goes live without anybody present, in two ways that agree:

- lazily: ``ScheduledChangesMiddleware`` (before the render cache in ``MIDDLEWARE``) asks, for every request,
  whether the earliest scheduled instant has come — remembered by each process for a second, then one cache read
  (the instant is kept in the default cache, and read from the database when the cache has lost it or fails) —
  and if so applies every due change before the request is answered;
- by a timer: ``manage.py publish_scheduled_changes`` does the same (README: a systemd timer or cron line), so
  feeds, search documents and e-mails follow even when no visitor comes.

The render cache sees the instant coming: ``go_live_at`` is one of the ``PUBLICATION_INSTANTS``
(``portal/workflow/site.py``), scheduling brings the stored boundary forward and moves the generation on, so no
cached page and no ``max-age`` reaches past the instant; applying the change saves content rows, which moves the
generation on again (``portal.render_cache``).
"""

import datetime
import json
import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from portal import render_cache
from portal.local_time import BERLIN
from portal.workflow import notifications
from portal.workflow.merge import merge3, snapshot_to_rows
from portal.workflow.models import PendingChange, PendingState
from portal.workflow.pending import (
    PendingConflict,
    StalePendingChange,
    live_snapshot,
    pending_base,
    pending_snapshot,
    publish_pending,
)

logger = logging.getLogger(__name__)

NEXT_DUE_KEY = "workflow:scheduled:next-due"
VERSION_KEY = "workflow:scheduled:version"
NOTHING_DUE = "nothing"
# Each process remembers the earliest instant for a second (no cache read for most requests); a change is
# therefore scheduled at least MIN_LEAD ahead, so every process has read it again before the instant comes.
MEMO_SECONDS = datetime.timedelta(seconds=1)
MIN_LEAD = datetime.timedelta(seconds=10)
# The cached instant is stored under the current version, and forgetting it starts a new version: a request that
# read the rows just before a scheduling transaction committed stores its stale answer under the old version,
# which nobody reads any more. The day's expiry only lets old versions go.
NEXT_DUE_SECONDS = 24 * 60 * 60
_memo = None  # (valid until, earliest instant or None)


MAX_YEARS_AHEAD = 10


def parse_go_live(text, *, now=None):
    """The instant a form asks a change to go live at (``datetime-local``, Berlin time): None when empty, else a
    time at least ``MIN_LEAD`` ahead and within ``MAX_YEARS_AHEAD`` years; ``ValueError`` with the message for the
    person otherwise (malformed, year 9999, passed, too close)."""
    text = str(text or "").strip()
    if not text:
        return None
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(_("Please enter the date and time the change goes live, e.g. 01.01.2027 00:00.")) from None
    now = now or timezone.now()
    if not now.year - 1 <= moment.year <= now.year + MAX_YEARS_AHEAD:  # before any arithmetic (year 9999 overflows)
        raise ValueError(
            _("Please enter a time within the next %(years)s years, or leave it empty to publish at once.")
            % {"years": MAX_YEARS_AHEAD}
        )
    if moment.tzinfo is None:
        moment = timezone.make_aware(moment, BERLIN)
    if moment <= now:
        raise ValueError(_("The time the change goes live has already passed. Leave it empty to publish at once."))
    if moment < now + MIN_LEAD:
        raise ValueError(
            _(
                "The time the change goes live is too close: choose one at least %(seconds)s seconds from now, "
                "or leave it empty to publish at once."
            )
            % {"seconds": int(MIN_LEAD.total_seconds())}
        )
    return moment


def schedule_pending(pending, *, user, at, choices=None, comment=""):
    """Approve ``pending`` to go live at ``at`` (in the future); ``PendingConflict`` when a field needs a choice."""
    if at < timezone.now() + MIN_LEAD:
        raise ValueError("a scheduled change goes live in the future")
    with transaction.atomic():
        model = pending.content_type.model_class()
        live = model._default_manager.select_for_update().filter(pk=pending.object_id).first()
        pending = PendingChange.objects.select_for_update().get(pk=pending.pk)
        if pending.state != PendingState.PENDING:
            raise StalePendingChange(_("This change is no longer waiting for review."))
        if live is None:
            raise StalePendingChange(_("The item no longer exists."))
        current = live_snapshot(live)
        base = pending_base(pending) or current
        merged, conflicts = merge3(base, current, pending_snapshot(pending), choices=choices)
        if conflicts:
            raise PendingConflict(conflicts)
        pending.serialized = json.dumps(snapshot_to_rows(merged), ensure_ascii=False)
        pending.base_serialized = json.dumps(snapshot_to_rows(current), ensure_ascii=False)
        pending.base_changed_at = live.changed_at
        pending.state = PendingState.SCHEDULED
        pending.go_live_at = at
        pending.decided_by = user
        pending.decided_at = timezone.now()
        pending.decision_comment = str(comment or "").strip()[:2000]
        pending.save()
        render_cache.instants_added([at])
        render_cache.content_changed()  # pages kept so far were given a later boundary: render them anew
        forget_next_due_now_and_on_commit()
    return pending


def unschedule(pending, *, user):
    """A scheduled change goes back to waiting for review (it can then be published, rescheduled or discarded)."""
    with transaction.atomic():
        updated = PendingChange.objects.filter(pk=pending.pk, state=PendingState.SCHEDULED).update(
            state=PendingState.PENDING, go_live_at=None, decided_by=None, decided_at=None
        )
        forget_next_due_now_and_on_commit()
    return bool(updated)


def forget_next_due_now_and_on_commit():
    """Now, and again when the transaction commits (a request meanwhile may have read the old rows)."""
    forget_next_due()
    transaction.on_commit(forget_next_due)


def forget_next_due():
    global _memo
    _memo = None
    try:
        cache.set(VERSION_KEY, uuid.uuid4().hex, None)
    except Exception as error:  # the next request reads the database instead
        logger.warning("scheduled changes: next instant not forgotten (%s)", error)


def _versioned_key():
    """The cache key of the next instant in the current version (a version is made when there is none)."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    return f"{NEXT_DUE_KEY}:{version}"


def next_due(now=None):
    """The earliest instant a scheduled change goes live, or None: remembered for a second, else from the cache,
    else from the database."""
    global _memo
    now = now or timezone.now()
    memo = _memo
    if memo is not None and memo[0] - MEMO_SECONDS <= now < memo[0]:
        return memo[1]
    try:
        key = _versioned_key()
        stored = cache.get(key)
    except Exception:
        key, stored = None, None
    if stored is not None:
        _memo = (now + MEMO_SECONDS, None if stored == NOTHING_DUE else stored)
        return _memo[1]
    first = PendingChange.objects.scheduled().order_by("go_live_at").values_list("go_live_at", flat=True).first()
    if key is not None:
        try:
            cache.set(key, first or NOTHING_DUE, NEXT_DUE_SECONDS)
        except Exception as error:
            logger.warning("scheduled changes: next instant not stored (%s)", error)
    _memo = (now + MEMO_SECONDS, first)
    return first


def apply_due_changes(*, now=None, failed=None):
    """Make every scheduled change whose time has come live, oldest first; returns those that went live.

    Each change goes live in its own transaction: one that cannot (a related row deleted after the approval, any
    error) goes back to review with the reason, the publishers are told, and the others still go live. Those are
    added to ``failed`` (a list) when given."""
    now = now or timezone.now()
    applied = []
    # Stored notes (the revision comment, the reason) in the site's language, whatever request comes first.
    with translation.override(settings.LANGUAGE_CODE):
        _apply_each(now, applied, failed)
    return applied


def _apply_each(now, applied, failed):
    try:
        due = PendingChange.objects.scheduled().filter(go_live_at__lte=now).select_related("decided_by")
        for pending in list(due.order_by("go_live_at", "pk")):
            try:
                with transaction.atomic():
                    publish_pending(pending, user=pending.decided_by, comment=pending.decision_comment, scheduled=True)
            except StalePendingChange as error:  # another process applied it meanwhile, or the item is gone
                gone = PendingChange.objects.filter(pk=pending.pk, state=PendingState.SCHEDULED)
                if gone.update(state=PendingState.DISCARDED, decided_at=now):
                    logger.warning("scheduled change %s could not go live: %s", pending.pk, error)
            except Exception as error:  # noqa: BLE001 - any failure: this change waits for review again
                logger.exception("scheduled change %s could not go live", pending.pk)
                if _back_to_review(pending, error):
                    if failed is not None:
                        failed.append(pending)
            else:
                applied.append(pending)
    finally:
        forget_next_due()


def _back_to_review(pending, error):
    """A scheduled change that failed to go live waits for review again, with the reason as its decision comment."""
    reason = _("It could not go live at the scheduled time (%(error)s); please review it again.") % {
        "error": f"{type(error).__name__}: {error}"[:500]
    }
    try:
        with transaction.atomic():
            moved = PendingChange.objects.filter(pk=pending.pk, state=PendingState.SCHEDULED).update(
                state=PendingState.PENDING, go_live_at=None, decided_by=None, decided_at=None, decision_comment=reason
            )
            if moved:
                pending.refresh_from_db()
                notifications.change_submitted(pending, user=None)
    except Exception:  # noqa: BLE001 - the database itself fails: the next attempt tries again
        logger.exception("scheduled change %s not moved back to review", pending.pk)
        return False
    return bool(moved)


def apply_if_due(now=None):
    now = now or timezone.now()
    try:
        due = next_due(now)
        if due is not None and due <= now:
            return apply_due_changes(now=now)
    except Exception as error:  # noqa: BLE001 - the page is answered as it is; the next request tries again
        logger.warning("scheduled changes not applied (%s)", error)
    return []


class ScheduledChangesMiddleware:
    """Before anything answers from a cache: make the changes live whose time has come (see the module)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        apply_if_due()
        return self.get_response(request)
