"""With a real cache switched on, no visitor is served another visitor's consent state."""

import os

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from portal.consent.cookie import COOKIE_NAME
from tests.consent.conftest import SAME_ORIGIN
from tests.consent.helpers import live_iframes
from tests.consent.test_embeds import give_consent


def page_url(obj):
    with translation.override("de"):
        return reverse("stand_in_bare_page", kwargs={"pk": obj.pk})


pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.consent.pages")]


def cache_settings():
    from django.conf import settings

    if os.environ.get("REDIS_URL"):
        caches = {
            "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": os.environ["REDIS_URL"]}
        }
    else:
        caches = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "consent-test"}}
    middleware = [
        "django.middleware.cache.UpdateCacheMiddleware",
        *settings.MIDDLEWARE,
        "django.middleware.cache.FetchFromCacheMiddleware",
    ]
    return override_settings(
        CACHES=caches, MIDDLEWARE=middleware, CACHE_MIDDLEWARE_SECONDS=300, CACHE_MIDDLEWARE_KEY_PREFIX="consent-test"
    )


@pytest.fixture
def site_cache():
    from django.core.cache import caches

    with cache_settings():
        caches["default"].clear()
        yield caches["default"]
        caches["default"].clear()


def test_cached_placeholder_page_not_served_to_consenting_visitor(site_cache, client, page_object, embeds):
    from django.test import Client

    url = page_url(page_object)
    anonymous = client.get(url)
    assert live_iframes(anonymous.content.decode()) == []
    assert "Cookie" in anonymous.headers["Vary"]
    consenting = Client()
    give_consent(consenting, "youtube")
    html = consenting.get(url).content.decode()
    assert live_iframes(html) == ["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"]


def test_consenting_visitors_page_never_served_to_others(site_cache, client, page_object, embeds):
    from django.test import Client

    url = page_url(page_object)
    consenting = Client()
    give_consent(consenting, "youtube")
    first = consenting.get(url)
    assert "private" in first.headers["Cache-Control"]
    assert live_iframes(client.get(url).content.decode()) == []
    # a third visitor, after the first one allowed YouTube through the placeholder form
    consenting.post("/de/consent/allow/", {"provider": "vimeo", "next": url}, headers=SAME_ORIGIN)
    assert live_iframes(Client().get(url).content.decode()) == []


def test_load_once_response_not_cached(site_cache, client, page_object, embeds):
    from django.test import Client

    url = page_url(page_object)
    once = client.get(url, {"embed": embeds["video"].pk})
    assert live_iframes(once.content.decode())
    assert COOKIE_NAME not in once.cookies
    assert live_iframes(Client().get(url, {"embed": embeds["video"].pk}).content.decode())  # computed, not cached
    assert live_iframes(Client().get(url).content.decode()) == []


def test_page_is_actually_cached_for_anonymous_visitors(
    site_cache, client, page_object, embeds, django_assert_num_queries
):
    """The cache is really on: two visitors without cookies share one cached page."""
    from django.test import Client

    url = page_url(page_object)
    client.get(url)
    other = Client()
    with django_assert_num_queries(0):
        response = other.get(url)
    assert live_iframes(response.content.decode()) == []
    consenting = Client()
    give_consent(consenting, "youtube")
    assert live_iframes(consenting.get(url).content.decode()) == ["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"]
