"""Theme and region pages draw their first screen, not all 20–30 charts: cards further down hold a
placeholder of the chart's height until the reader scrolls near them (assets/lazy_charts.js), and
are then drawn under the page's current filter. The committed table gives these pages 20+ cards."""
from __future__ import annotations

import pytest

from components.ui.cards import DRAWN_WITH_PAGE
from tests.browser.helpers import open_page

pytestmark = pytest.mark.browser

GRAPHS = "() => document.querySelectorAll('.chart-graph').length"
PLACEHOLDERS = "() => document.querySelectorAll('.chart-placeholder').length"
SUBTITLES = """() => [...document.querySelectorAll('.chart-body:not(.is-fact) .js-plotly-plot')]
  .map(g => g.layout.title.subtitle.text)"""


def scroll_to_the_end(page):
    """Scroll a screen at a time, as a reader does, until no placeholder is left."""
    for _ in range(80):
        if not page.evaluate(PLACEHOLDERS):
            return
        page.mouse.wheel(0, 700)
        page.wait_for_timeout(150)
    raise AssertionError(f"{page.evaluate(PLACEHOLDERS)} cards still not drawn at the end of the page")


@pytest.mark.parametrize("path", ["/theme/economy", "/region/hebei"])
def test_cards_below_the_first_screen_wait_until_scrolled_near(page, app_url, path):
    errors = open_page(page, app_url + path, draw_all=False)
    page.wait_for_timeout(500)
    cards = page.locator(".chart-card").count()
    assert cards > 3 * DRAWN_WITH_PAGE
    waiting = page.evaluate(PLACEHOLDERS)
    assert waiting > 0 and page.evaluate(GRAPHS) + waiting == cards
    # every card already has its title and export menu; a placeholder keeps the chart's height
    assert page.locator(".chart-card .chart-card-title").count() == cards
    assert page.locator(".chart-card .chart-card-tools").count() == cards
    assert page.locator(".chart-placeholder").first.bounding_box()["height"] >= 400
    scroll_to_the_end(page)
    page.wait_for_function("n => document.querySelectorAll('.chart-graph .main-svg').length"
                           " + document.querySelectorAll('.is-fact').length >= n", arg=cards, timeout=15000)
    assert page.evaluate(GRAPHS) == cards
    assert errors == []


def test_a_card_drawn_after_a_filter_change_shows_the_new_years(page, app_url):
    open_page(page, app_url + "/theme/economy", draw_all=False)
    low = page.locator(".dash-range-slider-min-input").first
    low.fill("2018")
    low.press("Tab")
    page.wait_for_url("**from=2018**", timeout=10000)
    page.wait_for_function("() => [...document.querySelectorAll('.chart-body:not(.is-fact) .js-plotly-plot')]"
                           ".every(g => g.layout.title.subtitle.text.includes('2018–'))", timeout=15000)
    scroll_to_the_end(page)
    page.wait_for_function("() => !document.querySelector('.chart-placeholder')", timeout=15000)
    page.wait_for_timeout(500)
    subtitles = page.evaluate(SUBTITLES)
    assert len(subtitles) > DRAWN_WITH_PAGE
    assert all(s.split(" · ")[-1] >= "2018" for s in subtitles), subtitles


def test_placeholders_are_not_tab_stops(page, app_url):
    open_page(page, app_url + "/theme/economy", draw_all=False)
    assert page.evaluate(PLACEHOLDERS) > 0
    # The placeholder is the element clicked to draw (no button): nothing in it takes focus.
    assert page.evaluate("() => [...document.querySelectorAll('.chart-placeholder')].every(p => p.tabIndex === -1"
                         " && !p.querySelector('button, a, [tabindex]'))")
