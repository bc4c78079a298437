import pytest

from portal.consent.models import Embed, Provider
from portal.consent.providers import ensure_providers

SAME_ORIGIN = {"Sec-Fetch-Site": "same-origin"}


@pytest.fixture
def providers(db):
    ensure_providers()
    return {provider.key: provider for provider in Provider.objects.all()}


@pytest.fixture
def page_object(providers, monkeypatch):
    """The object the embeds are attached to (any model works; a provider row stands in for a page whose
    model declares ``embeds_enabled``, as the content models do)."""
    monkeypatch.setattr(Provider, "embeds_enabled", True, raising=False)
    return providers["vimeo"]


def add_embed(obj, provider, resource_id, title, **extra):
    return Embed.objects.create(content_object=obj, provider=provider, resource_id=resource_id, title_de=title, **extra)


@pytest.fixture
def embeds(page_object, providers):
    return {
        "video": add_embed(page_object, providers["youtube"], "dQw4w9WgXcQ", "Erklärvideo zur Anmeldung"),
        "map": add_embed(page_object, providers["openstreetmap"], "7.46,51.51,7.47,51.52", "Karte: Büro", position=1),
        "post": add_embed(page_object, providers["mastodon-social"], "@stadt/1234567", "Beitrag", position=2),
    }
