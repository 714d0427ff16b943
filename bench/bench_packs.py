"""An 8-chart briefing pack as a background job vs 8 warm single PNGs, on both job queues; prints numbers.

One run, one machine, the app as `make run` serves it (gunicorn, 2 workers × 4 threads, on a free port):
  * 8 warm single PNGs: /export of 8 different charts one after another, each worker's browser warm,
    none in the render cache (the baseline the issue names);
  * diskcache job: a process forked from this one, as DiskcacheManager forks it from a web worker, runs
    the callback's job (components/export/jobs.run_pack) - before: rendering with its own new browser;
    after: through the app's /export over loopback; then the same page again (render cache);
  * Celery + Redis job: a redis-server and one Celery worker started here; the briefing callback's own Dash
    task sent as a click sends it, timed from submit to the result in Redis.
Each pack uses its own year range, so no pack is served from another's cache unless it says so.
Usage: .venv/bin/python bench/bench_packs.py [--charts 8] [--repeat 3] [--quick]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import multiprocess  # noqa: E402

from components.core import store  # noqa: E402
from components.core.spec import ChartSpec  # noqa: E402
from components.export import jobs  # noqa: E402
from components.export.deck import local_png  # noqa: E402
from tests.components.export.conftest import (  # noqa: E402
    briefing_job_result,
    celery_worker,
    free_port,
    redis_server,
    submit_briefing_job,
)
from tests.fixtures.make_table import write_table  # noqa: E402


def data_path() -> Path:
    """The committed table (JJJ_DATA to override), else the test fixture table."""
    if os.environ.get("JJJ_DATA") or (ROOT / "data" / "indicators.parquet").exists():
        return Path(os.environ.get("JJJ_DATA") or ROOT / "data" / "indicators.parquet")
    return write_table(Path(tempfile.mkdtemp()) / "indicators.parquet")


def start_app(data: Path, port: int, workers: int = 2, threads: int = 4, env: dict | None = None) -> subprocess.Popen:
    """gunicorn with the Makefile's `make run` settings, on 127.0.0.1:port."""
    env = {**os.environ, "JJJ_DATA": str(data), "JJJ_LOG_LEVEL": "WARNING", **(env or {})}
    gunicorn = Path(sys.executable).with_name("gunicorn")
    return subprocess.Popen(
        [str(gunicorn), "app:server", "--workers", str(workers), "--threads", str(threads),
         "--bind", f"127.0.0.1:{port}", "--timeout", "120", "--no-control-socket", "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_up(url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("the app exited")
        try:
            urllib.request.urlopen(url + "/health", timeout=2).close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("the app did not answer")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()


def get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=120) as response:
        return response.read()


def chart_ids(n: int) -> list[str]:
    """n indicators that draw a chart (≥ 3 years from 2016 on), repeated if the table has fewer."""
    ids = [i["id"] for i in store.indicators() if not ChartSpec.resolve(i["id"], None, 2016, None).is_thin]
    return (ids * n)[:n]


def get_patiently(url: str) -> bytes:
    """GET, waiting out 503 + Retry-After (a full export queue) as a polite client does."""
    for _ in range(30):
        try:
            return get(url)
        except urllib.error.HTTPError as err:
            if err.code != 503 or not err.headers.get("Retry-After"):
                raise
            time.sleep(float(err.headers["Retry-After"]))
    raise RuntimeError(f"still busy: {url}")


def warm_workers(url: str, ids: list[str]) -> None:
    """Every worker's browser started: a few rounds of concurrent renders (connections spread over workers)."""
    with ThreadPoolExecutor(2) as pool:
        urls = [f"{url}/export/{i}.svg?from={1990 + k}&width=400&height=300" for k in range(3) for i in ids[:4]]
        list(pool.map(get_patiently, urls))


def warm_singles(url: str, ids: list[str], year: int) -> float:
    t0 = time.perf_counter()
    for i in ids:
        assert get(f"{url}/export/{i}.png?from={year}").startswith(b"\x89PNG")
    return time.perf_counter() - t0


def page_specs(ids: list[str], year: int) -> list[dict]:
    return [ChartSpec.resolve(i, None, year, None).to_data() for i in ids]


def _job(spec_data, base_url, out) -> None:
    renderer = jobs.LoopbackRenderer(base_url) if base_url else local_png
    jobs.run_pack(spec_data, "pptx", {"key": "bench"}, "zh", renderer=renderer)
    out.put(getattr(renderer, "fetched", 0))


def forked_job(spec_data: list[dict], base_url: str | None) -> tuple[float, int]:
    """Seconds from fork to result, as DiskcacheManager runs a job (multiprocess, fork); images fetched."""
    ctx = multiprocess.get_context("fork")
    out = ctx.Queue()
    t0 = time.perf_counter()
    child = ctx.Process(target=_job, args=(spec_data, base_url, out))
    child.start()
    fetched = out.get(timeout=300)
    elapsed = time.perf_counter() - t0
    child.join(30)
    return elapsed, fetched


def celery_pack(client, spec_data: list[dict]) -> float:
    t0 = time.perf_counter()
    download, _status = briefing_job_result(client, submit_briefing_job(client, spec_data, {"key": "bench"}), 300)
    assert download is not None
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--charts", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="a smoke run: each measurement once")
    args = parser.parse_args()
    if args.quick:
        args.repeat = 1
    data = data_path()
    store.init(data)
    ids = chart_ids(args.charts)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    work = Path(tempfile.mkdtemp(prefix="bench-packs-"))
    app = start_app(data, port, env={"JJJ_CACHE_DIR": str(work)})
    try:
        wait_up(url, app)
        warm_workers(url, ids)
        singles = [warm_singles(url, ids, 2000 + k) for k in range(args.repeat)]
        base = statistics.median(singles)
        print(f"data: {data}; {len(ids)} charts; gunicorn 2 workers × 4 threads")
        print(f"{len(ids)} warm single PNGs via /export: {base:.2f} s (median of {args.repeat}; {base / len(ids) * 1000:.0f} ms each)")
        _report_diskcache(url, ids, base, args.repeat)
        _report_celery(data, work, ids, base, args.repeat)
    finally:
        stop(app)


def _ratio(label: str, times: list[float], base: float) -> None:
    value = statistics.median(times)
    print(f"{label}: {value:.2f} s (median of {len(times)}) = {value / base:.2f} × the warm singles")


def _report_diskcache(url: str, ids: list[str], base: float, repeat: int) -> None:
    before = [forked_job(page_specs(ids, 2010 + k), None)[0] for k in range(max(1, repeat - 1))]
    _ratio("diskcache job before (forked, own new browser)", before, base)
    after, fetched = [], 0
    for k in range(repeat):
        elapsed, fetched = forked_job(page_specs(ids, 2005 + k), url)
        after.append(elapsed)
    _ratio(f"diskcache job after (forked, loopback to the app's warm browser; {fetched} images fetched)", after, base)
    again = [forked_job(page_specs(ids, 2005), url)[0] for _ in range(repeat)]
    _ratio("diskcache job, the same page again (render cache)", again, base)


def _report_celery(data: Path, work: Path, ids: list[str], base: float, repeat: int) -> None:
    try:
        with redis_server(work) as redis_url, celery_worker(redis_url, data, work) as client:
            celery_pack(client, page_specs(ids[:1], 2016))  # the worker process's browser is up
            times = [celery_pack(client, page_specs(ids, 2001 + k)) for k in range(repeat)]
    except FileNotFoundError as err:
        print(f"Celery + Redis: skipped ({err})")
        return
    _ratio("Celery + Redis job (worker with its warm kaleido, submit → result)", times, base)


if __name__ == "__main__":
    main()
