"""What's new: the Atom feed at /<lang>/feed/, parsed with an independent feed parser (feedparser)."""

import datetime

import feedparser
import pytest
import time_machine

from tests.search import factories

pytestmark = pytest.mark.django_db

SITE = "https://portal.example.org"
BERLIN = datetime.timezone(datetime.timedelta(hours=1))


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.PORTAL_SITE_URL = SITE


def parse(client, language):
    response = client.get(f"/{language}/feed/", HTTP_HOST="localhost")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    return feed


def test_feed_lists_public_pages_newest_first(client):
    with time_machine.travel(datetime.datetime(2026, 3, 1, 9, tzinfo=BERLIN), tick=False):
        factories.service(title="Älterer Dienst", slug="aelter")
    with time_machine.travel(datetime.datetime(2026, 3, 5, 9, tzinfo=BERLIN), tick=False):
        factories.office(name="Neues Büro", slug="neu")
        factories.service(title="Entwurf", status="draft")
    with time_machine.travel(datetime.datetime(2026, 3, 3, 9, tzinfo=BERLIN), tick=False):
        changed = factories.service(title="Geänderter Dienst", slug="geaendert")
    with time_machine.travel(datetime.datetime(2026, 3, 7, 9, tzinfo=BERLIN), tick=False):
        changed.body_de = "<p>Neue Öffnungszeiten.</p>"
        changed.save()
    with time_machine.travel(datetime.datetime(2026, 3, 8, 9, tzinfo=BERLIN), tick=False):
        feed = parse(client, "de")
    assert [entry.title for entry in feed.entries] == ["Geänderter Dienst", "Neues Büro", "Älterer Dienst"]
    assert feed.entries[0].link == f"{SITE}/de/services/geaendert/"
    assert feed.entries[1].link == f"{SITE}/de/offices/neu/"
    assert feed.feed.language == "de"


def test_feed_shows_scheduled_item_once_it_is_published(client):
    with time_machine.travel(datetime.datetime(2026, 3, 1, 9, tzinfo=BERLIN), tick=False):
        factories.service(title="Geplant", publish_from=datetime.datetime(2026, 3, 10, 8, tzinfo=BERLIN))
        factories.service(title="Früher")
    with time_machine.travel(datetime.datetime(2026, 3, 9, 9, tzinfo=BERLIN), tick=False):
        assert [entry.title for entry in parse(client, "de").entries] == ["Früher"]
    with time_machine.travel(datetime.datetime(2026, 3, 11, 9, tzinfo=BERLIN), tick=False):
        assert [entry.title for entry in parse(client, "de").entries] == ["Geplant", "Früher"]


def test_feed_entries_in_visitor_language_or_german(client):
    factories.service(title={"de": "Sprachkurs", "en": "Language course"}, slug="kurs")
    factories.service(title="Nur Deutsch", slug="deutsch")
    feed = parse(client, "en")
    titles = {entry.title: entry.link for entry in feed.entries}
    assert titles == {
        "Language course": f"{SITE}/en/services/kurs/",
        "Nur Deutsch": f"{SITE}/en/services/deutsch/",
    }
    assert feed.feed.language == "en"
    assert all(entry.id.startswith("tag:portal.example.org,") for entry in feed.entries)


def test_feed_escapes_content(client):
    factories.service(title="A & B <script>", summary={"de": "x < y & <b>z</b>"})
    feed = parse(client, "de")
    assert feed.entries[0].title == "A & B <script>"
    assert "<script>" not in client.get("/de/feed/").content.decode()


def test_feed_query_count_does_not_grow(client, django_assert_max_num_queries):
    factories.service(title="Eins")
    with django_assert_max_num_queries(11):  # the first request also asks for the next scheduled change
        parse(client, "ar")
    for number in range(40):
        factories.service(title=f"Dienst {number}", summary={"de": "Kurz", "ar": "قصير"})
    with django_assert_max_num_queries(10):
        feed = parse(client, "ar")
    assert len(feed.entries) == 30
