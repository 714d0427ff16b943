"""GET /export: the render cache (ETag, 304, a new table version misses it) and the bounded render queue
(a full queue is a 503 with Retry-After at once). The renderer is replaced: no browser is needed."""
from __future__ import annotations

import subprocess
import threading
import time

import psutil
import pyarrow.parquet as pq
import pytest
from flask import Flask

from components.core import store
from components.core.spec import ChartSpec
from components.export import routes
from tests.fixtures.make_table import write_table


def _stamp(path, version: str):
    table = pq.read_table(path)
    pq.write_table(table.replace_schema_metadata({**table.schema.metadata, b"table_version": version.encode()}), path)
    return path


@pytest.fixture
def renders(monkeypatch):
    """A fake renderer that counts calls; `delay` and `gate` make it slow on demand."""
    calls = {"n": 0, "delay": 0.0, "gate": None, "started": threading.Event()}

    def fake_chart_image(spec, fmt, *, width, height, scale):
        calls["n"] += 1
        calls["started"].set()
        if calls["gate"] is not None:
            calls["gate"].wait(5)
        time.sleep(calls["delay"])
        return f"{spec.file_name}:{fmt}:{width}x{height}@{scale}:{store.generation()}".encode()

    def fake_local_png(spec, fig, size, for_slides):
        calls["n"] += 1
        return f"{spec.file_name}:slide={for_slides}:{size['width']}x{size['height']}".encode()

    monkeypatch.setattr(routes, "chart_image", fake_chart_image)
    monkeypatch.setattr(routes, "local_png", fake_local_png)
    monkeypatch.setattr(routes, "cache", routes.RenderCache(1 << 20))
    monkeypatch.setattr(routes, "queue", _warm_queue(depth=1, wait_s=2.0))
    return calls


def _warm_queue(depth: int, wait_s: float) -> routes.RenderQueue:
    """A queue past its worker's first render (that one may wait for the browser to start)."""
    queue = routes.RenderQueue(depth=depth, wait_s=wait_s)
    queue.rendered = 1
    return queue


@pytest.fixture
def client(tmp_path):
    path = _stamp(write_table(tmp_path / "indicators.parquet"), "aaaa000000000001")
    store.init(path)
    server = Flask(__name__)
    routes.add_export_route(server)
    yield server.test_client(), path
    store.init(path)


def test_a_repeated_export_comes_from_the_cache(client, renders):
    c, _path = client
    first = c.get("/export/gdp.png?region=beijing&from=2013")
    again = c.get("/export/gdp.png?region=beijing&from=2013")
    assert first.status_code == again.status_code == 200 and first.data == again.data
    assert renders["n"] == 1
    assert first.headers["X-Export-Cache"] == "miss" and again.headers["X-Export-Cache"] == "hit"
    assert first.headers["ETag"] == again.headers["ETag"] and "max-age" in again.headers["Cache-Control"]
    # another format, size or region is another image
    c.get("/export/gdp.svg?region=beijing&from=2013")
    c.get("/export/gdp.png?region=beijing&from=2013&width=800")
    c.get("/export/gdp.png?region=tianjin&from=2013")
    assert renders["n"] == 4
    # the same chart asked for by name or alias is the same image
    c.get("/export/GDP.png?region=%E5%8C%97%E4%BA%AC&from=2013")
    assert renders["n"] == 4


def test_a_new_table_version_misses_the_cache(client, renders):
    c, path = client
    old = c.get("/export/gdp.png")
    _stamp(path, "bbbb000000000002")
    store.refresh(force=True)
    assert store.version() == "bbbb000000000002"
    new = c.get("/export/gdp.png")
    assert renders["n"] == 2 and new.headers["X-Export-Cache"] == "miss"
    assert new.headers["ETag"] != old.headers["ETag"]
    # and the old ETag is no longer good for a 304
    assert c.get("/export/gdp.png", headers={"If-None-Match": old.headers["ETag"]}).status_code == 200


def test_if_none_match_gives_304_without_a_render(client, renders):
    c, _path = client
    etag = c.get("/export/pm25_annual_mean.pdf?lang=en").headers["ETag"]
    r = c.get("/export/pm25_annual_mean.pdf?lang=en", headers={"If-None-Match": etag})
    assert r.status_code == 304 and r.data == b"" and r.headers["ETag"] == etag
    assert renders["n"] == 1
    assert c.get("/export/pm25_annual_mean.pdf?lang=zh", headers={"If-None-Match": etag}).status_code == 200


def test_the_cache_is_bounded_by_bytes():
    cache = routes.RenderCache(100)
    for i in range(5):
        cache.put(f"k{i}", b"x" * 40)
    assert cache.size <= 100 and len(cache) == 2 and cache.get("k4") and cache.get("k0") is None
    cache.get("k3")  # recently used: k3 stays, k4 goes next
    cache.put("k5", b"y" * 40)
    assert cache.get("k3") and cache.get("k4") is None
    cache.put("huge", b"z" * 101)  # larger than the whole cache: not kept, nothing evicted for it
    assert cache.get("huge") is None and len(cache) == 2


def test_a_full_queue_is_a_503_with_retry_after_and_no_path(client, renders, tmp_path):
    c, _path = client
    gate = threading.Event()
    renders["gate"] = gate
    results: dict[int, object] = {}

    def ask(i):
        results[i] = c.get(f"/export/gdp.png?from={2013 + i}")  # a different image each: no cache help

    rendering = threading.Thread(target=ask, args=(0,))
    rendering.start()
    assert renders["started"].wait(5)
    waiting = threading.Thread(target=ask, args=(1,))  # depth 1: this one waits
    waiting.start()
    time.sleep(0.2)
    t0 = time.perf_counter()
    refused = c.get("/export/gdp.png?from=2020")  # the third is refused at once
    assert time.perf_counter() - t0 < 1.0
    gate.set()
    rendering.join(10)
    waiting.join(10)
    assert refused.status_code == 503 and refused.headers["Retry-After"].isdigit()
    text = refused.get_data(as_text=True)
    assert refused.mimetype == "text/plain" and "busy" in text
    assert str(tmp_path) not in text and "/" not in text and "Traceback" not in text
    assert results[0].status_code == 200 and results[1].status_code == 200
    assert renders["n"] == 2
    # the queue is free again
    assert c.get("/export/gdp.png?from=2020").status_code == 200


def test_a_wait_that_runs_out_is_a_503_too(client, renders, monkeypatch):
    c, _path = client
    monkeypatch.setattr(routes, "queue", _warm_queue(depth=2, wait_s=0.2))
    gate = threading.Event()
    renders["gate"] = gate
    answers = []
    first = threading.Thread(target=lambda: answers.append(c.get("/export/gdp.png?from=2013")))
    first.start()
    assert renders["started"].wait(5)
    t0 = time.perf_counter()
    r = c.get("/export/gdp.png?from=2014")
    assert time.perf_counter() - t0 < 1.5
    first.join(10)
    assert r.status_code == 503 and "Retry-After" in r.headers
    assert answers[0].status_code == 503  # a render that outlasts the wait frees the page thread ...
    gate.set()
    deadline = time.monotonic() + 5
    while routes.queue.rendered < 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    again = c.get("/export/gdp.png?from=2013")  # ... and still lands in the cache for the retry
    assert again.status_code == 200 and again.headers["X-Export-Cache"] == "hit"


def test_the_first_render_of_a_worker_may_wait_for_the_browser_to_start(client, renders, monkeypatch):
    c, _path = client
    monkeypatch.setattr(routes, "queue", routes.RenderQueue(depth=2, wait_s=0.2))
    renders["delay"] = 0.5  # longer than wait_s: a cold start
    assert c.get("/export/gdp.png?from=2013").status_code == 200
    assert c.get("/export/gdp.png?from=2014").status_code == 503  # later renders keep the short wait


def test_waiters_for_the_same_image_render_it_once(client, renders):
    c, _path = client
    renders["delay"] = 0.3
    threads = [threading.Thread(target=c.get, args=("/export/gdp.png?from=2015",)) for _ in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(10)
    assert renders["n"] == 1


@pytest.mark.parametrize("url", ["/export/%2Fetc%2Fpasswd.png", "/export/gdp.png?region=..%2F..%2Fetc",
                                 "/export/gdp.png?width=99999"])
def test_no_answer_leaks_a_path(client, renders, url):
    c, path = client
    r = c.get(url)
    text = r.get_data(as_text=True)
    assert r.status_code in (400, 404) and str(path.parent) not in text and "etc" not in text


def test_a_missing_table_is_a_503_naming_no_path(client, renders, tmp_path):
    c, path = client
    store.init(tmp_path / "gone" / "indicators.parquet")
    try:
        r = c.get("/export/gdp.png")
    finally:
        store.init(path)
    assert r.status_code == 503 and str(tmp_path) not in r.get_data(as_text=True) and renders["n"] == 0


def test_slide_layout_is_its_own_cached_image(client, renders):
    c, _path = client
    page = c.get("/export/gdp.png?region=beijing")
    slide = c.get("/export/gdp.png?region=beijing&layout=slide")
    again = c.get("/export/gdp.png?region=beijing&layout=slide")
    assert b"slide=True" in slide.data and page.data != slide.data and again.data == slide.data
    assert page.headers["ETag"] != slide.headers["ETag"] and again.headers["X-Export-Cache"] == "hit"
    assert renders["n"] == 2
    assert c.get("/export/gdp.png?region=beijing&layout=page").headers["ETag"] == page.headers["ETag"]


def test_the_workers_child_processes_get_a_lower_cpu_priority():
    """Chromium is a child of the worker: after a render it runs at BROWSER_NICE, the worker itself does not."""
    child = subprocess.Popen(["sleep", "30"])
    try:
        routes.lower_browser_priority(every_s=0)
        assert psutil.Process(child.pid).nice() == routes.BROWSER_NICE > 0
        assert psutil.Process().nice() < routes.BROWSER_NICE
    finally:
        child.kill()
        child.wait()


def test_an_export_menu_link_is_the_routes_url_and_shares_its_cache(client, renders):
    c, _path = client
    spec = ChartSpec.resolve("gdp", ["beijing"], 2013, None)
    url = routes.export_url(spec, "png")
    assert url == "/export/gdp.png?region=beijing&from=2013"
    first = c.get(url)
    assert first.headers["X-Export-Cache"] == "miss" and renders["n"] == 1
    assert c.get("/export/gdp.png?region=beijing&from=2013&width=1600&height=900").headers["X-Export-Cache"] == "hit"
    english = ChartSpec.resolve("gdp", [], None, None, "en")
    assert routes.export_url(english, "svg", 1200) == "/export/gdp.svg?lang=en&width=1200"
