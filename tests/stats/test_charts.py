"""Charts are inline SVG with one mark per category in the right proportion, and a matching table."""

import math
import re
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from django.utils import translation

from stats.charts import PALETTE, bar_chart, pie_chart, stacked_bar_chart
from stats.table import build_table
from tests.factories.stats import DatasetFactory, rows, series

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"

RESETTLEMENT = [("USA", [Decimal("80.6")]), ("Australia", [Decimal("12.9")]), ("Canada", [Decimal("6.5")])]


def parse(svg):
    return ET.fromstring(str(svg))  # noqa: S314 - our own output, in a test


def test_bar_chart_has_one_bar_per_category_in_proportion():
    root = parse(bar_chart(build_table(["Per cent"], RESETTLEMENT), "percent", "Resettlement"))
    assert root.get("role") == "img"
    assert root.find(f"{SVG}title").text == "Resettlement"
    assert "3 categories" in root.find(f"{SVG}desc").text
    bars = root.findall(f"{SVG}rect[@class='chart__bar']")
    assert [bar.get("data-category") for bar in bars] == ["USA", "Australia", "Canada"]
    widths = [float(bar.get("width")) for bar in bars]
    for width, (_name, [value]) in zip(widths, RESETTLEMENT, strict=True):
        assert width / widths[0] == pytest.approx(float(value / Decimal("80.6")), abs=0.001)
    labels = [text.text for text in root.findall(f"{SVG}text")]
    assert "80.6%" in labels and "6.5%" in labels  # value labels, not colour alone


def test_bar_chart_mirrors_in_right_to_left():
    table = build_table(["Per cent"], RESETTLEMENT)
    ltr = parse(bar_chart(table, "percent", "t")).findall(f"{SVG}rect[@class='chart__bar']")
    rtl_root = parse(bar_chart(table, "percent", "t", rtl=True))
    rtl = rtl_root.findall(f"{SVG}rect[@class='chart__bar']")
    assert rtl_root.get("direction") == "rtl"
    width = float(rtl_root.get("viewBox").split()[2])
    for left, right in zip(ltr, rtl, strict=True):
        assert float(left.get("x")) == 0
        assert float(right.get("x")) + float(right.get("width")) == pytest.approx(width)


def _angle(cx, cy, x, y):
    return math.degrees(math.atan2(x - cx, cy - y)) % 360


@pytest.mark.parametrize("donut", [False, True])
def test_pie_chart_has_one_slice_per_category_with_the_right_angle(donut):
    root = parse(pie_chart(build_table(["Per cent"], RESETTLEMENT), "percent", "Resettlement", donut=donut))
    slices = root.findall(f"{SVG}path[@class='chart__slice']")
    assert [path.get("data-category") for path in slices] == ["USA", "Australia", "Canada"]
    total = sum(float(values[0]) for _name, values in RESETTLEMENT)
    cx, cy = 200, 110
    for path, (_name, [value]) in zip(slices, RESETTLEMENT, strict=True):
        numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", path.get("d"))]
        if donut:  # M x1 y1 A r r 0 large sweep x2 y2 ...
            start, end = (numbers[0], numbers[1]), (numbers[7], numbers[8])
        else:  # M cx cy L x1 y1 A r r 0 large sweep x2 y2 Z
            start, end = (numbers[2], numbers[3]), (numbers[9], numbers[10])
        sweep = (_angle(cx, cy, *end) - _angle(cx, cy, *start)) % 360
        assert sweep == pytest.approx(float(value) / total * 360, abs=0.5)


def test_stacked_bar_chart_splits_each_category_by_series_and_names_the_series():
    table = build_table(
        ["Female", "Male"], [("0–4", [Decimal(30), Decimal(10)]), ("5–17", [Decimal(20), Decimal(20)])]
    )
    root = parse(stacked_bar_chart(table, "people", "Age"))
    segments = root.findall(f"{SVG}rect[@class='chart__segment']")
    assert len(segments) == 4
    widths = [float(segment.get("width")) for segment in segments]
    assert widths[0] / widths[1] == pytest.approx(3, rel=0.01)
    assert widths[0] + widths[1] == pytest.approx(widths[2] + widths[3], rel=0.01)  # totals 40 and 40
    assert {"Female", "Male"} <= {text.text for text in root.findall(f"{SVG}text")}  # legend in words


def _luminance(hex_colour):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


@pytest.mark.parametrize("colour", PALETTE)
def test_chart_colours_keep_three_to_one_contrast_with_white(colour):
    assert (1.05) / (_luminance(colour) + 0.05) >= 3


def test_dataset_block_renders_chart_and_the_same_numbers_as_a_table(client, home_page, data_page):
    from tests.factories.home import StandardPageFactory

    dataset = DatasetFactory(
        display="pie",
        unit="people",
        series=series("Refugees"),
        rows=rows(("Myanmar", "1984"), ("Afghanistan", "168"), ("Other", "30"), ("Stateless", "3")),
    )
    page = StandardPageFactory(
        parent=home_page, body=[("dataset", {"dataset": dataset, "display": "default", "caption": "Origins"})]
    )
    html = client.get(page.url).content.decode()
    # One slice per shown category; a suppressed count is never drawn, so its size cannot be measured,
    # nor is "Other", hidden with it so that 3 cannot be worked out from the total (secondary suppression).
    assert html.count('class="chart__slice"') == 2
    assert '<svg class="chart chart--pie" role="img"' in html
    table = html[html.index('<table class="data-table">') : html.index("</table>")]
    cells = re.findall(
        r'<th scope="row" dir="auto">([^<]+)</th><td class="data-table__number">([^<]+)</td>', table
    )
    assert cells == [
        ("Myanmar", "1,984"),
        ("Afghanistan", "168"),
        ("Other", "*"),
        ("Stateless", "*"),
    ]  # 3 < 5: suppressed; 30, the smallest other count, hidden with it
    assert "* Fewer than 5, or hidden as well" in html
    assert '<caption dir="auto">Origins</caption>' in html


def test_dataset_block_in_arabic_draws_a_mirrored_chart(home_page):
    from stats.blocks import BodyStreamBlock

    dataset = DatasetFactory()
    raw = [{"type": "dataset", "value": {"dataset": dataset.pk, "display": "chart", "caption": ""}}]
    value = BodyStreamBlock().to_python(raw)
    with translation.override("ar"):
        html = value.render_as_block()
    assert 'direction="rtl"' in html
    with translation.override("en"):
        assert 'direction="ltr"' in BodyStreamBlock().to_python(raw).render_as_block()
