"""The portal's admin site: Django's, branded with the portal's name, with the rich-text editor's messages, in
German (or English), under its own content security policy.

``PortalAdminConfig`` takes the place of ``django.contrib.admin`` in INSTALLED_APPS, so ``admin.site`` (which
every app registers with) is a ``PortalAdminSite``. The two middleware classes are listed in MIDDLEWARE.
"""

from django.conf import settings
from django.contrib.admin import AdminSite, options
from django.contrib.admin.apps import AdminConfig
from django.db import models
from django.urls import path, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.i18n import JavaScriptCatalog

from portal.local_time import BerlinSplitDateTimeField

# Apps whose JavaScript messages the admin pages use: Django's admin and the rich-text editor (its toolbar,
# tooltips and dialogs call ``window.gettext``). Messages both lack come from locale_overrides/.
JAVASCRIPT_CATALOG_PACKAGES = ["django.contrib.admin", "django_prose_editor"]


class PortalAdminSite(AdminSite):
    site_header = _("Integration in Dortmund")
    site_title = _("MIA-DO-KI Dortmund")
    index_template = "portal/admin_dashboard.html"

    def index(self, request, extra_context=None):
        """The start page: what waits for this person (portal.dashboard) above the list of staff tools."""
        from portal.dashboard import lines_for

        return super().index(request, {"dashboard": lines_for(request.user), **(extra_context or {})})

    def i18n_javascript(self, request, extra_context=None):
        return JavaScriptCatalog.as_view(packages=JAVASCRIPT_CATALOG_PACKAGES)(request)

    def get_urls(self):
        from portal.workflow.notifications import preferences_view
        from portal.workflow.writing import writing_hints_view

        own = [
            # Every staff member's own e-mail settings (portal.workflow.notifications).
            path("notifications/", self.admin_view(lambda request: preferences_view(self, request)),
                 name="notification_settings"),
            # Readability and accessibility hints of a German text while it is edited (portal.workflow.writing).
            path("writing-hints/", self.admin_view(writing_hints_view), name="writing_hints"),
        ]  # fmt: skip
        return own + super().get_urls()


class PortalAdminConfig(AdminConfig):
    default_site = "portal.admin_site.PortalAdminSite"

    def ready(self):
        # Every admin form (inlines included) takes dates and times with the clock changes handled
        # (portal.local_time). Set before the apps' admins are discovered: each copies the defaults when created.
        options.FORMFIELD_FOR_DBFIELD_DEFAULTS[models.DateTimeField]["form_class"] = BerlinSplitDateTimeField
        super().ready()


ADMIN_LANGUAGES = ("de", "en")


def is_admin_path(request):
    return request.path_info.startswith(reverse("admin:index"))


class AdminLanguageMiddleware:
    """The admin speaks German, or English to staff whose browser asks for it (message ids are English, so that
    is complete too). A visitor's choice of another site language (cookie, browser) does not reach the admin:
    Django's and the libraries' catalogs are incomplete in most of them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_admin_path(request) and translation.get_language() not in ADMIN_LANGUAGES:
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)


class AdminContentSecurityPolicyMiddleware:
    """Admin pages get ``PORTAL_ADMIN_CSP``: the public policy plus a per-response nonce (see settings)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_admin_path(request) and getattr(response, "_csp_config", None) is None:
            response._csp_config = settings.PORTAL_ADMIN_CSP
        return response
