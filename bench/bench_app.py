"""Prints how fast the dashboard is on this machine; a script, not a test.

Measures, against a gunicorn server it starts itself (1 worker, compression on):
  * page load: navigation start -> every chart drawn (median of RUNS, cold cache and warm);
  * filter change -> every chart on the page redrawn (p50/p95 over CHANGES changes);
  * bytes on the wire for the first visit of / (encoded, i.e. after compression);
  * server time of the chart-redraw callback on a synthetic 1,000,000-row table;
  * RSS of one worker (real data, and with the 1,000,000-row table).
Run: .venv/bin/python bench/bench_app.py [--runs 5] [--changes 30] [--rows 1000000]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyarrow.parquet as pq  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser.conftest import ARGS, CHROMIUM, REAL_DATA, free_port, start_server, wait_until_up  # noqa: E402
from tests.browser.helpers import CHARTS_DRAWN  # noqa: E402
from tests.fixtures.make_table import write_synthetic, write_table  # noqa: E402

PAGES = ["/", "/theme/economy", "/theme/environment", "/theme/innovation", "/region/beijing", "/indicator/gdp",
         "/data", "/sources"]
FILTER_PAGES = ["/indicator/gdp", "/theme/economy"]

READY = CHARTS_DRAWN.replace("return document.querySelector('.page') &&",
                             "return document.querySelector('.page') && (!document.querySelector('#data-grid') "
                             "|| document.querySelector('.ag-row')) &&")

# The clock starts when the year input commits its value (on blur), not when Playwright starts typing.
ARM_REDRAW = """() => {
  const graphs = [...document.querySelectorAll('.chart-graph .js-plotly-plot')];
  window._t0 = performance.now();
  document.querySelector('.dash-range-slider-min-input')
    .addEventListener('blur', () => { window._t0 = performance.now(); }, {once: true});
  const drawn = Promise.all(graphs.map(g => new Promise(r => g.once('plotly_afterplot', r))));
  const timeout = new Promise(r => setTimeout(() => r('timeout'), 5000));
  window._redraw = Promise.race([drawn.then(() => performance.now() - window._t0), timeout]);
  return graphs.length;
}"""


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def worker_rss_mb(master_pid: int) -> float:
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    rss = []
    for pid in children:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                rss.append(int(line.split()[1]) / 1024)
    return max(rss) if rss else float("nan")


def page_loads(browser, url: str, runs: int) -> None:
    print(f"\n== page load: navigation -> all charts drawn (median of {runs}) ==")
    print(f"{'page':<22}{'cold ms':>10}{'warm ms':>10}")
    for path in PAGES:
        cold, warm = [], []
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            page = context.new_page()
            page.goto(url + path)
            page.wait_for_function(READY, timeout=20000)
            cold.append(page.evaluate("() => performance.now()"))
            page.reload()
            page.wait_for_function(READY, timeout=20000)
            warm.append(page.evaluate("() => performance.now()"))
            context.close()
        print(f"{path:<22}{statistics.median(cold):>10.0f}{statistics.median(warm):>10.0f}")


def first_visit_bytes(browser, url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    total = {"bytes": 0, "requests": 0}

    def finished(event):
        total["bytes"] += event.get("encodedDataLength", 0)
        total["requests"] += 1
    cdp.on("Network.loadingFinished", finished)
    page.goto(url + "/")
    page.wait_for_function(READY, timeout=20000)
    page.wait_for_timeout(500)
    print(f"\n== first visit of / : {total['bytes'] / 1e6:.2f} MB on the wire in {total['requests']} requests ==")
    context.close()


def filter_changes(browser, url: str, changes: int) -> None:
    print(f"\n== filter change -> every chart on the page redrawn ({changes} changes) ==")
    for path in FILTER_PAGES:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url + path)
        page.wait_for_function(READY, timeout=20000)
        low = page.locator(".dash-range-slider-min-input").first
        start = int(low.get_attribute("min"))
        times, charts = [], 0
        for i in range(changes):
            charts = page.evaluate(ARM_REDRAW)
            low.fill(str(start + 1 + i))  # a new range each time: no figure comes from the server's cache
            low.press("Tab")
            result = page.evaluate("() => window._redraw")
            if result != "timeout":
                times.append(result)
        print(f"{path:<22} charts={charts:<3} p50={pct(times, 50):.0f} ms  p95={pct(times, 95):.0f} ms  "
              f"(n={len(times)}, timeouts={changes - len(times)})")
        page.close()


def _card_id(kind: str, key) -> dict:
    return {"key": key, "page": "theme", "type": kind}


# What the theme page's redraw callback writes, per card (components/ui/cards.py card_outputs).
CARD_OUTPUTS = [("chart-graph", "figure"), ("chart-graph", "config"), ("chart-spec", "data"), ("chart-facts", "children"),
                ("chart-body", "className"), ("chart-alt", "children")]
# ... and one page-level output after them: every card's export links (components/ui/export_menu.py)
LINKS_OUTPUT = {"id": {"page": "theme", "type": "export-links"}, "property": "data-links"}


def callback_payload(data_path: Path, theme: str, year_from: int) -> tuple[dict, int]:
    """The request the browser sends when the year range of /theme/<theme> changes."""
    catalog = json.loads(pq.read_schema(data_path).metadata[b"catalog"])
    ids = [i["id"] for i in catalog["indicators"] if i["theme"] == theme]
    present = set(pq.read_table(data_path, columns=["indicator"]).column("indicator").to_pylist())
    ids = [i for i in ids if i in present]
    specs = [{"indicator": i, "regions": [], "from": None, "to": None, "lang": "zh", "default_regions": []} for i in ids]
    regions = {"id": {"page": "theme", "type": "filter-regions"}, "property": "value", "value": []}
    years = {"id": {"page": "theme", "type": "filter-years"}, "property": "value", "value": [year_from, 2024]}
    output = "...".join([f"{json.dumps(_card_id(kind, ['ALL']), separators=(',', ':'))}.{prop}" for kind, prop in CARD_OUTPUTS]
                        + [f"{json.dumps(LINKS_OUTPUT['id'], separators=(',', ':'))}.{LINKS_OUTPUT['property']}"])
    return {
        "output": f"..{output}..",
        "outputs": [[{"id": _card_id(kind, i), "property": prop} for i in ids] for kind, prop in CARD_OUTPUTS] + [LINKS_OUTPUT],
        "inputs": [regions, years],
        "changedPropIds": ['{"page":"theme","type":"filter-years"}.value'],
        "state": [[{"id": _card_id("chart-spec", s["indicator"]), "property": "data", "value": s} for s in specs]],
    }, len(ids)


def server_callback_times(rows: int, base: Path, runs: int = 20) -> None:
    print(f"\n== server: chart-redraw callback on a synthetic table of {rows:,} rows ==")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.parquet"
        t0 = time.perf_counter()
        write_synthetic(path, rows, base)
        print(f"synthetic table written in {time.perf_counter() - t0:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")
        port = free_port()
        t0 = time.perf_counter()
        proc = start_server(path, port, workers=1)
        url = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(url, proc, timeout=120)
            print(f"server up (table loaded) in {time.perf_counter() - t0:.1f} s")
            for theme in ("economy", "environment"):
                times, size = [], 0
                for i in range(runs):
                    payload, n = callback_payload(base, theme, year_from=1994 + i)  # uncached every time
                    body = json.dumps(payload).encode()
                    request = urllib.request.Request(url + "/_dash-update-component", data=body,
                                                     headers={"Content-Type": "application/json"})
                    t0 = time.perf_counter()
                    with urllib.request.urlopen(request) as response:
                        body = response.read()
                        size = len(body)
                    if i == 0 and b'chart-graph' not in body:
                        raise RuntimeError(f"unexpected callback answer: {body[:300]!r}")
                    times.append((time.perf_counter() - t0) * 1000)
                times = times[1:]  # the first call in a worker pays plotly's warm-up
                print(f"theme {theme:<12} {n} charts: p50={pct(times, 50):.0f} ms p95={pct(times, 95):.0f} ms "
                      f"per callback ({size / 1e3:.0f} kB response, uncompressed)")
            print(f"RSS of the worker holding {rows:,} rows: {worker_rss_mb(proc.pid):.0f} MB")
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--changes", type=int, default=30)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--parts", default="loads,bytes,filters,server",
                        help="comma-separated subset of loads,bytes,filters,server")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    data = REAL_DATA if REAL_DATA.exists() else write_table(Path(tempfile.mkdtemp()) / "fixture.parquet")
    print(f"data: {data}")
    port = free_port()
    proc = start_server(data, port, workers=1)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, proc)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            if "loads" in parts:
                page_loads(browser, url, args.runs)
            if "bytes" in parts:
                first_visit_bytes(browser, url)
            if "filters" in parts:
                filter_changes(browser, url, args.changes)
            browser.close()
        print(f"\nRSS of one worker after the runs above (real data): {worker_rss_mb(proc.pid):.0f} MB")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    if "server" in parts:
        server_callback_times(args.rows, data)


if __name__ == "__main__":
    main()
