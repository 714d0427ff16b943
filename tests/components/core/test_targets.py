"""Plan targets (data/targets.parquet beside the table): read by the store, drawn by the figure factory as a
short dashed mark at the target year with its words, dodged with the end labels, and carried into exports.

The targets file here is written by the test (the contract's schema, etl.schema.TARGET_SCHEMA), never the
committed one, so these tests hold whatever the ETL finds."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from components.core import store
from components.core.figures import LABEL_FONT, LABEL_GAP_PX, build_figure, citations, figure, plan_targets
from components.core.spec import ChartSpec
from components.export.images import chart_figure
from etl.schema import TARGET_SCHEMA
from tests.fixtures.make_table import CATALOG, _row, fixture_rows, write_table

CITATION = {"unit": "微克/立方米", "source_id": "plan-1", "source_title": "某市空气质量改善行动计划", "publisher": "某市人民政府",
            "published": "2022-01-10", "url": "https://example.org/plan", "line": 12, "quote": "到2025年PM2.5控制在25以下"}


def target(region="beijing", year=2025, value=25.0, comparator="le", indicator="pm25_annual_mean", **extra) -> dict:
    return {**CITATION, "indicator": indicator, "region": region, "target_year": year, "value": value,
            "comparator": comparator, **extra}


def write_targets(directory, rows: list[dict]):
    pq.write_table(pa.Table.from_pylist(rows, schema=TARGET_SCHEMA), directory / store.TARGETS_NAME)


@pytest.fixture
def table_dir(tmp_path, fixture_table_path):
    """A table whose PM2.5 is 'lower is better'; the test writes the targets beside it, then loads it."""
    catalog = {**CATALOG, "indicators": [{**i, "direction": "down"} if i["id"] == "pm25_annual_mean" else i
                                         for i in CATALOG["indicators"]]}
    rows = fixture_rows() + [_row("pm25_annual_mean", "tianjin", y, v, source_id="tj-pm", source_kind="reference")
                             for y, v in {2022: 33, 2023: 32, 2024: 31}.items()]
    write_table(tmp_path / "indicators.parquet", rows, catalog)
    yield tmp_path
    store.init(fixture_table_path)


def load(directory, targets: list[dict] | None):
    if targets is not None:
        write_targets(directory, targets)
    store.init(directory / "indicators.parquet")


def fig(indicator="pm25_annual_mean", regions=("beijing",), year_from=None, year_to=None, lang="zh") -> dict:
    return figure(ChartSpec.resolve(indicator, list(regions), year_from, year_to, lang))


def named(layout: dict, kind: str) -> list[dict]:
    return [a for a in layout["annotations"] if a.get("name") == kind]


def test_no_targets_file_means_no_targets_and_no_marks(table_dir):
    load(table_dir, None)
    assert store.targets("pm25_annual_mean", ["beijing"]) == []
    layout = fig()["layout"]
    assert named(layout, "target-label") == [] and not [s for s in layout["shapes"] if s["name"] == "target"]


def test_an_unreadable_targets_file_is_no_targets_not_an_error(table_dir):
    (table_dir / store.TARGETS_NAME).write_bytes(b"not a parquet file")
    load(table_dir, None)
    assert store.error() is None and store.targets("pm25_annual_mean") == []
    assert fig()["data"]  # the chart still draws


def test_store_answers_targets_per_indicator_and_region_with_their_citation(table_dir):
    load(table_dir, [target(), target(region="tianjin", value=30.0), target(indicator="gdp", value=50000.0,
                                                                              comparator="ge", unit="亿元")])
    [beijing] = store.targets("pm25_annual_mean", ["beijing"])
    assert (beijing["target_year"], beijing["value"], beijing["comparator"]) == (2025, 25.0, "le")
    assert beijing["url"] == "https://example.org/plan" and beijing["publisher"] == "某市人民政府"
    assert [t["region"] for t in store.targets("pm25_annual_mean")] == ["beijing", "tianjin"]  # catalogue order
    assert [t["value"] for t in store.targets("gdp")] == [50000.0]


def test_a_target_is_a_dashed_mark_at_its_year_with_its_words(table_dir):
    load(table_dir, [target()])
    layout = fig()["layout"]
    [mark] = [s for s in layout["shapes"] if s["name"] == "target"]
    assert mark["xref"] == "x" and mark["x0"] < 2025 < mark["x1"] and mark["y0"] == mark["y1"] == 25.0
    assert mark["line"]["dash"] == "dash"
    [label] = named(layout, "target-label")
    assert label["text"] == "2025年目标 ≤25" and label["x"] == mark["x1"]  # the words start where the mark ends
    assert layout["xaxis"]["range"][1] > 2025  # the axis reaches the target year beyond the data's 2024
    lo, hi = layout["yaxis"]["range"]
    assert lo < 25 < hi
    assert "2013–2024" in layout["title"]["subtitle"]["text"]  # the data's years, not the target's


def test_the_target_label_is_english_on_an_english_page_and_its_hover_names_the_source(table_dir):
    load(table_dir, [target(comparator="ge", value=40.0)])
    data = fig(lang="en")
    assert [a["text"] for a in named(data["layout"], "target-label")] == ["2025 target ≥40"]
    [hover] = [tr for tr in data["data"] if tr.get("showlegend") is False and tr["x"] == [2025]]
    assert "某市人民政府" in hover["hovertext"][0] and "Beijing" in hover["hovertext"][0]


def test_targets_of_regions_not_drawn_or_years_not_in_view_are_left_out(table_dir):
    load(table_dir, [target(region="tianjin"), target(year=2015, value=70.0)])
    assert [t["region"] for t in plan_targets(ChartSpec.resolve("pm25_annual_mean", ["beijing"]))] == ["beijing"]
    assert plan_targets(ChartSpec.resolve("pm25_annual_mean", ["beijing"], 2017, 2024)) == []  # 2015 is before
    # A view that stops before the data's last year does not look ahead to 2025 ...
    assert plan_targets(ChartSpec.resolve("pm25_annual_mean", ["tianjin"], 2013, 2020)) == []
    # ... one that reaches it does.
    assert [t["year"] for t in plan_targets(ChartSpec.resolve("pm25_annual_mean", ["tianjin"], 2013, 2024))] == [2025]


def test_a_far_future_target_is_listed_but_not_drawn(table_dir):
    """A 2035 vision on a chart of 2013–2024 would squeeze the data into half the width."""
    last = store.year_span()[1]
    load(table_dir, [target(year=last + 2, value=28.0), target(year=last + 10, value=20.0)])
    spec = ChartSpec.resolve("pm25_annual_mean", ["beijing"])
    assert [t["year"] for t in plan_targets(spec)] == [last + 2]
    assert [t["year"] for t in plan_targets(spec, drawn=False)] == [last + 2, last + 10]
    assert max(fig()["layout"]["xaxis"]["range"]) < last + 5


def label_boxes(layout: dict) -> list[tuple[float, float]]:
    """(bottom, top) in plot pixels of every side label (end, reference and target), as placed."""
    lo, hi = layout["yaxis"]["range"]
    h = layout["meta"]["label_plot_px"]
    out = []
    for a in layout["annotations"]:
        if a.get("name") in ("end-label", "reference-label", "target-label"):
            centre = (a["y"] - lo) / (hi - lo) * h
            half = (LABEL_FONT + 3) * (a["text"].count("<br>") + 1) / 2
            out.append((centre - half, centre + half))
    return sorted(out)


def test_target_labels_are_dodged_with_the_end_labels_and_never_overlap(table_dir):
    # Beijing ends at 30.5, Tianjin at 31; targets at 30 and 31: four labels within a few pixels.
    load(table_dir, [target(value=30.0), target(region="tianjin", value=31.0)])
    layout = fig(regions=("beijing", "tianjin"))["layout"]
    assert len(named(layout, "end-label")) == 2
    # Several regions: each target's words say whose it is, not only its colour.
    assert sorted(a["text"] for a in named(layout, "target-label")) == ["北京2025年目标 ≤30", "天津2025年目标 ≤31"]
    placed = label_boxes(layout)
    for (_, top), (bottom, _) in zip(placed, placed[1:], strict=False):
        assert bottom >= top + LABEL_GAP_PX - 0.01


def test_the_exported_figure_carries_the_target_mark_and_words(table_dir):
    load(table_dir, [target()])
    spec = ChartSpec.resolve("pm25_annual_mean", ["beijing"])
    for exported in (build_figure(spec), chart_figure(spec)):
        assert [s.name for s in exported.layout.shapes] == ["target"]
        assert [a.text for a in exported.layout.annotations if a.name == "target-label"] == ["2025年目标 ≤25"]


def test_a_new_targets_file_changes_the_cache_key(table_dir):
    load(table_dir, [target()])
    before = store.generation()
    load(table_dir, [target(value=20.0)])
    assert store.generation() != before
    assert [a["text"] for a in named(fig()["layout"], "target-label")] == ["2025年目标 ≤20"]


def test_a_drawn_target_is_cited_with_the_charts_sources(table_dir):
    load(table_dir, [target()])
    lines = citations(ChartSpec.resolve("pm25_annual_mean", ["beijing"]))
    assert lines[-1] == "2025年目标 ≤25: 某市人民政府 · 某市空气质量改善行动计划 · 2022-01-10 · https://example.org/plan"
    assert not any("目标" in line for line in citations(ChartSpec.resolve("pm25_annual_mean", ["beijing"], 2013, 2020)))


def test_a_bar_chart_draws_its_target_too_and_its_axis_reaches_it(table_dir):
    indicator = "tech_contract_turnover_to_tjhb"
    load(table_dir, [target(indicator=indicator, region="tianjin_hebei", value=1000.0, comparator="ge", unit="亿元")])
    data = figure(ChartSpec.resolve(indicator))
    layout = data["layout"]
    assert [s["name"] for s in layout["shapes"]] == ["target"]
    assert [a["text"] for a in named(layout, "target-label")] == ["2025年目标 ≥1,000"]
    assert layout["yaxis"]["range"][1] > 1000 and layout["xaxis"]["range"][1] > 2025
    assert [t["type"] for t in data["data"]].count("bar") >= 1


def test_a_target_within_the_datas_years_is_worded_at_its_mark_not_beside_the_lines_ends(table_dir):
    load(table_dir, [target(year=2020, value=40.0, comparator="eq"), target(year=2021, value=39.0, comparator="eq")])
    layout = fig()["layout"]
    marks = [s for s in layout["shapes"] if s["name"] == "target"]
    assert len(marks) == 2  # both drawn
    [label] = named(layout, "target-label")  # 2021's words would touch 2020's: only one is written
    assert label["text"] == "2020年目标 40" and label["y"] == 40.0 and label["yanchor"] == "bottom"
    assert label["xanchor"] == "right" and label["x"] == marks[0]["x1"]  # ends where its mark ends, before 2024
    assert [a["text"] for a in named(layout, "end-label")] == ["30.5"]  # the line's own label is kept
