"""Back up the database and the uploads into a folder (``portal.backups``)."""

from django.core.management.base import BaseCommand, CommandError

from portal import backups


class Command(BaseCommand):
    help = "Back up the database and the uploads (local disk or object storage) into FOLDER."

    def add_arguments(self, parser):
        parser.add_argument("folder", help="folder to write the backup into (created if missing)")

    def handle(self, *args, folder, **options):
        try:
            written = backups.backup(folder)
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Backup written to {folder}: {', '.join(written)}"))
