"""The render cache's two clocks: a generation that every content change moves on, and the next publication boundary.

A rendered page is stored under the current generation (``generation()``) and is valid until the next instant at
which something public changes by itself (``next_boundary()``): a ``publish_from``/``publish_until`` of any
published item, the instants apps list as ``PUBLICATION_INSTANTS`` in their ``site.py`` (a call's opening and
deadline, a site notice's window), and the next midnight in the portal's time zone (pages that compare dates,
such as upcoming events and office closures). Saving or deleting any content row moves the generation on
(signals, at once and again after the transaction commits), so publish, unpublish, a pending change going
live and an import are seen by the next request; a saved row's own instants bring the stored boundary forward;
code that writes with ``QuerySet.update()`` or ``bulk_create()`` calls ``content_changed()`` itself.

Everything lives in the default cache (Redis in production, the database cache without it). While that cache
fails, nothing is cached and every page is rendered as before.
"""

import datetime
import functools
import logging

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

from portal.publication import Publishable, Status
from portal.registry import contributions

logger = logging.getLogger(__name__)

GENERATION_KEY = "render:generation"
BOUNDARY_KEY = "render:boundary"
# Apps whose rows never change a public page (the review queue, edit locks, search documents) and single models
# that change often without showing anywhere public (visitors' feedback).
QUIET_APPS = {"workflow", "search", "sessions", "admin", "axes", "otp_totp", "reversion", "contenttypes", "auth"}
QUIET_MODELS = {"portal.feedback"}


def is_content(model):
    meta = model._meta
    if meta.app_label in QUIET_APPS or meta.label_lower in QUIET_MODELS:
        return False
    return meta.app_config is not None and meta.app_config.name in settings.PORTAL_APPS


def generation():
    """The current generation (an int), or None while the cache fails."""
    try:
        value = cache.get(GENERATION_KEY)
        if value is None:
            cache.add(GENERATION_KEY, 1, None)
            value = cache.get(GENERATION_KEY)
        return value
    except Exception as error:  # any backend's failure: connection refused, timeout, missing table
        logger.warning("render cache unavailable (%s)", error)
        return None


def _bump():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet (or evicted): any new value differs from the keys in use
        cache.set(GENERATION_KEY, int(timezone.now().timestamp() * 1000), None)
    except Exception as error:
        logger.warning("render cache: generation not moved on (%s)", error)


def content_changed():
    """Every cached page is out of date: now, and again when the current transaction commits (a page rendered
    meanwhile from the old rows must not be kept under the new generation)."""
    _bump()
    transaction.on_commit(_bump)


def _on_save_or_delete(sender, **kwargs):
    if not kwargs.get("raw") and is_content(sender):
        content_changed()
        if "created" in kwargs:  # saved: its own instants may come before the boundary known so far
            instants = [getattr(kwargs["instance"], name, None) for name in _boundary_fields().get(sender, ())]
            _lower_boundary(instants)
            transaction.on_commit(lambda: _lower_boundary(instants))


def _on_m2m(sender, instance, action, **kwargs):
    if action.startswith("post_") and is_content(type(instance)):
        content_changed()


def connect_signals():
    post_save.connect(_on_save_or_delete, dispatch_uid="portal.render_cache.save")
    post_delete.connect(_on_save_or_delete, dispatch_uid="portal.render_cache.delete")
    m2m_changed.connect(_on_m2m, dispatch_uid="portal.render_cache.m2m")


# --- The next publication boundary ---------------------------------------------------------------------------
@functools.cache
def _boundary_fields():
    """{model: field names} of every source of boundaries."""
    fields = {}
    for model, names, _published_only in _instant_sources():
        fields[model] = fields.get(model, ()) + names
    return fields


def _lower_boundary(instants):
    """Bring the stored boundary forward to the earliest of ``instants`` still to come (no query: a boundary too
    early costs one recomputation, a boundary too late a stale page; a deleted row or a later instant only
    leaves the stored one too early)."""
    now = timezone.now()
    coming = [instant for instant in instants if instant is not None and instant > now]
    if not coming:
        return
    try:
        stored = cache.get(BOUNDARY_KEY)
        if stored is not None and min(coming) < stored[1]:
            cache.set(BOUNDARY_KEY, (stored[0], min(coming)), max(1, int((min(coming) - now).total_seconds())))
    except Exception as error:
        logger.warning("render cache: boundary not updated (%s)", error)


def instants_added(instants):
    """Instants stored outside the content apps (a change scheduled in the workflow, whose rows are quiet) bring
    the stored boundary forward like a saved content row's own instants."""
    _lower_boundary(instants)
    transaction.on_commit(lambda: _lower_boundary(instants))


def _instant_sources():
    """(model, field names) pairs whose future values are boundaries."""
    sources = []
    for model in apps.get_models():
        if issubclass(model, Publishable) and is_content(model):
            sources.append((model, ("publish_from", "publish_until"), True))
    for label, fields in contributions("PUBLICATION_INSTANTS"):
        try:
            sources.append((apps.get_model(label), tuple(fields), False))
        except LookupError:
            continue
    return sources


def _next_midnight(now):
    local = timezone.localtime(now)
    tomorrow = datetime.datetime.combine(local.date() + datetime.timedelta(days=1), datetime.time())
    return timezone.make_aware(tomorrow, local.tzinfo)


def compute_next_boundary(now):
    """The earliest instant after ``now`` at which a public page may change without a save: one query."""
    candidates = [_next_midnight(now)]
    found = _earliest(now)
    if found is not None:
        candidates.append(found)
    return min(candidates)


def _earliest(now):
    """The smallest future instant of all sources, in one UNION ALL query (scheduled instants are few)."""
    queries = []
    for model, fields, published_only in _instant_sources():
        for name in fields:
            rows = model._default_manager.filter(**{f"{name}__gt": now})
            if published_only:
                rows = rows.filter(status=Status.PUBLISHED)
            queries.append(rows.order_by().values_list(name, flat=True))
    if not queries:
        return None
    first, *rest = queries
    values = [value for value in first.union(*rest, all=True).order_by() if value is not None] if rest else list(first)
    return min(values, default=None)


def next_boundary(now):
    """``compute_next_boundary``, remembered until the boundary passes (saves bring it forward without a query)."""
    key = BOUNDARY_KEY
    try:
        stored = cache.get(key)
    except Exception:
        stored = None
    if stored is not None:
        computed_at, boundary = stored
        if computed_at <= now < boundary:
            return boundary
    try:
        boundary = compute_next_boundary(now)
    except DatabaseError as error:  # a page that needs no database still answers, but nobody may keep it
        logger.warning("render cache: next boundary unknown (%s)", error)
        return now
    try:
        cache.set(key, (now, boundary), max(1, int((boundary - now).total_seconds())))
    except Exception as error:
        logger.warning("render cache: boundary not stored (%s)", error)
    return boundary
