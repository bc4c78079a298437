"""Delete login-protection records that are no longer needed (run daily, e.g. from cron).

Failed-login attempts are kept only while they can still cause a lockout (the cool-off time); access logs,
which the portal does not write (``AXES_DISABLE_ACCESS_LOG``), are deleted after ``--days`` days should any exist.
"""

from datetime import timedelta

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone


class Command(BaseCommand):
    help = "Delete failed-login records older than the cool-off time and old access logs."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=30, help="Keep access logs this many days (default 30).")

    def handle(self, *args, **options):
        now = timezone.now()
        attempts, _detail = AccessAttempt.objects.filter(attempt_time__lt=now - settings.AXES_COOLOFF_TIME).delete()
        cutoff = now - timedelta(days=options["days"])
        logs, _detail = AccessLog.objects.filter(attempt_time__lt=cutoff).delete()
        failures, _detail = AccessFailureLog.objects.filter(attempt_time__lt=cutoff).delete()
        self.stdout.write(f"Deleted {attempts} failed-login records and {logs + failures} log records.")
