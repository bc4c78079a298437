"""Views of the shared page layer: entry redirect, home, health check, robots.txt and error pages."""

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language_from_path
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from portal.areas import available_tasks
from portal.editorial import OPTIONAL_PAGES, published_optional_pages
from portal.faults import cache_state
from portal.site_url import absolute_url


@require_safe
def root_redirect(request):
    """``/`` sends the visitor to the home page in the best language their browser asks for (German otherwise)."""
    language = translation.get_language_from_request(request, check_path=False)
    with translation.override(language):
        response = HttpResponseRedirect(reverse("home"))
    response.headers["Vary"] = "Accept-Language, Cookie"
    return response


HOME_INFO_PAGES = dict(zip(("easy_read", "sign_language"), OPTIONAL_PAGES, strict=True))


def published_info_pages():
    """``{"easy_read": url, "sign_language": url}`` of the home page's editorial pages, "" for one not published
    (``{% url %}`` gives an address for any slug)."""
    found = published_optional_pages()
    return {
        name: reverse("info_page", kwargs={"slug": slug}) if slug in found else ""
        for name, slug in HOME_INFO_PAGES.items()
    }


def home(request):
    """The home page as residents' tasks (each app adds its own: ``HOME_TASKS``), search and the ways to
    easy-to-read German and sign language at the top (only to those pages that are published)."""
    # The cards and the ways to those pages are cached fragments (portal.render_cache): looked up when rendered.
    context = {"tasks": SimpleLazyObject(available_tasks), "info_pages": SimpleLazyObject(published_info_pages)}
    return render(request, "portal/home.html", context)


@never_cache
@require_safe
def healthz(request):
    """200 while the database answers (``"degraded"`` when the cache does not), 503 when it does not.

    A cache outage is a 200: every page still works and feedback is still stored (its rate limit falls back to the
    database), so a load balancer must not take the server out of service for it; monitoring alerts on the body.
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "unavailable"}, status=503)
    cache = cache_state()
    return JsonResponse({"status": "ok" if cache == "ok" else "degraded", "database": "ok", "cache": cache})


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/preview/",
        "Disallow: /*/search/",
        f"Sitemap: {absolute_url('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def _error_language(request):
    """The language the URL names, or German where it names none (an unknown prefix included)."""
    return get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def _render_error(request, template, status):
    with translation.override(_error_language(request)):
        html = render_to_string(template, {"status": status, "minimal_page": True}, request=request)
    return HttpResponse(html, status=status)


def page_not_found(request, exception=None):
    return _render_error(request, "errors/404.html", 404)


def server_error(request):
    return _render_error(request, "errors/500.html", 500)


def service_unavailable(request):
    response = _render_error(request, "errors/503.html", 503)
    response.headers["Retry-After"] = "120"
    return response


def bad_request(request, exception=None):
    return _render_error(request, "errors/400.html", 400)


def permission_denied(request, exception=None):
    return _render_error(request, "errors/403.html", 403)
