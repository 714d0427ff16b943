"""Writes docs/screenshots/<page>.png for each page, from a server this script starts itself.

Run: `make screenshots` (or .venv/bin/python docs/make_screenshots.py [--out DIR] [name ...]). Uses Debian's Chromium.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser.conftest import ARGS, CHROMIUM, REAL_DATA, free_port, start_server, wait_until_up  # noqa: E402
from tests.browser.helpers import CHARTS_DRAWN, draw_every_card  # noqa: E402
from tests.fixtures.make_table import write_table  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PAGES = [
    ("overview", "/"),
    ("theme-economy", "/theme/economy"),
    ("theme-environment", "/theme/environment"),
    ("theme-innovation", "/theme/innovation"),
    ("region-beijing", "/region/beijing"),
    ("region-xiongan", "/region/xiongan"),
    ("indicator-gdp", "/indicator/gdp"),
    ("indicator-gdp-en", "/indicator/gdp?lang=en"),
    ("indicator-pm25-standard", "/indicator/pm25_annual_mean"),
    ("data", "/data"),
    ("data-filtered", "/data?region=tianjin&from=2015"),
    ("sources", "/sources"),
    ("unknown-region", "/theme/economy?region=atlantis"),
    ("not-found", "/no/such/page"),
]
# The same pages on a 390-pixel phone.
PHONE = [("phone-overview", "/"), ("phone-theme-environment", "/theme/environment")]
# Slides as a briefing projects them: the 16:9 export of a chart (what a deck slide shows).
SLIDES = [("slide-pm25", "pm25_annual_mean"), ("slide-gdp", "gdp")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the PNGs (default docs/screenshots)")
    parser.add_argument("names", nargs="*", help="only these screenshots, e.g. theme-economy")
    args = parser.parse_args()
    pages = [(name, path) for name, path in PAGES if not args.names or name in args.names]
    data = REAL_DATA
    if not data.exists():
        data = write_table(Path("/tmp/jjj_screenshot_fixture.parquet"))
        print(f"{REAL_DATA} missing: using the test fixture table")
    port = free_port()
    proc = start_server(data, port)
    url = f"http://127.0.0.1:{port}"
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        wait_until_up(url, proc)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1440, "height": 1000}, locale="zh-CN")
            phone = browser.new_page(viewport={"width": 390, "height": 844}, locale="zh-CN", is_mobile=True)
            jobs = [(page, name, path) for name, path in pages]
            jobs += [(phone, name, path) for name, path in PHONE if not args.names or name in args.names]
            for page, name, path in jobs:
                page.goto(url + path)
                page.wait_for_selector(".page", timeout=15000)
                page.wait_for_function(CHARTS_DRAWN, timeout=15000)  # fact cards have no chart to wait for
                draw_every_card(page)  # a full-page picture shows every card, as printing does
                page.wait_for_timeout(300)
                target = args.out / f"{name}.png"
                page.screenshot(path=str(target), full_page=True)
                print(target)
            browser.close()
        slides(data, args.out, args.names)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def slides(data: Path, out: Path, names: list[str]) -> None:
    """The 16:9 PNG a briefing slide shows, rendered by the export code (kaleido) from the same table."""
    from components.core import store  # noqa: PLC0415 - only for the slide images
    from components.core.spec import ChartSpec  # noqa: PLC0415
    from components.export.images import chart_image  # noqa: PLC0415
    store.init(data)
    for name, indicator in SLIDES:
        if names and name not in names:
            continue
        target = out / f"{name}.png"
        target.write_bytes(chart_image(ChartSpec.resolve(indicator, None, 2013, None), "png", scale=1))
        print(target)


if __name__ == "__main__":
    main()
