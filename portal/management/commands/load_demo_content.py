"""Load the demo content of every app (idempotent: a second run changes and duplicates nothing).

Each installed app that has demo content provides ``<app>/demo.py`` with a ``load(*, today)`` function, written
in our own words with fictitious contact data (``portal.registry``). Apps load in ``INSTALLED_APPS`` order: the
content apps before the cross-cutting ones that add embeds and translations to their pages. At the end every
item without a kept version gets its first version, so that the demo state can be restored after an edit, and
the stored search documents are rebuilt.
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.registry import app_modules
from portal.search import documents
from portal.workflow.versions import record_first_versions


class Command(BaseCommand):
    help = "Load (or refresh) the portal's demo content. Safe to run again."

    def handle(self, *args, **options):
        today = timezone.localdate()
        with transaction.atomic():
            with documents.paused():  # the search documents are rebuilt once at the end
                for module in app_modules("demo"):
                    summary = module.load(today=today)
                    self.stdout.write(f"{module.__package__}: {summary or 'ok'}")
            created = record_first_versions(comment=_("Demo content"))
            self.stdout.write(f"first versions: {created}")
            self.stdout.write(f"search documents: {documents.rebuild()}")
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
