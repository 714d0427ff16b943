"""A page load is one layout answer: the page comes in /_dash-layout, not from a callback after it.

app.py `page_container` builds the page the layout request's Referer names, and starts Dash's page Location
with that address, so the router callback (prevent_initial_call) does not fire on a page load; the index
preloads /_dash-layout, /_dash-dependencies and the dcc chunks the page draws with (docs/performance.md §9).
Moving inside the app still goes through the router.
"""
from __future__ import annotations

import pytest

from tests.browser.helpers import open_page

pytestmark = pytest.mark.browser


def dash_requests(page) -> list[str]:
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url.split("?")[0].rsplit("/", 1)[-1])
            if "/_dash-" in request.url and "/_dash-component-suites/" not in request.url else None)
    return urls


def warnings_and_errors(page) -> list[str]:
    seen: list[str] = []
    page.on("console", lambda msg: seen.append(msg.text) if msg.type in ("error", "warning") else None)
    return seen


@pytest.mark.parametrize("path", ["/", "/theme/economy", "/region/hebei", "/indicator/gdp"])
def test_a_page_load_asks_the_server_once_for_the_page_and_draws_it(page, app_url, path):
    urls, console = dash_requests(page), warnings_and_errors(page)
    open_page(page, app_url + path, draw_all=False)
    page.wait_for_timeout(500)
    assert page.locator(".chart-graph .main-svg").count() >= 1
    # One layout (the preload is the request the renderer uses: no second one, no "preloaded but not used"),
    # and no callback for the page's content.
    assert urls.count("_dash-layout") == 1 and urls.count("_dash-dependencies") == 1, urls
    assert "_dash-update-component" not in urls, urls
    assert not [m for m in console if "preload" in m], console


def test_the_page_has_its_title_language_and_filters_from_the_first_layout(page, app_url):
    open_page(page, app_url + "/theme/economy?lang=en&from=2018", draw_all=False)
    assert page.title().startswith("Economy")
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.locator(".dash-range-slider-min-input").first.input_value() == "2018"


def test_moving_inside_the_app_still_goes_through_the_router(page, app_url):
    urls = dash_requests(page)
    open_page(page, app_url + "/theme/economy", draw_all=False)
    urls.clear()
    page.locator(".chart-card-title").first.click()
    page.wait_for_url("**/indicator/**")
    page.wait_for_selector(".page-indicator .chart-graph .main-svg", timeout=15000)
    assert "_dash-update-component" in urls and "_dash-layout" not in urls


def test_the_index_preloads_what_the_first_render_needs(page, app_url):
    chart_page = page.request.get(app_url + "/theme/economy").text()
    for name in ("/_dash-layout", "/_dash-dependencies", "/dcc/async-graph.js", "/dcc/async-dropdown.js",
                 "/dcc/async-slider.js"):
        assert f'href="{name}"' in chart_page or f'{name}">' in chart_page, name
    for path in ("/data", "/sources"):  # pages without charts: plotly comes after the page, no chart chunk either
        no_chart_page = page.request.get(app_url + path).text()
        assert "async-graph.js" not in no_chart_page and 'name="jjj-later-scripts"' in no_chart_page, path


def test_export_links_appear_when_the_menu_opens(page, app_url):
    """The menu's links travel as one attribute and become links on opening: four per menu, with file names."""
    open_page(page, app_url + "/theme/economy", draw_all=False)
    menu = page.locator(".chart-card details.export-details").first
    assert menu.locator("a.export-link").count() == 0
    menu.locator("summary").click()
    links = menu.locator("a.export-link")
    links.first.wait_for(timeout=5000)
    assert links.count() == 4
    assert all(links.nth(i).get_attribute("href").startswith("/export/") for i in range(4))
    assert all(links.nth(i).get_attribute("download") for i in range(4))
