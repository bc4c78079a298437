"""The documentation page is Swagger UI from the portal's own static files (django-ninja ships them): no CDN,
no inline script, under the portal's Content-Security-Policy."""

import pytest
from django.contrib.staticfiles import finders
from lxml import html

from tests.api.schema import PREFIX

pytestmark = pytest.mark.django_db


def test_docs_page_loads_only_our_own_files(client):
    response = client.get(f"{PREFIX}/docs/")
    assert response.status_code == 200
    tree = html.fromstring(response.content)
    addresses = tree.xpath("//script/@src | //link/@href | //img/@src")
    assert addresses and all(address.startswith("/static/") for address in addresses), addresses
    for address in addresses:
        assert finders.find(address.removeprefix("/static/")), address
    inline = [script for script in tree.xpath("//script[not(@src)]") if script.get("type") != "application/json"]
    assert inline == []  # only the settings as a JSON data block, which no browser runs
    policy = response["Content-Security-Policy"]
    assert "script-src 'self';" in policy and "unsafe-inline" not in policy
    assert '"validatorUrl": null' in response.content.decode()  # no badge from validator.swagger.io
    assert not response.cookies


def test_docs_page_points_at_the_schema(client):
    page = client.get(f"{PREFIX}/docs/").content.decode()
    assert f'"url": "{PREFIX}/openapi.json"' in page
    schema = client.get(f"{PREFIX}/openapi.json")
    assert schema.status_code == 200 and schema["Access-Control-Allow-Origin"] == "*"
