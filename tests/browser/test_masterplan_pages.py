"""Masterplan pages and printing in a real browser: axe-clean, no foreign request, right lang/dir; PDFs printed
by Chromium carry the print header and a QR code that decodes to the page's URL; the two-language print holds
Arabic (rendered with an Arabic font) next to German."""

import datetime
import re

import pypdfium2
import pytest
import zxingcpp
from django.utils import translation
from django.utils.translation import gettext

from masterplan import demo
from tests.browser.conftest import ARTIFACTS, check_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LONG_GERMAN = "beteiligungsbericht-2023"
LONG_BILINGUAL = "rahmenkonzept-interkulturelle-oeffnung"
ARABIC = re.compile(r"[\u0600-\u06FF]")


@pytest.fixture
def masterplan(settings, live_server):
    settings.PORTAL_SITE_URL = live_server.url  # the QR code and printed URLs lead to this server
    demo.load(today=datetime.date(2026, 11, 26))
    return live_server.url


def pdf_of(page, url, name):
    response = page.goto(url)
    assert response.status == 200
    page.wait_for_load_state("load")
    page.evaluate("document.fonts.ready.then(() => document.fonts.size)")  # web fonts in use have loaded
    data = page.pdf(format="A4", print_background=False)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / name).write_bytes(data)
    return data


def compact(text):
    """Text without whitespace and hyphens (PDF text extraction drops or adds them at line breaks)."""
    return re.sub(r"[\s\-\u00ad\ufffe\x02]+", "", text)


def pdf_text(data):
    document = pypdfium2.PdfDocument(data)
    pages = [document[index].get_textpage().get_text_bounded() for index in range(len(document))]
    return pages, document


def qr_codes_on_first_page(document):
    image = document[0].render(scale=3).to_pil()
    return [code.text for code in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_masterplan_pages_accessible_and_private(page, masterplan, lang):
    base = f"{masterplan}/{lang}/masterplan"
    check_page(page, f"{base}/", expect_lang=lang, screenshot=f"masterplan-index-{lang}.png")
    assert page.locator("ol.mp-timeline > li").count() == 6
    check_page(page, f"{base}/documents/", expect_lang=lang, screenshot=f"masterplan-documents-{lang}.png")
    check_page(page, f"{base}/documents/?kind=report&year=zz", expect_lang=lang)
    assert page.locator(".notice--warning").count() == 1
    check_page(page, f"{base}/documents/{LONG_BILINGUAL}/", expect_lang=lang, screenshot=f"masterplan-doc-{lang}.png")
    assert page.locator("nav.mp-toc li").count() >= 10
    check_page(page, f"{base}/documents/{LONG_GERMAN}/", expect_lang=lang)
    check_page(page, f"{base}/documents/{LONG_BILINGUAL}/print/", expect_lang=lang)
    second = "de" if lang == "ar" else "ar"
    check_page(
        page,
        f"{base}/documents/{LONG_BILINGUAL}/print/?with={second}",
        expect_lang=lang,
        screenshot=f"masterplan-print-{lang}-{second}.png",
    )


def test_long_document_page_prints_with_header_and_qr_code_without_navigation(page, masterplan):
    path = f"/de/masterplan/documents/{LONG_GERMAN}/"
    pages, document = pdf_text(pdf_of(page, f"{masterplan}{path}", "masterplan-document-de.pdf"))
    text = "\n".join(pages)
    assert len(pages) >= 2, "a long document fills more than one A4 page"
    first = pages[0]
    with translation.override("de"):
        site, as_of = gettext("Integration in Dortmund"), gettext("As of")
        chrome = [gettext(label) for label in ("Skip to main content", "Legal and privacy", "Home", "Print")]
    assert site in first and "Beteiligungsbericht 2023" in first
    assert as_of in first
    assert compact(f"{masterplan}{path}") in compact(first)
    for label in chrome:
        assert label not in text, label
    assert compact("(https://integration.example.org/de/masterplan/)") in compact(text)  # target after link text
    assert qr_codes_on_first_page(document) == [f"{masterplan}{path}"]


def test_print_view_in_arabic_and_german_prints_both_languages(page, masterplan):
    path = f"/ar/masterplan/documents/{LONG_BILINGUAL}/"
    url = f"{masterplan}{path}print/?with=de"
    pages, document = pdf_text(data := pdf_of(page, url, "masterplan-print-ar-de.pdf"))
    assert page.locator('.print-section[lang="ar"]').first.get_attribute("dir") == "rtl"
    assert page.locator('.print-section[lang="de"]').first.get_attribute("dir") == "ltr"
    assert page.locator(".print-row").count() >= 12
    text = "\n".join(pages)
    assert ARABIC.search(text), "Arabic text in the PDF"
    assert compact("Rahmenkonzept zur interkulturellen Öffnung") in compact(text)
    assert compact("Zusammenarbeit mit der Stadtgesellschaft") in compact(text)
    fonts = [url for url in page.recorder.requests if "/static/fonts/NotoSansArabic-" in url]
    assert fonts, "print.css loads the portal's own Arabic font (static/fonts/NotoSansArabic-*.ttf)"
    assert all(url.startswith(masterplan) for url in fonts) and page.recorder.foreign == []
    assert re.search(rb"/BaseFont\s*/[A-Z]{6}\+NotoSansArabic", data), "the PDF embeds the portal's Noto Sans Arabic"
    assert qr_codes_on_first_page(document) == [f"{masterplan}{path}"]
