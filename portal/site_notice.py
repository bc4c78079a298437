"""Site notice: a short notice on every page in the visitor's language, dismissible without JavaScript.

Dismissing posts to ``notice_dismiss`` which stores the notice's id in a signed, essential cookie
(``portal_notices``; no tracking, no session) and redirects back. Error pages (``minimal_page``) skip it,
because they must render without the database.
"""

from django.conf import settings
from django.core import signing
from django.db import DatabaseError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from portal import render_cache
from portal.languages import direction
from portal.models import SiteNotice
from portal.origin import posted_from_our_site, refuse_cross_site
from portal.parsing import ascii_int
from portal.translated_fields import content_language, value_in

COOKIE_NAME = "portal_notices"
NOTICES_READ = "_portal_notices_read"  # set on a request whose page depends on the dismissal cookie
COOKIE_SALT = "portal.site_notice"
COOKIE_MAX_AGE = 60 * 60 * 24 * 60  # 60 days: longer than any notice is usually shown
MAX_REMEMBERED = 20  # dismissed notices a visitor's cookie keeps


def dismissed_ids(request):
    """The ids of the notices this visitor dismissed (an empty set for a missing or tampered cookie)."""
    try:
        value = request.get_signed_cookie(COOKIE_NAME, salt=COOKIE_SALT, default="")
    except signing.BadSignature:
        return set()
    return {number for part in value.split(",") if (number := ascii_int(part)) is not None}


def notices_for(request, *, at=None):
    """The current notices not dismissed by this visitor, each with its text in the visitor's language."""
    hidden = dismissed_ids(request)
    language = translation.get_language()
    result = []
    try:
        if at is None:  # the current notices are a fragment every page shares (portal.render_cache)
            current = render_cache.fragment(
                "site-notices", build=lambda: list(SiteNotice.objects.current()[: 3 + MAX_REMEMBERED])
            )
            notices = [notice for notice in current if notice.pk not in hidden][:3]
        else:
            notices = list(SiteNotice.objects.current(at=at).exclude(pk__in=hidden)[:3])
    except DatabaseError:
        return []
    if hidden or notices:
        setattr(request, NOTICES_READ, True)
    for notice in notices:
        shown_in = content_language(notice, language)
        result.append(
            {
                "notice": notice,
                "lang": shown_in,
                "dir": direction(shown_in),
                "text": value_in(notice, "text", shown_in),
                "link_text": value_in(notice, "link_text", shown_in) or "",
            }
        )
    return result


@csrf_exempt  # public pages carry no CSRF cookie (portal.http_cache); the origin check stands in for it
@require_POST
def dismiss(request, pk):
    if not posted_from_our_site(request):
        return refuse_cross_site()
    notice = get_object_or_404(SiteNotice, pk=pk)
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=False):
        back = reverse("home")
    remembered = sorted(dismissed_ids(request) | {notice.pk})[-MAX_REMEMBERED:]
    response = redirect(back)
    response.set_signed_cookie(
        COOKIE_NAME,
        ",".join(str(pk) for pk in remembered),
        salt=COOKIE_SALT,
        max_age=COOKIE_MAX_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
    return response
