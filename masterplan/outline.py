"""Headings of a document's rich-text body: ids for the h2/h3 elements and a table of contents.

The body is sanitised rich text (portal.richtext), so its headings are plain ``<h2>``/``<h3>`` elements whose
only attributes are ``dir`` and ``lang``. The ids carry a prefix (the language of the text) so that two
languages printed side by side never share an id.
"""

import html
import re

from django.utils.safestring import mark_safe

from portal.richtext import render_richtext

HEADING = re.compile(r"<(h[23])((?:\s+(?:dir|lang)=\"[^\"]*\")*)\s*>(.*?)</\1>", re.DOTALL | re.IGNORECASE)
TAG = re.compile(r"<[^>]+>")
LONG_DOCUMENT_SECTIONS = 4  # a table of contents from this many level-2 headings on


def heading_text(inner_html):
    return " ".join(html.unescape(TAG.sub("", inner_html)).split())


def outline(body, *, prefix):
    """Return ``(html, headings)``: the sanitised body with ids on h2/h3, and the headings as a tree.

    ``headings`` is a list of ``{"id", "text", "children": [...]}`` for the h2 elements, each with its h3
    elements as children (an h3 before the first h2 becomes a top-level entry).
    """
    headings = []
    counter = 0

    def add_id(match):
        nonlocal counter
        counter += 1
        tag, attributes, inner = match.group(1).lower(), match.group(2), match.group(3)
        anchor = f"{prefix}-section-{counter}"
        entry = {"id": anchor, "text": heading_text(inner), "children": []}
        if tag == "h3" and headings:
            headings[-1]["children"].append(entry)
        else:
            headings.append(entry)
        return f'<{tag} id="{anchor}"{attributes}>{inner}</{tag}>'

    cleaned = str(render_richtext(body))
    with_ids = HEADING.sub(add_id, cleaned)
    return mark_safe(with_ids), headings  # sanitised above; only id attributes were added


def is_long(headings):
    return len(headings) >= LONG_DOCUMENT_SECTIONS
