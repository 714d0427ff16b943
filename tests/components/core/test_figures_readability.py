"""What makes a chart readable at a glance (issue 9): bars one year wide, reference lines from the
catalogue, direct labels that never overlap, one unit form, text colours with 4.5:1 contrast.
All on the fixture table (tests/fixtures/make_table.py), with a catalogue that adds references."""
from __future__ import annotations

import pytest

from components.core import store
from components.core.figures import (
    BAR_SPAN,
    LABEL_FONT,
    LABEL_GAP_PX,
    alt_text,
    citations,
    contrast,
    dodge,
    figure,
    legend_rows,
    text_color,
    text_width,
)
from components.core.spec import ChartSpec
from tests.fixtures.make_table import CATALOG, REGIONS, _row, fixture_rows, write_table

PM25_STANDARD = {"value": 35, "kind": "standard", "label_zh": "国家二级标准", "label_en": "National grade-II standard",
                 "source": "GB 3095-2012"}
TARGET = {"value": 25, "kind": "target", "label_zh": "目标", "label_en": "Target", "year": 2025, "regions": ["tianjin"]}


@pytest.fixture
def with_references(tmp_path, fixture_table_path, loaded_store):
    """The fixture table, PM2.5 carrying a national standard (all regions) and a target (Tianjin only)."""
    catalog = {**CATALOG, "indicators": [{**i, "direction": "down", "references": [PM25_STANDARD, TARGET]}
                                         if i["id"] == "pm25_annual_mean" else i for i in CATALOG["indicators"]]}
    store.init(write_table(tmp_path / "refs.parquet", fixture_rows(), catalog))
    yield
    store.init(fixture_table_path)


def fig(indicator, regions=None, year_from=None, year_to=None, lang="zh"):
    return figure(ChartSpec.resolve(indicator, regions, year_from, year_to, lang))


def labelled(layout, kind):
    return [a for a in layout["annotations"] if a.get("name") == kind]


@pytest.mark.parametrize("indicator", ["pm25_change_vs_2013", "tech_contract_turnover_to_tjhb",
                                       "tech_contract_turnover_to_tjhb_cumulative", "zgc_branches_in_tjhb"])
def test_every_bar_sits_inside_its_own_year(loaded_store, indicator):
    """Bars years apart (2017, 2020, 2021) or alone would be drawn as wide as the gap: never."""
    bars = [t for t in fig(indicator)["data"] if t["type"] == "bar"]
    assert bars
    for trace in bars:
        for x, width, offset in zip(trace["x"], trace["width"], trace["offset"], strict=True):
            assert x - 0.5 <= x + offset and x + offset + width <= x + 0.5
    assert sum(t["width"][0] for t in bars) == pytest.approx(BAR_SPAN)


def test_grouped_bars_share_the_year_side_by_side(loaded_store):
    bars = fig("tech_contract_turnover_to_tjhb_cumulative")["data"]
    assert len(bars) == 2
    (a0, aw), (b0, _bw) = sorted((t["offset"][0], t["width"][0]) for t in bars)
    assert a0 + aw == pytest.approx(b0)


def test_bar_axes_start_at_zero(loaded_store):
    assert fig("tech_contract_turnover_to_tjhb")["layout"]["yaxis"]["range"][0] == 0


def test_count_lines_start_at_zero_and_rates_need_not(loaded_store):
    assert fig("population_year_end")["layout"]["yaxis"]["range"][0] == 0  # 万人: counted from zero
    assert fig("pm25_annual_mean")["layout"]["yaxis"]["range"][0] > 0


def test_the_national_standard_is_a_reference_line_with_its_label(with_references):
    layout = fig("pm25_annual_mean", ["beijing"])["layout"]
    lines = [s for s in layout["shapes"] if s["name"].startswith("reference")]
    assert [(s["y0"], s["y1"], s["xref"]) for s in lines] == [(35.0, 35.0, "paper")]  # the target is Tianjin's
    assert [a["text"] for a in labelled(layout, "reference-label")] == ["国家二级标准 35"]
    lo, hi = layout["yaxis"]["range"]
    assert lo < 35 < hi


def test_a_target_applies_to_its_regions_and_names_its_year(with_references):
    layout = fig("pm25_annual_mean", ["tianjin"])["layout"]
    texts = [a["text"] for a in labelled(layout, "reference-label")]
    assert "目标（2025年）<br>25" in texts and len(texts) == 2  # a long label puts its value below
    english = [a["text"] for a in labelled(fig("pm25_annual_mean", ["tianjin"], lang="en")["layout"], "reference-label")]
    assert any(t.startswith("National grade-II") for t in english)


def test_no_reference_means_no_line(loaded_store):
    assert fig("gdp")["layout"]["shapes"] == []


def boxes(layout):
    """(top, bottom) in plot pixels of each side label, as the dodge placed them."""
    lo, hi = layout["yaxis"]["range"]
    h = layout["meta"]["label_plot_px"]  # the shortest plot the figure is drawn in
    out = []
    for a in layout["annotations"]:
        if a.get("name") in ("end-label", "reference-label"):
            centre = (a["y"] - lo) / (hi - lo) * h
            half = (LABEL_FONT + 3) * (a["text"].count("<br>") + 1) / 2
            out.append((centre - half, centre + half))
    return sorted(out)


def test_end_labels_and_the_reference_label_never_overlap(with_references, tmp_path):
    # Beijing 30.5 and Tianjin 31 in 2024, the standard at 35: three labels within a few pixels.
    rows = fixture_rows() + [_row("pm25_annual_mean", "tianjin", y, v, source_id="tj-pm", source_kind="reference")
                             for y, v in {2022: 33, 2023: 32, 2024: 31}.items()]
    catalog = {**CATALOG, "indicators": [{**i, "references": [PM25_STANDARD]} if i["id"] == "pm25_annual_mean" else i
                                         for i in CATALOG["indicators"]]}
    store.init(write_table(tmp_path / "close.parquet", rows, catalog))
    layout = fig("pm25_annual_mean", ["beijing", "tianjin"])["layout"]
    placed = boxes(layout)
    assert len(placed) == 3
    for (_, top), (bottom, _) in zip(placed, placed[1:]):
        assert bottom >= top + LABEL_GAP_PX - 0.01


def test_end_labels_keep_the_order_of_the_lines(loaded_store):
    layout = fig("gdp", ["beijing", "tianjin"])["layout"]
    ends = {a["text"]: a["y"] for a in labelled(layout, "end-label")}
    assert ends["49,670.2"] > ends["18,024.3"]


def test_dodge_keeps_order_spacing_and_bounds():
    placed = dodge([100, 101, 99, 10], 16, 4, 250)
    order = sorted(range(4), key=lambda i: -[100, 101, 99, 10][i])
    ys = [placed[i] for i in order]
    assert all(a - b >= 20 - 1e-9 for a, b in zip(ys, ys[1:]))
    assert min(placed) >= 8 and max(placed) <= 250
    assert dodge([50] * 30, 16, 4, 250) is None  # too many: the caller falls back to the legend


def test_bar_labels_are_left_out_when_they_would_touch(loaded_store, tmp_path):
    many = fixture_rows() + [_row("tech_contract_turnover_to_tjhb", "tianjin_hebei", y, 123456.7) for y in range(2000, 2020)]
    store.init(write_table(tmp_path / "many.parquet", many))
    bars = fig("tech_contract_turnover_to_tjhb")["data"][0]
    assert not any(bars["text"])
    assert all("亿元" in h for h in bars["hovertext"])  # the value is still on hover


def test_one_unit_form_in_english_too(loaded_store):
    layout = fig("gdp", ["beijing"], lang="en")["layout"]
    assert "100 million yuan" in layout["title"]["text"]
    assert [a["text"] for a in labelled(layout, "end-label")] == ["49,670.2"]
    assert not any("trillion" in a["text"] for a in layout["annotations"])


@pytest.mark.parametrize("region", REGIONS, ids=lambda r: r["id"])
def test_region_colours_as_text_reach_4_5_to_1(region):
    assert contrast(text_color(region["color"])) >= 4.5
    assert contrast(text_color("#1abc9c")) >= 4.5  # the light teal of 雄安


def test_citations_name_publisher_title_date_and_address(loaded_store):
    lines = citations(ChartSpec.resolve("gdp", ["beijing"]))
    assert lines[0] == "国家统计局 · 国家统计局分省年度数据 · 2025-06 · https://data.stats.gov.cn/"


def test_text_alternative_names_the_chart_and_latest_values(loaded_store):
    alt = alt_text(ChartSpec.resolve("gdp", ["beijing", "tianjin"]))
    assert alt.startswith("图表：地区生产总值（亿元）") and "北京 2024年 4.97万亿元" in alt


def test_legend_rows_and_text_width():
    assert legend_rows(["北京"]) == 1 and legend_rows(["京津冀及周边城市"] * 12) > 1
    assert text_width("北京") == 2 * LABEL_FONT and text_width("<b>12</b>") < text_width("北京")
