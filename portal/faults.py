"""Bad days in operations: time limits below the worker timeout, the shared cache's table, the cache's state.

- ``check_time_limits`` (a system check) refuses database waits that are not shorter than gunicorn's worker
  timeout: such a wait would end in a killed worker and a bare error instead of the 503 page.
- ``create_cache_table`` runs after ``migrate`` (``dev.py serve``, the Docker image, the test databases), so the
  database cache that the feedback rate limit shares between workers always has its table.
- ``cache_state`` tells ``/healthz`` whether the default cache answers.
"""

import logging

from django.conf import settings
from django.core import checks
from django.core.cache import caches
from django.core.management import call_command

logger = logging.getLogger(__name__)


def check_time_limits(app_configs=None, **kwargs):
    connect, statement = settings.PORTAL_DB_CONNECT_TIMEOUT, settings.PORTAL_DB_STATEMENT_TIMEOUT
    worker = settings.PORTAL_WORKER_TIMEOUT
    if connect + max(statement, 0) >= worker:
        return [
            checks.Error(
                f"PORTAL_DB_CONNECT_TIMEOUT + PORTAL_DB_STATEMENT_TIMEOUT ({connect + statement} s) must be shorter "
                f"than PORTAL_WORKER_TIMEOUT ({worker} s).",
                hint="A database that hangs would hold a request until gunicorn kills the worker (no 503 page).",
                id="portal.E001",
            )
        ]
    if statement <= 0:
        return [
            checks.Warning(
                "PORTAL_DB_STATEMENT_TIMEOUT is 0: statements may run until gunicorn kills the worker.",
                hint="Switch it off only for a one-off command such as a long migration.",
                id="portal.W001",
            )
        ]
    return []


def create_cache_table(sender, using="default", verbosity=1, **kwargs):
    call_command("createcachetable", database=using, verbosity=max(verbosity - 1, 0))


def cache_state(alias="default"):
    """``"ok"`` when the cache stores and returns a value, ``"unavailable"`` otherwise (the error is logged)."""
    cache = caches[alias]
    try:
        cache.set("healthz:probe", "1", 10)
        if cache.get("healthz:probe") == "1":
            return "ok"
        logger.warning("cache %r did not return the value just stored", alias)
    except Exception:  # any backend's failure (connection refused, timeout, missing table) means "unavailable"
        logger.warning("cache %r is unavailable", alias, exc_info=True)
    return "unavailable"
