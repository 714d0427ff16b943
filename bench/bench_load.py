"""Exports under load: do PNG exports slow the pages? Prints numbers; a script, not a test.

Starts the app as `make run` serves it (gunicorn, 2 workers × 4 threads) on a free port, then runs
--clients clients for --duration seconds twice: once with page requests only, once with 1 request in
--every a PNG export of a varied chart (indicator × regions × years, so some repeat and most do not).
Page requests are a mix of the pages' HTML, `/_dash-layout`, the theme page's redraw callback and
`/health`. Each client is a thread with its own keep-alive connection that sends its next request as
soon as the last one is answered (a closed loop, like a person clicking fast).

Reported per phase: requests/s, errors (anything but 2xx/3xx, except 503 on exports, which are counted
apart), page p50/p99 (HTML, layout, redraw), /health p99, exports by outcome (rendered, from the cache,
refused with 503 + Retry-After), and at the end the server time of a repeated (cached) export.
Targets (issue 10): 0 errors; page p99 with exports ≤ 2 × without; a cached export < 20 ms server time.

Usage: .venv/bin/python bench/bench_load.py [--clients 50] [--duration 60] [--every 20] [--quick]
       [--workers 2] [--threads 4] [--queue N] [--wait S] [--nice N] [--url http://...]
--queue, --wait and --nice set JJJ_EXPORT_QUEUE, JJJ_EXPORT_WAIT_S and JJJ_EXPORT_NICE for the server
(the isolation knobs, components/export/routes.py);
--url measures a server that is already running instead of starting one.
"""
from __future__ import annotations

import argparse
import http.client
import json
import random
import re
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_packs import data_path, start_app, stop, wait_up  # noqa: E402

from components.core import store  # noqa: E402
from components.core.spec import ChartSpec  # noqa: E402
from tests.components.export.conftest import free_port  # noqa: E402

PAGES = ["/", "/theme/economy", "/region/hebei", "/indicator/gdp", "/data", "/sources"]
REGION_CHOICES = [[], ["beijing"], ["beijing", "tianjin"], ["beijing", "tianjin", "hebei"]]
YEAR_CHOICES = [None, 2013, 2016, 2019]
PAGE_KINDS = ("html", "layout", "redraw")
HEADERS = {"Accept-Encoding": "gzip", "User-Agent": "bench_load"}


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def _with_key(dep_id: str, key: str) -> dict:
    """A pattern-matching id of the dependency graph (ALL where the key goes) for one card."""
    return {k: (key if v == ["ALL"] else v) for k, v in json.loads(dep_id).items()}


def redraw_bodies(url: str, theme: str = "economy", years=(2013, 2015, 2017)) -> list[bytes]:
    """What the browser sends when the year range of /theme/<theme> changes, built from the server's own
    callback graph (/_dash-dependencies), so the body follows the page when its outputs change."""
    with urllib.request.urlopen(url + "/_dash-dependencies", timeout=30) as response:
        deps = json.loads(response.read())
    found = [d for d in deps if '"page":"theme"' in d["output"].replace(" ", "") and "chart-graph" in d["output"]
             and len(d["inputs"]) == 2]
    if not found:
        raise SystemExit("bench_load: no redraw callback of the theme page in /_dash-dependencies (pages/theme.py changed?)")
    redraw = found[0]
    outputs = [part.rpartition(".") for part in redraw["output"].strip(".").split("...")]
    ids = [i["id"] for i in store.indicators() if i.get("theme") == theme and store.has_data(i["id"])]
    specs = {i: ChartSpec.resolve(i).to_data() for i in ids}
    (regions, years_in), (state,) = redraw["inputs"], redraw["state"]
    bodies = []
    for year in years:
        bodies.append(json.dumps({
            "output": redraw["output"],
            "outputs": [[{"id": _with_key(dep, i), "property": prop} for i in ids] for dep, _dot, prop in outputs],
            "inputs": [{"id": json.loads(regions["id"]), "property": regions["property"], "value": []},
                       {"id": json.loads(years_in["id"]), "property": years_in["property"], "value": [year, 2024]}],
            "changedPropIds": [f"{years_in['id']}.{years_in['property']}"],
            "state": [[{"id": _with_key(state["id"], i), "property": state["property"], "value": specs[i]} for i in ids]],
        }).encode())
    return bodies


def export_paths(seed: int = 7) -> list[str]:
    """Varied chart images: every indicator with a chart × some region and year choices."""
    ids = [i["id"] for i in store.indicators() if store.has_data(i["id"])]
    paths = []
    for indicator in ids:
        for regions in REGION_CHOICES:
            for year in YEAR_CHOICES:
                query = [("region", r) for r in regions] + ([("from", year)] if year else [])
                paths.append(f"/export/{indicator}.png" + (f"?{urllib.parse.urlencode(query)}" if query else ""))
    random.Random(seed).shuffle(paths)
    return paths


class Client(threading.Thread):
    """One closed-loop client: its own connection, its own random stream, its own results."""

    def __init__(self, host: str, port: int, deadline: float, every: int, exports: list[str], seed: int,
                 redraws: list[bytes]):
        super().__init__(daemon=True)
        self.host, self.port, self.deadline, self.every = host, port, deadline, every
        self.exports, self.redraws = exports, redraws
        self.rng = random.Random(seed)
        self.results: list[tuple[str, int, float, str, float]] = []  # kind, status, seconds, cache, server ms
        self.conn = None

    def pick(self) -> tuple[str, str, str, bytes | None]:
        if self.every and self.rng.randrange(self.every) == 0:
            # A few charts are popular (asked again and again), most are asked once in a while.
            pool = self.exports[:20] if self.rng.random() < 0.5 else self.exports
            return "export", "GET", self.rng.choice(pool), None
        kind = self.rng.choice(("html", "html", "layout", "redraw", "health"))
        if kind == "html":
            return kind, "GET", self.rng.choice(PAGES), None
        if kind == "layout":
            return kind, "GET", "/_dash-layout", None
        if kind == "redraw":
            return kind, "POST", "/_dash-update-component", self.rng.choice(self.redraws)
        return kind, "GET", "/health", None

    def request(self, method: str, path: str, body: bytes | None):
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        headers = dict(HEADERS, **({"Content-Type": "application/json"} if body else {}))
        self.conn.request(method, path, body=body, headers=headers)
        response = self.conn.getresponse()
        response.read()
        if response.getheader("Connection", "").lower() == "close":
            self.conn.close()
            self.conn = None
        return response

    def run(self) -> None:
        while time.monotonic() < self.deadline:
            kind, method, path, body = self.pick()
            t0 = time.perf_counter()
            try:
                response = self.request(method, path, body)
                status = response.status
                cache = response.getheader("X-Export-Cache", "")
                timing = re.search(r"dur=([\d.]+)", response.getheader("Server-Timing", "") or "")
            except (OSError, http.client.HTTPException):
                status, cache, timing = 0, "", None
                if self.conn is not None:
                    self.conn.close()
                self.conn = None
            self.results.append((kind, status, time.perf_counter() - t0, cache, float(timing.group(1)) if timing else float("nan")))


def run_phase(url: str, clients: int, duration: float, every: int, exports: list[str], redraws: list[bytes]) -> dict:
    parts = urllib.parse.urlsplit(url)
    deadline = time.monotonic() + duration
    threads = [Client(parts.hostname, parts.port, deadline, every, exports, seed, redraws) for seed in range(clients)]
    t0 = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(duration + 120)
    elapsed = time.perf_counter() - t0
    return summarize([r for thread in threads for r in thread.results], elapsed)


def summarize(results: list[tuple], elapsed: float) -> dict:
    by_kind = defaultdict(list)
    for kind, status, seconds, cache, server_ms in results:
        by_kind[kind].append((status, seconds, cache, server_ms))
    errors = sum(1 for kind, status, *_ in results
                 if not (200 <= status < 400 or (kind == "export" and status == 503)))
    pages = [s for kind in PAGE_KINDS for status, s, *_ in by_kind[kind] if 200 <= status < 400]
    exports = by_kind["export"]
    outcome = Counter("refused (503)" if status == 503 else (cache or f"status {status}") if status == 200
                      else f"error {status}" for status, _s, cache, _ms in exports)
    return {
        "requests": len(results), "rps": len(results) / elapsed, "errors": errors,
        "errors_by_kind": Counter(f"{kind} {status or 'no answer'}" for kind, status, *_ in results
                                  if not (200 <= status < 400 or (kind == "export" and status == 503))),
        "page_p50": pct(pages, 50) * 1000, "page_p99": pct(pages, 99) * 1000,
        "per_kind": {kind: (len(by_kind[kind]), pct([s for _st, s, *_ in by_kind[kind]], 50) * 1000,
                            pct([s for _st, s, *_ in by_kind[kind]], 99) * 1000) for kind in (*PAGE_KINDS, "health")},
        "exports": len(exports), "export_outcomes": dict(outcome),
        "export_hit_server_ms": [ms for status, _s, cache, ms in exports if status == 200 and cache == "hit"],
        "export_ok_s": [s for status, s, cache, _ms in exports if status == 200],
    }


def warm_up(url: str, exports: list[str], redraws: list[bytes]) -> None:
    """Both workers past their first request of each kind, browsers started (a cold Chromium is 2-3 s)."""
    run_phase(url, 4, 3.0, 0, exports, redraws)
    run_phase(url, 2, 6.0, 1, exports[-30:], redraws)  # exports only, two at a time: each worker renders


def cached_export_server_ms(url: str, path: str, runs: int = 20) -> list[float]:
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
    times = []
    for _ in range(runs + 1):
        conn.request("GET", path, headers=HEADERS)
        response = conn.getresponse()
        response.read()
        timing = re.search(r"dur=([\d.]+)", response.getheader("Server-Timing", "") or "")
        if response.status == 200 and timing:
            times.append(float(timing.group(1)))
    conn.close()
    return times[1:]  # the first may have rendered it


def report(label: str, r: dict) -> None:
    print(f"\n-- {label}: {r['requests']} requests, {r['rps']:.0f} req/s, errors {r['errors']}"
          + (f" {dict(r['errors_by_kind'])}" if r["errors"] else ""))
    print(f"   pages (HTML, layout, redraw): p50 {r['page_p50']:.0f} ms, p99 {r['page_p99']:.0f} ms")
    for kind, (n, p50, p99) in r["per_kind"].items():
        print(f"   {kind:<7} n={n:<6} p50 {p50:.0f} ms  p99 {p99:.0f} ms")
    if r["exports"]:
        hits = r["export_hit_server_ms"]
        print(f"   exports: {r['exports']} = {r['export_outcomes']}; answered p50 {pct(r['export_ok_s'], 50) * 1000:.0f} ms, "
              f"p99 {pct(r['export_ok_s'], 99) * 1000:.0f} ms; cache hits' server time p50 {pct(hits, 50):.1f} ms, "
              f"p99 {pct(hits, 99):.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--every", type=int, default=20, help="1 request in EVERY is an export")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--queue", type=int, help="JJJ_EXPORT_QUEUE for the server")
    parser.add_argument("--wait", type=float, help="JJJ_EXPORT_WAIT_S for the server")
    parser.add_argument("--nice", type=int, help="JJJ_EXPORT_NICE for the server (0: Chromium at normal priority)")
    parser.add_argument("--url", help="a running server to measure instead of starting one")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 20 clients × 10 s")
    args = parser.parse_args()
    if args.quick:
        args.clients, args.duration = min(args.clients, 20), min(args.duration, 10)
    data = data_path()
    store.init(data)
    exports = export_paths()
    env = {"JJJ_CACHE_DIR": tempfile.mkdtemp(prefix="bench-load-")}
    for key, value in (("JJJ_EXPORT_QUEUE", args.queue), ("JJJ_EXPORT_WAIT_S", args.wait), ("JJJ_EXPORT_NICE", args.nice)):
        if value is not None:
            env[key] = str(value)
    proc = None
    url = args.url
    if url is None:
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        proc = start_app(data, port, workers=args.workers, threads=args.threads, env=env)
    try:
        if proc is not None:
            wait_up(url, proc)
        redraws = redraw_bodies(url)
        print(f"data: {data}; server {url}: {args.workers} workers × {args.threads} threads "
              f"{ {k: v for k, v in env.items() if k != 'JJJ_CACHE_DIR'} or ''}; "
              f"{args.clients} clients × {args.duration:.0f} s per phase; {len(exports)} distinct export URLs")
        warm_up(url, exports, redraws)
        quiet = run_phase(url, args.clients, args.duration, 0, exports, redraws)
        report("pages only", quiet)
        loaded = run_phase(url, args.clients, args.duration, args.every, exports, redraws)
        report(f"with 1 request in {args.every} an export", loaded)
        cached = cached_export_server_ms(url, exports[0])
        print(f"\nrepeated (cached) export, server time: p50 {pct(cached, 50):.2f} ms, max {max(cached, default=float('nan')):.2f} ms")
        ratio = loaded["page_p99"] / quiet["page_p99"]
        print(f"page p99 with exports / without: {ratio:.2f} (target ≤ 2); errors {quiet['errors']} + {loaded['errors']} "
              f"(target 0); 503 on exports: {loaded['export_outcomes'].get('refused (503)', 0)}")
    finally:
        if proc is not None:
            stop(proc)


if __name__ == "__main__":
    main()
