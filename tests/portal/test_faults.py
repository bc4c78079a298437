"""Bad days in operations: a hung database, Redis down, several workers, and time limits that fit together."""

import contextlib
import json
import runpy
import shutil
import sqlite3
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from portal.faults import check_time_limits
from portal.feedback import RATE_LIMIT
from portal.models import Feedback
from tests.portal.factories import editorial_page
from tests.portal.live_server import (
    ROOT,
    closed_port,
    fetch,
    gunicorn,
    manage,
    production_env,
    silent_server,
)


# --- A database that accepts connections and never answers ---------------------------------------------------
def test_database_that_never_answers_gives_the_503_page_and_healthz_503(tmp_path, served_files):
    with silent_server() as port:
        env = production_env(
            tmp_path,
            DATABASE_URL=f"postgres://portal@127.0.0.1:{port}/portal",
            DJANGO_STATIC_ROOT=str(served_files / "static"),
            PORTAL_DB_CONNECT_TIMEOUT="2",
            PORTAL_WORKER_TIMEOUT="30",
        )
        # Ready when a static file answers (WhiteNoise, before any middleware that asks the database): a page would
        # first wait out the database's connect timeout several times over. Two threads: both requests wait at once.
        ready = "/static/img/favicon.svg"
        with gunicorn(env, "--threads", "2", ready_path=ready) as url, ThreadPoolExecutor(2) as pool:
            # Read timeouts below the worker timeout: without the database's own time limit these raise.
            health, page = pool.map(lambda path: fetch(f"{url}{path}", timeout=20), ["/healthz", "/de/services/"])
    status, _headers, body = health
    assert status == 503
    assert json.loads(body) == {"status": "unavailable", "database": "unavailable"}
    status, headers, body = page
    assert status == 503
    assert headers["Retry-After"] == "120"
    assert b'<html lang="de" dir="ltr"' in body
    assert b"Traceback" not in body


def test_database_time_limits_come_from_the_environment():
    script = "from django.conf import settings as s; print(s.DATABASES['default']['OPTIONS'])"
    env = production_env(
        Path("/nonexistent"),
        DATABASE_URL="postgres://portal@db:5432/portal?options=-c%20search_path%3Dportal",
        PORTAL_DB_CONNECT_TIMEOUT="4",
        PORTAL_DB_STATEMENT_TIMEOUT="7",
    )
    options = manage("shell", "--verbosity", "0", "-c", script, env=env).stdout
    assert "'connect_timeout': 4" in options
    assert "'options': '-c search_path=portal -c statement_timeout=7s" in options
    sqlite = production_env(Path("/tmp"), PORTAL_DB_STATEMENT_TIMEOUT="6")
    assert "'timeout': 6" in manage("shell", "--verbosity", "0", "-c", script, env=sqlite).stdout


def test_gunicorn_worker_timeout_comes_from_the_same_variable(monkeypatch):
    monkeypatch.setenv("PORTAL_WORKER_TIMEOUT", "45")
    assert runpy.run_path(str(ROOT / "gunicorn.conf.py"))["timeout"] == 45
    monkeypatch.delenv("PORTAL_WORKER_TIMEOUT")
    assert runpy.run_path(str(ROOT / "gunicorn.conf.py"))["timeout"] == 30


def test_database_waits_must_be_shorter_than_the_worker_timeout(settings):
    assert check_time_limits() == []  # the defaults fit
    settings.PORTAL_DB_CONNECT_TIMEOUT, settings.PORTAL_DB_STATEMENT_TIMEOUT = 5, 25
    assert [message.id for message in check_time_limits()] == ["portal.E001"]
    settings.PORTAL_DB_STATEMENT_TIMEOUT = 0
    assert [message.id for message in check_time_limits()] == ["portal.W001"]


# --- Redis down: the visitor's words are kept --------------------------------------------------------------------
@pytest.fixture(params=["refused", "silent"])
def redis_down(request, settings):
    """REDIS_URL at a closed local port, or at one that accepts and never answers. The cache's connect and read
    timeouts (``PORTAL_CACHE_TIMEOUT``, 1 s by default) are set to a fifth of a second here: the silent server is
    waited out in the same way, five times per test, in a second instead of five."""
    with contextlib.ExitStack() as stack:
        port = closed_port() if request.param == "refused" else stack.enter_context(silent_server())
        timeout = 0.2
        settings.CACHES = {
            **settings.CACHES,
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": f"redis://127.0.0.1:{port}/6",
                "OPTIONS": {"socket_connect_timeout": timeout, "socket_timeout": timeout},
            },
        }
        yield request.param


@pytest.mark.django_db
def test_feedback_is_stored_while_redis_is_down(client, redis_down, caplog):
    editorial_page(slug="kontakt")
    answer = {"page": "/de/info/kontakt/", "helpful": "no", "comment": "Zu lang."}
    helpful = client.post("/de/feedback/helpful/", answer)
    barrier = client.post("/de/feedback/", {"message": "Das PDF ist nicht barrierefrei."})
    assert helpful.status_code == 302 and helpful["Location"] == "/de/info/kontakt/#feedback"
    assert barrier.status_code == 302
    assert sorted(Feedback.objects.values_list("message", flat=True)) == [
        "Das PDF ist nicht barrierefrei.",
        "Zu lang.",
    ]
    warnings = [r for r in caplog.records if r.name == "portal.feedback" and r.levelname == "WARNING"]
    assert len(warnings) == 2
    assert "default cache unavailable" in warnings[0].getMessage()


@pytest.mark.django_db
@pytest.mark.parametrize("redis_down", ["refused"], indirect=True)
def test_rate_limit_counts_in_the_database_while_redis_is_down(client, redis_down):
    for _number in range(RATE_LIMIT):
        assert client.post("/de/feedback/", {"message": "Kontrast zu gering."}).status_code == 302
    assert client.post("/de/feedback/", {"message": "Kontrast zu gering."}).status_code == 429
    assert Feedback.objects.count() == RATE_LIMIT


@pytest.mark.django_db
@pytest.mark.parametrize("redis_down", ["refused"], indirect=True)
def test_healthz_reports_an_unavailable_cache_as_degraded(client, redis_down):
    response = client.get("/healthz")
    assert response.status_code == 200  # pages and feedback still work: no reason to take the server out
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "unavailable"}


@pytest.mark.django_db(transaction=True)  # autocommit as in production: PostgreSQL goes on after the failed query
def test_feedback_is_stored_uncounted_when_no_cache_answers(client, settings, caplog):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/6",
        },
        "database": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "no_such_table"},
    }
    assert client.post("/de/feedback/", {"message": "Kein Untertitel."}).status_code == 302
    assert Feedback.objects.get().message == "Kein Untertitel."
    assert "post not counted" in caplog.text


# --- Several workers share one rate limit ----------------------------------------------------------------------
def test_migrate_creates_the_database_cache_table(served_files):
    with contextlib.closing(sqlite3.connect(served_files / "ops.sqlite3")) as db:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "portal_cache" in tables


def test_two_servers_share_one_rate_limit_through_the_database(tmp_path, served_files):
    shutil.copy(served_files / "ops.sqlite3", tmp_path / "ops.sqlite3")
    env = production_env(tmp_path, DJANGO_STATIC_ROOT=str(served_files / "static"))  # no REDIS_URL
    statuses = []
    with gunicorn(env) as first, gunicorn(env) as second:
        for number in range(RATE_LIMIT + 1):
            url = (first, second)[number % 2]  # alternate between the two processes
            data = urllib.parse.urlencode({"message": f"Barriere {number}"}).encode()
            statuses.append(fetch(f"{url}/de/feedback/", data=data, headers={"Origin": url})[0])
    assert statuses == [302] * RATE_LIMIT + [429]
    with contextlib.closing(sqlite3.connect(tmp_path / "ops.sqlite3")) as db:
        assert db.execute("SELECT COUNT(*) FROM portal_feedback").fetchone() == (RATE_LIMIT,)
