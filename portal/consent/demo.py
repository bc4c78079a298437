"""Demo content of the embed layer: the seeded providers, and the embeds the apps list as ``DEMO_EMBEDS`` in their
``demo.py`` (see ``portal.registry``) on pages their demo creates.

Idempotent: providers are ensured (never overwritten), an embed is found again by its page, provider and
resource id. Pages are looked up by model label and slug; a page that does not exist is skipped.
The resource ids are made up for the demo: the placeholders show what would be loaded, and loading one shows
the provider's "not found" page.
"""

import io

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile

from portal.consent.models import Embed, Provider
from portal.consent.providers import ensure_providers
from portal.registry import contributions

__all__ = ["ensure_providers", "load"]


def preview_png():
    """A plain local preview picture (brand blue with a play symbol), made here: nothing from elsewhere."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (640, 360), (0, 82, 155))
    draw = ImageDraw.Draw(image)
    draw.ellipse((260, 120, 380, 240), fill=(255, 255, 255))
    draw.polygon([(302, 150), (302, 210), (352, 180)], fill=(0, 82, 155))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def find_page(label, slug):
    try:
        model = apps.get_model(label)
    except LookupError:
        return None
    return model.objects.filter(slug=slug).first()


def ensure_embed(page, data, providers):
    provider = providers.get(data["provider"])
    if provider is None:
        return "skipped"
    titles = {name: value for name, value in data.items() if name.startswith("title_")}
    embed = Embed.objects.filter(
        content_type=ContentType.objects.get_for_model(page),
        object_id=page.pk,
        provider=provider,
        resource_id=data["resource_id"],
    ).first()
    state = "unchanged"
    if embed is None:
        embed = Embed(content_object=page, provider=provider, resource_id=data["resource_id"])
        state = "created"
    for name, value in titles.items():
        if getattr(embed, name) != value:
            setattr(embed, name, value)
            state = "updated" if state == "unchanged" else state
    if data.get("preview") and not embed.preview_image:
        embed.preview_image.save(f"{provider.key}-{data['resource_id']}.png", ContentFile(preview_png()), save=False)
        state = "updated" if state == "unchanged" else state
    if state != "unchanged":
        embed.save()
    return state


def load(*, today):
    created_providers = ensure_providers()
    providers = {provider.key: provider for provider in Provider.objects.all()}
    results = []
    for data in contributions("DEMO_EMBEDS", module="demo"):
        page = find_page(data["model"], data["slug"])
        results.append(ensure_embed(page, data, providers) if page is not None else "skipped")
    counts = ", ".join(f"{results.count(state)} {state}" for state in ("created", "updated", "unchanged", "skipped"))
    return f"{created_providers} providers created; embeds: {counts}"
