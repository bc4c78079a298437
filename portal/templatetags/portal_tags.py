"""Template tags of the shared page layer: rich text, language switcher, alternates and absolute URLs."""

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, Resolver404, get_script_prefix, get_urlconf, resolve, reverse, translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from portal import languages, render_cache
from portal.richtext import render_richtext
from portal.site_url import absolute_url
from portal.translated_fields import SOURCE_LANGUAGE, content_language, value_in

register = template.Library()

register.filter("richtext", render_richtext)


register.filter("absolute", absolute_url)


def _language_urls(request, path):
    """{language code: the page's address in that language}, like ``translate_url`` for each language, but with
    one URL resolution (the request's own match) and worked out once per request: the language switcher and the
    ``hreflang`` alternates both need it."""
    cached = getattr(request, "_portal_language_urls", None)
    if cached is not None and cached[0] == path:
        return cached[1]
    match = getattr(request, "resolver_match", None) if request is not None and path == request.path else None
    if match is None:
        try:
            match = resolve(path)
        except Resolver404:
            match = None
    name = match and (f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name)
    urls = {}
    for language in languages.configured():
        urls[language.code] = path
        if name:
            with translation.override(language.code):
                try:
                    urls[language.code] = reverse(name, args=match.args, kwargs=match.kwargs)
                except NoReverseMatch:
                    pass
    if request is not None:
        request._portal_language_urls = (path, urls)
    return urls


def _language_links(context):
    request = context.get("request")
    path = request.path if request is not None else "/"
    translated = context.get("translated_languages")
    current = translation.get_language()
    urls = _language_urls(request, path)
    return [
        {
            "code": language.code,
            "name": language.name,
            "url": urls[language.code],
            "dir": language.direction,
            "current": language.code == current,
            "translated": translated is None or language.code in translated,
        }
        for language in languages.configured()
    ]


# The language switcher and the hreflang alternates depend only on the page's path, the active language, the
# languages the page is translated into, whether it is a fallback or not indexed, and the site's settings: never
# on content. Rendered once per such state and process, then reused (a page not in the render cache, a page with
# the render cache off, any visitor): bounded, emptied when full.
FRAME_CACHE_SIZE = 4096
_frame_cache = {}


def _frame_state():
    return (
        tuple(settings.LANGUAGES),
        tuple(settings.LANGUAGES_BIDI),
        settings.PORTAL_SITE_URL,
        get_script_prefix(),
        get_urlconf(),
    )


def frame_part(key, build):
    key = (*key, _frame_state())
    html = _frame_cache.get(key)
    if html is None:
        html = build()
        if len(_frame_cache) >= FRAME_CACHE_SIZE:
            _frame_cache.clear()
        _frame_cache[key] = html
    return html


def _translated_key(context):
    translated = context.get("translated_languages")
    return None if translated is None else tuple(translated)


@register.simple_tag(takes_context=True)
def language_switcher(context):
    request = context.get("request")
    path = request.path if request is not None else "/"
    key = ("switcher", path, translation.get_language(), _translated_key(context))
    return frame_part(
        key,
        lambda: mark_safe(render_to_string("includes/language_switcher.html", {"links": _language_links(context)})),
    )


@register.simple_tag(takes_context=True)
def alternates(context):
    """``hreflang`` alternates (only translated languages) and the canonical link of the page."""
    request = context.get("request")
    path = request.path if request is not None else "/"
    fallback, noindex = bool(context.get("is_fallback")), bool(context.get("noindex", False))
    key = ("alternates", path, translation.get_language(), _translated_key(context), fallback, noindex)
    return frame_part(key, lambda: mark_safe(render_to_string("includes/alternates.html", _alternates(context))))


def _alternates(context):
    links = [link for link in _language_links(context) if link["translated"]]
    request = context.get("request")
    current = translation.get_language()
    if context.get("is_fallback") and request is not None:
        canonical = translate_url(request.path, SOURCE_LANGUAGE)
    else:
        canonical = request.path if request is not None else "/"
    default = next((link["url"] for link in links if link["code"] == SOURCE_LANGUAGE), None)
    return {
        "links": links,
        "x_default": default,
        "canonical": canonical,
        "current": current,
        "noindex": context.get("noindex", False),
    }


register.simple_tag(languages.direction, name="language_dir")


@register.simple_tag
def shown(obj, field):
    """``{% shown item "title" %}``: a field of a list item in the language the item is shown in.

    An item not translated into the visitor's language is shown in German, marked ``lang="de"``, never mixed.
    """
    language = content_language(obj)
    value = value_in(obj, field, language) or ""
    if language != translation.get_language():
        return format_html('<span lang="{}" dir="ltr">{}</span>', language, value)
    return value


@register.simple_tag
def icon(name):
    """``{% icon "phone" %}``: one of the portal's own icons (static/img/icons/<name>.svg, drawn by portal.css as a
    mask in the text colour), decorative: its meaning is always in the text beside it."""
    return format_html('<span class="icon icon--{}" aria-hidden="true"></span>', name)


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, vary):
        self.nodelist, self.name, self.vary = nodelist, name, vary

    def render(self, context):
        vary = [translation.get_language(), *(part.resolve(context) for part in self.vary)]
        return render_cache.fragment(
            self.name.resolve(context), *vary, build=lambda: mark_safe(self.nodelist.render(context))
        )


@register.tag("fragment")
def fragment(parser, token):
    """``{% fragment "name" value ... %}…{% endfragment %}``: a part of the page shared by many pages or visitors,
    kept in the render cache under the page's generation for the active language and the values given
    (``portal.render_cache.fragment``). Whatever inside depends on the page must be one of those values."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("'fragment' needs a name")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]])
