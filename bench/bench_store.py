"""Prints what one 7-chart theme redraw costs the server on a big table; a script, not a test.

Builds a synthetic table with the real schema (tests/fixtures/make_table.py's `write_synthetic`:
the real data, or the fixture, plus random non-preferred copies up to --rows), loads it through
components/core/store.py, and times, over --runs redraws with a new year range each (so no
figure cache answers):
  * store: the store queries one theme redraw makes (pages/theme.py `redraw` -> cards.redraw_cards:
    per card ChartSpec.for_filter, then series for the figure, the text alternative and facts,
    year_span for the x axis, generation for the figure cache);
  * redraw: the whole `redraw_cards` call (store, figures, facts), i.e. the callback's server time
    without Dash's JSON encoding and HTTP;
and the RSS of this process (the "worker") after loading the table, the JSON bytes one redraw sends
(figures, configs, specs, text alternatives) and whether p50/p95 meet the 50 ms budget of issue #10.
Run: .venv/bin/python bench/bench_store.py [--rows 1000000] [--runs 30] [--theme economy] [--cards 7]
"""
from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from components.core import store  # noqa: E402
from components.core.spec import ChartSpec  # noqa: E402
from components.ui.cards import redraw_cards  # noqa: E402
from tests.fixtures.make_table import write_synthetic  # noqa: E402

REAL_DATA = ROOT / "data" / "indicators.parquet"
BUDGET_MS = 50.0  # issue #10: a 7-chart redraw on a 1,000,000-row table


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def store_queries(specs: list[dict], year_from: int, year_to: int) -> None:
    """The store calls one redraw makes, in the order the cards make them (figures and facts left out)."""
    store.generation()
    for data in specs:
        spec = ChartSpec.for_filter(data, [], year_from, year_to)
        store.indicator(spec.indicator)
        for _ in range(3 if spec.is_thin else 2):  # figure (or facts) and the text alternative (+ facts)
            store.series(spec.indicator, list(spec.regions), spec.year_from, spec.year_to)
        store.year_span()
        store.table().regions  # noqa: B018 - the cards read region names from it


def timed(fn, runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds per call. On a shared machine the wall clock includes waiting for
    a core; the CPU time of this thread is what the redraw itself costs."""
    wall, cpu = [], []
    for i in range(runs + 1):
        t0, c0 = time.perf_counter(), time.thread_time()
        fn(i)
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.thread_time() - c0) * 1000)
    return wall[1:], cpu[1:]  # the first call pays warm-up (plotly templates, alias maps)


def line(label: str, wall: list[float], cpu: list[float]) -> str:
    return (f"  {label}: p50={pct(wall, 50):.1f} ms p95={pct(wall, 95):.1f} ms mean={statistics.fmean(wall):.1f} ms"
            f" | CPU p50={pct(cpu, 50):.1f} ms p95={pct(cpu, 95):.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--theme", default="economy")
    parser.add_argument("--cards", type=int, default=7, help="cards on the page (the theme's first ones)")
    parser.add_argument("--base", type=Path, default=REAL_DATA if REAL_DATA.exists() else None,
                        help="table whose rows the synthetic one copies (default: data/indicators.parquet)")
    args = parser.parse_args()
    print(f"RSS before loading: {rss_mb():.0f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.parquet"
        t0 = time.perf_counter()
        write_synthetic(path, args.rows, args.base)
        print(f"synthetic table of {args.rows:,} rows written in {time.perf_counter() - t0:.1f} s "
              f"({path.stat().st_size / 1e6:.0f} MB; base: {args.base.name if args.base else 'fixture'})")
        gc.collect()
        t0 = time.perf_counter()
        store.init(path)
        print(f"loaded through the store in {time.perf_counter() - t0:.2f} s; status: {store.status()['status']}, "
              f"rows: {store.status().get('rows')}")
        gc.collect()
        print(f"RSS of the worker holding {args.rows:,} rows: {rss_mb():.0f} MB")

        ids = [i["id"] for i in store.indicators(args.theme) if store.has_data(i["id"])][:args.cards]
        specs = [{"indicator": i, "regions": [], "from": None, "to": None, "lang": "zh", "default_regions": []}
                 for i in ids]
        _lo, hi = store.year_span()
        first = hi - args.runs - 1  # a new year range every run: no figure cache answers
        print(f"theme {args.theme}: {len(specs)} cards, {args.runs} runs")
        q, q_cpu = timed(lambda i: store_queries(specs, first + i, hi), args.runs)
        print(line("store queries of one redraw", q, q_cpu))
        r, r_cpu = timed(lambda i: redraw_cards(specs, [], [first - 1 - args.runs + i, hi]), args.runs)
        print(line("redraw_cards (server time) ", r, r_cpu))
        print(f"  budget {BUDGET_MS:.0f} ms: p50 {'ok' if pct(r, 50) <= BUDGET_MS else 'OVER'}, "
              f"p95 {'ok' if pct(r, 95) <= BUDGET_MS else 'OVER'} (CPU p95 {'ok' if pct(r_cpu, 95) <= BUDGET_MS else 'OVER'}; "
              "wall time on a busy machine includes waiting for a core)")
        out = redraw_cards(specs, [], [first, hi])
        size = len(json.dumps([out[0], out[1], out[2], out[5]], ensure_ascii=False, default=str).encode())
        print(f"  one redraw's figures, configs, specs and text alternatives: {size / 1024:.0f} KB of JSON")
        print(f"RSS after the redraws: {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
