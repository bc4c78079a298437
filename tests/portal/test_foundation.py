"""The foundation: language handling, entry redirect, home pages, error pages and the health check."""

import re

import pytest
from django.conf import settings
from django.db import connection
from django.test import override_settings

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def html_attrs(content):
    match = re.search(rb"<html lang=\"([a-z-]+)\" dir=\"(ltr|rtl)\">", content)
    assert match, "no <html lang dir>"
    return match.group(1).decode(), match.group(2).decode()


def test_root_redirect_defaults_to_german(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/de/"


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("tr-TR,tr;q=0.9,en;q=0.5", "/tr/"), ("fa", "/fa/"), ("uk,ru;q=0.8", "/uk/"), ("fr-FR,fr", "/de/")],
)
def test_root_redirect_follows_accept_language(client, accept, expected):
    response = client.get("/", headers={"accept-language": accept})
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_root_redirect_answers_head(client):
    assert client.head("/").status_code == 302


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_renders_in_every_language_with_lang_and_dir(client, lang):
    response = client.get(f"/{lang}/")
    assert response.status_code == 200
    assert html_attrs(response.content) == (lang, "rtl" if lang in {"ar", "fa"} else "ltr")
    assert response.content.count(b"<h1") == 1
    assert b'href="#main"' in response.content


def test_language_switcher_names_every_language_in_its_own_script(client):
    content = client.get("/ar/").content.decode()
    for code, name in settings.LANGUAGES:
        assert f'href="/{code}/" lang="{code}" hreflang="{code}"' in content
        assert name in content


@pytest.mark.parametrize("path", ["/xx/", "/xx/services/", "/de/does-not-exist/"])
def test_unknown_path_is_a_404_page(client, path):
    response = client.get(path, headers={"accept-language": "ar"})
    assert response.status_code == 404
    lang, _dir = html_attrs(response.content)
    assert lang == ("de" if path.startswith("/xx/") else path.split("/")[1])


def test_not_found_page_uses_the_prefix_language(client):
    response = client.get("/ar/no-such-page/")
    assert response.status_code == 404
    assert html_attrs(response.content) == ("ar", "rtl")


def test_healthz_ok_while_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


@pytest.fixture
def database_down():
    """Point the default connection at a database that cannot be reached, then restore it."""
    original = dict(connection.settings_dict)
    kept = connection.connection  # an in-memory SQLite test database must survive the outage
    connection.connection = None
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = "/nonexistent-directory/portal.sqlite3"
    else:
        connection.settings_dict["PORT"] = "1"
    yield
    if connection.connection is not None:
        connection.connection.close()
    connection.settings_dict.clear()
    connection.settings_dict.update(original)
    connection.connection = kept


@pytest.mark.django_db(transaction=True)
def test_healthz_503_when_database_is_down(client, database_down):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unavailable"}
    assert b"Traceback" not in response.content


@pytest.mark.django_db(transaction=True)
def test_page_needing_database_gets_503_page_when_database_is_down(client, database_down):
    client.raise_request_exception = False
    client.cookies["sessionid"] = "x" * 32  # the admin must load this session from the database
    response = client.get("/admin/")
    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    assert html_attrs(response.content) == ("de", "ltr")
    assert b"Traceback" not in response.content


def test_server_error_page_renders_without_database(rf, django_assert_num_queries):
    from portal.views import server_error

    request = rf.get("/tr/services/")
    with django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    assert html_attrs(response.content) == ("tr", "ltr")


def test_server_error_page_is_german_without_prefix(rf):
    from portal.views import server_error

    response = server_error(rf.get("/healthz/extra"))
    assert html_attrs(response.content) == ("de", "ltr")


def test_robots_txt_points_to_sitemap_from_site_url(client):
    with override_settings(PORTAL_SITE_URL="https://integration.example.org"):
        response = client.get("/robots.txt")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: https://integration.example.org/sitemap.xml" in text


def test_privacy_headers_on_every_page(client):
    response = client.get("/de/")
    assert response["X-DNS-Prefetch-Control"] == "off"
    assert "frame-src 'none'" in response["Content-Security-Policy"]
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_page_loads_nothing_from_another_origin(client):
    content = client.get("/de/").content.decode()
    for url in re.findall(r'(?:src|href)="([^"]+)"', content):
        assert url.startswith(("/", "#", settings.PORTAL_SITE_URL)), url
