"""Real-browser tests: Playwright driving Chromium against pytest-django's live server.

Every request the browser makes is recorded from the moment its context exists (the context's ``request``
event, service workers' requests included); a request to any other origin is recorded as foreign. Nothing
leaves the machine: Chromium sends every request that is not for the loopback interface (where the live
server listens, which Chromium never proxies) to a "proxy" on a local port that refuses connections, and
resolves no host name, so such a request fails inside Chromium ("requestfailed"). Nothing is routed through
Playwright, so Chromium's HTTP cache works as for a visitor. ``check_page`` runs axe-core on the page and
asserts that no request went elsewhere.
"""

import contextlib
import os
import shutil
import socket
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.portal.live_server import CHROMIUM_FLAGS

# Playwright's sync API runs an event loop in this thread; pytest-django's DB access is synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = pytest.mark.browser

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
CHROMIUM_ARGS = [
    *CHROMIUM_FLAGS,
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


@contextlib.contextmanager
def refusing_port():
    """A local TCP port that is bound but never listens: every connection to it is refused at once, and as long
    as the socket is held, no other program can listen there."""
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        yield held.getsockname()[1]


def isolating_args(port):
    """Chromium flags that keep every request away from the network: all but loopback goes to the refusing
    port as its proxy (Chromium bypasses proxies for localhost and 127.0.0.0/8 by itself), and no name is
    looked up (the live server is addressed as localhost, which Chromium answers itself)."""
    return [
        f"--proxy-server=http://127.0.0.1:{port}",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
    ]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with refusing_port() as port, sync_playwright() as playwright:
        executable = _system_chromium()
        args = CHROMIUM_ARGS + isolating_args(port)
        launched = playwright.chromium.launch(executable_path=executable, args=args, headless=True)
        yield launched
        launched.close()


class Recorder:
    """Keeps every URL the browser asked for, and apart those outside the live server's origin (which fail)."""

    def __init__(self, origin):
        self.origin = origin
        self.requests = []
        self.foreign = []

    def record(self, request):
        url = request.url
        self.requests.append(url)
        parts = urlsplit(url)
        if parts.scheme not in {"data", "blob", "about"} and f"{parts.scheme}://{parts.netloc}" != self.origin:
            self.foreign.append(url)


@pytest.fixture
def make_context(browser, live_server):
    """Factory: a fresh browser context (JavaScript on or off) with request recording from its first moment.
    Service workers are blocked unless a test allows them (the offline tests); the requests a worker makes are
    recorded like the page's own."""
    contexts = []

    def factory(*, javascript=True, locale="de-DE", service_workers="block"):
        context = browser.new_context(java_script_enabled=javascript, locale=locale, service_workers=service_workers)
        recorder = Recorder(live_server.url)
        context.on("request", recorder.record)
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


def run_axe(page, context=None):
    """axe-core's violations of the WCAG tags on the page as it is now (inside ``context``, a selector, if given).
    Only violations are collected in full, axe's own default that passing ``options`` would drop: the same
    violations, without building a selector for every node that passed (a fifth less time per page)."""
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    return Axe().run(page, context=context, options=options).response["violations"]


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
