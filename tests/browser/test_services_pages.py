"""Services, offices and HSU pages in a real browser (German and Arabic): axe-clean, no foreign request,
right lang/dir; the HSU finder works with JavaScript switched off."""

import pytest

from services.models import District, HSUOffering
from tests.browser.conftest import check_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGS = ["de", "ar"]


@pytest.fixture
def demo_content(demo_site):
    """Every app's demo content (Berlin's date, as the pages show it): a copy of the snapshot, not a new load."""


@pytest.mark.parametrize("lang", LANGS)
def test_services_index_accessible(page, live_server, demo_content, lang):
    check_page(page, f"{live_server.url}/{lang}/services/", expect_lang=lang, screenshot=f"services-index-{lang}.png")
    assert page.locator("h1").count() == 1
    assert page.locator(".topic-cards .card").count() == 9


@pytest.mark.parametrize("lang", LANGS)
def test_topic_page_accessible(page, live_server, demo_content, lang):
    check_page(page, f"{live_server.url}/{lang}/topics/sprachbildung/", expect_lang=lang)
    assert page.locator(".service-list li").count() == 2


@pytest.mark.parametrize("lang", LANGS)
def test_service_page_accessible(page, live_server, demo_content, lang):
    check_page(page, f"{live_server.url}/{lang}/services/leistungen-asylblg/", expect_lang=lang,
               screenshot=f"service-{lang}.png")  # fmt: skip
    assert page.locator(".office-card table.hours").count() == 1
    assert page.locator(".office-status").count() == 1


@pytest.mark.parametrize("lang", LANGS)
def test_untranslated_service_page_accessible(page, live_server, demo_content, lang):
    check_page(page, f"{live_server.url}/{lang}/services/rucksack/", expect_lang=lang)


@pytest.mark.parametrize("lang", LANGS)
def test_office_page_accessible(page, live_server, demo_content, lang):
    check_page(page, f"{live_server.url}/{lang}/offices/sozialamt-gefluechtete/", expect_lang=lang,
               screenshot=f"office-{lang}.png")  # fmt: skip
    assert page.locator("a[href^='tel:']").first.get_attribute("dir") == "ltr"


@pytest.mark.parametrize("lang", LANGS)
def test_hsu_page_with_finder_results_accessible(page, live_server, demo_content, lang):
    check_page(page, f"{live_server.url}/{lang}/hsu/?language=turkish&grade=3", expect_lang=lang,
               screenshot=f"hsu-{lang}.png")  # fmt: skip
    assert page.locator("tr[data-offering]").count() >= 1
    assert page.locator(".finder-form select").count() == 3


@pytest.mark.parametrize("lang", LANGS)
def test_hsu_finder_empty_result_accessible(page, live_server, demo_content, lang):
    taught = set(HSUOffering.objects.filter(language__slug="kurdish").values_list("school__district", flat=True))
    district = next(value for value in District.values if value not in taught)
    check_page(page, f"{live_server.url}/{lang}/hsu/?language=kurdish&district={district}", expect_lang=lang)
    assert page.locator(".finder-empty").count() == 1
    assert page.locator(".finder-empty a[href*='district=']").count() == len(taught)
    assert page.locator("tr[data-offering]").count() == 0


@pytest.mark.parametrize("lang", LANGS)
def test_hsu_finder_bad_input_note_accessible(page, live_server, demo_content, lang):
    check_page(page, f"{live_server.url}/{lang}/hsu/?grade=99&district=%3Cb%3Ex", expect_lang=lang)
    assert page.locator(".notice--warning").count() == 2


@pytest.mark.parametrize("lang", LANGS)
def test_hsu_language_page_accessible(page, live_server, demo_content, lang):
    check_page(page, f"{live_server.url}/{lang}/hsu/arabic/", expect_lang=lang, screenshot=f"hsu-arabic-{lang}.png")
    assert page.locator("tr[data-offering]").count() >= 2


def test_hsu_finder_works_without_javascript(make_context, live_server, demo_content):
    context = make_context(javascript=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/de/hsu/")
    page.select_option("#finder-language", "polish")
    page.select_option("#finder-grade", "5")
    page.click(".finder-form button[type=submit]")
    page.wait_for_load_state("load")
    assert "language=polish" in page.url and "grade=5" in page.url
    assert page.locator("#finder-language option[selected]").get_attribute("value") == "polish"
    assert context.recorder.foreign == []


@pytest.mark.parametrize("url", ["/de/services/rucksack/print/", "/ar/offices/mia-do-ki/print/", "/de/hsu/print/"])
def test_print_views_accessible(page, live_server, demo_content, url):
    check_page(page, f"{live_server.url}{url}")


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_opening_hours_ranges_stay_on_one_line_at_320px(page, live_server, demo_content, lang):
    """A time range is one unbreakable, bidi-isolated unit even in a narrow right-to-left table."""
    from portal.translation_workflow import demo as translation_demo

    translation_demo.apply_translations(translation_demo.app_translations()[0])  # the office in ar and fa
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{live_server.url}/{lang}/offices/sozialamt-gefluechtete/")
    assert page.locator(f"main .content[lang='{lang}']").count() == 1  # shown in the visitor's language
    ranges = page.locator("table.hours .time-range")
    assert ranges.count() >= 5
    # squeeze the hours column to its narrowest: only what may not break keeps the width it needs
    page.evaluate("() => document.querySelectorAll('table.hours td').forEach(cell => { cell.style.width = '1px'; })")
    # lines per range: the distinct tops of its boxes (a bidi run of digits inside Persian is a box of its own)
    lines = page.evaluate(
        "() => [...document.querySelectorAll('table.hours .time-range')].map("
        "range => new Set([...range.getClientRects()].map(box => Math.round(box.top))).size)"
    )
    assert set(lines) == {1}, lines
    assert ranges.first.get_attribute("dir") == ("rtl" if lang == "fa" else "ltr")  # Persian: "8:30 تا 12:00"
