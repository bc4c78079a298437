"""Rich text as XLIFF 1.2 inline markup, and back, byte for byte.

Translation tools protect inline codes they recognise, so rich text travels as markup, never as escaped HTML:
each element becomes ``<g id ctype="x-html-p">…</g>`` (``<x id ctype="x-html-br"/>`` for an empty one), the text
between them stays text. Each code carries its original start tag in ``mdk:html`` so that the import rebuilds
exactly the HTML that was exported; a tool that drops unknown attributes still keeps the ``id``, and the code is
then taken from the unit's ``<source>`` with the same id. Text is escaped on the way back as the rich-text
sanitiser writes it (``&amp;``, ``&lt;``, ``&gt;``, ``&nbsp;``), so stored rich text comes back byte-identical;
the result goes through the sanitiser anyway (``portal.richtext.sanitize``), so no code can smuggle in markup
the portal does not allow.
"""

import re
from html.parser import HTMLParser

from lxml import etree

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
PORTAL_NS = "urn:x-mia-do-ki:translations"
ORIGINAL = f"{{{PORTAL_NS}}}html"
EMPTY_ELEMENTS = {"br", "hr", "img", "wbr"}
START_TAG = re.compile(r"^<([a-z][a-z0-9]*)(?:\s[^<>]*)?/?>$")


def _q(tag):
    return f"{{{XLIFF_NS}}}{tag}"


def _append_text(parent, text):
    if not text:
        return
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


class _ToInline(HTMLParser):
    def __init__(self, root):
        super().__init__(convert_charrefs=True)
        self.stack = [root]
        self.number = 0

    def _code(self, kind, tag):
        self.number += 1
        element = etree.SubElement(self.stack[-1], _q(kind), id=str(self.number), ctype=f"x-html-{tag}")
        element.set(ORIGINAL, self.get_starttag_text())
        return element

    def handle_starttag(self, tag, attrs):
        if tag in EMPTY_ELEMENTS:
            self._code("x", tag)
        else:
            self.stack.append(self._code("g", tag))

    def handle_startendtag(self, tag, attrs):
        self._code("x", tag)

    def handle_endtag(self, tag):
        if tag in EMPTY_ELEMENTS:
            return
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].get("ctype") == f"x-html-{tag}":
                del self.stack[depth:]
                return

    def handle_data(self, data):
        _append_text(self.stack[-1], data)


def fill_inline(element, html):
    """Put ``html`` into ``element`` (a ``<source>`` or ``<target>``) as text and inline codes."""
    parser = _ToInline(element)
    parser.feed(html or "")
    parser.close()
    return element


def _escape(text):
    return (text or "").replace("&", "&amp;").replace("\xa0", "&nbsp;").replace("<", "&lt;").replace(">", "&gt;")


def _codes(source):
    """``{id: original start tag}`` of the codes in a unit's ``<source>``."""
    if source is None:
        return {}
    return {code.get("id"): code.get(ORIGINAL) for code in source.iter(_q("g"), _q("x")) if code.get(ORIGINAL)}


def _start_tag(code, known):
    """The code's start tag and element name, or ``(None, None)`` when it names no element."""
    original = code.get(ORIGINAL) or known.get(code.get("id"))
    if original:
        match = START_TAG.match(original)
        if match:
            return original, match[1]
    ctype = code.get("ctype") or ""
    if ctype.startswith("x-html-") and re.fullmatch(r"[a-z][a-z0-9]*", ctype[7:]):
        return f"<{ctype[7:]}>", ctype[7:]
    return None, None


def _rebuild(element, known):
    parts = [_escape(element.text)]
    for child in element:
        if not isinstance(child.tag, str):  # a comment or processing instruction: its tail is text
            parts.append(_escape(child.tail))
            continue
        local = etree.QName(child).localname
        if local in ("g", "x", "bx", "ex"):
            start, name = _start_tag(child, known)
            if local == "g":
                inner = _rebuild(child, known)
                parts.append(f"{start}{inner}</{name}>" if start else inner)
            elif start:
                parts.append(start)
        else:  # <mrk>, <bpt>…: keep what they hold as text
            parts.append(_rebuild(child, known))
        parts.append(_escape(child.tail))
    return "".join(parts)


def read_inline(target, source=None):
    """The HTML of a ``<target>`` (the codes' tags from ``mdk:html`` or from the ``<source>``), not yet sanitised."""
    return _rebuild(target, _codes(source))


def read_plain(element):
    """The text of a plain-text ``<target>`` (any inline markup dropped)."""
    return "".join(element.itertext())
