"""Give every item without a kept version its first version (after copying content in from elsewhere)."""

from django.core.management.base import BaseCommand

from portal.workflow.versions import record_first_versions


class Command(BaseCommand):
    help = "Record a first version of every item that has none, so that it can be restored after an edit."

    def handle(self, *args, **options):
        created = record_first_versions()
        self.stdout.write(f"{created} first versions recorded.")
