"""Round 29 (docs/performance.md §21): /indicator and /sources list their rows in plain tables, a page at a time,
searched on the server, and load no grid. Round 30 (§21): the /sources coverage grid (a lean heatmap since round 11,
§8) is an SVG image drawn on the server, and the page draws no chart."""
from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import dash
import pytest

import app  # noqa: F401 - registers the pages
from components.core import store
from components.core.coverage import coverage_image
from components.ui import paged_table as pt
from pages import indicator, sources
from tests.fixtures.make_table import candidate_row, write_candidates, write_table


@pytest.fixture(autouse=True)
def _store(loaded_store):
    return loaded_store


def _all(node, test):
    """Every component of a layout that passes `test`, depth first."""
    if test(node):
        yield node
    children = getattr(node, "children", None)
    for child in children if isinstance(children, list) else [children] if children is not None else []:
        yield from _all(child, test)


def _find(node, wanted):
    return next(_all(node, lambda n: getattr(n, "id", None) == wanted), None)


def _find_type(node, kind):
    return next(_all(node, lambda n: type(n).__name__ == kind), None)


def test_the_sources_page_lists_sources_and_candidates_a_page_at_a_time_without_a_grid():
    layout = dash.page_registry["pages.sources"]["layout"]()
    assert _find_type(layout, "AgGrid") is None
    everything = sources.source_rows("zh")
    assert len(_rows(_find(layout, "sources-table"))) == min(pt.PAGE_ROWS, len(everything))
    dates = [r["date"] for r in everything]
    assert dates == sorted(dates, reverse=True)  # newest first


def test_the_candidates_page_and_search_on_the_server(tmp_path, fixture_table_path):
    from dash._callback_context import context_value
    from dash._utils import AttributeDict
    regions = ["tianjin", "beijing", "hebei"]
    write_candidates(tmp_path / "candidates.parquet", [candidate_row(f"集装箱航线{i}", "条", regions[i % 3], 2023, 10 + i)
                                                       for i in range(20)])
    store.init(write_table(tmp_path / "indicators.parquet"))
    try:
        layout = dash.page_registry["pages.sources"]["layout"]()
        assert len(_rows(_find(layout, "sources-candidates"))) == pt.PAGE_ROWS
        context_value.set(AttributeDict(triggered_inputs=[{"prop_id": "sources-candidates-pages.active_page", "value": 2}]))
        body, pages, page, _cls, _count = sources.turn_candidates(None, 2, "zh")
        assert (pages, page, len(_rows(body))) == (2, 2, 20 - pt.PAGE_ROWS)
        context_value.set(AttributeDict(triggered_inputs=[{"prop_id": "sources-candidates-search.value", "value": "河北"}]))
        body, pages, page, _cls, count = sources.turn_candidates("河北", 2, "zh")
        assert page == 1 and {_texts(r)[2] for r in _rows(body)} == {"河北"} and "共6个" in count
    finally:
        store.init(fixture_table_path)


def test_a_search_or_another_order_starts_the_source_list_again_on_its_first_page():
    from dash._callback_context import context_value
    from dash._utils import AttributeDict
    everything = sources.source_rows("zh")
    context_value.set(AttributeDict(triggered_inputs=[{"prop_id": "sources-pages.active_page", "value": 2}]))
    body, pages, page, _cls, _count = sources.turn_sources(None, "date", 2, "zh")
    assert page == 2 and pages == -(-len(everything) // pt.PAGE_ROWS)
    assert _texts(_rows(body)[0])[:1] == [everything[pt.PAGE_ROWS]["title"]]
    context_value.set(AttributeDict(triggered_inputs=[{"prop_id": "sources-sort.value", "value": "conflicts"}]))
    body, pages, page, _cls, count = sources.turn_sources(None, "conflicts", 2, "zh")
    most = max(r["conflicts"] for r in everything)
    assert page == 1 and _texts(_rows(body)[0])[-1] == str(most)
    context_value.set(AttributeDict(triggered_inputs=[{"prop_id": "sources-search.value", "value": "zzzz-no-such"}]))
    body, pages, page, cls, count = sources.turn_sources("zzzz-no-such", "date", 3, "zh")
    assert (page, pages, _rows(body)) == (1, 1, []) and "d-none" in cls and "共0个来源" in count


def _texts(node) -> list[str]:
    if isinstance(node, (str, int, float)):
        return [str(node)]
    children = getattr(node, "children", None)
    return [x for c in (children if isinstance(children, list) else [children]) if c is not None for x in _texts(c)]


def _rows(node) -> list:
    body = _find_type(node, "Tbody")
    return body.children


def test_the_indicator_page_lists_its_observations_a_page_at_a_time_without_a_grid():
    layout = dash.page_registry["pages.indicator"]["layout"](indicator_id="gdp")
    table = _find(layout, "indicator-observations")
    records = indicator.observation_records("gdp", "zh")
    assert len(records) > pt.PAGE_ROWS  # GDP has more observations than one page
    rows = _rows(table)
    assert len(rows) == pt.PAGE_ROWS
    # the first page is the first region's newest years, the charted value first; every source links out
    first = records[0]
    cells = _texts(rows[0])
    assert cells[0] == first["region_name"] and cells[1] == str(first["year"])
    linked = sum(bool(r.get("source_url")) for r in records[:pt.PAGE_ROWS])
    assert linked and sum(_find_type(r, "A") is not None for r in rows) == linked
    pages = _find(layout, "indicator-observation-pages")
    assert pages.max_value == -(-len(records) // pt.PAGE_ROWS)
    assert _find_type(layout, "AgGrid") is None


def test_turning_the_observation_page_shows_the_next_rows_and_a_page_past_the_end_shows_the_last():
    spec = {"indicator": "gdp", "lang": "zh"}
    records = indicator.observation_records("gdp", "zh")
    second = _rows(indicator.turn_page(2, spec))
    assert _texts(second[0])[:2] == [records[15]["region_name"], str(records[15]["year"])]
    last = _rows(indicator.turn_page(10_000, spec))
    assert len(last) == len(records) - (len(records) - 1) // pt.PAGE_ROWS * pt.PAGE_ROWS
    assert indicator.turn_page(None, spec) is dash.no_update


def test_the_observation_table_links_to_the_data_page_filtered_to_the_indicator():
    layout = dash.page_registry["pages.indicator"]["layout"](indicator_id="gdp", region="beijing")
    hrefs = [n.href for n in _all(layout, lambda n: type(n).__name__ == "Link" and str(n.href).startswith("/data"))]
    assert len(hrefs) == 1
    query = parse_qs(urlsplit(hrefs[0]).query)
    assert query["all"] == ["1"] and "region" not in query
    assert json.loads(query["grid"][0])["indicator_name"]["filter"] == "地区生产总值"


def test_the_sources_page_carries_the_coverage_image_and_no_graph():
    """Round 30 (§21): the coverage grid is an SVG drawn on the server, sized on the page so nothing moves when
    it arrives; its URL names the page's language and the table's version (a new table is a new URL)."""
    for lang in ("zh", "en"):
        layout = dash.page_registry["pages.sources"]["layout"](lang=lang)
        image = _find(layout, "sources-coverage")
        assert type(image).__name__ == "Img" and image.className == "coverage-image"
        url = urlsplit(image.src)
        assert url.path == "/coverage.svg"
        assert parse_qs(url.query) == {"lang": [lang], "v": [store.generation()]}
        drawn = coverage_image(lang)
        assert (image.width, image.height) == (drawn.width, drawn.height) and drawn.width > 0 and drawn.height > 0
        assert image.alt and str(drawn.indicators) in image.alt
        download = _find(layout, "sources-coverage-download")
        assert download.href == image.src and download.download == "coverage.svg"
        assert _find_type(layout, "Graph") is None
    assert dash.page_registry["pages.sources"]["charts"] is False  # plotly.js comes after the page is drawn
