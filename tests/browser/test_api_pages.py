"""The open-data page in a real browser, in a left-to-right and a right-to-left language: axe-clean, no request
leaves the site, and the API address it gives answers JSON to the same browser (CORS-free: same origin)."""

import json

import pytest

from tests.browser.conftest import check_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_open_data_page_accessible(page, live_server, lang):
    check_page(page, f"{live_server.url}/{lang}/open-data/", expect_lang=lang, screenshot=f"open-data-{lang}.png")
    assert page.locator("h1").count() == 1
    assert page.locator("table.api-endpoints tbody tr").count() >= 18
    assert page.locator("table.api-endpoints code[dir='ltr']").first.is_visible()


def test_docs_address_and_schema_from_the_browser(page, live_server):
    page.goto(f"{live_server.url}/api/v1/docs/")
    page.wait_for_load_state("load")
    assert page.url == f"{live_server.url}/de/open-data/"
    response = page.goto(f"{live_server.url}/api/v1/openapi.json")
    assert response.status == 200 and json.loads(response.body())["openapi"] == "3.1.0"
    assert page.recorder.foreign == []
