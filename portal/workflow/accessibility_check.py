"""An accessibility check of a rich-text body before it is submitted: heading order, link texts that say
nothing out of context ("hier", "mehr"), tables without a header row, images without alt text.

The page's own heading (h1) is its title, so a body starts at level 2 and never skips a level going down
(WCAG 1.3.1, 2.4.6, 2.4.4). Each problem names what it found, so the editor can find it.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from lxml import html as lxml_html

from portal.richtext import without_control_characters

VAGUE_LINK_TEXTS = frozenset(
    {
        "hier", "mehr", "weiter", "link", "klicken sie hier", "hier klicken", "mehr erfahren", "mehr infos",
        "mehr informationen", "weiterlesen", "details", "click here", "here", "more", "read more",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Problem:
    kind: str  # heading, link, table, image
    message: str


def _text(element):
    return " ".join(element.text_content().split())


def check(body_html):
    """[Problem] of the rich text ``body_html`` (empty when it is fine)."""
    if not body_html or "<" not in str(body_html):
        return []
    root = lxml_html.fragment_fromstring(without_control_characters(str(body_html)), create_parent="div")
    problems = []
    level = 1
    for heading in root.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        found = int(heading.tag[1])
        if found == 1:
            message = _("“%(text)s” is a level 1 heading: the page title is the only one; start at level 2.")
            problems.append(Problem("heading", message % {"text": _text(heading)}))
        elif found > level + 1:
            problems.append(
                Problem("heading", _("“%(text)s” (level %(found)d) skips a level after level %(level)d.")
                        % {"text": _text(heading), "found": found, "level": level})
            )  # fmt: skip
        level = found
    for link in root.iter("a"):
        text = _text(link).strip(" .:!…").lower()
        if not text:
            problems.append(Problem("link", _("A link has no text.")))
        elif text in VAGUE_LINK_TEXTS:
            problems.append(
                Problem("link", _("The link text “%(text)s” says nothing on its own: name where the link leads.")
                        % {"text": _text(link)})
            )  # fmt: skip
    for number, table in enumerate(root.iter("table"), start=1):
        if not table.xpath(".//th"):
            problems.append(
                Problem("table", _("Table %(number)d has no header row: mark its first row as header.")
                        % {"number": number})
            )  # fmt: skip
    for image in root.iter("img"):
        if image.get("alt") is None:
            problems.append(Problem("image", _("An image has no alternative text.")))
    return problems
