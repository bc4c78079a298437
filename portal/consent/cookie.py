"""The consent cookie: which providers the visitor allowed, for which version of the consent texts.

Signed (django.core.signing), HttpOnly, SameSite=Lax, Secure outside development. Whatever cannot be read —
forged, malformed, expired or made for another version of the texts — counts as no consent, never as an error.
"""

import zlib

from django.conf import settings
from django.core import signing

COOKIE_NAME = "portal_consent"
SALT = "portal.consent.cookie"
MAX_AGE = 365 * 24 * 60 * 60  # a year; then the visitor is asked again


def consent_version():
    return str(settings.PORTAL_CONSENT_VERSION)


def allowed_providers(request):
    """The provider keys the visitor allowed (a frozenset, empty without valid consent). Cached per request."""
    cached = getattr(request, "_portal_consent", None)
    if cached is not None:
        return cached
    allowed = read_consent(request.COOKIES.get(COOKIE_NAME))
    request._portal_consent = allowed
    return allowed


def read_consent(raw):
    """The provider keys a raw cookie value allows (a frozenset; empty for a missing or unreadable value)."""
    if not raw:
        return frozenset()
    try:
        data = signing.loads(raw, salt=SALT, max_age=MAX_AGE)
    except (signing.BadSignature, ValueError, TypeError, zlib.error):
        return frozenset()
    if (
        isinstance(data, dict)
        and data.get("v") == consent_version()
        and isinstance(data.get("p"), list)
        and all(isinstance(key, str) for key in data["p"])
    ):
        return frozenset(data["p"])
    return frozenset()


def store_consent(response, providers):
    """Write the consent for ``providers`` (keys) onto ``response``; no provider at all deletes the cookie."""
    keys = sorted(set(providers))
    if not keys:
        forget_consent(response)
        return
    value = signing.dumps({"v": consent_version(), "p": keys}, salt=SALT, compress=True)
    response.set_cookie(
        COOKIE_NAME,
        value,
        max_age=MAX_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


def forget_consent(response):
    response.delete_cookie(COOKIE_NAME, samesite="Lax")
