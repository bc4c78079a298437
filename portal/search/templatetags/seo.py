"""Head tags that make every page findable: Open Graph and JSON-LD structured data (see structured_data.py)."""

from django import template
from django.conf import settings
from django.db import models
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import translate_url
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from portal import languages
from portal.search import registry, structured_data
from portal.search.snippets import plain_text
from portal.site_url import absolute_url
from portal.templatetags.portal_tags import frame_part
from portal.translated_fields import SOURCE_LANGUAGE, content_language

register = template.Library()

OG_IMAGE = "img/og-default.png"
OG_IMAGE_SIZE = (1200, 630)


def og_locale(code):
    """Open Graph's language_TERRITORY for ``code``, from the language table (the code itself if it has none)."""
    language = languages.find(code)
    return (language.og_locale if language else "") or code


def canonical_url(context):
    """The page's canonical address (the German one when the page is shown in German as a fallback)."""
    request = context.get("request")
    path = request.path if request is not None else "/"
    if context.get("is_fallback"):
        path = translate_url(path, SOURCE_LANGUAGE)
    return absolute_url(path)


def _page_object(context):
    obj = context.get("object")
    if isinstance(obj, models.Model):
        entry = registry.entry_for(obj)
        if entry is not None:
            return obj, entry
    return None, None


@register.simple_tag(takes_context=True)
def structured_data_script(context):
    url = canonical_url(context)
    nodes = [structured_data.breadcrumb_list(context.get("breadcrumbs") or [], current_url=url)]
    obj, entry = _page_object(context)
    if entry is not None and entry.structured_data is not None:
        shown = context.get("content_lang") or content_language(obj)
        with translation.override(shown):
            built = entry.structured_data(obj, url=url, context=context)
        nodes += built if isinstance(built, list) else [built]
    return structured_data.to_script(structured_data.graph(nodes))


@register.simple_tag(takes_context=True)
def open_graph(context):
    """The Open Graph tags: rendered once per process for the same values (the page's title, description, address,
    languages and image) in the same language, as the language switcher (``portal_tags.frame_part``)."""
    values = _open_graph_values(context)
    key = ("open_graph", translation.get_language(), tuple((name, _hashable(value)) for name, value in values.items()))
    return frame_part(key, lambda: mark_safe(render_to_string("search/_open_graph.html", values)))


def _hashable(value):
    if isinstance(value, (list, tuple)):
        return tuple(_hashable(part) for part in value)
    return value if value is None or isinstance(value, (int, float)) else str(value)


def _open_graph_values(context):
    language = translation.get_language()
    obj, entry = _page_object(context)
    title = description = ""
    if entry is not None:
        shown = context.get("content_lang") or content_language(obj, language)
        title = entry.title_for(obj, shown)
        description = entry.description_for(obj, shown)
        language = shown
    breadcrumbs = context.get("breadcrumbs") or []
    title = title or context.get("page_title") or (breadcrumbs[-1][0] if breadcrumbs else "")
    translated = context.get("translated_languages") or [code for code, _name in settings.LANGUAGES]
    image, image_alt, size = static(OG_IMAGE), "", OG_IMAGE_SIZE
    own_image = getattr(obj, "image", None) if obj is not None else None
    if own_image and getattr(own_image, "name", "") and not getattr(obj, "is_decorative", False):
        image, size = own_image.url, (None, None)  # the page's own (re-encoded, local) picture
        with translation.override(language):
            image_alt = getattr(obj, "alt_text", "") or ""
    return {
        "og_title": title or gettext("Integration in Dortmund"),
        "og_description": plain_text(description)[:300],
        "og_type": "article" if entry is not None else "website",
        "og_url": canonical_url(context),
        "og_locale": og_locale(language),
        "og_alternates": [og_locale(code) for code in translated if code != language],
        "og_image": absolute_url(image),
        "og_image_alt": image_alt,
        "og_image_width": size[0],
        "og_image_height": size[1],
    }
