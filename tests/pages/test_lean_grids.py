"""Round 11 (docs/performance.md §8): the grids of /sources and /indicator draw the visible rows and a short
buffer (AG Grid's default is 10 more rows, each with a Markdown source cell), and /sources carries the lean
coverage heatmap."""
from __future__ import annotations

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


def test_the_observation_grid_draws_a_short_row_buffer():
    grid = _find(dash.page_registry["pages.indicator"]["layout"](indicator_id="gdp"), "indicator-observations")
    assert grid.dashGridOptions["rowBuffer"] == indicator.GRID_ROW_BUFFER <= 2
    # what the grid shows is unchanged: the source column is still a link, the conflict column still there
    fields = [c["field"] for c in grid.columnDefs]
    assert "conflict" in fields and "source" in fields
    assert next(c for c in grid.columnDefs if c["field"] == "source")["cellRenderer"] == "markdown"


def test_the_sources_page_carries_the_lean_coverage_heatmap():
    graph = _find(dash.page_registry["pages.sources"]["layout"](), "sources-coverage")
    heatmap = graph.figure["data"][0]
    assert not heatmap.get("xgap") and not heatmap.get("ygap")
    assert graph.figure["layout"]["yaxis"]["automargin"] is False
    assert [s["name"] for s in graph.figure["layout"]["shapes"]] == ["cell-lines"]
