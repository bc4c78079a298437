"""Rate limits counted in the database (no Redis, or while Redis is down): one UPDATE per request, so requests
counted at the same moment by several workers are never lost, and ended windows start again and are cleared.

On PostgreSQL the requests run in real threads, each with its own connection, released at the same moment. The
test database on SQLite lives in memory and refuses a second writer at once, so there they run one after the
other (the gunicorn test in test_faults.py shows two servers sharing one SQLite file's count)."""

import datetime
import threading
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection, connections

from portal import render_cache
from portal.models import RateCount
from portal.rate_limit import count_in_table

ON_POSTGRESQL = connection.vendor == "postgresql"
BERLIN = ZoneInfo("Europe/Berlin")
START = datetime.datetime(2026, 12, 2, 10, 0, tzinfo=BERLIN)


@pytest.mark.django_db(transaction=True)
def test_requests_counted_at_the_same_moment_are_all_counted():
    workers = 8
    ready = threading.Barrier(workers if ON_POSTGRESQL else 1)
    counts, errors = [], []

    def one_request():
        try:
            ready.wait()
            counts.append(count_in_table("feedback:rate:same-client", 60))
        except Exception as error:  # reported below: a lost or failed count must fail the test
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=one_request) for _ in range(workers)]
    for thread in threads:
        thread.start()
        if not ON_POSTGRESQL:
            thread.join()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(counts) == list(range(1, workers + 1))
    assert RateCount.objects.get(key="feedback:rate:same-client").count == workers


@pytest.mark.django_db
def test_an_ended_window_starts_again_and_ended_counts_are_cleared():
    with time_machine.travel(START, tick=False):
        assert [count_in_table("api:rate:a", 60) for _ in range(3)] == [1, 2, 3]
        assert count_in_table("api:rate:b", 600) == 1
    with time_machine.travel(START + datetime.timedelta(seconds=59), tick=False):
        assert count_in_table("api:rate:a", 60) == 4
    with time_machine.travel(START + datetime.timedelta(seconds=60), tick=False):
        assert count_in_table("api:rate:a", 60) == 1  # a new window
        assert RateCount.objects.get(key="api:rate:b").count == 1  # its window goes on
    with time_machine.travel(START + datetime.timedelta(seconds=600), tick=False):
        assert count_in_table("api:rate:c", 60) == 1
    assert sorted(RateCount.objects.values_list("key", flat=True)) == ["api:rate:c"]  # ended ones are gone


@pytest.mark.django_db
def test_without_redis_the_feedback_limit_counts_in_the_table(client, settings):
    database_cache = {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "portal_cache"}
    settings.CACHES = {"default": database_cache, "database": database_cache}
    from portal.feedback import RATE_LIMIT

    for number in range(RATE_LIMIT):
        assert client.post("/de/feedback/", {"message": f"Kontrast {number}"}).status_code == 302
    assert client.post("/de/feedback/", {"message": "Kontrast"}).status_code == 429
    assert RateCount.objects.get().count == RATE_LIMIT + 1


@pytest.mark.django_db(transaction=True)
def test_counting_never_retires_the_render_cache():
    before = render_cache.generation()
    with time_machine.travel(START, tick=False):
        count_in_table("api:rate:someone", 60)
    with time_machine.travel(START + datetime.timedelta(minutes=5), tick=False):
        count_in_table("api:rate:someone-else", 60)  # a new window, the ended one deleted
    assert render_cache.generation() == before
