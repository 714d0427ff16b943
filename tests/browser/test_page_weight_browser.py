"""What a page makes the browser fetch: only the scripts it uses, and nothing twice.

AG Grid's bundle goes only to pages with a grid (and is fetched once when the reader moves to one
inside the app); fingerprinted scripts and assets are cached for a year, so a revisit fetches no
script again; pages themselves are revalidated on every visit.
"""
from __future__ import annotations

import re

import pytest

from tests.browser.helpers import open_page

pytestmark = pytest.mark.browser

GRID_FILES = "/dash_ag_grid/"  # the bundle and its async chunks
GRID_SCRIPT = "/dash_ag_grid/dash_ag_grid."  # the bundle itself


def requested_urls(page) -> list[str]:
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    return urls


@pytest.mark.parametrize("path", ["/", "/theme/economy", "/region/beijing", "/indicator/gdp", "/sources"])
def test_a_page_without_a_grid_requests_no_grid_script(page, app_url, path):
    urls = requested_urls(page)
    open_page(page, app_url + path)
    page.wait_for_timeout(300)
    drawn = ".coverage-image" if path == "/sources" else ".chart-graph .main-svg"  # /sources: the coverage image
    assert page.locator(drawn).count() >= 1  # the page did draw
    assert [u for u in urls if GRID_FILES in u] == []
    assert [u for u in urls if "polyfill" in u or "dash_table" in u] == []  # nothing the pages never use


def test_a_grid_page_carries_the_grid_script(page, app_url):
    urls = requested_urls(page)
    open_page(page, app_url + "/data")
    page.wait_for_selector(".ag-row .ag-cell", timeout=15000)
    assert len([u for u in urls if GRID_SCRIPT in u]) == 1


def test_moving_to_a_grid_page_inside_the_app_fetches_the_grid_once_and_shows_rows(page, app_url):
    urls = requested_urls(page)
    errors = open_page(page, app_url + "/theme/economy")
    page.locator("#nav-data a").click()
    page.wait_for_url("**/data**")
    page.wait_for_selector("#data-grid .ag-row .ag-cell", timeout=20000)
    page.go_back()  # back to a page without a grid, then to the grid again: the bundle is not fetched twice
    page.wait_for_url("**/theme/economy**")
    page.locator("#nav-data a").click()
    page.wait_for_selector("#data-grid .ag-row .ag-cell", timeout=20000)
    assert len([u for u in urls if GRID_SCRIPT in u]) == 1
    assert errors == []


def test_fingerprinted_scripts_and_assets_are_cached_for_a_year_and_pages_revalidate(page, app_url):
    response = page.request.get(app_url + "/indicator/gdp")
    assert response.headers["cache-control"] == "no-cache"
    html = response.text()
    sources = re.findall(r'<script src="([^"]+)"', html) + re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    sources += re.findall(r'<meta name="jjj-grid-script" content="([^"]+)"', html)
    fingerprinted = [s for s in sources if "/_dash-component-suites/" in s or "?m=" in s]
    assert len(fingerprinted) >= 8
    for src in fingerprinted:
        headers = page.request.get(app_url + src).headers
        assert headers["cache-control"] == "public, max-age=31536000, immutable", src
    assert page.request.get(app_url + "/_dash-layout").headers["cache-control"] == "no-cache"


def test_a_warm_revisit_fetches_no_script_or_stylesheet_again(browser, app_url):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    try:
        page = context.new_page()
        open_page(page, app_url + "/theme/economy")
        page.goto("about:blank")
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        fetched: dict[str, str] = {}
        sizes: dict[str, int] = {}
        cdp.on("Network.requestWillBeSent", lambda e: fetched.__setitem__(e["requestId"], e["request"]["url"]))
        cdp.on("Network.loadingFinished", lambda e: sizes.__setitem__(e["requestId"], e["encodedDataLength"]))
        open_page(page, app_url + "/indicator/gdp")  # another page: the scripts are the same URLs
        page.wait_for_timeout(300)
        over_network = [fetched[i] for i, size in sizes.items()
                        if size > 0 and i in fetched and re.search(r"\.(js|css)(\?|$)", fetched[i])]
        assert over_network == [u for u in over_network if GRID_FILES in u or "async-" in u]  # only what is new
        assert not [u for u in over_network if "plotly" in u or "bootstrap" in u or "dash_renderer" in u]
    finally:
        context.close()


def test_a_page_load_makes_no_navbar_request_and_its_navbar_is_the_pages(page, app_url):
    """The shell's layout holds the navbar built for the loaded address (language, active item): no navbar
    callback on a page load; moving to another page inside the app still rebuilds it."""
    posts = []
    page.on("request", lambda r: posts.append(r.post_data or "") if "/_dash-update-component" in r.url else None)
    open_page(page, app_url + "/theme/economy?lang=en")
    page.wait_for_timeout(500)
    # The page itself comes in the layout too (app.py `page_container`, docs/performance.md §9): no callback at all.
    assert not any("_pages_content" in p for p in posts) and not any("shell-navbar" in p for p in posts)
    assert page.locator(".navbar").get_by_text("Overview").count() == 1
    assert page.locator("#nav-lang").inner_text() == "中文"
    assert "lang=en" not in (page.locator("#nav-lang").get_attribute("href") or "")
    page.locator(".navbar .navbar-brand").click()  # to the overview, inside the app
    page.wait_for_url(re.compile(r"/\?lang=en$"))
    page.wait_for_function("() => document.querySelector('#nav-overview .nav-link.active') !== null")
    assert any("shell-navbar" in p for p in posts) and any("_pages_content" in p for p in posts)
