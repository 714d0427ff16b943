"""Writes docs/screenshots/<page>.png for each page, from a server this script starts itself.

Run: `make screenshots` (or .venv/bin/python docs/make_screenshots.py). Uses Debian's Chromium.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser.conftest import ARGS, CHROMIUM, REAL_DATA, free_port, start_server, wait_until_up  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PAGES = [
    ("overview", "/"),
    ("theme-economy", "/theme/economy"),
    ("theme-environment", "/theme/environment"),
    ("region-beijing", "/region/beijing"),
    ("region-xiongan", "/region/xiongan"),
    ("indicator-gdp", "/indicator/gdp"),
    ("indicator-gdp-en", "/indicator/gdp?lang=en"),
    ("data", "/data"),
    ("data-filtered", "/data?region=tianjin&from=2015"),
    ("sources", "/sources"),
    ("unknown-region", "/theme/economy?region=atlantis"),
    ("not-found", "/no/such/page"),
]


def main() -> None:
    data = REAL_DATA
    if not data.exists():
        from tests.fixtures.make_table import write_table
        data = write_table(Path("/tmp/jjj_screenshot_fixture.parquet"))
        print(f"{REAL_DATA} missing: using the test fixture table")
    port = free_port()
    proc = start_server(data, port)
    url = f"http://127.0.0.1:{port}"
    OUT.mkdir(parents=True, exist_ok=True)
    try:
        wait_until_up(url, proc)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1440, "height": 1000}, locale="zh-CN")
            for name, path in PAGES:
                page.goto(url + path)
                page.wait_for_selector(".page", timeout=15000)
                if page.locator(".chart-graph").count():
                    page.wait_for_function(
                        "() => [...document.querySelectorAll('.chart-graph')].every(g => g.querySelector('.main-svg'))",
                        timeout=15000)
                page.wait_for_timeout(300)
                target = OUT / f"{name}.png"
                page.screenshot(path=str(target), full_page=True)
                print(target.relative_to(ROOT))
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
