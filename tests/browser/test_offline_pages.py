"""Offline reading in a real browser (portal/offline, static/js/offline-worker.js): the service worker keeps what
an Arabic-speaking resident read, the essentials of their language and the offline page; without a connection
the pages and the offline page come back in Arabic, right to left; a page never read shows the offline page;
back online a changed page is fetched again. The worker asks no other site; the offline page is axe-clean."""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation
from playwright.sync_api import Error as PlaywrightError

from portal.consent.models import Embed
from portal.offline import pages as offline_pages
from services.models import Service
from tests.browser.conftest import check_page, format_violations, run_axe
from tests.workflow.conftest import make_staff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOME = "/ar/"
SERVICE = "/ar/services/leistungen-asylblg/"
OFFICE = "/ar/offices/sozialamt-gefluechtete/"
NEVER_READ = "/ar/topics/sprachbildung/"


@pytest.fixture
def demo_content(demo_site):
    """Every app's demo content (Berlin's date, as the pages show it): a copy of the snapshot, not a new load."""


@pytest.fixture
def offline_context(make_context):
    """A context whose service workers run; every request a worker makes is noted besides being recorded."""
    context = make_context(locale="ar", service_workers="allow")
    context.worker_requests = []
    context.on("request", lambda request: request.service_worker and context.worker_requests.append(request.url))
    return context


def read_online(page, url, *, kind, lang="ar"):
    """Open ``url`` and wait until the worker says the page is kept (as ``kind``) and the essentials are there."""
    page.goto(url)
    # The first page of a language waits for all its essentials: a minute at most, also on a busy machine.
    page.locator(f"html[data-offline-ready='{lang}']").wait_for(state="attached", timeout=60_000)
    page.locator(f"[data-offline-tools][data-offline-kind='{kind}']").wait_for(state="attached")
    return page.locator("h1").inner_text()


def assert_arabic(page):
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"


def test_pages_read_in_arabic_are_there_offline(offline_context, live_server, demo_content):
    page = offline_context.new_page()
    titles = {
        HOME: read_online(page, live_server.url + HOME, kind="essential"),
        SERVICE: read_online(page, live_server.url + SERVICE, kind="visited"),
        OFFICE: read_online(page, live_server.url + OFFICE, kind="essential"),
    }
    assert titles[SERVICE] == "مال المعيشة (قانون إعانات طالبي اللجوء)"

    offline_context.set_offline(True)
    for url, title in titles.items():
        response = page.goto(live_server.url + url)
        assert response.status == 200 and response.from_service_worker
        assert page.locator("h1").inner_text() == title
        assert_arabic(page)
    page.reload()  # the office, again: a reload without a connection is answered the same way
    assert page.locator("h1").inner_text() == titles[OFFICE]

    # The print header's QR code and the share link need no connection: both are in the kept page.
    qr = page.locator(".print-qr")
    assert qr.get_attribute("src").startswith("data:image/svg+xml")
    assert qr.evaluate("image => image.complete && image.naturalWidth > 0")
    canonical = page.locator("link[rel=canonical]").get_attribute("href")
    assert canonical.endswith(OFFICE)
    page.evaluate("() => { delete Navigator.prototype.share; }")  # the copy path (a share sheet a test cannot close)
    page.locator("[data-share]").click()
    expect_status = page.locator("[data-offline-status]")
    expect_status.filter(has_text=canonical).wait_for()

    # The offline page itself, and a page never read: the offline page with its "not kept" note, in Arabic.
    page.goto(live_server.url + "/ar/offline/")
    assert_arabic(page)
    page.locator("[data-offline-listed]").wait_for(state="attached")
    assert page.locator("[data-offline-missing]").is_hidden()
    assert page.locator("[data-offline-unsupported]").is_hidden()
    offline_title = page.locator("h1").inner_text()
    assert page.locator("[data-offline-group='visited'] a", has_text=titles[SERVICE]).count() == 1
    essential = page.locator("[data-offline-group='essential'] a")
    assert essential.filter(has_text=titles[OFFICE]).count() == 1
    assert essential.filter(has_text=titles[HOME]).count() == 1
    assert page.locator("[data-offline-used]").inner_text().strip()

    response = page.goto(live_server.url + NEVER_READ)
    assert response.status == 200 and response.from_service_worker
    assert page.url == live_server.url + NEVER_READ
    assert page.locator("h1").inner_text() == offline_title
    assert_arabic(page)
    page.locator("[data-offline-missing]").wait_for(state="visible")

    # Back online: the changed page is fetched again, and kept as it is now.
    offline_context.set_offline(False)
    service = Service.objects.get(slug="leistungen-asylblg")
    service.title_ar = "مال المعيشة: الإعانات الجديدة"
    service.save()
    page.goto(live_server.url + SERVICE)
    assert page.locator("h1").inner_text() == "مال المعيشة: الإعانات الجديدة"
    page.locator("[data-offline-tools][data-offline-kind='visited']").wait_for(state="attached")
    offline_context.set_offline(True)
    page.goto(live_server.url + SERVICE)
    assert page.locator("h1").inner_text() == "مال المعيشة: الإعانات الجديدة"

    assert offline_context.recorder.foreign == [], offline_context.recorder.foreign
    assert any(url.endswith("/ar/offline/pages.json") for url in offline_context.worker_requests)


def test_with_nothing_kept_the_browser_shows_its_own_offline_page(offline_context, live_server, demo_content):
    page = offline_context.new_page()
    read_online(page, live_server.url + HOME, kind="essential")
    page.evaluate("async () => { for (const name of await caches.keys()) { await caches.delete(name); } }")
    offline_context.set_offline(True)
    with pytest.raises(PlaywrightError, match="ERR_FAILED"):  # a network error, not an empty page of ours
        page.goto(live_server.url + NEVER_READ)


def test_keep_for_offline_reading_and_let_go(offline_context, live_server, demo_content):
    page = offline_context.new_page()
    read_online(page, live_server.url + SERVICE, kind="visited")
    keep = page.locator("[data-offline-save]")
    keep.click()
    page.locator("[data-offline-tools][data-offline-kind='saved']").wait_for(state="attached")
    assert keep.get_attribute("aria-pressed") == "true"
    page.goto(live_server.url + "/ar/offline/")
    page.locator("[data-offline-listed]").wait_for(state="attached")
    assert page.locator("[data-offline-group='saved'] a").count() == 1

    page.goto(live_server.url + SERVICE)
    page.locator("[data-offline-tools][data-offline-kind='saved']").wait_for(state="attached")
    page.locator("[data-offline-save]").click()
    page.locator("[data-offline-tools][data-offline-kind='visited']").wait_for(state="attached")
    assert page.locator("[data-offline-save]").get_attribute("aria-pressed") == "false"
    assert offline_context.recorder.foreign == []


def test_nothing_is_kept_for_a_private_page(offline_context, live_server, demo_content):
    """The search page is private (as every page for staff and every page with a consented frame): never kept."""
    page = offline_context.new_page()
    read_online(page, live_server.url + HOME, kind="essential")
    page.goto(live_server.url + "/ar/search/?q=test")
    page.locator("[data-offline-tools][data-offline-kind='']").wait_for(state="attached")
    page.locator("[data-offline-save]").click()
    refused = page.locator("[data-offline-tools]").get_attribute("data-refused-text")
    page.locator("[data-offline-status]").filter(has_text=refused).wait_for()
    assert page.locator("[data-offline-save]").get_attribute("aria-pressed") == "false"
    offline_context.set_offline(True)
    page.goto(live_server.url + "/ar/search/?q=test")
    assert page.locator("[data-offline-missing]").is_visible()


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_offline_page_accessible_with_its_list(offline_context, live_server, demo_content, lang):
    page = offline_context.new_page()
    page.recorder = offline_context.recorder
    read_online(page, f"{live_server.url}/{lang}/services/leistungen-asylblg/", kind="visited", lang=lang)
    check_page(page, f"{live_server.url}/{lang}/offline/", expect_lang=lang, screenshot=f"offline-{lang}.png")
    page.locator("[data-offline-listed]").wait_for(state="attached")
    violations = run_axe(page)
    assert not violations, format_violations(violations)
    offline_context.set_offline(True)
    page.goto(f"{live_server.url}/{lang}/topics/sprachbildung/")
    page.locator("[data-offline-listed]").wait_for(state="attached")
    violations = run_axe(page)
    assert not violations, format_violations(violations)
    assert offline_context.recorder.foreign == []


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_the_app_can_be_installed_in_each_language(offline_context, live_server, demo_content, lang):
    """Chromium's own installability check (what "add to home screen" asks) finds nothing missing."""
    page = offline_context.new_page()
    page.goto(f"{live_server.url}/{lang}/")
    page.locator(f"html[data-offline-ready='{lang}']").wait_for(state="attached")
    session = offline_context.new_cdp_session(page)
    manifest = session.send("Page.getAppManifest")
    assert manifest["url"].endswith(f"/{lang}/manifest.webmanifest") and not manifest["errors"]
    errors = [error["errorId"] for error in session.send("Page.getInstallabilityErrors")["installabilityErrors"]]
    assert [error for error in errors if error != "in-incognito"] == []


KEPT_URLS = "async () => (await (await caches.open('portal-offline-v1')).keys()).map((request) => request.url)"


@pytest.mark.parametrize("role", ["editor", "publisher"])
def test_nothing_is_kept_for_staff(make_context, live_server, demo_content, django_user_model, role):
    """Logged-in staff get private responses: the worker keeps none of their pages and never touches /admin/."""
    client = Client()
    client.force_login(make_staff(django_user_model, role))
    context = make_context(locale="ar", service_workers="allow")
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
          "url": live_server.url}]
    )  # fmt: skip
    page = context.new_page()
    for url in (HOME, SERVICE, OFFICE):
        page.goto(live_server.url + url)
        page.locator("[data-offline-tools][data-offline-kind='']").wait_for(state="attached")
    assert page.locator("html[data-offline-ready]").count() == 0  # the list of essentials is private too
    response = page.goto(live_server.url + "/admin/")
    assert response.status == 200 and not response.from_service_worker
    kept = [urlsplit(url).path for url in page.evaluate(KEPT_URLS)]
    assert [path for path in kept if not path.startswith("/static/")] == []
    assert context.recorder.foreign == []


def test_storage_is_bounded_oldest_page_read_first(offline_context, live_server, demo_content, monkeypatch):
    """With room for two pages read, the third pushes out the first; the offline page shows the storage used."""
    monkeypatch.setattr(offline_pages, "MAX_PAGES", 2)
    page = offline_context.new_page()
    first, second, third = SERVICE, "/ar/services/unterkunft-gefluechtete/", NEVER_READ
    titles = [read_online(page, live_server.url + url, kind="visited") for url in (first, second, third)]
    page.goto(live_server.url + "/ar/offline/")
    page.locator("[data-offline-listed]").wait_for(state="attached")
    visited = page.locator("[data-offline-group='visited'] a")
    assert visited.count() == 2
    assert not [text for text in visited.all_inner_texts() if text.startswith(titles[0])]
    assert page.locator("[data-offline-used]").inner_text().strip()
    assert page.locator("[data-offline-limit]").inner_text().strip()

    offline_context.set_offline(True)
    page.goto(live_server.url + first)
    page.locator("[data-offline-missing]").wait_for(state="visible")
    for url, title in zip((second, third), titles[1:], strict=True):
        page.goto(live_server.url + url)
        assert page.locator("h1").inner_text() == title
    assert offline_context.recorder.foreign == []


KEPT_PAGE = "async (url) => { const copy = await caches.match(url, {ignoreVary: true}); return copy && copy.text(); }"


def test_a_page_with_a_consented_frame_is_not_kept(make_context, live_server, demo_site):
    """After "always allow", the page shows the provider's frame and is private: the worker keeps only the copy
    from before (a placeholder, no frame) and itself asks no other site."""
    embed = Embed.objects.select_related("provider").filter(provider__key="youtube").first()
    with translation.override("de"):  # the German page, whatever language an earlier test left active
        url = live_server.url + embed.content_object.get_absolute_url()
    context = make_context(service_workers="allow")
    worker_requests = []
    context.on("request", lambda request: request.service_worker and worker_requests.append(request.url))
    page = context.new_page()
    read_online(page, url, kind="visited", lang="de")
    with page.expect_response(lambda response: response.url.endswith("/de/consent/allow/")):
        page.locator(f"#{embed.anchor} [data-embed-allow] button").click()
    page.reload()
    page.locator(f"#{embed.anchor} iframe").wait_for(state="attached")
    page.locator("[data-offline-tools][data-offline-kind='visited']").wait_for(state="attached")
    kept = page.evaluate(KEPT_PAGE, url)
    assert kept and embed.anchor in kept and "data-embed-allow" in kept  # the placeholder, asking for consent
    assert "<iframe" not in re.sub(r"<template.*?</template>", "", kept, flags=re.DOTALL)  # no frame but the inert one
    assert worker_requests and all(request.startswith(live_server.url) for request in worker_requests)
