"""Page speed as a ratio to the smallest Dash apps, measured side by side in one run; a script, not a test.

It starts, in the same run:
  * the project app (gunicorn, 1 worker, debug off) on the committed table (else the fixture table);
  * floor  (bench/floor/floor.py): one dropdown and one graph, plotly's full bundle, Dash's defaults;
  * floor7 (bench/floor/floor7.py): one dropdown and seven graphs redrawn by one callback, compressed;
  * floorN: the same app with N graphs, for every other number of charts a page draws on its first screen
    (a first pass counts them), so that each page is also compared with a floor of as many charts;
  * the project app again on a synthetic 100,000-row table (for /data at size);
and measures in headless Chromium (Debian's /usr/bin/chromium through Playwright), interleaved
(every repetition visits every app and page in turn), median of RUNS:
  * cold: a fresh browser context (empty cache) -> navigation start to every chart drawn and no callback
    pending (grids: first rows drawn); KB on the wire (encoded bytes, CDP Network.loadingFinished);
  * warm: the same context visits the page again (cache warm, a normal navigation, not a reload);
  * redraw: a filter change on /theme/economy -> all its charts redrawn, against floor7's dropdown change
    -> its seven charts redrawn (p50/p95 over CHANGES changes);
  * /data on 100,000 rows: the page layout's JSON size and the time to the first rows drawn.
Ratios: page / floor (cold, warm), page / floor7 (warm, for pages with several charts) and page / floorN
(warm, N = the page's charts drawn).

Run: .venv/bin/python bench/bench_pages.py [--runs 5] [--changes 20] [--quick] [--app-root DIR]
     [--profile /,/data]  (Chromium trace of cold and warm visits: where the time goes, main-thread CPU)
     [--parts loads,redraw,data] [--pages /theme/economy,/region/hebei] [--base-root DIR] [--data TABLE]
--app-root serves another checkout of the app (e.g. `git archive HEAD | tar -x -C /tmp/base`) to compare;
--base-root serves one beside the app, visited in the same interleaved runs (an A/B whose rows share their load);
its redraws are measured too, interleaved in rounds of 5 changes with the app's and floor7's.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser.conftest import ARGS, CHROMIUM, REAL_DATA, free_port, serving  # noqa: E402
from tests.fixtures.make_table import write_synthetic, write_table  # noqa: E402

FLOOR_DIR = Path(__file__).resolve().parent / "floor"
PAGES = ["/", "/theme/economy", "/region/hebei", "/indicator/gdp", "/data", "/sources"]
BIG_ROWS = 100_000
VIEWPORT = {"width": 1400, "height": 1000}

# ---- the floor apps (written by this script, so the floor is part of the run) ----------------------

_FLOOR_COMMON = '''"""Written by bench/bench_pages.py: the smallest Dash app of its kind, the floor a page is measured against."""
import plotly.graph_objects as go
from dash import Dash, Input, Output, dcc, html

YEARS = list(range(2013, 2025))


def figure(seed: int, k: int) -> go.Figure:
    fig = go.Figure()
    for line in range(3):
        fig.add_scatter(x=YEARS, y=[100 + 7 * line + (seed * 3 + k + i * (line + 1)) % 17 for i in range(len(YEARS))],
                        mode="lines+markers", name=f"series {line}")
    fig.update_layout(title=f"chart {k}", margin=dict(l=40, r=20, t=40, b=30), height=320)
    return fig


OPTIONS = [{"label": f"option {i}", "value": i} for i in range(40)]
'''

FLOOR = _FLOOR_COMMON + '''
app = Dash(__name__)  # Dash's defaults: dcc.Graph loads plotly.js's full bundle
server = app.server
app.layout = html.Div([dcc.Dropdown(id="choice", options=OPTIONS, value=0, clearable=False),
                       dcc.Graph(id="graph-0")])


@app.callback(Output("graph-0", "figure"), Input("choice", "value"))
def draw(value):
    return figure(value or 0, 0)
'''

FLOOR7 = _FLOOR_COMMON + '''
import os

N = int(os.environ.get("FLOOR_N", "7"))  # floor7; bench_pages.py also starts it with a page's number of charts
app = Dash(__name__, compress=True)
server = app.server
app.layout = html.Div([dcc.Dropdown(id="choice", options=OPTIONS, value=0, clearable=False)]
                      + [dcc.Graph(id=f"graph-{k}") for k in range(N)])


@app.callback([Output(f"graph-{k}", "figure") for k in range(N)], Input("choice", "value"))
def draw(value):
    return [figure(value or 0, k) for k in range(N)]
'''


def write_floors() -> None:
    FLOOR_DIR.mkdir(exist_ok=True)
    for name, text in (("floor.py", FLOOR), ("floor7.py", FLOOR7)):
        path = FLOOR_DIR / name
        if not path.exists() or path.read_text() != text:
            path.write_text(text)


# ---- servers --------------------------------------------------------------------------------------

def gunicorn(target: str, cwd: Path, port: int, env: dict | None = None) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("gunicorn")
    return subprocess.Popen(
        [str(exe), target, "--workers", "1", "--threads", "4", "--bind", f"127.0.0.1:{port}", "--timeout", "300",
         "--no-control-socket", "--log-level", "warning"],
        cwd=cwd, env={**os.environ, "JJJ_LOG_LEVEL": "WARNING", **(env or {})},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def served(proc: subprocess.Popen, port: int, health: bool = True):
    """The app answers on /health (its table may take minutes to load); a floor app on /."""
    return serving(proc, port, timeout=300 if health else 60, path="/health" if health else "/")


# ---- what "drawn" means ---------------------------------------------------------------------------

# Every graph has its SVG and at least one trace drawn, every coverage image (the /sources grid drawn on the
# server since round 30) has loaded, grids and tables show rows, and no callback is pending. Older code drew the
# grid as a chart: both count, so --base-root compares the two.
DRAWN = """([graphs, wanted]) => {
  if (document.querySelector('[data-dash-is-loading="true"]')) return false;
  const main = document.querySelector('.page') || document.querySelector('#react-entry-point > div');
  if (!main) return false;
  const plots = [...document.querySelectorAll('.js-plotly-plot')].filter(g => !g.closest('.is-fact'));
  const charts = [...document.querySelectorAll('.chart-graph')].filter(g => !g.closest('.is-fact'));
  if (plots.length < Math.max(graphs, charts.length)) return false;
  if (!plots.every(g => g.querySelector('.main-svg') && g._fullData && g._fullData.length)) return false;
  if (![...document.querySelectorAll('img.coverage-image')].every(i => i.complete && i.naturalWidth > 0)) return false;
  const grids = [...document.querySelectorAll('.ag-root-wrapper, .paged-table')];
  return grids.length >= wanted && grids.every(g => g.querySelector('.ag-center-cols-container .ag-row .ag-cell, tbody tr td'));
}"""

# Drawn and still drawn 300 ms later (a page that re-renders right after its first paint is not done);
# the time reported is when that stable state began.
READY = "(args) => { const ok = (" + DRAWN + ")(args); const now = performance.now();" + """
  if (!ok) { window.__readyAt = null; return false; }
  if (window.__readyAt == null) { window.__readyAt = now; }
  return now - window.__readyAt >= 300; }"""

# Grids or tables a page shows (their rows are part of "drawn").
GRIDS = {"/data": 1, "/sources": 1, "/indicator/gdp": 1}

GRAPH_COUNT = """() => [...document.querySelectorAll('.js-plotly-plot')].filter(g => !g.closest('.is-fact')).length"""


def visit(page, url: str, graphs: int, timeout: float = 60000) -> float:
    page.goto(url)
    path = "/" + url.split("//", 1)[-1].split("/", 1)[-1].split("?")[0] if "/" in url.split("//", 1)[-1] else "/"
    page.wait_for_function(READY, arg=[graphs, GRIDS.get(path, 0)], timeout=timeout, polling="raf")
    return page.evaluate("() => window.__readyAt")


def cold_and_warm(browser, url: str, graphs: int) -> tuple[float, float, float, int]:
    """(cold ms, warm ms, KB on the wire cold, charts drawn) for one fresh context."""
    context = browser.new_context(viewport=VIEWPORT, locale="zh-CN")
    try:
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        wire = {"bytes": 0}
        cdp.on("Network.loadingFinished", lambda e: wire.__setitem__("bytes", wire["bytes"] + e.get("encodedDataLength", 0)))
        cold = visit(page, url, graphs)
        page.wait_for_timeout(150)  # late requests of the first visit (source maps are not fetched headless)
        kb = wire["bytes"] / 1024
        charts = page.evaluate(GRAPH_COUNT)
        page.goto("about:blank")
        warm = visit(page, url, graphs)
        return cold, warm, kb, charts
    finally:
        context.close()


# ---- redraw: a filter change to every chart redrawn -------------------------------------------------

ARM = """(trigger) => {
  const graphs = [...document.querySelectorAll('.js-plotly-plot')].filter(g => !g.closest('.is-fact'));
  window._t0 = performance.now();
  const start = () => { window._t0 = performance.now(); };
  if (trigger === 'blur') {
    document.querySelector('.dash-range-slider-min-input').addEventListener('blur', start, {once: true});
  } else {
    document.addEventListener('click', start, {once: true, capture: true});
  }
  const drawn = Promise.all(graphs.map(g => new Promise(r => g.once('plotly_afterplot', r))));
  const timeout = new Promise(r => setTimeout(() => r('timeout'), 8000));
  window._redraw = Promise.race([drawn.then(() => performance.now() - window._t0), timeout]);
  return graphs.length;
}"""


def redraw_app(page, step: int) -> tuple[float | str, int]:
    low = page.locator(".dash-range-slider-min-input").first
    start = int(low.get_attribute("min"))
    charts = page.evaluate(ARM, "blur")
    low.fill(str(start + 1 + step % 8))  # a new range each time: no figure comes from a cache
    low.press("Tab")
    return page.evaluate("() => window._redraw"), charts


def redraw_floor(page, step: int) -> tuple[float | str, int]:
    page.locator(".dash-dropdown").first.click()
    charts = page.evaluate(ARM, "click")
    page.locator(".dash-dropdown-option").nth(1 + step % 30).click()
    return page.evaluate("() => window._redraw"), charts


def redraws(browser, url: str, changes: int, kind: str) -> tuple[list[float], int]:
    page = browser.new_page(viewport=VIEWPORT, locale="zh-CN")
    try:
        visit(page, url, 1)
        times, charts = [], 0
        for i in range(changes):
            result, charts = (redraw_app if kind == "app" else redraw_floor)(page, i)
            if result != "timeout":
                times.append(result)
            page.wait_for_timeout(50)
        return times, charts
    finally:
        page.close()


# ---- /data at size ----------------------------------------------------------------------------------

def data_page_at_size(browser, url: str, runs: int) -> dict:
    """Layout JSON of /data?all=1 on the big table and the time to its first rows drawn (cold, warm)."""
    sizes, colds, warms = [], [], []
    for _ in range(runs):
        context = browser.new_context(viewport=VIEWPORT, locale="zh-CN")
        page = context.new_page()
        bodies = []

        def keep(response, bodies=bodies):
            # The page comes in /_dash-layout on a page load (app.py `page_container`, docs/performance.md §9), in a
            # callback's answer from older code or without a Referer.
            if "/_dash-update-component" in response.url or "/_dash-layout" in response.url:
                try:
                    body = response.body()
                except Exception:  # noqa: BLE001 - a body the page dropped is not the layout
                    return
                if b'"_pages_content"' in body and b'"data-grid"' in body:  # the page's layout, not a block of rows
                    bodies.append(len(body))
        page.on("response", keep)
        colds.append(visit(page, url + "/data?all=1", 0))
        page.goto("about:blank")
        warms.append(visit(page, url + "/data?all=1", 0))
        sizes.append(max(bodies) if bodies else float("nan"))
        context.close()
    return {"layout_kb": statistics.median(sizes) / 1024, "cold": statistics.median(colds),
            "warm": statistics.median(warms)}


# ---- profile: where a visit's time goes (Chromium trace) --------------------------------------------

TRACE_EVENTS = ("EvaluateScript", "v8.compile", "v8.compileModule", "FunctionCall", "ParseHTML", "ParseAuthorStyleSheet",
                "UpdateLayoutTree", "Layout", "Paint", "TimerFire", "FireAnimationFrame", "EventDispatch", "GCEvent",
                "MajorGC", "MinorGC", "v8.produceCache", "v8.consumeCache", "ResourceReceivedData")


def _trace_summary(path: Path) -> tuple[dict, dict, float, list]:
    """Main-thread time by event kind, compile+evaluate time by script, the renderer main thread's CPU time
    (sum of its top-level tasks' thread durations: what the page cost, whatever the machine's load), and the ms
    of each 100 ms after navigation in which it was running a task (wall time, so a loaded machine stretches
    it; a visit whose windows are all ~100 waits on the main thread, not on the network or the server)."""
    events = json.loads(path.read_text())
    events = events.get("traceEvents", events) if isinstance(events, dict) else events
    main_threads = {(e["pid"], e["tid"]) for e in events
                    if e.get("ph") == "M" and e.get("name") == "thread_name" and e["args"].get("name") == "CrRendererMain"}
    starts = [e["ts"] for e in events if e.get("name") == "navigationStart" and (e.get("pid"), e.get("tid")) in main_threads]
    by_name: dict = defaultdict(float)
    by_script: dict = defaultdict(float)
    cpu = 0.0
    busy: dict = defaultdict(float)
    for e in events:
        if e.get("ph") != "X":
            continue
        if e.get("name") == "RunTask" and (e.get("pid"), e.get("tid")) in main_threads:
            cpu += e.get("tdur", e.get("dur", 0)) / 1000
            if starts and e["ts"] >= min(starts):
                begin, end = (e["ts"] - min(starts)) / 1000, (e["ts"] + e.get("dur", 0) - min(starts)) / 1000
                while begin < end:
                    window = int(begin // 100)
                    step = min(end, (window + 1) * 100) - begin
                    busy[window] += step
                    begin += step
        if e.get("name") not in TRACE_EVENTS:
            continue
        ms = e.get("dur", 0) / 1000
        by_name[e["name"]] += ms
        if e["name"] in ("EvaluateScript", "v8.compile"):
            src = (e.get("args", {}).get("data", {}) or {}).get("url", "") or "(inline)"
            by_script[src.split("/")[-1].split("?")[0][:48]] += ms
    windows = [min(100.0, busy[i]) for i in range(max(busy) + 1)] if busy else []
    return by_name, by_script, cpu, windows


CATEGORIES = ["devtools.timeline", "v8", "disabled-by-default-devtools.timeline", "blink.user_timing", "toplevel"]


def traced_visit(browser, page, url: str, graphs: int) -> tuple[float, dict, dict, float, list, list]:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
        trace = Path(tmp.name)
    browser.start_tracing(page=page, path=str(trace), categories=CATEGORIES)
    ms = visit(page, url, graphs)
    resources = page.evaluate("""() => performance.getEntriesByType('resource').map(r => [r.name.split('/').pop()
        .split('?')[0].slice(0, 48), Math.round(r.transferSize / 1024), Math.round(r.duration)])""")
    browser.stop_tracing()
    by_name, by_script, cpu, windows = _trace_summary(trace)
    trace.unlink()
    return ms, by_name, by_script, cpu, resources, windows[:int(ms // 100) + 1]


def profile(browser, base: str, paths: list[str], runs: int) -> None:
    """Where a cold and a warm visit spend their time; the renderer's CPU time is the load-proof figure."""
    cpu: dict = defaultdict(list)
    for i in range(runs):
        for path in paths:
            context = browser.new_context(viewport=VIEWPORT, locale="zh-CN")
            page = context.new_page()
            for label in ("cold", "warm"):
                if label == "warm":
                    page.goto("about:blank")
                ms, by_name, by_script, main_cpu, resources, windows = traced_visit(browser, page, base + path, 0)
                cpu[(path, label)].append(main_cpu)
                if i == 0:
                    print(f"\n-- {label} visit of {path}: {ms:.0f} ms to drawn, renderer main thread CPU {main_cpu:.0f} ms")
                    print("   by kind (ms): " + ", ".join(f"{k} {v:.0f}" for k, v in
                                                         sorted(by_name.items(), key=lambda kv: -kv[1]) if v >= 1))
                    print("   compile + evaluate by script (ms): " + ", ".join(
                        f"{k} {v:.0f}" for k, v in sorted(by_script.items(), key=lambda kv: -kv[1])[:8]))
                    print("   main thread in a task, ms per 100 ms until drawn: " + " ".join(f"{w:.0f}" for w in windows))
                    print("   resources (name, KB transferred, ms): " + ", ".join(
                        f"{n} {kb} {d}" for n, kb, d in resources if kb or d > 20))
            context.close()
    print(f"\n== renderer main-thread CPU ms, median of {runs} ==")
    print(f"{'page':<18}{'cold':>8}{'warm':>8}")
    for path in paths:
        print(f"{path:<18}{median(cpu[(path, 'cold')]):>8.0f}{median(cpu[(path, 'warm')]):>8.0f}")


# ---- the run --------------------------------------------------------------------------------------

def median(values) -> float:
    return statistics.median(values) if values else float("nan")


def pct(values, q) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))] if values else float("nan")


def measure_loads(browser, targets: dict, runs: int) -> dict:
    """targets: name -> (url, graphs to wait for). Interleaved: each run visits every target once."""
    got: dict = {name: {"cold": [], "warm": [], "kb": [], "charts": 0} for name in targets}
    for _ in range(runs):
        for name, (url, graphs) in targets.items():
            cold, warm, kb, charts = cold_and_warm(browser, url, graphs)
            got[name]["cold"].append(cold)
            got[name]["warm"].append(warm)
            got[name]["kb"].append(kb)
            got[name]["charts"] = charts
    return {name: {"cold": median(v["cold"]), "warm": median(v["warm"]), "kb": median(v["kb"]), "charts": v["charts"]}
            for name, v in got.items()}


def chart_counts(browser, app: str, pages: list[str] = PAGES) -> dict:
    """Charts each page draws on its first screen (one warm-up visit each; not timed)."""
    context = browser.new_context(viewport=VIEWPORT, locale="zh-CN")
    try:
        page = context.new_page()
        out = {}
        for path in pages:
            visit(page, app + path, 0)
            out[path] = page.evaluate(GRAPH_COUNT)
        return out
    finally:
        context.close()


def print_loads(loads: dict, pages: list[str] = PAGES, prefix: str = "") -> None:
    floor, floor7 = loads["floor"], loads["floor7"]
    print(f"\n== page load, median (floor: cold {floor['cold']:.0f} ms, warm {floor['warm']:.0f} ms, "
          f"{floor['kb']:.0f} KB; floor7: cold {floor7['cold']:.0f} ms, warm {floor7['warm']:.0f} ms, {floor7['kb']:.0f} KB) ==")
    others = {int(k[5:]): v for k, v in loads.items() if k.startswith("floor") and k[5:].isdigit() and k != "floor7"}
    if others:
        print("same number of charts: " + ", ".join(f"floor{n}: cold {v['cold']:.0f} ms, warm {v['warm']:.0f} ms"
                                                    for n, v in sorted(others.items())))
    same = {1: floor, 7: floor7, **others}
    print(f"{'page':<18}{'charts':>7}{'cold ms':>9}{'warm ms':>9}{'cold ×floor':>13}{'warm ×floor':>13}"
          f"{'warm ×floor7':>14}{'warm ×floorN':>14}{'KB wire':>9}")
    for path in pages:
        row = loads[prefix + path]
        multi = f"{row['warm'] / floor7['warm']:.2f}" if row["charts"] > 1 else "–"
        twin = same.get(row["charts"])
        alike = f"{row['warm'] / twin['warm']:.2f}" if twin else "–"
        print(f"{prefix + path:<18}{row['charts']:>7}{row['cold']:>9.0f}{row['warm']:>9.0f}{row['cold'] / floor['cold']:>13.2f}"
              f"{row['warm'] / floor['warm']:>13.2f}{multi:>14}{alike:>14}{row['kb']:>9.0f}")


TARGETS = ("targets (issue 10): cold <= 0.6 x floor on every page; warm <= 1.2 x floor (x floor7 for several charts); "
           "redraw p95 <= 1.1 x floor7; /data on 100,000 rows: layout < 50 KB, first rows <= 1.2 x floor")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--changes", type=int, default=20)
    parser.add_argument("--quick", action="store_true", help="2 runs, 6 changes, 20,000 rows: a smoke run")
    parser.add_argument("--app-root", type=Path, default=ROOT, help="checkout of the app to serve")
    parser.add_argument("--profile", metavar="PATHS",
                        help="comma-separated pages: only print where their cold and warm visits spend time")
    parser.add_argument("--parts", default="loads,redraw,data", help="subset of loads,redraw,data")
    parser.add_argument("--data", type=Path, help="the table to serve (default: the committed one, else the fixture); "
                        "a copy keeps a run steady while the ETL rebuilds data/")
    parser.add_argument("--pages", help="comma-separated subset of the pages to load (default: all six)")
    parser.add_argument("--base-root", type=Path, metavar="DIR", action="append", default=[],
                        help="another checkout served beside the app and measured interleaved with it (A/B; rows "
                             "'<dir name> /…'); may be given more than once")
    args = parser.parse_args()
    pages = args.pages.split(",") if args.pages else PAGES
    runs, changes, big_rows = (2, 6, 20_000) if args.quick else (args.runs, args.changes, BIG_ROWS)
    parts = set(args.parts.split(","))
    write_floors()
    data = args.data or (REAL_DATA if REAL_DATA.exists() else write_table(Path(tempfile.mkdtemp()) / "fixture.parquet"))
    print(f"app: {args.app_root}  data: {data}  runs: {runs}  load average: {os.getloadavg()[0]:.1f}")
    print(TARGETS)
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        ports = [free_port() for _ in range(3)]
        app = stack.enter_context(served(gunicorn("app:server", args.app_root, ports[0], {"JJJ_DATA": str(data)}),
                                         ports[0]))
        pw = stack.enter_context(sync_playwright())
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        if args.profile:
            profile(browser, app, args.profile.split(","), runs)
            return
        floor = stack.enter_context(served(gunicorn("floor:server", FLOOR_DIR, ports[1]), ports[1], health=False))
        floor7 = stack.enter_context(served(gunicorn("floor7:server", FLOOR_DIR, ports[2]), ports[2], health=False))
        loads = {}
        bases: dict = {}

        def base_app(root):
            port = free_port()
            return stack.enter_context(served(gunicorn("app:server", root, port, {"JJJ_DATA": str(data)}), port))

        if "loads" in parts:
            targets = {"floor": (floor + "/", 1), "floor7": (floor7 + "/", 7)}
            counts = chart_counts(browser, app, pages)
            for n in sorted(set(counts.values()) - {0, 1, 7}):
                port = free_port()
                url = stack.enter_context(served(gunicorn("floor7:server", FLOOR_DIR, port, {"FLOOR_N": str(n)}),
                                                 port, health=False))
                targets[f"floor{n}"] = (url + "/", n)
            targets.update({path: (app + path, 0) for path in pages})
            for root in args.base_root:
                base = bases[root] = base_app(root)
                chart_counts(browser, base, pages)  # warm-up, as for the app
                targets.update({f"{root.name} {path}": (base + path, 0) for path in pages})
            loads = measure_loads(browser, targets, runs)
            print(f"(load average {os.getloadavg()[0]:.1f} at the end of the loads)")
            print_loads(loads, pages)
            for root in args.base_root:
                print_loads(loads, pages, f"{root.name} ")
        if "redraw" in parts:
            # Interleaved like the loads: rounds of up to 5 changes, each app (and each --base-root) in turn.
            apps = {"/theme/economy": (app + "/theme/economy", "app")}
            apps.update({f"{root.name} /theme/economy": ((bases.get(root) or bases.setdefault(root, base_app(root)))
                                                         + "/theme/economy", "app") for root in args.base_root})
            apps["floor7"] = (floor7 + "/", "floor")
            times: dict = {name: [] for name in apps}
            charts: dict = {}
            for start in range(0, changes, 5):
                for name, (url, kind) in apps.items():
                    got, charts[name] = redraws(browser, url, min(5, changes - start), kind)
                    times[name] += got
            print(f"\n== filter change -> every chart redrawn ({changes} changes, load average {os.getloadavg()[0]:.1f}) ==")
            for name, got in times.items():
                ratio = "" if name == "floor7" else f"  ×floor7 {pct(got, 95) / pct(times['floor7'], 95):.2f}"
                print(f"{name:<28}charts={charts[name]}  p50 {pct(got, 50):.0f} ms  p95 {pct(got, 95):.0f} ms "
                      f"(n={len(got)}){ratio}")
            print(f"redraw p95 ×floor7: {pct(times['/theme/economy'], 95) / pct(times['floor7'], 95):.2f}")
        if "data" in parts:
            big = Path(tmp) / "big.parquet"
            write_synthetic(big, big_rows, data)
            port = free_port()
            big_app = stack.enter_context(served(gunicorn("app:server", args.app_root, port, {"JJJ_DATA": str(big)}), port))
            result = data_page_at_size(browser, big_app, runs)
            floor_cold = loads["floor"]["cold"] if loads else median(
                [cold_and_warm(browser, floor + "/", 1)[0] for _ in range(runs)])
            print(f"\n== /data?all=1 on a synthetic {big_rows:,}-row table ==")
            print(f"layout JSON {result['layout_kb']:.1f} KB; first rows drawn cold {result['cold']:.0f} ms "
                  f"(×floor {result['cold'] / floor_cold:.2f}), warm {result['warm']:.0f} ms")
        browser.close()


if __name__ == "__main__":
    main()
