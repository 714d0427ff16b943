"""A filter change updates the drawn charts in place (plotly's `react` diff), not by rebuilding each plot.

plotly 3 rebuilds a plot whose config changed (`newPlot`, its SVG made anew, then `react` again); the cards' config
is therefore the same for every view, and the modebar PNG's name, which says the years, travels in the figure
(`layout.meta.file`, handed to plotly by assets/export_menu.js). docs/performance.md §10.1."""
from __future__ import annotations

import pytest

from tests.browser.helpers import open_page

pytestmark = pytest.mark.browser

DRAWN = "[...document.querySelectorAll('.chart-body:not(.is-fact) .js-plotly-plot')]"
MARK = "() => " + DRAWN + ".map(g => g.querySelector('.main-svg').setAttribute('data-before', '')).length"
KEPT = "() => " + DRAWN + ".map(g => !!g.querySelector('.main-svg[data-before]'))"
NEW_YEARS = "() => " + DRAWN + ".every(g => g.layout.meta.from === 2018 && g.layout.title.subtitle.text.includes('2018–'))"


def change_years(page, year: int = 2018):
    low = page.locator(".dash-range-slider-min-input").first
    low.fill(str(year))
    low.press("Tab")
    page.wait_for_url(f"**from={year}**", timeout=10000)
    page.wait_for_function(NEW_YEARS, timeout=15000)
    page.wait_for_timeout(300)


def test_a_filter_change_redraws_the_charts_in_place(page, app_url):
    errors = open_page(page, app_url + "/theme/economy", draw_all=False)
    graphs = page.evaluate(MARK)
    assert graphs >= 2
    change_years(page)
    assert page.evaluate(KEPT) == [True] * graphs  # the same SVG, updated: no plot was rebuilt
    assert errors == []


def test_the_modebar_png_is_named_after_the_years_shown_after_a_filter_change(page, app_url):
    open_page(page, app_url + "/theme/economy", draw_all=False)
    change_years(page)
    card = page.locator(".chart-card:has(.chart-body:not(.is-fact) .js-plotly-plot)").first
    name = card.locator(".js-plotly-plot").evaluate("g => g.layout.meta.file")
    assert "_2018-" in name  # indicator_regions_2018-<last year>
    card.locator(".js-plotly-plot").hover()
    button = card.locator(".modebar-btn[data-title='下载图表为PNG格式']").first
    with page.expect_download(timeout=20000) as info:
        button.click()
    assert info.value.suggested_filename == f"{name}.png"
    assert open(info.value.path(), "rb").read(8) == b"\x89PNG\r\n\x1a\n"
