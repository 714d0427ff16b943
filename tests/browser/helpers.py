"""What the browser tests wait for: a page is ready when every chart on it has drawn its SVG.

A fact card (an indicator with fewer than three years in the view) keeps its graph hidden and empty;
it is not waited for.
"""
from __future__ import annotations

CHARTS_DRAWN = """() => {
  const graphs = [...document.querySelectorAll('.chart-graph')].filter(g => !g.closest('.is-fact'));
  return document.querySelector('.page') && graphs.every(g => g.querySelector('.main-svg'));
}"""


# Cards below the fold wait for the reader (assets/lazy_charts.js); a test that checks every chart of a
# page draws them all, as printing does.
DRAW_ALL = """() => { document.querySelectorAll('.chart-placeholder:not([data-clicked])')
  .forEach(b => { b.setAttribute('data-clicked', ''); b.click(); }); }"""
ALL_DRAWN = "() => !document.querySelector('.chart-placeholder') && (" + CHARTS_DRAWN + ")()"


def open_page(page, url: str, draw_all: bool = True):
    """Go to url and wait until its charts are drawn (all of them unless draw_all is False: then those
    the page draws before the reader scrolls); returns the console errors seen on the way."""
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(url)
    page.wait_for_function(CHARTS_DRAWN, timeout=15000)
    if draw_all:
        draw_every_card(page)
    return errors


def draw_every_card(page):
    """Draw every card at once (as printing does); the wait grows with the cards still to draw (a region page
    holds 50 of them, which a loaded 2-core machine takes longer than 15 s to draw together)."""
    waiting = page.evaluate("() => document.querySelectorAll('.chart-placeholder').length")
    page.evaluate(DRAW_ALL)
    page.wait_for_function(ALL_DRAWN, timeout=15000 + 1000 * waiting)


def svg_texts(page, selector: str) -> list[str]:
    """innerText is empty for SVG text; textContent is what plotly wrote."""
    return page.eval_on_selector_all(selector, "els => els.map(e => e.textContent)")


def legend_names(page, card_id: str) -> list[str]:
    return svg_texts(page, f"#{card_id} .legendtext")


def wait_legend(page, card_id: str, expected: list[str]):
    page.wait_for_function(
        "([id, want]) => JSON.stringify([...document.querySelectorAll('#' + id + ' .legendtext')]"
        ".map(e => e.textContent)) === JSON.stringify(want)", arg=[card_id, expected], timeout=10000)
