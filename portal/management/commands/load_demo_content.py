"""Load the demo content of every app (idempotent: a second run changes and duplicates nothing).

Each app that has demo content provides ``<app>/demo.py`` with a ``load(*, today)`` function, written in
our own words with fictitious contact data. Apps load in the order of ``settings.PORTAL_APPS``; at the end every
item without a kept version gets its first version, so that the demo state can be restored after an edit.
"""

import importlib
import importlib.util

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.workflow.versions import record_first_versions


class Command(BaseCommand):
    help = "Load (or refresh) the portal's demo content. Safe to run again."

    def handle(self, *args, **options):
        today = timezone.localdate()
        with transaction.atomic():
            for app in settings.PORTAL_APPS:
                if importlib.util.find_spec(f"{app}.demo") is None:
                    continue
                module = importlib.import_module(f"{app}.demo")
                summary = module.load(today=today)
                self.stdout.write(f"{app}: {summary or 'ok'}")
            created = record_first_versions(comment=_("Demo content"))
            self.stdout.write(f"first versions: {created}")
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
