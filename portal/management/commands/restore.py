"""Restore the database and the uploads from a folder written by ``manage.py backup`` (``portal.backups``)."""

from django.core.management.base import BaseCommand, CommandError

from portal import backups


class Command(BaseCommand):
    help = "Replace the database and the uploads (local disk or object storage) with the backup in FOLDER."

    def add_arguments(self, parser):
        parser.add_argument("folder", help="a folder written by manage.py backup")
        parser.add_argument("--yes", action="store_true", help="do not ask before replacing the current data")

    def handle(self, *args, folder, yes, **options):
        if not yes and input("This replaces the current database and uploads. Type 'yes' to go on: ") != "yes":
            raise CommandError("Restore cancelled.")
        try:
            backups.restore(folder)
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Restored from {folder}."))
