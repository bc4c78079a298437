"""Search server time on PostgreSQL at the demo data and at ten times the demo data, with production settings.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_search .venv/bin/python bench/search.py \\
        [--before PATH] [--samples 20] [--output [FILE]]

The database named must be a throwaway one: it is dropped and created anew, migrated, the demo content is loaded
into it and later every public item is copied nine times (new slugs) for the 10× figures; ANALYZE runs after each
load. ``--before PATH`` adds a second column: the code of another checkout (for example the main branch:
``git worktree add --detach /tmp/search-before main``) on a second database, the first one's name with
``_before`` appended, prepared the same way.

Each checkout runs in a worker process of its own with production settings (DEBUG off, collected static files,
persistent database connections as in production, no Redis: the database cache). A request's server time is the
time Django's WSGI handler takes for it: the whole middleware stack, the view and the template, no network and no
WSGI server. The workers take turns request by request, so that a busy machine slows both columns alike: compare
the columns of one run (ratios), not runs with each other. The table shows the median and the 90th percentile of
``--samples`` requests per query after two warm-up requests, and the number of SQL queries of one request.
``--output`` writes the table as the "Search" section of bench/RESULTS.md (other sections stay).
"""

import argparse
import io
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "bench" / "RESULTS.md"
HEADING = "## Search on PostgreSQL at 1× and 10× data (`bench/search.py`)"
# (language, query, type filter): words with hits in the demo content, a two-word query, a typo, a word found
# nowhere, and one type's page of results.
QUERIES = [
    ("de", "Beratung", ""),
    ("de", "Integrationskurs Anmeldung", ""),
    ("de", "Beratng", ""),
    ("ar", "استشارة", ""),
    ("en", "advice", ""),
    ("tr", "Dortmund", ""),
    ("de", "Xylophonunterricht", ""),
    ("de", "Beratung", "services"),
]


def search_path(language, query, type_key):
    params = {"q": query, **({"type": type_key} if type_key else {})}
    return f"/{language}/search/?{urlencode(params, quote_via=quote)}"


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


# --- the worker: one checkout, one database ------------------------------------------------------------------


def recreate_database(url):
    import dj_database_url
    import psycopg
    from psycopg import sql

    config = dj_database_url.parse(url)
    with psycopg.connect(
        dbname="postgres",
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
        host=config["HOST"] or None,
        port=config["PORT"] or None,
        autocommit=True,
    ) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(config["NAME"])))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(config["NAME"])))


def configure_worker(root, url, folder):
    for name in [name for name in os.environ if name.startswith(("DJANGO_", "PORTAL_"))] + ["REDIS_URL"]:
        os.environ.pop(name, None)
    os.environ.update(
        DJANGO_SETTINGS_MODULE="portal.settings",
        DATABASE_URL=url,
        DJANGO_SECRET_KEY="bench-only-" + "k" * 60,
        DJANGO_ALLOWED_HOSTS="localhost",
        PORTAL_SSL_REDIRECT="0",
        DJANGO_DB_CONN_MAX_AGE="60",
        DJANGO_STATIC_ROOT=str(folder / "static"),
        DJANGO_MEDIA_ROOT=str(folder / "media"),
    )
    sys.path.insert(0, str(root))
    os.chdir(root)


def multiply_public_content(times):
    """``times`` copies of every public item of every searchable type (new slugs); returns the number made."""
    from portal.search import registry

    made = 0
    for entry in registry.installed():
        for original in list(entry.published()):
            for number in range(times):
                copy = entry.model.objects.get(pk=original.pk)
                copy.pk = None
                copy._state.adding = True
                if hasattr(copy, "slug"):
                    max_length = entry.model._meta.get_field("slug").max_length
                    copy.slug = f"c{number}x{original.pk}-{original.slug}"[:max_length]
                copy.save()
                made += 1
    return made


class Server:
    """Django's WSGI handler in this process, asked directly."""

    def __init__(self):
        from django.core.handlers.wsgi import WSGIHandler
        from django.test import RequestFactory

        self.handler = WSGIHandler()
        self.factory = RequestFactory(HTTP_HOST="localhost")

    def request(self, path):
        """(status, milliseconds) of one GET of ``path``."""
        environ = self.factory.get(path).environ
        statuses = []
        started = time.perf_counter()
        response = self.handler(environ, lambda status, headers, exc_info=None: statuses.append(status))
        b"".join(response)
        response.close()
        elapsed = (time.perf_counter() - started) * 1000
        return int(statuses[0].split()[0]), elapsed

    def queries(self, path):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            self.request(path)
        return len(captured)


def public_items():
    from portal.search import registry

    return sum(entry.published().count() for entry in registry.installed())


def analyze():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def worker(root, url):
    """Answer the driver's commands (JSON lines on stdin) with JSON lines on the original stdout."""
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "w")
    sys.stdout = sys.stderr  # anything else printed must not reach the driver
    folder = Path(tempfile.mkdtemp(prefix="portal-bench-search-"))
    configure_worker(root, url, folder)
    recreate_database(url)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("collectstatic", verbosity=0, interactive=False)
    call_command("load_demo_content", stdout=io.StringIO())
    analyze()
    server = Server()
    commands = {
        "items": lambda: public_items(),
        "multiply": lambda times: (multiply_public_content(times), analyze())[0],
        "time": lambda path: server.request(path),
        "queries": lambda path: server.queries(path),
    }
    replies.write(json.dumps("ready") + "\n")
    replies.flush()
    for line in sys.stdin:
        command = json.loads(line)
        replies.write(json.dumps(commands[command.pop("do")](**command)) + "\n")
        replies.flush()


# --- the driver -----------------------------------------------------------------------------------------------


class Worker:
    def __init__(self, label, root, url):
        self.label, self.root = label, Path(root).resolve()
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--worker", str(self.root), url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.commit = subprocess.run(
            ["git", "-C", str(self.root), "describe", "--always", "--dirty"], capture_output=True, text=True
        ).stdout.strip()

    def send(self, do, **args):
        self.process.stdin.write(json.dumps({"do": do, **args}) + "\n")
        self.process.stdin.flush()

    def reply(self):
        line = self.process.stdout.readline()
        if not line:
            raise SystemExit(f"bench/search.py: the {self.label} worker ({self.root}) stopped")
        return json.loads(line)

    def ask(self, do, **args):
        self.send(do, **args)
        return self.reply()

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=60)


def everyone(workers, do, **args):
    """Send a command to every worker, then collect the answers (they work meanwhile in parallel)."""
    for one in workers:
        one.send(do, **args)
    return [one.reply() for one in workers]


def time_queries(workers, samples):
    """{(language, query, type): [(median ms, p90 ms, queries) per worker]}; the workers take turns."""
    figures = {}
    for language, query, type_key in QUERIES:
        path = search_path(language, query, type_key)
        for one in workers:
            for _ in range(2):
                status, _ms = one.ask("time", path=path)
                if status != 200:
                    raise SystemExit(f"bench/search.py: {path} answered {status} in the {one.label} worker")
        times = {one.label: [] for one in workers}
        for _ in range(samples):
            for one in workers:
                times[one.label].append(one.ask("time", path=path)[1])
        figures[(language, query, type_key)] = [
            (statistics.median(times[one.label]), percentile(times[one.label], 0.9), one.ask("queries", path=path))
            for one in workers
        ]
    return figures


def database_url_before(url):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=parts.path.rstrip("/") + "_before"))


def measure(workers, samples):
    """(public items at 1×, at 10×, figures at 1×, figures at 10×)."""
    for one in workers:
        if one.reply() != "ready":  # set up (in parallel)
            raise SystemExit(f"bench/search.py: the {one.label} worker did not start")
    small_items = workers[0].ask("items")
    small = time_queries(workers, samples)
    everyone(workers, "multiply", times=9)
    large_items = workers[0].ask("items")
    return small_items, large_items, small, time_queries(workers, samples)


def cell(figure):
    return f"{figure[0]:.1f} ({figure[1]:.1f})"


def table(workers, small_items, large_items, small, large):
    labels = [f"{one.label} (`{one.commit}`)" for one in workers]
    head = ["language", "query"]
    for scale, items in (("1×", small_items), ("10×", large_items)):
        head += [f"{scale} {label}, {items} items" for label in labels]
    if len(workers) == 2:
        head.append("10× after / before")
    head += [f"queries {label} 1× / 10×" for label in labels]
    lines = ["| " + " | ".join(head) + " |", "| --- | --- |" + " ---: |" * (len(head) - 2)]
    for key in small:
        language, query, type_key = key
        row = [language, query + (f" (type {type_key})" if type_key else "")]
        row += [cell(figure) for figure in small[key]] + [cell(figure) for figure in large[key]]
        if len(workers) == 2:
            row.append(f"{large[key][1][0] / large[key][0][0]:.2f}")
        row += [f"{small[key][number][2]} / {large[key][number][2]}" for number in range(len(workers))]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines) + "\n"


def write_section(path, heading, text):
    """Put ``text`` under ``heading`` in the Markdown file ``path``, replacing that section only."""
    path = Path(path)
    content = path.read_text() if path.exists() else ""
    section = f"{heading}\n\n{text.rstrip()}\n"
    start = content.find(heading + "\n")
    if start < 0:
        content = content.rstrip() + "\n\n" + section
    else:
        end = content.find("\n## ", start + len(heading))
        content = content[:start] + section + (content[end:] if end >= 0 else "")
    path.write_text(content)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--worker"]:
        return worker(Path(argv[1]), argv[2])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=20, help="timed requests per query and scale (default 20)")
    parser.add_argument("--before", help="another checkout (e.g. of main) measured beside this one")
    parser.add_argument("--output", nargs="?", const=str(DEFAULT_OUTPUT), help="also write the table to FILE")
    parser.add_argument("--json", help="also write the medians at 10× of this checkout to FILE (for bench/stack.py)")
    args = parser.parse_args(argv)
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        raise SystemExit("bench/search.py: set DATABASE_URL to a throwaway PostgreSQL database")
    started = time.perf_counter()
    workers = []
    try:
        if args.before:
            workers.append(Worker("before", args.before, database_url_before(url)))
        workers.append(Worker("after" if args.before else "this checkout", ROOT, url))
        figures = measure(workers, args.samples)
    finally:
        for one in workers:
            one.close()
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    text = (
        f"Measured {when} on {os.cpu_count()} cores, PostgreSQL, production settings (DEBUG off, persistent "
        f"connections, database cache), {args.samples} requests per query and column after two warm-up requests; "
        f"server time = Django's WSGI handler per request, in ms: median (90th percentile). "
        + ("The two checkouts took turns request by request. " if args.before else "")
        + f"Whole run {time.perf_counter() - started:.0f} s.\n\n"
        + table(workers, *figures)
    )
    print(text)
    if args.output:
        write_section(args.output, HEADING, text)
    if args.json:
        _small_items, _large_items, _small, large = figures
        medians = {" ".join(key).strip(): found[-1][0] for key, found in large.items()}
        Path(args.json).write_text(json.dumps({"medians_10x": medians}))


if __name__ == "__main__":
    main()
