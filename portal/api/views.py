"""The open-data page (``/<lang>/open-data/``): what the API offers, read from its own OpenAPI document, in the
portal's layout and the visitor's language; ``/api/v1/docs/`` leads there.

It replaces django-ninja's Swagger UI, which runs under the portal's CSP from our own static files but fails
the accessibility checks every public page passes (contrast, nested controls, small targets).
"""

import functools

from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from portal.api import language
from portal.api.build import build_api
from portal.registry import contributions

SCHEMA_PATH = "/api/v1/"
COMMON_PARAMETERS = ("lang", "cursor", "limit", "slug")  # explained once on the page


@functools.cache
def _document(installed_apps):
    return build_api().get_openapi_schema(path_prefix=SCHEMA_PATH)


def document():
    """The API's OpenAPI document (built once for the installed apps)."""
    return _document(tuple(settings.INSTALLED_APPS))


def _resolve(schema, spec):
    while "$ref" in schema:
        schema = functools.reduce(lambda node, key: node[key], schema["$ref"].lstrip("#/").split("/"), spec)
    return schema


def _kind(schema, spec):
    """A short description of a parameter's values: its type, its choices or its bounds."""
    options = [_resolve(option, spec) for option in schema.get("anyOf", [schema])]
    options = [option for option in options if option.get("type") != "null"]
    option = options[0] if options else {}
    if "enum" in option:
        return ", ".join(str(value) for value in option["enum"])
    bounds = [str(option.get(key, schema.get(key))) for key in ("minimum", "maximum") if key in option or key in schema]
    return option.get("type", "string") + (f" ({'–'.join(bounds)})" if bounds else "")


def endpoints():
    """``[{"path", "summary", "description", "parameters": [(name, kind, description)]}]`` of every GET (the
    parameters every list or item has are left out)."""
    spec = document()
    found = []
    for path, item in spec["paths"].items():
        operation = item.get("get")
        if operation is None:
            continue
        parameters = [
            (parameter["name"], _kind(parameter.get("schema", {}), spec), parameter.get("description", ""))
            for parameter in operation.get("parameters", [])
            if parameter["name"] not in COMMON_PARAMETERS
        ]
        found.append(
            {
                "path": path,
                "summary": operation.get("summary", ""),
                "description": operation.get("description", ""),
                "parameters": parameters,
            }
        )
    return found


@require_safe
def open_data(request):
    context = {
        "endpoints": endpoints(),
        "schema_url": reverse("api:openapi-json"),
        "catalog_url": reverse("api_catalog"),
        "datasets": [(dataset, reverse(dataset.csv_url_name)) for dataset in contributions("DATASETS")],
        "licence_url": settings.PORTAL_OPEN_DATA_LICENCE,
        "languages": [code for code, _name in settings.LANGUAGES],
        "breadcrumbs": [(_("Open data"), None)],
    }
    return render(request, "api/open_data.html", context)


@require_safe
def docs(request):
    """The documentation: the open-data page in the language the browser prefers."""
    with translation.override(language.from_header(request.headers.get("Accept-Language"))):
        return redirect(reverse("open_data"))
