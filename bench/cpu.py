"""CPU per uncached page, two work trees side by side in one run: before and after a change.

    .venv/bin/python bench/cpu.py --before /path/to/old/tree [--after .] [--rounds 8] [--requests 4]
                                  [--redis redis://127.0.0.1:6379/5] [--output [FILE]]

Each tree gets its own worker process (this script, run with ``--worker TREE``; the tree's own code is imported,
so the old tree needs no copy of this file) with **production settings** — DEBUG off, the manifest static files
storage (``collectstatic`` into a temporary folder), SQLite in a temporary folder, the render cache switched off
(``PORTAL_RENDER_CACHE_SECONDS=0``: every page is rendered), and the default cache in Redis when ``--redis`` is
given (each worker under its own key prefix), otherwise the database cache as in production without Redis. Both
workers load the same demo content. The driver then asks them in turns, page by page and round by round (the
order flips every round), for ``--requests`` requests each, and records the CPU time of the worker process per
request (``time.process_time``): on a shared machine that is much steadier than wall time, and a worker's
requests per CPU second is what bounds the throughput of a gunicorn worker. See bench/README.md.
"""

import argparse
import io
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "bench" / "RESULTS.md"
HEADING = "## CPU per uncached page, before and after (`bench/cpu.py`)"
# (label, pattern of a path in /sitemap.xml, or a fixed path): the page types that cost the most CPU per request
# (the ones with the most parts and queries) and the home page, in German and, where it differs most, Arabic.
PAGES = [
    ("home", "/de/"),
    ("home", "/ar/"),
    ("service", r"/de/services/[^/]+/"),
    ("office", r"/de/offices/[^/]+/"),
    ("office", r"/ar/offices/[^/]+/"),
    ("funding programme", r"/de/funding/programmes/[^/]+/"),
    ("funded projects", "/de/funding/funded-projects/"),
    ("funded projects", "/ar/funding/funded-projects/"),
    ("HSU finder", "/de/hsu/"),
    ("HSU finder", "/ar/hsu/"),
    ("funding call", r"/de/funding/calls/[^/]+/"),
    ("topic", r"/de/topics/[^/]+/"),
    ("masterplan index", "/de/masterplan/"),
    ("what's new feed", "/de/feed/"),
    ("sitemap", "/sitemap.xml"),
]


# off: the render cache switched off, every part of the page rendered; miss: the render cache on, but the page is
# not in it (a query string of its own each time), as for the first visitor after a publish: whole pages are not
# shared, the fragments that many pages share (navigation, home cards, sitemap, feeds) may be.
MODES = {"off": "render cache off", "miss": "page not in the render cache"}


# --- Worker: one tree, production settings, requests on demand ------------------------------------------------
SETTINGS_MODULE = """from portal.settings import *  # noqa: F403

REDIS = {redis!r}
if REDIS:
    CACHES["default"] = {{  # noqa: F405
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS,
        "KEY_PREFIX": {prefix!r},
    }}
"""


def worker(tree, redis, prefix, state=None):
    tree = Path(tree).resolve()
    tmpdir = Path(state) if state else Path(tempfile.mkdtemp(prefix="portal-cpu-"))
    prepared = (tmpdir / "prepared").exists()
    tmpdir.mkdir(parents=True, exist_ok=True)
    own = Path(tempfile.mkdtemp(prefix="portal-cpu-settings-"))  # each worker its own (the state may be shared)
    try:
        (own / "bench_cpu_settings.py").write_text(SETTINGS_MODULE.format(redis=redis, prefix=prefix))
        for name in [name for name in os.environ if name.startswith(("DJANGO_", "PORTAL_"))]:
            del os.environ[name]
        os.environ.pop("REDIS_URL", None)
        os.environ.update(
            {
                "DJANGO_SETTINGS_MODULE": "bench_cpu_settings",
                "DJANGO_SECRET_KEY": "bench-only-" + "k" * 60,
                "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
                "PORTAL_SSL_REDIRECT": "0",
                "PORTAL_RENDER_CACHE_SECONDS": "0",
                "DATABASE_URL": f"sqlite:///{tmpdir / 'cpu.sqlite3'}",
                "DJANGO_STATIC_ROOT": str(tmpdir / "static"),
                "DJANGO_MEDIA_ROOT": str(tmpdir / "media"),
            }
        )
        os.chdir(tree)
        sys.path[:0] = [str(tree), str(own)]
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connection
        from django.test import Client, override_settings
        from django.test.utils import CaptureQueriesContext

        if not prepared:
            call_command("migrate", verbosity=0, interactive=False)
            call_command("load_demo_content", stdout=io.StringIO())
            call_command("collectstatic", verbosity=0, interactive=False)
            if state:
                (tmpdir / "prepared").touch()
        client = Client(HTTP_HOST="127.0.0.1")
        counter = time.time_ns()  # query strings no earlier run (a kept --state) has stored

        def get(path):
            client.cookies.clear()  # a first-time visitor every time
            return client.get(path)

        reply({"ready": True})
        for line in sys.stdin:
            command = json.loads(line)
            if command["do"] == "sitemap":
                body = get("/sitemap.xml").content.decode()
                reply({"paths": [urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", body)]})
            elif command["do"] == "warm":
                found = {}
                for path in command["paths"]:
                    get(path)
                    with CaptureQueriesContext(connection) as captured:
                        response = get(path)
                    found[path] = {"status": response.status_code, "queries": len(captured.captured_queries),
                                   "size": len(response.content)}  # fmt: skip
                reply(found)
            elif command["do"] == "time":
                cpu = []
                for _ in range(command["n"]):
                    path, mode = command["path"], command.get("mode", "off")
                    if mode == "miss":  # a page the render cache has not kept: rendered, with shared fragments
                        counter += 1
                        path += ("&" if "?" in path else "?") + f"bench={counter}"
                    with override_settings(PORTAL_RENDER_CACHE_SECONDS=0 if mode == "off" else 3600):
                        started = time.process_time()
                        get(path)
                        cpu.append((time.process_time() - started) * 1000)
                reply({"cpu": cpu})
            elif command["do"] == "queries":
                with override_settings(PORTAL_RENDER_CACHE_SECONDS=command.get("seconds", 0)):
                    with CaptureQueriesContext(connection) as captured:
                        response = get(command["path"])
                reply({"sql": [query["sql"] for query in captured.captured_queries], "status": response.status_code,
                       "headers": dict(response.headers)})  # fmt: skip
            elif command["do"] == "profile":
                import cProfile
                import pstats

                profiler = cProfile.Profile(time.process_time)  # CPU, not waiting for a disk
                mode = command.get("mode", "off")
                with override_settings(PORTAL_RENDER_CACHE_SECONDS=0 if mode == "off" else 3600):
                    for _ in range(command["n"]):
                        path = command["path"]
                        if mode == "miss":
                            counter += 1
                            path += ("&" if "?" in path else "?") + f"bench={counter}"
                        profiler.enable()
                        get(path)
                        profiler.disable()
                if command.get("dump"):  # for a closer look (pstats, snakeviz)
                    profiler.dump_stats(command["dump"])
                text = io.StringIO()
                stats = pstats.Stats(profiler, stream=text).sort_stats(command.get("sort", "tottime"))
                stats.print_stats(command.get("limit", 40))
                for pattern in command.get("callers", ()):
                    stats.print_callers(pattern)
                reply({"text": text.getvalue()})
            elif command["do"] == "quit":
                break
        connection.close()
    finally:
        shutil.rmtree(own, ignore_errors=True)
        if not state:
            shutil.rmtree(tmpdir, ignore_errors=True)


def reply(data):
    sys.stdout.write(json.dumps(data) + "\n")
    sys.stdout.flush()


# --- Driver ------------------------------------------------------------------------------------------------------
class Worker:
    def __init__(self, name, tree, redis, state=None):
        python = Path(tree) / ".venv" / "bin" / "python"
        self.name = name
        self.process = subprocess.Popen(
            [str(python if python.exists() else sys.executable), str(Path(__file__).resolve()),
             "--worker", str(tree), "--redis", redis or "", "--prefix", f"bench-cpu-{name}-{os.getpid()}",
             *(["--state", state] if state else [])],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip

    def ask(self, **command):
        if command:
            self.process.stdin.write(json.dumps(command) + "\n")
            self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise SystemExit(f"bench/cpu.py: the {self.name} worker stopped")
        return json.loads(line)

    def close(self):
        try:
            self.process.stdin.write(json.dumps({"do": "quit"}) + "\n")
            self.process.stdin.close()
        except OSError:
            pass
        self.process.wait(timeout=60)


def choose_pages(paths):
    chosen = []
    for label, pattern in PAGES:
        fixed = not any(character in pattern for character in "[]+*?()")  # a path, not a pattern
        candidates = [pattern] if fixed else paths
        path = next((path for path in candidates if re.fullmatch(pattern, path)), None)
        if path is not None and (label, path) not in chosen:
            chosen.append((label, path))
    return chosen


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", help="work tree of the code before the change (with its own .venv or not)")
    parser.add_argument("--after", default=str(ROOT), help="work tree after the change (default: this one)")
    parser.add_argument("--rounds", type=int, default=8, help="rounds over all pages (default 8)")
    parser.add_argument("--requests", type=int, default=4, help="requests per page, tree and round (default 4)")
    parser.add_argument("--redis", default="", help="Redis URL for the default cache (else the database cache)")
    parser.add_argument("--only", help="only pages whose label contains this text (e.g. home)")
    parser.add_argument("--output", nargs="?", const=str(DEFAULT_OUTPUT), help="also write the table to FILE")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--prefix", default="", help=argparse.SUPPRESS)
    # A prepared folder (database, static files) kept between runs and shared by the workers: for trying changes
    # quickly, not for the recorded run.
    parser.add_argument("--state", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.worker and not args.before:
        parser.error("--before is required")
    return args


def main(argv=None):
    args = parse_args(argv)
    if args.worker:
        worker(args.worker, args.redis, args.prefix, args.state)
        return 0
    started = time.perf_counter()
    pages, facts, cpu = compare(args)
    output = table(args, pages, facts, cpu, total=time.perf_counter() - started)
    print(output)
    if args.output:
        write_section(Path(args.output), output)
        print(f"bench/cpu.py: table written to {args.output}", file=sys.stderr)
    paths = [path for _label, path in pages]
    return 0 if all(fact[path]["status"] == 200 for fact in facts for path in paths) else 1


def compare(args):
    """Both trees side by side (``args`` as parse_args gives them): (pages, facts per tree, {(tree, mode, path):
    [CPU ms]}). Also used by bench/stack.py."""
    print("bench/cpu.py: preparing two workers (migrate, demo content, collectstatic) ...", file=sys.stderr)
    trees = {"before": args.before, "after": args.after}
    workers = [Worker(name, tree, args.redis, args.state) for name, tree in trees.items()]
    try:
        for worker_ in workers:
            worker_.ask()  # ready
        pages = choose_pages(workers[1].ask(do="sitemap")["paths"])
        pages = [(label, path) for label, path in pages if not args.only or args.only in label]
        paths = [path for _label, path in pages]
        facts = [worker_.ask(do="warm", paths=paths) for worker_ in workers]
        cpu = {(worker_.name, mode, path): [] for worker_ in workers for mode in MODES for path in paths}
        for number in range(args.rounds):
            print(f"bench/cpu.py: round {number + 1}/{args.rounds}", file=sys.stderr)
            for path in paths:
                for mode in MODES:
                    for worker_ in workers if number % 2 == 0 else reversed(workers):
                        timed = worker_.ask(do="time", path=path, mode=mode, n=args.requests)["cpu"]
                        cpu[(worker_.name, mode, path)] += timed
    finally:
        for worker_ in workers:
            worker_.close()
    return pages, facts, cpu


def table(args, pages, facts, cpu, *, total):
    before, after = facts
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    load = os.getloadavg()[0]
    lines = [
        HEADING,
        "",
        f"Measured {when} on {os.cpu_count()} cores (shared with other jobs; load average {load:.1f} at the end), "
        f"Python {platform.python_version()}; both trees side by side in one run, {args.rounds} rounds × "
        f"{args.requests} requests per page and tree, turns alternating. Production settings (DEBUG off, manifest "
        f"static files), SQLite, default cache {'Redis' if args.redis else 'the database cache'}; "
        f"in-process requests (no server). Whole run {total:.0f} s. CPU = process time of the worker per request "
        "(median); pages/s per core = 1000 / CPU median. Render cache *off*: `PORTAL_RENDER_CACHE_SECONDS=0`, every "
        "part of every page rendered; *page not in the render cache*: the cache on, but each request has a query "
        "string of its own, so the page is rendered (as for the first visitor after a publish or at a boundary) "
        "while fragments shared by many pages (navigation, home cards, sitemap, feeds) may come from the cache.",
        "",
        "| page | path | render cache | CPU ms before | CPU ms after | pages/s per core before | after | × "
        "| queries before → after (off) | KB before → after |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for label, path in pages:
        for mode, meaning in MODES.items():
            old = statistics.median(cpu[("before", mode, path)])
            new = statistics.median(cpu[("after", mode, path)])
            lines.append(
                f"| {label} | `{path}` | {meaning} | {old:.1f} | {new:.1f} | {1000 / old:.0f} | {1000 / new:.0f} "
                f"| {old / new:.1f} | {before[path]['queries']} → {after[path]['queries']} "
                f"| {before[path]['size'] / 1024:.1f} → {after[path]['size'] / 1024:.1f} |"
            )
    command = "`.venv/bin/python bench/cpu.py " + " ".join(
        part for part in (f"--before {args.before}", f"--rounds {args.rounds}", f"--requests {args.requests}",
                          f"--redis {args.redis}" if args.redis else "") if part
    ) + "`"  # fmt: skip
    lines += ["", f"Command: {command}"]
    return "\n".join(lines) + "\n"


def write_section(target, section):
    """Replace this script's section of RESULTS.md (from its heading to the next ``## `` heading), or append it."""
    previous = target.read_text(encoding="utf-8") if target.exists() else ""
    start = previous.find(HEADING)
    if start < 0:
        text = previous.rstrip("\n") + "\n\n" + section
    else:
        end = previous.find("\n## ", start + len(HEADING))
        text = previous[:start] + section + (previous[end:] if end >= 0 else "")
    target.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
