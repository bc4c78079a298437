"""The API's own OpenAPI document as the judge of its answers: every answer is validated with jsonschema against
the schema the document gives for its path, method and status (OpenAPI 3.1 schemas are JSON Schema 2020-12)."""

import functools
import json

from django.test import Client
from jsonschema import Draft202012Validator, FormatChecker
from openapi_spec_validator import validate as validate_spec
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

DOCUMENT_URI = "urn:portal-api"
PREFIX = "/api/v1"


@functools.cache
def document():
    """The OpenAPI document the API serves, checked once with openapi-spec-validator."""
    response = Client().get(f"{PREFIX}/openapi.json")
    assert response.status_code == 200
    spec = json.loads(response.content)
    validate_spec(spec)
    return spec


def _pointer(*parts):
    return "/".join(str(part).replace("~", "~0").replace("/", "~1") for part in parts)


def validator(path, status):
    """A validator for the JSON answer of GET ``path`` (as the document names it) with ``status``."""
    spec = document()
    registry = Registry().with_resource(DOCUMENT_URI, Resource.from_contents(spec, default_specification=DRAFT202012))
    pointer = _pointer("paths", path, "get", "responses", str(status), "content", "application/json", "schema")
    return Draft202012Validator(
        {"$ref": f"{DOCUMENT_URI}#/{pointer}"}, registry=registry, format_checker=FormatChecker()
    )


def check(response, path, status=200):
    """Assert ``response`` has ``status`` and a JSON body valid for ``path``; return the body."""
    assert response.status_code == status, (path, response.status_code, response.content[:500])
    assert response["Content-Type"].startswith("application/json"), response["Content-Type"]
    body = json.loads(response.content)
    errors = sorted(validator(path, status).iter_errors(body), key=lambda error: list(error.path))
    assert not errors, [(list(error.path), error.message) for error in errors[:5]]
    return body


def get_paths():
    """The paths of the document that have a GET operation."""
    return [path for path, item in document()["paths"].items() if "get" in item]
