"""Lighthouse (mobile) on the home page, a service page and the HSU finder, in German and Arabic, against gunicorn.

    .venv/bin/python bench/lighthouse.py [--runs 3] [--output [FILE]] [--keep DIR]

Starts the demo portal under gunicorn with production settings (``bench/demo_site.py``: DEBUG off, static files
collected and served by WhiteNoise, SQLite in a temporary folder), fetches each page once (so it comes from the
render cache, as on a running site), then runs Lighthouse 12.2.3 (pinned in ``bench/node/package-lock.json``,
installed there with ``npm ci`` when missing or older than the lock) with its default mobile settings (emulated
phone, simulated throttling) on each page and language ``--runs`` times. Reports each category's score of the
median run (by performance; Lighthouse's own advice for a noisy machine), the spread of performance over the runs,
what cost points where a score is below 100, the load average around each run, and every request that left
127.0.0.1 (there must be none). ``--output`` writes the report into its section of bench/RESULTS.md.

Chromium: ``CHROME_PATH`` when set, else ``PORTAL_CHROMIUM``, ``/usr/bin/chromium`` or ``chromium`` on the PATH,
else Playwright's own build. Nothing leaves the machine: Lighthouse's error reporting is off, and Chromium runs
without background networking, component updates or first-run tasks (Lighthouse 12 has no update check).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.demo_site import CHROMIUM_FLAGS, demo_site  # noqa: E402
from bench.search import write_section  # noqa: E402

NODE_DIR = ROOT / "bench" / "node"
LIGHTHOUSE = NODE_DIR / "node_modules" / "lighthouse" / "cli" / "index.js"
DEFAULT_OUTPUT = ROOT / "bench" / "RESULTS.md"
HEADING = "## Lighthouse mobile: home, service page, HSU finder under gunicorn (`bench/lighthouse.py`)"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
LANGUAGES = ["de", "ar"]
PAGES = [
    ("home", "/"),
    ("service", "/services/leistungen-asylblg/"),
    ("HSU finder", "/hsu/"),
]
ATTEMPTS = 3  # per run, when Lighthouse itself fails
# The five metrics that make up the performance score (their weights are read from each report).
METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift",
           "speed-index"]  # fmt: skip
METRIC_NAMES = ["FCP", "LCP", "TBT", "CLS", "SI"]


def log(message):
    print(message, file=sys.stderr, flush=True)


def ensure_lighthouse():
    installed = NODE_DIR / "node_modules" / ".package-lock.json"
    lock = NODE_DIR / "package-lock.json"
    if installed.exists() and installed.stat().st_mtime >= lock.stat().st_mtime and LIGHTHOUSE.exists():
        return
    npm = shutil.which("npm")
    if npm is None:
        sys.exit("bench/lighthouse.py: needs npm and Node.js (apt-get install npm) to install Lighthouse.")
    command = [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"]
    log("+ " + " ".join(command) + f"   (in {NODE_DIR})")
    subprocess.run(command, cwd=NODE_DIR, check=True)


def chromium():
    for candidate in (os.environ.get("CHROME_PATH"), os.environ.get("PORTAL_CHROMIUM"), "/usr/bin/chromium",
                      shutil.which("chromium")):  # fmt: skip
        if candidate and Path(candidate).exists():
            return candidate
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        return playwright.chromium.executable_path  # installed by ``.venv/bin/playwright install chromium``


def version(command):
    done = subprocess.run(command, capture_output=True, text=True)
    return (done.stdout or done.stderr).strip().splitlines()[0] if done.returncode == 0 else "?"


def lighthouse(url, report_path, chrome):
    command = [
        "node", str(LIGHTHOUSE), url,
        "--output=json", f"--output-path={report_path}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--form-factor=mobile",  # also the default: an emulated phone, simulated slow 4G and a 4× slower CPU
        "--no-enable-error-reporting",
        "--quiet",
        f"--chrome-flags={' '.join(CHROMIUM_FLAGS)}",
    ]  # fmt: skip
    env = dict(os.environ, CHROME_PATH=chrome, CI="1")
    for attempt in range(1, ATTEMPTS + 1):
        Path(report_path).unlink(missing_ok=True)
        done = subprocess.run(command, cwd=NODE_DIR, env=env, capture_output=True, text=True, timeout=600)
        if done.returncode == 0 and Path(report_path).exists():
            return json.loads(Path(report_path).read_text())
        # On a crowded machine Lighthouse now and then loses the trace (NO_NAVSTART, NO_FCP): run it again.
        log(f"Lighthouse failed on {url} (attempt {attempt}, exit {done.returncode}): {done.stderr.strip()[-500:]}")
    raise RuntimeError(f"Lighthouse failed {ATTEMPTS} times on {url}")


def summary(report, origin):
    """Scores (0–100), what cost points, and requests that left ``origin``, from one Lighthouse report."""
    audits = report["audits"]
    scores = {key: round(100 * report["categories"][key]["score"]) for key in CATEGORIES}
    costs = {}
    for key in CATEGORIES:
        lost = []
        for ref in report["categories"][key]["auditRefs"]:
            audit = audits[ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                if key == "performance":
                    shown = audit.get("displayValue", "")
                    lost.append(f"{ref['id']} {shown} (−{ref['weight'] * (1 - audit['score']):.1f})")
                else:
                    lost.append(ref["id"])
        costs[key] = lost
    requests = (audits.get("network-requests", {}).get("details") or {}).get("items", [])
    foreign = sorted(
        {
            item["url"]
            for item in requests
            if urlsplit(item["url"]).scheme not in {"data", "blob"} and not item["url"].startswith(origin + "/")
        }
    )
    warnings = report.get("runWarnings", [])
    metrics = {key: audits[key].get("displayValue", "?") for key in METRICS}
    return {"scores": scores, "costs": costs, "foreign": foreign, "warnings": warnings, "metrics": metrics,
            "benchmark": report.get("environment", {}).get("benchmarkIndex"),
            "requests": len(requests),
            "bytes": sum(item.get("transferSize", 0) for item in requests)}  # fmt: skip


def measure(base, pages, runs, keep):
    chrome = chromium()
    origin = base
    results = []
    for label, path in pages:
        for language in LANGUAGES:
            url = f"{base}/{language}{path}"
            done = []
            for run in range(runs):
                load_before = os.getloadavg()[0]
                report_path = Path(keep) / f"{label.replace(' ', '-')}-{language}-{run + 1}.json"
                report = lighthouse(url, report_path, chrome)
                load_after = os.getloadavg()[0]
                result = summary(report, origin)
                result["load"] = (load_before, load_after)
                done.append(result)
                log(f"{label} {language} run {run + 1}: {result['scores']} load {load_before:.1f}→{load_after:.1f}")
            ranked = sorted(done, key=lambda r: r["scores"]["performance"])
            median = ranked[(len(ranked) - 1) // 2]
            performance = [r["scores"]["performance"] for r in done]
            loads = [value for r in done for value in r["load"]]
            results.append({"label": label, "language": language, "path": f"/{language}{path}",
                            "median": median, "performance": performance, "loads": loads,
                            "benchmarks": [f"{r['benchmark']:.0f}" if r["benchmark"] else "?" for r in done],
                            "foreign": sorted({url for r in done for url in r["foreign"]}),
                            "warnings": sorted({w for r in done for w in r["warnings"]})})  # fmt: skip
    return results, chrome


def table(results, *, runs, chrome, started, elapsed, command):
    node = version(["node", "--version"])
    lighthouse_version = json.loads((NODE_DIR / "node_modules" / "lighthouse" / "package.json").read_text())["version"]
    load = os.getloadavg()
    lines = [
        f"Measured {started} on {os.cpu_count()} cores shared with other jobs (load average at the start "
        f"{results[0]['loads'][0]:.1f}, per run below; at the end {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} "
        f"over 1/5/15 min). Lighthouse {lighthouse_version} on Node {node}, mobile (emulated phone, simulated "
        f"throttling), {version([chrome, '--version'])}; gunicorn with 2 workers, production settings (DEBUG off, "
        f"WhiteNoise), SQLite with the demo content, each page fetched once before (render cache warm). "
        f"{runs} run(s) per page; scores of the median run by performance, and performance of every run. "
        f"Whole run {elapsed:.0f} s.",
        "",
        "| page | lang | path | performance | accessibility | best practices | SEO | performance per run | "
        f"{' / '.join(METRIC_NAMES)} (median run) | load avg (1 min) during the runs | Lighthouse CPU benchmark "
        "index per run | what cost points (median run) |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: | --- | --- | --- | --- | --- |",
    ]
    for row in results:
        scores = row["median"]["scores"]
        costs = "; ".join(f"{key}: {', '.join(lost)}" for key, lost in row["median"]["costs"].items() if lost) or "–"
        lines.append(
            f"| {row['label']} | {row['language']} | `{row['path']}` | {scores['performance']} | "
            f"{scores['accessibility']} | {scores['best-practices']} | {scores['seo']} | "
            f"{', '.join(map(str, row['performance']))} | "
            f"{' / '.join(row['median']['metrics'][key] for key in METRICS)} | "
            f"{min(row['loads']):.1f}–{max(row['loads']):.1f} | {', '.join(row['benchmarks'])} | {costs} |"
        )
    foreign = sorted({url for row in results for url in row["foreign"]})
    warnings = sorted({" ".join(w.split()).rstrip(".") for row in results for w in row["warnings"]})
    lines += [
        "",
        "Requests that left 127.0.0.1: " + (", ".join(foreign) if foreign else "none") + ".",
        "Lighthouse warnings: " + ("; ".join(warnings) if warnings else "none") + ".",
        "",
        f"Command: `{command}`",
    ]
    return "\n".join(lines) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page and language (default 3)")
    parser.add_argument("--output", nargs="?", const=str(DEFAULT_OUTPUT), help="also write the report to FILE")
    parser.add_argument("--keep", type=Path, help="keep the JSON reports in this folder")
    parser.add_argument("--only", nargs="+", choices=[label for label, _path in PAGES], help="only these pages")
    args = parser.parse_args(argv)
    pages = [(label, path) for label, path in PAGES if not args.only or label in args.only]
    ensure_lighthouse()
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    clock = time.monotonic()
    warm = [f"/{language}{path}" for _label, path in pages for language in LANGUAGES]
    with tempfile.TemporaryDirectory(prefix="portal-lighthouse-") as folder:
        keep = args.keep or Path(folder) / "reports"
        keep.mkdir(parents=True, exist_ok=True)
        with demo_site(folder, workers=2, warm_paths=warm) as base:
            results, chrome = measure(base, pages, args.runs, keep)
    command = ".venv/bin/python bench/lighthouse.py " + " ".join(argv if argv is not None else sys.argv[1:])
    text = table(results, runs=args.runs, chrome=chrome, started=started, elapsed=time.monotonic() - clock,
                 command=command.strip())  # fmt: skip
    print(text)
    if args.output:
        write_section(args.output, HEADING, text)
    bad = [r for r in results if r["foreign"]]
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
