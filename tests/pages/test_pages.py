"""Page layouts and shared callbacks, rendered in-process on the fixture table (no browser).

The browser suite (tests/browser) checks the same pages drawn in Chromium; these catch a
broken layout in a second and pin the friendly messages for bad URLs and missing data.
"""
from __future__ import annotations

import json
from contextvars import copy_context

import dash
import pytest
from dash._callback_context import context_value
from dash._utils import AttributeDict, to_json

import app as dashboard
from components.core import store
from pages import overview, theme
from tests.fixtures.make_table import candidate_row, write_candidates, write_table


@pytest.fixture(autouse=True)
def _store(loaded_store):
    return loaded_store


def render(module: str, **kwargs) -> str:
    layout = dash.page_registry[f"pages.{module}"]["layout"](**kwargs)
    return json.dumps(json.loads(to_json(layout)), ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize("module, kwargs, expected", [
    ("overview", {}, "地区生产总值"),
    ("theme", {"theme_id": "economy"}, "经济发展"),
    ("region", {"region_id": "beijing"}, "北京"),
    ("region", {"region_id": "xiongan"}, "雄安新区"),
    ("indicator", {"indicator_id": "gdp"}, "国家统计局2022年初步核算"),  # the non-preferred vintage is listed
    ("data", {}, "全部数据"),
    ("sources", {}, "sources-coverage"),
])
def test_every_page_renders_without_an_error_message(module, kwargs, expected):
    out = render(module, **kwargs)
    assert expected in out
    assert "page-message" not in out and "Traceback" not in out


@pytest.mark.parametrize("module, kwargs, message, valid_link", [
    ("theme", {"theme_id": "atlantis"}, "没有代码为“atlantis”的主题", "/theme/economy"),
    ("region", {"region_id": "atlantis"}, "没有代码为“atlantis”的地区", "/region/beijing"),
    ("indicator", {"indicator_id": "atlantis"}, "没有代码为“atlantis”的指标", "/indicator/gdp"),
    ("theme", {"theme_id": "economy", "region": "beijing,atlantis"}, "atlantis", "/region/beijing"),
])
def test_unknown_ids_in_the_url_give_a_message_with_valid_links(module, kwargs, message, valid_link):
    out = render(module, **kwargs)
    assert "page-message" in out and message in out and valid_link in out


def test_english_pages_use_catalogue_english_names():
    out = render("theme", theme_id="economy", lang="en")
    assert "Economy" in out and "经济发展" not in out


def test_theme_page_charts_carry_the_export_spec():
    out = render("theme", theme_id="innovation", region="tianjin_hebei", **{"from": "2020"})
    assert '"type":"chart-spec"' in out
    assert '"indicator":"tech_contract_turnover_to_tjhb"' in out


def test_missing_data_file_shows_the_rebuild_message_on_every_page(tmp_path, fixture_table_path):
    store.init(tmp_path / "gone.parquet")
    try:
        for module, kwargs in [("overview", {}), ("theme", {"theme_id": "economy"}), ("data", {}), ("sources", {})]:
            out = render(module, **kwargs)
            assert "make data" in out and "gone.parquet" in out
    finally:
        store.init(fixture_table_path)


def test_health_is_ok_with_data_and_503_without(tmp_path, fixture_table_path):
    client = dashboard.server.test_client()
    assert client.get("/health").status_code == 200
    store.init(tmp_path / "gone.parquet")
    try:
        response = client.get("/health")
        assert response.status_code == 503 and "make data" in response.json["message"]
    finally:
        store.init(fixture_table_path)


def _call(fn, *args):
    def run():
        context_value.set(AttributeDict(triggered_inputs=[{"prop_id": '{"page":"theme","type":"filter-regions"}.value',
                                                           "value": None}]))
        return fn(*args)
    return copy_context().run(run)


def test_region_filter_redraws_every_chart_with_the_new_regions():
    specs = [{"indicator": "gdp", "regions": [], "from": None, "to": None, "lang": "zh", "default_regions": []}]
    figures, configs, new_specs, facts, classes, _alts, links = _call(theme.redraw, ["tianjin"], [2014, 2020], specs)
    assert [t["name"] for t in figures[0]["data"]] == ["天津"]
    assert new_specs[0]["regions"] == ["tianjin"] and new_specs[0]["from"] == 2014
    assert figures[0]["layout"]["meta"]["file"] == "地区生产总值_天津_2014-2020"  # the modebar PNG's name
    assert "filename" not in configs[0]["toImageButtonOptions"]  # a config that changed would rebuild the plot
    assert facts == [None] and classes == ["chart-body"]
    assert "/export/gdp.png?region=tianjin&from=2014&to=2020" in links  # the export menu follows


def test_theme_page_leads_with_indicators_that_have_series():
    out = render("theme", theme_id="innovation")
    chart_at = out.index('"key":"tech_contract_turnover_to_tjhb"')
    assert chart_at < out.index('"key":"zgc_branches_in_tjhb"') and chart_at < out.index('"key":"xiongan_zgc_park_firms"')


def test_overview_kpis_use_indicators_with_a_trend():
    pairs = [pair for th in store.themes() for pair in overview.headline_indicators(th["id"])]
    assert ("gdp", "beijing") in pairs and ("pm25_annual_mean", "beijing") in pairs
    assert all(store.years_with_data(i, r) >= 3 for i, r in pairs)
    assert not any(i in ("zgc_branches_in_tjhb", "xiongan_zgc_park_firms") for i, _ in pairs)


def test_sources_page_says_nothing_is_pending_without_candidates():
    assert "没有待归类的数字" in render("sources")


def test_sources_page_lists_candidates_and_never_charts_them(tmp_path, fixture_table_path):
    table = write_table(tmp_path / "indicators.parquet")
    write_candidates(tmp_path / "candidates.parquet", [candidate_row("集装箱吞吐量", "万标准箱", "tianjin", 2023, 2217.2)])
    store.init(table)
    try:
        out = render("sources")
        assert "集装箱吞吐量" in out and "万标准箱" in out and "天津港2023年集装箱吞吐量创新高" in out
        assert "集装箱吞吐量" not in render("theme", theme_id="economy")
    finally:
        store.init(fixture_table_path)
