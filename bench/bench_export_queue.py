"""Prints what /export costs with the render cache and the bounded queue; a script, not a test.

In one process (Flask's test client on the export route alone, the real table, a warm kaleido):
  * the first render of a PNG (a cache miss), then the same URL --runs times: p50/p95 server time
    (the route's own Server-Timing) and time through the test client;
  * a revalidation with If-None-Match (304);
  * a burst of --burst different images at once from threads: how many render, how many get a 503
    with Retry-After at once, and how long the refused ones waited.
Run: .venv/bin/python bench/bench_export_queue.py [--runs 30] [--burst 8]
"""
from __future__ import annotations

import argparse
import re
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flask import Flask  # noqa: E402

from components.core import store  # noqa: E402
from components.export import routes  # noqa: E402
from components.export.images import warm_up  # noqa: E402

URL = "/export/gdp.png?region=beijing&region=tianjin&lang=zh"


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def server_ms(response) -> float:
    match = re.search(r"dur=([\d.]+)", response.headers.get("Server-Timing", ""))
    return float(match.group(1)) if match else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--burst", type=int, default=8)
    args = parser.parse_args()
    store.init()
    warm_up()
    server = Flask(__name__)
    routes.add_export_route(server)
    client = server.test_client()
    print(f"queue: 1 render + {routes.queue.depth} waiting (wait <= {routes.queue.wait_s:.0f} s); "
          f"cache {routes.cache.max_bytes / 2**20:.0f} MB")

    t0 = time.perf_counter()
    first = client.get(URL)
    print(f"first PNG (miss): {(time.perf_counter() - t0) * 1000:.0f} ms, {len(first.data) / 1e3:.0f} kB, "
          f"status {first.status_code}, cache {first.headers.get('X-Export-Cache')}")
    server_times, client_times = [], []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        r = client.get(URL)
        client_times.append((time.perf_counter() - t0) * 1000)
        server_times.append(server_ms(r))
        assert r.headers.get("X-Export-Cache") == "hit", r.headers
    print(f"repeated PNG from cache: server p50={pct(server_times, 50):.2f} ms p95={pct(server_times, 95):.2f} ms; "
          f"through the client p50={pct(client_times, 50):.2f} ms")
    etag = first.headers["ETag"]
    t0 = time.perf_counter()
    r = client.get(URL, headers={"If-None-Match": etag})
    print(f"If-None-Match: {r.status_code} in {(time.perf_counter() - t0) * 1000:.2f} ms (server {server_ms(r):.2f} ms)")

    results: list[tuple[int, float]] = []
    lock = threading.Lock()

    def ask(i: int) -> None:
        t0 = time.perf_counter()
        r = client.get(f"/export/gdp.png?from={1990 + i}")  # all different: every one needs a render
        with lock:
            results.append((r.status_code, (time.perf_counter() - t0) * 1000))

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(args.burst)]
    t0 = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    ok = [ms for status, ms in results if status == 200]
    busy = [ms for status, ms in results if status == 503]
    print(f"burst of {args.burst} different PNGs at once: {len(ok)} rendered (slowest {max(ok, default=0):.0f} ms), "
          f"{len(busy)} refused with 503 (slowest answer {max(busy, default=0):.1f} ms); "
          f"all done in {(time.perf_counter() - t0) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
