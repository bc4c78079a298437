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
