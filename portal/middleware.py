"""Portal-wide middleware: privacy headers, a friendly 503 page when the database is unreachable, and a limit
on the size of a request body."""

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from portal.parsing import ascii_int
from portal.views import service_unavailable


class PrivacyHeadersMiddleware:
    """Tell browsers not to resolve or prefetch other hosts, and not to use powerful features."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("X-DNS-Prefetch-Control", "off")
        response.headers.setdefault(
            "Permissions-Policy", "geolocation=(), camera=(), microphone=(), interest-cohort=(), browsing-topics=()"
        )
        return response


class DatabaseUnavailableMiddleware:
    """A request that fails because the database is down gets the 503 page, not a 500 with a trace."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, (OperationalError, InterfaceError)):
            return service_unavailable(request)
        return None


class RequestSizeLimitMiddleware:
    """Refuse a request whose declared body is larger than ``PORTAL_MAX_REQUEST_BYTES`` before it is read.

    The size comes from the request's ``Content-Length``; nothing of the body is parsed or stored. Smaller
    uploads are then checked field by field (``portal.uploads``), also before their content is read.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        declared = ascii_int(request.META.get("CONTENT_LENGTH") or "0") or 0  # Django reads no body otherwise
        limit = settings.PORTAL_MAX_REQUEST_BYTES
        if declared > limit:
            message = _("The upload is too large. The largest upload allowed is %(limit)s.") % {
                "limit": filesizeformat(limit)
            }
            return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
