import pytest
from django.core import signing
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from portal.consent.cookie import COOKIE_NAME, SALT, allowed_providers, store_consent


def request_with(value=None):
    request = RequestFactory().get("/de/")
    if value is not None:
        request.COOKIES[COOKIE_NAME] = value
    return request


def stored_value(providers):
    response = HttpResponse()
    store_consent(response, providers)
    return response.cookies[COOKIE_NAME]


def test_cookie_roundtrip_and_flags():
    morsel = stored_value({"youtube", "vimeo"})
    assert allowed_providers(request_with(morsel.value)) == {"youtube", "vimeo"}
    assert morsel["httponly"] is True
    assert morsel["samesite"] == "Lax"
    assert morsel["max-age"] > 0


def test_cookie_secure_outside_development():
    with override_settings(SESSION_COOKIE_SECURE=True):
        assert stored_value({"youtube"})["secure"] is True


def test_cookie_without_providers_deletes_it():
    morsel = stored_value(set())
    assert morsel.value == "" and morsel["max-age"] == 0


@pytest.mark.parametrize(
    "value",
    [
        "",
        "garbage",
        "eyJ2IjoiMSIsInAiOlsieW91dHViZSJdfQ:forged:signature",
        signing.dumps({"v": "1", "p": ["youtube"]}, salt="another-salt"),
        signing.dumps({"v": "1", "p": "youtube"}, salt=SALT),
        signing.dumps({"v": "1", "p": [1, 2]}, salt=SALT),
        signing.dumps(["youtube"], salt=SALT),
        signing.dumps({"v": "0", "p": ["youtube"]}, salt=SALT),
    ],
    # Stable ids: signed values carry a timestamp, and pytest-xdist workers must collect the same test names.
    ids=[
        "empty",
        "garbage",
        "forged",
        "other-salt",
        "providers-not-a-list",
        "providers-not-names",
        "not-a-dict",
        "old-version",
    ],
)
def test_cookie_forged_malformed_or_outdated_means_no_consent(value):
    assert allowed_providers(request_with(value)) == frozenset()


def test_cookie_version_bump_asks_again():
    morsel = stored_value({"youtube"})
    with override_settings(PORTAL_CONSENT_VERSION="2"):
        assert allowed_providers(request_with(morsel.value)) == frozenset()
