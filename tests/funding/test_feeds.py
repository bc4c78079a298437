"""The Atom feed of calls, parsed with an independent feed parser (feedparser)."""

import feedparser
import pytest
import time_machine

from portal.publication import Status
from tests.funding.factories import berlin, english, make_call

pytestmark = pytest.mark.django_db

NOW = berlin(2027, 3, 10, 12)


def test_feed_is_valid_atom_with_published_calls_only(client, settings):
    settings.PORTAL_SITE_URL = "https://integration.example.org"
    with time_machine.travel(NOW, tick=False):
        first = make_call(opens_at=berlin(2027, 3, 1), deadline=berlin(2027, 5, 1), **english("First call"))
        second = make_call(opens_at=berlin(2027, 3, 5), deadline=berlin(2027, 6, 1))
        draft = make_call(opens_at=berlin(2027, 3, 1), deadline=berlin(2027, 5, 1), status=Status.DRAFT)
        response = client.get("/en/funding/feed/", HTTP_HOST="localhost")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert feed.feed.link == "https://integration.example.org/en/funding/"
    titles = [entry.title for entry in feed.entries]
    assert titles == [second.title_de, "First call"]  # newest opening first; untranslated shown in German
    assert draft.title_de not in titles
    links = [entry.link for entry in feed.entries]
    assert links == [f"https://integration.example.org/en/funding/calls/{c.slug}/" for c in (second, first)]
    assert "localhost" not in response.content.decode()
    assert feed.entries[0].id.startswith("tag:integration.example.org,")
