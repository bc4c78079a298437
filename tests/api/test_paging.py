"""Cursor pagination: every item exactly once, in order, whatever the page size; the next page's address comes
from the configured site URL, never from the Host header."""

import pytest

from tests.api.schema import PREFIX, check
from tests.masterplan import factories as masterplan
from tests.services.factories import make_topic

pytestmark = pytest.mark.django_db


def walk(client, path, **params):
    slugs, pages, cursor = [], 0, None
    while True:
        body = check(client.get(path, {**params, **({"cursor": cursor} if cursor else {})}), path)
        slugs += [item["slug"] for item in body["items"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            assert body["next"] is None
            return slugs, pages


@pytest.mark.parametrize("limit", [1, 2, 3, 7])
def test_pages_hold_every_item_once_in_order(client, content, limit):
    for number in range(6):
        make_topic(slug=f"thema-{number}", order=50 + number % 3)  # equal orders: the slug decides
    everything = check(client.get(f"{PREFIX}/topics", {"limit": 100}), f"{PREFIX}/topics")
    expected = [item["slug"] for item in everything["items"]]
    assert len(expected) == 7
    slugs, pages = walk(client, f"{PREFIX}/topics", limit=limit)
    assert slugs == expected
    assert pages == -(-7 // limit) + (1 if 7 % limit == 0 else 0) or pages == -(-7 // limit)


def test_descending_order_pages_too(client, content):
    phase = masterplan.phase("zwei")
    for number in range(5):
        masterplan.document(phase, f"doc-{number}", date=masterplan.datetime.date(2020, 1, 1 + number % 2))
    everything = check(client.get(f"{PREFIX}/masterplan/documents", {"limit": 100}), f"{PREFIX}/masterplan/documents")
    dates = [item["date"] for item in everything["items"]]
    assert dates == sorted(dates, reverse=True)
    slugs, _pages = walk(client, f"{PREFIX}/masterplan/documents", limit=2)
    assert slugs == [item["slug"] for item in everything["items"]]


def test_next_is_absolute_from_the_site_url(client, content, settings):
    settings.PORTAL_SITE_URL = "https://integration.example.org"
    settings.ALLOWED_HOSTS = ["testserver", "evil.example.com"]
    make_topic(slug="zweites")
    body = check(
        client.get(f"{PREFIX}/topics", {"limit": 1, "lang": "ar"}, HTTP_HOST="evil.example.com"), f"{PREFIX}/topics"
    )
    assert body["next"].startswith("https://integration.example.org/api/v1/topics?")
    assert "lang=ar" in body["next"] and f"cursor={body['next_cursor']}" in body["next"]
    assert body["items"][0]["url"].startswith("https://integration.example.org/ar/")


def test_a_new_item_does_not_shift_the_next_page(client, content):
    for number in range(4):
        make_topic(slug=f"t{number}", order=10 * number)
    first = check(client.get(f"{PREFIX}/topics", {"limit": 2}), f"{PREFIX}/topics")
    make_topic(slug="a-neu", order=0)  # sorts before everything already seen
    second = check(client.get(f"{PREFIX}/topics", {"limit": 2, "cursor": first["next_cursor"]}), f"{PREFIX}/topics")
    assert [item["slug"] for item in first["items"]] == ["t0", "t1"]
    assert [item["slug"] for item in second["items"]] == ["t2", "t3"]
