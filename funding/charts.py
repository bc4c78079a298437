"""A small bar chart of funding per year, computed on the server and drawn as inline SVG by the template.

No script and no style attribute (the CSP allows neither): the template places rectangles and labels at the
coordinates computed here and colours them through classes in static/css/funding.css.
"""

from dataclasses import dataclass
from decimal import Decimal

WIDTH = 640
HEIGHT = 260
PLOT_TOP = 28  # room for the value labels above the tallest bar
PLOT_BOTTOM = 228  # the baseline; the year labels sit below it
SIDE = 16
GAP_SHARE = Decimal("0.3")  # part of each slot left empty between bars


@dataclass(frozen=True)
class Bar:
    year: int
    total: Decimal
    x: float
    y: float
    width: float
    height: float

    @property
    def centre(self):
        return round(self.x + self.width / 2, 1)

    @property
    def value_y(self):
        return round(self.y - 6, 1)


@dataclass(frozen=True)
class BarChart:
    bars: list
    width: int = WIDTH
    height: int = HEIGHT
    baseline: int = PLOT_BOTTOM

    @property
    def view_box(self):
        return f"0 0 {self.width} {self.height}"

    @property
    def label_y(self):
        return self.baseline + 20


def year_bar_chart(year_totals):
    """Bars for ``year_totals`` (objects with ``year`` and ``total``), oldest year on the left."""
    if not year_totals:
        return BarChart(bars=[])
    largest = max(item.total for item in year_totals) or Decimal("1")
    slot = Decimal(WIDTH - 2 * SIDE) / len(year_totals)
    bar_width = slot * (1 - GAP_SHARE)
    plot_height = Decimal(PLOT_BOTTOM - PLOT_TOP)
    bars = []
    for index, item in enumerate(year_totals):
        height = plot_height * item.total / largest
        if item.total > 0:
            height = max(height, Decimal(2))  # a tiny amount stays visible
        x = SIDE + slot * index + (slot - bar_width) / 2
        bars.append(
            Bar(
                year=item.year,
                total=item.total,
                x=round(float(x), 1),
                y=round(float(PLOT_BOTTOM - height), 1),
                width=round(float(bar_width), 1),
                height=round(float(height), 1),
            )
        )
    return BarChart(bars=bars)
