"""Screenshots of the portal's main page types, in German and Arabic, on a desktop and on a phone.

    python3 dev.py screenshots          (sets up .venv first; the same as the line below)
    .venv/bin/python docs/screenshots.py [--output DIR] [--only NAME ...]

Starts its own portal (gunicorn, production settings, demo content on a temporary SQLite database:
``bench/demo_site.py``), opens every page of ``SHOTS`` in Chromium through Playwright and writes one PNG per page,
language and screen into ``docs/screenshots/`` (the full page, from the header to the footer), re-encoded
smaller with Pillow. ``docs/screenshots/README.md`` is the index of what each file shows.

The browser is the system Chromium (``PORTAL_CHROMIUM``, ``/usr/bin/chromium`` or ``chromium`` on the PATH), or
Playwright's own build where there is none (``dev.py screenshots`` installs it then). Every request that would
leave 127.0.0.1 is aborted and fails the run: the pages must not ask anything off-site.
"""

import argparse
import io
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "screenshots"

# The page types, as (file name part, URL name it resolves to, path after /<lang>, what the index says of it).
PAGES = [
    ("home", "home", "/", "Home page: the tasks residents come for, the next closing call, open-now offices, search"),
    ("service", "services:service", "/services/leistungen-asylblg/",
     "A service page (benefits under the Asylum Seekers' Benefits Act) with its office and contact facts"),
    ("hsu-finder", "services:hsu", "/hsu/?language=turkish&grade=3",
     "The heritage-language (HSU) finder with a search made: Turkish, grade 3"),
    ("call", "funding:call", "/funding/calls/integrationsfonds-herbstrunde/",
     "A funding call closing soon (Integration fund, autumn round): deadline, budget, documents"),
    ("document", "masterplan:document", "/masterplan/documents/rahmenkonzept-interkulturelle-oeffnung/",
     "A Masterplan Migration/Integration document page (framework for intercultural opening)"),
]  # fmt: skip
LANGUAGES = {"de": "de-DE", "ar": "ar"}  # site language -> browser locale (Accept-Language, Intl)
# name -> (CSS width, CSS height, device pixel ratio, phone): a common laptop screen and a typical iPhone.
SCREENS = {
    "desktop": (1280, 800, 1, False),
    "phone": (390, 844, 1, True),
}


@dataclass(frozen=True)
class Shot:
    page: str
    url_name: str
    language: str
    screen: str
    path: str  # with the language prefix

    @property
    def filename(self):
        return f"{self.page}-{self.language}-{self.screen}.png"


def shots(only=()):
    """Every screenshot the command takes: each page type in each language on each screen."""
    found = [
        Shot(page, url_name, language, screen, f"/{language}{path}")
        for page, url_name, path, _about in PAGES
        for language in LANGUAGES
        for screen in SCREENS
    ]
    return [shot for shot in found if not only or shot.page in only or shot.filename in only]


def system_chromium():
    for candidate in (os.environ.get("PORTAL_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    return None  # Playwright's own Chromium (``playwright install chromium``)


def small_png(png_bytes):
    """The screenshot re-encoded as a 256-colour palette PNG at zlib's best compression (about a quarter of
    Chromium's size; interface colours and anti-aliased text survive a palette of that size)."""
    from PIL import Image

    image = Image.open(io.BytesIO(png_bytes)).convert("RGB")
    palette = image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    out = io.BytesIO()
    palette.save(out, format="PNG", optimize=True)
    return out.getvalue() if out.tell() < len(png_bytes) else png_bytes


def index(plan):
    """docs/screenshots/README.md: what the screenshots are, how they are made, and what each file shows."""
    about = {page: text for page, _name, _path, text in PAGES}
    screens = [
        f"- {name}: {width}×{height} CSS px, {ratio} device pixel per CSS pixel"
        + (", touch, mobile viewport" if phone else "")
        for name, (width, height, ratio, phone) in SCREENS.items()
    ]
    lines = [
        "# Screenshots",
        "",
        "The portal's main page types in German and Arabic, on a desktop and on a phone:",
        "",
        *screens,
        "",
        "Each shows the **full page**, from the header to the footer, at that screen's width (the first screen a",
        "visitor sees is its top 800 or 844 px), with the demo content of the day the screenshots were taken",
        "(deadlines and dates move with it).",
        "",
        "Made anew with one command (it starts its own server with the demo content on a temporary SQLite",
        "database, drives the system Chromium through Playwright, and rewrites every file and this index):",
        "",
        "    python3 dev.py screenshots            # or: .venv/bin/python docs/screenshots.py [--only call ...]",
        "",
        "The PNGs are re-encoded with a 256-colour palette (Pillow) to keep them small.",
        "",
        "| file | page | language | screen | address |",
        "| --- | --- | --- | --- | --- |",
    ]
    names = {"de": "German", "ar": "Arabic"}
    for shot in plan:
        lines.append(
            f"| [{shot.filename}]({shot.filename}) | {about[shot.page]} | {names.get(shot.language, shot.language)} "
            f"| {shot.screen} | `{shot.path}` |"
        )
    return "\n".join(lines) + "\n"


def take(base, plan, output):
    from playwright.sync_api import sync_playwright

    foreign = []
    origin = f"{urlsplit(base).scheme}://{urlsplit(base).netloc}"

    def route(route, request):
        parts = urlsplit(request.url)
        if parts.scheme in {"data", "blob", "about"} or f"{parts.scheme}://{parts.netloc}" == origin:
            route.continue_()
        else:
            foreign.append(request.url)
            route.abort()

    from bench.demo_site import CHROMIUM_FLAGS

    problems = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=system_chromium(), args=CHROMIUM_FLAGS, headless=True)
        try:
            for shot in plan:
                width, height, ratio, phone = SCREENS[shot.screen]
                context = browser.new_context(
                    viewport={"width": width, "height": height},
                    device_scale_factor=ratio,
                    is_mobile=phone,
                    has_touch=phone,
                    locale=LANGUAGES[shot.language],
                    timezone_id="Europe/Berlin",
                    service_workers="block",  # no "keep for offline" toggle appearing a moment later
                    reduced_motion="reduce",
                )
                context.set_default_timeout(60_000)
                context.route("**/*", route)
                page = context.new_page()
                response = page.goto(f"{base}{shot.path}", wait_until="networkidle")
                page.evaluate("document.fonts.ready")
                if response is None or response.status != 200:
                    problems.append(f"{shot.path}: HTTP {response and response.status}")
                if page.locator("html").get_attribute("lang") != shot.language:
                    problems.append(f"{shot.path}: not shown in {shot.language}")
                png = page.screenshot(full_page=True, animations="disabled", caret="hide")
                (output / shot.filename).write_bytes(small_png(png))
                print(f"{shot.filename}: {shot.path}", flush=True)
                context.close()
        finally:
            browser.close()
    problems += [f"request off-site (aborted): {url}" for url in foreign]
    return problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"folder of the PNGs (default {OUTPUT})")
    parser.add_argument("--only", nargs="+", default=(), help="page types or file names to take (default all)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from bench.demo_site import demo_site

    plan = shots(args.only)
    if not plan:
        sys.exit(f"docs/screenshots.py: nothing matches {args.only}; page types: {[p for p, *_rest in PAGES]}")
    args.output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="portal-screenshots-") as folder:
        with demo_site(folder, workers=2) as base:
            problems = take(base, plan, args.output)
    if not args.only:
        (args.output / "README.md").write_text(index(plan))
    total = sum((args.output / shot.filename).stat().st_size for shot in plan)
    print(f"{len(plan)} screenshots in {args.output}, {total / 1024:.0f} KiB", flush=True)
    if problems:
        sys.exit("docs/screenshots.py:\n" + "\n".join(problems))


if __name__ == "__main__":
    main()
