"""``/sitemap.xml``: every public page in every language it is translated into, with hreflang alternates.

Absolute URLs come from ``settings.PORTAL_SITE_URL``, never from the request's Host header. Content pages come
from the registry (``published()`` items of the types that have a page of their own); list pages (home, the area
indexes) exist in every language. A list page that is also a content item (the HSU page) is listed once, as
content, in the languages its text is translated into.
"""

from types import SimpleNamespace

from django.contrib.sitemaps import Sitemap
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from portal import render_cache
from portal.registry import contributions
from portal.search import registry
from portal.site_url import site_scheme_and_domain
from portal.translated_fields import SOURCE_LANGUAGE, translated_languages


def list_pages():
    """URL names of the pages without an object behind them, listed in every language: each area's index and
    the ``LIST_PAGES`` the installed apps declare (``portal.registry``), once their URLs exist."""
    names = [*contributions("LIST_PAGES"), *(area.url_name for area in contributions("AREAS"))]
    return list(dict.fromkeys(names))


class PortalSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = False  # added below: Django's x-default drops the prefix, which our URLs always carry

    def get_urls(self, page=1, site=None, protocol=None):
        scheme, domain = site_scheme_and_domain()
        urls = super().get_urls(page=page, site=SimpleNamespace(domain=domain), protocol=scheme)
        for url in urls:
            german = next((alt for alt in url["alternates"] if alt["lang_code"] == SOURCE_LANGUAGE), None)
            if german is not None:
                url["alternates"].append({"location": german["location"], "lang_code": "x-default"})
                url["page_key"] = german["location"]
        return urls


class ContentSitemap(PortalSitemap):
    def __init__(self, entry):
        self.entry = entry

    def items(self):
        queryset = self.entry.published().order_by("pk")
        if self.entry.select_related:
            queryset = queryset.select_related(*self.entry.select_related)
        return list(queryset)

    def get_languages_for_item(self, item):
        return translated_languages(item)

    def location(self, item):
        return self.entry.url_for(item)

    def lastmod(self, item):
        return getattr(item, "changed_at", None)


class ListPageSitemap(PortalSitemap):
    def items(self):
        names = []
        for name in list_pages():
            try:
                reverse(name)
            except NoReverseMatch:
                continue
            names.append(name)
        return names

    def location(self, item):
        return reverse(item)


def sitemaps():
    return [*(ContentSitemap(entry) for entry in registry.with_pages()), ListPageSitemap()]


def sitemap_urls():
    """Every URL entry of the sitemap; a page reached both as content and as a list page is listed once."""
    urls = []
    seen = set()
    for sitemap in sitemaps():
        for url in sitemap.get_urls():
            key = url.get("page_key", url["location"])
            if isinstance(sitemap, ListPageSitemap) and key in seen:
                continue
            if not isinstance(sitemap, ListPageSitemap):
                seen.add(key)
            urls.append(url)
    return urls


@require_safe
def sitemap_xml(request):
    body = render_cache.fragment(  # shared by every visitor's copy, whatever the cookies (portal.render_cache)
        "sitemap", get_language(), build=lambda: render_to_string("sitemap.xml", {"urlset": sitemap_urls()})
    )
    response = HttpResponse(body, content_type="application/xml")
    response.headers["X-Robots-Tag"] = "noindex, noodp, noarchive"
    return response
