"""GET /export/<indicator>.<png|svg|pdf>: the page's chart as an image, by URL.

For a briefing document that embeds a live chart, or a script. Every way a request can be wrong
answers 4xx with a plain-text sentence saying what to change; a missing browser or data file is
a 503 that says how to fix the server. Nothing here should ever surface as a bare 500, and no
answer echoes more of the request than a short, plain id (an error page is no place for a path).

Repeated parameters follow url_state's rule: every `region` value counts (so one unknown region
among them is a 400, not silently dropped), any other parameter takes its first value. Regions
and the indicator may be named by id, name or alias (北京 → beijing), as in the page paths.

Exports never slow the site (issue 10):
  * a render cache per worker, keyed by the resolved ChartSpec, format, size and the table's version
    (`store.generation()`), bounded by bytes (LRU, CACHE_MB). Its key also gives the ETag, so a client
    holding the image gets a 304 for If-None-Match without a render, on any worker that loaded the same table;
  * a bounded render queue per worker: renders run one at a time on the worker's own export thread
    (kaleido drives one browser), at most 1 + QUEUE_DEPTH pending; a request waits no longer than
    QUEUE_WAIT_S, and a render whose requester gave up still lands in the cache. Anything beyond that is a
    503 with Retry-After, so exports never hold more than 1 + QUEUE_DEPTH of a worker's page threads;
  * the worker's Chromium runs at a lower CPU priority (BROWSER_NICE), so on a busy machine pages are
    served first. docs/export.md says how these were chosen (bench/bench_load.py).

`layout=slide` gives the image a briefing deck places under its own slide title (no title in the image, laid
out for 14 pt text): a diskcache pack job asks for its slides this way, over loopback, so it reuses this
worker's warm browser and render cache (components/export/jobs.py). The route notes the worker's own address
for those jobs on its first request.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import threading
import time
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from urllib.parse import quote

import psutil
from flask import Flask, Response, request

from components.core import store
from components.core.spec import ChartSpec
from components.core.url_state import MAX_REGIONS, region_ids
from components.export import jobs
from components.export.deck import local_png
from components.export.images import (
    DEFAULT_HEIGHT,
    DEFAULT_SCALE,
    DEFAULT_WIDTH,
    FORMATS,
    ExportRequestError,
    ExportUnavailable,
    chart_figure,
    chart_image,
    check_size,
    request_spec,
)

PARAMS = ("region", "from", "to", "lang", "width", "height", "scale", "layout")
LAYOUTS = ("page", "slide")
# What an answer may quote back of the request: a short id or name, nothing with slashes or markup.
_ECHO = re.compile(r"^[\w.,\- ]{1,40}$")


CACHE_MB = float(os.environ.get("JJJ_EXPORT_CACHE_MB") or 64)
# One render and nobody waiting behind it: exports hold at most 1 of a worker's 4 threads (Makefile). Chosen
# by measurement (bench/bench_load.py, docs/export.md): with depth 1 or 2 a busy machine's slow renders held
# 2-3 of the 4 threads and page throughput fell furthest. A refused export says when to retry; a pack job's
# loopback request waits that out too (components/export/jobs.py).
QUEUE_DEPTH = int(os.environ.get("JJJ_EXPORT_QUEUE") or 0)
QUEUE_WAIT_S = float(os.environ.get("JJJ_EXPORT_WAIT_S") or 5)  # a warm PNG takes ~0.3 s
FIRST_RENDER_WAIT_S = 30  # images.RENDER_TIMEOUT_S: the browser's start is part of the first render
RETRY_AFTER_S = 2
# The nice value of the worker's Chromium (0 leaves it alone): pages first when the machine is busy.
BROWSER_NICE = int(os.environ.get("JJJ_EXPORT_NICE") or 10)
MAX_AGE_S = 60  # then revalidate: the ETag changes when the table is rebuilt
BUSY_MESSAGE = "the image export is busy; please try again in a few seconds"


class _NotFound(ExportRequestError):
    """An indicator the catalogue does not know: 404."""


class ExportBusy(RuntimeError):
    """The worker's render queue is full (or the wait for the renderer ran out): 503 with Retry-After."""


class RenderQueue:
    """Renders run on one export thread per worker, at most 1 + `depth` of them pending; beyond that a request
    is refused at once. A request waits at most `wait_s` for its image and at most 1 + `depth` requests wait
    at a time, so exports never hold more page threads than that, nor for longer. A request whose wait runs
    out is refused too, but its render goes on into the cache, where the retry that Retry-After asks for
    finds it. A request for an image already being rendered waits for that render instead of queueing another.
    """

    def __init__(self, depth: int = QUEUE_DEPTH, wait_s: float = QUEUE_WAIT_S):
        self.depth, self.wait_s = depth, wait_s
        self._lock = threading.RLock()  # a future that is already done runs its callback in add_done_callback
        self._pending: dict[str, Future] = {}
        self._waiting = 0
        self._pool: ThreadPoolExecutor | None = None
        self.refused = self.rendered = 0

    def run(self, key: str, fn, *args):
        future = self._admit(key, fn, args)
        # The worker's first render also starts its browser (2-3 s, more on a busy machine): wait for that one.
        timeout = self.wait_s if self.rendered else max(self.wait_s, FIRST_RENDER_WAIT_S)
        try:
            return future.result(timeout=timeout)
        except FutureTimeout:
            with self._lock:
                self.refused += 1
            raise ExportBusy(BUSY_MESSAGE) from None
        finally:
            with self._lock:
                self._waiting -= 1

    def _admit(self, key: str, fn, args) -> Future:
        with self._lock:
            future = self._pending.get(key)
            if self._waiting > self.depth or (future is None and len(self._pending) > self.depth):
                self.refused += 1
                raise ExportBusy(BUSY_MESSAGE)
            if future is None:
                if self._pool is None:  # made on first use: a thread does not survive gunicorn's fork
                    self._pool = ThreadPoolExecutor(1, thread_name_prefix="export-render")
                future = self._pool.submit(fn, *args)
                self._pending[key] = future
                future.add_done_callback(lambda _f: self._done(key))
            self._waiting += 1
            return future

    def _done(self, key: str) -> None:
        with self._lock:
            self._pending.pop(key, None)
            self.rendered += 1


class RenderCache:
    """Rendered images by key, least recently used first out, at most `max_bytes` of them in all."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self._items: OrderedDict[str, bytes] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: str, count: bool = True) -> bytes | None:
        with self._lock:
            data = self._items.get(key)
            if data is None:
                self.misses += count
                return None
            self._items.move_to_end(key)
            self.hits += count
            return data

    def put(self, key: str, data: bytes) -> None:
        if len(data) > self.max_bytes:
            return
        with self._lock:
            old = self._items.pop(key, None)
            self._bytes -= len(old) if old is not None else 0
            self._items[key] = data
            self._bytes += len(data)
            while self._bytes > self.max_bytes:
                _key, dropped = self._items.popitem(last=False)
                self._bytes -= len(dropped)

    def __len__(self) -> int:
        return len(self._items)

    @property
    def size(self) -> int:
        return self._bytes


cache = RenderCache(int(CACHE_MB * 1024 * 1024))
queue = RenderQueue()


def _after_fork_in_child() -> None:
    """A forked worker starts with its own empty queue (a lock held in the parent would never be released)."""
    global cache, queue
    cache = RenderCache(cache.max_bytes)
    queue = RenderQueue(queue.depth, queue.wait_s)


os.register_at_fork(after_in_child=_after_fork_in_child)


def cache_key(spec: ChartSpec, fmt: str, size: dict, layout: str = "page") -> str:
    """Everything an image depends on, as one canonical string (the same in every worker)."""
    fields = {f.name: getattr(spec, f.name) for f in dataclasses.fields(spec)}
    fields["qualifiers"] = sorted(fields["qualifiers"])
    key = {"spec": fields, "fmt": fmt, "size": size, "table": store.generation()}
    if layout != "page":  # page images keep the keys (and ETags) they had before layouts existed
        key["layout"] = layout
    return json.dumps(key, sort_keys=True, separators=(",", ":"), default=str)


def etag_of(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


# A URL that names its content's version (a fingerprinted script, the coverage image of one table) never changes.
IMMUTABLE = "public, max-age=31536000, immutable"


def plain_text(message: str, status: int) -> Response:
    """An answer in plain words: what every refused or failed request of the app's own routes gets."""
    return Response(message + "\n", status=status, mimetype="text/plain; charset=utf-8")


def held_etags(header: str | None) -> set[str]:
    """The entity tags an If-None-Match holds, without W/ and quotes, and without the encoding that compression
    appends to a tag it sends (…:gzip, …:br), so a compressed answer's tag still matches its own."""
    return {value.strip().removeprefix("W/").strip('"').split(":")[0] for value in (header or "").split(",")}


def shown(value) -> str:
    """A request value as an answer may quote it: short plain words as they are, anything else elided."""
    text = str(value)
    return repr(text) if _ECHO.match(text) else "(a value that is not a plain id)"


def _number(name: str, default, kind=int):
    raw = request.args.get(name, "").strip()  # the first of repeated values
    if not raw:
        return default
    try:
        return kind(raw)
    except (ValueError, OverflowError):
        raise ExportRequestError(f"{name} must be a number, got {shown(raw)}") from None


def _regions() -> list[str]:
    """Every `region` value, canonical ids in the order asked; an unknown one is a 400 naming it."""
    asked = region_ids(request.args.getlist("region"))
    if len(asked) > MAX_REGIONS:
        raise ExportRequestError(f"at most {MAX_REGIONS} regions, got {len(asked)}")
    ids, unknown = [], []
    for word in asked:
        try:
            rid = store.resolve("region", word)
        except store.UnknownId:
            unknown.append(shown(word))
            continue
        if rid not in ids:
            ids.append(rid)
    if unknown:
        raise ExportRequestError(f"unknown region(s): {', '.join(unknown)}")
    return ids


def parse_request(indicator: str) -> tuple[ChartSpec, dict]:
    unknown = sorted(set(request.args) - set(PARAMS))
    if unknown:
        raise ExportRequestError(f"unknown parameter(s): {', '.join(shown(u) for u in unknown[:5])}; "
                                 f"known: {', '.join(PARAMS)}")
    try:
        indicator = store.resolve("indicator", indicator)
    except store.UnknownId:
        raise _NotFound(f"unknown indicator {shown(indicator)}") from None
    regions = _regions()
    lang = request.args.get("lang", "zh")
    if lang not in ("zh", "en"):
        raise ExportRequestError(f"lang must be zh or en, got {shown(lang)}")
    size = {"width": _number("width", DEFAULT_WIDTH), "height": _number("height", DEFAULT_HEIGHT),
            "scale": _number("scale", DEFAULT_SCALE, float)}
    if size["scale"] != size["scale"]:  # NaN passes every range check
        raise ExportRequestError("scale must be a number")
    spec = request_spec(indicator, regions, _number("from", None), _number("to", None), lang)
    return spec, size


def export_url(spec: ChartSpec, fmt: str, width: int = DEFAULT_WIDTH, height: int = DEFAULT_HEIGHT) -> str:
    """The /export URL of a card's spec (what `parse_request` reads back), at DEFAULT_SCALE: the export menu's
    links. Defaults are left out, so a link and a hand-typed URL of the same image share one cache entry."""
    query = []
    if spec.requested:
        query.append("region=" + ",".join(quote(r, safe="") for r in spec.requested))
    for param, value in (("from", spec.year_from), ("to", spec.year_to)):
        if value is not None:
            query.append(f"{param}={int(value)}")
    if spec.lang != "zh":
        query.append(f"lang={spec.lang}")
    for param, value, default in (("width", width, DEFAULT_WIDTH), ("height", height, DEFAULT_HEIGHT)):
        if value != default:
            query.append(f"{param}={int(value)}")
    return f"/export/{quote(spec.indicator, safe='')}.{fmt}" + ("?" + "&".join(query) if query else "")


def _layout(fmt: str) -> str:
    layout = request.args.get("layout", "page")
    if layout not in LAYOUTS:
        raise ExportRequestError(f"layout must be page or slide, got {shown(layout)}")
    if layout == "slide" and fmt != "png":
        raise ExportRequestError("layout=slide is for PNG only")
    return layout


def export_view(name: str) -> Response:
    indicator, dot, fmt = name.rpartition(".")
    if not dot or fmt not in FORMATS:
        return plain_text(f"ask for /export/<indicator>.png, .svg or .pdf (got {shown(name)})", 404)
    started = time.perf_counter()
    try:
        spec, size = parse_request(indicator)
        layout = _layout(fmt)
        check_size(size["width"], size["height"], size["scale"])
        key = cache_key(spec, fmt, size, layout)
        etag = etag_of(key)
        if request.if_none_match.contains_weak(etag):
            return _cached_headers(Response(status=304), etag, "revalidated", started)
        data, state = cache.get(key), "hit"
        if data is None:
            data, state = queue.run(key, _render_once, key, spec, fmt, size, layout)
    except _NotFound as err:
        return plain_text(str(err), 404)
    except ExportRequestError as err:
        return plain_text(str(err), 400)
    except ExportBusy as err:
        response = plain_text(str(err), 503)
        response.headers["Retry-After"] = str(RETRY_AFTER_S)
        return response
    except (ExportUnavailable, store.DataUnavailable) as err:
        return plain_text(str(err), 503)
    response = Response(data, mimetype=FORMATS[fmt])
    response.headers["Content-Disposition"] = f'inline; filename="{spec.file_name}.{fmt}"'
    return _cached_headers(response, etag, state, started)


def _render_once(key: str, spec: ChartSpec, fmt: str, size: dict, layout: str = "page") -> tuple[bytes, str]:
    """Inside the queue: a request that waited behind the same image takes it from the cache."""
    data = cache.get(key, count=False)
    if data is not None:
        return data, "hit"
    if layout == "slide":
        data = local_png(spec, chart_figure(spec), size, True)
    else:
        data = chart_image(spec, fmt, **size)
    cache.put(key, data)
    lower_browser_priority()
    return data, "miss"


_niced: set[int] = set()
_niced_checked = 0.0


def lower_browser_priority(every_s: float = 5.0) -> None:
    """Give this worker's child processes (its Chromium, and diskcache jobs) nice BROWSER_NICE, at most
    every `every_s`: under load the kernel then runs page requests first and renders with what is left.

    Chromium is a child process, so no lock of the worker's Python is held while it waits; the worker's own
    threads keep their priority (a lowered thread holding the GIL would stall the page threads behind it).
    Raising a nice value needs no privilege."""
    global _niced_checked
    now = time.monotonic()
    if BROWSER_NICE <= 0 or now - _niced_checked < every_s:
        return
    _niced_checked = now
    try:
        children = psutil.Process().children(recursive=True)
    except psutil.Error:
        return
    for child in children:
        if child.pid in _niced:
            continue
        try:
            if child.nice() < BROWSER_NICE:
                child.nice(BROWSER_NICE)
            _niced.add(child.pid)
        except psutil.Error:
            continue


def _cached_headers(response: Response, etag: str, state: str, started: float) -> Response:
    response.set_etag(etag)
    response.headers["Cache-Control"] = f"public, max-age={MAX_AGE_S}"
    response.headers["X-Export-Cache"] = state
    response.headers["Server-Timing"] = f"export;dur={(time.perf_counter() - started) * 1000:.1f}"
    return response


def _note_server() -> None:
    """This worker's own address, for the briefing jobs it forks (jobs.note_server; a no-op once known)."""
    if jobs.loopback_url() is None:
        jobs.note_server(request.environ)


def add_export_route(server: Flask) -> None:
    """Mount the route on the app's Flask server."""
    server.add_url_rule("/export/<name>", "export_image", export_view, methods=["GET"])
    server.before_request(_note_server)
