"""Print entry points of every detail page: the print header (hidden on screen) and the print links."""

from django import template
from django.utils import translation

from portal.printing import print_header_context, print_links_context

register = template.Library()


@register.inclusion_tag("print/page.html#header", takes_context=True)
def print_header(context, obj=None, *, screen_hidden=True):
    obj = obj or context.get("object")
    if obj is None or not hasattr(obj, "get_absolute_url"):
        return {"header": None}
    language = context.get("content_lang") or translation.get_language()
    return {"header": print_header_context(obj, language=language), "screen_hidden": screen_hidden}


@register.inclusion_tag("print/page.html#links", takes_context=True)
def print_links(context, obj=None):
    obj = obj or context.get("object")
    if obj is None or not hasattr(obj, "get_absolute_url"):
        return {"links": None}
    return {"links": print_links_context(context.get("request"), obj)}
