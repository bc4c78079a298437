"""Delete visitor feedback older than ``PORTAL_FEEDBACK_RETENTION_DAYS`` (run it daily, e.g. from cron)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from portal.feedback import purge_old_feedback


class Command(BaseCommand):
    help = "Delete visitor feedback older than the retention period (PORTAL_FEEDBACK_RETENTION_DAYS)."

    def handle(self, *args, **options):
        deleted = purge_old_feedback()
        days = settings.PORTAL_FEEDBACK_RETENTION_DAYS
        self.stdout.write(f"Deleted {deleted} feedback entries older than {days} days.")
