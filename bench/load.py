"""200 concurrent clients for 60 seconds on search and the HSU finder, against gunicorn with production settings.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h6bench REDIS_URL=redis://127.0.0.1:6379/6 \\
        .venv/bin/python bench/load.py [--clients 200] [--duration 60] [--workers 3] [--output [FILE]]

The database is migrated and gets the demo content: use a throwaway one (``createdb h6bench``), never production.
Reports requests, status codes (the run fails on any 5xx, timeout or connection error), latency percentiles and
each gunicorn worker's resident memory (RSS, from /proc: Linux only) before and after the load. See bench/README.md.
"""

import argparse
import asyncio
import os
import platform
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
MARKER = "<!-- bench/load.py -->"

SEARCH_TERMS = [
    "Beratung", "Schule", "Sprachkurs", "Wohnung", "Integrationskurs", "Förderung", "Kita", "Arbeit",
    "Beratng", "Anerkennung", "Dolmetscher", "Masterplan", "Ehrenamt", "استشارة", "мова", "ders",
    "Beratung Schule", "x", "",
]  # fmt: skip


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=200, help="concurrent clients (default 200)")
    parser.add_argument("--duration", type=float, default=60, help="seconds of load (default 60)")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (default 3, as the Dockerfile)")
    parser.add_argument("--max-requests", type=int, default=100_000, help="stop after this many requests")
    parser.add_argument("--timeout", type=float, default=180, help="seconds before a request counts as timed out")
    parser.add_argument("--seed", type=int, default=15, help="random seed of the request mix")
    parser.add_argument("--output", nargs="?", const=str(ROOT / "bench" / "RESULTS.md"), help="write the report")
    return parser.parse_args()


def production_env(static_root, media_root):
    database = os.environ.get("DATABASE_URL", "")
    if not database.startswith("postgres"):
        sys.exit("bench/load.py: set DATABASE_URL to a throwaway PostgreSQL database (e.g. createdb h6bench).")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PORTAL_"))}
    return {
        **env,
        "DJANGO_SECRET_KEY": "bench-only-" + "b" * 50,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "PORTAL_SSL_REDIRECT": "0",  # plain HTTP on 127.0.0.1; everything else as in production
        "DJANGO_STATIC_ROOT": str(static_root),
        "DJANGO_MEDIA_ROOT": str(media_root),
        "DJANGO_DB_CONN_MAX_AGE": "60",  # as compose.yaml
    }


def manage(*args, env):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url, timeout=120):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.status, response.read().decode()


def wait_until_ready(base, server):
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if get(f"{base}/robots.txt")[0] == 200:
                return
        except OSError:
            time.sleep(0.5)
    sys.exit("bench/load.py: gunicorn did not start")


# --- Worker memory ----------------------------------------------------------------------------------------------
def workers_of(master_pid):
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == master_pid:
            children.append(int(stat.parent.name))
    return sorted(children)


def rss_mib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def memory(master_pid):
    return {pid: rss_mib(pid) for pid in workers_of(master_pid)}


def options(html, name):
    """The non-empty option values of the form field ``name`` on a page."""
    select = re.search(rf'<select[^>]*name="{name}"[^>]*>(.*?)</select>', html, re.S)
    return [value for value in re.findall(r'<option value="([^"]*)"', select.group(1) if select else "") if value]


# --- The load -----------------------------------------------------------------------------------------------------
def request_mix(hsu_languages, districts, seed):
    rng = random.Random(seed)
    finder = [f"/de/hsu/?language={slug}" for slug in hsu_languages] + ["/de/hsu/?language=klingonisch"]
    finder += [f"/de/hsu/?language={rng.choice(hsu_languages)}&district={d}&grade={rng.randint(1, 10)}"
               for d in districts]  # fmt: skip
    search = [f"/de/search/?q={urllib.request.quote(term)}" for term in SEARCH_TERMS]
    search += [f"/ar/search/?q={urllib.request.quote(term)}" for term in SEARCH_TERMS[:6]]
    return rng, {"search": search, "HSU finder": finder}


async def one_request(port, path, timeout):
    start = time.perf_counter()
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), timeout)
        writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        await writer.drain()
        data = await asyncio.wait_for(reader.read(), timeout)
        writer.close()
        status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else "empty"
    except TimeoutError:
        status = "timeout"
    except OSError as error:
        status = f"error {type(error).__name__}"
    return status, time.perf_counter() - start


async def run_load(port, mix, rng, args):
    results = []  # (kind, status, seconds)
    end = time.monotonic() + args.duration
    kinds = list(mix)

    async def client(number):
        while time.monotonic() < end and len(results) < args.max_requests:
            kind = kinds[(number + len(results)) % len(kinds)]
            status, seconds = await one_request(port, rng.choice(mix[kind]), args.timeout)
            results.append((kind, status, seconds))

    started = time.monotonic()
    tasks = [asyncio.create_task(client(n)) for n in range(args.clients)]
    _done, pending = await asyncio.wait(tasks, timeout=args.duration + args.timeout + 30)
    for task in pending:  # only if the bound above was reached: counted as failures
        task.cancel()
        results.append(("cancelled", "cancelled", args.duration + args.timeout + 30))
    return results, time.monotonic() - started


# --- Report -------------------------------------------------------------------------------------------------------
def percentile(sorted_values, fraction):
    return sorted_values[min(len(sorted_values) - 1, round(fraction * (len(sorted_values) - 1)))]


def report(args, results, elapsed, before, after, setup_seconds, error_log, load):
    statuses = Counter(status for _kind, status, _s in results)
    failures = sum(n for s, n in statuses.items() if not isinstance(s, int) or s >= 500)
    by_kind = defaultdict(list)
    for kind, status, seconds in results:
        by_kind[kind].append((status, seconds))
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        MARKER,
        f"## Load: {args.clients} concurrent clients on search and the HSU finder (`bench/load.py`)",
        "",
        f"Measured {now} on {os.cpu_count()} cores, Python {platform.python_version()}; load average (1 min) "
        f"{load[0]:.1f} before and {load[1]:.1f} after the run. gunicorn with {args.workers} sync workers, "
        f"production settings, PostgreSQL, Redis; {args.clients} clients for {args.duration:.0f} s "
        f"(setup {setup_seconds:.0f} s).",
        "",
        f"**{len(results)} requests in {elapsed:.1f} s ({len(results) / elapsed:.1f}/s); "
        f"5xx, timeouts and connection errors: {failures}.** Worker restarts or timeouts in gunicorn's log: "
        f"{error_log.count('WORKER TIMEOUT')} timeouts, {'none' if set(before) == set(after) else 'workers replaced'}.",
        "",
        "| endpoint | requests | statuses | median ms | p90 ms | p95 ms | p99 ms | max ms |",
        "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for kind, rows in [*sorted(by_kind.items()), ("all", [(s, t) for _k, s, t in results])]:
        times = sorted(t * 1000 for _s, t in rows)
        counts = ", ".join(f"{s}: {n}" for s, n in sorted(Counter(s for s, _t in rows).items(), key=str))
        lines.append(
            f"| {kind} | {len(rows)} | {counts} | {statistics.median(times):.0f} | {percentile(times, 0.9):.0f} | "
            f"{percentile(times, 0.95):.0f} | {percentile(times, 0.99):.0f} | {times[-1]:.0f} |"
        )
    lines += ["", "| worker pid | RSS before MiB | RSS after MiB | change MiB |", "| ---: | ---: | ---: | ---: |"]
    for pid in sorted(set(before) | set(after)):
        old, new = before.get(pid, float("nan")), after.get(pid, float("nan"))
        lines.append(f"| {pid} | {old:.1f} | {new:.1f} | {new - old:+.1f} |")
    return "\n".join(lines) + "\n", failures


def write_output(path, text):
    """Replace this script's section of ``path`` (everything from MARKER on), keeping what comes before it."""
    path = Path(path)
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    head = existing.split(MARKER, 1)[0].rstrip()
    path.write_text((head + "\n\n" if head else "") + text, encoding="utf-8")


def main():
    args = parse_args()
    setup_started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="portal-load-") as folder:
        env = production_env(Path(folder) / "static", Path(folder) / "media")
        manage("migrate", "--noinput", "--verbosity", "0", env=env)
        manage("load_demo_content", env=env)
        manage("collectstatic", "--noinput", "--verbosity", "0", env=env)
        port = free_port()
        error_log = Path(folder) / "gunicorn.log"
        server = subprocess.Popen(
            [BIN / "gunicorn", "portal.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers",
             str(args.workers), "--backlog", "2048", "--error-logfile", str(error_log)],
            cwd=ROOT, env=env, start_new_session=True,
        )  # fmt: skip
        try:
            base = f"http://127.0.0.1:{port}"
            wait_until_ready(base, server)
            hsu_page = get(f"{base}/de/hsu/")[1]
            rng, mix = request_mix(options(hsu_page, "language"), options(hsu_page, "district")[:6], args.seed)
            for paths in mix.values():  # warm up every worker on every kind of page
                for path in paths[: 4 * args.workers]:
                    get(base + path)
            setup_seconds = time.monotonic() - setup_started
            before, load_before = memory(server.pid), os.getloadavg()[0]
            results, elapsed = asyncio.run(run_load(port, mix, rng, args))
            load = (load_before, os.getloadavg()[0])
            time.sleep(2)
            after = memory(server.pid)
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
        text, failures = report(args, results, elapsed, before, after, setup_seconds, error_log.read_text(), load)
    print(text)
    if args.output:
        write_output(args.output, text)
        print(f"bench: written to {args.output}", file=sys.stderr)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
