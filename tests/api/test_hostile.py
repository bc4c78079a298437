"""Hostile and malformed parameters get a 400 with a JSON error in the documented format, never a 500."""

import base64
import json

import pytest

from tests.api.schema import PREFIX, check, get_paths

pytestmark = pytest.mark.django_db


def cursor_of(value):
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode()


COMMON = [
    {"lang": "xx"},
    {"lang": ""},
    {"lang": "DE"},
    {"lang": "de-DE"},
    {"lang": "ar\x00"},
    {"limit": "100000"},
    {"limit": "99999999999999999999999999"},
    {"limit": "0"},
    {"limit": "-1"},
    {"limit": "²"},
    {"limit": "٣"},
    {"limit": "1_0"},
    {"limit": "+5"},
    {"limit": "abc"},
    {"cursor": "!!!"},
    {"cursor": "abc"},
    {"cursor": "x" * 401},
    {"cursor": cursor_of({"a": 1})},
    {"cursor": cursor_of([])},
    {"cursor": cursor_of([None, None])},
    {"cursor": cursor_of([[1], "x"])},
    {"cursor": cursor_of([True, "x"])},
    {"cursor": cursor_of(["x\x00", "y"])},
    {"cursor": cursor_of([2**70, "x"])},
    {"cursor": cursor_of([1, 2, 3, 4, 5])},
    {"cursor": base64.urlsafe_b64encode(b"\xff\xfe").decode()},
]
SPECIFIC = {
    "hsu/classes": [
        {"grade": "²"}, {"grade": "11"}, {"grade": "0"}, {"grade": "3.0"}, {"grade": "٣"}, {"grade": "1e1"},
        {"district": "mars"}, {"district": "Eving"}, {"language": "klingon"}, {"language": "x" * 41},
        {"language": "tür\x00kisch"},
        {"cursor": cursor_of(["abc"])}, {"cursor": cursor_of([2**64])},
    ],
    "funding/calls": [{"status": "maybe"}, {"cursor": cursor_of(["not a date", 1])}],
    "funding/projects": [
        {"programme": "a\x00b"}, {"programme": "ü"}, {"year": "1999"}, {"year": "٢٠٢٤"}, {"district": "<script>"},
        {"cursor": cursor_of([1, "x"])},
    ],
    "masterplan/documents": [
        {"phase": "\x00"}, {"kind": "poem"}, {"year": "²⁰²⁴"}, {"cursor": cursor_of(["2026-13-45", 1])},
    ],
    "offices": [{"cursor": cursor_of(["sozialamt", 1])}],
}  # fmt: skip


def lists():
    return [path for path in get_paths() if "{" not in path]


def test_every_list_refuses_bad_common_parameters(client, content):
    for path in lists():
        for params in COMMON:
            body = check(client.get(path, params), path, 400)
            assert body["status"] == 400 and body["message"] and body["errors"], (path, params)


def test_specific_filters_refuse_bad_values(client, content):
    for name, cases in SPECIFIC.items():
        path = f"{PREFIX}/{name}"
        for params in cases:
            body = check(client.get(path, params), path, 400)
            assert body["errors"][0]["parameter"] in params, (path, params, body)


def test_details_refuse_a_bad_language(client, content):
    for path in get_paths():
        if "{slug}" in path:
            body = check(client.get(path.replace("{slug}", "x"), {"lang": "klingon"}), path, 400)
            assert body["errors"] == [{"parameter": "lang", "message": body["errors"][0]["message"]}]


def test_strange_slugs_are_a_json_400_or_404_not_500(client, content):
    for slug in ("%00", "..%2F..%2Fetc", "ü" * 300, "a%20b", "<script>", "x" * 121, "beratung%00"):
        response = client.get(f"{PREFIX}/services/{slug}")
        assert response.status_code in (400, 404), slug
        assert response.json()["status"] == response.status_code


def test_unknown_api_addresses_are_a_json_404(client, content):
    for path in ("/api/v1/", "/api/v1/nothing", "/api/v2/topics", "/api/v1/topics/a/b"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.json()["status"] == 404 and response["Access-Control-Allow-Origin"] == "*"


def test_unknown_parameters_are_ignored(client, content):
    body = check(client.get(f"{PREFIX}/topics", {"garbage": "\x00'; DROP TABLE", "page": "2"}), f"{PREFIX}/topics")
    assert [item["slug"] for item in body["items"]] == ["ankommen"]


def test_an_unknown_accept_language_is_german_not_an_error(client, content):
    response = client.get(f"{PREFIX}/topics", HTTP_ACCEPT_LANGUAGE="tlh, x-klingon;q=0.5, ;q=abc, *")
    check(response, f"{PREFIX}/topics")
    assert response["Content-Language"] == "de"


def test_a_refused_host_is_a_json_400(client, content):
    response = client.get(f"{PREFIX}/topics", HTTP_HOST="evil.example.com")
    assert response.status_code == 400 and response.json()["status"] == 400
