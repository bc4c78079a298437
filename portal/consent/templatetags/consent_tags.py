"""``{% embeds_for object %}``: the embeds of a page, each as a placeholder or, with consent, as its frame."""

from dataclasses import dataclass

from django import template
from django.urls import reverse
from django.utils import translation

from portal.consent.cookie import allowed_providers
from portal.consent.csp import embed_state, note_provider
from portal.consent.models import Embed
from portal.query_forms import LoadOnceForm
from portal.translated_fields import SOURCE_LANGUAGE, value_in

register = template.Library()
LOAD_ONCE_PARAMETER = "embed"


def localized(obj, field, language):
    """(value, language) of a translated field in ``language``, or in German where that one is empty."""
    value = value_in(obj, field, language) or ""
    if value.strip():
        return value, language
    return value_in(obj, field, SOURCE_LANGUAGE) or "", SOURCE_LANGUAGE


@dataclass
class EmbedView:
    embed: Embed
    title: str
    title_lang: str
    data_transmitted: str
    data_lang: str
    country: str
    country_lang: str
    embed_url: str
    link_url: str
    shown: bool
    allowed: bool
    loaded_once: bool

    @property
    def provider(self):
        return self.embed.provider

    @property
    def anchor(self):
        return self.embed.anchor


def embed_views(request, obj, content_language):
    allowed = allowed_providers(request)
    load_once = LoadOnceForm(request.GET).value(LOAD_ONCE_PARAMETER)
    language = translation.get_language()
    state = embed_state(request)
    views = []
    for embed in Embed.objects.for_object(obj):
        provider = embed.provider
        embed_url = embed.embed_url() if provider.is_active else ""
        is_allowed = bool(embed_url) and provider.key in allowed
        once = bool(embed_url) and not is_allowed and load_once == embed.pk
        if embed_url:
            note_provider(request, provider)
        if is_allowed or once:
            state.frames_shown = True
        if once:
            state.loaded_once = True
        title, title_lang = localized(embed, "title", content_language)
        data, data_lang = localized(provider, "data_transmitted", language)
        country, country_lang = localized(provider, "country", language)
        views.append(
            EmbedView(
                embed=embed,
                title=title,
                title_lang=title_lang,
                data_transmitted=data,
                data_lang=data_lang,
                country=country,
                country_lang=country_lang,
                embed_url=embed_url,
                link_url=embed.link_url(),
                shown=is_allowed or once,
                allowed=is_allowed,
                loaded_once=once,
            )
        )
    return views


@register.inclusion_tag("consent/embeds.html", takes_context=True)
def embeds_for(context, obj):
    request = context.get("request")
    if request is None or getattr(obj, "pk", None) is None or not getattr(obj, "embeds_enabled", False):
        return {"embeds": []}
    content_language = context.get("content_lang") or translation.get_language()
    return {
        "embeds": embed_views(request, obj, content_language),
        "request": request,
        "page_path": request.path,
        "consent_url": reverse("consent"),
        "allow_url": reverse("consent_allow"),
        "LANGUAGE_CODE": translation.get_language(),
    }
