"""The app icons in ``static/img/``: the portal's own mark, a white "M" on the brand blue.

``python -m portal.offline.icons`` draws them again (Pillow): ``icon.svg`` (any size), ``icon-192.png`` and
``icon-512.png`` (rounded square) and ``icon-maskable-512.png`` (full bleed, the mark inside the safe zone that a
phone's mask never cuts). tests/portal/test_offline.py checks the committed files' sizes.
"""

from pathlib import Path

from PIL import Image, ImageDraw

THEME_COLOUR = "#0b4f8c"  # the accent --c-brand of static/css/tokens.css
IMG = Path(__file__).resolve().parents[2] / "static" / "img"
# The "M" on a 32-unit grid (the favicon's shape).
MARK = [(8, 22), (8, 10), (12, 10), (16, 16), (20, 10), (24, 10), (24, 22), (20, 22), (20, 16), (16, 22), (12, 16),
        (12, 22)]  # fmt: skip
OVERSAMPLE = 4  # drawn larger and scaled down, for smooth edges


def svg():
    points = " ".join(f"{x},{y}" for x, y in MARK)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">'
        f'<rect width="32" height="32" rx="6" fill="{THEME_COLOUR}"/>'
        f'<polygon points="{points}" fill="#fff"/></svg>\n'
    )


def png(size, *, maskable=False):
    big = size * OVERSAMPLE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    if maskable:
        draw.rectangle((0, 0, big, big), fill=THEME_COLOUR)
        scale, offset = big / 32 * 0.8, big * 0.1  # the mark (grid 8–24) centred, 40 % wide: inside the safe zone
    else:
        draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=big * 6 // 32, fill=THEME_COLOUR)
        scale, offset = big / 32, 0
    draw.polygon([(offset + x * scale, offset + y * scale) for x, y in MARK], fill="#ffffff")
    return image.resize((size, size), Image.Resampling.LANCZOS)


def write():
    (IMG / "icon.svg").write_text(svg(), encoding="utf-8")
    png(192).save(IMG / "icon-192.png", optimize=True)
    png(512).save(IMG / "icon-512.png", optimize=True)
    png(512, maskable=True).save(IMG / "icon-maskable-512.png", optimize=True)


if __name__ == "__main__":
    write()
