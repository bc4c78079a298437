"""The API object: the routers the installed apps list in their ``site.py`` (``API_ROUTERS``), the language of each
answer, and errors as JSON (400 for anything the API does not understand, never a 500 for bad input).

``build_api()`` makes a new API each time (``portal/urls.py`` calls it once per URLconf), so a portal without an
app has no endpoints of it; routers are templates django-ninja may mount on several APIs.
"""

import functools

from django.http import Http404
from django.utils import translation
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError

from portal.api import language
from portal.api.paging import BadParameter
from portal.registry import contributions

TITLE = "Integration in Dortmund – open data"
VERSION = "1"
DESCRIPTION = (
    "The facts the portal publishes, for other services and apps: topics, services, offices with opening hours, "
    "heritage-language classes (HSU), funding programmes, calls and funded projects, and the Masterplan "
    "Migration/Integration. Read only, public, no key needed. Texts come in the language asked for with `lang` "
    "(or the `Accept-Language` header) where they are translated, otherwise in German: each item names its "
    "language. Lists are paged with `cursor` and `limit`."
)


def NOT_UNDERSTOOD():  # noqa: N802 (a message, in the answer's language)
    return _("The request has parameters this API does not understand.")


def error_response(api, request, status, message, errors=()):
    details = [{"parameter": parameter, "message": text} for parameter, text in errors]
    return api.create_response(request, {"status": status, "message": message, "errors": details}, status=status)


def _validation_errors(exc):
    for error in exc.errors:
        location = [str(part) for part in error.get("loc", ()) if part not in ("query", "path")]
        yield ".".join(location) or "request", str(error.get("msg", "invalid"))


def in_language(run):
    """Run an operation (validation, view and serialisation) in the answer's language, and say which it is."""

    @functools.wraps(run)
    def wrapper(request, *args, **kwargs):
        code = language.requested(request) or language.SOURCE_LANGUAGE
        with translation.override(code):
            response = run(request, *args, **kwargs)
        response.headers["Content-Language"] = code
        response.headers["Vary"] = "Accept-Language"
        return response

    return wrapper


def build_api():
    api = NinjaAPI(
        title=TITLE,
        version=VERSION,
        description=DESCRIPTION,
        urls_namespace="api",
        docs_url=None,  # the open-data page documents the API (portal.api.views), /api/v1/docs/ leads there
        openapi_url="/openapi.json",
    )
    api.add_decorator(in_language, mode="view")
    for prefix, router in contributions("API_ROUTERS"):
        api.add_router(prefix, import_string(router))

    @api.exception_handler(ValidationError)
    def invalid(request, exc):
        return error_response(api, request, 400, NOT_UNDERSTOOD(), list(_validation_errors(exc)))

    @api.exception_handler(BadParameter)
    def bad_parameter(request, exc):
        return error_response(api, request, 400, NOT_UNDERSTOOD(), [(exc.parameter, str(exc.message))])

    @api.exception_handler(Http404)
    def not_found(request, exc):
        return error_response(api, request, 404, _("There is no such item, or it is not published."))

    @api.exception_handler(HttpError)
    def http_error(request, exc):
        return error_response(api, request, exc.status_code, str(exc))

    return api
