"""Make every scheduled change whose time has come live (also done on the first request after it; see
portal/workflow/scheduled.py). Run it from a timer every minute or so: README, "Scheduled changes"."""

from django.core.management.base import BaseCommand

from portal.workflow.scheduled import apply_due_changes


class Command(BaseCommand):
    help = "Publishes the scheduled changes whose time has come."

    def handle(self, *args, **options):
        failed = []
        applied = apply_due_changes(failed=failed)
        for pending in failed:  # moved back to review with the reason; the others went live
            self.stderr.write(f"not published, waits for review again: {pending.object_repr} (#{pending.pk})")
        for pending in applied:
            self.stdout.write(f"published: {pending.object_repr} (#{pending.pk})")
        if options["verbosity"] > 1 or not applied:
            self.stdout.write(f"{len(applied)} scheduled change(s) published.")
