"""Load the demo content of every app (idempotent: a second run changes and duplicates nothing).

Each app that has demo content provides ``<app>/demo.py`` with a ``load(*, today)`` function, written in
our own words with fictitious contact data. Apps load in the order of ``settings.PORTAL_APPS``.
"""

import importlib
import importlib.util

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone


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
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
