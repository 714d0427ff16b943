"""Chart-image export timings; prints numbers, asserts nothing.

Usage: .venv/bin/python bench/bench_export.py [exports]
Data: data/indicators.parquet (JJJ_DATA to override), else the test fixture table.
"""
from __future__ import annotations

import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from components.core import store  # noqa: E402
from components.core.spec import ChartSpec  # noqa: E402
from components.export.deck import briefing_pack  # noqa: E402
from components.export.images import chart_figure, chart_image, render  # noqa: E402
from tests.fixtures.make_table import write_table  # noqa: E402


def _data() -> str:
    if os.environ.get("JJJ_DATA") or (ROOT / "data" / "indicators.parquet").exists():
        store.init()
        return str(store.data_path())
    path = write_table(Path(tempfile.mkdtemp()) / "indicators.parquet")
    store.init(path)
    return f"{path} (fixture)"


def _ms(values: list[float]) -> str:
    q = statistics.quantiles(values, n=20, method="inclusive")
    return f"p50 {statistics.median(values) * 1000:.0f} ms, p95 {q[18] * 1000:.0f} ms, max {max(values) * 1000:.0f} ms"


def _pack_in_fork(specs, queue) -> None:
    started = time.perf_counter()
    briefing_pack(specs, "pptx", page_key="bench")
    queue.put(time.perf_counter() - started)


def main(exports: int = 30) -> None:
    where = _data()
    specs = [ChartSpec.resolve(i["id"]) for i in store.indicators() if store.has_data(i["id"])]
    print(f"data: {where}; {len(specs)} indicators with data; PNG 1600×900 at 2× unless noted")

    started = time.perf_counter()
    chart_image(specs[0], "png")
    print(f"cold first export (browser start + render, in-process): {time.perf_counter() - started:.2f} s")

    png, build = [], []
    for i in range(exports):
        spec = specs[i % len(specs)]
        t0 = time.perf_counter()
        fig = chart_figure(spec)
        t1 = time.perf_counter()
        render(fig, "png")
        png.append(time.perf_counter() - t0)
        build.append(t1 - t0)
    print(f"warm PNG export over {exports} charts: {_ms(png)} (of which figure building: p50 {statistics.median(build) * 1000:.0f} ms)")
    for fmt in ("svg", "pdf"):
        times = []
        for spec in specs[:10]:
            t0 = time.perf_counter()
            chart_image(spec, fmt)
            times.append(time.perf_counter() - t0)
        print(f"warm {fmt.upper()} export over {len(times)} charts: p50 {statistics.median(times) * 1000:.0f} ms")

    pack = (specs * 8)[:8]
    for kind in ("pptx", "zip"):
        t0 = time.perf_counter()
        _name, data = briefing_pack(pack, kind, page_key="bench")
        print(f"8-chart briefing pack, {kind.upper()} (warm server): {time.perf_counter() - t0:.2f} s, {len(data) / 1e6:.1f} MB")

    # A forked process that starts its own browser: how a DiskcacheManager job rendered before it asked the
    # app's /export over loopback, and what it still does when the app cannot be reached. bench_packs.py
    # measures the job as it runs now, on both job queues.
    queue = multiprocessing.get_context("fork").Queue()
    t0 = time.perf_counter()
    child = multiprocessing.get_context("fork").Process(target=_pack_in_fork, args=(pack, queue))
    child.start()
    inside = queue.get(timeout=120)
    child.join()
    print(f"8-chart PPTX in a forked process rendering itself (cold browser; the jobs' fallback): "
          f"{inside:.2f} s inside, {time.perf_counter() - t0:.2f} s with the fork")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
