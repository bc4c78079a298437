"""Template tags of the Masterplan pages."""

from django import template
from django.utils import translation
from django.utils.html import format_html

from masterplan.outline import is_long, outline
from portal.languages import direction
from portal.translated_fields import SOURCE_LANGUAGE, content_language

register = template.Library()


@register.simple_tag
def document_outline(document):
    """The body of ``document`` in the active language, with heading ids and its table of contents."""
    language = translation.get_language() or "de"
    body, headings = outline(document.body, prefix=language)
    return {"body": body, "headings": headings, "show_toc": is_long(headings)}


@register.simple_tag
def shown_field(obj, field):
    """``obj.<field>`` in the active language, or in German (marked with lang/dir) when not translated."""
    language = translation.get_language() or SOURCE_LANGUAGE
    shown = content_language(obj, language)
    with translation.override(shown):
        value = getattr(obj, field)
    if shown == language:
        return value
    return format_html('<span lang="{}" dir="{}">{}</span>', shown, direction(shown), value)
