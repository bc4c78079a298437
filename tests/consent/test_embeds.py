"""Placeholders, consent, "load once", security and caching headers of pages with embeds."""

import lxml.html
import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from portal.consent.cookie import COOKIE_NAME, store_consent
from tests.consent.conftest import SAME_ORIGIN, add_embed
from tests.consent.helpers import csp_directive, foreign_loads, live_iframes

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.consent.pages")]


def page_url(obj, language="de"):
    with translation.override(language):
        return reverse("stand_in_page", kwargs={"pk": obj.pk})


def give_consent(client, *keys):
    from django.http import HttpResponse

    response = HttpResponse()
    store_consent(response, keys)
    client.cookies[COOKIE_NAME] = response.cookies[COOKIE_NAME].value


def test_placeholder_without_consent_loads_nothing_foreign(client, page_object, embeds):
    response = client.get(page_url(page_object))
    html = response.content.decode()
    assert response.status_code == 200
    assert foreign_loads(html) == []
    assert live_iframes(html) == []
    assert "Erklärvideo zur Anmeldung" in html
    assert "Google Ireland Limited" in html
    assert "https://policies.google.com/privacy" in html
    assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in html
    assert f'name="embed" value="{embeds["video"].pk}"' in html
    assert 'action="/de/consent/allow/"' in html
    assert "<template data-embed-template><iframe" in html
    assert COOKIE_NAME not in response.cookies


def test_placeholder_in_the_visitors_language(client, page_object, embeds, providers):
    from portal.consent.models import Provider

    Provider.objects.filter(key="youtube").update(data_transmitted_ar="")
    html = client.get(page_url(page_object, "ar")).content.decode()
    assert 'lang="ar"' in html
    # Arabic provider texts are not in the database: the German text is shown, marked as German.
    assert 'lang="de">Erst wenn Sie' in html
    html_en = client.get(page_url(page_object, "en")).content.decode()
    assert "Only when you load the video" in html_en
    assert 'lang="de">Erklärvideo zur Anmeldung' in html_en  # the title follows the page's content language


def test_csp_frame_src_limited_to_providers_on_the_page(client, page_object, embeds):
    response = client.get(page_url(page_object))
    assert sorted(csp_directive(response, "frame-src")) == [
        "https://mastodon.social",
        "https://www.openstreetmap.org",
        "https://www.youtube-nocookie.com",
    ]
    assert csp_directive(response, "script-src") == ["'self'"]
    assert response.headers["X-DNS-Prefetch-Control"] == "off"


def test_csp_frame_src_none_on_pages_without_embeds(client, page_object, providers):
    response = client.get(page_url(page_object))
    assert csp_directive(response, "frame-src") == ["'none'"]
    home = client.get("/de/")
    assert csp_directive(home, "frame-src") == ["'none'"]
    assert "Cookie" not in home.headers.get("Vary", "")


def test_consent_renders_only_that_providers_frames(client, page_object, embeds):
    give_consent(client, "youtube")
    response = client.get(page_url(page_object))
    html = response.content.decode()
    assert live_iframes(html) == ["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"]
    assert 'title="Erklärvideo zur Anmeldung"' in html
    assert 'sandbox="allow-scripts allow-same-origin allow-popups allow-presentation"' in html
    assert "private" in response.headers["Cache-Control"]
    assert "Cookie" in response.headers["Vary"]


def test_inactive_provider_never_loads_even_with_consent(client, page_object, embeds, providers):
    give_consent(client, "youtube")
    providers["youtube"].is_active = False
    providers["youtube"].save()
    html = client.get(page_url(page_object)).content.decode()
    assert live_iframes(html) == []
    video = lxml.html.fromstring(html).get_element_by_id(embeds["video"].anchor)
    assert video.xpath(".//form") == [] and video.xpath(".//template") == []
    assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in html


def test_load_once_renders_just_this_frame_and_stores_nothing(client, page_object, embeds):
    response = client.get(page_url(page_object), {"embed": embeds["map"].pk})
    html = response.content.decode()
    assert live_iframes(html) == [
        "https://www.openstreetmap.org/export/embed.html?bbox=7.46,51.51,7.47,51.52&layer=mapnik"
    ]
    assert COOKIE_NAME not in response.cookies
    assert "no-store" in response.headers["Cache-Control"]
    again = client.get(page_url(page_object))
    assert live_iframes(again.content.decode()) == []


@pytest.mark.parametrize("value", ["", "abc", "-1", "999999", "1 OR 1=1", "<script>"])
def test_load_once_with_bad_values_is_a_normal_page(client, page_object, embeds, value):
    response = client.get(page_url(page_object), {"embed": value})
    assert response.status_code == 200
    assert live_iframes(response.content.decode()) == []


def test_version_bump_brings_placeholders_back(client, page_object, embeds):
    give_consent(client, "youtube")
    assert live_iframes(client.get(page_url(page_object)).content.decode())
    with override_settings(PORTAL_CONSENT_VERSION="2"):
        assert live_iframes(client.get(page_url(page_object)).content.decode()) == []


def test_forged_cookie_is_no_consent_not_an_error(client, page_object, embeds):
    client.cookies[COOKIE_NAME] = "forged:value:here"
    response = client.get(page_url(page_object))
    assert response.status_code == 200
    assert live_iframes(response.content.decode()) == []


def test_always_allow_round_trip_without_javascript(client, page_object, embeds):
    url = page_url(page_object)
    response = client.post(
        "/de/consent/allow/", {"provider": "youtube", "next": f"{url}#{embeds['video'].anchor}"}, headers=SAME_ORIGIN
    )
    assert response.status_code == 303
    assert response.headers["Location"] == f"{url}#embed-{embeds['video'].pk}"
    morsel = response.cookies[COOKIE_NAME]
    assert morsel["httponly"] and morsel["samesite"] == "Lax"
    html = client.get(url).content.decode()
    assert live_iframes(html) == ["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"]


def test_embed_titles_are_escaped(client, page_object, providers):
    add_embed(page_object, providers["vimeo"], "76979871", '<script>alert("x")</script>')
    html = client.get(page_url(page_object)).content.decode()
    assert '<script>alert("x")' not in html
    assert "&lt;script&gt;" in html


def test_embed_query_count_does_not_grow(client, page_object, providers, django_assert_max_num_queries):
    from django.contrib.contenttypes.models import ContentType

    for number in range(8):
        add_embed(page_object, providers["vimeo"], str(1000 + number), f"Video {number}")
    url = page_url(page_object)
    ContentType.objects.clear_cache()
    # the page object, the site notices, the embeds with their providers (and the render cache's next publication
    # boundary and the optional editorial pages the footer links, once after content changed; the next scheduled
    # change, once per test)
    with django_assert_max_num_queries(6):
        client.get(url)


def test_models_without_embeds_enabled_show_none(client, page_object, embeds, monkeypatch):
    from portal.consent.models import Provider

    monkeypatch.setattr(Provider, "embeds_enabled", False)
    response = client.get(page_url(page_object))
    assert "data-embed" not in response.content.decode()
    assert csp_directive(response, "frame-src") == ["'none'"]
