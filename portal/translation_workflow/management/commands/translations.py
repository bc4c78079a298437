"""Translation workflow from the command line.

manage.py translations coverage                       # up to date / outdated / missing per language
manage.py translations export --language tr -o tr.xlf  # missing and outdated items as XLIFF 1.2
manage.py translations import tr.xlf --language tr     # a file with any problem changes nothing
manage.py translations baseline                        # record existing translations as up to date, once
"""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.translation_workflow import freshness
from portal.translation_workflow.coverage import coverage
from portal.translation_workflow.models import Origin
from portal.translation_workflow.xliff import export_xliff, import_xliff


class Command(BaseCommand):
    help = "Translation coverage, XLIFF export and import, and a one-time baseline of existing translations."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("coverage", help="Print up to date / outdated / missing per content type and language.")
        export = sub.add_parser("export", help="Write one language's missing and outdated items as XLIFF 1.2.")
        export.add_argument("--language", required=True, choices=freshness.target_languages())
        export.add_argument("-o", "--output", help="File to write (default: standard output).")
        imp = sub.add_parser("import", help="Import a translated XLIFF file (all or nothing).")
        imp.add_argument("file")
        imp.add_argument("--language", choices=freshness.target_languages())
        imp.add_argument("--origin", choices=[c for c, _label in Origin.choices], default=Origin.PERSON)
        imp.add_argument("--reviewed", action="store_true")
        sub.add_parser("baseline", help="Record every existing, unrecorded translation as made from today's text.")

    def handle(self, *args, action, **options):
        getattr(self, f"handle_{action}")(**options)

    def handle_coverage(self, **options):
        rows, totals = coverage()
        languages = list(totals)
        self.stdout.write("content type".ljust(36) + "".join(code.rjust(12) for code in languages))
        for row in [*rows, None]:
            label = row.key if row else "total"
            cells = row.cells if row else totals
            values = "".join(
                f"{c.up_to_date}/{c.outdated}/{c.missing}".rjust(12) for c in (cells[code] for code in languages)
            )
            self.stdout.write(label.ljust(36) + values)
        self.stdout.write("(up to date / outdated / missing; published items only)")

    def handle_export(self, *, language, output=None, **options):
        document, count = export_xliff(language)
        if output:
            Path(output).write_bytes(document)
            self.stderr.write(f"{count} items written to {output}")
        else:
            sys.stdout.buffer.write(document)

    def handle_import(self, *, file, language=None, origin=Origin.PERSON, reviewed=False, **options):
        try:
            data = Path(file).read_bytes()
        except OSError as error:
            raise CommandError(f"cannot read {file}: {error}") from error
        result = import_xliff(data, language=language, origin=origin, reviewed=reviewed)
        if not result.ok:
            for problem in result.problems:
                self.stderr.write(f"problem: {problem}")
            raise CommandError(f"{len(result.problems)} problem(s); nothing was imported.")
        for pending in result.pending:
            self.stdout.write(
                f"waiting for review: {pending.content_type.app_label}.{pending.content_type.model}:"
                f"{pending.object_id} ({pending.object_repr})"
            )
        for item in result.updated:
            self.stdout.write(f"updated {item}")
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(result.pending)} changes waiting for review, {len(result.updated)} items updated, "
                f"{len(result.skipped)} skipped."
            )
        )

    def handle_baseline(self, **options):
        created = freshness.record_baseline()
        self.stdout.write(self.style.SUCCESS(f"{created} translations recorded."))
