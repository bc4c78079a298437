"""Fixtures shared by the whole suite.

``PORTAL_TEST_CLOCK`` (an ISO instant, e.g. ``2026-03-29T00:30:00Z``) moves the clock of the whole test session
there and lets it run on from that instant: the suite must pass at any hour, also across midnight in Berlin and
the changes to and from summer time. Tests that depend on the time still pin their own instant with time-machine.
"""

import datetime
import os
import shutil

import pytest
import time_machine
from django.core.cache import cache
from django.db import transaction
from django.test import TransactionTestCase, override_settings
from django.utils import translation

from tests import demo_database
from tests.portal.live_server import manage, production_env

CLOCK_VARIABLE = "PORTAL_TEST_CLOCK"


def session_clock():
    """The instant ``PORTAL_TEST_CLOCK`` names (timezone-aware), or None when the session runs at the real time."""
    value = os.environ.get(CLOCK_VARIABLE, "").strip()
    if not value:
        return None
    try:
        instant = datetime.datetime.fromisoformat(value)
    except ValueError:
        message = f"{CLOCK_VARIABLE}={value!r} is not an ISO 8601 instant such as 2026-03-29T00:30:00Z"
        raise pytest.UsageError(message) from None
    if instant.tzinfo is None:
        raise pytest.UsageError(f"{CLOCK_VARIABLE}={value!r} needs a UTC offset, e.g. 2026-03-29T00:30:00Z")
    return instant


def pytest_configure(config):
    instant = session_clock()
    if instant is not None:
        config.portal_clock = time_machine.travel(instant, tick=True)
        config.portal_clock.start()


def pytest_unconfigure(config):
    if getattr(config, "portal_clock", None) is not None:
        config.portal_clock.stop()


def pytest_report_header(config):
    instant = session_clock()
    if instant is not None:
        return f"clock: the session starts at {instant.isoformat()} ({CLOCK_VARIABLE})"
    return None


@pytest.fixture(scope="session", autouse=True)
def _fast_password_hashing():
    """Passwords hashed in a blink: the production hasher spends about a second of CPU on each on purpose, and
    the suite creates and logs in hundreds of staff users. What a test checks of a login does not depend on it."""
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        yield


@pytest.fixture(autouse=True)
def _clear_cache():
    """Each test starts with an empty cache (rate limits, cached fragments) and no instant of a scheduled change
    remembered by this process from the test before (it would spare a query for up to a second, so a test that
    counts queries would count it or not by timing)."""
    from portal.workflow import scheduled  # models: only once Django is set up

    cache.clear()
    scheduled.forget_next_due()
    yield
    cache.clear()
    scheduled.forget_next_due()


@pytest.fixture(autouse=True)
def _default_language_after_each_test():
    """A test that activated a language (e.g. by reversing a URL inside ``translation.override`` left open, or a
    view run in this thread) leaves the next test in this process in the default language, not in its own."""
    yield
    translation.deactivate()


@pytest.fixture
def staff_user(django_user_model):
    return django_user_model.objects.create_user(
        username="editor", password="a-long-test-password", is_staff=True, is_superuser=True
    )


@pytest.fixture
def admin_client_logged_in(client, staff_user):
    client.force_login(staff_user)
    return client


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test database, and a copy of it as migrated (the start of the demo snapshot, and what a
    transactional test leaves behind: ``_flush_by_copy``)."""
    with django_db_blocker.unblock():
        demo_database.remember_migrated()


_flush = TransactionTestCase._fixture_teardown


def _flush_by_copy(test_case):
    """A transactional test ends with the database as migrated: on SQLite in memory a copy of it in
    milliseconds; elsewhere (and for Django's partial or serialized variants) Django's flush."""
    plain = test_case.available_apps is None and not test_case.serialized_rollback
    if not (plain and demo_database.restore_migrated()):
        _flush(test_case)


TransactionTestCase._fixture_teardown = _flush_by_copy


@pytest.fixture(scope="session")
def demo_snapshot(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo content of every app, loaded once per test process (tests/demo_database.py)."""
    with django_db_blocker.unblock():
        return demo_database.build(tmp_path_factory.mktemp("demo-snapshot-media"))


@pytest.fixture
def demo_site(demo_snapshot, settings, tmp_path):
    """The database holds the demo content of every app, as ``load_demo_content`` leaves a migrated database,
    and ``MEDIA_ROOT`` (``tmp_path / "media"``) its media files. For any test with database access, transactional
    and browser tests included; a copy, not a new load, so it takes milliseconds."""
    settings.MEDIA_ROOT = tmp_path / "media"
    demo_database.restore(demo_snapshot, settings.MEDIA_ROOT)
    yield
    demo_database.forget_cached_rows()  # the test's rollback or flush brings back other content type ids


@pytest.fixture(scope="module")
def module_demo_content(demo_snapshot, django_db_blocker, tmp_path_factory):
    """The demo content of every app for all tests of a module, media files in a scratch folder.

    It is copied in inside a transaction that stays open while the module's tests run; each test runs in a
    savepoint inside it that is rolled back after the test, and the whole is rolled back after the module's
    last test. Only for modules whose tests all use it and none is transactional (``transaction=True``).
    """
    media = tmp_path_factory.mktemp("demo-media")
    override = override_settings(MEDIA_ROOT=media)
    override.enable()
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        demo_database.restore(demo_snapshot, media)
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
    demo_database.forget_cached_rows()
    override.disable()


@pytest.fixture(scope="session")
def served_files(tmp_path_factory, worker_id):
    """A database migrated and static files collected once under production settings, for real gunicorn servers
    (``ops.sqlite3`` and ``static/`` in the folder returned; copy the database before writing to it).

    Made once per run: the first xdist worker that needs it builds it in the folder all workers share, under a
    lock the others wait for (gunicorn, and so every user of this, runs only where ``fcntl`` exists)."""
    import fcntl

    shared = tmp_path_factory.getbasetemp()
    if worker_id != "master":
        shared = shared.parent
    folder = shared / "production"
    with open(shared / "production.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / "complete").exists():
            shutil.rmtree(folder, ignore_errors=True)  # what a worker that failed half-way left
            folder.mkdir()
            env = production_env(folder)
            manage("migrate", "--noinput", "--verbosity", "0", env=env)
            manage("collectstatic", "--noinput", "--verbosity", "0", env=env)
            (folder / "complete").touch()
    return folder
