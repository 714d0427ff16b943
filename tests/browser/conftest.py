"""One app server per session (gunicorn on a free port) and Playwright on Debian's Chromium.

The server reads the committed data/indicators.parquet when it exists, else the fixture table,
so the suite runs before the ETL has produced the real file. The export tests use `app_url` too.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.fixtures.make_table import write_table

ROOT = Path(__file__).resolve().parents[2]
REAL_DATA = ROOT / "data" / "indicators.parquet"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "accept_downloads": True, "viewport": {"width": 1400, "height": 1000},
            "locale": "zh-CN"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(data_path: Path, port: int, workers: int = 1) -> subprocess.Popen:
    env = {**os.environ, "JJJ_DATA": str(data_path), "JJJ_LOG_LEVEL": "WARNING"}
    gunicorn = Path(sys.executable).with_name("gunicorn")
    return subprocess.Popen(
        [str(gunicorn), "app:server", "--workers", str(workers), "--bind", f"127.0.0.1:{port}", "--timeout", "120",
         "--no-control-socket", "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_until_up(url: str, proc: subprocess.Popen, timeout: float = 30, path: str = "/health") -> None:
    """Until `url + path` answers (an app's /health; a plain Dash app's /), or the server exits or times out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"app exited: {proc.stderr.read().decode(errors='replace')[-2000:]}")
        try:
            urllib.request.urlopen(url + path, timeout=2)
            return
        except urllib.error.HTTPError:
            return  # 503 (no data) still means the server answers
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"app did not answer within {timeout}s")


@contextmanager
def serving(proc: subprocess.Popen, port: int, timeout: float = 30, path: str = "/health") -> Iterator[str]:
    """Wait until the server answers, hand over its URL, and always stop it (a test never leaks a server)."""
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, proc, timeout, path)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def app_data_path(tmp_path_factory) -> Path:
    if REAL_DATA.exists():
        return REAL_DATA
    return write_table(tmp_path_factory.mktemp("appdata") / "indicators.parquet")


@pytest.fixture(scope="session")
def app_url(app_data_path):
    port = free_port()
    with serving(start_server(app_data_path, port, workers=2), port) as url:
        yield url
