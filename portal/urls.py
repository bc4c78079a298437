"""The URL map. Unprefixed: entry redirect, health check, robots.txt, sitemap, admin, the open-data API.
Everything a resident reads sits under a language prefix (``/<lang>/...``); each installed app adds its pages
there with the ``URLS`` of its ``site.py`` (``portal.registry``), so an app that is not installed adds none."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve

from portal import printing, views
from portal.api import catalog as api_catalog
from portal.api import views as api_views
from portal.api.build import build_api
from portal.offline import views as offline_views
from portal.registry import contributions
from portal.search import feeds as search_feeds
from portal.search import sitemaps as search_sitemaps
from portal.search import views as search_views

handler400 = "portal.views.bad_request"
handler403 = "portal.views.permission_denied"
handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"

urlpatterns = [
    path("", views.root_redirect, name="root"),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("print-site.css", printing.site_url_stylesheet, name="print_site_css"),  # site URL for print.css
    path("sitemap.xml", search_sitemaps.sitemap_xml, name="sitemap"),
    path("service-worker.js", offline_views.service_worker, name="service_worker"),  # root scope: every language
    path("admin/", admin.site.urls),
    path("api/v1/docs/", api_views.docs, name="api_docs"),  # leads to the open-data page
    path("api/v1/catalog", api_catalog.catalog, name="api_catalog"),  # DCAT-AP.de (JSON-LD) of the datasets
    path("api/v1/", build_api().urls),  # the open-data API: the apps' routers (API_ROUTERS) and OpenAPI
]

if settings.PORTAL_SERVE_MEDIA:
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("", include("portal.page_urls")),  # info/<slug>/, feedback/, notices/ (the shared page layer)
    *(path(prefix, include(urlconf)) for prefix, urlconf in contributions("URLS")),  # the apps' pages
    path("consent/", include("portal.consent.urls")),
    path("search/", search_views.search, name="search"),
    path("feed/", search_feeds.whats_new, name="whats_new"),
    path("open-data/", api_views.open_data, name="open_data"),
    prefix_default_language=True,
)
