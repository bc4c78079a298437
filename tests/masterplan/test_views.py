"""Masterplan pages against the database: timeline, document list with filters, document page and print twin."""

import datetime
import re

import pytest
from django.template.defaultfilters import filesizeformat
from django.test import override_settings
from django.utils import translation
from django.utils.translation import gettext

from masterplan.models import Event
from portal.publication import Status
from tests.masterplan.factories import document, event, long_body, phase

pytestmark = pytest.mark.django_db


def text(response):
    return response.content.decode()


def test_index_lists_published_phases_in_order_with_their_events_and_documents(client):
    later = phase("beteiligung-2023", year_from=2023, year_to=2023, order=50)
    earlier = phase("auftrag", year_from=2005, year_to=2005, order=10)
    phase("entwurf", order=20, status=Status.DRAFT)
    event(earlier, "ratsbeschluss", date=datetime.date(2005, 6, 23), kind="council_decision")
    event(later, "befragung", date=datetime.date(2023, 4, 17), kind="participation_step")
    event(later, "verborgen", status=Status.DRAFT)
    document(earlier, "beschluss-2005", kind="resolution")
    document(later, "bericht-2023", status=Status.DRAFT)

    content = text(client.get("/en/masterplan/"))  # English interface; the content falls back to German

    assert '<ol class="mp-timeline">' in content
    assert content.index('id="auftrag"') < content.index('id="beteiligung-2023"')
    assert 'id="entwurf"' not in content
    auftrag = content[content.index('id="auftrag"') : content.index('id="beteiligung-2023"')]
    assert 'id="event-ratsbeschluss"' in auftrag and "Ereignis ratsbeschluss" in auftrag
    with translation.override("de"):  # the event is shown in German, its kind too
        assert str(Event.Kind.COUNCIL_DECISION.label) in auftrag
    assert "Dokument beschluss-2005" in auftrag
    assert 'id="event-befragung"' in content and "Participation step" not in auftrag
    assert "Ereignis verborgen" not in content
    assert "Dokument bericht-2023" not in content


def test_index_query_count_does_not_grow_with_data(client, django_assert_max_num_queries):
    for n in range(6):
        p = phase(f"phase-{n}", year_from=2005 + n, order=n)
        for m in range(3):
            event(p, f"event-{n}-{m}")
            document(p, f"doc-{n}-{m}")
    with django_assert_max_num_queries(7):  # +1 cold cache: the optional editorial pages the footer links
        response = client.get("/de/masterplan/")
    assert text(response).count('class="mp-phase"') == 6


def test_index_shows_untranslated_items_in_german_with_lang(client):
    p = phase("auftrag", title_ar="التكليف", summary_ar="ملخص.")
    event(p, "forum")
    content = text(client.get("/ar/masterplan/"))
    assert "التكليف" in content
    assert re.search(r'id="event-forum" lang="de" dir="ltr"', content)


@pytest.fixture
def documents_set():
    first = phase("netzwerke", year_from=2006, year_to=2010, order=10)
    second = phase("ki", year_from=2013, year_to=2022, order=20)
    document(first, "leitbild", date=datetime.date(2007, 12, 13), kind="concept")
    document(first, "rahmenkonzept", date=datetime.date(2008, 10, 9), kind="concept")
    document(first, "protokoll", date=datetime.date(2009, 5, 27), kind="minutes")
    document(second, "ratsbeschluss-2013", date=datetime.date(2013, 2, 21), kind="resolution")
    document(second, "fortfuehrung-2018", date=datetime.date(2018, 9, 27), kind="resolution")
    document(second, "entwurf", date=datetime.date(2018, 1, 1), kind="resolution", status=Status.DRAFT)
    return first, second


def listed(response):
    return re.findall(r'href="/\w\w/masterplan/documents/([\w-]+)/"', text(response))


def test_documents_list_shows_every_published_document_newest_first(client, documents_set):
    response = client.get("/en/masterplan/documents/")
    assert listed(response) == ["fortfuehrung-2018", "ratsbeschluss-2013", "protokoll", "rahmenkonzept", "leitbild"]
    assert "5 documents" in text(response)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("phase=netzwerke", ["protokoll", "rahmenkonzept", "leitbild"]),
        ("kind=resolution", ["fortfuehrung-2018", "ratsbeschluss-2013"]),
        ("year=2008", ["rahmenkonzept"]),
        ("phase=netzwerke&kind=concept", ["rahmenkonzept", "leitbild"]),
        ("phase=ki&kind=concept", []),
    ],
)
def test_documents_list_filters_by_phase_kind_and_year(client, documents_set, query, expected):
    response = client.get(f"/en/masterplan/documents/?{query}")
    assert response.status_code == 200
    assert listed(response) == expected
    assert "not understood" not in text(response)


@pytest.mark.parametrize(
    "query",
    ["kind=poem", "year=abc", "year=1999", "phase=does-not-exist", "kind=resolution&kind=<script>", "year=%ff"],
)
def test_documents_list_ignores_bad_filter_values_with_a_note(client, documents_set, query):
    response = client.get(f"/en/masterplan/documents/?{query}")
    assert response.status_code == 200
    content = text(response)
    assert "was not understood and has been ignored" in content
    assert "<script>" not in content
    assert len(listed(response)) in {5, 2}


def test_documents_list_bad_value_keeps_the_good_filters(client, documents_set):
    response = client.get("/en/masterplan/documents/?kind=resolution&year=nineteen")
    assert listed(response) == ["fortfuehrung-2018", "ratsbeschluss-2013"]
    assert "Year" in text(response).split("not understood")[0].rsplit("notice", 1)[-1]


def test_documents_list_query_count_does_not_grow(client, documents_set, django_assert_max_num_queries):
    first, _second = documents_set
    for n in range(10):
        document(first, f"extra-{n}")
    # +1 cold cache: scheduled.next_due(); +1 cold cache: the optional editorial pages the footer links
    with django_assert_max_num_queries(7):
        client.get("/de/masterplan/documents/?kind=report")


def test_document_page_has_table_of_contents_ids_and_citation(client):
    doc = document(phase(), "rahmenkonzept", body_de=long_body(11) + "<h3>Unterpunkt</h3><p>Mehr.</p>")
    with override_settings(PORTAL_SITE_URL="https://integration.example.org"):
        response = client.get(doc.get_absolute_url())
    content = text(response)
    assert response.status_code == 200
    assert content.count("<h1") == 1
    assert '<nav class="mp-toc"' in content
    assert '<h2 id="de-section-1">Abschnitt 1</h2>' in content
    assert '<a href="#de-section-1">Abschnitt 1</a>' in content
    assert '<h3 id="de-section-12">Unterpunkt</h3>' in content
    assert '<a href="#de-section-12">Unterpunkt</a>' in content
    citation = content[content.index('class="mp-citation"') :]
    assert "Dokument rahmenkonzept" in citation
    assert "https://integration.example.org/de/masterplan/documents/rahmenkonzept/" in citation


def test_short_document_has_no_table_of_contents(client):
    doc = document(phase(), "kurz")
    content = text(client.get(doc.get_absolute_url()))
    assert "mp-toc" not in content.split("</main>")[0].split("<main")[1]


def test_document_page_draft_is_404_for_public_and_preview_for_staff(client, staff_user):
    document(phase(), "entwurf", status=Status.DRAFT)
    assert client.get("/de/masterplan/documents/entwurf/").status_code == 404
    client.force_login(staff_user)
    response = client.get("/de/masterplan/documents/entwurf/")
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"


def print_control(html):
    start = html.index('class="print-control')
    return html[start : html.index("</form>", start)]


def test_document_page_has_one_print_control_with_a_language_choice(client):
    document(phase(), "rahmenkonzept", title_ar="الإطار", summary_ar="ملخص", body_ar="<p>نص</p>")
    control = print_control(text(client.get("/ar/masterplan/documents/rahmenkonzept/")))
    assert 'action="/ar/masterplan/documents/rahmenkonzept/print/"' in control
    assert '<option value="">العربية</option>' in control
    assert '<option value="de">العربية + Deutsch</option>' in control
    assert control.count("<option") == 2 and control.count('type="submit"') == 1
    german = print_control(text(client.get("/de/masterplan/documents/rahmenkonzept/")))
    assert '<option value="ar">Deutsch + العربية</option>' in german
    assert client.get("/de/masterplan/documents/rahmenkonzept/print/?with=").status_code == 200


def test_untranslated_document_offers_no_bilingual_print(client):
    document(phase(), "nur-deutsch")
    content = text(client.get("/ar/masterplan/documents/nur-deutsch/"))
    assert "print/?with=" not in content
    assert 'href="/ar/masterplan/documents/nur-deutsch/print/"' in content
    assert 'class="content" lang="de" dir="ltr"' in content


def test_document_shows_attachment_size(client, settings, tmp_path):
    from django.core.files.base import ContentFile

    from tests.portal.uploadfiles import pdf_bytes

    settings.MEDIA_ROOT = tmp_path
    doc = document(phase(), "mit-pdf")
    doc.attachment.save("original.pdf", ContentFile(pdf_bytes()), save=True)
    doc.refresh_from_db()
    assert doc.attachment_size == len(pdf_bytes())
    content = text(client.get("/de/masterplan/documents/mit-pdf/"))
    with translation.override("de"):
        assert gettext("PDF file") in content
        assert filesizeformat(len(pdf_bytes())).replace("\xa0", "&nbsp;") in content.replace("\xa0", "&nbsp;")


def test_document_page_query_count_is_small(client, django_assert_max_num_queries):
    doc = document(phase(), "rahmenkonzept", body_de=long_body(12))
    # and once after a content change: the next publication boundary, the next scheduled change, the optional
    # editorial pages the footer links
    with django_assert_max_num_queries(6):
        response = client.get(doc.get_absolute_url())
    assert response.status_code == 200
    with django_assert_max_num_queries(3):
        assert client.get(doc.get_print_url() + "?with=ar").status_code == 200
