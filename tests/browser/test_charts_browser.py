"""Issue 9 in a real browser: years apply on Enter, no two chart texts overlap, bars one year wide,
the PM2.5 standard drawn, page language and 404 status, axe-core with no critical or serious
violation on every page kind, and a phone layout.

These tests run their own server on the fixture table (tests/fixtures/make_table.py) with a catalogue
that gives PM2.5 its national standard, so nothing depends on the committed table's values."""
from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.browser.conftest import free_port, serving, start_server
from tests.browser.helpers import open_page
from tests.fixtures.make_table import CATALOG, fixture_rows, write_table

pytestmark = pytest.mark.browser

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
PM25_STANDARD = {"value": 35, "kind": "standard", "label_zh": "国家二级标准", "label_en": "National grade-II standard",
                 "source": "GB 3095-2012"}
BAR_SPAN = 0.8


@pytest.fixture(scope="module")
def fixture_url(tmp_path_factory):
    catalog = {**CATALOG, "indicators": [{**i, "direction": "down", "references": [PM25_STANDARD]}
                                         if i["id"] == "pm25_annual_mean" else i for i in CATALOG["indicators"]]}
    path = write_table(tmp_path_factory.mktemp("charts") / "indicators.parquet", fixture_rows(), catalog)
    port = free_port()
    with serving(start_server(path, port, workers=1), port) as url:
        yield url


@pytest.fixture
def csp_free_page(browser):
    """axe is injected as a script tag, which the app's Content-Security-Policy would refuse."""
    context = browser.new_context(bypass_csp=True, viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    yield context.new_page()
    context.close()


def test_a_typed_year_applies_on_enter(page, fixture_url):
    open_page(page, fixture_url + "/theme/economy")
    box = page.locator(".dash-range-slider-min-input").first
    box.click()
    box.fill("2016")
    box.press("Enter")  # focus stays in the box: no blur to commit it
    page.wait_for_url("**from=2016**", timeout=5000)
    page.wait_for_function("""() => { const gd = document.querySelector('#card-gdp .js-plotly-plot');
        return gd && gd.layout.title.subtitle.text.includes('2016–'); }""", timeout=10000)


OVERLAPS = """() => {
  const out = [];
  document.querySelectorAll('.chart-body:not(.is-fact) .js-plotly-plot').forEach(plot => {
    const card = plot.closest('.chart-card');
    const boxes = [...plot.querySelectorAll('.main-svg text')]
      .filter(t => t.textContent.trim() && t.getBBox().width > 0)
      .map(t => { const r = t.getBoundingClientRect(); return {t: t.textContent, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom}; });
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0), h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (w > 1 && h > 1) out.push([card ? card.id : '?', a.t, b.t]);
    }
  });
  return out;
}"""


@pytest.mark.parametrize("path", ["/", "/theme/economy", "/theme/environment", "/theme/innovation", "/region/beijing",
                                  "/indicator/pm25_annual_mean", "/?lang=en", "/theme/environment?lang=en"])
def test_no_two_texts_of_a_chart_overlap(page, fixture_url, path):
    open_page(page, fixture_url + path)
    assert page.evaluate(OVERLAPS) == []


BAR_WIDTHS = """() => [...document.querySelectorAll('.chart-body:not(.is-fact) .js-plotly-plot')].flatMap(gd => {
  const xa = gd._fullLayout.xaxis, perYear = xa._length / (xa.range[1] - xa.range[0]);
  return [...gd.querySelectorAll('.trace.bars .point path')].map(p => {
    const box = p.getBBox();
    return {width: box.width, perYear: perYear, centre: xa.p2d(box.x + box.width / 2)};
  });
})"""


@pytest.mark.parametrize("path", ["/indicator/pm25_change_vs_2013", "/indicator/tech_contract_turnover_to_tjhb",
                                  "/theme/innovation"])
def test_bars_are_at_most_one_year_wide_and_sit_on_their_year(page, fixture_url, path):
    open_page(page, fixture_url + path)
    bars = page.evaluate(BAR_WIDTHS)
    assert bars
    for bar in bars:
        assert bar["width"] <= bar["perYear"] * BAR_SPAN + 1, bar
        assert abs(bar["centre"] - round(bar["centre"])) < 0.5, bar


def test_the_pm25_standard_is_drawn_as_a_labelled_line(page, fixture_url):
    open_page(page, fixture_url + "/indicator/pm25_annual_mean")
    shapes = page.evaluate("() => document.querySelector('#card-pm25_annual_mean .js-plotly-plot')"
                           "._fullLayout.shapes.map(s => [s.name, s.y0])")
    assert ["reference-standard", 35] in shapes
    assert page.locator("#card-pm25_annual_mean .shapelayer path, #card-pm25_annual_mean .layer-below path").count() >= 1
    labels = page.eval_on_selector_all("#card-pm25_annual_mean .annotation-text", "els => els.map(e => e.textContent)")
    assert "国家二级标准 35" in labels
    assert "已达到" in page.locator("#indicator-references").inner_text()


@pytest.mark.parametrize("query, lang", [("", "zh-CN"), ("?lang=en", "en")])
def test_the_page_language_is_set_on_html(page, fixture_url, query, lang):
    open_page(page, fixture_url + "/theme/economy" + query)
    page.wait_for_function("want => document.documentElement.lang === want", arg=lang, timeout=5000)
    if lang == "en":  # and the tab title follows
        page.wait_for_function("() => document.title.startsWith('Economy')", timeout=5000)


def test_an_unknown_page_answers_404(fixture_url):
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(fixture_url + "/no/such/page", timeout=10)
    assert err.value.code == 404


AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.filter(v => v.impact === 'critical' || v.impact === 'serious')
    .map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
}"""


@pytest.mark.parametrize("path", ["/", "/theme/economy", "/theme/innovation", "/region/beijing", "/region/xiongan",
                                  "/indicator/pm25_annual_mean", "/data", "/sources", "/sources?lang=en", "/no/such/page", "/?lang=en",
                                  "/indicator/gdp?lang=en"])
def test_axe_finds_no_critical_or_serious_violation(csp_free_page, fixture_url, path):
    page = csp_free_page
    open_page(page, fixture_url + path)
    if path.startswith("/data"):
        page.wait_for_selector(".ag-row", timeout=10000)
    page.wait_for_timeout(300)  # the labelling script runs on the next animation frame
    page.add_script_tag(path=str(AXE))
    assert page.evaluate(AXE_RUN) == []


def test_every_page_has_a_main_landmark_and_a_skip_link(page, fixture_url):
    open_page(page, fixture_url + "/theme/economy")
    assert page.locator("main#main-content").count() == 1
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "skip-link"


def test_a_chart_has_a_text_alternative(page, fixture_url):
    open_page(page, fixture_url + "/indicator/gdp")
    alt = page.locator("#card-gdp .visually-hidden").inner_text()
    assert alt.startswith("图表：地区生产总值") and "2024年" in alt


def test_on_a_phone_the_navbar_folds_and_nothing_scrolls_sideways(browser, fixture_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN", is_mobile=True)
    page = context.new_page()
    try:
        open_page(page, fixture_url + "/theme/environment")
        assert page.locator("#nav-toggler").is_visible()
        assert not page.locator("#nav-lang").is_visible()
        page.locator("#nav-toggler").click()
        page.locator("#nav-lang").wait_for(state="visible", timeout=5000)
        assert page.evaluate("document.documentElement.scrollWidth") <= 391
    finally:
        context.close()


TAB_STOPS = """() => [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
  .filter(e => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')
  .length"""


def test_a_chart_card_costs_one_tab_stop_until_it_is_opened(page, fixture_url):
    open_page(page, fixture_url + "/theme/economy")
    page.wait_for_timeout(300)
    cards = page.locator(".chart-card").count()
    assert page.evaluate(TAB_STOPS) <= cards + 20  # one opener per card (tests/browser/test_keyboard_browser.py); navbar and filters
    assert page.locator(".modebar-btn[tabindex='-1']").count() == page.locator(".modebar-btn").count()


def test_grid_filters_on_data_go_into_the_url_and_come_back(page, fixture_url):
    open_page(page, fixture_url + "/data")
    page.wait_for_selector(".ag-row", timeout=10000)
    box = page.locator(".ag-floating-filter[aria-colindex='2'] input, "
                       ".ag-header-row-column-filter [aria-colindex='2'] input").first
    everything = page.locator("#data-row-count").inner_text()
    box.fill("天津")
    page.wait_for_url("**grid=**", timeout=10000)
    page.wait_for_function("all => document.querySelector('#data-row-count').innerText !== all", arg=everything,
                           timeout=10000)
    count = page.locator("#data-row-count").inner_text()
    page.goto(page.url)
    page.wait_for_selector(".ag-row", timeout=10000)
    page.wait_for_function("want => document.querySelector('#data-row-count').innerText === want", arg=count,
                           timeout=10000)


SVG_OVERLAPS = """() => {
  const boxes = [...document.querySelectorAll('svg text')].filter(t => t.textContent.trim() && t.getBBox().width > 0)
    .map(t => { const r = t.getBoundingClientRect(); return {t: t.textContent, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom}; });
  const out = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 1 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 1) out.push([a.t, b.t]);
  }
  return out;
}"""


@pytest.mark.parametrize("for_slide", [False, True], ids=["png-16x9", "deck-slide"])
@pytest.mark.parametrize("indicator", ["pm25_annual_mean", "gdp", "tech_contract_turnover_to_tjhb", "pm25_change_vs_2013"])
def test_the_exported_16_9_image_has_no_overlapping_texts(page, tmp_path, indicator, for_slide):
    """The 16:9 export and the deck's slide image, drawn by kaleido as SVG (the same layouts as the PNGs),
    measured in the browser."""
    from components.core import store  # noqa: PLC0415 - the export runs in this process for this test only
    from components.core.spec import ChartSpec  # noqa: PLC0415
    from components.export.images import DECK_LAYOUT_WIDTH, chart_figure, render, without_title  # noqa: PLC0415
    catalog = {**CATALOG, "indicators": [{**i, "references": [PM25_STANDARD]} if i["id"] == "pm25_annual_mean" else i
                                         for i in CATALOG["indicators"]]}
    store.init(write_table(tmp_path / "export.parquet", fixture_rows(), catalog))
    try:
        fig = chart_figure(ChartSpec.resolve(indicator))
        if for_slide:
            svg = render(without_title(fig), "svg", width=1600, height=900, screen_width=DECK_LAYOUT_WIDTH).decode()
        else:
            svg = render(fig, "svg", width=1600, height=900).decode()
    finally:
        store.init(None)
    page.set_content(f"<html><body style='margin:0'>{svg}</body></html>")
    assert page.evaluate(SVG_OVERLAPS) == []
