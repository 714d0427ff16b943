"""/sources and /indicator as the browser draws them. Round 29 (docs/performance.md §21): /sources and /indicator
list their rows in plain tables, a page at a time, searched and paged on the server. Round 30 (§21): the /sources
coverage grid is an SVG image drawn on the server (components/core/coverage.py), and the page loads plotly.js
only after it is drawn."""
from __future__ import annotations

import pytest

import app  # noqa: F401 - registers the pages, so their modules import
from components.ui.paged_table import PAGE_ROWS
from tests.browser.helpers import open_page

pytestmark = pytest.mark.browser

IMAGE = """() => {
  const img = document.querySelector('img.coverage-image');
  const wrap = img.closest('.coverage-scroll');
  const box = img.getBoundingClientRect();
  return {complete: img.complete, natural: [img.naturalWidth, img.naturalHeight],
          attrs: [Number(img.getAttribute('width')), Number(img.getAttribute('height'))], drawn: [box.width, box.height],
          src: img.getAttribute('src'), alt: img.getAttribute('alt'),
          scroll: [wrap.scrollWidth, wrap.clientWidth], plots: document.querySelectorAll('.js-plotly-plot').length};
}"""
IMAGE_LOADED = "() => [...document.querySelectorAll('img.coverage-image')].every(i => i.complete && i.naturalWidth > 0)" \
    " && document.querySelectorAll('img.coverage-image').length === 1"


def test_the_coverage_image_loads_at_the_size_the_layout_gives(page, app_url):
    """The grid is an SVG drawn on the server (round 30, §21): it loads, at the width and height the page gave it
    (nothing below it moves), is never scaled down, and scrolls sideways inside its box on a narrow screen."""
    errors = open_page(page, app_url + "/sources", draw_all=False)
    page.wait_for_function(IMAGE_LOADED, timeout=15000)
    got = page.evaluate(IMAGE)
    assert got["natural"] == got["attrs"] == got["drawn"] and got["attrs"][0] > 0
    assert got["src"].startswith("/coverage.svg?lang=zh&v=") and got["alt"]
    assert got["plots"] == 0  # no chart on the page
    response = page.request.get(app_url + got["src"])
    assert response.headers["content-type"] == "image/svg+xml; charset=utf-8"
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert page.locator("#sources-coverage-download").get_attribute("href") == got["src"]
    page.set_viewport_size({"width": 390, "height": 800})  # a phone: the image keeps its size and scrolls sideways
    narrow = page.evaluate(IMAGE)
    assert narrow["drawn"] == got["attrs"] and narrow["scroll"][0] > narrow["scroll"][1]
    assert not [e for e in errors if "favicon" not in e]


def test_the_sources_page_requests_no_plotly_before_it_is_drawn(page, app_url):
    """Registered with charts=False: plotly.js and the graph chunk stay out of the page's first load and come once
    it is drawn (assets/later_scripts.js), cached for the next page."""
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    open_page(page, app_url + "/sources", draw_all=False)
    page.wait_for_function(IMAGE_LOADED, timeout=15000)
    page.wait_for_selector("#sources-table tbody tr", timeout=15000)
    before = list(urls)
    assert any("/coverage.svg?" in u for u in before)
    assert [u for u in before if "plotly" in u or "async-graph" in u] == []
    assert "plotly" in page.get_attribute('meta[name="jjj-later-scripts"]', "content")
    page.wait_for_function("() => window.Plotly !== undefined", timeout=20000)  # and it comes after


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
    # (the rows' cells fill as their block arrives: wait until every name cell shown has its text)
    cells = "#data-grid .ag-row [col-id='indicator_name']"
    page.wait_for_function("sel => { const cs = [...document.querySelectorAll(sel)];"
                           " return cs.length > 0 && cs.every(c => c.textContent.trim()); }", arg=cells, timeout=20000)
    names = page.eval_on_selector_all(cells, "cs => cs.map(c => c.textContent)")
    assert names and set(names) == {"地区生产总值"}
    assert errors == []
