"""The design tokens of static/css/tokens.css, read for the staff style guide and the contrast test.

tokens.css is the one source: its custom properties are the tokens, and its ``pair:`` lines name the colour pairs
the pages put together with the level each must reach (AAA body text 7:1, AA 4.5:1, UI 3:1, WCAG 2.2).
"""

import re
from dataclasses import dataclass

from django.contrib.staticfiles import finders

TOKEN = re.compile(r"(?<![\w-])(--[\w-]+)\s*:\s*([^;{}]+);")
PAIR = re.compile(r"^\s*pair:\s*(--[\w-]+)\s+on\s+(--[\w-]+)\s+(AAA|AA|UI)\s*$", re.M)
HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
VAR = re.compile(r"^var\((--[\w-]+)\)$")
REQUIRED = {"AAA": 7.0, "AA": 4.5, "UI": 3.0}


@dataclass(frozen=True)
class Pair:
    foreground: str
    background: str
    level: str
    foreground_value: str
    background_value: str
    ratio: float

    @property
    def required(self):
        return REQUIRED[self.level]

    @property
    def passes(self):
        return self.ratio >= self.required


def stylesheet_text():
    path = finders.find("css/tokens.css")
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def tokens(text=None):
    """Every token in file order: name → value, ``var(--other)`` resolved."""
    text = stylesheet_text() if text is None else text
    raw = {name: " ".join(value.split()) for name, value in TOKEN.findall(text)}
    resolved = {}
    for name, value in raw.items():
        seen = set()
        while (match := VAR.match(value)) and match.group(1) in raw and match.group(1) not in seen:
            seen.add(match.group(1))
            value = raw[match.group(1)]
        resolved[name] = value
    return resolved


def _luminance(hex_colour):
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first, second):
    """WCAG contrast ratio of two ``#rrggbb`` colours."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def pairs(text=None):
    """The colour pairs tokens.css names, with their ratio (a pair of unknown or non-hex tokens: ValueError)."""
    text = stylesheet_text() if text is None else text
    values = tokens(text)
    result = []
    for foreground, background, level in PAIR.findall(text):
        front, back = values.get(foreground, ""), values.get(background, "")
        if not (HEX.match(front) and HEX.match(back)):
            raise ValueError(f"{foreground} on {background}: not two #rrggbb tokens")
        result.append(Pair(foreground, background, level, front, back, round(contrast(front, back), 2)))
    return result


def colour_tokens():
    """(name, value) of the colour tokens, for the style guide's swatches."""
    return [(name, value) for name, value in tokens().items() if HEX.match(value)]
