"""The security headers in Chromium: every page still draws, a filter change still redraws, and the
Content-Security-Policy is never violated (no blocked script, style, image, font or eval)."""
from __future__ import annotations

import pytest

from tests.browser.helpers import legend_names, open_page, wait_legend

pytestmark = pytest.mark.browser

# Records every CSP violation the page reports, from the first script on.
WATCH_CSP = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e =>
  window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || '')));
"""


@pytest.fixture
def csp_page(page):
    page.add_init_script(WATCH_CSP)
    return page


def violations(page) -> list[str]:
    return page.evaluate("() => window.__csp || []")


@pytest.mark.parametrize("path", ["/", "/theme/economy", "/theme/environment?lang=en", "/region/beijing",
                                  "/indicator/gdp", "/data", "/sources"])
def test_pages_draw_under_the_csp_without_violations(csp_page, app_url, path):
    response = csp_page.request.get(app_url + path)
    csp = response.headers["content-security-policy"]
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert "frame-ancestors 'self'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    errors = open_page(csp_page, app_url + path)
    if path == "/data":
        csp_page.wait_for_selector(".ag-row", timeout=10000)
    if path == "/sources":
        csp_page.wait_for_selector("#sources-table tbody tr", timeout=10000)
    assert violations(csp_page) == []
    assert [e for e in errors if "Content Security Policy" in e] == []
    assert errors == []


def test_a_filter_change_redraws_under_the_csp(csp_page, app_url):
    open_page(csp_page, app_url + "/indicator/gdp")
    assert "北京" in legend_names(csp_page, "card-gdp")
    csp_page.locator(".filter-regions").click()
    csp_page.locator(".dash-dropdown-option:has(input[value='tianjin'])").click()
    wait_legend(csp_page, "card-gdp", ["天津"])
    assert violations(csp_page) == []


def test_html_lang_follows_the_page_language(csp_page, app_url):
    open_page(csp_page, app_url + "/theme/economy?lang=en&lang=zh")  # first value wins, everywhere
    assert csp_page.evaluate("() => document.documentElement.lang") == "en"
    csp_page.wait_for_function("() => document.querySelector('.page-title')?.innerText === 'Economy'")
    assert csp_page.locator(".navbar").get_by_text("Overview").count() == 1
    csp_page.locator("#nav-lang").click()
    csp_page.wait_for_function("() => document.documentElement.lang === 'zh-CN'")
    assert violations(csp_page) == []


def test_an_unknown_page_is_a_404_that_still_shows_the_friendly_page(csp_page, app_url):
    response = csp_page.goto(app_url + "/no/such/page")
    assert response.status == 404
    csp_page.wait_for_selector("#not-found", timeout=10000)
    assert violations(csp_page) == []


def test_a_region_named_in_chinese_opens_the_region_page(csp_page, app_url):
    open_page(csp_page, app_url + "/region/%E5%8C%97%E4%BA%AC")
    assert "/region/beijing" in csp_page.url
    assert csp_page.locator(".page-region").count() == 1


def test_the_policy_is_enforced_an_injected_inline_script_does_not_run(csp_page, app_url):
    """The check above means something only if the browser applies the policy: a script a bug or an
    injection would add to the page is blocked, and reported."""
    open_page(csp_page, app_url + "/")
    csp_page.evaluate("""() => { const s = document.createElement('script');
                                 s.textContent = 'window.__injected = 1'; document.head.appendChild(s); }""")
    csp_page.wait_for_function("() => window.__csp.length > 0")
    assert csp_page.evaluate("() => window.__injected") is None
    assert any(v.startswith("script-src") for v in violations(csp_page))
