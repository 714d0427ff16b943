"""/data shows the values the charts use by default, with a switch to every vintage and revision."""
from __future__ import annotations

import json

import dash
import pytest
from dash._utils import to_json

import app  # noqa: F401 - registers the pages


@pytest.fixture(autouse=True)
def _store(loaded_store):
    return loaded_store


def grid_rows(**query) -> list[dict]:
    layout = json.loads(to_json(dash.page_registry["pages.data"]["layout"](**query)))
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("props", {}).get("id") == "data-grid":
                found.extend(node["props"]["rowData"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)
    walk(layout)
    return found


def test_by_default_one_value_per_region_year_the_charted_one():
    rows = [r for r in grid_rows() if r["indicator"] == "gdp" and r["region"] == "beijing" and r["year"] == 2021]
    assert [r["value"] for r in rows] == [44350.7]  # not the superseded first release 40269.6


def test_the_switch_shows_every_vintage():
    rows = [r for r in grid_rows(all="1") if r["indicator"] == "gdp" and r["region"] == "beijing" and r["year"] == 2021]
    assert sorted(r["value"] for r in rows) == [40269.6, 44350.7]
    layout = to_json(dash.page_registry["pages.data"]["layout"]())
    assert "all=1" in layout and "data-vintages-switch" in layout


def test_grid_filters_are_read_from_the_url_and_junk_is_ignored():
    from pages.data import filter_model  # noqa: PLC0415
    model = {"region_name": {"filterType": "text", "type": "contains", "filter": "天津"}}
    assert filter_model(json.dumps(model)) == model
    assert filter_model("not json") == {} and filter_model("[1]") == {} and filter_model(None) == {}
    rows = grid_rows(grid=json.dumps(model))
    assert rows  # the page renders with the filter (the grid applies it in the browser)
