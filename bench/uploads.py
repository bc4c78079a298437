"""Benchmark of the upload policy against hostile files: how fast, and with how much memory, they are refused.

    .venv/bin/python bench/uploads.py [--repeat N] [--output [FILE]]

Measures, in this process and without a server or a database:

* the refusal of a 13000 × 13000 PNG (a valid black-and-white image of some 20 KB that Pillow would decode to
  169 MB, and to far more once converted) by ``portal.uploads.validate_image``: wall time, the peak of Python
  allocations (tracemalloc) and the growth of the process's peak resident memory (``ru_maxrss``);
* the refusal of an 80 MB fake PDF by ``portal.uploads.validate_document`` (size first, never parsed);
* for comparison, with ``--decode``, what decoding that PNG costs (what the portal did before the pixel limit).

With ``--output`` the figures replace this script's section of bench/RESULTS.md (marked
``<!-- bench/uploads.py -->``); the other scripts' sections stay.
"""

import argparse
import io
import os
import platform
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = "<!-- bench/uploads.py -->"
NEXT_MARKER = "<!-- bench/load.py -->"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="refusals timed per file (default 5)")
    parser.add_argument("--decode", action="store_true", help="also measure decoding the PNG (slow, memory-hungry)")
    parser.add_argument("--output", nargs="?", const=str(ROOT / "bench" / "RESULTS.md"), help="write the figures")
    return parser.parse_args()


def max_rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def measure(label, action, repeat, *, warm_up=True):
    """Time ``action`` ``repeat`` times; peak Python allocations and peak RSS growth over all runs."""
    if warm_up:  # imports of Pillow's plugins, translation catalogs and number formats happen once
        action()
    times = []
    rss_before = max_rss_mib()
    tracemalloc.start()
    for _ in range(repeat):
        started = time.perf_counter()
        outcome = action()
        times.append((time.perf_counter() - started) * 1000)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "label": label,
        "outcome": outcome,
        "n": repeat,
        "median": statistics.median(times),
        "max": max(times),
        "peak_mib": peak / 1024 / 1024,
        "rss_growth_mib": max_rss_mib() - rss_before,
    }


def refusal(validator, make_file):
    from django.core.exceptions import ValidationError

    def run():
        try:
            validator(make_file())
        except ValidationError as error:
            return f"refused ({error.code})"
        return "ACCEPTED"

    return run


def main():
    args = parse_args()
    import django

    django.setup()
    from django.conf import settings
    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    from portal.uploads import validate_document, validate_image
    from tests.hostile.hostile_files import fake_pdf, huge_png

    png = huge_png(13000, 13000)
    pdf = fake_pdf(80 * 1024 * 1024)
    rows = [
        measure(
            "13000 × 13000 PNG, first refusal in this process (imports and catalogs included)",
            refusal(validate_image, lambda: SimpleUploadedFile("bomb.png", png)),
            1,
            warm_up=False,
        ),
        measure(
            f"13000 × 13000 PNG ({len(png) / 1024:.0f} KB) refused by its header",
            refusal(validate_image, lambda: SimpleUploadedFile("bomb.png", png)),
            args.repeat,
        ),
        measure(
            "80 MB fake PDF refused by its size",
            refusal(validate_document, lambda: SimpleUploadedFile("big.pdf", pdf)),
            args.repeat,
        ),
    ]
    if args.decode:

        def decode():
            Image.MAX_IMAGE_PIXELS = None
            with Image.open(io.BytesIO(png)) as image:
                image.load()
                image.convert("RGB").close()
            return "decoded"

        rows.append(measure("for comparison: decoding that PNG and converting it to RGB", decode, 1, warm_up=False))
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    lines = [
        MARKER,
        "## Hostile uploads (bench/uploads.py)",
        "",
        f"Measured {stamp} on {os.cpu_count()} cores (shared with other jobs: times vary), Python "
        f"{platform.python_version()}; pixel limit {settings.PORTAL_MAX_IMAGE_PIXELS:,} pixels. Peak MiB: tracemalloc "
        "peak of Python allocations; RSS growth: rise of the process's peak resident memory during the runs (this "
        "is where Pillow's native pixel buffers show). Apart from the first row, each file is refused once untimed "
        "before the timed runs.",
        "",
        "| file | outcome | n | median ms | max ms | peak MiB | RSS growth MiB |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {r['label']} | {r['outcome']} | {r['n']} | {r['median']:.1f} | {r['max']:.1f} | {r['peak_mib']:.1f} | "
        f"{r['rss_growth_mib']:.1f} |"
        for r in rows
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.output:
        write_output(Path(args.output), text)
        print(f"bench: written to {args.output}", file=sys.stderr)
    return 0 if all(r["outcome"].startswith(("refused", "decoded")) for r in rows) else 1


def write_output(path, text):
    """Put ``text`` in place of this script's section: before the load test's section, after the page table."""
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    if MARKER in existing:
        before, _marker, rest = existing.partition(MARKER)
        _old, marker, after = rest.partition(NEXT_MARKER)
        after = marker + after
    else:
        before, marker, after = existing.partition(NEXT_MARKER)
        after = marker + after
    path.write_text(before.rstrip() + "\n\n" + text + ("\n" + after if after else ""), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
