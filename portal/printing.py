"""Printing every detail page: the print view ``<page>print/`` and the print header of every page.

* ``render_print`` renders the page's content (``<page template>#content``) inside ``templates/print/page.html``,
  which extends the page's own template (so it links the page type's stylesheet): a print header
  (portal name, page title, "as of" date, permanent URL and a QR code leading to the online page), then the
  content, once in the language the page is shown in. With ``?with=<lang>`` (typically ``?with=de``) it is shown
  a second time in that language, side by side: both texts are split at their level-2 headings and the sections
  are paired row by row (so a section and its translation stay next to each other); when the two texts do not
  have the same sections, the two whole texts stand in two columns. Each half carries its own ``lang``/``dir``.
  A ``with`` value that is not a site language, is the page's own language or is not translated is ignored.
* Absolute URLs (QR code, permanent URL, link targets) are built from ``settings.PORTAL_SITE_URL``, never from
  the request's Host header.
* ``print_header_context`` and ``print_links_context`` feed the template tags in ``portal_print`` that
  ``templates/detail.html`` uses, so the browser's own print of a regular page carries the same header
  (hidden on screen) and every page links to its print view.
"""

import functools
import re
from html.parser import HTMLParser

import segno
from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from portal.languages import direction
from portal.query_forms import PrintForm
from portal.site_url import absolute_url
from portal.translated_fields import SOURCE_LANGUAGE, content_language, is_translated, translated_languages

VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
RELATIVE_HREF = re.compile(r'(\shref=")(/(?!/)[^"]*)"')
ID_ATTRIBUTE = re.compile(r'\s+id="[^"]*"')
ID_VALUE = re.compile(r'(\sid=")([^"]+)"')
ID_REFERENCES = re.compile(r'(\s(?:aria-labelledby|aria-describedby|aria-controls|for|headers)=")([^"]*)"')
FRAGMENT_HREF = re.compile(r'(\shref="#)([^"]+)"')


def permanent_url(obj):
    """The absolute URL of ``obj``'s page in the active language, from the configured site URL."""
    return absolute_url(obj.get_absolute_url())


@functools.lru_cache(maxsize=4096)
def qr_data_uri(url):
    """A QR code leading to ``url`` as an SVG data URI (made here, by segno; nothing is fetched from elsewhere).

    Making a code takes some 30 ms (segno tries every mask for the most readable one), and every detail page
    carries one in its print header, so the result is kept per URL for the life of the process. It is shown as
    an ``<img>`` with an alt text: an image, not inline SVG markup, so pages carry no ``<svg>`` element. The SVG is
    percent-encoded throughout (segno's full encoding): a space, which minimal encoding keeps, is not allowed in a
    URL, and the HTML checker rejects it in ``src``.
    """
    code = segno.make(str(url), error="m", micro=False)
    return code.svg_data_uri(scale=1, border=3, omitsize=True, svgclass=None, lineclass=None, encode_minimal=False)


def page_title(obj):
    return getattr(obj, "title", None) or str(obj)


def print_header_context(obj, *, language):
    """What the print header shows for ``obj`` whose content is shown in ``language``."""
    with translation.override(language):
        title = page_title(obj)
    url = permanent_url(obj)
    changed = getattr(obj, "changed_at", None)
    return {
        "title": title,
        "title_lang": language,
        "title_dir": direction(language),
        "url": url,
        "as_of": timezone.localdate(changed) if changed else None,
        "qr": qr_data_uri(url),
        "qr_alt": translation.gettext("QR code leading to this page online: %(url)s") % {"url": url},
    }


def print_links_context(request, obj):
    """One print control: "Print", with a choice of a second language where the page is translated into one."""
    visitor = translation.get_language()
    print_url = request.path + "print/" if request is not None else obj.get_absolute_url() + "print/"
    names = {
        code: format_html('<span lang="{}" dir="{}">{}</span>', code, direction(code), name)
        for code, name in settings.LANGUAGES
    }
    pairs = []
    if visitor != SOURCE_LANGUAGE:
        if is_translated(obj, visitor):
            pairs.append({"code": SOURCE_LANGUAGE, "names": (names[visitor], names[SOURCE_LANGUAGE])})
    else:
        pairs = [
            {"code": code, "names": (names[SOURCE_LANGUAGE], names[code])}
            for code in translated_languages(obj)
            if code != SOURCE_LANGUAGE
        ]
    plain = dict(settings.LANGUAGES)
    for pair in pairs:
        pair["url"] = f"{print_url}?with={pair['code']}"
        pair["plain_names"] = (plain[visitor], plain[pair["code"]])
    shown = visitor if is_translated(obj, visitor) else SOURCE_LANGUAGE
    return {"print_url": print_url, "bilingual": pairs, "page_language_name": plain[shown]}


# --- Rendering the content ------------------------------------------------------------------------------------
def absolute_links(html):
    """Make site-relative link targets absolute (print shows them after the link text)."""
    return RELATIVE_HREF.sub(lambda m: f'{m.group(1)}{absolute_url(m.group(2))}"', html)


class _SectionFinder(HTMLParser):
    """Records where each ``<h2>`` starts and which elements are open at that point."""

    def __init__(self, html):
        super().__init__(convert_charrefs=False)
        self.lines = [0]
        for line in html.splitlines(keepends=True):
            self.lines.append(self.lines[-1] + len(line))
        self.stack = []
        self.boundaries = []
        self.feed(html)
        self.close()

    def _offset(self):
        line, column = self.getpos()
        return self.lines[line - 1] + column

    def handle_starttag(self, tag, attrs):
        if tag == "h2" and not any(open_tag == "nav" for open_tag, _text in self.stack):  # not a table of contents
            self.boundaries.append((self._offset(), list(self.stack)))
        if tag not in VOID_ELEMENTS:
            self.stack.append((tag, self.get_starttag_text()))

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break


def split_sections(html):
    """Split rendered content at its ``<h2>`` elements into balanced HTML pieces.

    The first piece holds what comes before the first h2 (title, introduction). Elements open at a split point
    are closed at the end of one piece and opened again (without their id) at the start of the next.
    """
    boundaries = _SectionFinder(html).boundaries
    if not boundaries:
        return [html]
    pieces = []
    starts = [(0, [])] + boundaries
    for index, (start, open_before) in enumerate(starts):
        end, open_after = boundaries[index] if index < len(boundaries) else (len(html), [])
        reopen = "".join(ID_ATTRIBUTE.sub("", text) for _tag, text in open_before)
        close = "".join(f"</{tag}>" for tag, _text in reversed(open_after))
        piece = reopen + html[start:end] + close
        if piece.strip():
            pieces.append(piece)
    return pieces


def _render_content(request, content_template, context, language):
    with translation.override(language):
        return absolute_links(render_to_string(content_template, context, request=request))


def _half(language, html):
    return {"lang": language, "dir": direction(language), "html": mark_safe(html)}  # our own templates


def with_id_suffix(html, suffix, *, taken):
    """``html`` with every id it shares with ``taken`` (the first language's text), and every reference to one of
    them, ending in ``-<suffix>``: the second language of a two-language print is the same template again, and ids
    must stay unique in the page."""
    ids = {found for _prefix, found in ID_VALUE.findall(html)} & {found for _prefix, found in ID_VALUE.findall(taken)}
    if not ids:
        return html

    def renamed(name):
        return f"{name}-{suffix}" if name in ids else name

    html = ID_VALUE.sub(lambda m: f'{m.group(1)}{renamed(m.group(2))}"', html)
    html = ID_REFERENCES.sub(lambda m: f'{m.group(1)}{" ".join(renamed(name) for name in m.group(2).split())}"', html)
    return FRAGMENT_HREF.sub(lambda m: f'{m.group(1)}{renamed(m.group(2))}"', html)


def second_language(request, obj, shown_in):
    """The language asked for with ``?with=``, or None when it is unknown, the same or not translated."""
    asked = PrintForm(request.GET).value("with")
    if not asked:
        return None
    if asked == shown_in or not is_translated(obj, asked):
        return None
    return content_language(obj, asked)


def bilingual_rows(first, second):
    """Rows of paired sections ``[[first_half, second_half], ...]``, or one row of the two whole texts."""
    first_sections = split_sections(first["html"])
    second_sections = split_sections(second["html"])
    if len(first_sections) != len(second_sections):
        return [[first, second]]
    return [
        [_half(first["lang"], a), _half(second["lang"], b)]
        for a, b in zip(first_sections, second_sections, strict=True)
    ]


def render_print(request, obj, *, page_template, context):
    content_template = context["content_template"]
    shown_in = context["content_lang"]
    first = _half(shown_in, _render_content(request, content_template, context, shown_in))
    second_code = second_language(request, obj, shown_in)
    if second_code:
        second_html = _render_content(request, content_template, context, second_code)
        second_html = with_id_suffix(second_html, second_code, taken=first["html"])
        second = _half(second_code, second_html)
        rows = bilingual_rows(first, second)
    else:
        rows = [[first]]
    context = dict(
        context,
        rows=rows,
        bilingual=second_code is not None,
        ignored_with=bool(request.GET.get("with")) and second_code is None,
        page_template=page_template,
        page_url=obj.get_absolute_url(),
        print_header=print_header_context(obj, language=shown_in),
        noindex=True,
    )
    return render(request, "print/page.html", context)


@require_GET
@cache_control(max_age=3600, public=True)
def site_url_stylesheet(request):
    """``:root { --print-site-url: "…" }`` so print.css can print absolute link targets on every page."""
    value = settings.PORTAL_SITE_URL.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "")
    return HttpResponse(f':root {{ --print-site-url: "{value}"; }}\n', content_type="text/css")
