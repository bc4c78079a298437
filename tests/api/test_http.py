"""The API's HTTP: ETag and Last-Modified with 304 answers, the answer's language in the cache key, CORS for
reading only, the rate limit, and never a cookie."""

import pytest
from django.utils.http import http_date

from portal.api import http as api_http
from services.models import Topic
from tests.api.conftest import NOW
from tests.api.schema import PREFIX, check

pytestmark = pytest.mark.django_db
TOPICS = f"{PREFIX}/topics"


def test_etag_and_last_modified_give_304(client, content):
    first = client.get(TOPICS)
    check(first, TOPICS)
    assert first["ETag"].startswith('"') and first["Last-Modified"] == http_date(NOW.timestamp())
    assert "public" in first["Cache-Control"]
    by_etag = client.get(TOPICS, HTTP_IF_NONE_MATCH=first["ETag"])
    assert by_etag.status_code == 304 and by_etag.content == b""
    assert by_etag["Access-Control-Allow-Origin"] == "*"
    by_date = client.get(TOPICS, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert by_date.status_code == 304


def test_a_change_gives_a_new_etag(client, content):
    first = client.get(TOPICS)
    topic = Topic.objects.get(slug="ankommen")
    topic.title_de = "Ankommen in Dortmund"
    topic.save()
    changed = client.get(TOPICS, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert check(changed, TOPICS)["items"][0]["title"] == "Ankommen in Dortmund"
    assert changed["ETag"] != first["ETag"]


def test_the_cache_keeps_languages_apart(client, content):
    """The same address answers in the header's language; the portal's render cache must not mix them up."""
    german = client.get(TOPICS, HTTP_ACCEPT_LANGUAGE="de")
    arabic = client.get(TOPICS, HTTP_ACCEPT_LANGUAGE="ar-SY, de;q=0.5")
    english = client.get(TOPICS, HTTP_ACCEPT_LANGUAGE="tlh, en;q=0.8")
    assert [check(answer, TOPICS)["items"][0]["title"] for answer in (german, arabic, english)] == [
        "Geflüchtete",
        "Titel ar",
        "Titel en",
    ]
    assert [answer["Content-Language"] for answer in (german, arabic, english)] == ["de", "ar", "en"]
    assert all("Accept-Language" in answer["Vary"] for answer in (german, arabic, english))
    assert client.get(TOPICS, {"lang": "en"}, HTTP_ACCEPT_LANGUAGE="ar")["Content-Language"] == "en"


def test_cors_allows_reading_from_anywhere(client, content):
    for method in ("get", "head"):
        response = getattr(client, method)(TOPICS, HTTP_ORIGIN="https://app.example.org")
        assert response.status_code == 200, method
        assert response["Access-Control-Allow-Origin"] == "*"
    preflight = client.options(TOPICS, HTTP_ORIGIN="https://app.example.org", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET")
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_no_other_method_and_no_cors_for_it(client, content, method):
    response = getattr(client, method)(TOPICS, data="{}", content_type="application/json")
    assert response.status_code == 405
    assert response.json()["status"] == 405
    assert "Access-Control-Allow-Origin" not in response
    assert response["Allow"] == "GET, HEAD, OPTIONS"


def test_rate_limit_answers_429_in_json(client, content, monkeypatch):
    monkeypatch.setattr(api_http, "RATE_LIMIT", 3)
    statuses = [client.get(TOPICS).status_code for _number in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = client.get(f"{PREFIX}/services")
    assert refused.status_code == 429 and refused["Retry-After"] == "60"
    assert refused.json()["status"] == 429 and refused["Access-Control-Allow-Origin"] == "*"


def test_rate_limit_is_per_client(client, content, monkeypatch):
    monkeypatch.setattr(api_http, "RATE_LIMIT", 1)
    assert client.get(TOPICS, REMOTE_ADDR="192.0.2.1").status_code == 200
    assert client.get(TOPICS, REMOTE_ADDR="192.0.2.1").status_code == 429
    assert client.get(TOPICS, REMOTE_ADDR="192.0.2.2").status_code == 200


def test_no_cookie_is_set_even_with_a_session_or_language_cookie(client, content, staff_user):
    client.force_login(staff_user)  # a staff member's browser sends its session cookie along
    client.cookies["django_language"] = "ar"
    for path in (TOPICS, f"{PREFIX}/offices/sozialamt", f"{PREFIX}/openapi.json", f"{PREFIX}/topics?lang=xx"):
        response = client.get(path)
        assert not response.cookies, path
    assert client.get(TOPICS)["Content-Language"] == "de"  # the language cookie is not the API's business
