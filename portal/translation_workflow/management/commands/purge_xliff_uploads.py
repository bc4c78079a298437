"""Delete uploaded XLIFF files older than ``PORTAL_XLIFF_UPLOAD_RETENTION_DAYS`` (run it daily, see README).

An upload is kept between its preview and its import (``XliffUpload``); once imported, its changes are pending
changes and versions with their own history, and the upload's choice of "made by" and "reviewed" travels with
them (``portal.translation_workflow.provenance``), so the file itself is no longer needed. An upload that was
previewed but never imported is as old as its preview. Both go after the retention period.
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from portal.translation_workflow.models import XliffUpload


def purge_old_uploads(*, now=None):
    """Delete the uploads made more than the retention period before ``now``; return how many."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.PORTAL_XLIFF_UPLOAD_RETENTION_DAYS)
    deleted, _by_model = XliffUpload.objects.filter(uploaded_at__lt=cutoff).delete()
    return deleted


class Command(BaseCommand):
    help = "Delete uploaded XLIFF files older than the retention period (PORTAL_XLIFF_UPLOAD_RETENTION_DAYS)."

    def handle(self, *args, **options):
        deleted = purge_old_uploads()
        days = settings.PORTAL_XLIFF_UPLOAD_RETENTION_DAYS
        self.stdout.write(f"Deleted {deleted} XLIFF uploads older than {days} days.")
