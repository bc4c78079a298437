"""Every endpoint's answers, in every site language, are valid against the OpenAPI 3.1 document the API serves
(openapi-spec-validator for the document, jsonschema for the answers)."""

import re

import pytest
from django.conf import settings

from tests.api.schema import PREFIX, check, document, get_paths, validator

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def test_the_document_is_openapi_3_1_and_valid():
    spec = document()
    assert spec["openapi"] == "3.1.0"
    assert spec["info"]["version"] == "1"


def test_the_document_speaks_json_schema_only():
    """Bounds are ``minimum``/``maximum``: pydantic's own names (``ge``, ``le``) would be ignored by every client."""

    def keys(node):
        if isinstance(node, dict):
            for key, value in node.items():
                yield key
                yield from keys(value)
        elif isinstance(node, list):
            for value in node:
                yield from keys(value)

    assert not {"ge", "le", "gt", "lt"} & set(keys(document()))


def test_the_document_lists_every_kind_of_content():
    assert set(get_paths()) >= {
        f"{PREFIX}/{path}"
        for path in (
            "topics", "topics/{slug}", "services", "services/{slug}", "offices", "offices/{slug}",
            "hsu/languages", "hsu/languages/{slug}", "hsu/schools", "hsu/classes",
            "funding/programmes", "funding/programmes/{slug}", "funding/calls", "funding/calls/{slug}",
            "funding/projects", "masterplan/phases", "masterplan/documents", "masterplan/documents/{slug}",
        )
    }  # fmt: skip


def fetch_everything(client, language):
    """Every path of the document, lists first and then each detail path for the first item of its list."""
    bodies = {}
    lists = [path for path in get_paths() if "{" not in path]
    for path in lists:
        bodies[path] = check(client.get(path, {"lang": language}), path)
        assert bodies[path]["items"], path
    for path in get_paths():
        if "{" not in path:
            continue
        list_path = re.sub(r"/\{slug\}$", "", path)
        slug = bodies[list_path]["items"][0]["slug"]
        response = client.get(path.replace("{slug}", slug), {"lang": language})
        bodies[path] = check(response, path)
        assert response.cookies == {} or not response.cookies
    return bodies


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_endpoint_answers_to_its_schema(client, content, language):
    bodies = fetch_everything(client, language)
    assert set(bodies) == set(get_paths())  # nothing left out
    topic = bodies[f"{PREFIX}/topics/{{slug}}"]
    expected = language if language in ("de", "en", "ar") else "de"  # the topic is translated into en and ar
    assert topic["language"] == expected
    assert topic["url"] == f"{settings.PORTAL_SITE_URL}/{language}/topics/ankommen/"
    if expected != "de":
        assert topic["title"] == f"Titel {language}"
    else:
        assert topic["title"] == "Geflüchtete"


@pytest.mark.parametrize("language", LANGUAGES)
def test_answers_say_their_language(client, content, language):
    response = client.get(f"{PREFIX}/services", {"lang": language})
    check(response, f"{PREFIX}/services")
    assert response["Content-Language"] == language
    assert "Accept-Language" in response["Vary"]


def test_missing_items_are_404_in_the_error_format(client, content):
    body = check(client.get(f"{PREFIX}/services/gibt-es-nicht"), f"{PREFIX}/services/{{slug}}", 404)
    assert body["status"] == 404
    check(client.get(f"{PREFIX}/services/bald"), f"{PREFIX}/services/{{slug}}", 404)  # scheduled: not yet


def test_the_judge_can_fail(content):
    """The validator rejects what the document does not allow (a wrong type, a missing field, a bad date)."""
    judge = validator(f"{PREFIX}/masterplan/documents", 200)
    assert not judge.is_valid({"items": [{"slug": 1}], "next_cursor": None, "next": None})
    assert not judge.is_valid({"next_cursor": None, "next": None})
    good = {"items": [], "next_cursor": None, "next": None}
    assert judge.is_valid(good)
    phases = validator(f"{PREFIX}/masterplan/phases", 200)
    event = {"slug": "x", "title": "x", "date": "2026-02-30", "kind": "forum", "description": "", "place": "",
             "language": "de"}  # fmt: skip
    phase = {"url": "u", "language": "de", "slug": "p", "title": "t", "summary": "s", "body": "", "year_from": 2006,
             "year_to": None, "events": [event]}  # fmt: skip
    assert not phases.is_valid({**good, "items": [phase]})  # 30 February
