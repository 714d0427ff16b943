"""Plan targets in a real browser: the mark and its words drawn at the target year, the indicator page's
progress line, and no two texts of a chart overlapping with target labels present, on the page and in
the exported 16:9 image.

The server reads the fixture table with a targets.parquet written here (the contract's schema), so the
tests hold whatever the committed data/targets.parquet says."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from components.core import store
from components.core.spec import ChartSpec
from components.export.images import chart_figure, render
from etl.schema import TARGET_SCHEMA
from tests.browser.conftest import free_port, serving, start_server
from tests.browser.helpers import open_page, svg_texts
from tests.browser.test_charts_browser import OVERLAPS, SVG_OVERLAPS
from tests.fixtures.make_table import CATALOG, _row, fixture_rows, write_table

pytestmark = pytest.mark.browser


def _target(indicator, region, value, comparator, unit):
    return {"indicator": indicator, "region": region, "target_year": 2025, "value": value, "unit": unit,
            "comparator": comparator, "source_id": "plan", "source_title": "某行动计划", "publisher": "某市人民政府",
            "published": "2022-01-10", "url": "https://example.org/plan", "line": 3, "quote": "到2025年…"}


TARGETS = [_target("pm25_annual_mean", "beijing", 30.0, "le", "微克/立方米"),
           _target("pm25_annual_mean", "tianjin", 31.0, "le", "微克/立方米"),
           _target("gdp", "beijing", 50000.0, "ge", "亿元"), _target("gdp", "tianjin", 18000.0, "ge", "亿元"),
           # Targets within the data's years are worded at their marks: two close ones must not collide.
           {**_target("pm25_annual_mean", "beijing", 60.0, "eq", "微克/立方米"), "target_year": 2017},
           {**_target("pm25_annual_mean", "beijing", 56.0, "eq", "微克/立方米"), "target_year": 2020},
           {**_target("gdp", "tianjin", 12000.0, "ge", "亿元"), "target_year": 2018}]


def _write(directory):
    """Beijing's PM2.5 ends at 30.5 and Tianjin's at 31, the targets at 30 and 31: labels within pixels."""
    catalog = {**CATALOG, "indicators": [{**i, "direction": "down"} if i["id"] == "pm25_annual_mean" else i
                                         for i in CATALOG["indicators"]]}
    rows = fixture_rows() + [_row("pm25_annual_mean", "tianjin", y, v, source_id="tj-pm", source_kind="reference")
                             for y, v in {2022: 33, 2023: 32, 2024: 31}.items()]
    path = write_table(directory / "indicators.parquet", rows, catalog)
    pq.write_table(pa.Table.from_pylist(TARGETS, schema=TARGET_SCHEMA), directory / "targets.parquet")
    return path


@pytest.fixture(scope="module")
def targets_url(tmp_path_factory):
    path = _write(tmp_path_factory.mktemp("targets"))
    port = free_port()
    with serving(start_server(path, port, workers=1), port) as url:
        yield url


def test_the_indicator_page_draws_the_target_and_shows_progress(page, targets_url):
    open_page(page, targets_url + "/indicator/pm25_annual_mean")
    texts = svg_texts(page, "#card-pm25_annual_mean .annotation-text")
    assert "北京2025年目标 ≤30" in texts and "天津2025年目标 ≤31" in texts
    progress = page.locator("#indicator-references").inner_text()
    assert "2025年目标 ≤30" in progress and "朝目标推进" in progress
    assert page.evaluate(OVERLAPS) == []


@pytest.mark.parametrize("path", ["/indicator/pm25_annual_mean", "/indicator/gdp", "/theme/economy",
                                  "/theme/environment", "/region/beijing", "/indicator/pm25_annual_mean?lang=en"])
def test_no_two_texts_overlap_with_target_labels_present(page, targets_url, path):
    open_page(page, targets_url + path)
    assert page.evaluate(OVERLAPS) == []


@pytest.mark.parametrize("indicator", ["pm25_annual_mean", "gdp"])
def test_the_exported_image_draws_the_target_without_overlaps(page, tmp_path, indicator):
    store.init(_write(tmp_path))
    try:
        svg = render(chart_figure(ChartSpec.resolve(indicator, ["beijing", "tianjin"])), "svg",
                     width=1600, height=900).decode()
    finally:
        store.init(None)
    page.set_content(f"<html><body style='margin:0'>{svg}</body></html>")
    assert any("2025" in text and "目标" in text for text in svg_texts(page, "svg text"))
    assert page.evaluate(SVG_OVERLAPS) == []
