"""Recompute every stored search document (PostgreSQL; nothing to do on other databases), then refresh the
planner's statistics of the documents table (ANALYZE), so that the next searches are planned for its new size."""

from django.core.management.base import BaseCommand
from django.db import transaction

from portal.search import documents
from portal.search.engine import uses_full_text


class Command(BaseCommand):
    help = "Rebuild the stored search documents of every searchable item in every site language."

    def handle(self, *args, **options):
        if not uses_full_text():
            self.stdout.write("This database searches the content tables directly: no index to build.")
            return
        with transaction.atomic():
            written = documents.rebuild()
        documents.analyze()
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {written} documents."))
