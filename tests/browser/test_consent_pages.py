"""The consent-gated embed layer in a real browser that records every request from the context's first moment.

Requests to another origin are recorded and aborted by the recorder (tests/browser/conftest.py): nothing
leaves the machine, and the lists below show what the browser *tried* to contact.
"""

import re
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest
from django.test import Client
from django.urls import Resolver404, resolve
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from portal.consent.cookie import COOKIE_NAME
from portal.consent.models import Embed
from tests.browser.conftest import check_page, format_violations, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["de", "en", "tr", "ar", "uk", "ru", "pl", "ro", "bg", "fa"]
# Cookies a visitor may get without consent: CSRF protection of forms, the staff session, the chosen language.
ESSENTIAL_COOKIES = {"csrftoken", "sessionid", "django_language"}
YOUTUBE_ORIGINS = {"https://www.youtube-nocookie.com"}
NOT_PAGES = re.compile(r"(\.(ics|csv|pdf|xml|txt|png|jpe?g|svg|webp|mp4|webm|vtt|zip)$)|/feed/$|^/media/|^/static/")
CRAWL_LIMIT = 400


def origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def crawl(language):
    """Every page reachable by links from the home page in ``language`` (server-side, with the test client)."""
    client = Client()
    start = f"/{language}/"
    seen, queue, pages = {start}, [start], []
    while queue and len(pages) < CRAWL_LIMIT:
        path = queue.pop(0)
        response = client.get(path)
        if response.status_code != 200 or "text/html" not in response.headers.get("Content-Type", ""):
            continue
        pages.append(path)
        for href in lxml.html.fromstring(response.content).xpath("//a/@href"):
            parts = urlsplit(urljoin(f"http://testserver{path}", href))
            if parts.netloc != "testserver" or not parts.path.startswith(start) or NOT_PAGES.search(parts.path):
                continue
            target = parts.path  # filters and pages of a list are the same page: their query strings are left out
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return pages


def page_types(language="de"):
    """One page per view (URL name): every page type."""
    found = {}
    for path in crawl(language):
        try:
            match = resolve(urlsplit(path).path)
        except Resolver404:
            continue
        found.setdefault(match.view_name, path)
    return found


def embed_page(provider_key):
    embed = Embed.objects.select_related("provider").filter(provider__key=provider_key).first()
    return embed, embed.content_object.get_absolute_url()


def new_page(make_context, *, javascript=True):
    context = make_context(javascript=javascript)
    page = context.new_page()
    page.recorder = context.recorder
    return context, page


def cookie_names(context):
    return {cookie["name"] for cookie in context.cookies()}


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize("lang", ["de", "ar"])
def test_every_page_without_consent_contacts_no_other_origin(make_context, live_server, demo_site, lang, javascript):
    pages = crawl(lang)
    assert len(pages) > 20
    assert Embed.objects.exists()
    context, page = new_page(make_context, javascript=javascript)
    for path in pages:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        page.wait_for_load_state("load")
        assert page.recorder.foreign == [], f"{path} asked another origin: {page.recorder.foreign}"
    assert cookie_names(context) <= ESSENTIAL_COOKIES
    assert COOKIE_NAME not in cookie_names(context)


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
def test_every_page_type_in_all_ten_languages_contacts_no_other_origin(
    make_context, live_server, demo_site, javascript
):
    types = page_types("de")
    assert {"services:service", "services:office", "masterplan:document", "info_page", "consent"} <= set(types), sorted(
        types
    )
    context, page = new_page(make_context, javascript=javascript)
    for lang in LANGUAGES:
        for path in types.values():
            url = live_server.url + f"/{lang}/" + path.split("/", 2)[2]
            response = page.goto(url)
            assert response.status == 200, url
            page.wait_for_load_state("load")
            assert page.locator("html").get_attribute("lang") == lang
            assert page.recorder.foreign == [], f"{url} asked another origin: {page.recorder.foreign}"
    assert cookie_names(context) <= ESSENTIAL_COOKIES


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_placeholder_pages_and_settings_page_pass_axe(page, live_server, demo_site, lang):
    for key in ("youtube", "openstreetmap", "mastodon-social"):
        _embed, path = embed_page(key)
        check_page(page, live_server.url + path.replace("/de/", f"/{lang}/", 1), expect_lang=lang)
        assert page.locator("[data-embed]").count() >= 1
    check_page(page, f"{live_server.url}/{lang}/consent/", expect_lang=lang, screenshot=f"consent-settings-{lang}.png")
    assert page.locator("h1").count() == 1


def wait_for_foreign_request(page, origins, timeout=10_000):
    """Wait until the browser has tried (and the recorder refused) a request to one of ``origins``."""
    if any(origin(url) in origins for url in page.recorder.foreign):
        return
    try:
        # the recorder aborts the request after recording it, so its failure event comes after the record
        page.wait_for_event("requestfailed", predicate=lambda request: origin(request.url) in origins, timeout=timeout)
    except PlaywrightTimeoutError:
        raise AssertionError(f"no request to {origins}; foreign requests: {page.recorder.foreign}") from None


def load_and_wait_for_frame(page, embed, origins):
    """Scroll the (lazy) frame into view and wait until the browser tried to load it."""
    frame = page.locator(f"#{embed.anchor} iframe")
    assert frame.count() == 1
    frame.scroll_into_view_if_needed()
    wait_for_foreign_request(page, origins)


def test_always_allow_youtube_without_javascript_then_withdraw_then_version_bump(
    make_context, live_server, demo_site, settings
):
    context, page = new_page(make_context, javascript=False)
    video, video_path = embed_page("youtube")
    page.goto(live_server.url + video_path)
    page.locator(f"#{video.anchor} [data-embed-allow] button").click()
    page.wait_for_load_state("load")
    assert page.url == f"{live_server.url}{video_path}#{video.anchor}"
    assert COOKIE_NAME in cookie_names(context)
    load_and_wait_for_frame(page, video, YOUTUBE_ORIGINS)
    page.recorder.foreign.clear()
    page.reload()
    load_and_wait_for_frame(page, video, YOUTUBE_ORIGINS)
    assert page.recorder.foreign and {origin(url) for url in page.recorder.foreign} <= YOUTUBE_ORIGINS
    # the other providers stay blocked
    for key in ("vimeo", "openstreetmap", "mastodon-social"):
        other, path = embed_page(key)
        page.goto(live_server.url + path)
        assert page.locator(f"#{other.anchor} iframe").count() == 0
    assert {origin(url) for url in page.recorder.foreign} <= YOUTUBE_ORIGINS

    # withdraw on the settings page: zero foreign requests again
    page.goto(f"{live_server.url}/de/consent/")
    page.locator("button[value=refuse-all]").click()
    page.wait_for_load_state("load")
    assert COOKIE_NAME not in cookie_names(context)
    page.recorder.foreign.clear()
    page.goto(live_server.url + video_path)
    page.locator(f"#{video.anchor}").scroll_into_view_if_needed()
    page.wait_for_load_state("load")
    assert page.locator(f"#{video.anchor} iframe").count() == 0
    assert page.recorder.foreign == []

    # allow again, then the consent texts change (version bump): the placeholders are back
    page.locator(f"#{video.anchor} [data-embed-allow] button").click()
    page.wait_for_load_state("load")
    assert page.locator(f"#{video.anchor} iframe").count() == 1
    settings.PORTAL_CONSENT_VERSION = "2"
    page.recorder.foreign.clear()
    page.reload()
    page.wait_for_load_state("load")
    assert page.locator(f"#{video.anchor} iframe").count() == 0
    assert page.locator(f"#{video.anchor} [data-embed-once]").count() == 1
    assert page.recorder.foreign == []


def test_load_once_without_javascript_stores_nothing(make_context, live_server, demo_site):
    context, page = new_page(make_context, javascript=False)
    embed, path = embed_page("openstreetmap")
    page.goto(live_server.url + path)
    page.locator(f"#{embed.anchor} [data-embed-once] button").click()
    page.wait_for_load_state("load")
    assert f"embed={embed.pk}" in page.url and page.url.endswith(f"#{embed.anchor}")
    load_and_wait_for_frame(page, embed, {"https://www.openstreetmap.org"})
    assert COOKIE_NAME not in cookie_names(context)
    page.recorder.foreign.clear()
    page.goto(live_server.url + path)
    assert page.locator(f"#{embed.anchor} iframe").count() == 0
    assert page.recorder.foreign == []


def test_load_once_with_javascript_in_place_moves_focus_and_announces(make_context, live_server, demo_site):
    context, page = new_page(make_context, javascript=True)
    embed, path = embed_page("youtube")
    page.goto(live_server.url + path)
    page.locator(f"#{embed.anchor} [data-embed-once] button").click()
    wait_for_foreign_request(page, YOUTUBE_ORIGINS)
    assert page.url == live_server.url + path  # no reload, no parameter
    assert page.locator(f"#{embed.anchor} iframe").count() == 1
    assert page.evaluate("document.activeElement.hasAttribute('data-embed-frame')")
    page.wait_for_function("document.querySelector('[data-embed-status]').textContent.length > 0")
    message = page.locator("[data-embed-status]").text_content()
    assert message == page.locator(f"#{embed.anchor}").get_attribute("data-loaded-message")
    assert embed.title_de in message and "YouTube" in message
    assert COOKIE_NAME not in cookie_names(context)
    assert {origin(url) for url in page.recorder.foreign} <= YOUTUBE_ORIGINS


def test_always_allow_with_javascript_in_place(make_context, live_server, demo_site):
    context, page = new_page(make_context, javascript=True)
    embed, path = embed_page("youtube")
    page.goto(live_server.url + path)
    with page.expect_response(lambda response: response.url.endswith("/de/consent/allow/")):
        page.locator(f"#{embed.anchor} [data-embed-allow] button").click()
    page.locator(f"#{embed.anchor} iframe").wait_for(state="attached")
    assert page.url == live_server.url + path
    assert COOKIE_NAME in cookie_names(context)
    assert page.evaluate("document.activeElement.hasAttribute('data-embed-frame')")
    page.reload()
    load_and_wait_for_frame(page, embed, YOUTUBE_ORIGINS)
    assert {origin(url) for url in page.recorder.foreign} <= YOUTUBE_ORIGINS


def tab_to(page, predicate_js, limit=120):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(predicate_js):
            return True
    return False


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
def test_placeholder_and_settings_work_by_keyboard_alone(make_context, live_server, demo_site, javascript):
    context, page = new_page(make_context, javascript=javascript)
    embed, path = embed_page("youtube")
    page.goto(live_server.url + path)
    once_button = f"document.activeElement.matches('#{embed.anchor} [data-embed-once] button')"
    assert tab_to(page, once_button), "the 'load once' button is not reachable by Tab"
    page.keyboard.press("Enter")
    page.locator(f"#{embed.anchor} iframe").wait_for(state="attached")
    assert COOKIE_NAME not in cookie_names(context)

    page.goto(f"{live_server.url}/de/consent/")
    allow_all = "document.activeElement.matches('button[value=allow-all]')"
    assert tab_to(page, allow_all)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "saved=1" in page.url
    assert COOKIE_NAME in cookie_names(context)
    refuse_all = "document.activeElement.matches('button[value=refuse-all]')"
    assert tab_to(page, refuse_all)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "saved=1" in page.url
    assert COOKIE_NAME not in cookie_names(context)
    # a radio group is one Tab stop (on the checked "refuse"); the arrow keys choose within it
    youtube_group = "document.activeElement.id === 'provider-youtube-refuse'"
    assert tab_to(page, youtube_group)
    page.keyboard.press("ArrowUp")
    assert page.locator("#provider-youtube-allow").is_checked()
    save = "document.activeElement.matches('button[value=save]')"
    assert tab_to(page, save)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "saved=1" in page.url
    assert page.locator("#provider-youtube-allow").is_checked()
    if javascript:  # axe runs inside the page: only possible with JavaScript on
        violations = run_axe(page)
        assert not violations, format_violations(violations)
