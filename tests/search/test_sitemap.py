"""/sitemap.xml and /robots.txt: public pages only, in their translated languages, valid against the schema."""

import datetime
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from lxml import etree

from portal.search.sitemaps import list_pages
from tests.search import factories

pytestmark = pytest.mark.django_db

SITE = "https://portal.example.org"
SCHEMAS = Path(__file__).parent / "schemas"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.PORTAL_SITE_URL = SITE


def fetch_sitemap(client):
    response = client.get("/sitemap.xml", HTTP_HOST="127.0.0.1")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return etree.fromstring(response.content)


def entries(tree):
    """{loc: {hreflang: href}} for every url element."""
    return {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", namespaces=NS)
        }
        for url in tree.findall("s:url", namespaces=NS)
    }


def list_page_urls():
    urls = set()
    for name in list_pages():
        for language in LANGUAGES:
            with translation.override(language):
                try:
                    urls.add(SITE + reverse(name))
                except NoReverseMatch:
                    break
    return urls


def make_content():
    everywhere = factories.service(
        title={"de": "Beratung", "en": "Advice", "ar": "استشارة"},
        body={"de": "<p>Text</p>", "en": "<p>Text</p>", "ar": "<p>نص</p>"},
        slug="beratung",
    )
    half = factories.service(title={"de": "Wohnen", "tr": "Konut"}, summary={"de": "Kurz"}, slug="wohnen")
    factories.service(title="Entwurf", status="draft", slug="entwurf")
    factories.service(title="Vorbei", slug="vorbei", publish_until=timezone.now() - datetime.timedelta(days=1))
    factories.service(title="Bald", slug="bald", publish_from=timezone.now() + datetime.timedelta(days=1))
    factories.office(name="Amt", slug="amt")
    factories.topic(title={"de": "Ankommen", "uk": "Прибуття"}, slug="ankommen")
    factories.editorial_page(title={"de": "Impressum", "en": "Legal notice"}, body={"de": "<p>x</p>", "en": "<p>y</p>"},
                             slug="impressum")  # fmt: skip
    factories.document(title="Leitbild", slug="leitbild")
    factories.call(title="Aufruf 2027", slug="aufruf-2027", programme=factories.programme(slug="fonds"))
    return everywhere, half


def test_sitemap_lists_exactly_public_pages_in_their_translated_languages(client):
    make_content()
    locs = set(entries(fetch_sitemap(client)))
    content = {
        f"{SITE}/de/services/beratung/",
        f"{SITE}/en/services/beratung/",
        f"{SITE}/ar/services/beratung/",
        f"{SITE}/de/services/wohnen/",  # the Turkish translation lacks its summary: not translated
        f"{SITE}/de/offices/amt/",
        f"{SITE}/de/topics/ankommen/",
        f"{SITE}/uk/topics/ankommen/",
        f"{SITE}/de/info/impressum/",
        f"{SITE}/en/info/impressum/",
        f"{SITE}/de/masterplan/documents/leitbild/",
        f"{SITE}/de/funding/calls/aufruf-2027/",
        f"{SITE}/de/funding/programmes/fonds/",
    }
    assert locs == content | list_page_urls()


def test_sitemap_announces_hreflang_alternates_with_german_default(client):
    make_content()
    alternates = entries(fetch_sitemap(client))
    expected = {
        "de": f"{SITE}/de/services/beratung/",
        "en": f"{SITE}/en/services/beratung/",
        "ar": f"{SITE}/ar/services/beratung/",
        "x-default": f"{SITE}/de/services/beratung/",
    }
    for language in ("de", "en", "ar"):
        assert alternates[f"{SITE}/{language}/services/beratung/"] == expected
    assert alternates[f"{SITE}/de/services/wohnen/"] == {
        "de": f"{SITE}/de/services/wohnen/",
        "x-default": f"{SITE}/de/services/wohnen/",
    }
    home = alternates[f"{SITE}/ar/"]
    assert set(home) == {*LANGUAGES, "x-default"}
    assert home["x-default"] == f"{SITE}/de/"


def test_sitemap_validates_against_the_schema(client):
    make_content()
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "sitemap.xsd")))
    tree = fetch_sitemap(client)
    assert schema.validate(tree), schema.error_log


def test_sitemap_schema_rejects_a_broken_sitemap():
    """The schema is strict enough to matter: a relative loc and an unknown element are refused."""
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "sitemap.xsd")))
    broken = etree.fromstring(
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
        b"<url><loc>/de/services/</loc><xhtml:link rel='alternate' hreflang='de'/></url></urlset>"
    )
    assert not schema.validate(broken)


def test_sitemap_builds_urls_from_site_url_not_host_header(client):
    make_content()
    response = client.get("/sitemap.xml", HTTP_HOST="localhost")
    text = response.content.decode()
    assert "localhost" not in text and "testserver" not in text
    assert all(loc.startswith(SITE + "/") for loc in entries(etree.fromstring(response.content)))


def test_sitemap_query_count_does_not_grow_with_content(client, django_assert_max_num_queries):
    make_content()
    with django_assert_max_num_queries(12):
        fetch_sitemap(client)
    for number in range(30):
        factories.service(title=f"Mehr {number}")
        factories.office(name=f"Amt {number}")
    with django_assert_max_num_queries(12):
        fetch_sitemap(client)


def test_robots_txt_points_to_sitemap_and_keeps_crawlers_out(client):
    text = client.get("/robots.txt").content.decode()
    lines = text.splitlines()
    assert "Disallow: /admin/" in lines
    assert "Disallow: /*/search/" in lines
    assert "Disallow: /*/preview/" in lines
    assert f"Sitemap: {SITE}/sitemap.xml" in lines
