"""Forms on public pages without a CSRF cookie: a POST must come from this site, as the browser tells us.

Public pages set no cookie, so that shared caches can keep them (``portal.http_cache``); the visitor's forms on
them (feedback, site notice) are exempt from Django's CSRF token and checked here instead. A browser names the
sender of every POST: ``Sec-Fetch-Site`` (it must be ``same-origin``), otherwise ``Origin`` (it must be this
site: the request's own host, ``PORTAL_SITE_URL`` or ``CSRF_TRUSTED_ORIGINS``), otherwise ``Referer`` (the same).
A POST with none of the three comes from a program, not from a page on another site that a visitor's browser
submits, and is accepted: these forms act with no visitor's rights (no session, nothing but a new feedback entry
or the sender's own cookie), so what such a client can do it could do anyway; the rate limit and the honeypot
still apply to it.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseForbidden
from django.utils.translation import gettext as _


def _origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower() if parts.scheme and parts.netloc else "null"


def our_origins(request):
    return {
        f"{request.scheme}://{request.get_host()}".lower(),
        _origin(settings.PORTAL_SITE_URL),
        *(origin.lower() for origin in settings.CSRF_TRUSTED_ORIGINS),
    }


def posted_from_our_site(request):
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site == "same-origin"
    origin = request.headers.get("Origin")
    if origin:
        return origin.lower() in our_origins(request)
    referer = request.headers.get("Referer")
    if referer:
        return _origin(referer) in our_origins(request)
    return True


def refuse_cross_site():
    return HttpResponseForbidden(
        _("This form can only be sent from this website. Please open the page again and retry."),
        content_type="text/plain; charset=utf-8",
    )
