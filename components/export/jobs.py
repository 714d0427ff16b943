"""Briefing packs as background jobs: which job queue runs them, and where their images come from.

Two queues, chosen by JJJ_JOBS (read once, at import of components/ui/briefing.py):

* `diskcache` (default, one machine): Dash forks a process per job from the web worker. A fresh process
  has no warm browser, and starting one costs 2–3 s, about the time of the whole pack. So the job asks
  its own app for the images instead: `LoopbackRenderer` GETs `/export/<id>.png?layout=slide…` from the
  web server it was forked from (127.0.0.1 and the port the worker listens on, noted by the export route
  on its first request, or JJJ_EXPORT_BASE_URL). That worker's Chromium is warm, the render cache
  answers an image already made, and the bounded export queue paces the job like any other client. If the
  app cannot be reached, the pack is rendered in the job's own process instead: slower, never broken.
* `celery` (several machines): Celery with Redis (JJJ_REDIS_URL) as broker and result store. Workers start
  with `celery -A components.ui.briefing:celery_app worker`; each worker process starts one kaleido when
  it starts (`worker_process_init`) and keeps it for every job after, so jobs render locally, warm.

This module holds the job's work (`run_pack`) and no `dash` import: the Dash callback in
components/ui/briefing.py calls it with the callback's arguments, whichever queue runs it.
"""
from __future__ import annotations

import ipaddress
import logging
import os
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable

import plotly.graph_objects as go

from components.core import store
from components.core.spec import ChartSpec
from components.export.deck import PngRenderer, Progress, briefing_pack, local_png
from components.export.images import warm_up

log = logging.getLogger(__name__)

JOBS_ENV, REDIS_ENV, BASE_URL_ENV = "JJJ_JOBS", "JJJ_REDIS_URL", "JJJ_EXPORT_BASE_URL"
BACKENDS = ("diskcache", "celery")
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
RESULT_EXPIRE_S = 3600  # a finished pack waits this long for its page to fetch it
LOOPBACK_TIMEOUT_S = 60  # one image; the route's own queue wait and render timeout are shorter
BUSY_WAIT_S = 30  # how long a job keeps retrying a busy export queue before rendering itself


def backend() -> str:
    """The job queue this process is configured for (JJJ_JOBS); an unknown name is a start-up error."""
    name = (os.environ.get(JOBS_ENV) or "diskcache").strip().lower()
    if name not in BACKENDS:
        raise ValueError(f"{JOBS_ENV} must be one of {', '.join(BACKENDS)}, got {name!r}")
    return name


def redis_url() -> str:
    return os.environ.get(REDIS_ENV) or DEFAULT_REDIS_URL


# --- where the web worker listens: noted on its first request, inherited by the jobs it forks ---------

_base_url: str | None = None
_in_job_worker = False  # a Celery worker process: its own kaleido is the warm one


def note_server(environ: dict) -> None:
    """Remember http://<bind address>:<port> of this web worker (WSGI SERVER_NAME/SERVER_PORT, which
    gunicorn and werkzeug set from the listening socket). Only an IP literal is taken: a name could be a
    public host behind a proxy, and the loopback is meant to stay on this machine."""
    global _base_url
    if _base_url is not None:
        return
    host, port = environ.get("SERVER_NAME", ""), environ.get("SERVER_PORT", "")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return
    if not port.isdigit():
        return
    if address.is_unspecified:  # bound to every interface: the loopback one is among them
        address = ipaddress.ip_address("::1" if address.version == 6 else "127.0.0.1")
    shown = f"[{address}]" if address.version == 6 else str(address)
    _base_url = f"{environ.get('wsgi.url_scheme', 'http')}://{shown}:{port}"


def loopback_url() -> str | None:
    """The app a job of this process should ask for images, or None to render locally."""
    if _in_job_worker:
        return None
    return os.environ.get(BASE_URL_ENV) or _base_url


def image_query(spec: ChartSpec, size: dict, for_slides: bool) -> str:
    """The /export query that gives exactly this spec's image (the route resolves it to the same ChartSpec)."""
    params = [("region", r) for r in spec.requested]
    params += [(key, value) for key, value in (("from", spec.year_from), ("to", spec.year_to)) if value is not None]
    params += [("lang", spec.lang), *((k, size[k]) for k in ("width", "height", "scale"))]
    if for_slides:
        params.append(("layout", "slide"))
    return urllib.parse.urlencode(params)


class LoopbackRenderer:
    """PNGs from the app's own /export route (see the module docstring); local rendering once it fails.

    A 503 from a full export queue is waited out (Retry-After) for up to BUSY_WAIT_S in all; any other
    failure (refused connection, timeout, an error status) switches this pack to local rendering at once,
    so a broken loopback costs one failed request, not one per chart."""

    def __init__(self, base_url: str, fallback: PngRenderer = local_png, timeout: float = LOOPBACK_TIMEOUT_S):
        self.base_url, self.fallback, self.timeout = base_url.rstrip("/"), fallback, timeout
        self.fetched = self.local = 0
        self.failed: str | None = None
        self._busy_deadline: float | None = None

    def __call__(self, spec: ChartSpec, fig: go.Figure, size: dict, for_slides: bool) -> bytes:
        if self.failed is None:
            try:
                data = self._fetch(spec, size, for_slides)
                self.fetched += 1
                return data
            except (OSError, ValueError) as err:  # URLError, HTTPError and timeouts are OSErrors
                self.failed = f"{type(err).__name__}: {err}"
                log.warning("briefing job renders locally: %s/export did not answer (%s)", self.base_url, self.failed)
        self.local += 1
        return self.fallback(spec, fig, size, for_slides)

    def _fetch(self, spec: ChartSpec, size: dict, for_slides: bool) -> bytes:
        url = f"{self.base_url}/export/{urllib.parse.quote(spec.indicator)}.png?{image_query(spec, size, for_slides)}"
        while True:
            try:
                with urllib.request.urlopen(url, timeout=self.timeout) as response:
                    data = response.read()
            except urllib.error.HTTPError as err:
                if err.code != 503 or not self._may_wait(err):
                    raise
                continue
            if not data.startswith(b"\x89PNG"):
                raise ValueError("the export route answered something that is not a PNG")
            return data

    def _may_wait(self, err: urllib.error.HTTPError) -> bool:
        """A busy queue (Retry-After) is waited for, within one budget for the whole pack."""
        retry_after = err.headers.get("Retry-After") if err.headers else None
        if retry_after is None or not retry_after.isdigit():
            return False  # a 503 without Retry-After: no browser or no data on the app; render here
        now = time.monotonic()
        if self._busy_deadline is None:
            self._busy_deadline = now + BUSY_WAIT_S
        wait = min(float(retry_after), self._busy_deadline - now)
        if wait <= 0:
            return False
        time.sleep(wait)
        return True


def pack_renderer() -> PngRenderer:
    """What a job in this process renders with: its app's warm browser over loopback when there is one."""
    url = loopback_url()
    return LoopbackRenderer(url) if url else local_png


def run_pack(spec_data: list, kind: str, page: dict, lang: str, on_progress: Progress | None = None,
             renderer: PngRenderer | None = None) -> tuple[str, bytes] | None:
    """The job: the page's chart specs (as the cards store them) → (file name, bytes) of the pack,
    or None when the page has no chart. Raises ExportUnavailable / ExportRequestError as deck does."""
    store.refresh()  # a job worker serves no requests, so nothing else would notice a rebuilt table
    specs = [ChartSpec.from_data(d) for d in spec_data or [] if d and d.get("indicator")]
    if not specs:
        return None
    return briefing_pack(specs, kind, page_key=page.get("key", "page"), page_title=page.get("title", ""),
                         lang=lang, on_progress=on_progress, renderer=renderer or pack_renderer())


# --- Celery ------------------------------------------------------------------------------------------

_celery = None
_celery_lock = threading.Lock()


def make_celery(url: str):
    """A Celery app with Redis at url as broker and result store. Its worker processes start one kaleido each.

    Imported here rather than at the top: the single-machine default never needs Celery."""
    from celery import Celery, signals  # noqa: PLC0415 - only with JJJ_JOBS=celery

    app = Celery("jjj", broker=url, backend=url)
    app.conf.update(
        result_expires=RESULT_EXPIRE_S,
        worker_prefetch_multiplier=1,  # a pack takes seconds: do not hold jobs another worker could run
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
    )
    signals.worker_process_init.connect(_worker_process_started, weak=False, dispatch_uid="jjj-kaleido")
    return app


def celery_app():
    """This process's Celery app on JJJ_REDIS_URL, made once."""
    global _celery
    with _celery_lock:
        if _celery is None:
            _celery = make_celery(redis_url())
    return _celery


def _worker_process_started(**_kwargs) -> None:
    """A Celery pool process is up: it renders its jobs itself, with one kaleido started now and kept
    (and the table loaded).

    Started on a thread: Celery gives a new pool process a few seconds to report ready, and Chromium's
    start can take longer on a busy machine. A job that comes first waits for it on images.py's lock."""
    global _in_job_worker
    _in_job_worker = True
    threading.Thread(target=_warm, name="kaleido-warm-up", daemon=True).start()


def _warm() -> None:
    try:
        store.refresh()  # the table too: the first job should not pay for loading it
        warm_up()
    except Exception as err:  # noqa: BLE001 - a job will report the same error to its page
        log.warning("kaleido did not start in the job worker: %s", err)


def on_progress_of(set_progress: Callable[[tuple], None]) -> Progress:
    """deck's on_progress(done, total, title) as the (percent, label) the progress bar shows."""
    def on_progress(done: int, total: int, title: str) -> None:
        set_progress((round(95 * done / total), f"{done}/{total} {title}"))
    return on_progress
