"""Search server time on PostgreSQL at the demo data and at ten times the demo data.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_search .venv/bin/python bench/search.py [--output [FILE]]

The database named must be a throwaway one: it is migrated, the demo content is loaded into it and every public
item is copied nine times (new slugs) for the 10× figures. Each query is sent through Django's in-process test
client (whole middleware stack and template, no network), after warm-up requests; the table shows the median
and the 90th percentile of the request time. ``--output`` writes the table as the "Search" section of
bench/RESULTS.md (other sections stay).
"""

import argparse
import io
import math
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "bench" / "RESULTS.md"
HEADING = "## Search on PostgreSQL at 1× and 10× data (`bench/search.py`)"
# (language, query): words with hits in the demo content, a two-word query, a typo, a word found nowhere.
QUERIES = [
    ("de", "Beratung"),
    ("de", "Integrationskurs Anmeldung"),
    ("de", "Beratng"),
    ("ar", "استشارة"),
    ("en", "advice"),
    ("tr", "Dortmund"),
    ("de", "Xylophonunterricht"),
]


def configure_environment():
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        raise SystemExit("bench/search.py: set DATABASE_URL to a throwaway PostgreSQL database")
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings"
    os.environ["DJANGO_DEBUG"] = "1"
    os.environ.pop("REDIS_URL", None)
    os.environ.setdefault("DJANGO_MEDIA_ROOT", "/tmp/portal-bench-search-media")
    sys.path.insert(0, str(ROOT))


def load_demo():
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo_content", stdout=io.StringIO())


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


def public_items():
    from portal.search import registry

    return sum(entry.published().count() for entry in registry.installed())


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def time_queries(client, samples):
    """{(language, query): (median ms, p90 ms)} of ``samples`` requests each, after two warm-up requests."""
    figures = {}
    for language, query in QUERIES:
        path = f"/{language}/search/?q={quote(query)}"
        for _ in range(2):
            assert client.get(path).status_code == 200, path
        times = []
        for _ in range(samples):
            started = time.perf_counter()
            client.get(path)
            times.append((time.perf_counter() - started) * 1000)
        figures[(language, query)] = (statistics.median(times), percentile(times, 0.9))
    return figures


def measure(samples):
    """Demo data, then ten times the demo data: (items at 1×, items at 10×, figures at 1×, figures at 10×)."""
    from django.test import Client

    client = Client(HTTP_HOST="localhost")
    load_demo()
    small_items = public_items()
    small = time_queries(client, samples)
    multiply_public_content(9)
    return small_items, public_items(), small, time_queries(client, samples)


def table(small_items, large_items, small, large):
    lines = [
        f"| language | query | 1× median ms ({small_items} items) | 1× p90 ms | 10× median ms ({large_items} items) "
        "| 10× p90 ms |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for key in small:
        lines.append(
            f"| {key[0]} | {key[1]} | {small[key][0]:.1f} | {small[key][1]:.1f} | {large[key][0]:.1f} "
            f"| {large[key][1]:.1f} |"
        )
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
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=20, help="timed requests per query and scale (default 20)")
    parser.add_argument("--output", nargs="?", const=str(DEFAULT_OUTPUT), help="also write the table to FILE")
    args = parser.parse_args(argv)
    configure_environment()
    import django

    django.setup()
    text = table(*measure(args.samples))
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    text = f"Measured {when} on {os.cpu_count()} cores, PostgreSQL, DEBUG on, in-process requests.\n\n{text}"
    print(text)
    if args.output:
        write_section(args.output, HEADING, text)


if __name__ == "__main__":
    main()
