from decimal import Decimal

from funding.charts import PLOT_BOTTOM, PLOT_TOP, WIDTH, year_bar_chart
from funding.transparency import YearTotal


def test_year_bar_chart_scales_to_the_largest_year():
    chart = year_bar_chart([YearTotal(2023, Decimal("500"), 1), YearTotal(2024, Decimal("1000"), 2)])
    small, large = chart.bars
    assert large.height == PLOT_BOTTOM - PLOT_TOP
    assert small.height == (PLOT_BOTTOM - PLOT_TOP) / 2
    assert small.y + small.height == PLOT_BOTTOM == large.y + large.height
    assert small.x < large.x and large.x + large.width <= WIDTH


def test_year_bar_chart_keeps_tiny_amounts_visible_and_handles_zero_and_empty():
    chart = year_bar_chart([YearTotal(2023, Decimal("1"), 1), YearTotal(2024, Decimal("100000"), 1)])
    assert chart.bars[0].height >= 2
    assert year_bar_chart([YearTotal(2023, Decimal("0"), 1)]).bars[0].height == 0
    assert year_bar_chart([]).bars == []
