"""The /sources coverage heatmap is drawn lean (docs/performance.md §8): one pixel per cell, the lines between
cells as one path, its left margin worked out on the server, and still a number in every filled cell."""
from __future__ import annotations

import pytest

from components.core.figures import COVERAGE_BACKGROUND, COVERAGE_FONT, coverage_figure, text_width


@pytest.fixture(autouse=True)
def _store(loaded_store):
    return loaded_store


def test_no_gaps_between_cells_so_plotly_paints_a_pixel_per_cell():
    """With xgap/ygap plotly fills a rectangle per cell on a canvas the size of the plot (~10,000 cells on
    the real table) and encodes it as a PNG; without them it paints one pixel per cell and lets the browser
    scale the image (its 'fast' drawing)."""
    heatmap = coverage_figure()["data"][0]
    assert not heatmap.get("xgap") and not heatmap.get("ygap")
    assert "zsmooth" not in heatmap  # plotly picks its fast drawing itself on linear axes without gaps


def test_the_lines_between_cells_are_one_path_in_the_background_colour():
    fig = coverage_figure()
    heatmap = fig["data"][0]
    shapes = fig["layout"]["shapes"]
    assert len(shapes) == 1 and shapes[0]["type"] == "path" and shapes[0]["layer"] == "above"
    assert shapes[0]["line"]["color"] == fig["layout"]["plot_bgcolor"] == COVERAGE_BACKGROUND
    path = shapes[0]["path"]
    rows, years = len(heatmap["y"]), heatmap["x"]
    assert path.count("H") == rows - 1 and path.count("V") == len(years) - 1  # between cells, not around them
    x0, x1 = years[0] - 0.5, years[-1] + 0.5
    assert f"M{x0},0.5H{x1}" in path and f"M{years[1] - 0.5},-0.5V{rows - 0.5}" in path


def test_the_left_margin_is_set_from_the_labels_not_by_automargin():
    """automargin makes plotly lay the figure out, measure the labels, then draw it all again."""
    fig = coverage_figure()
    layout = fig["layout"]
    assert layout["yaxis"]["automargin"] is False
    widest = max(text_width(label, COVERAGE_FONT) for label in fig["data"][0]["y"])
    assert layout["margin"]["l"] >= widest + 10
    assert layout["font"]["size"] == COVERAGE_FONT


def test_every_filled_cell_still_shows_its_number_and_has_one_hover_template():
    """The page's hint says the numbers are regions with a value: the texttemplate stays, one for all cells."""
    heatmap = coverage_figure()["data"][0]
    assert heatmap["texttemplate"] == "%{z}"
    assert "text" not in heatmap and "hovertext" not in heatmap and "customdata" not in heatmap
    assert heatmap["hovertemplate"].count("%{z}") == 1
    assert all(v is None or (isinstance(v, int) and v > 0) for row in heatmap["z"] for v in row)

