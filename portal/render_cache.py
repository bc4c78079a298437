"""The render cache's two clocks: a generation that every content change moves on, and the next publication boundary.

A rendered page is stored under the current generation (``generation()``) and is valid until the next instant at
which something public changes by itself (``next_boundary()``): a ``publish_from``/``publish_until`` of any
published item, the instants apps list as ``PUBLICATION_INSTANTS`` in their ``site.py`` (a call's opening and
deadline, a site notice's window), and the next midnight in the portal's time zone (pages that compare dates,
such as upcoming events and office closures). Saving or deleting any content row moves the generation on
(signals, at once and again after the transaction commits), so publish, unpublish, a pending change going
live and an import are seen by the next request; a saved row's own instants bring the stored boundary forward;
code that writes with ``QuerySet.update()`` or ``bulk_create()`` calls ``content_changed()`` itself.

Some pages change by the clock without being content: an office's "open now" flips when it opens or closes. Code
that renders such a state calls ``changes_at(instant)``; the page being rendered (``limits()``, entered by the
render cache middleware and by cached fragments) is then kept, and marked public, no longer than that instant.

Everything lives in the default cache (Redis in production, the database cache without it). While that cache
fails, nothing is cached and every page is rendered as before. Each process also keeps the fragments of the
current generation it has used (``_local``), so a page that is rendered reads each shared fragment from the
default cache only once per process and generation: a generation is never used twice (a new one starts at a
random number, not at 1, when the cache lost it), so a kept fragment is never one of an older state.
"""

import contextlib
import contextvars
import datetime
import functools
import hashlib
import logging
import secrets

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
# that change often without showing anywhere public (visitors' feedback, rate-limit counts).
QUIET_APPS = {"workflow", "search", "sessions", "admin", "axes", "otp_totp", "reversion", "contenttypes", "auth"}
QUIET_MODELS = {"portal.feedback", "portal.ratecount"}


def is_content(model):
    meta = model._meta
    if meta.app_label in QUIET_APPS or meta.label_lower in QUIET_MODELS:
        return False
    return meta.app_config is not None and meta.app_config.name in settings.PORTAL_APPS


def _new_generation():
    """A generation for a cache that has none (new, flushed, evicted): a random number, so that it is none of the
    generations used before (whose fragments a process may still keep) whatever the clock says."""
    return secrets.randbits(52)


def generation():
    """The current generation (an int), or None while the cache fails."""
    return generation_and_boundary()[0]


def generation_and_boundary():
    """(the current generation or None while the cache fails, the stored next boundary or None): one read."""
    try:
        found = cache.get_many([GENERATION_KEY, BOUNDARY_KEY])
        value = found.get(GENERATION_KEY)
        if value is None:
            cache.add(GENERATION_KEY, _new_generation(), None)
            value = cache.get(GENERATION_KEY)
        return value, found.get(BOUNDARY_KEY)
    except Exception as error:  # any backend's failure: connection refused, timeout, missing table
        logger.warning("render cache unavailable (%s)", error)
        return None, None


def _bump():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet (or evicted): any new value differs from the keys in use
        cache.set(GENERATION_KEY, _new_generation(), None)
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


# --- One page being rendered: its instants and its fragments ---------------------------------------------
_limits = contextvars.ContextVar("render_cache_limits", default=None)
_page = contextvars.ContextVar("render_cache_page", default=None)  # (generation, the instant the page is for)
_stored_boundary = contextvars.ContextVar("render_cache_boundary", default=None)  # read with the generation
FRAGMENT_KEY = "render:fragment:{generation}:{digest}"
# This process's copies of the fragments of one generation: {key: (expires, stored)}; emptied when the generation
# moves on or when full. Very large fragments (the sitemap) are left to the shared cache.
LOCAL_FRAGMENTS = 256
LOCAL_FRAGMENT_CHARS = 100_000
_local = {"generation": None, "fragments": {}}


def changes_at(instant):
    """What is being rendered now reads differently from ``instant`` on (an office opens or closes): the page (and
    any cached fragment being rendered) expires there. Nothing happens outside a ``limits()`` block."""
    collected = _limits.get()
    if collected is not None and instant is not None:
        collected.append(instant)


@contextlib.contextmanager
def limits():
    """Collects the ``changes_at`` instants of what is rendered inside; yields the list. The instants count for an
    enclosing block too (a fragment's instants are its page's)."""
    outer = _limits.get()
    collected = []
    token = _limits.set(collected)
    try:
        yield collected
    finally:
        _limits.reset(token)
        if outer is not None:
            outer.extend(collected)


@contextlib.contextmanager
def rendering(current_generation, now, stored_boundary=None):
    """An anonymous page for the instant ``now`` is rendered under ``current_generation`` (None: the render cache
    is off or fails): its fragments are cached under it too. ``stored_boundary``: the boundary entry read with the
    generation (``generation_and_boundary``), used by ``next_boundary`` instead of reading it again. Yields the
    page's ``limits()``."""
    token = _page.set((current_generation, now) if current_generation is not None else None)
    boundary_token = _stored_boundary.set(stored_boundary)
    try:
        with limits() as collected:
            yield collected
    finally:
        _stored_boundary.reset(boundary_token)
        _page.reset(token)


def _local_fragments(current):
    if _local["generation"] != current:
        _local["generation"], _local["fragments"] = current, {}
    return _local["fragments"]


def _keep_locally(fragments, key, stored, now):
    value = stored[3]
    if isinstance(value, str) and len(value) > LOCAL_FRAGMENT_CHARS:
        return
    if len(fragments) >= LOCAL_FRAGMENTS:
        fragments.clear()
    # No longer than the shared cache keeps it (stored at its rendering, for at most the render cache's time).
    fragments[key] = (stored[0] + datetime.timedelta(seconds=settings.PORTAL_RENDER_CACHE_SECONDS), stored)


def fragment(name, *vary, build):
    """``build()``, or its value kept in the default cache: a fragment many pages or visitors share (navigation,
    home cards, sitemap, feeds), keyed by ``name`` and ``vary`` (the language, ...) under the page's generation,
    so every content change retires it with the pages, and kept until the next publication boundary or an
    earlier ``changes_at`` of what it shows (which the pages showing it inherit). Only inside ``rendering()`` of
    an anonymous page with the render cache on; otherwise (staff, previews, forms) it is built every time."""
    page = _page.get()
    if page is None:
        return build()
    current, now = page
    state = "\x1f".join([name, *(str(part) for part in vary)])
    key = FRAGMENT_KEY.format(generation=current, digest=hashlib.sha256(state.encode()).hexdigest())
    fragments = _local_fragments(current)
    local = fragments.get(key)
    stored = local[1] if local is not None and now < local[0] else None
    if stored is None:
        try:
            stored = cache.get(key)
        except Exception:  # a failing cache costs a render, nothing more
            stored = None
        if stored is not None:
            _keep_locally(fragments, key, stored, now)
    if stored is not None:
        rendered_at, boundary, own_limit, value = stored
        if rendered_at <= now < boundary:
            changes_at(own_limit)
            return value
    with limits() as collected:
        value = build()
    boundary = min([next_boundary(now), *collected])
    timeout = min(settings.PORTAL_RENDER_CACHE_SECONDS, int((boundary - now).total_seconds()))
    if timeout > 0:
        stored = (now, boundary, min(collected, default=None), value)
        try:
            cache.set(key, stored, timeout)
        except Exception as error:
            logger.warning("render cache: fragment not stored (%s)", error)
        else:
            _keep_locally(fragments, key, stored, now)
    return value


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


def next_boundary(now, stored=None):
    """``compute_next_boundary``, remembered until the boundary passes (saves bring it forward without a query).
    ``stored``: the entry already read with the generation (else the one ``rendering()`` was given, else read)."""
    key = BOUNDARY_KEY
    stored = stored or _stored_boundary.get()
    if stored is None or not (stored[0] <= now < stored[1]):
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
