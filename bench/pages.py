"""Benchmark of the portal's page types: time, SQL queries, response size and memory of one request each.

    .venv/bin/python bench/pages.py [--requests N] [--output [FILE]]

Builds a throwaway database (SQLite in a temporary folder unless DATABASE_URL is set), migrates it, loads the
demo content, reads /sitemap.xml to find one URL per page type, adds the page types the sitemap does not list
(print views, search, consent, calendars, feeds) and measures each in German and Arabic through Django's
in-process test client: nothing is served on a port and nothing leaves the process. See bench/README.md.
"""

import argparse
import io
import math
import os
import platform
import re
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "bench" / "RESULTS.md"
LANGUAGES = ("de", "ar")
WARM_UP = 2
MIN_SAMPLES = 5  # timed requests per page even when the time budget is used up
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
# A term with hits in each language's demo content (search matches the language the visitor reads).
SEARCH_TERMS = {"de": "Beratung", "ar": "استشارة"}
# Readable names of the URL patterns; a pattern not named here is shown by its URL name.
LABELS = {
    "home": "home",
    "services:index": "service index",
    "services:service": "service",
    "services:office": "office",
    "services:topic": "topic",
    "services:hsu": "HSU",
    "services:hsu_language": "HSU language",
    "funding:index": "funding index",
    "funding:archive": "funding archive",
    "funding:call": "funding call",
    "funding:programme": "funding programme",
    "funding:funded_projects": "funded projects",
    "masterplan:index": "masterplan index",
    "masterplan:documents": "masterplan documents",
    "masterplan:document": "masterplan document",
    "info_page": "info page",
}


@dataclass
class Page:
    label: str
    language: str
    path: str
    note: str = ""


@dataclass
class Result:
    page: Page
    status: int
    wall_ms: list = field(default_factory=list)
    cpu_ms: list = field(default_factory=list)
    queries: int = 0
    repeated: int = 0
    size: int = 0
    peak: int = 0


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=30, help="timed requests per page (default 30)")
    parser.add_argument(
        "--budget",
        type=float,
        default=150.0,
        help="seconds for the whole run (default 150): a page's timing stops early, after at least "
        f"{MIN_SAMPLES} requests, when its share of the remaining time is spent; the table shows how many ran",
    )
    parser.add_argument(
        "--output",
        nargs="?",
        const=str(DEFAULT_OUTPUT),
        help=f"also write the table to FILE (default when given without FILE: {DEFAULT_OUTPUT.relative_to(ROOT)})",
    )
    args = parser.parse_args(argv)
    if args.requests < 1:
        parser.error("--requests must be at least 1")
    return args


def configure_environment(tmpdir):
    """Development settings on a throwaway database; media written by the demo loader goes to tmpdir too."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings"
    os.environ["DJANGO_DEBUG"] = "1"
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmpdir}/bench.sqlite3")
    os.environ["DJANGO_MEDIA_ROOT"] = str(Path(tmpdir) / "media")
    os.environ.pop("REDIS_URL", None)  # the cache is a table in the benchmark database: no connection to a server
    sys.path.insert(0, str(ROOT))


def prepare_database():
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo_content", stdout=io.StringIO())
    return time.perf_counter() - started


def make_client():
    from django.conf import settings
    from django.http.request import validate_host
    from django.test import Client

    candidates = [urlsplit(settings.PORTAL_SITE_URL).hostname or "", "localhost", "127.0.0.1"]
    host = next((name for name in candidates if validate_host(name, settings.ALLOWED_HOSTS)), None)
    if host is None:
        raise SystemExit("bench: no allowed host to send requests as; unset DJANGO_ALLOWED_HOSTS")
    return Client(HTTP_HOST=host)


def get(client, path):
    client.cookies.clear()  # every request is a first-time visitor's (no language or consent cookie)
    return client.get(path)


def body(response):
    return response.getvalue() if response.streaming else response.content


def sitemap_paths(client):
    """Paths of /sitemap.xml in its own order (the site URL's scheme, host and any path prefix removed)."""
    from django.conf import settings

    response = get(client, "/sitemap.xml")
    if response.status_code != 200:
        raise SystemExit(f"bench: /sitemap.xml answered {response.status_code}")
    prefix = urlsplit(settings.PORTAL_SITE_URL).path.rstrip("/")
    paths = []
    for loc in ET.fromstring(body(response)).iter(f"{SITEMAP_NS}loc"):
        path = urlsplit(loc.text.strip()).path
        paths.append(path[len(prefix) :] if prefix and path.startswith(prefix) else path)
    return paths


def language_of(path):
    return path.lstrip("/").partition("/")[0]


def resolved(path):
    """The URL match of a path, or None; resolved in the path's own language (i18n_patterns match only the
    active language's prefix)."""
    from django.urls import Resolver404, resolve
    from django.utils import translation

    with translation.override(language_of(path)):
        try:
            return resolve(urlsplit(path).path)
        except Resolver404:
            return None


def first_per_pattern(paths):
    """{language: {url name: first path}} for the benchmarked languages, in sitemap order."""
    found = {language: {} for language in LANGUAGES}
    for path in paths:
        match = resolved(path) if language_of(path) in found else None
        if match is not None:
            found[language_of(path)].setdefault(match.view_name, path)
    return found


def with_language(path, language):
    """The same path under another language prefix (/de/x/ -> /ar/x/)."""
    return f"/{language}/" + path.lstrip("/").partition("/")[2]


def is_print_view(path):
    match = resolved(path)
    return match is not None and match.url_name.endswith("_print")


def reversed_path(name, language, suffix=""):
    from django.urls import NoReverseMatch, reverse
    from django.utils import translation

    with translation.override(language):
        try:
            return reverse(name) + suffix
        except NoReverseMatch:
            return None


def collect_pages(client):
    found = first_per_pattern(sitemap_paths(client))
    german = found["de"]
    pages = []
    for name, de_path in german.items():
        label = LABELS.get(name, name)
        pages.append(Page(label, "de", de_path))
        ar_path = found["ar"].get(name)
        if ar_path:
            pages.append(Page(label, "ar", ar_path))
        else:
            pages.append(Page(label, "ar", with_language(de_path, "ar"), "no ar translation: shown in German"))
    # Print views: every detail page type that has a print twin. One-language print of the first item of the
    # type; two-language print (?with=) of the first item translated into Arabic, so the second column exists.
    for name, de_path in german.items():
        if not is_print_view(de_path + "print/"):
            continue
        label = LABELS.get(name, name)
        translated = found["ar"].get(name)
        for language in LANGUAGES:
            pages.append(Page(f"{label} print", language, with_language(de_path, language) + "print/"))
        if translated:
            pages.append(Page(f"{label} print two languages", "de", with_language(translated, "de") + "print/?with=ar"))
            pages.append(Page(f"{label} print two languages", "ar", translated + "print/?with=de"))
    first_call = german.get("funding:call")
    for language in LANGUAGES:
        extra = [
            ("consent", reversed_path("consent", language)),
            ("search", reversed_path("search", language, "?q=" + quote(SEARCH_TERMS[language]))),
            ("deadlines calendar (ics)", reversed_path("funding:deadlines_ics", language)),
            ("call deadline (ics)", with_language(first_call, language) + "deadline.ics" if first_call else None),
            ("funding feed", reversed_path("funding:feed", language)),
            ("what's new feed", reversed_path("whats_new", language)),
            ("funded projects (csv)", reversed_path("funding:funded_projects_csv", language)),
        ]
        pages.extend(Page(label, language, path) for label, path in extra if path)
    pages.append(Page("sitemap", "-", "/sitemap.xml"))
    return pages


def query_shape(sql):
    """The SQL with its literal values blanked, so the same query for another row counts as a repeat."""
    return re.sub(r"'(?:[^']|'')*'|\b\d+\b", "?", sql)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def measure(client, page, requests, deadline):
    """Time up to ``requests`` requests (at least MIN_SAMPLES, more only while before ``deadline``), then count
    the queries of one request and trace the memory of another."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(WARM_UP):
        response = get(client, page.path)
    result = Result(page, response.status_code)
    for number in range(requests):
        if number >= MIN_SAMPLES and time.perf_counter() > deadline:
            break
        wall, cpu = time.perf_counter(), time.process_time()
        get(client, page.path)
        result.cpu_ms.append((time.process_time() - cpu) * 1000)
        result.wall_ms.append((time.perf_counter() - wall) * 1000)
    with CaptureQueriesContext(connection) as captured:
        response = get(client, page.path)
    shapes = [query_shape(query["sql"]) for query in captured.captured_queries]
    result.queries = len(shapes)
    result.repeated = len(shapes) - len(set(shapes))
    result.size = len(body(response))
    tracemalloc.start()
    try:
        get(client, page.path)
        result.peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return result


def table(results, *, requests, database, setup_seconds, total_seconds):
    import django

    rows = sorted(results, key=lambda result: statistics.median(result.wall_ms))
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    lines = [
        f"Measured {when} on {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"Django {django.get_version()}, {database}, DEBUG on; up to {requests} timed requests per page (n) "
        f"after {WARM_UP} warm-up requests. Setup (migrate + demo content) {setup_seconds:.0f} s, whole run "
        f"{total_seconds:.0f} s.",
        "",
        "| page | lang | path | status | n | median ms | p95 ms | CPU median ms | queries | repeated | size KB "
        "| peak MB |",
        "| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for result in rows:
        page = result.page
        label = f"{page.label} ({page.note})" if page.note else page.label
        lines.append(
            f"| {label} | {page.language} | `{page.path}` | {result.status} | {len(result.wall_ms)} "
            f"| {statistics.median(result.wall_ms):.1f} | {percentile(result.wall_ms, 0.95):.1f} "
            f"| {statistics.median(result.cpu_ms):.1f} | {result.queries} | {result.repeated} "
            f"| {result.size / 1024:.1f} | {result.peak / 1024 / 1024:.2f} |"
        )
    return "\n".join(lines) + "\n"


def main(argv=None):
    args = parse_args(argv)
    started = time.perf_counter()
    tmpdir = tempfile.mkdtemp(prefix="portal-bench-")
    try:
        configure_environment(tmpdir)
        import django

        django.setup()
        from django.db import connection

        print(f"bench: preparing {connection.vendor} database ...", file=sys.stderr)
        setup_seconds = prepare_database()
        client = make_client()
        pages = collect_pages(client)
        results = []
        end = started + args.budget
        for number, page in enumerate(pages, 1):
            print(f"bench: [{number}/{len(pages)}] {page.language} {page.path}", file=sys.stderr)
            now = time.perf_counter()
            share = max(0.0, end - now) / (len(pages) - number + 1)
            results.append(measure(client, page, args.requests, deadline=now + share))
        output = table(
            results,
            requests=args.requests,
            database=connection.vendor,
            setup_seconds=setup_seconds,
            total_seconds=time.perf_counter() - started,
        )
        connection.close()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    print(output)
    if args.output:
        target = Path(args.output)
        previous = target.read_text(encoding="utf-8") if target.exists() else ""
        # Keep the sections of bench/uploads.py and bench/load.py, which follow this table in the same file.
        starts = [previous.find(m) for m in ("<!-- bench/uploads.py -->", "<!-- bench/load.py -->") if m in previous]
        rest = previous[min(starts) :] if starts else ""
        target.write_text(output + (f"\n{rest}" if rest else ""), encoding="utf-8")
        print(f"bench: table written to {args.output}", file=sys.stderr)
    failed = [result for result in results if result.status != 200]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
