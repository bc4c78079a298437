"""Anonymous pages that a shared cache may keep, and the portal's own render cache of them.

``PublicPageCacheMiddleware`` sits near the top of ``MIDDLEWARE``, inside ``ConditionalGetMiddleware`` (which adds
the strong ETag, a hash of the body, and answers ``If-None-Match``/``If-Modified-Since`` with 304). For an anonymous
GET or HEAD — no session and no messages cookie — it

- answers from the render cache when it holds the page for this URL (query string included), this generation and
  this consent and notice state (``portal.render_cache``), and stores a fresh 200 there otherwise;
- marks the response ``Cache-Control: public`` with ``max-age``/``s-maxage`` of at most ``PORTAL_HTTP_MAX_AGE``
  seconds and never past the next publication boundary, a short ``stale-while-revalidate`` that also ends before
  it, and ``Last-Modified`` (when it was rendered);
- keeps ``Vary`` to what really varies: ``Cookie`` only where the page has an embed (the consent cookie decides
  between placeholder and frame) or site notices (their dismissal cookie), ``Accept-Language`` only on ``/`` and
  the open-data API (``portal.api``, whose render cache key holds the answer's language).

A response is left private when the view or an inner middleware said so (previews, search, pages with consented
frames), when it sets a cookie, or when it is not a 200. Every other response — staff, POST, forms with errors —
gets ``private`` (with ``no-store`` for anything but GET/HEAD or when it sets a cookie).
"""

import hashlib

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import http_date

from portal.api import http as api_http
from portal.api import language as api_language
from portal.consent.cookie import COOKIE_NAME as CONSENT_COOKIE
from portal.consent.cookie import read_consent
from portal.consent.csp import ATTRIBUTE as EMBEDS
from portal.render_cache import generation_and_boundary, next_boundary, rendering
from portal.site_notice import NOTICES_READ, dismissed_ids

PAGE_KEY = "render:page:{generation}:{digest}"
STALE_WHILE_REVALIDATE = 30  # seconds a shared cache may serve an expired copy while it fetches a new one
PRIVATE_DIRECTIVES = ("private", "no-store", "no-cache")


def anonymous_get(request):
    """A GET or HEAD without a session or messages cookie: the response can only depend on URL and consent."""
    if request.method not in ("GET", "HEAD"):
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and CookieStorage.cookie_name not in cookies


def page_key(request, current_generation):
    """The render cache key: the full path and the visitor's consent and dismissed notices (as meant, not as sent)."""
    state = "|".join(
        [
            request.get_full_path(),
            ",".join(sorted(read_consent(request.COOKIES.get(CONSENT_COOKIE)))),
            ",".join(str(pk) for pk in sorted(dismissed_ids(request))),
            # The API answers in the language of Accept-Language when no ?lang= says it (portal.api.language).
            (api_language.requested(request) or "") if api_http.is_api(request) else "",
        ]
    )
    return PAGE_KEY.format(generation=current_generation, digest=hashlib.sha256(state.encode()).hexdigest())


def _said_private(response):
    value = response.headers.get("Cache-Control", "").lower()
    return any(directive in value for directive in PRIVATE_DIRECTIVES)


def can_be_public(request, response):
    user = getattr(request, "user", None)
    return (
        response.status_code == 200
        and not response.cookies
        and not (user is not None and user.is_authenticated)
        and not response.streaming
        and not _said_private(response)
    )


def _vary(request, response):
    varies = {part.strip().lower(): part.strip() for part in response.headers.get("Vary", "").split(",") if part}
    keep = []
    embeds = getattr(request, EMBEDS, None)
    if (embeds is not None and embeds.origins) or NOTICES_READ in vars(request):
        keep.append("Cookie")
    if "accept-language" in varies and (request.path == "/" or api_http.is_api(request)):
        keep.append("Accept-Language")
    keep += [name for key, name in varies.items() if key not in ("cookie", "accept-language")]
    if keep:
        response.headers["Vary"] = ", ".join(keep)
    else:
        response.headers.pop("Vary", None)


def make_public(response, *, now, boundary, rendered_at):
    """``Cache-Control: public`` that expires no later than ``boundary``, with ``Last-Modified``."""
    until_boundary = max(0, int((boundary - now).total_seconds()))
    max_age = min(settings.PORTAL_HTTP_MAX_AGE, until_boundary)
    stale = max(0, min(STALE_WHILE_REVALIDATE, until_boundary - max_age))
    response.headers.pop("Cache-Control", None)
    response.headers.pop("Expires", None)
    patch_cache_control(response, public=True, max_age=max_age, s_maxage=max_age, stale_while_revalidate=stale)
    response.headers["Last-Modified"] = http_date(rendered_at.timestamp())


def make_private(request, response):
    if response.streaming or _said_private(response):  # files (media in development) keep their own headers
        return
    if request.method not in ("GET", "HEAD") or response.cookies:
        patch_cache_control(response, private=True, no_store=True)
    else:
        patch_cache_control(response, private=True, no_cache=True)


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not anonymous_get(request):
            response = self.get_response(request)
            make_private(request, response)
            return response
        now = timezone.now()
        current, stored_boundary = generation_and_boundary() if settings.PORTAL_RENDER_CACHE_SECONDS else (None, None)
        key = page_key(request, current) if current is not None else None
        stored = _cached(key, now)
        if stored is not None:
            rendered_at, boundary, response = stored
            make_public(response, now=now, boundary=boundary, rendered_at=rendered_at)
            return response
        # Cached fragments under the same generation; instants at which the page changes by the clock (open now).
        with rendering(current, now, stored_boundary) as page_limits:
            response = self.get_response(request)
        if not can_be_public(request, response):
            make_private(request, response)
            return response
        _vary(request, response)
        boundary = min([next_boundary(now, stored_boundary), *page_limits])
        make_public(response, now=now, boundary=boundary, rendered_at=now)
        if key is not None:
            _store(key, (now, boundary, response), now=now, boundary=boundary)
        return response


def _cached(key, now):
    if key is None:
        return None
    try:
        stored = cache.get(key)
    except Exception:
        return None
    if stored is None or not (stored[0] <= now < stored[1]):
        return None
    return stored


def _store(key, entry, *, now, boundary):
    timeout = min(settings.PORTAL_RENDER_CACHE_SECONDS, int((boundary - now).total_seconds()))
    if timeout <= 0:
        return
    try:
        cache.set(key, entry, timeout)
    except Exception:  # a full or failing cache costs the next visitor a render, nothing more
        return
