"""/data in the real browser grid: the rows come from the server, block by block, and what a reader
does in the grid's headers (sort, filter, scroll) shows the right rows of the whole table, under the CSP.

A server of its own on a table of a few thousand rows (more than one block) so paging is exercised.
"""
from __future__ import annotations

import json

import pandas as pd
import pytest

from tests.browser.conftest import free_port, serving, start_server
from tests.browser.helpers import open_page
from tests.fixtures.make_table import write_synthetic

pytestmark = pytest.mark.browser

ROWS = 3000
WATCH_CSP = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""
REGION_FILTER = ".ag-floating-filter[aria-colindex='2'] input, .ag-header-row-column-filter [aria-colindex='2'] input"


@pytest.fixture(scope="module")
def big_table(tmp_path_factory):
    return write_synthetic(tmp_path_factory.mktemp("bigdata") / "indicators.parquet", ROWS)


@pytest.fixture(scope="module")
def big_url(big_table):
    port = free_port()
    with serving(start_server(big_table, port, workers=1), port) as url:
        yield url


@pytest.fixture
def grid_page(page):
    page.add_init_script(WATCH_CSP)
    return page


def first_rows(page):
    page.wait_for_selector("#data-grid .ag-center-cols-container .ag-row .ag-cell", timeout=20000)


def column_texts(page, col: str) -> list[str]:
    return page.eval_on_selector_all(
        f"#data-grid .ag-center-cols-container .ag-row[row-index] [col-id='{col}']",
        "cells => cells.map(c => [Number(c.closest('.ag-row').getAttribute('row-index')), c.textContent])"
        ".sort((a, b) => a[0] - b[0]).map(p => p[1])")


def test_the_page_sent_to_the_browser_carries_no_rows(grid_page, big_url):
    layouts: list[bytes] = []

    def keep(response):
        # the page's layout: in the first layout answer (round 13), or from the router's callback on a move inside
        # the app; not a block of rows
        if "/_dash-layout" in response.url or "/_dash-update-component" in response.url:
            body = response.body()
            if b'"_pages_content"' in body:
                layouts.append(body)
    grid_page.on("response", keep)
    open_page(grid_page, big_url + "/data?all=1")
    first_rows(grid_page)
    assert len(layouts) == 1
    layout = json.loads(layouts[0])
    assert b"rowData" not in layouts[0] and len(layouts[0]) < 50_000
    assert "infinite" in json.dumps(layout)
    assert grid_page.locator("#data-row-count").inner_text() == f"共 {ROWS} 行"


def test_sorting_a_column_shows_the_largest_values_of_the_whole_table_first(grid_page, big_url, big_table):
    open_page(grid_page, big_url + "/data?all=1")
    first_rows(grid_page)
    header = grid_page.locator("#data-grid .ag-header-cell-sortable[col-id='value'] .ag-header-cell-label")
    header.click()  # ascending
    grid_page.wait_for_function("() => document.querySelector(\"#data-grid .ag-header-cell[col-id='value']\")"
                                ".getAttribute('aria-sort') === 'ascending'")
    header.click()  # descending
    values = pd.read_parquet(big_table)["value"].dropna().sort_values(ascending=False).tolist()
    grid_page.wait_for_function(
        "want => { const c = document.querySelector(\"#data-grid .ag-row[row-index='0'] [col-id='value']\");"
        " return c && Math.abs(Number(c.textContent) - want) <= 1e-6 * Math.abs(want); }", arg=values[0], timeout=15000)
    shown = [float(v) for v in column_texts(grid_page, "value")[:10]]
    assert shown == pytest.approx(values[:10], rel=1e-6)
    assert grid_page.evaluate("() => window.__csp") == []


def test_a_header_filter_shows_only_matching_rows_and_counts_them(grid_page, big_url, big_table):
    open_page(grid_page, big_url + "/data?all=1")
    first_rows(grid_page)
    grid_page.locator(REGION_FILTER).first.fill("天津")
    table = pd.read_parquet(big_table)
    expected = int(table["region_name_zh"].astype(str).str.contains("天津").sum())
    grid_page.wait_for_function("want => document.querySelector('#data-row-count').innerText === want",
                                arg=f"共 {expected} 行", timeout=15000)
    grid_page.wait_for_url("**grid=**", timeout=10000)
    regions = set(column_texts(grid_page, "region_name"))
    assert regions == {"天津"}
    assert grid_page.evaluate("() => window.__csp") == []


def test_scrolling_to_the_end_fetches_the_last_rows(grid_page, big_url):
    open_page(grid_page, big_url + "/data?all=1")
    first_rows(grid_page)
    grid_page.wait_for_function("() => document.querySelector('#data-grid .ag-body-vertical-scroll-viewport, "
                                "#data-grid .ag-body-viewport').scrollHeight > 10000", timeout=10000)
    last = ROWS - 1
    for _ in range(20):  # the infinite model grows the scroll area as blocks arrive
        grid_page.evaluate("() => document.querySelectorAll('#data-grid .ag-body-vertical-scroll-viewport, "
                           "#data-grid .ag-body-viewport').forEach(v => { v.scrollTop = v.scrollHeight; })")
        grid_page.wait_for_timeout(300)
        if grid_page.locator(f"#data-grid .ag-row[row-index='{last}'] [col-id='region_name']").count():
            break
    # The last block's rows show their values (a row still loading shows an empty stub).
    grid_page.wait_for_function(
        "last => /^\\d{4}$/.test((document.querySelector(`#data-grid .ag-center-cols-container "
        ".ag-row[row-index='${last}'] [col-id='year']`) || {}).textContent || '')", arg=last, timeout=15000)
    assert grid_page.evaluate("() => window.__csp") == []
