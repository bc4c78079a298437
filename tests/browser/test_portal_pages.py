"""Foundation pages in a real browser: axe-clean, no foreign request, right lang/dir."""

import pytest

from tests.browser.conftest import check_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_home_page_accessible_and_private(page, live_server, lang):
    check_page(page, f"{live_server.url}/{lang}/", expect_lang=lang, screenshot=f"home-{lang}.png")
    assert page.locator("h1").count() == 1


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_not_found_page_accessible(page, live_server, lang):
    response = page.goto(f"{live_server.url}/{lang}/no-such-page/")
    assert response.status == 404
    from tests.browser.conftest import format_violations, run_axe

    violations = run_axe(page)
    assert not violations, format_violations(violations)
    assert page.recorder.foreign == []


def test_root_redirects_to_browser_language(make_context, live_server):
    context = make_context(locale="tr-TR")
    page = context.new_page()
    page.goto(f"{live_server.url}/")
    assert page.url == f"{live_server.url}/tr/"
    assert page.locator("html").get_attribute("lang") == "tr"


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_offline_page_accessible_without_service_workers(page, live_server, lang):
    """Where no service worker may run, the offline page explains itself and hides its list and controls."""
    check_page(page, f"{live_server.url}/{lang}/offline/", expect_lang=lang)
    assert page.locator("[data-offline-list]").is_hidden()
    assert page.locator("[data-offline-unsupported]").is_visible()


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_keep_control_hidden_without_a_service_worker(page, make_context, live_server, lang):
    """The "keep for offline reading" control needs a service worker; "share link" needs only JavaScript."""
    page.goto(f"{live_server.url}/{lang}/")
    page.locator("[data-share]").wait_for(state="visible")
    assert page.locator("[data-offline-save]").is_hidden()
    no_script = make_context(javascript=False).new_page()
    no_script.goto(f"{live_server.url}/{lang}/")
    assert no_script.locator("[data-offline-tools]").is_hidden()
