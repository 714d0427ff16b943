"""/sources and /indicator as the browser draws them after round 11 (docs/performance.md §8): the coverage
heatmap is one image of a pixel per cell, scaled by the browser, with a number in every filled cell, the
labels whole at the left and the cells' hover. Round 29 (§21): /sources and /indicator list their rows in plain
tables, a page at a time, searched and paged on the server."""
from __future__ import annotations

import pytest

import app  # noqa: F401 - registers the pages, so their modules import
from components.ui.paged_table import PAGE_ROWS
from tests.browser.helpers import open_page

pytestmark = pytest.mark.browser

HEATMAP = """() => {
  const g = document.querySelector('#sources-coverage .js-plotly-plot');
  const image = g.querySelector('.hm image');
  const cells = g.data[0].z.flat().filter(v => v != null).length;
  const probe = new Image();
  probe.src = image.getAttribute('href') || image.getAttribute('xlink:href');
  const plot = g.querySelector('.nsewdrag').getBoundingClientRect();
  const labels = [...g.querySelectorAll('.ytick text')].map(t => t.getBoundingClientRect().left);
  return {style: image.getAttribute('style') || '', png: [probe.naturalWidth, probe.naturalHeight],
          cells: [g.data[0].x.length, g.data[0].y.length], numbers: g.querySelectorAll('.hm text, .heatmaplayer text').length,
          filled: cells, labelsLeft: Math.min(...labels), svgLeft: g.getBoundingClientRect().left,
          plotLeft: plot.left, lines: g.querySelectorAll('.shapelayer path').length};
}"""


def test_the_coverage_heatmap_is_a_pixel_per_cell_with_its_numbers_and_whole_labels(page, app_url):
    errors = open_page(page, app_url + "/sources", draw_all=False)
    page.wait_for_selector("#sources-coverage .hm image", state="attached", timeout=15000)
    page.wait_for_timeout(200)  # the image's data URL decodes
    got = page.evaluate(HEATMAP)
    assert "pixelated" in got["style"]  # plotly's fast drawing: the browser scales a tiny image
    assert got["png"] == got["cells"]  # one pixel per year and indicator, not a canvas the size of the plot
    assert got["numbers"] == got["filled"] > 0  # every filled cell still says how many regions
    assert got["labelsLeft"] >= got["svgLeft"]  # the margin set on the server holds the longest label
    assert got["lines"] >= 1  # the lines between cells
    assert not [e for e in errors if "favicon" not in e]


FIRST_FILLED = """() => {
  const t = document.querySelector('#sources-coverage .js-plotly-plot').data[0];
  for (let j = 0; j < t.y.length; j++) for (let i = t.x.length - 1; i >= 0; i--)
    if (t.z[j][i] != null) return {row: j, year: t.x[i], n: t.z[j][i]};
}"""
CELL_AT = """(cell) => {
  const g = document.querySelector('#sources-coverage .js-plotly-plot');
  const box = g.querySelector('.nsewdrag').getBoundingClientRect();
  return [box.left + g._fullLayout.xaxis.c2p(cell.year), box.top + g._fullLayout.yaxis.c2p(cell.row)];
}"""


def test_a_coverage_cell_still_says_how_many_regions_on_hover(page, app_url):
    open_page(page, app_url + "/sources", draw_all=False)
    page.wait_for_selector("#sources-coverage .hm image", state="attached", timeout=15000)
    cell = page.evaluate(FIRST_FILLED)
    x, y = page.evaluate(CELL_AT, cell)
    page.mouse.wheel(0, max(0, y - 500))
    page.wait_for_timeout(300)
    x, y = page.evaluate(CELL_AT, cell)
    page.mouse.move(x, y)
    page.wait_for_selector("#sources-coverage .hoverlayer .hovertext", timeout=5000)
    hover = page.eval_on_selector("#sources-coverage .hoverlayer .hovertext", "e => e.textContent")
    assert f"{cell['n']}个地区" in hover and str(cell["year"]) in hover


def test_the_source_list_searches_sorts_and_pages_on_the_server(page, app_url):
    errors = open_page(page, app_url + "/sources", draw_all=False)
    rows = "#sources-table tbody tr"
    page.wait_for_selector(rows, timeout=15000)
    first = page.locator(rows).all_inner_texts()
    assert len(first) == PAGE_ROWS and page.locator("#sources-table a[href^='http']").count() > 0
    page.locator("#sources-pages").get_by_text("2", exact=True).click()
    page.wait_for_function("before => document.querySelector('#sources-table tbody tr').innerText !== before",
                           arg=first[0], timeout=10000)
    # a search keeps the sources holding its words, from the first page; the count says how many
    page.locator("#sources-search").fill("雄安")
    page.locator("#sources-search").press("Enter")
    page.wait_for_function("() => [...document.querySelectorAll('#sources-table tbody tr')].every(r => r.innerText.includes('雄安'))",
                           timeout=10000)
    assert "雄安" in page.locator(rows).first.inner_text() and page.locator("#sources-count").inner_text().startswith("共")
    assert errors == []


def test_the_indicator_page_pages_through_its_observations_and_links_to_all_of_them(page, app_url):
    errors = open_page(page, app_url + "/indicator/gdp")
    table = "#indicator-observations table"
    page.wait_for_selector(f"{table} tbody tr", timeout=15000)
    first = page.locator(f"{table} tbody tr").all_inner_texts()
    assert len(first) == PAGE_ROWS
    assert page.locator(f"{table} tbody a[href^='http']").count() > 0  # the sources link out
    page.locator("#indicator-observation-pages").get_by_text("2", exact=True).click()
    page.wait_for_function("([sel, before]) => document.querySelector(sel + ' tbody tr').innerText !== before",
                           arg=[table, first[0]], timeout=10000)
    assert page.locator(f"{table} tbody tr").all_inner_texts() != first
    # every observation, sortable and filterable, is one link away, on the data page
    page.locator("#indicator-data-link").click()
    page.wait_for_selector("#data-grid .ag-row .ag-cell", timeout=20000)
    names = page.eval_on_selector_all("#data-grid .ag-row [col-id='indicator_name']", "cs => cs.map(c => c.textContent)")
    assert names and set(names) == {"地区生产总值"}
    assert errors == []
