"""Chart cards: an indicator with fewer than three years in the view is a fact card (value, year,
qualifier, quote, source), not a chart with one dot; a filter change can turn a card either way."""
from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from dash import no_update
from dash._utils import to_json

from components.core.spec import ChartSpec
from components.core.url_state import ViewState
from components.ui.cards import EMPTY_FIGURE, chart_card, draw_card, facts, kpi_card, redraw_cards, reference_progress
from etl.schema import TARGET_SCHEMA
from tests.fixtures.make_table import CATALOG, fixture_rows, write_table


@pytest.fixture(autouse=True)
def _store(loaded_store):
    return loaded_store


def text(component) -> str:
    return json.dumps(json.loads(to_json(component)), ensure_ascii=False)


def card(indicator, regions=None, years=(None, None)):
    spec = ChartSpec.resolve(indicator, regions, *years)
    return spec, text(chart_card("theme", indicator, spec, ViewState()))


def test_a_thin_indicator_is_a_fact_card_with_value_year_qualifier_quote_and_source():
    spec, out = card("zgc_branches_in_tjhb")
    assert spec.is_thin and "is-fact" in out
    for words in ("≥9000家", "2021年", "以上(至少)", "9000家以上", "中关村企业在津冀设立分支机构9000家以上",
                  "北京市推进京津冀协同发展2022年工作要点", "https://www.beijing.gov.cn/example"):
        assert words in out, words
    assert '"figure":' + json.dumps(EMPTY_FIGURE, separators=(",", ":")) in out.replace(" ", "")


def test_an_indicator_with_a_series_is_a_chart_and_no_fact_list():
    spec, out = card("gdp")
    assert not spec.is_thin and "is-fact" not in out and "fact-list" not in out
    assert '"type":"scatter"' in out.replace(" ", "")


def test_every_point_of_a_thin_view_is_listed():
    spec = ChartSpec.resolve("gdp", ["beijing", "tianjin"], 2015, 2016)
    listed = text(facts(spec))
    assert spec.is_thin and listed.count('"fact"') == 3  # Beijing 2015, 2016; Tianjin 2015 (2016 is a gap)


def test_a_filter_change_turns_a_chart_into_a_fact_card_and_back():
    data = ChartSpec.resolve("gdp").to_data()
    figures, _configs, specs, fact_lists, classes, alts, _links = redraw_cards([data], [], [2015, 2016])
    assert figures == [EMPTY_FIGURE] and classes == ["chart-body is-fact"] and fact_lists[0] and alts == [""]
    figures, _configs, specs, fact_lists, classes, alts, _links = redraw_cards(specs, [], [2013, 2024])
    assert figures[0]["data"] and classes == ["chart-body"] and fact_lists == [None]
    assert alts[0].startswith("图表：地区生产总值") and "2024年" in alts[0]


def test_a_broken_card_keeps_what_it_shows():
    out = redraw_cards([{"indicator": "no_such_indicator"}], [], [2013, 2024])
    assert all(column == [no_update] for column in out[:-1]) and out[-1] == "{}"  # and its export links


def test_kpi_card_shows_latest_value_and_change():
    out = text(kpi_card("gdp", "beijing", ViewState()))
    assert "4.97万亿元" in out and "2024年" in out and "较2023年" in out


def test_kpi_change_is_coloured_by_the_catalogues_direction(tmp_path, fixture_table_path, loaded_store):
    catalog = {**CATALOG, "indicators": [{**i, "direction": "down"} if i["id"] == "pm25_annual_mean" else i
                                         for i in CATALOG["indicators"]]}
    loaded_store.init(write_table(tmp_path / "direction.parquet", fixture_rows(), catalog))
    try:
        assert "kpi-good" in text(kpi_card("pm25_annual_mean", "beijing", ViewState()))  # 32 → 30.5: cleaner air
        assert "kpi-good" not in text(kpi_card("gdp", "beijing", ViewState()))  # no direction in the catalogue
    finally:
        loaded_store.init(fixture_table_path)


def test_kpi_change_says_better_or_worse_in_words_by_direction(tmp_path, fixture_table_path, loaded_store):
    catalog = {**CATALOG, "indicators": [
        {**i, "direction": {"pm25_annual_mean": "down", "gdp": "up", "population_year_end": "neutral"}[i["id"]]}
        if i["id"] in ("pm25_annual_mean", "gdp", "population_year_end") else i for i in CATALOG["indicators"]]}
    loaded_store.init(write_table(tmp_path / "direction.parquet", fixture_rows(), catalog))
    try:
        pm = text(kpi_card("pm25_annual_mean", "beijing", ViewState()))
        assert "▼" in pm and "向好" in pm  # 32 → 30.5: down is good for PM2.5
        assert "向好" in text(kpi_card("gdp", "beijing", ViewState()))
        people = text(kpi_card("population_year_end", "beijing", ViewState()))
        assert "向好" not in people and "变差" not in people  # neutral: only the arrow
        assert "better" in text(kpi_card("pm25_annual_mean", "beijing", ViewState(lang="en")))
    finally:
        loaded_store.init(fixture_table_path)


def test_region_names_in_cards_use_the_darker_text_colour(loaded_store):
    card = kpi_card("xiongan_zgc_park_firms", "xiongan", ViewState())
    assert "#1abc9c" not in str(card)


def test_the_indicator_page_shows_progress_towards_a_reference(tmp_path, fixture_table_path, loaded_store):
    ref = {"value": 35, "kind": "standard", "label_zh": "国家二级标准", "label_en": "Grade II"}
    catalog = {**CATALOG, "indicators": [{**i, "direction": "down", "references": [ref]}
                                         if i["id"] == "pm25_annual_mean" else i for i in CATALOG["indicators"]]}
    loaded_store.init(write_table(tmp_path / "refs.parquet", fixture_rows(), catalog))
    try:
        out = text(reference_progress(ChartSpec.resolve("pm25_annual_mean", ["beijing", "tianjin"])))
        assert "北京" in out and "30.5" in out and "已达到" in out  # 30.5 ≤ 35
        assert "天津" in out and "尚未达到，差13" in out  # 48 in 2020
        assert reference_progress(ChartSpec.resolve("gdp")) is None
    finally:
        loaded_store.init(fixture_table_path)


def test_the_indicator_page_shows_progress_towards_a_plan_target(tmp_path, fixture_table_path, loaded_store):
    def target(indicator, region, value, comparator, unit):
        return {"indicator": indicator, "region": region, "target_year": 2025, "value": value, "unit": unit,
                "comparator": comparator, "source_id": "p", "source_title": "某行动计划", "publisher": "某市人民政府",
                "published": "2022-01-10", "url": "https://example.org/plan", "line": 3, "quote": "到2025年…"}
    rows = [target("pm25_annual_mean", "beijing", 25.0, "le", "微克/立方米"),
            {**target("pm25_annual_mean", "beijing", 60.0, "le", "微克/立方米"), "target_year": 2017},
            {**target("pm25_annual_mean", "beijing", 35.0, "le", "微克/立方米"), "target_year": 2020},
            target("pm25_annual_mean", "tianjin", 50.0, "le", "微克/立方米"),
            target("gdp", "beijing", 60000.0, "ge", "亿元"), target("gdp", "tianjin", 15000.0, "le", "亿元")]
    pq.write_table(pa.Table.from_pylist(rows, schema=TARGET_SCHEMA), tmp_path / "targets.parquet")
    loaded_store.init(write_table(tmp_path / "indicators.parquet", fixture_rows()))
    try:
        out = text(reference_progress(ChartSpec.resolve("pm25_annual_mean", ["beijing", "tianjin"])))
        # Beijing 30.5 in 2024 (32 the year before) against ≤25: 5.5 to go, heading down, the good way.
        assert "2024年 30.5 · 2025年目标 ≤25" in out and "距目标5.5 · 朝目标推进" in out
        assert "2020年 48 · 2025年目标 ≤50" in out and "已达到" in out  # Tianjin's 48 meets ≤50
        # A target whose year is past is judged on that year's value: met, or missed by how much.
        assert "2017年 58 · 2017年目标 ≤60 · " in out
        assert "2020年 38 · 2020年目标 ≤35 · " in out and "未达到，差3" in out
        assert "某市人民政府 · 某行动计划" in out and "https://example.org/plan" in out
        gdp = text(reference_progress(ChartSpec.resolve("gdp", ["beijing", "tianjin"])))
        assert "距目标10,329.8 · 朝目标推进" in gdp  # ≥60,000: up is the way
        assert "距目标3,024.3 · 偏离目标" in gdp  # Tianjin ≤15,000 but growing
        assert "kpi-bad" in gdp and "kpi-good" in gdp
    finally:
        loaded_store.init(fixture_table_path)


def test_a_card_drawn_later_has_its_title_menu_and_spec_but_no_chart_yet():
    spec = ChartSpec.resolve("gdp")
    out = text(chart_card("theme", "gdp", spec, ViewState(), later=True))
    assert "chart-placeholder" in out and '"type":"chart-draw"' in out.replace(" ", "") and "地区生产总值" in out
    assert '"type":"chart-spec"' in out.replace(" ", "") and "export-menu" in out
    assert '"type":"scatter"' not in out.replace(" ", "") and "chart-graph" not in out


def test_a_redraw_updates_every_spec_but_draws_only_the_cards_on_the_page():
    data = [ChartSpec.resolve(i).to_data() for i in ("gdp", "pm25_annual_mean")]
    figures, configs, specs, fact_lists, classes, alts, links = redraw_cards(data, ["tianjin"], [2014, 2020], [True, False])
    assert [s["regions"] for s in specs] == [["tianjin"], ["tianjin"]] and specs[1]["from"] == 2014
    links = json.loads(links)  # every card's export menu, drawn or not
    assert sorted(links) == ["gdp", "pm25_annual_mean"] and all("region=tianjin&from=2014&to=2020" in v[0] for v in links.values())
    assert len(figures) == len(configs) == len(fact_lists) == len(classes) == len(alts) == 1
    assert [t["name"] for t in figures[0]["data"] if t.get("showlegend", True) is not False][:1] == ["天津"]


def test_a_later_card_is_drawn_under_the_filter_and_a_tampered_spec_gets_a_message():
    body = text(draw_card("theme", "gdp", ChartSpec.resolve("gdp").to_data(), ["tianjin"], [2014, 2020]))
    assert '"type":"chart-graph"' in body.replace(" ", "") and "天津" in body and "2014–2020" in body
    for data, years in (({"indicator": "no_such_indicator"}, [2014, 2020]), ("junk", None),
                        (ChartSpec.resolve("gdp").to_data(), ["x", {}])):
        out = text(draw_card("theme", "gdp", data, [], years))
        assert "此图表无法绘制" in out and "chart-graph" not in out


def test_a_placeholder_is_one_component_that_draws_its_card_when_clicked():
    """The placeholder is the clickable element itself (its n_clicks is the draw_later callback's input), with the
    quiet line as its text: one component a card instead of three (docs/performance.md §9)."""
    spec = ChartSpec.resolve("gdp")
    slot = chart_card("theme", "gdp", spec, ViewState(), later=True).children[2]
    assert slot.id == {"type": "chart-slot", "page": "theme", "key": "gdp"}
    holder = slot.children
    assert holder.id == {"type": "chart-draw", "page": "theme", "key": "gdp"}
    assert "chart-placeholder" in holder.className and isinstance(holder.children, str)
    assert "地区生产总值" in holder.children and holder.style["minHeight"].endswith("px")


def _components(node) -> int:
    """Dash components in a layout tree (what the renderer mounts, one store update each)."""
    children = getattr(node, "children", None)
    if isinstance(node, (list, tuple)):
        return sum(_components(c) for c in node)
    if not hasattr(node, "_type"):
        return 0
    return 1 + _components(children if isinstance(children, (list, tuple)) or hasattr(children, "_type") else [])


def test_a_card_waiting_to_be_drawn_is_twelve_components_with_its_title_menu_spec_and_keyboard_stop(monkeypatch):
    """Round 14 (docs/performance.md §10): the slot is the card's body and the export menu its own tools box (no
    wrappers), and the menu's list is made by assets/export_menu.js: 15 → 12 components a card, and still the card's
    Tab stop, title link, export menu with its links and status region, placeholder and spec store."""
    monkeypatch.setattr("components.ui.export_menu.browser_path", lambda: "/usr/bin/chromium")
    card = chart_card("theme", "gdp", ChartSpec.resolve("gdp"), ViewState(), later=True)
    assert _components(card) == 11  # + its column: 12
    toggle, header, slot, spec_store = card.children
    assert toggle.className == "chart-card-open" and getattr(toggle, "aria-controls") == header.id
    title, menu = header.children
    assert title.href.startswith("/indicator/gdp") and "chart-card-tools" in menu.className and "export-menu" in menu.className
    details, message = menu.children
    assert getattr(details, "data-links") and message.role == "status"
    assert "card-body" in slot.className and slot.children.id["type"] == "chart-draw"
    assert spec_store.id == {"type": "chart-spec", "page": "theme", "key": "gdp"} and spec_store.data["indicator"] == "gdp"


def test_a_kpi_card_is_one_plain_card_element_inside_its_link():
    kpi = kpi_card("gdp", "beijing", ViewState())
    card = kpi.children
    assert type(card).__name__ == "Div" and card.className == "card card-body kpi-card h-100"
    assert [c.className for c in card.children][:3] == ["kpi-name", "kpi-region", "kpi-value"]
