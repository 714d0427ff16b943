"""/data shows the values the charts use by default, with a switch to every vintage and revision.

The grid's rows come from the server block by block (AG Grid's infinite row model): these tests ask
the page's row callback what a reader's grid would be sent.
"""
from __future__ import annotations

import json

import dash
import pytest
from dash._utils import to_json

import app  # noqa: F401 - registers the pages
from components.core.url_state import parse
from pages.data import filter_model, rows, view_of


@pytest.fixture(autouse=True)
def _store(loaded_store):
    return loaded_store


def page_layout(**query) -> dict:
    return json.loads(to_json(dash.page_registry["pages.data"]["layout"](**query)))


def find(node, component_id):
    if isinstance(node, dict):
        if node.get("props", {}).get("id") == component_id:
            return node["props"]
        for value in node.values():
            found = find(value, component_id)
            if found is not None:
                return found
    elif isinstance(node, list):
        for item in node:
            found = find(item, component_id)
            if found is not None:
                return found
    return None


def grid_rows(filters=None, sort=None, **query) -> list[dict]:
    """Every row the grid would show for the page opened at ?query, asked in blocks as the grid does."""
    view = find(page_layout(**query), "data-view")["data"]
    got, start = [], 0
    while True:
        answer, _count = rows({"startRow": start, "endRow": start + 100, "filterModel": filters or {},
                               "sortModel": sort or []}, view)
        got.extend(answer["rowData"])
        start += 100
        if start >= answer["rowCount"]:
            return got


def test_by_default_one_value_per_region_year_the_charted_one():
    rows_ = [r for r in grid_rows() if r["indicator"] == "gdp" and r["region"] == "beijing" and r["year"] == 2021]
    assert [r["value"] for r in rows_] == [44350.7]  # not the superseded first release 40269.6


def test_the_switch_shows_every_vintage():
    rows_ = [r for r in grid_rows(all="1") if r["indicator"] == "gdp" and r["region"] == "beijing" and r["year"] == 2021]
    assert sorted(r["value"] for r in rows_) == [40269.6, 44350.7]
    layout = to_json(dash.page_registry["pages.data"]["layout"]())
    assert "all=1" in layout and "data-vintages-switch" in layout


def test_grid_filters_are_read_from_the_url_and_junk_is_ignored():
    model = {"region_name": {"filterType": "text", "type": "contains", "filter": "天津"}}
    assert filter_model(json.dumps(model)) == model
    assert filter_model("not json") == {} and filter_model("[1]") == {} and filter_model(None) == {}
    grid = find(page_layout(grid=json.dumps(model)), "data-grid")
    assert grid["filterModel"] == model  # the grid opens with the URL's filter applied
    shown = grid_rows(filters=model)
    assert shown and all(r["region_name"] == "天津" for r in shown)


def test_the_layout_carries_no_rows_only_the_count():
    layout = page_layout()
    grid = find(layout, "data-grid")
    assert grid["rowModelType"] == "infinite" and "rowData" not in grid
    count = find(layout, "data-row-count")["children"]
    assert count == f"共 {len(grid_rows())} 行"
    assert len(to_json(dash.page_registry["pages.data"]["layout"](all="1"))) < 50_000


def test_the_row_count_follows_the_url_filter_from_the_first_paint():
    model = {"region_name": {"filterType": "text", "type": "contains", "filter": "天津"}}
    count = find(page_layout(grid=json.dumps(model)), "data-row-count")["children"]
    assert count == f"共 {len(grid_rows(filters=model))} 行"


def test_regions_and_years_from_the_url_limit_the_rows():
    shown = grid_rows(region="hebei", **{"from": "2016"})
    assert shown and {r["region"] for r in shown} == {"hebei"} and min(r["year"] for r in shown) >= 2016


def test_a_malformed_row_request_is_answered_with_nothing_not_an_error():
    view = view_of(parse({}), False)
    assert rows(None, view) == (dash.no_update, dash.no_update)
    answer, _ = rows({"startRow": "x", "endRow": None, "filterModel": "junk", "sortModel": {"a": 1}}, "junk")
    assert isinstance(answer["rowData"], list) and answer["rowCount"] >= len(answer["rowData"])
