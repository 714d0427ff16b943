"""Against a running gunicorn with two workers: a rebuild under load serves the new table within seconds
on every worker, and no request fails while the file is replaced; the hostile table of
tests/test_hardening_requests.py gets no 5xx and no path or traceback through the real server either
(gunicorn's own limits may answer some of it first, e.g. 400 for a request line over 4 kB).

The table is a temp copy of the fixture; the rebuild replaces it the way etl/publish.py does (written
beside, renamed in). The client loop is bounded in requests and time, and talks to loopback only.
"""
from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.browser.conftest import free_port, serving
from tests.fixtures.make_table import _row, fixture_rows, write_table
from tests.test_hardening_requests import GETS, LEAKS, POSTS
from tests.test_hardening_requests import _body as callback_body

ROOT = Path(__file__).resolve().parents[1]
REQUESTS = 200          # the whole load, then it stops by itself
CLIENTS = 4
DEADLINE_S = 90         # the loop gives up after this, whatever happened
SETTLE_S = 5            # every worker must serve the new version this soon after the rename
V1, V2 = "1111aaaa2222bbbb", "3333cccc4444dddd"


def publish(path: Path, rows, version: str) -> None:
    tmp = path.with_name(f".{path.name}.{version}.tmp")
    write_table(tmp, rows)
    table = pq.read_table(tmp)
    pq.write_table(table.replace_schema_metadata({**table.schema.metadata, b"table_version": version.encode()}), tmp)
    os.replace(tmp, path)


def _pages_body(pathname: str) -> bytes:
    dep = lambda prop, value: {"id": "_pages_location", "property": prop, "value": value}  # noqa: E731
    return json.dumps({"output": ".._pages_content.children..._pages_store.data..",
                       "outputs": [{"id": "_pages_content", "property": "children"},
                                   {"id": "_pages_store", "property": "data"}],
                       "inputs": [dep("pathname", pathname), dep("search", "")],
                       "changedPropIds": ["_pages_location.pathname"]}).encode()


def fetch(url: str, body: bytes | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"} if body else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


@pytest.fixture
def server(tmp_path):
    data = tmp_path / "indicators.parquet"
    publish(data, fixture_rows(), V1)
    port = free_port()
    env = {**os.environ, "JJJ_DATA": str(data), "JJJ_LOG_LEVEL": "WARNING", "JJJ_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "app:server", "-w", "2", "--threads", "4",
         "-b", f"127.0.0.1:{port}", "--no-control-socket", "--timeout", "120", "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    with serving(proc, port, timeout=60) as url:
        yield url, data


TARGETS = [("/health", None), ("/", None), ("/theme/economy", None), ("/region/beijing?lang=en", None),
           ("/_dash-update-component", _pages_body("/theme/economy")),
           ("/_dash-update-component", _pages_body("/indicator/gdp"))]


def run_load(url: str, data: Path) -> tuple[list[str], list[tuple[float, int, str]], list[float]]:
    """REQUESTS requests from CLIENTS threads; a quarter in, the table is rebuilt. Returns the failures,
    what /health said (time, worker, version) and when the new file was renamed in."""
    started = time.monotonic()
    failures: list[str] = []
    seen: list[tuple[float, int, str]] = []
    counter = iter(range(REQUESTS))
    lock = threading.Lock()
    rebuilt_at: list[float] = []

    def one(n: int) -> None:
        if n == REQUESTS // 4:
            publish(data, fixture_rows() + [_row("gdp", "hebei", 2013, 28442.1)], V2)
            rebuilt_at.append(time.monotonic())
        path, body = TARGETS[n % len(TARGETS)]
        try:
            status, payload = fetch(url + path, body)
        except OSError as exc:
            failures.append(f"{path}: {exc!r}")
            return
        if status != 200:
            failures.append(f"{path}: {status} {payload[:200]!r}")
        elif path == "/health":
            info = json.loads(payload)
            seen.append((time.monotonic(), info["worker"], info["table_version"]))

    def client():
        while time.monotonic() - started < DEADLINE_S:
            with lock:
                n = next(counter, None)
            if n is None:
                return
            one(n)

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(DEADLINE_S + 30)
    return failures, seen, rebuilt_at


def poll_health(url: str, seen: list, deadline: float, workers: set[int]) -> None:
    """/health until every worker has answered after the deadline (bounded: about 10 s at most)."""
    for _ in range(200):
        _status, payload = fetch(url + "/health")
        info = json.loads(payload)
        seen.append((time.monotonic(), info["worker"], info["table_version"]))
        if time.monotonic() > deadline + 1 and {w for at, w, _ in seen if at > deadline} >= workers:
            return
        time.sleep(0.05)


def test_a_rebuild_under_load_reaches_every_worker_and_no_request_fails(server):
    url, data = server
    failures, seen, rebuilt_at = run_load(url, data)
    assert failures == []
    assert rebuilt_at, "the loop ended before the rebuild"
    workers = {worker for _, worker, _ in seen}
    deadline = rebuilt_at[0] + SETTLE_S
    poll_health(url, seen, deadline, workers)
    late = {worker: version for at, worker, version in seen if at > deadline and version != V2}
    assert late == {}, f"workers still on the old table {SETTLE_S}s after the rebuild: {late}"
    after = {worker for at, worker, _ in seen if at > deadline}
    assert len(workers) == 2 and after == workers, (workers, after)
    # How soon: the first answer of each worker with the new version, after the rename.
    first_new = {w: min(at for at, w2, v in seen if w2 == w and v == V2) - rebuilt_at[0] for w in workers}
    assert max(first_new.values()) < SETTLE_S, first_new


def test_a_restarted_worker_serves_the_same_table_as_the_others(server):
    """The split of issue 12: after a rebuild, a worker that restarts must not differ from the rest."""
    url, data = server
    publish(data, fixture_rows() + [_row("gdp", "hebei", 2013, 28442.1)], V2)
    time.sleep(1.5)  # past the check interval
    victim = json.loads(fetch(url + "/health")[1])["worker"]
    os.kill(victim, signal.SIGKILL)  # a worker of the server this test started
    versions, workers = [], set()
    for _ in range(200):  # bounded: about 20 s at most
        try:
            status, payload = fetch(url + "/health")
        except OSError:
            time.sleep(0.1)
            continue
        info = json.loads(payload)
        versions.append(info["table_version"])
        workers.add(info["worker"])
        if len(workers - {victim}) >= 2 and len(versions) >= 30:
            break
        time.sleep(0.1)
    assert len(workers - {victim}) >= 2, workers  # the replacement and the survivor both answered
    assert set(versions) == {V2}


def test_the_hostile_table_through_gunicorn(server):
    url, _data = server
    host, port = url.removeprefix("http://").split(":")
    bad = []
    requests = [("GET", path, None) for path, _ in GETS] + [
        ("POST", "/_dash-update-component", callback_body(raw).encode()) for _, raw, _ in POSTS]
    for method, path, body in requests:
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        try:
            conn.request(method, path, body=body, headers={"Content-Type": "application/json"} if body else {})
            response = conn.getresponse()
            payload = response.read().decode("utf-8", errors="replace")
        finally:
            conn.close()
        if response.status >= 500 or any(leak in payload for leak in LEAKS):
            bad.append(f"{method} {path[:80]}: {response.status} {payload[:120]!r}")
    assert bad == []
