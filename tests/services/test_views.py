"""Service index, topic, service and office pages (and their print twins) render the right content."""

import datetime

import lxml.html
import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import translation

from portal.publication import Status
from services.models import Closure, OpeningHours
from services.opening_hours import BERLIN
from tests.services.factories import make_office, make_service, make_topic

pytestmark = pytest.mark.django_db

THURSDAY_MORNING = datetime.datetime(2026, 11, 26, 10, 0, tzinfo=BERLIN)
CHRISTMAS = datetime.datetime(2026, 12, 25, 10, 0, tzinfo=BERLIN)


@pytest.fixture
def pages():
    office = make_office(hours=((4, "08:30", "12:00"), (1, "08:30", "12:00")), languages_spoken=["de", "ar"])
    topic = make_topic(title="Geflüchtete", title_ar="اللاجئون", summary_ar="مساعدة", body_ar="<p>نص</p>")
    service = make_service(
        topics=[topic], offices=[office], audiences=["refugees", "neighbours"], costs="Kostenlos",
        what_to_bring="<p>Ausweis</p>",
    )  # fmt: skip
    draft = make_service(slug="entwurf", title="Entwurf", topics=[topic])
    draft.status = Status.DRAFT
    draft.save()
    return {"office": office, "topic": topic, "service": service}


def test_index_lists_topics_with_their_published_services(client, pages):
    html = client.get("/de/services/").content.decode()
    assert 'href="/de/topics/refugees/"' in html
    assert 'href="/de/services/beratung/"' in html
    assert "Entwurf" not in html


def test_index_shows_untranslated_topic_in_german_with_lang(client, pages):
    make_topic(slug="network", title="Netzwerkarbeit", summary="Gremien.")
    html = client.get("/ar/services/").content.decode()
    assert "اللاجئون" in html
    assert 'lang="de"' in html and "Netzwerkarbeit" in html


def test_topic_page_lists_its_services(client, pages):
    with translation.override("de"):
        url = reverse("services:topic", kwargs={"slug": "refugees"})
    assert url == "/de/topics/refugees/"
    response = client.get(url)
    html = response.content.decode()
    assert "<h1>Geflüchtete</h1>" in html
    assert "/de/services/beratung/" in html and "Entwurf" not in html


def test_service_page_names_office_with_hours_and_status(client, pages):
    with time_machine.travel(THURSDAY_MORNING, tick=False):
        html = client.get("/de/services/beratung/").content.decode()
    assert "/de/offices/sozialamt/" in html
    assert '<bdi class="time-range" dir="ltr">08:30\u2060–\u206012:00\u00a0Uhr</bdi>' in html
    assert "office-status--open" in html
    assert "Ausweis" in html and "Kostenlos" in html
    assert 'href="tel:+492315000000"' in html and 'dir="ltr"' in html


def test_service_page_on_holiday_says_closed_and_next_opening(client, pages):
    with time_machine.travel(CHRISTMAS, tick=False), translation.override("de"):
        html = client.get("/de/services/beratung/").content.decode()
    assert "office-status--open" not in html
    assert "Erster Weihnachtstag" in html
    assert "28" in html  # Monday 28 December


def test_office_page_dated_closure_and_services(client, pages):
    Closure.objects.create(
        office=pages["office"], first_day=datetime.date(2026, 11, 26), last_day=datetime.date(2026, 11, 27),
        reason="Betriebsausflug",
    )  # fmt: skip
    with time_machine.travel(THURSDAY_MORNING, tick=False):
        html = client.get("/de/offices/sozialamt/").content.decode()
    assert "office-status--open" not in html
    assert "Betriebsausflug" in html
    assert "/de/services/beratung/" in html
    assert 'lang="ar"' in html  # languages spoken: Arabic endonym marked up
    assert '<time datetime="2026-11-26">26. November 2026</time>' in html  # CLDR's long date, machine date ISO
    pages["office"].name_ar, pages["office"].unit_ar = "مكتب الشؤون الاجتماعية", "قسم اللاجئين"
    pages["office"].save()
    with time_machine.travel(THURSDAY_MORNING, tick=False):
        html = client.get("/ar/offices/sozialamt/").content.decode()
    next_opening = html.split('class="office-status', 1)[1].split("</p>", 1)[0]
    assert "2026، 08:30" in next_opening and "," not in next_opening  # Arabic comma only


def test_service_page_shows_german_with_notice_when_untranslated(client, pages):
    html = client.get("/ar/services/beratung/").content.decode()
    assert 'class="content" lang="de" dir="ltr"' in html
    assert "notice--fallback" in html


def test_draft_service_is_404_for_public_and_visible_to_staff(admin_client_logged_in, pages):
    assert Client().get("/de/services/entwurf/").status_code == 404
    response = admin_client_logged_in.get("/de/services/entwurf/")
    assert response.status_code == 200 and response.headers["X-Robots-Tag"] == "noindex"


@pytest.mark.parametrize(
    "url", ["/de/services/beratung/print/", "/de/topics/refugees/print/", "/de/offices/sozialamt/print/"]
)
def test_print_twins_render_the_article_without_chrome(client, pages, url):
    html = client.get(url).content.decode()
    assert "print-section" in html
    assert "<h1>" in html
    assert "finder-form" not in html and "print-toolbar" in html


def test_office_without_hours_says_how_to_reach_it(client):
    make_office(slug="leer", hours=(), name_en="Empty office", unit_en="Unit")
    html = client.get("/en/offices/leer/").content.decode()
    assert "No regular opening hours" in html


def test_service_area_link_to_funding(client, pages):
    service = pages["service"]
    service.area_link = "services:hsu"
    service.save()
    assert 'href="/de/hsu/"' in client.get("/de/services/beratung/").content.decode()


def test_office_appointment_only_hours(client):
    office = make_office(slug="termin", hours=(), name_en="Appointments", unit_en="Unit")
    OpeningHours.objects.create(
        office=office, weekday=4, opens=datetime.time(8), closes=datetime.time(12), appointment_only=True
    )
    with time_machine.travel(THURSDAY_MORNING, tick=False):
        html = client.get("/en/offices/termin/").content.decode()
    assert "Now open by appointment only." in html
    assert "Visits by appointment only." in html


def test_detail_query_counts_do_not_grow_with_offices(client, django_assert_max_num_queries, pages):
    for number in range(10):
        pages["service"].offices.add(make_office(slug=f"office-{number}", hours=((1, "08:00", "12:00"),)))
    with django_assert_max_num_queries(12):
        assert client.get("/de/services/beratung/").status_code == 200


def test_changed_service_slug_redirects_permanently(client, pages):
    service = pages["service"]
    service.slug = "beratung-neu"
    service.save()
    response = client.get("/de/services/beratung/")
    assert response.status_code == 301 and response["Location"] == "/de/services/beratung-neu/"


def test_index_and_topic_query_counts_do_not_grow(client, django_assert_max_num_queries, pages):
    client.get("/de/services/")  # warm per-process caches
    for number in range(15):
        topic = make_topic(slug=f"topic-{number}", title=f"Thema {number}")
        for inner in range(4):
            make_service(slug=f"service-{number}-{inner}", topics=[topic, pages["topic"]])
    with django_assert_max_num_queries(8):
        assert client.get("/de/services/").status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get("/de/topics/refugees/").status_code == 200
    with django_assert_max_num_queries(14):
        assert client.get("/de/offices/sozialamt/").status_code == 200


def test_fallback_page_breadcrumb_shows_the_german_title(client, pages):
    html = client.get("/ar/services/beratung/").content.decode()
    assert 'aria-current="page" lang="de" dir="ltr">Beratung</span>' in html


def test_index_in_arabic_does_not_load_fields_one_by_one(client, django_assert_max_num_queries, pages):
    for number in range(20):
        make_service(slug=f"service-{number}", topics=[pages["topic"]])
    client.get("/ar/services/")
    with django_assert_max_num_queries(8):
        assert client.get("/ar/services/").status_code == 200


def _document_order(html, *xpaths):
    """The position of the first element each of ``xpaths`` finds, in document order."""
    tree = lxml.html.fromstring(html)
    order = {element: number for number, element in enumerate(tree.iter())}
    return [order[tree.xpath(xpath)[0]] for xpath in xpaths]


@pytest.mark.parametrize("url", ["/de/offices/sozialamt/", "/de/services/beratung/"])
def test_contact_box_shows_the_open_now_state_before_address_and_phone(client, pages, url):
    with time_machine.travel(THURSDAY_MORNING, tick=False):
        html = client.get(url).content.decode()
    status, address, phone = _document_order(
        html,
        '//p[contains(@class, "office-status--open")]',
        '//dl[contains(@class, "office-facts")]//address',
        '//dl[contains(@class, "office-facts")]//a[starts-with(@href, "tel:")]',
    )
    assert status < address < phone
