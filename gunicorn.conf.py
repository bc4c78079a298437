"""gunicorn settings, read from the working directory by default (the Dockerfile's ``gunicorn ...`` picks it up).

Access log without anything that identifies a visitor or what they searched: no client address, no user agent,
no referrer, and the path without its query string (``/de/search/`` but never ``?q=...``). Every logged value has
its control characters escaped (``portal.logs``): a ``%0A`` in a path cannot start a forged log line.

Workers: ``PORTAL_WORKERS`` when set, otherwise 2 × CPU cores + 1 (the CPUs this process may run on).

The worker timeout comes from ``PORTAL_WORKER_TIMEOUT``, the same variable the Django settings compare their
database time limits with, so a hung database ends in the 503 page before gunicorn kills the worker.
"""

import os

from gunicorn.glogging import Logger

from portal.logs import EscapingFormatter, escape_control


def default_workers():
    return 2 * len(os.sched_getaffinity(0)) + 1


workers = int(os.environ.get("PORTAL_WORKERS") or default_workers())
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms'
timeout = int(os.environ.get("PORTAL_WORKER_TIMEOUT", "30"))


class EscapingLogger(Logger):
    """gunicorn's logger with every text value of the access log escaped, and its error log (where gunicorn quotes
    bad request lines and headers) written through the portal's escaping formatter: one record, one line."""

    def setup(self, cfg):
        super().setup(cfg)
        for handler in self.error_log.handlers:
            handler.setFormatter(EscapingFormatter(self.error_fmt, self.datefmt))

    def atoms(self, resp, req, environ, request_time):
        return {
            key: escape_control(value) if isinstance(value, str) else value
            for key, value in super().atoms(resp, req, environ, request_time).items()
        }


logger_class = EscapingLogger
