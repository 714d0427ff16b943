"""Fixtures of the export tests: one warm kaleido server for the whole session (the server is per
process, so every module asking for `kaleido_warm` after the first gets it for free), and the services
the job-queue tests start themselves (a throwaway redis-server, a real Celery worker)."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import redis
from dash.background_callback.managers import BaseBackgroundCallbackManager

from components.core import store
from components.export import jobs
from components.export.images import warm_up
from components.ui import briefing


@pytest.fixture(scope="session")
def kaleido_warm():
    warm_up()


@pytest.fixture(scope="module")
def export_table(fixture_table_path, kaleido_warm):
    """The store answering from the fixture table (tests/fixtures/make_table.py) for a whole module."""
    store.init(fixture_table_path)
    yield store.table()
    store.init(fixture_table_path)


# --- services the job-queue tests (and bench/bench_packs.py) start themselves: Redis and a Celery worker ---

ROOT = Path(__file__).resolve().parents[3]
REDIS_MISSING = ("redis-server is not installed: the Celery + Redis path needs Debian's redis-server "
                 "(`make system-deps`, or `apt-get install redis-server`)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


@contextmanager
def redis_server(workdir: Path, timeout: float = 15) -> Iterator[str]:
    """A throwaway redis-server on a free port, nothing persisted; yields its URL and always stops it."""
    exe = shutil.which("redis-server")
    if exe is None:
        raise FileNotFoundError(REDIS_MISSING)
    port = free_port()
    proc = subprocess.Popen([exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(workdir), "--daemonize", "no"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        client = redis.Redis.from_url(url, socket_timeout=1)
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"redis-server exited: {proc.stderr.read().decode(errors='replace')[-1000:]}")
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield url
    finally:
        _stop(proc)


def worker_env(url: str, data_path: Path, cache_dir: Path) -> dict:
    return {**os.environ, "JJJ_JOBS": "celery", "JJJ_REDIS_URL": url, "JJJ_DATA": str(data_path),
            "JJJ_CACHE_DIR": str(cache_dir), "JJJ_LOG_LEVEL": "WARNING"}


@contextmanager
def celery_worker(url: str, data_path: Path, workdir: Path, concurrency: int = 1, timeout: float = 90) -> Iterator[object]:
    """A real Celery worker process (the production command) on the Redis at url; yields a Celery client
    on the same Redis once the worker answers a ping, and always stops the worker."""
    celery = Path(sys.executable).with_name("celery")
    log_path = workdir / "celery-worker.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [str(celery), "-A", "components.ui.briefing:celery_app", "worker", "--pool", "prefork",
             "--concurrency", str(concurrency), "--loglevel", "WARNING", "--without-gossip", "--without-mingle",
             "--hostname", f"jjj-{free_port()}@%h"],
            cwd=ROOT, env=worker_env(url, data_path, workdir), stdout=log, stderr=subprocess.STDOUT)
    client = jobs.make_celery(url)
    try:
        deadline = time.monotonic() + timeout
        while not client.control.ping(timeout=0.5):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the Celery worker did not start: {log_path.read_text(errors='replace')[-2000:]}")
        yield client
    finally:
        _stop(proc)
        client.close()


def briefing_job_key() -> str:
    """The key Dash registered the briefing callback's job under (a hash of its id and source), the same in
    the web server that sends it and the worker that runs it."""
    key = next(k for k, fn, _ in BaseBackgroundCallbackManager.functions
               if fn.__module__ == briefing.__name__ and fn.__name__ == "build_pack")
    return key


def submit_briefing_job(client, spec_data: list, page: dict, kind: str = "pptx") -> str:
    """Send the briefing callback's Dash job to the Celery queue exactly as Dash's CeleryManager does for a
    click on the button (task name, arguments and callback context); returns the result key to poll."""
    result_key = uuid.uuid4().hex
    args = [1 if kind == "pptx" else None, 1 if kind == "zip" else None, spec_data, page]
    context = {"triggered_inputs": [{"prop_id": f"briefing-{kind}.n_clicks", "value": 1}]}
    client.send_task(f"background_callback_{briefing_job_key()}", args=[result_key, f"{result_key}-progress", args, context])
    return result_key


def briefing_job_result(client, result_key: str, timeout: float = 120):
    """The job's callback output as the page would receive it (JSON from the result store)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        raw = client.backend.get(result_key)
        if raw is not None:
            return json.loads(raw)
        time.sleep(0.05)
    raise TimeoutError(f"no result for the briefing job within {timeout:.0f} s")
