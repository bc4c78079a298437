"""Funding pages in a real browser, German and Arabic: axe-clean, no foreign request, right lang/dir."""

import pytest

from tests.browser.conftest import check_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = {
    "home-with-next-call": "/",
    "index": "/funding/",
    "archive": "/funding/archive/",
    "call": "/funding/calls/integrationsfonds-herbstrunde/",
    "programme": "/funding/programmes/komm-an-nrw-teil-2/",
    "funded-projects": "/funding/funded-projects/",
    "funded-projects-filtered": "/funding/funded-projects/?district=eving&year=abc",
}


@pytest.fixture
def demo_content(demo_site):
    """Every app's demo content (Berlin's date, as the pages show it): a copy of the snapshot, not a new load."""


@pytest.mark.parametrize("lang", ["de", "ar"])
@pytest.mark.parametrize("name", list(PAGES))
def test_funding_page_accessible_and_private(page, live_server, demo_content, lang, name):
    check_page(
        page, f"{live_server.url}/{lang}{PAGES[name]}", expect_lang=lang, screenshot=f"funding-{name}-{lang}.png"
    )
    assert page.locator("h1").count() == 1


def test_funding_chart_has_text_alternative_in_browser(page, live_server, demo_content):
    check_page(page, f"{live_server.url}/de/funding/funded-projects/")
    chart = page.locator("svg[role=img]")
    assert chart.count() == 1
    assert page.locator("table.year-table tbody tr").count() >= 3


def test_home_funding_card_links_the_call_that_closes_next(page, live_server, demo_content):
    check_page(page, f"{live_server.url}/de/")
    link = page.locator(".next-call__title a")
    assert link.get_attribute("href") == "/de/funding/calls/integrationsfonds-herbstrunde/"
