"""Fixtures shared by the whole suite.

``PORTAL_TEST_CLOCK`` (an ISO instant, e.g. ``2026-03-29T00:30:00Z``) moves the clock of the whole test session
there and lets it run on from that instant: the suite must pass at any hour, also across midnight in Berlin and
the changes to and from summer time. Tests that depend on the time still pin their own instant with time-machine.
"""

import datetime
import os

import pytest
import time_machine
from django.core.cache import cache

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


@pytest.fixture(autouse=True)
def _clear_cache():
    """Each test starts with an empty cache (rate limits, cached fragments)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def staff_user(django_user_model):
    return django_user_model.objects.create_user(
        username="editor", password="a-long-test-password", is_staff=True, is_superuser=True
    )


@pytest.fixture
def admin_client_logged_in(client, staff_user):
    client.force_login(staff_user)
    return client
