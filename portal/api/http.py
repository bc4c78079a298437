"""The API's HTTP rules, for every address under ``/api/``:

- reading only: GET and HEAD are answered, OPTIONS (a browser's CORS preflight) gets the allowed methods, any
  other method a 405 — without CORS headers, so no other site's page may even try it;
- CORS: ``Access-Control-Allow-Origin: *`` on GET, HEAD and OPTIONS (the data is public and no cookie is used);
- a rate limit per client (``portal.rate_limit``, shared by every worker): ``RATE_LIMIT`` requests per
  ``RATE_WINDOW`` seconds, then 429 with ``Retry-After`` and a JSON error;
- no cookie is ever set.

Caching (``Cache-Control``, a strong ``ETag``, ``Last-Modified`` and 304 answers) is the portal's own, as for every
anonymous page (``portal.http_cache``, keyed by the answer's language here).
"""

import json

from django.http import HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _

from portal.api.language import SOURCE_LANGUAGE, requested
from portal.rate_limit import over_limit

PREFIX = "/api/"
READ_METHODS = ("GET", "HEAD", "OPTIONS")
RATE_LIMIT = 300
RATE_WINDOW = 60  # seconds
PREFLIGHT_MAX_AGE = 86400  # seconds a browser may remember the preflight's answer


def is_api(request):
    return request.path.startswith(PREFIX)


def json_error(status, message, **headers):
    body = json.dumps({"status": status, "message": message, "errors": []})
    response = HttpResponse(body, status=status, content_type="application/json; charset=utf-8")
    for name, value in headers.items():
        response.headers[name.replace("_", "-")] = value
    return response


def allow_reading(response):
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Expose-Headers"] = "ETag, Last-Modified, Content-Language, Retry-After"
    return response


class ApiMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_api(request):
            return self.get_response(request)
        if request.method not in READ_METHODS:
            with translation.override(requested(request) or SOURCE_LANGUAGE):
                return json_error(405, _("This API only reads: please use GET."), Allow=", ".join(READ_METHODS))
        if over_limit(request, scope="api", limit=RATE_LIMIT, window=RATE_WINDOW):
            with translation.override(requested(request) or SOURCE_LANGUAGE):
                message = _("Too many requests. Please wait a minute and try again.")
            return allow_reading(json_error(429, message, Retry_After=str(RATE_WINDOW)))
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response.headers["Allow"] = ", ".join(READ_METHODS)
            response.headers["Access-Control-Allow-Methods"] = ", ".join(READ_METHODS)
            response.headers["Access-Control-Allow-Headers"] = "Accept-Language, If-None-Match, If-Modified-Since"
            response.headers["Access-Control-Max-Age"] = str(PREFLIGHT_MAX_AGE)
            return allow_reading(response)
        response = self.get_response(request)
        if response.status_code >= 400 and not response.get("Content-Type", "").startswith("application/json"):
            response = self.as_json(request, response)
        for name in list(response.cookies):
            del response.cookies[name]
        return allow_reading(response)

    @staticmethod
    def as_json(request, response):
        """An error page of the portal (an address that is no endpoint, a refused Host header) as a JSON error."""
        with translation.override(requested(request) or SOURCE_LANGUAGE):
            if response.status_code == 404:
                message = _("There is no such address in this API.")
            else:
                message = _("The request could not be answered.")
            replaced = json_error(response.status_code, message)
        for name in ("Retry-After", "Allow"):
            if name in response:
                replaced[name] = response[name]
        return replaced
