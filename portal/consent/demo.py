"""Demo content of the embed layer: the seeded providers, and embeds on pages other apps' demos create.

Idempotent: providers are ensured (never overwritten), an embed is found again by its page, provider and
resource id. Pages are looked up by slug; a page that does not exist (its app's demo did not run) is skipped.
The resource ids are made up for the demo: the placeholders show what would be loaded, and loading one shows
the provider's "not found" page.
"""

import io

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile

from portal.consent.models import Embed, Provider
from portal.consent.providers import ensure_providers

__all__ = ["ensure_providers", "load"]

DEMO_EMBEDS = [
    {
        "model": "services.Service",
        "slug": "hsu-anmeldung",
        "provider": "youtube",
        "resource_id": "MiaDoKi2026",
        "preview": True,
        "title_de": "Erklärvideo: So melden Sie Ihr Kind zum herkunftssprachlichen Unterricht an",
        "title_en": "Explainer video: how to register your child for heritage-language classes",
        "title_ar": "فيديو توضيحي: كيف تسجّلون طفلكم في دروس لغة الأصل",
    },
    {
        "model": "services.Office",
        "slug": "anlaufstelle-nordstadt",
        "provider": "openstreetmap",
        "resource_id": "7.4590,51.5220,7.4710,51.5280",
        "title_de": "Karte: Lage der Anlaufstelle Nordstadt",
        "title_en": "Map: where to find the Nordstadt advice point",
        "title_ar": "خريطة: موقع نقطة الاستشارة في نوردشتات",
    },
    {
        "model": "services.Office",
        "slug": "mia-do-ki",
        "provider": "openstreetmap",
        "resource_id": "7.4600,51.5100,7.4720,51.5160",
        "title_de": "Karte: Lage des Kommunalen Integrationszentrums",
        "title_en": "Map: where to find the municipal integration centre",
        "title_ar": "خريطة: موقع المركز البلدي للاندماج",
    },
    {
        "model": "masterplan.Document",
        "slug": "rahmenkonzept-interkulturelle-oeffnung",
        "provider": "mastodon-social",
        "resource_id": "@mia_do_ki_demo/113000000000000001",
        "title_de": "Beitrag auf Mastodon: Einladung zur Diskussion über die interkulturelle Öffnung",
        "title_en": "Mastodon post: invitation to discuss the intercultural opening",
        "title_ar": "منشور على ماستودون: دعوة إلى النقاش حول الانفتاح بين الثقافات",
    },
    {
        "model": "services.Service",
        "slug": "nachbarschaft-ehrenamt",
        "provider": "vimeo",
        "resource_id": "100000001",
        "title_de": "Video: Ehrenamtliche erzählen von ihrer Arbeit im Stadtteil",
        "title_en": "Video: volunteers talk about their work in the neighbourhood",
        "title_ar": "فيديو: متطوعون يتحدثون عن عملهم في الحي",
    },
]


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
    for data in DEMO_EMBEDS:
        page = find_page(data["model"], data["slug"])
        results.append(ensure_embed(page, data, providers) if page is not None else "skipped")
    counts = ", ".join(f"{results.count(state)} {state}" for state in ("created", "updated", "unchanged", "skipped"))
    return f"{created_providers} providers created; embeds: {counts}"
