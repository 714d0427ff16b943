"""Round 11 (docs/performance.md §8): the grid of /sources draws the visible rows and a short buffer (AG Grid's
default is 10 more rows, each with a Markdown source cell), and /sources carries the lean coverage heatmap.
Round 29 (§21): /indicator lists its observations in a plain table, a page at a time, and loads no grid."""
from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import dash
import pytest

import app  # noqa: F401 - registers the pages
from pages import indicator, sources


@pytest.fixture(autouse=True)
def _store(loaded_store):
    return loaded_store


def _find(node, wanted):
    if getattr(node, "id", None) == wanted:
        return node
    children = getattr(node, "children", None)
    for child in children if isinstance(children, list) else [children] if children is not None else []:
        found = _find(child, wanted)
        if found is not None:
            return found
    return None


def test_the_source_grid_draws_a_short_row_buffer():
    grid = _find(dash.page_registry["pages.sources"]["layout"](), "sources-table")
    assert grid.dashGridOptions["rowBuffer"] == sources.GRID_ROW_BUFFER <= 2


def _texts(node) -> list[str]:
    if isinstance(node, (str, int, float)):
        return [str(node)]
    children = getattr(node, "children", None)
    return [x for c in (children if isinstance(children, list) else [children]) if c is not None for x in _texts(c)]


def _rows(node) -> list:
    body = _find_type(node, "Tbody")
    return body.children


def _find_type(node, kind):
    if type(node).__name__ == kind:
        return node
    children = getattr(node, "children", None)
    for child in children if isinstance(children, list) else [children] if children is not None else []:
        found = _find_type(child, kind)
        if found is not None:
            return found
    return None


def test_the_indicator_page_lists_its_observations_a_page_at_a_time_without_a_grid():
    layout = dash.page_registry["pages.indicator"]["layout"](indicator_id="gdp")
    table = _find(layout, "indicator-observations")
    records = indicator.observation_records("gdp", "zh")
    assert len(records) > indicator.OBS_PAGE_ROWS  # GDP has more observations than one page
    rows = _rows(table)
    assert len(rows) == indicator.OBS_PAGE_ROWS
    # the first page is the first region's newest years, the charted value first; every source links out
    first = records[0]
    cells = _texts(rows[0])
    assert cells[0] == first["region_name"] and cells[1] == str(first["year"])
    linked = sum(bool(r.get("source_url")) for r in records[:indicator.OBS_PAGE_ROWS])
    assert linked and sum(_find_type(r, "A") is not None for r in rows) == linked
    pages = _find(layout, "indicator-observation-pages")
    assert pages.max_value == -(-len(records) // indicator.OBS_PAGE_ROWS)
    assert _find_type(layout, "AgGrid") is None


def test_turning_the_observation_page_shows_the_next_rows_and_a_page_past_the_end_shows_the_last():
    spec = {"indicator": "gdp", "lang": "zh"}
    records = indicator.observation_records("gdp", "zh")
    second = _rows(indicator.turn_page(2, spec))
    assert _texts(second[0])[:2] == [records[15]["region_name"], str(records[15]["year"])]
    last = _rows(indicator.turn_page(10_000, spec))
    assert len(last) == len(records) - (len(records) - 1) // indicator.OBS_PAGE_ROWS * indicator.OBS_PAGE_ROWS
    assert indicator.turn_page(None, spec) is dash.no_update


def test_the_observation_table_links_to_the_data_page_filtered_to_the_indicator():
    layout = dash.page_registry["pages.indicator"]["layout"](indicator_id="gdp", region="beijing")
    hrefs = []

    def walk(node):
        if type(node).__name__ == "Link" and str(node.href).startswith("/data"):
            hrefs.append(node.href)
        children = getattr(node, "children", None)
        for c in children if isinstance(children, list) else [children] if children is not None else []:
            walk(c)
    walk(layout)
    assert len(hrefs) == 1
    query = parse_qs(urlsplit(hrefs[0]).query)
    assert query["all"] == ["1"] and "region" not in query
    assert json.loads(query["grid"][0])["indicator_name"]["filter"] == "地区生产总值"


def test_the_sources_page_carries_the_lean_coverage_heatmap():
    graph = _find(dash.page_registry["pages.sources"]["layout"](), "sources-coverage")
    heatmap = graph.figure["data"][0]
    assert not heatmap.get("xgap") and not heatmap.get("ygap")
    assert graph.figure["layout"]["yaxis"]["automargin"] is False
    assert [s["name"] for s in graph.figure["layout"]["shapes"]] == ["cell-lines"]
