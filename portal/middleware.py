"""Portal-wide middleware: privacy headers, and a friendly 503 page when the database is unreachable."""

from django.db import InterfaceError, OperationalError

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
