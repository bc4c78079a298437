"""The production stack side by side, in one run on one machine: throughput of the same pages

1. from gunicorn directly (every request rendered by the portal),
2. through the shipped nginx configuration (deploy/nginx) in front of that gunicorn (its cache obeys the
   portal's headers),
3. as static files served by the same nginx (the same bytes, saved to disk: the ceiling),

for the home page, a service page and the HSU finder, then search at 1× and 10× data (bench/search.py).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_stack .venv/bin/python bench/stack.py \\
        [--cpu-before PATH] [--search-before PATH] [--output [FILE]]

``--cpu-before PATH`` (a checkout of the code before, e.g. ``git worktree add --detach /tmp/cpu-base c7b623e``)
adds the CPU per uncached home page, before and after side by side (bench/cpu.py, first in the run), so that one
run shows the three figures of issue 16: proxy / nginx static, uncached home before / after, search at 10×.

The database must be a throwaway PostgreSQL database (migrated, demo content loaded, later multiplied tenfold).
The machine may be shared: compare the columns of one run (ratios), not runs with each other. Needs nginx.
"""

import argparse
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import cpu as cpu_bench  # noqa: E402
from bench.search import DEFAULT_OUTPUT, write_section  # noqa: E402
from tests.portal.live_server import fetch, gunicorn, manage, production_env  # noqa: E402
from tests.portal.stack import nginx  # noqa: E402

HEADING = "## The stack side by side: gunicorn, the shipped nginx proxy, nginx static (`bench/stack.py`)"


def pages(base):
    """(label, path) of the home page, the first service page and the HSU finder, found on the site itself."""
    status, _headers, sitemap = fetch(f"{base}/sitemap.xml", timeout=120)
    if status != 200:
        raise SystemExit(f"bench/stack.py: /sitemap.xml answered {status}")
    paths = [urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap.decode())]
    service = next(path for path in paths if re.fullmatch(r"/de/services/[^/]+/", path))
    hsu = next(path for path in paths if re.fullmatch(r"/de/hsu/", path))
    return [("home", "/de/"), ("service", service), ("HSU finder", hsu)]


def throughput(base, path, *, clients, seconds):
    """Requests per second of ``clients`` keep-alive connections asking for ``path`` during ``seconds``."""
    host, port = urlsplit(base).hostname, urlsplit(base).port
    counts, failures = [0] * clients, [0] * clients
    stop = time.perf_counter() + seconds

    def client(number):
        connection = http.client.HTTPConnection(host, port, timeout=60)
        while time.perf_counter() < stop:
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                if response.status == 200:
                    counts[number] += 1
                else:
                    failures[number] += 1
            except (OSError, http.client.HTTPException):
                failures[number] += 1
                connection.close()
                connection = http.client.HTTPConnection(host, port, timeout=60)
        connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(number,)) for number in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(counts) / (time.perf_counter() - started), sum(failures)


def measure_pages(folder, *, clients, seconds, workers):
    env = production_env(
        folder,
        DATABASE_URL=os.environ["DATABASE_URL"],
        DJANGO_STATIC_ROOT=str(folder / "static"),
        DJANGO_MEDIA_ROOT=str(folder / "media"),
        DJANGO_DB_CONN_MAX_AGE="60",
    )
    for command in (("migrate", "--noinput", "--verbosity", "0"), ("collectstatic", "--noinput", "--verbosity", "0")):
        manage(*command, env=env)
    subprocess.run([sys.executable, "manage.py", "load_demo_content"], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    rows = []
    with gunicorn(env, "--workers", str(workers)) as direct:
        targets = pages(direct)
        copies = folder / "static" / "bench-copies"
        copies.mkdir(parents=True, exist_ok=True)
        for number, (_label, path) in enumerate(targets):
            (copies / f"{number}.html").write_bytes(fetch(f"{direct}{path}", timeout=120)[2])
        with nginx(folder, upstreams=[direct], static_root=folder / "static", media_root=folder / "media") as (
            proxy,
            _log,
        ):
            for number, (label, path) in enumerate(targets):
                cache = fetch(f"{proxy}{path}", timeout=120)[1].get("X-Cache-Status", "-")
                fetch(f"{proxy}{path}", timeout=120)
                cache_again = fetch(f"{proxy}{path}", timeout=120)[1].get("X-Cache-Status", "-")
                direct_rate = throughput(direct, path, clients=clients, seconds=seconds)
                proxy_rate = throughput(proxy, path, clients=clients, seconds=seconds)
                static_rate = throughput(proxy, f"/static/bench-copies/{number}.html", clients=clients, seconds=seconds)
                rows.append((label, path, direct_rate, proxy_rate, static_rate, f"{cache} → {cache_again}"))
    return rows


def ratio(part, whole, form):
    """``part / whole`` written with ``form``; a dash where ``whole`` got no request answered at all."""
    return form.format(part / whole) if whole else "–"


def pages_table(rows, *, clients, seconds, workers):
    lines = [
        f"{clients} keep-alive clients for {seconds:.0f} s per column (Python threads on the same machine), "
        f"gunicorn with {workers} workers, production settings, PostgreSQL with the demo content. Requests/s:",
        "",
        "| page | path | gunicorn direct | through nginx proxy | nginx static (same bytes) | proxy / static | "
        "proxy / direct | nginx cache (1st → 3rd request) |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for label, path, direct, proxy, static, cache in rows:
        lines.append(
            f"| {label} | `{path}` | {direct[0]:.0f} | {proxy[0]:.0f} | {static[0]:.0f} | "
            f"{ratio(proxy[0], static[0], '{:.0%}')} | {ratio(proxy[0], direct[0], '{:.1f}×')} | {cache} |"
        )
    failures = sum(row[2][1] + row[3][1] + row[4][1] for row in rows)
    lines.append("")
    lines.append(f"Non-200 answers and connection errors during the run: {failures}.")
    return "\n".join(lines) + "\n"


def measure_cpu(before, *, rounds, requests, redis):
    """bench/cpu.py for the home page (German and Arabic), this checkout against ``before``: (table, summary)."""
    argv = ["--before", before, "--only", "home", "--rounds", str(rounds), "--requests", str(requests)]
    args = cpu_bench.parse_args(argv + (["--redis", redis] if redis else []))
    started = time.perf_counter()
    pages, facts, cpu = cpu_bench.compare(args)
    text = cpu_bench.table(args, pages, facts, cpu, total=time.perf_counter() - started)
    text = text.split("\n", 2)[2]  # without bench/cpu.py's own heading: a part of this section
    ratios = {}
    for _label, path in pages:
        old = statistics.median(cpu[("before", "miss", path)])
        new = statistics.median(cpu[("after", "miss", path)])
        ratios[path] = (old, new, old / new)
    return text, ratios


def summary(rows, cpu_ratios, search_medians):
    """The three figures of issue 16 (Must show), from this run."""
    lines = ["**This run** (issue 16, Must show):", ""]
    shares = [(label, proxy[0] / static[0]) for label, _path, _direct, proxy, static, _cache in rows if static[0]]
    if shares:
        worst = min(shares, key=lambda share: share[1])
        lines.append(
            "- behind the shipped proxy, share of nginx-static throughput: "
            + ", ".join(f"{label} {share:.0%}" for label, share in shares)
            + f" (lowest {worst[1]:.0%}, needed ≥ 50 %)"
        )
    if cpu_ratios:
        lines.append(
            "- uncached home (page not in the render cache), CPU per request before → after: "
            + ", ".join(f"`{path}` {old:.1f} → {new:.1f} ms = {x:.1f}×" for path, (old, new, x) in cpu_ratios.items())
            + " (needed ≥ 3×)"
        )
    if search_medians:
        slowest = max(search_medians.items(), key=lambda item: item[1])
        lines.append(
            f"- search at 10× data on PostgreSQL, median server time per query: {min(search_medians.values()):.1f}–"
            f"{slowest[1]:.1f} ms (slowest: {slowest[0]}; needed ≤ 20 ms)"
        )
    return "\n".join(lines) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=8, help="concurrent connections (default 8)")
    parser.add_argument("--seconds", type=float, default=10, help="seconds per measurement (default 10)")
    parser.add_argument("--workers", type=int, default=2 * len(os.sched_getaffinity(0)) + 1)
    parser.add_argument("--search-samples", type=int, default=10)
    parser.add_argument("--search-before", help="another checkout measured beside this one (bench/search.py --before)")
    parser.add_argument("--cpu-before", help="checkout before the change: CPU per uncached home page (bench/cpu.py)")
    parser.add_argument("--cpu-rounds", type=int, default=6, help="bench/cpu.py --rounds (default 6)")
    parser.add_argument("--cpu-requests", type=int, default=4, help="bench/cpu.py --requests (default 4)")
    parser.add_argument("--cpu-redis", default="", help="bench/cpu.py --redis (default: the database cache)")
    parser.add_argument("--output", nargs="?", const=str(DEFAULT_OUTPUT), help="also write to FILE")
    args = parser.parse_args(argv)
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        raise SystemExit("bench/stack.py: set DATABASE_URL to a throwaway PostgreSQL database")
    folder = Path(tempfile.mkdtemp(prefix="portal-stack-"))
    cpu_text, cpu_ratios = "", {}
    try:
        if args.cpu_before:
            cpu_text, cpu_ratios = measure_cpu(
                args.cpu_before, rounds=args.cpu_rounds, requests=args.cpu_requests, redis=args.cpu_redis
            )
        rows = measure_pages(folder, clients=args.clients, seconds=args.seconds, workers=args.workers)
        text = pages_table(rows, clients=args.clients, seconds=args.seconds, workers=args.workers)
        before = ["--before", args.search_before] if args.search_before else []
        search = subprocess.run(
            [sys.executable, "bench/search.py", "--samples", str(args.search_samples), *before,
             "--json", str(folder / "search.json")],
            cwd=ROOT, env={**os.environ}, check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
        search_medians = json.loads((folder / "search.json").read_text())["medians_10x"]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    command = "`" + " ".join(["DATABASE_URL=postgres://…", ".venv/bin/python", "bench/stack.py", *sys.argv[1:]]) + "`"
    text = (
        f"Measured {when} on {os.cpu_count()} cores; command: {command}\n\n"
        + summary(rows, cpu_ratios, search_medians)
        + f"\n{text}\n"
        + (
            f"CPU per uncached home page in the same run (bench/cpu.py, before = `{args.cpu_before}`):\n\n{cpu_text}\n"
            if cpu_text
            else ""
        )
        + f"Search in the same run:\n\n{search}"
    )
    print(text)
    if args.output:
        write_section(args.output, HEADING, text)


if __name__ == "__main__":
    main()
