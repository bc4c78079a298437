"""The consent-gated embed layer in a real browser that records every request from the context's first moment.

Requests to another origin are recorded by the recorder and fail inside Chromium (tests/browser/conftest.py):
nothing leaves the machine, and the lists below show what the browser *tried* to contact. That no page asks
another origin without consent: tests/browser/test_no_foreign_request_*.py.
"""

import pytest
from django.utils import translation
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from portal.consent.cookie import COOKIE_NAME
from portal.consent.models import Embed
from tests.browser.conftest import check_page, format_violations, run_axe
from tests.browser.crawl import cookie_names, origin

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

YOUTUBE_ORIGINS = {"https://www.youtube-nocookie.com"}


def embed_page(provider_key):
    embed = Embed.objects.select_related("provider").filter(provider__key=provider_key).first()
    with translation.override("de"):  # the German address, whatever language an earlier test left active
        return embed, embed.content_object.get_absolute_url()


def new_page(make_context, *, javascript=True):
    context = make_context(javascript=javascript)
    page = context.new_page()
    page.recorder = context.recorder
    return context, page


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_placeholder_pages_and_settings_page_pass_axe(page, live_server, demo_site, lang):
    for key in ("youtube", "openstreetmap", "mastodon-social"):
        _embed, path = embed_page(key)
        check_page(page, live_server.url + path.replace("/de/", f"/{lang}/", 1), expect_lang=lang)
        assert page.locator("[data-embed]").count() >= 1
    check_page(page, f"{live_server.url}/{lang}/consent/", expect_lang=lang, screenshot=f"consent-settings-{lang}.png")
    assert page.locator("h1").count() == 1


def wait_for_foreign_request(page, origins, timeout=10_000):
    """Wait until the browser has tried (and failed) a request to one of ``origins``."""
    if any(origin(url) in origins for url in page.recorder.foreign):
        return
    try:
        # the request is recorded when it starts; it fails afterwards (at the refusing proxy), so its failure
        # event comes after the record
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
