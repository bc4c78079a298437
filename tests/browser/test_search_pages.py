"""Search pages in a real browser: axe-clean, no foreign request, right lang/dir, the header form without JS."""

import pytest

from tests.browser.conftest import check_page
from tests.search import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _content():
    factories.service(
        title={"de": "Migrationsberatung", "ar": "استشارات الهجرة"},
        body={"de": "<p>Beratung für Zugewanderte.</p>", "ar": "<p>استشارة للمهاجرين حول الإقامة.</p>"},
    )
    factories.office(name="Migrationsberatung Innenstadt")
    factories.hsu_offering(language_name="Arabisch", code="ar", school="Migrationsberatung-Schule")
    for number in range(7):
        factories.service(title=f"Beratung {number}", body="<p>Migrationsberatung im Stadtteil.</p>")


@pytest.mark.parametrize(("lang", "query"), [("de", "Migrationsberatung"), ("ar", "Migrationsberatung")])
def test_search_results_page_accessible_and_private(page, live_server, lang, query):
    _content()
    check_page(page, f"{live_server.url}/{lang}/search/?q={query}", expect_lang=lang, screenshot=f"search-{lang}.png")
    assert page.locator("h1").count() == 1
    assert page.locator(".search-result").count() >= 3
    assert page.locator(".search-result__snippet mark").count() >= 1


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_search_type_page_and_empty_result_accessible(page, live_server, lang):
    _content()
    check_page(page, f"{live_server.url}/{lang}/search/?q=Migrationsberatung&type=services", expect_lang=lang)
    check_page(page, f"{live_server.url}/{lang}/search/?q=Zzzyxq", expect_lang=lang)
    check_page(page, f"{live_server.url}/{lang}/search/", expect_lang=lang)


def test_header_search_form_works_without_javascript(make_context, live_server):
    _content()
    context = make_context(javascript=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/ar/")
    page.fill("#site-search-q", "Migrationsberatung")
    page.click(".site-search button")
    page.wait_for_load_state("load")
    assert page.url.startswith(f"{live_server.url}/ar/search/?q=Migrationsberatung")
    assert page.locator(".search-result").count() >= 3
    assert context.recorder.foreign == []
