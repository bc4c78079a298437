"""Funded projects: filters (bad values ignored with a note), chart with text alternative, CSV that adds up."""

import csv
import io
import re
from decimal import Decimal

import pytest
from lxml import html as lxml_html

from portal.spreadsheet_cells import neutralise_formula
from tests.funding.factories import make_block, make_programme, make_project

pytestmark = pytest.mark.django_db


@pytest.fixture
def projects():
    state = make_programme(slug="land", name_de="Landesprogramm")
    city = make_programme(slug="stadt", name_de="Stadtfonds")
    block = make_block(state, "B")
    make_project(programme=state, building_block=block, year=2023, amount="1000.50", district="eving")
    make_project(programme=state, year=2024, amount="2500.00", district="hoerde")
    make_project(programme=city, year=2024, amount="499.99", district="eving")
    make_project(programme=city, year=2025, amount="1200.00", district="mengede")
    make_project(programme=city, year=2025, amount="800.00", district="eving", status="draft")  # not public
    return {"state": state, "city": city}


def _page(client, query=""):
    response = client.get(f"/en/funding/funded-projects/{query}")
    assert response.status_code == 200
    return response.content.decode()


def _year_table(html):
    """{year: total} from the chart's text alternative (the table of totals per year)."""
    tree = lxml_html.fromstring(html)
    rows = tree.xpath('//table[contains(@class, "year-table")]/tbody/tr')
    totals = {}
    for row in rows:
        year = row.xpath("string(th)").strip()
        amount = row.xpath("string(td[2])").replace("\xa0€", "").replace(",", "").strip()
        totals[int(year)] = Decimal(amount)
    return totals


def _csv(client, query=""):
    response = client.get(f"/en/funding/funded-projects.csv{query}")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    return rows[0], rows[1:]


def _csv_totals(rows):
    totals = {}
    for row in rows:
        totals[int(row[0])] = totals.get(int(row[0]), Decimal(0)) + Decimal(row[6].replace(",", "."))
    return totals


@pytest.mark.parametrize(
    "query", ["", "?year=2024", "?programme=stadt", "?district=eving", "?year=2024&district=eving"]
)
def test_csv_sums_equal_page_totals_for_same_filters(client, projects, query):
    page_totals = _year_table(_page(client, query))
    header, rows = _csv(client, query)
    assert header[0] == "Year" and header[-1] == "Amount (EUR)"
    assert _csv_totals(rows) == page_totals
    assert page_totals  # every filter here matches something


def test_page_totals_cover_published_projects_only(client, projects):
    assert _year_table(_page(client)) == {2023: Decimal("1000.50"), 2024: Decimal("2999.99"), 2025: Decimal("1200.00")}


def test_filters_narrow_the_list(client, projects):
    html = _page(client, "?programme=stadt&year=2025")
    assert _year_table(html) == {2025: Decimal("1200.00")}
    assert '<option value="stadt" selected>' in html


@pytest.mark.parametrize(
    "query",
    ["?year=abc", "?year=1999", "?programme=nope", "?district=<script>", "?year=2024&year=%00", "?page=x&year=9" * 3],
)
def test_bad_filter_values_are_ignored_with_a_note(client, projects, query):
    html = _page(client, query)
    assert "not understood and has been ignored" in html or "not understood and have been ignored" in html
    assert "<script>" not in html.split("<main", 1)[1]


def test_bad_filter_value_keeps_the_good_ones(client, projects):
    html = _page(client, "?year=2024&district=atlantis")
    assert "District" in html.split("ignored", 1)[1][:80]
    assert _year_table(html) == {2024: Decimal("2999.99")}


def test_chart_is_accessible_svg_with_one_bar_per_year(client, projects):
    tree = lxml_html.fromstring(_page(client))
    svg = tree.xpath("//svg")[0]
    assert svg.get("role") == "img"
    title = svg.xpath("title")[0]
    assert svg.get("aria-labelledby") == title.get("id")
    assert "table below" in title.text_content()
    bars = svg.xpath('rect[contains(@class, "year-chart__bar")]')
    assert len(bars) == 3
    heights = [float(bar.get("height")) for bar in bars]
    assert max(heights) == heights[1]  # 2024 has the largest total
    assert tree.xpath('//table[contains(@class, "year-table")]/caption')


def test_csv_neutralises_formulas(client, projects):
    make_project(programme=projects["city"], organisation_de='=HYPERLINK("http://x")', title_de="+SUM(A1)", year=2022)
    header, rows = _csv(client, "?year=2022")
    assert rows[0][1] == '\'=HYPERLINK("http://x")'
    assert rows[0][2] == "'+SUM(A1)"


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])
def test_neutralise_formula_prefixes_dangerous_starts(text):
    assert neutralise_formula(text) == "'" + text


def test_neutralise_formula_leaves_plain_text():
    assert neutralise_formula("Verein e. V. – 2024") == "Verein e. V. – 2024"


def test_empty_selection_says_so(client, projects):
    html = _page(client, "?district=scharnhorst")
    assert "No funded project matches these filters." in html
    assert re.search(r"0 projects", html)


def test_long_lists_are_paginated_keeping_the_filters(client, projects):
    for number in range(60):
        make_project(programme=projects["city"], year=2021, amount="10.00", title_de=f"Viele {number}")
    html = _page(client, "?year=2021")
    assert 'href="?year=2021&amp;page=2"' in html
    second = _page(client, "?year=2021&page=2")
    assert second.count("Viele ") == 10
    assert _year_table(second) == {2021: Decimal("600.00")}  # totals cover the whole selection, not one page


def test_projects_of_a_draft_programme_stay_hidden(client, projects):
    hidden = make_programme(slug="geheim", name_de="Entwurfsprogramm", status="draft")
    make_project(programme=hidden, year=2024, amount="999.00")
    html = _page(client)
    assert "Entwurfsprogramm" not in html and 'value="geheim"' not in html
    assert _year_table(html)[2024] == Decimal("2999.99")
    assert _csv_totals(_csv(client)[1])[2024] == Decimal("2999.99")
