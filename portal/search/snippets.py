"""Result snippets: plain text around the searched words, escaped, with only the highlight marks as markup."""

import html
import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

# Private-use characters never found in real text: PostgreSQL's ts_headline wraps matches in them, and they are
# turned into <mark> only after everything else has been escaped.
MARK_START = "\ue000"
MARK_STOP = "\ue001"
SNIPPET_LENGTH = 220
_TAG = re.compile(r"<[^<>]*>")
_MARKED = re.compile(f"{MARK_START}(.*?){MARK_STOP}", re.DOTALL)


def plain_text(value):
    """Rich text (sanitised HTML) as plain text: tags become spaces, entities decoded, whitespace collapsed."""
    text = html.unescape(strip_tags(_TAG.sub(" ", str(value or ""))))
    return " ".join(text.split())


def render_marked(text):
    """Escape plain ``text`` and turn the private-use marks into <mark> elements; stray marks are dropped."""
    parts = []
    position = 0
    for match in _MARKED.finditer(text):
        parts.append(_clean(text[position : match.start()]))
        parts.append(f"<mark>{_clean(match.group(1))}</mark>")
        position = match.end()
    parts.append(_clean(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece is escaped above


def has_marks(text):
    return bool(text) and MARK_START in text


def _clean(fragment):
    return escape(fragment.replace(MARK_START, "").replace(MARK_STOP, ""))


def snippet_around(text, words, *, length=SNIPPET_LENGTH):
    """A piece of plain ``text`` around the first of ``words`` it contains, every occurrence marked."""
    if not text:
        return ""
    folded = text.casefold()
    positions = [folded.find(word.casefold()) for word in words if word]
    positions = [position for position in positions if position >= 0]
    start = max(0, min(positions) - length // 3) if positions else 0
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 20 else start
    piece = text[start : start + length]
    if start + length < len(text):
        cut = piece.rfind(" ")
        piece = (piece[:cut] if cut > length // 2 else piece) + " …"
    if start:
        piece = "… " + piece
    if words:
        pattern = re.compile(
            "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True) if word), re.IGNORECASE
        )
        piece = pattern.sub(lambda match: f"{MARK_START}{match.group(0)}{MARK_STOP}", piece)
    return render_marked(piece)


def shortened(text, *, length=SNIPPET_LENGTH):
    """Escaped plain text, cut at a word boundary."""
    return escape(cut_plain(plain_text(text), length=length))


def cut_plain(text, *, length=SNIPPET_LENGTH):
    """Plain ``text`` cut at a word boundary (not escaped: ``shortened`` without its first and last step)."""
    if len(text) > length:
        cut = text.rfind(" ", 0, length)
        text = text[: cut if cut > length // 2 else length] + " …"
    return text
