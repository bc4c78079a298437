"""Printing (portal/printing.py): the print view of a detail page, its header, QR code and two-language layout.

The Masterplan document page is the detail page these tests print; every other detail page goes through the same
``render_detail(..., print_mode=True)`` -> ``render_print`` path.
"""

import datetime
import re

import pytest
from django.test import override_settings
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

from portal.printing import absolute_links, split_sections, with_id_suffix
from tests.masterplan.factories import document, long_body, phase

pytestmark = pytest.mark.django_db

SITE = "https://integration.example.org"


@pytest.fixture
def bilingual_document():
    return document(
        phase(),
        "rahmenkonzept",
        title_de="Rahmenkonzept",
        body_de=long_body(10) + '<p><a href="/de/masterplan/">Zum Masterplan</a></p>',
        title_ar="الإطار العام",
        summary_ar="ملخص الإطار.",
        body_ar=long_body(10, heading="قسم", text="نص القسم"),
    )


def test_split_sections_gives_balanced_pieces_at_each_h2():
    html = (
        '<article class="a" id="x"><h1>T</h1><p>Intro</p>'
        '<div class="b"><h2>Eins</h2><p>1</p><h2>Zwei</h2><p>2</p></div></article>'
    )
    pieces = split_sections(html)
    assert len(pieces) == 3
    assert pieces[0] == '<article class="a" id="x"><h1>T</h1><p>Intro</p><div class="b"></div></article>'
    assert pieces[1] == '<article class="a"><div class="b"><h2>Eins</h2><p>1</p></div></article>'
    assert pieces[2] == '<article class="a"><div class="b"><h2>Zwei</h2><p>2</p></div></article>'


def test_split_sections_without_h2_is_one_piece():
    assert split_sections("<p>Nur Text<br>mit Umbruch</p>") == ["<p>Nur Text<br>mit Umbruch</p>"]


def test_absolute_links_uses_site_url_for_relative_targets_only():
    with override_settings(PORTAL_SITE_URL=SITE):
        html = absolute_links('<a href="/de/x/">x</a> <a href="#s1">s</a> <a href="https://a.example/">a</a>')
    assert html == f'<a href="{SITE}/de/x/">x</a> <a href="#s1">s</a> <a href="https://a.example/">a</a>'


def test_print_view_has_header_with_title_date_url_and_qr_code(client, bilingual_document):
    # 23:30 UTC on 27 March is already 28 March in Dortmund: the header shows Berlin's date
    changed = datetime.datetime(2027, 3, 27, 23, 30, tzinfo=datetime.UTC)
    type(bilingual_document).objects.filter(pk=bilingual_document.pk).update(changed_at=changed)
    with override_settings(PORTAL_SITE_URL=SITE):
        response = client.get("/de/masterplan/documents/rahmenkonzept/print/", headers={"host": "localhost"})
    content = response.content.decode()
    assert response.status_code == 200
    header = content[content.index('class="print-header') : content.index('class="print-sections')]
    with translation.override("de"):
        assert escape(gettext("Integration in Dortmund")) in header
    assert "Rahmenkonzept" in header
    assert '<time datetime="2027-03-28">' in header
    assert f"{SITE}/de/masterplan/documents/rahmenkonzept/" in header
    assert "localhost" not in header
    assert re.search(r'<img class="print-qr" src="data:image/svg\+xml;charset=utf-8,[^"]+" alt="[^"]+"', header)
    assert "<svg" not in content
    assert '<meta name="robots" content="noindex' in content
    assert f'href="{SITE}/de/masterplan/"' in content  # link targets are absolute in print


def test_print_view_in_two_languages_pairs_sections_with_lang_and_dir(client, bilingual_document):
    response = client.get("/ar/masterplan/documents/rahmenkonzept/print/?with=de")
    content = response.content.decode()
    assert response.status_code == 200
    assert "print-sections--bilingual" in content
    rows = content.split('<div class="print-row">')[1:]
    assert len(rows) == 12  # the part before the first h2, ten sections, the citation
    for row in rows:
        halves = re.findall(r'<div class="print-section" lang="(\w+)" dir="(\w+)">', row)
        assert halves == [("ar", "rtl"), ("de", "ltr")]
    assert rows[0].count('class="mp-toc"') == 2  # a table of contents is no section of its own
    third = next(row for row in rows if ">قسم 3</h2>" in row)
    assert ">Abschnitt 3</h2>" in third and ">Abschnitt 4</h2>" not in third
    assert content.count('id="ar-section-1"') == 1 and content.count('id="de-section-1"') == 1


def test_print_view_german_visitor_with_arabic(client, bilingual_document):
    content = client.get("/de/masterplan/documents/rahmenkonzept/print/?with=ar").content.decode()
    assert re.findall(r'<div class="print-section" lang="(\w+)" dir="(\w+)">', content)[:2] == [
        ("de", "ltr"),
        ("ar", "rtl"),
    ]


@pytest.mark.parametrize("value", ["xx", "<script>", "en", "ar", "", "de&with=fa"])
def test_print_view_ignores_unknown_or_untranslated_second_language(client, bilingual_document, value):
    response = client.get("/ar/masterplan/documents/rahmenkonzept/print/", {"with": value})
    content = response.content.decode()
    assert response.status_code == 200
    assert "print-sections--bilingual" not in content
    assert set(re.findall(r'<div class="print-section" lang="(\w+)"', content)) == {"ar"}
    if value and value != "ar":
        with translation.override("ar"):
            note = gettext(
                "The second language you asked for is not available for this page, so it is printed in one language."
            )
        assert escape(note) in content


def test_print_view_with_repeated_parameter_is_no_500(client, bilingual_document):
    response = client.get("/ar/masterplan/documents/rahmenkonzept/print/?with=de&with=xx")
    assert response.status_code == 200


def test_regular_page_carries_hidden_print_header_and_print_links(client, bilingual_document):
    with override_settings(PORTAL_SITE_URL=SITE):
        content = client.get("/ar/masterplan/documents/rahmenkonzept/").content.decode()
    assert re.search(r'<div class="print-header print-only" hidden>', content)
    assert f"{SITE}/ar/masterplan/documents/rahmenkonzept/" in content
    assert 'class="print-control no-print"' in content


def test_site_url_stylesheet_carries_configured_url(client):
    with override_settings(PORTAL_SITE_URL=SITE):
        response = client.get("/print-site.css", headers={"host": "localhost"})
    assert response["Content-Type"].startswith("text/css")
    assert response.content.decode().strip() == f':root {{ --print-site-url: "{SITE}"; }}'


def test_split_sections_keeps_a_table_of_contents_in_the_first_piece():
    html = "<nav><h2>Inhalt</h2><ol><li>Eins</li></ol></nav><h2>Eins</h2><p>1</p>"
    assert split_sections(html) == ["<nav><h2>Inhalt</h2><ol><li>Eins</li></ol></nav>", "<h2>Eins</h2><p>1</p>"]


def test_two_language_print_keeps_ids_unique_and_references_to_them():
    """The second language is the same template again: an id both halves hold gets the language as suffix in the
    second, and so do its references there; ids of its own stay as they are."""
    first = '<h3 id="office-2">Amt</h3><div id="de-section-1" aria-labelledby="office-2"></div>'
    second = (
        '<h3 id="office-2"><a href="#office-2">مكتب</a></h3><p id="ar-section-1" aria-labelledby="office-2 x"></p>'
        '<label for="office-2">x</label><a href="#ar-section-1">y</a><a href="/ar/#office-2">z</a>'
    )
    assert with_id_suffix(second, "ar", taken=first) == (
        '<h3 id="office-2-ar"><a href="#office-2-ar">مكتب</a></h3>'
        '<p id="ar-section-1" aria-labelledby="office-2-ar x"></p>'
        '<label for="office-2-ar">x</label><a href="#ar-section-1">y</a><a href="/ar/#office-2">z</a>'
    )


def test_two_language_service_print_has_no_duplicate_id(client, settings, tmp_path):
    from services import demo  # a service page with its offices as sections (h3 id="office-<pk>")

    settings.MEDIA_ROOT = tmp_path
    demo.load(today=timezone.localdate())  # Berlin's date, as the pages show it
    content = client.get("/de/services/leistungen-asylblg/print/?with=ar").content.decode()
    assert "print-sections--bilingual" in content
    ids = re.findall(r'\sid="([^"]+)"', content)
    assert [name for name in ids if name.startswith("office-")], "the offices are there"
    assert len(ids) == len(set(ids)), sorted(name for name in ids if ids.count(name) > 1)
