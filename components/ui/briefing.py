"""The briefing pack button: every chart on the page as a 16:9 PowerPoint deck or a ZIP of PNGs.

Rendering eight charts takes seconds, longer than a request should block a worker, so it runs
as a Dash background callback with a progress bar. The page's charts are read from the chart
cards' spec stores (ids.CHART_SPEC, every page and key), so the pack holds exactly what the page shows.

The job queue is chosen by JJJ_JOBS (components/export/jobs.py does the work and says how each renders):
DiskcacheManager by default (a process per job, results in a folder every worker on this machine
shares; the job renders through its app's warm /export route), or CeleryManager with JJJ_JOBS=celery and
JJJ_REDIS_URL (any number of machines; workers start with
`celery -A components.ui.briefing:celery_app worker`). See docs/export.md.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import dash_bootstrap_components as dbc
import diskcache
from dash import ALL, CeleryManager, DiskcacheManager, Input, Output, State, callback, ctx, dcc, html

from components.core.downloads import as_download
from components.core.i18n import lang_of, t
from components.export import jobs
from components.export.images import ExportRequestError, ExportUnavailable
from components.ui import ids

ROOT = Path(__file__).resolve().parents[2]

_manager = None


def cache_dir() -> Path:
    """.cache/briefing in the project (git-ignored), JJJ_CACHE_DIR to move it, a temp folder if read-only."""
    wanted = Path(os.environ.get("JJJ_CACHE_DIR") or ROOT / ".cache") / "briefing"
    try:
        wanted.mkdir(parents=True, exist_ok=True)
        return wanted
    except OSError:
        return Path(tempfile.gettempdir()) / "jjj-briefing"


PROGRESS_SHOWN = {"height": "1.1rem"}
PROGRESS_HIDDEN = {"height": "1.1rem", "display": "none"}


def background_manager():
    """The one manager of this process (JJJ_JOBS); app.py passes it to Dash(background_callback_manager=...)."""
    global _manager
    if _manager is None:
        # Results are fetched once and deleted; expire drops those of a tab closed mid-job.
        if jobs.backend() == "celery":
            _manager = CeleryManager(jobs.celery_app(), expire=jobs.RESULT_EXPIRE_S)
        else:
            _manager = DiskcacheManager(diskcache.Cache(str(cache_dir())), expire=jobs.RESULT_EXPIRE_S)
    return _manager


def briefing_button(page_key: str, page_title: str | None = None, lang: str = "zh"):
    """One per page: builds the pack of the charts currently on that page."""
    return html.Div(
        [
            dcc.Store(id="briefing-page", data={"key": page_key, "title": page_title or page_key, "lang": lang}),
            dbc.ButtonGroup([
                dbc.Button(t("briefing.pptx", lang), id="briefing-pptx", color="primary", size="sm"),
                dbc.Button(t("briefing.zip", lang), id="briefing-zip", color="primary", outline=True, size="sm"),
            ]),
            # Shown only while a pack is being built (see `running` below); labelled for screen readers.
            html.Div(dbc.Progress(id="briefing-progress", value=0, max=100, striped=True, animated=True,
                                  className="mt-2", style=PROGRESS_HIDDEN),
                     **{"data-label-from": t("briefing.progress", lang), "data-label-to": t("briefing.progress", lang)}),
            html.Div(id="briefing-status", className="small text-muted mt-1"),
            dcc.Download(id="briefing-download"),
        ],
        className="briefing-pack my-2",
    )


@callback(
    Output("briefing-download", "data"),
    Output("briefing-status", "children"),
    Input("briefing-pptx", "n_clicks"),
    Input("briefing-zip", "n_clicks"),
    State(ids.chart(ids.CHART_SPEC, ALL, ALL), "data"),
    State("briefing-page", "data"),
    background=True,
    manager=background_manager(),
    progress=[Output("briefing-progress", "value"), Output("briefing-progress", "label")],
    running=[
        (Output("briefing-pptx", "disabled"), True, False),
        (Output("briefing-zip", "disabled"), True, False),
        (Output("briefing-progress", "style"), PROGRESS_SHOWN, PROGRESS_HIDDEN),
    ],
    interval=400,
    prevent_initial_call=True,
)
def build_pack(set_progress, _pptx_clicks, _zip_clicks, spec_data, page):
    """Runs in the job (a forked process or a Celery worker): jobs.run_pack does the work."""
    kind = "zip" if ctx.triggered_id == "briefing-zip" else "pptx"
    page = page or {}
    lang = lang_of(page.get("lang"))
    set_progress((2, ""))
    try:
        pack = jobs.run_pack(spec_data, kind, page, lang, on_progress=jobs.on_progress_of(set_progress))
    except (ExportUnavailable, ExportRequestError) as err:
        set_progress((0, ""))
        return None, str(err)
    if pack is None:
        set_progress((0, ""))
        return None, t("briefing.empty", lang)
    name, data = pack
    done = t("briefing.done", lang, name=name)
    set_progress((100, done))
    return as_download(data, name), done


# The Celery app of JJJ_JOBS=celery, for `celery -A components.ui.briefing:celery_app worker`: importing this
# module registers build_pack as a task under the name the web servers send (None with diskcache).
celery_app = background_manager().handle if isinstance(background_manager(), CeleryManager) else None
