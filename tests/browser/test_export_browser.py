"""Exports in the browser: the card menu delivers a file; the briefing pack shows progress and downloads."""
from __future__ import annotations

import io

import pytest
from PIL import Image
from pptx import Presentation

from tests.browser.helpers import open_page

pytestmark = pytest.mark.browser

PROGRESS_LOG = """() => {
  window.__progress = [];
  new MutationObserver(() => {
    const el = document.querySelector('#briefing-progress .progress-bar') || document.querySelector('#briefing-progress');
    const v = Number(el.getAttribute('aria-valuenow') || parseFloat(el.style.width) || 0);
    if (window.__progress[window.__progress.length - 1] !== v) window.__progress.push(v);
  }).observe(document.querySelector('#briefing-progress'), {subtree: true, attributes: true, childList: true});
}"""


@pytest.mark.parametrize("item,filename,magic,pixels", [
    ("PNG · 16:9", "地区生产总值_北京-天津_2013-2024.png", b"\x89PNG", (3200, 1800)),
    ("PNG · 4:3", "地区生产总值_北京-天津_2013-2024_4x3.png", b"\x89PNG", (2400, 1800)),
    ("PDF", "地区生产总值_北京-天津_2013-2024.pdf", b"%PDF", None),
])
def test_card_export_menu_downloads_the_chart(page, app_url, item, filename, magic, pixels):
    open_page(page, app_url + "/indicator/gdp?region=beijing,tianjin&from=2013&to=2024")
    page.locator("#card-gdp .export-menu summary", has_text="导出 / Export").click()
    with page.expect_download(timeout=30000) as download:
        page.locator("#card-gdp details[open] .dropdown-item", has_text=item).click()
    assert download.value.suggested_filename == filename
    data = open(download.value.path(), "rb").read()
    assert data.startswith(magic)
    if pixels:
        assert Image.open(io.BytesIO(data)).size == pixels


def test_briefing_deck_shows_progress_and_downloads(page, app_url):
    # The ZIP takes the same path but for the last step; tests/test_export_briefing.py covers its content.
    open_page(page, app_url + "/theme/economy")
    assert page.locator("#briefing-pptx").count() == 1, "the theme page carries briefing_button(...)"
    charts = page.locator(".chart-card .chart-graph").count()
    page.evaluate(PROGRESS_LOG)
    with page.expect_download(timeout=60000) as download:
        page.locator("#briefing-pptx").click()
    assert download.value.suggested_filename.startswith("briefing_theme-economy_")
    assert download.value.suggested_filename.endswith(".pptx")
    slides = list(Presentation(io.BytesIO(open(download.value.path(), "rb").read())).slides)
    assert len(slides) == 1 + charts + 1  # cover, one per chart (all have data unfiltered), sources
    assert slides[-1].shapes.title.text == "数据来源"
    seen = page.evaluate("() => window.__progress")
    assert any(0 < v < 100 for v in seen), f"the bar moved through intermediate values: {seen}"
    assert seen == sorted(seen) or seen[-1] == 100, seen


def test_a_busy_export_says_so_in_the_card(page, app_url):
    open_page(page, app_url + "/indicator/gdp?region=beijing,tianjin&from=2013&to=2024")
    page.route("**/export/**", lambda route: route.fulfill(status=503, body="busy", headers={"Retry-After": "2"}))
    page.locator("#card-gdp .export-menu summary").click()
    page.locator("#card-gdp details[open] .dropdown-item", has_text="SVG").click()
    message = page.locator("#card-gdp .export-message")
    message.wait_for(timeout=5000)
    page.wait_for_function("() => document.querySelector('#card-gdp .export-message').textContent.length > 0")
    assert "请几秒后再试" in message.inner_text()
    assert page.locator("#card-gdp details[open]").count() == 0  # the menu closed behind the click


def test_after_a_filter_change_every_cards_menu_exports_the_new_view(page, app_url):
    """One page-level holder carries every card's links after a redraw; a menu takes its own when opened,
    drawn card or not."""
    open_page(page, app_url + "/theme/economy")
    low = page.locator(".dash-range-slider-min-input").first
    year = int(low.get_attribute("min")) + 2
    low.fill(str(year))
    low.press("Tab")
    # the holder is filled at load too: wait for the links of the new view, not for any links
    page.wait_for_function("y => (document.querySelector('.export-links-data').getAttribute('data-links') || '')"
                           ".includes('from=' + y)", arg=year)
    for card in page.locator(".chart-card").all()[:1] + page.locator(".chart-card").all()[-1:]:
        card.locator(".export-menu summary").click()
        link = card.locator("details[open] a.export-link").first
        assert f"from={year}" in link.get_attribute("href") and f"_{year}-" in link.get_attribute("download")
        page.keyboard.press("Escape")
