"""Rich text: one field type for formatted content, sanitised on every path that stores or shows it.

The admin edits it with django-prose-editor, limited to what the portal's stylesheet supports, started by our own
preset (static/js/admin/richtext-editor.js, see DJANGO_PROSE_EDITOR_PRESETS): German tooltips and dialogs, tables
with a header row, spell-checking in the field's language (``lang``) and direction (``dir``). The same
allow-list is enforced by nh3 (Ammonia) when the value is written to the database (``get_prep_value``
covers admin forms, imports, management commands and plain ORM saves) and again when it is rendered
(``{{ value|richtext }}``), so nothing stored by any other route reaches a page as live markup.
"""

import html as html_module
import re

import nh3
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django_prose_editor.fields import ProseEditorField

EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto", "tel"]},
    "Table": True,
    "TableRow": True,
    "TableHeader": True,
    "TableCell": True,
    "HardBreak": True,
    "NoSpellCheck": False,  # django-prose-editor switches the browser's spell-checking off unless told otherwise
}
EDITOR_PRESET = "portal"

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "h2", "h3", "h4", "ul", "ol", "li", "a",
    "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "hreflang", "lang", "dir"},
    "p": {"dir", "lang"},
    "h2": {"dir", "lang"},
    "h3": {"dir", "lang"},
    "h4": {"dir", "lang"},
    "li": {"dir", "lang"},
    "ul": {"dir"},
    "ol": {"dir", "start"},
    "table": {"dir"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
}
_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    url_schemes={"http", "https", "mailto", "tel"},
    link_rel="noopener noreferrer",
    strip_comments=True,
)


# C0 control characters other than tab, line feed and carriage return (Word pastes a vertical tab for a line
# break), and the code points XML forbids: lxml refuses a text holding any of them ("All strings must be XML
# compatible"). Vertical tab and form feed separate words, so they become a space.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SEPARATORS = re.compile("[\x0b\x0c]")


def without_control_characters(text):
    """``text`` without the characters no XML parser takes (see ``_CONTROL``): before lxml, and before storing."""
    if not text:
        return text
    text = str(text)
    return _CONTROL.sub("", _SEPARATORS.sub(" ", text))


def sanitize(html):
    """Return ``html`` reduced to the portal's allow-list (empty editor paragraphs become '')."""
    if not html:
        return ""
    cleaned = _cleaner.clean(without_control_characters(str(html))).strip()
    return "" if cleaned in {"<p></p>", "<p><br></p>"} else cleaned


class RichTextField(ProseEditorField):
    """A TextField holding sanitised HTML, edited with the prose editor in the admin."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("extensions", EDITOR_EXTENSIONS)
        kwargs.setdefault("preset", EDITOR_PRESET)
        kwargs["sanitize"] = sanitize
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return sanitize(value) if value else value

    def pre_save(self, model_instance, add):
        value = sanitize(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        kwargs.pop("extensions", None)
        kwargs.pop("sanitize", None)
        kwargs.pop("preset", None)
        return name, "portal.richtext.RichTextField", args, kwargs


_TABLE_TAG = re.compile(r"<(/?)table\b[^>]*>", re.IGNORECASE)
_FIRST_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.IGNORECASE | re.DOTALL)
_HEADER_CELL = re.compile(r"<th\b[^>]*>(.*?)</th>", re.IGNORECASE | re.DOTALL)


def _region_label(table):
    """The accessible name of a table's scroll region: its column headings, or just "Table"."""
    row = _FIRST_ROW.search(table)
    headings = (
        [html_module.unescape(strip_tags(cell)).strip() for cell in _HEADER_CELL.findall(row.group(1))] if row else []
    )
    headings = [heading for heading in headings if heading]
    if not headings:
        return gettext("Table")
    return gettext("Table: %(headings)s") % {"headings": ", ".join(headings)}


def wrap_tables(html):
    """Every outermost table of sanitised ``html`` inside the scroll region the templates use (``.table-scroll``:
    a focusable region named after the table's column headings, with the shadow that shows more to scroll), so a
    wide table scrolls by itself instead of the page."""
    pieces = []
    depth = 0
    start = position = 0
    for match in _TABLE_TAG.finditer(html):
        if not match.group(1):
            if depth == 0:
                pieces.append(html[position : match.start()])
                start = match.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                table = html[start : match.end()]
                label = escape(_region_label(table))
                pieces.append(
                    f'<div class="table-scroll" role="region" tabindex="0" aria-label="{label}">{table}</div>'
                )
                position = match.end()
    pieces.append(html[position:] if depth == 0 else html[start:])
    return "".join(pieces)


def render_richtext(value):
    """Sanitise once more on the way out, put tables into their scroll region and mark the result safe."""
    return mark_safe(wrap_tables(sanitize(value)))  # sanitised just above; the wrapper's label is escaped
