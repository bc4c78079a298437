import pytest
from django.core.exceptions import ValidationError

from portal.consent.models import Embed, Provider, recognise
from portal.consent.providers import SEEDS, ensure_providers

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "key", "resource_id"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"),
        ("https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=10", "youtube", "dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ?si=abc", "youtube", "dQw4w9WgXcQ"),
        ("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"),
        ("https://www.youtube.com/shorts/dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "vimeo", "76979871"),
        ("https://player.vimeo.com/video/76979871?h=1", "vimeo", "76979871"),
        (
            "https://www.openstreetmap.org/export/embed.html?bbox=7.46,51.51,7.47,51.52&layer=mapnik",
            "openstreetmap",
            "7.46,51.51,7.47,51.52",
        ),
        ("https://mastodon.social/@stadt_dortmund/112233445566", "mastodon-social", "@stadt_dortmund/112233445566"),
        ("https://www.instagram.com/p/C1a2B3c4D5e/", "instagram", "C1a2B3c4D5e"),
        ("https://instagram.com/reel/C1a2B3c4D5e", "instagram", "C1a2B3c4D5e"),
    ],
)
def test_recognise_finds_provider_and_resource_id(url, key, resource_id):
    ensure_providers()
    provider, found = recognise(url)
    assert provider is not None and provider.key == key
    assert found == resource_id


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.org/video/1",
        "https://www.youtube.com/watch?v=short",
        "http://www.youtube.com/watch?v=dQw4w9WgXcQ",  # not https
        "https://www.youtube.com/channel/UC123",
        "https://vimeo.com/channels/staffpicks",
        "https://evil.example/?u=https://vimeo.com/76979871",
        '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>',
        "",
    ],
)
def test_recognise_refuses_unknown_or_unsafe_addresses(url):
    ensure_providers()
    assert recognise(url) == (None, None)


def test_recognise_ignores_inactive_providers():
    ensure_providers()
    Provider.objects.filter(key="vimeo").update(is_active=False)
    assert recognise("https://vimeo.com/76979871") == (None, None)


def test_embed_url_built_only_from_template_and_declared_origin():
    ensure_providers()
    youtube = Provider.objects.get(key="youtube")
    assert youtube.embed_url("dQw4w9WgXcQ") == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    assert youtube.embed_url('x"><script>') == ""
    assert youtube.embed_url("a?b=c") == ""
    youtube.frame_origins = "https://elsewhere.example"
    assert youtube.embed_url("dQw4w9WgXcQ") == ""


def test_provider_clean_requires_template_origin_in_frame_origins():
    ensure_providers()
    provider = Provider.objects.get(key="vimeo")
    provider.frame_origins = "https://vimeo.com"
    with pytest.raises(ValidationError) as error:
        provider.full_clean()
    assert "frame_origins" in error.value.message_dict


def test_provider_validators_refuse_bad_patterns_and_origins():
    ensure_providers()
    provider = Provider.objects.get(key="vimeo")
    provider.url_patterns = "^https://vimeo\\.com/(\\d+)$"  # no group named id
    provider.frame_origins = "http://player.vimeo.com/path"
    with pytest.raises(ValidationError) as error:
        provider.full_clean()
    assert {"url_patterns", "frame_origins"} <= set(error.value.message_dict)


def test_ensure_providers_idempotent_and_keeps_editor_changes():
    ensure_providers()  # the data migration ran already; nothing new
    assert Provider.objects.count() == len(SEEDS)
    Provider.objects.filter(key="youtube").update(name="YouTube (edited)", data_transmitted_en="Edited")
    assert ensure_providers() == 0
    youtube = Provider.objects.get(key="youtube")
    assert youtube.name == "YouTube (edited)" and youtube.data_transmitted_en == "Edited"
    assert Provider.objects.count() == len(SEEDS)


def test_ensure_providers_recreates_after_flush():
    Embed.objects.all().delete()
    Provider.objects.all().delete()
    assert ensure_providers() == len(SEEDS)
    youtube = Provider.objects.get(key="youtube")
    assert youtube.data_transmitted_de.startswith("Erst wenn Sie")
    assert youtube.data_transmitted_en.startswith("Only when you load")
    assert youtube.country_de and youtube.country_en


def test_embed_requires_resource_id(providers, page_object):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Embed.objects.create(content_object=page_object, provider=providers["youtube"], resource_id="", title_de="x")
