"""``manage.py check_links``: check every external link of published content (run daily, see the README)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.linkcheck.checker import check_links


class Command(BaseCommand):
    help = (
        "Checks every external link in published content (HEAD, then GET; redirects followed), at most one request "
        "per host per --interval seconds, and stores the results (admin: checked links; the staff start page)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=float,
            default=settings.PORTAL_LINKCHECK_INTERVAL,
            help="Seconds between two requests to the same host (default: %(default)s).",
        )
        parser.add_argument(
            "--timeout",
            type=float,
            default=settings.PORTAL_LINKCHECK_TIMEOUT,
            help="Seconds to wait for an answer (default: %(default)s).",
        )
        parser.add_argument(
            "--host-timeout",
            action="append",
            default=[],
            metavar="HOST=SECONDS",
            help="Another timeout for one host (name or name:port); may be given more than once.",
        )

    def handle(self, *args, interval, timeout, host_timeout, **options):
        if interval < 0 or timeout <= 0:
            raise CommandError("--interval must be 0 or more and --timeout more than 0.")
        host_timeouts = {}
        for item in host_timeout:
            host, _sep, seconds = item.rpartition("=")
            try:
                host_timeouts[host] = float(seconds)
            except ValueError:
                host_timeouts[host] = 0
            if not host or not host_timeouts[host] > 0:
                raise CommandError(f"--host-timeout {item!r}: give HOST=SECONDS, with SECONDS more than 0.")
        problems = []

        def report(link):
            if link.is_problem:
                problems.append(link)
            if options["verbosity"] >= 2:
                self.stdout.write(f"{link.status or '-'} {link.url}")

        checked = check_links(interval=interval, timeout=timeout, host_timeouts=host_timeouts, report=report)
        for link in problems:
            places = ", ".join(f"{place.title} ({place.page_url or place.field})" for place in link.places.all())
            detail = link.final_url or link.error_label
            self.stdout.write(f"{link.get_verdict_display()}: {link.url} [{link.status or '-'}] {detail} – {places}")
        self.stdout.write(f"{len(checked)} links checked, {len(problems)} to fix.")
