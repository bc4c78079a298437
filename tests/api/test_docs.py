"""The open-data page documents the API from its own OpenAPI document, in the visitor's language and the portal's
layout; ``/api/v1/docs/`` leads there. (django-ninja's Swagger UI is not served: it fails the accessibility checks.)"""

import pytest
from lxml import html

from tests.api.schema import PREFIX, get_paths

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["de", "ar"])
def test_open_data_page_lists_every_endpoint(client, language):
    response = client.get(f"/{language}/open-data/")
    assert response.status_code == 200
    tree = html.fromstring(response.content)
    assert tree.get("lang") == language
    listed = tree.xpath("//table[@class='api-endpoints']/tbody/tr/th/code/text()")
    assert listed == get_paths()
    classes = tree.xpath(f"//tr[th/code/text()='{PREFIX}/hsu/classes']/td//code/text()")
    assert classes == ["language", "district", "grade"]
    assert tree.xpath(f"//tr[th/code/text()='{PREFIX}/topics']/td//code/text()") == []  # lang, cursor, limit: once
    assert tree.xpath(f"//a[@href='{PREFIX}/openapi.json']")
    assert "Published topics" in response.content.decode()
    downloads = tree.xpath("//ul[@class='open-data-downloads']//a/@href")
    assert downloads == [f"/{language}/offices.csv", f"/{language}/hsu/classes.csv",
                         f"/{language}/funding/funded-projects.csv"]  # fmt: skip
    assert tree.xpath("//a[@href='/api/v1/catalog']")


def test_every_page_links_the_open_data_page(client):
    assert 'href="/ar/open-data/"' in client.get("/ar/").content.decode()


@pytest.mark.parametrize(("header", "target"), [("ar, de;q=0.5", "/ar/open-data/"), ("", "/de/open-data/")])
def test_docs_address_leads_to_the_open_data_page(client, header, target):
    response = client.get(f"{PREFIX}/docs/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 302 and response["Location"] == target


def test_the_page_says_what_happens_to_unknown_parameters_and_bad_values(client, content):
    text = " ".join(html.fromstring(client.get("/en/open-data/").content).text_content().split())
    assert "parameters it does not know are ignored" in text
    assert client.get(f"{PREFIX}/topics", {"colour": "blue"}).status_code == 200  # unknown: ignored
    assert client.get(f"{PREFIX}/topics", {"limit": "many"}).status_code == 400  # a bad value: refused
