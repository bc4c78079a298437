"""The staff style guide (``/<lang>/styleguide/``): the design tokens of static/css/tokens.css with their contrast
ratios, the portal's icons and its shared components, so new pages reuse them. Staff only; never indexed."""

from pathlib import Path
from urllib.parse import quote

from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.staticfiles import finders
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from portal import design_tokens


def _svg_data_uri(svg):
    return "data:image/svg+xml," + quote(svg, safe="")


def _swatch(value):
    return _svg_data_uri(
        '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="40">'
        f'<rect x="0.5" y="0.5" width="63" height="39" rx="6" fill="{value}" stroke="#6b7681"/></svg>'
    )


def _bar(value):
    rem = float(value.removesuffix("rem"))
    width = round(rem * 16)
    return _svg_data_uri(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="16">'
        f'<rect width="{width}" height="16" fill="#0b4f8c"/></svg>'
    ), width


def icon_names():
    folder = Path(finders.find("img/icons/phone.svg")).parent
    return sorted(path.stem for path in folder.glob("*.svg"))


@never_cache
@staff_member_required
def styleguide(request):
    tokens = design_tokens.tokens()
    colours = [
        {"name": name, "value": value, "swatch": _swatch(value)} for name, value in design_tokens.colour_tokens()
    ]
    spaces = []
    for name, value in tokens.items():
        if name.startswith("--space-") and value.endswith("rem"):
            image, width = _bar(value)
            spaces.append({"name": name, "value": value, "bar": image, "width": width})
    steps = [(name, value) for name, value in tokens.items() if name.startswith("--step")]
    others = [
        (name, value)
        for name, value in tokens.items()
        if not name.startswith(("--space-", "--step", "--c-")) and name != "--font-sans"
    ]
    return render(
        request,
        "portal/styleguide.html",
        {
            "colours": colours,
            "pairs": design_tokens.pairs(),
            "spaces": spaces,
            "steps": steps,
            "others": others,
            "font": tokens.get("--font-sans", ""),
            "icons": icon_names(),
            "noindex": True,
        },
    )
