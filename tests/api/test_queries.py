"""The number of queries of every list does not grow with the data: the same at one and at ten times the data."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from services.models import Closure
from tests.api.conftest import NOW
from tests.api.schema import check, get_paths
from tests.funding import factories as funding
from tests.masterplan import factories as masterplan
from tests.services import factories as services

pytestmark = pytest.mark.django_db


def add_data(count, tag):
    """``count`` more items of every kind, each with related rows."""
    topic = services.make_topic(slug=f"main-topic-{tag}")
    language = services.make_language(slug=f"lang-{tag}")
    programme = funding.make_programme(slug=f"programme-{tag}")
    phase = masterplan.phase(f"phase-{tag}")
    for number in range(count):
        name = f"{tag}-{number}"
        office = services.make_office(slug=f"office-{name}", hours=((1, "08:00", "12:00"), (2, "13:00", "15:00")))
        Closure.objects.create(
            office=office, first_day=datetime.date(2026, 12, 24), last_day=datetime.date(2026, 12, 31)
        )
        services.make_service(slug=f"service-{name}", topics=[topic], offices=[office])
        services.make_topic(slug=f"topic-{name}")
        services.make_offering(language, services.make_school())
        services.make_language(slug=f"lang-{name}")
        funding.make_block(programme, code=str(number))
        funding.make_call(programme=programme, opens_at=NOW, deadline=NOW + datetime.timedelta(days=number + 1))
        funding.make_project(programme=programme)
        masterplan.event(phase, f"event-{name}")
        masterplan.document(phase, f"document-{name}")
        masterplan.phase(f"phase-{name}")


def count_queries(client, path):
    client.get(path, {"limit": 100})  # the middleware's boundary and generation are then known
    with CaptureQueriesContext(connection) as queries:
        body = check(client.get(path, {"limit": 100}), path)
    return len(queries), len(body["items"])


def test_queries_do_not_grow_with_the_data(client, content, settings):
    settings.PORTAL_RENDER_CACHE_SECONDS = 0  # every request is answered by the API itself
    lists = [path for path in get_paths() if "{" not in path]
    add_data(2, "small")
    small = {path: count_queries(client, path) for path in lists}
    add_data(18, "large")
    large = {path: count_queries(client, path) for path in lists}
    for path in lists:
        assert large[path][1] > small[path][1], path  # more items
        assert large[path][0] == small[path][0], (path, small[path][0], large[path][0])  # the same queries
    assert max(count for count, _items in large.values()) <= 8


def test_details_do_not_grow_with_their_rows(client, content, settings):
    settings.PORTAL_RENDER_CACHE_SECONDS = 0
    details = [path for path in get_paths() if "{slug}" in path]
    slugs = {
        path: check(client.get(path.rsplit("/", 1)[0]), path.rsplit("/", 1)[0])["items"][0]["slug"] for path in details
    }

    def measure():
        found = {}
        for path in details:
            url = path.replace("{slug}", slugs[path])
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                check(client.get(url), path)
            found[path] = len(queries)
        return found

    before = measure()
    office = content["office"]
    for number in range(10):
        Closure.objects.create(
            office=office, first_day=datetime.date(2026, 5, 1 + number), last_day=datetime.date(2026, 5, 1 + number)
        )
        services.make_service(slug=f"more-{number}", topics=[content["topic"]], offices=[office])
    assert measure() == before
