"""Every detail page type shares one page template (templates/detail.html): its stylesheet is declared once and
linked by the page and by its print view; the HTML it renders keeps the attribute formats the HTML checker asks for
(a percent-encoded QR code data URI, ``datetime`` values in the HTML date or date-and-time format)."""

import datetime
import re
import urllib.parse
import zoneinfo

import lxml.etree
import lxml.html
import pytest
import time_machine

from tests.search import factories
from tests.services.factories import make_hsu_information

pytestmark = pytest.mark.django_db

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
# an instant with microseconds: Django's ISO format ("c") would give six decimal places
EDITED = datetime.datetime(2026, 3, 29, 1, 30, 15, 123456, tzinfo=BERLIN)


def _stylesheets(html):
    """The stylesheets a page links for every medium (not those for print only)."""
    page = lxml.html.fromstring(html)
    return [link.get("href") for link in page.iter("link") if link.get("rel") == "stylesheet" and not link.get("media")]


PAGE_TYPES = {
    "service": (lambda: factories.service(title="Beratung"), "services.css"),
    "topic": (lambda: factories.topic(title="Ankommen"), "services.css"),
    "office": (lambda: factories.office(), "services.css"),
    "HSU information": (lambda: make_hsu_information(), "services.css"),
    "HSU language": (lambda: factories.hsu_offering().language, "services.css"),
    "funding programme": (lambda: factories.programme(), "funding.css"),
    "funding call": (lambda: factories.call(title="Integrationsfonds 2027"), "funding.css"),
    "Masterplan document": (lambda: factories.document(title="Ratsbeschluss"), "masterplan.css"),
}


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_print_view_links_the_stylesheet_of_its_page_type(client, page_type):
    make, own_sheet = PAGE_TYPES[page_type]
    url = make().get_absolute_url()
    page = client.get(url)
    printed = client.get(url + "print/")
    assert page.status_code == printed.status_code == 200
    on_screen = _stylesheets(page.content.decode())
    in_print = _stylesheets(printed.content.decode())
    assert [href for href in on_screen if href.endswith("/" + own_sheet)], on_screen
    assert set(on_screen) <= set(in_print), (on_screen, in_print)
    # as on the page, the page type's rules come after print.css, so they win where both speak
    assert in_print.index(next(h for h in in_print if h.endswith("/print.css"))) < in_print.index(
        next(h for h in in_print if h.endswith("/" + own_sheet))
    )


def test_print_view_of_a_page_type_without_own_stylesheet_links_only_the_shared_ones(client):
    page = factories.editorial_page(title="Kontakt", body="<p>So erreichen Sie uns.</p>", slug="kontakt")
    on_screen = _stylesheets(client.get(page.get_absolute_url()).content.decode())
    in_print = _stylesheets(client.get(page.get_absolute_url() + "print/").content.decode())
    assert set(on_screen) <= set(in_print)
    assert {href.rsplit("/", 1)[-1].split(".")[0] for href in in_print} == {"tokens", "portal", "search", "print"}


# RFC 3986: what a URL may hold unencoded; everything else must be %XX
URL_CHARACTERS = re.compile(r"^(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+$")


def test_print_header_qr_code_is_a_percent_encoded_svg_data_uri(client):
    document = factories.document(title="Rahmenkonzept Vielfalt")
    for url in (document.get_absolute_url(), document.get_absolute_url() + "print/"):
        page = lxml.html.fromstring(client.get(url).content.decode())
        [qr] = page.find_class("print-qr")
        src = qr.get("src")
        assert URL_CHARACTERS.match(src), [character for character in src if not URL_CHARACTERS.match(character)]
        scheme, _separator, data = src.partition(",")
        assert scheme == "data:image/svg+xml;charset=utf-8"
        svg = lxml.etree.fromstring(urllib.parse.unquote(data).encode())
        assert svg.tag == "{http://www.w3.org/2000/svg}svg"


# HTML: a valid date string, or a valid global date and time string (at most three decimal places)
HTML_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
HTML_GLOBAL_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})$")


def _datetime_values(client, url):
    page = lxml.html.fromstring(client.get(url).content.decode())
    return [time.get("datetime") for time in page.iter("time")]


def test_editorial_page_dates_use_the_html_date_format(client):
    with time_machine.travel(EDITED, tick=False):
        page = factories.editorial_page(title="Impressum", body="<p>Stadt Dortmund</p>", slug="impressum")
    assert page.changed_at.microsecond  # the stored instant has what the old format printed as six decimals
    values = _datetime_values(client, page.get_absolute_url())
    assert values and all(HTML_DATE.match(value) for value in values), values
    assert set(values) == {"2026-03-29"}  # "last updated" and the print header's "as of", both in Berlin


def test_funding_call_times_use_the_html_datetime_format(client):
    with time_machine.travel(EDITED, tick=False):
        call = factories.call(title="Integrationsfonds 2027")
        assert call.deadline.microsecond
        values = _datetime_values(client, call.get_absolute_url())
    assert values and all(HTML_DATE.match(value) or HTML_GLOBAL_DATETIME.match(value) for value in values), values
    instants = {datetime.datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z") for value in values if "T" in value}
    assert instants == {call.opens_at.replace(microsecond=0), call.deadline.replace(microsecond=0)}
