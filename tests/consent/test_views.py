"""The privacy settings page and the "always allow" endpoint, without JavaScript."""

import lxml.html
import pytest
from django.conf import settings

from portal.consent.cookie import COOKIE_NAME, allowed_providers
from tests.consent.conftest import SAME_ORIGIN

pytestmark = pytest.mark.django_db


def cookie_keys(client):
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    morsel = client.cookies.get(COOKIE_NAME)
    if morsel is not None and morsel.value:
        request.COOKIES[COOKIE_NAME] = morsel.value
    return set(allowed_providers(request))


@pytest.mark.parametrize("lang", [code for code, _name in settings.LANGUAGES])
def test_settings_page_lists_every_provider_by_category(client, providers, lang):
    response = client.get(f"/{lang}/consent/")
    assert response.status_code == 200
    tree = lxml.html.fromstring(response.content)
    assert tree.get("lang") == lang
    assert len(tree.xpath("//h1")) == 1
    assert len(tree.xpath("//section[@class='consent-group']")) == 3  # video, map, social media
    legends = [legend.text_content().strip() for legend in tree.xpath("//fieldset/legend")]
    assert legends == ["YouTube", "Vimeo", "OpenStreetMap", "Mastodon (mastodon.social)", "Instagram"]
    assert tree.xpath("//input[@value='refuse'][@checked]") and not tree.xpath("//input[@value='allow'][@checked]")
    assert "no-store" in response.headers["Cache-Control"]
    assert "Cookie" in response.headers["Vary"]


def test_settings_page_refuse_all_as_prominent_as_allow_all(client, providers):
    tree = lxml.html.fromstring(client.get("/de/consent/").content)
    refuse = tree.xpath("//button[@value='refuse-all']")[0]
    allow = tree.xpath("//button[@value='allow-all']")[0]
    assert refuse.get("class") == allow.get("class")
    assert refuse.getparent() is allow.getparent()


def test_settings_allow_all_then_refuse_all(client, providers):
    response = client.post("/de/consent/", {"action": "allow-all"}, headers=SAME_ORIGIN)
    assert response.status_code == 303 and response.headers["Location"] == "/de/consent/?saved=1"
    assert cookie_keys(client) == set(providers)
    page = client.get(response.headers["Location"]).content.decode()
    assert "Ihre Einstellungen wurden gespeichert" in page or "Your settings have been saved" in page
    response = client.post("/de/consent/", {"action": "refuse-all"}, headers=SAME_ORIGIN)
    assert response.cookies[COOKIE_NAME]["max-age"] == 0  # withdrawn: the cookie is deleted
    assert cookie_keys(client) == set()


def test_settings_save_individual_choices(client, providers):
    data = {"action": "save", "provider-youtube": "allow", "provider-vimeo": "refuse", "provider-evil": "allow"}
    client.post("/de/consent/", data, headers=SAME_ORIGIN)
    assert cookie_keys(client) == {"youtube"}
    tree = lxml.html.fromstring(client.get("/de/consent/").content)
    assert tree.xpath("//input[@id='provider-youtube-allow']")[0].get("checked") is not None
    assert tree.xpath("//input[@id='provider-vimeo-refuse']")[0].get("checked") is not None


def test_settings_post_from_another_site_is_refused(client, providers):
    response = client.post("/de/consent/", {"action": "allow-all"}, headers={"Sec-Fetch-Site": "cross-site"})
    assert response.status_code == 403
    assert COOKIE_NAME not in response.cookies
    response = client.post("/de/consent/", {"action": "allow-all"}, headers={"Origin": "https://evil.example"})
    assert response.status_code == 403
    response = client.post("/de/consent/", {"action": "allow-all"})  # neither header: refused
    assert response.status_code == 403


def test_settings_post_with_matching_origin_or_referer_is_accepted(client, providers):
    response = client.post("/de/consent/", {"action": "allow-all"}, headers={"Origin": "http://testserver"})
    assert response.status_code == 303
    response = client.post(
        "/de/consent/", {"action": "refuse-all"}, headers={"Referer": "http://testserver/de/consent/"}
    )
    assert response.status_code == 303


def test_settings_unknown_action_saves_choices_only(client, providers):
    response = client.post("/de/consent/", {"action": "<script>"}, headers=SAME_ORIGIN)
    assert response.status_code == 303
    assert cookie_keys(client) == set()


def test_allow_endpoint_fetch_answers_204(client, providers):
    response = client.post(
        "/de/consent/allow/",
        {"provider": "vimeo", "next": "/de/"},
        headers={**SAME_ORIGIN, "X-Consent-Request": "fetch"},
    )
    assert response.status_code == 204
    assert cookie_keys(client) == {"vimeo"}


def test_allow_endpoint_adds_to_existing_consent(client, providers):
    client.post("/de/consent/allow/", {"provider": "vimeo", "next": "/de/"}, headers=SAME_ORIGIN)
    client.post("/de/consent/allow/", {"provider": "youtube", "next": "/de/"}, headers=SAME_ORIGIN)
    assert cookie_keys(client) == {"vimeo", "youtube"}


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "javascript:alert(1)", ""])
def test_allow_endpoint_never_redirects_elsewhere(client, providers, target):
    response = client.post("/de/consent/allow/", {"provider": "vimeo", "next": target}, headers=SAME_ORIGIN)
    assert response.status_code == 303
    assert response.headers["Location"] == "/de/consent/"


@pytest.mark.parametrize("key", ["", "nope", "<script>"])
def test_allow_endpoint_unknown_provider_is_400(client, providers, key):
    response = client.post("/de/consent/allow/", {"provider": key, "next": "/de/"}, headers=SAME_ORIGIN)
    assert response.status_code == 400
    assert COOKIE_NAME not in response.cookies


def test_allow_endpoint_refuses_get_and_foreign_posts(client, providers):
    assert client.get("/de/consent/allow/").status_code == 405
    response = client.post("/de/consent/allow/", {"provider": "vimeo"}, headers={"Sec-Fetch-Site": "same-site"})
    assert response.status_code == 403


def test_inactive_provider_not_offered_nor_allowed(client, providers):
    providers["instagram"].is_active = False
    providers["instagram"].save()
    assert "Instagram" not in client.get("/de/consent/").content.decode()
    client.post("/de/consent/", {"action": "allow-all"}, headers=SAME_ORIGIN)
    assert "instagram" not in cookie_keys(client)
