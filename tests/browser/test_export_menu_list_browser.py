"""Round 14 (docs/performance.md §10): the export menu's list is not a Dash component; assets/export_menu.js makes it
when the menu first opens. A reader still gets the four links, with their file names, under the menu's button, on a
card drawn with the page and on one drawn when scrolled near; the page carries no list before a menu opens."""
from __future__ import annotations

import pytest

from tests.browser.helpers import open_page

pytestmark = pytest.mark.browser

MENU_LINKS = """(card) => { const list = document.querySelector('#' + card + ' details.export-details .export-list');
  const summary = document.querySelector('#' + card + ' details.export-details summary');
  if (!list) return null;
  const box = list.getBoundingClientRect(), button = summary.getBoundingClientRect();
  return {links: [...list.querySelectorAll('a.export-link')].map(a => [a.textContent, a.getAttribute('href'),
                                                                      a.getAttribute('download')]),
          below: box.top >= button.bottom - 1, visible: box.height > 0 && getComputedStyle(list).display !== 'none'}; }"""


def test_the_menu_list_is_made_when_a_menu_opens_with_its_four_links(page, app_url):
    open_page(page, app_url + "/theme/economy", draw_all=False)
    assert page.locator(".export-list").count() == 0  # nothing in the layout until a menu opens
    cards = page.eval_on_selector_all(".chart-card", "cs => cs.map(c => c.id)")
    first, last = cards[0], cards[-1]
    for card in (first, last):
        page.locator(f"#{card} details.export-details summary").scroll_into_view_if_needed()
        # a card scrolled near is drawn then, and so are its neighbours: let the page settle before the click lands
        # (a loaded machine draws slowly, and a click during the shift hits whatever moved under it)
        page.wait_for_function("c => !document.querySelector('#' + c + ' .chart-placeholder')", arg=card, timeout=15000)
        page.wait_for_timeout(300)
        page.locator(f"#{card} details.export-details summary").click()
        page.wait_for_selector(f"#{card} details.export-details[open]", timeout=5000)
        got = page.evaluate(MENU_LINKS, card)
        assert got is not None and got["visible"] and got["below"]
        assert len(got["links"]) == 4 and all(href.startswith("/export/") for _label, href, _name in got["links"])
        assert all(name and name.endswith((".png", ".svg", ".pdf")) for _label, _href, name in got["links"])
        page.keyboard.press("Escape")
    # opening the first menu again reuses its list: still four links, one list
    page.locator(f"#{first} details.export-details summary").scroll_into_view_if_needed()
    page.locator(f"#{first} details.export-details summary").click()
    assert page.locator(f"#{first} .export-list").count() == 1 and page.locator(f"#{first} a.export-link").count() == 4
