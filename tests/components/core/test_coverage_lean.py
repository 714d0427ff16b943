"""The /sources coverage grid as an SVG drawn on the server (components/core/coverage.py, docs/performance.md §21):
a cell per indicator and year, a number in every filled cell and none in a gap, names whole and escaped, a
title per filled cell saying how many regions, and the same bytes for the same table."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from components.core import coverage, store
from components.core.coverage import COVERAGE_BACKGROUND, COVERAGE_FONT, HIGH, LOW, coverage_image, coverage_svg, text_px
from components.core.figures import FONT_FAMILY
from components.core.i18n import name

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(autouse=True)
def _store(loaded_store):
    return loaded_store


def _parse(text: str) -> ET.Element:
    return ET.fromstring(text)


def _expected(lang: str = "zh"):
    """(names, years, counts) straight from store.coverage(), the table the grid draws."""
    frame = store.coverage()
    names = [name(store.table().indicators.get(i, {"id": i}), lang) for i in frame.index]
    return names, [int(y) for y in frame.columns], frame.to_numpy().tolist()


def _cells(root: ET.Element) -> list[dict]:
    """Every filled cell: its rectangle, number and title."""
    out = []
    for group in root.iter(f"{SVG}g"):
        rect, text, title = group.find(f"{SVG}rect"), group.find(f"{SVG}text"), group.find(f"{SVG}title")
        if rect is not None and title is not None:
            out.append({"x": float(rect.get("x")), "y": float(rect.get("y")), "fill": rect.get("fill"),
                        "number": text.text if text is not None else None, "title": title.text})
    return out


def _labels(root: ET.Element) -> tuple[list[str], list[str]]:
    """(names down the left, years across the top) as drawn."""
    names = [t.text for t in root.iter(f"{SVG}text") if t.get("x") is not None and t.get("transform") is None
             and t.get("y") is not None and t.text and not t.text.isdigit()]
    years = [t.text for t in root.iter(f"{SVG}text") if (t.get("transform") or "").endswith("rotate(-90)")]
    return names, years


def test_the_grid_has_a_cell_per_indicator_and_year_and_a_number_in_every_filled_cell_only():
    names, years, counts = _expected()
    svg = coverage_svg("zh")
    root = _parse(svg)
    drawn_names, drawn_years = _labels(root)
    assert drawn_names == names and drawn_years == [str(y) for y in years]  # every row and column, in order
    geo = coverage.geometry(names, years, max(max(row) for row in counts))
    cells = {(round((c["y"] - geo.top) / geo.cell_h), round((c["x"] - geo.left) / geo.cell_w)): c for c in _cells(root)}
    filled = {(i, j) for i, row in enumerate(counts) for j, n in enumerate(row) if n > 0}
    assert set(cells) == filled and filled  # a cell at each filled (indicator, year), none at a gap
    for (i, j), cell in cells.items():
        assert cell["number"] == str(counts[i][j])
    # the numbers are the filled cells' and nothing else's: the empty cells are the background, with no text
    numbers = [t for t in root.iter(f"{SVG}text") if t.text and t.text.isdigit() and t.get("transform") is None]
    assert len(numbers) == len(filled)
    background = [r for r in root.iter(f"{SVG}rect") if r.get("fill") == COVERAGE_BACKGROUND]
    assert len(background) == 1
    assert float(background[0].get("width")) == geo.cell_w * len(years) - 1
    assert float(background[0].get("height")) == geo.cell_h * len(names) - 1
    # a gap year stays a gap (Tianjin's 2016 GDP is missing), and an indicator without data is an empty row
    gdp = names.index("地区生产总值")
    assert cells[(gdp, years.index(2016))]["number"] == "1" and cells[(gdp, years.index(2024))]["number"] == "3"
    empty = names.index("暂无数据的指标")
    assert not [key for key in cells if key[0] == empty]


def test_cells_are_coloured_on_the_heatmaps_green_scale_with_a_line_between_them():
    root = _parse(coverage_svg("zh"))
    cells = _cells(root)
    top = max(int(c["number"]) for c in cells)
    assert {c["fill"] for c in cells if c["number"] == "1"} == {LOW}
    assert {c["fill"] for c in cells if c["number"] == str(top)} == {HIGH}
    assert coverage.cell_color(2, 3) == "#64b284"  # halfway, as plotly interpolates
    rects = [r for r in root.iter(f"{SVG}rect") if r.get("fill") not in (COVERAGE_BACKGROUND, "#fff")]
    geo = coverage.geometry(*_expected()[:2], top)
    # one pixel short of the cell: the background shows through as a 1-px line between cells
    assert {(float(r.get("width")), float(r.get("height"))) for r in rects} == {(geo.cell_w - 1, geo.cell_h - 1)}


def test_every_filled_cell_says_how_many_regions_in_its_title():
    for lang, word in (("zh", "个地区"), ("en", " regions")):
        names, years, counts = _expected(lang)
        titles = sorted(c["title"] for c in _cells(_parse(coverage_svg(lang))))
        want = sorted(f"{names[i]} · {years[j]}: {n}{word}" for i, row in enumerate(counts) for j, n in enumerate(row) if n)
        assert titles == want
    assert "地区生产总值 · 2024: 3个地区" in [c["title"] for c in _cells(_parse(coverage_svg("zh")))]


def test_the_image_has_its_size_a_title_and_the_apps_font():
    root = _parse(coverage_svg("zh"))
    width, height = int(root.get("width")), int(root.get("height"))
    assert root.get("viewBox") == f"0 0 {width} {height}"
    assert root.get("font-family") == FONT_FAMILY
    assert root.find(f"{SVG}title").text == "覆盖情况（指标 × 年份）"
    assert _parse(coverage_svg("en")).find(f"{SVG}title").text == "Coverage (indicator × year)"
    image = coverage_image("zh")
    assert (image.width, image.height) == (width, height)


def test_names_are_whole_left_of_the_grid():
    names, years, counts = _expected("en")
    root = _parse(coverage_svg("en"))
    geo = coverage.geometry(names, years, max(max(row) for row in counts))
    right = {float(t.get("x")) for t in root.iter(f"{SVG}text") if t.text in names}
    assert right == {geo.left - coverage.GAP}  # right-aligned just left of the grid
    assert min(right) - max(text_px(n, COVERAGE_FONT) for n in names) >= coverage.PAD  # the widest fits inside


def test_a_hostile_indicator_name_is_escaped_and_the_svg_still_parses(monkeypatch):
    monkeypatch.setitem(store.table().indicators["gdp"], "name_zh", "<b>&x")
    svg = coverage_svg("zh")
    assert "<b>" not in svg and "&lt;b&gt;&amp;x" in svg
    root = _parse(svg)
    assert "<b>&x" in _labels(root)[0]
    assert any(c["title"].startswith("<b>&x · ") for c in _cells(root))


def test_the_same_table_gives_the_same_bytes():
    assert coverage_svg("zh") == coverage_svg("zh")
    assert coverage_image("zh").svg == coverage_svg("zh").encode("utf-8")
    assert coverage_image("zh") is coverage_image("zh")  # drawn once per table version and language
    assert coverage_svg("en") != coverage_svg("zh")
