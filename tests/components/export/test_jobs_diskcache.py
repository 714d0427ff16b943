"""The single-machine job path: a pack job renders through its app's own /export route over loopback
(the app's warm browser and render cache), waits out a busy export queue, and renders locally when the
app cannot be reached. A real HTTP server (werkzeug, a thread) serves the route."""
from __future__ import annotations

import io
import threading
import urllib.error
import urllib.request
from contextlib import contextmanager

import multiprocess
import pytest
from flask import Flask, Response
from PIL import Image
from pptx import Presentation
from werkzeug.serving import make_server

from components.core.spec import ChartSpec
from components.export import jobs, routes
from components.export.deck import local_png
from components.export.images import chart_figure
from tests.components.export.conftest import free_port

PAGE = {"key": "theme-economy", "title": "Economy", "lang": "en"}


@contextmanager
def http_server(app: Flask):
    server = make_server("127.0.0.1", free_port(), app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(5)


@pytest.fixture(scope="module")
def app_url(export_table):
    server = Flask(__name__)
    routes.add_export_route(server)
    with http_server(server) as url:
        yield url


@pytest.fixture
def fresh_cache(monkeypatch):
    monkeypatch.setattr(routes, "cache", routes.RenderCache(64 << 20))
    return routes.cache


@pytest.fixture
def spec_data(export_table):
    specs = [ChartSpec.resolve("gdp", ["beijing", "tianjin"], 2013, 2024),
             ChartSpec.resolve("pm25_annual_mean", ["beijing"], 2013, 2024),
             ChartSpec.resolve("gdp", ["beijing"], 1990, 1991)]  # no data: no slide
    return [s.to_data() for s in specs]


def _slides(pack) -> int:
    _name, data = pack
    return len(Presentation(io.BytesIO(data)).slides)


def test_the_route_notes_its_own_address_for_the_jobs_it_forks(app_url, monkeypatch):
    monkeypatch.setattr(jobs, "_base_url", None)
    monkeypatch.delenv(jobs.BASE_URL_ENV, raising=False)
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(app_url + "/export/nothing.gif")  # a 404 is a request all the same
    assert jobs.loopback_url() == app_url


@pytest.mark.parametrize("name,port,expected", [
    ("0.0.0.0", "8050", "http://127.0.0.1:8050"),
    ("127.0.0.1", "9000", "http://127.0.0.1:9000"),
    ("::", "8050", "http://[::1]:8050"),
    ("dashboard.example.org", "80", None),  # a name may be a public host: no loopback
    ("127.0.0.1", "", None),  # a unix socket
])
def test_loopback_address_is_taken_only_from_an_ip_and_port(monkeypatch, name, port, expected):
    monkeypatch.setattr(jobs, "_base_url", None)
    monkeypatch.delenv(jobs.BASE_URL_ENV, raising=False)
    jobs.note_server({"SERVER_NAME": name, "SERVER_PORT": port, "wsgi.url_scheme": "http"})
    assert jobs.loopback_url() == expected


def test_pack_over_loopback_renders_in_the_app_and_comes_from_its_cache_the_second_time(app_url, fresh_cache, spec_data):
    first = jobs.LoopbackRenderer(app_url)
    pack = jobs.run_pack(spec_data, "pptx", PAGE, "en", renderer=first)
    assert _slides(pack) == 1 + 2 + 1
    assert (first.fetched, first.local, first.failed) == (2, 0, None)
    assert fresh_cache.misses == 2 and len(fresh_cache) == 2
    again = jobs.LoopbackRenderer(app_url)
    assert _slides(jobs.run_pack(spec_data, "pptx", PAGE, "en", renderer=again)) == 4
    assert again.fetched == 2 and fresh_cache.hits == 2  # the same page's pack costs no render


def test_slide_layout_is_the_image_the_deck_would_render_itself(app_url, export_table):
    spec = ChartSpec.resolve("gdp", ["beijing", "tianjin"], 2013, 2024)
    size = {"width": 1600, "height": 900, "scale": 2}
    fetched = jobs.LoopbackRenderer(app_url)(spec, chart_figure(spec), size, True)
    local = local_png(spec, chart_figure(spec), size, True)
    page = jobs.LoopbackRenderer(app_url)(spec, chart_figure(spec), size, False)
    assert Image.open(io.BytesIO(fetched)).size == Image.open(io.BytesIO(local)).size == (3200, 1800)
    assert fetched == local and fetched != page  # the page image keeps its title; the slide's leaves it to the slide


def test_unreachable_app_falls_back_to_local_rendering_after_one_try(export_table, spec_data):
    renderer = jobs.LoopbackRenderer(f"http://127.0.0.1:{free_port()}", timeout=2)
    assert _slides(jobs.run_pack(spec_data, "pptx", PAGE, "en", renderer=renderer)) == 4
    assert renderer.fetched == 0 and renderer.local == 2 and "URLError" in renderer.failed


def test_a_busy_export_queue_is_waited_out(export_table, monkeypatch):
    """503 + Retry-After from a full queue: the job waits and asks again instead of starting its own browser."""
    monkeypatch.setattr(jobs.time, "sleep", lambda s: None)
    asked = {"n": 0}
    png = local_png(*_one_chart())
    server = Flask(__name__)

    @server.route("/export/<name>")
    def busy_twice(name):
        asked["n"] += 1
        if asked["n"] <= 2:
            return Response("busy", status=503, headers={"Retry-After": "2"})
        return Response(png, mimetype="image/png")

    with http_server(server) as url:
        renderer = jobs.LoopbackRenderer(url, fallback=_no_local)
        assert renderer(*_one_chart()) == png
    assert asked["n"] == 3 and renderer.fetched == 1


def test_a_503_without_retry_after_means_the_app_cannot_render(export_table):
    server = Flask(__name__)
    server.add_url_rule("/export/<name>", "x", lambda name: Response("no browser", status=503))
    with http_server(server) as url:
        renderer = jobs.LoopbackRenderer(url)
        assert renderer(*_one_chart()).startswith(b"\x89PNG")
    assert renderer.local == 1 and "503" in renderer.failed


def test_forked_job_uses_the_address_its_web_worker_noted(app_url, fresh_cache, spec_data, monkeypatch):
    """As DiskcacheManager runs it: a process forked from the web worker inherits the noted address."""
    monkeypatch.setattr(jobs, "_base_url", app_url)
    monkeypatch.delenv(jobs.BASE_URL_ENV, raising=False)
    out = multiprocess.get_context("fork").Queue()
    child = multiprocess.get_context("fork").Process(target=_job_in_child, args=(spec_data, out))
    child.start()
    slides, kind = out.get(timeout=120)
    child.join(10)
    assert slides == 4 and kind == "LoopbackRenderer"
    assert fresh_cache.misses == 2  # rendered by the app (this process), not by the job


def _job_in_child(spec_data, out) -> None:
    renderer = jobs.pack_renderer()
    out.put((_slides(jobs.run_pack(spec_data, "pptx", PAGE, "en", renderer=renderer)), type(renderer).__name__))


def _one_chart():
    spec = ChartSpec.resolve("gdp", ["beijing"], 2013, 2024)
    return spec, chart_figure(spec), {"width": 800, "height": 450, "scale": 1}, True


def _no_local(*_args):
    raise AssertionError("rendered locally although the app answered")

