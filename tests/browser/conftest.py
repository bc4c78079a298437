"""Real-browser tests: Playwright driving Chromium against pytest-django's live server.

Every request the browser makes is recorded from the moment its context exists; a request to any other
origin is recorded and aborted, so nothing ever leaves the machine. ``check_page`` runs axe-core on the
page and asserts that no request went elsewhere.
"""

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

# Playwright's sync API runs an event loop in this thread; pytest-django's DB access is synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = pytest.mark.browser

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
ARTIFACTS = Path(os.environ.get("PORTAL_TEST_ARTIFACTS", Path(__file__).resolve().parents[2] / "test-artifacts"))


def _system_chromium():
    for candidate in (os.environ.get("PORTAL_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    return None  # fall back to Playwright's own browser (``playwright install chromium``)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        executable = _system_chromium()
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


class Recorder:
    """Keeps every URL the browser asked for; aborts those that leave the live server's origin."""

    def __init__(self, origin):
        self.origin = origin
        self.requests = []
        self.foreign = []

    def handle(self, route, request):
        url = request.url
        self.requests.append(url)
        parts = urlsplit(url)
        if parts.scheme in {"data", "blob", "about"} or f"{parts.scheme}://{parts.netloc}" == self.origin:
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()


@pytest.fixture
def make_context(browser, live_server):
    """Factory: a fresh browser context (JavaScript on or off) with request recording from its first moment.
    Service workers are blocked unless a test allows them (the offline tests); the requests a worker makes are
    recorded and routed like the page's own."""
    contexts = []

    def factory(*, javascript=True, locale="de-DE", service_workers="block"):
        context = browser.new_context(java_script_enabled=javascript, locale=locale, service_workers=service_workers)
        recorder = Recorder(live_server.url)
        context.route("**/*", recorder.handle)
        context.recorder = recorder
        contexts.append(context)
        return context

    yield factory
    for context in contexts:
        context.close()


@pytest.fixture
def page(make_context):
    context = make_context()
    page = context.new_page()
    page.recorder = context.recorder
    return page


def run_axe(page):
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    return results.response["violations"]


def format_violations(violations):
    lines = []
    for violation in violations:
        targets = [", ".join(node["target"]) for node in violation["nodes"][:5]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} -> {targets}")
    return "\n".join(lines)


def check_page(page, url, *, expect_lang=None, screenshot=None):
    """Open ``url``, assert it rendered, axe finds no violation and no request left the site."""
    response = page.goto(url)
    assert response is not None and response.status == 200, f"{url}: HTTP {response and response.status}"
    page.wait_for_load_state("load")
    if expect_lang:
        assert page.locator("html").get_attribute("lang") == expect_lang
        expected_dir = "rtl" if expect_lang in {"ar", "fa"} else "ltr"
        assert page.locator("html").get_attribute("dir") == expected_dir
    violations = run_axe(page)
    assert not violations, f"axe on {url}:\n{format_violations(violations)}"
    assert page.recorder.foreign == [], f"{url} asked another origin: {page.recorder.foreign}"
    if screenshot:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / screenshot), full_page=True)
    return response
