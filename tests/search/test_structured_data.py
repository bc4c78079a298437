"""JSON-LD on every page (BreadcrumbList, and the type of the page's object) and Open Graph tags."""

import datetime
import json
import re

import pytest
from django.utils.html import escape

from tests.search import factories

pytestmark = pytest.mark.django_db

SITE = "https://portal.example.org"

# The properties each type must carry (schema.org types; what search engines need to use them).
REQUIRED = {
    "BreadcrumbList": ["itemListElement"],
    "ListItem": ["position", "name", "item"],
    "GovernmentService": ["name", "description", "url", "provider", "areaServed", "serviceOperator"],
    "GovernmentOffice": ["name", "url", "address", "openingHoursSpecification", "contactPoint"],
    "OpeningHoursSpecification": ["dayOfWeek", "opens", "closes"],
    "ContactPoint": ["contactType"],
    "PostalAddress": ["streetAddress", "postalCode", "addressLocality", "addressCountry"],
    "Course": ["name", "description", "provider", "hasCourseInstance"],
    "CourseInstance": ["courseMode", "location", "courseSchedule"],
    "Grant": ["name", "description", "url", "funder", "subjectOf"],
    "Event": ["name", "startDate", "endDate", "location"],
    "DigitalDocument": ["name", "url", "datePublished", "inLanguage", "publisher"],
}


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.PORTAL_SITE_URL = SITE


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert blocks, "no JSON-LD on the page"
    return [json.loads(block) for block in blocks]


def nodes(data):
    """Every dict with an @type, however deeply nested."""
    if isinstance(data, dict):
        if "@type" in data:
            yield data
        for value in data.values():
            yield from nodes(value)
    elif isinstance(data, list):
        for value in data:
            yield from nodes(value)


def check_required(data):
    """Every node of a known type has its required properties, non-empty; returns the types found."""
    found = []
    for node in nodes(data):
        kind = node["@type"]
        found.append(kind)
        for name in REQUIRED.get(kind, []):
            assert node.get(name) not in (None, "", []), f"{kind} lacks {name}"
    return found


def page_types(client, url):
    response = client.get(url)
    assert response.status_code == 200
    blocks = json_ld(response.content.decode())
    assert all(block["@context"] == "https://schema.org" for block in blocks)
    return [kind for block in blocks for kind in check_required(block)], blocks


def test_service_page_has_government_service_and_breadcrumbs(client):
    service = factories.service(title="Wohnberatung", slug="wohnberatung")
    service.offices.add(factories.office(name="Wohnungsamt"))
    types, blocks = page_types(client, "/de/services/wohnberatung/")
    assert "GovernmentService" in types and "BreadcrumbList" in types
    node = next(node for node in nodes(blocks) if node["@type"] == "GovernmentService")
    assert node["name"] == "Wohnberatung"
    assert node["url"] == f"{SITE}/de/services/wohnberatung/"
    assert node["provider"][0]["name"] == "Wohnungsamt"
    crumbs = next(node for node in nodes(blocks) if node["@type"] == "BreadcrumbList")["itemListElement"]
    assert [crumb["position"] for crumb in crumbs] == list(range(1, len(crumbs) + 1))
    assert crumbs[0]["item"] == f"{SITE}/de/"
    assert crumbs[-1] == {"@type": "ListItem", "position": len(crumbs), "name": "Wohnberatung",
                          "item": f"{SITE}/de/services/wohnberatung/"}  # fmt: skip


def test_office_page_has_opening_hours_and_contact_point(client):
    factories.office(name="Sozialamt Mitte", slug="sozialamt-mitte")
    types, blocks = page_types(client, "/ar/offices/sozialamt-mitte/")
    assert "GovernmentOffice" in types
    office = next(node for node in nodes(blocks) if node["@type"] == "GovernmentOffice")
    assert office["openingHoursSpecification"][0] == {
        "@type": "OpeningHoursSpecification", "dayOfWeek": "https://schema.org/Monday",
        "opens": "08:30", "closes": "12:00",
    }  # fmt: skip
    assert office["contactPoint"][0]["telephone"] == "0231 5000000"
    assert office["contactPoint"][0]["email"] == "migration@example.org"
    assert office["url"] == f"{SITE}/de/offices/sozialamt-mitte/"  # shown in German: the German page is canonical


def test_hsu_language_page_has_a_course_per_class(client):
    offering = factories.hsu_offering(language_name="Albanisch", code="sq", school="Schule am Wall")
    factories.hsu_offering(language_name="Albanisch", code="sq", school="Schule am Park")
    types, blocks = page_types(client, offering.language.get_absolute_url())
    assert types.count("Course") == 2
    course = next(node for node in nodes(blocks) if node["@type"] == "Course")
    assert course["inLanguage"] == "sq"
    assert course["hasCourseInstance"]["courseSchedule"]["byDay"] == "https://schema.org/Tuesday"


def test_every_page_has_breadcrumbs_even_the_home_page(client):
    types, blocks = page_types(client, "/tr/")
    assert types.count("BreadcrumbList") == 1
    assert next(nodes(blocks))["itemListElement"][0]["item"] == f"{SITE}/tr/"
    types, _blocks = page_types(client, "/tr/search/?q=x")
    assert "BreadcrumbList" in types


def test_json_ld_is_escaped_so_text_cannot_end_the_script(client):
    factories.service(title="</script><script>alert(1)</script> & Co", slug="boese")
    html = client.get("/de/services/boese/").content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "</script" not in block and "<" not in block and "&" not in block.replace("\\u0026", "")
    service = next(node for node in nodes(json.loads(block)) if node["@type"] == "GovernmentService")
    assert service["name"] == "</script><script>alert(1)</script> & Co"


def meta(html, prop):
    match = re.search(rf'<meta property="{re.escape(prop)}" content="([^"]*)">', html)
    return match.group(1) if match else None


def test_open_graph_tags_name_title_description_language_and_local_image(client):
    factories.service(
        title={"de": "Kita-Platz", "en": "Childcare place"}, summary={"de": "Hilfe bei der Suche", "en": "Help"},
        body={"de": "<p>x</p>", "en": "<p>y</p>"}, slug="kita",
    )  # fmt: skip
    html = client.get("/en/services/kita/").content.decode()
    assert meta(html, "og:title") == "Childcare place"
    assert meta(html, "og:description") == "Help"
    assert meta(html, "og:locale") == "en_GB"
    assert meta(html, "og:locale:alternate") == "de_DE"
    assert meta(html, "og:url") == f"{SITE}/en/services/kita/"
    assert meta(html, "og:image") == f"{SITE}/static/img/og-default.png"
    assert client.get("/static/img/og-default.png").status_code in (200, 404)  # served by whitenoise in production
    german_only = factories.service(title="Nur & deutsch", summary={"de": "Kurz <b>gesagt</b>"}, slug="nur")
    html = client.get(f"/ar{german_only.get_absolute_url()[3:]}").content.decode()
    assert meta(html, "og:title") == escape("Nur & deutsch")
    assert meta(html, "og:locale") == "de_DE"  # the page is shown in German


def test_open_graph_image_is_a_committed_local_file():
    from pathlib import Path

    from PIL import Image

    path = Path(__file__).resolve().parents[2] / "static" / "img" / "og-default.png"
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert image.size == (1200, 630)


def test_call_page_has_grant_with_application_period(client):
    call = factories.call(title="KOMM-AN NRW 2027", slug="komm-an-2027")
    types, blocks = page_types(client, "/en/funding/calls/komm-an-2027/")
    assert "Grant" in types and "Event" in types
    grant = next(node for node in nodes(blocks) if node["@type"] == "Grant")
    assert grant["funder"]["name"] == "Stadt Dortmund"
    assert datetime.datetime.fromisoformat(grant["subjectOf"]["endDate"]) == call.deadline
    assert datetime.datetime.fromisoformat(grant["subjectOf"]["startDate"]) == call.opens_at


def test_document_page_has_digital_document(client):
    factories.document(title="Ratsbeschluss 2005", slug="ratsbeschluss-2005")
    types, blocks = page_types(client, "/de/masterplan/documents/ratsbeschluss-2005/")
    assert "DigitalDocument" in types
    document = next(node for node in nodes(blocks) if node["@type"] == "DigitalDocument")
    assert document["datePublished"] == "2005-06-01"
    assert document["inLanguage"] == "de"


EXPECTED_BY_PATH = [
    (re.compile(r"^/de/services/[^/]+/$"), "GovernmentService"),
    (re.compile(r"^/de/offices/[^/]+/$"), "GovernmentOffice"),
    (re.compile(r"^/de/funding/calls/[^/]+/$"), "Grant"),
    (re.compile(r"^/de/masterplan/documents/[^/]+/$"), "DigitalDocument"),
]


def test_every_page_of_the_demo_content_has_valid_json_ld(client, demo_site):
    """Each page the sitemap lists (German) carries parseable JSON-LD with the right type and its properties."""
    from lxml import etree

    tree = etree.fromstring(client.get("/sitemap.xml").content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    paths = [loc[len(SITE) :] for loc in tree.xpath("//s:loc/text()", namespaces=ns)]
    paths = [path for path in paths if path.startswith("/de/")]
    seen = set()
    for path in paths:
        types, _blocks = page_types(client, path)
        assert types.count("BreadcrumbList") == 1, path
        for pattern, kind in EXPECTED_BY_PATH:
            if pattern.match(path):
                assert kind in types, path
                seen.add(kind)
    assert seen == {kind for _pattern, kind in EXPECTED_BY_PATH}
    hsu_languages = [path for path in paths if re.match(r"^/de/hsu/[^/]+/$", path)]
    assert any("Course" in page_types(client, path)[0] for path in hsu_languages)
