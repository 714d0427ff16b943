"""Keyboard only (issue #9): a chart card is one Tab stop until it is opened, Enter opens it and puts its
controls (title link, export menu) in the Tab order, leaving it or Escape closes it, and the card's
focus is visible. axe-core stays clean with the card toggles on the page.

The server reads the fixture table (tests/fixtures/make_table.py), so nothing depends on the committed data."""
from __future__ import annotations

import pytest

from tests.browser.conftest import free_port, serving, start_server
from tests.browser.helpers import open_page
from tests.browser.test_charts_browser import AXE, AXE_RUN
from tests.fixtures.make_table import fixture_rows, write_table

pytestmark = pytest.mark.browser

# Where focus is: which card it is in (null outside cards), and whether it is the card's toggle.
WHERE = """() => { const e = document.activeElement; const card = e && e.closest('.chart-card');
  return {card: card ? card.id : null, toggle: !!(e && e.classList.contains('chart-card-open')),
          tag: e ? e.tagName : null, key: e ? (e.id || e.className || e.tagName) + '|' + (e.textContent || '').slice(0, 30) : ''}; }"""

# Tabbable elements outside the chart cards, counted from the DOM (not by pressing Tab): the shell.
SHELL_STOPS = """() => [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
  .filter(e => !e.closest('.chart-card') && e.tabIndex >= 0 && !e.disabled && e.getClientRects().length
               && getComputedStyle(e).visibility !== 'hidden')
  .length"""


@pytest.fixture(scope="module")
def keyboard_url(tmp_path_factory):
    path = write_table(tmp_path_factory.mktemp("keyboard") / "indicators.parquet", fixture_rows())
    port = free_port()
    with serving(start_server(path, port, workers=1), port) as url:
        yield url


def tab_walk(page, limit: int = 150) -> list[dict]:
    """Every stop Tab visits once round the page, in order (stops when focus comes back to the first)."""
    stops: list[dict] = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        here = page.evaluate(WHERE)
        if here["tag"] in (None, "BODY"):
            continue
        if stops and here["key"] == stops[0]["key"]:
            break
        stops.append(here)
    return stops


def ready(page, url: str):
    open_page(page, url)
    page.wait_for_timeout(300)  # the card script runs on the next animation frame


def test_a_theme_page_costs_one_tab_stop_per_card_plus_the_shell(page, keyboard_url):
    ready(page, keyboard_url + "/theme/economy")
    cards = page.eval_on_selector_all(".chart-card", "cs => cs.map(c => c.id)")
    shell = page.evaluate(SHELL_STOPS)
    stops = tab_walk(page)
    in_cards = [s for s in stops if s["card"]]
    assert len(cards) >= 2
    assert sorted(s["card"] for s in in_cards) == sorted(cards)  # each card exactly once
    assert all(s["toggle"] for s in in_cards)
    assert len(stops) == len(cards) + shell


def test_enter_opens_a_card_and_its_controls_join_the_tab_order(page, keyboard_url):
    ready(page, keyboard_url + "/theme/economy")
    toggle = page.locator("#card-gdp > .chart-card-open")
    assert toggle.get_attribute("aria-expanded") == "false"
    toggle.focus()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true"
    here = page.evaluate(WHERE)
    assert here["card"] == "card-gdp" and here["tag"] == "A"  # the card's title link
    page.keyboard.press("Tab")
    assert page.evaluate(WHERE)["card"] == "card-gdp"  # then its export menu
    assert page.evaluate("document.activeElement.closest('.export-menu') !== null")
    for _ in range(10):  # out of the card: it closes behind the reader
        page.keyboard.press("Tab")
        if page.evaluate(WHERE)["card"] != "card-gdp":
            break
    assert toggle.get_attribute("aria-expanded") == "false"
    assert page.locator("#card-gdp [data-card-tab]").count() >= 2  # its controls left the Tab order again


def test_escape_closes_an_open_card_and_returns_to_its_toggle(page, keyboard_url):
    ready(page, keyboard_url + "/theme/economy")
    page.locator("#card-gdp > .chart-card-open").focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    here = page.evaluate(WHERE)
    assert here["card"] == "card-gdp" and here["toggle"]
    assert page.locator("#card-gdp > .chart-card-open").get_attribute("aria-expanded") == "false"


def test_a_focused_card_shows_its_focus(page, keyboard_url):
    ready(page, keyboard_url + "/theme/economy")
    page.locator("#card-gdp > .chart-card-open").focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # keyboard focus, so :focus-visible applies
    box = page.locator("#card-gdp > .chart-card-open").bounding_box()
    assert box and box["width"] > 40 and box["height"] > 10  # the toggle's words show
    outline = page.evaluate("getComputedStyle(document.querySelector('#card-gdp')).outlineStyle")
    assert outline != "none"


def test_a_mouse_still_reaches_the_card_controls_without_opening_it(page, keyboard_url):
    ready(page, keyboard_url + "/theme/economy")
    page.locator("#card-gdp .export-menu .dropdown-toggle").click()
    page.locator("#card-gdp details[open] .export-link").first.wait_for(timeout=5000)
    page.mouse.click(5, 500)  # a click elsewhere closes the menu, as a dropdown's would
    page.locator("#card-gdp details[open]").wait_for(state="detached", timeout=5000)


@pytest.mark.parametrize("path", ["/theme/economy", "/indicator/gdp", "/region/beijing?lang=en"])
def test_axe_stays_clean_with_card_toggles(browser, keyboard_url, path):
    context = browser.new_context(bypass_csp=True, viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    page = context.new_page()
    try:
        ready(page, keyboard_url + path)
        page.add_script_tag(path=str(AXE))
        assert page.evaluate(AXE_RUN) == []
        page.locator(".chart-card-open").first.focus()
        page.keyboard.press("Enter")  # an open card too
        assert page.evaluate(AXE_RUN) == []
    finally:
        context.close()


def test_the_export_menu_opens_with_enter_and_escape_closes_it_not_the_card(page, keyboard_url):
    ready(page, keyboard_url + "/theme/economy")
    page.locator("#card-gdp > .chart-card-open").focus()
    page.keyboard.press("Enter")  # open the card: its title link
    page.keyboard.press("Tab")  # its export menu's button
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    page.keyboard.press("Enter")
    assert page.locator("#card-gdp details[open]").count() == 1
    page.keyboard.press("Tab")  # into the menu: its first link
    assert page.evaluate("document.activeElement.classList.contains('export-link')")
    page.keyboard.press("Escape")
    assert page.locator("#card-gdp details[open]").count() == 0
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"  # back on the menu's button
    assert page.locator("#card-gdp > .chart-card-open").get_attribute("aria-expanded") == "true"  # the card stays open
