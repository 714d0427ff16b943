"""The briefing pack button: every chart on the page as a 16:9 PowerPoint deck or a ZIP of PNGs.

Rendering eight charts takes seconds, longer than a request should block a worker, so it runs
as a Dash background callback with a progress bar. The page's charts are read from the chart
cards' spec stores (ids.CHART_SPEC, every page and key), so the pack holds exactly what the page shows.

Default backend: DiskcacheManager (a process per job, results in a folder every worker on this
machine shares). On several machines use Celery with Redis instead: see docs/export.md.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import dash_bootstrap_components as dbc
import diskcache
from dash import ALL, DiskcacheManager, Input, Output, State, callback, ctx, dcc, html

from components.core.downloads import as_download
from components.core.i18n import lang_of, t
from components.core.spec import ChartSpec
from components.export.deck import briefing_pack
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
    """The one manager of this process; app.py passes it to Dash(background_callback_manager=...)."""
    global _manager
    if _manager is None:
        # Results are fetched once and deleted; expire drops those of a tab closed mid-job.
        _manager = DiskcacheManager(diskcache.Cache(str(cache_dir())), expire=3600)
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
    kind = "zip" if ctx.triggered_id == "briefing-zip" else "pptx"
    page = page or {}
    lang = lang_of(page.get("lang"))
    specs = [ChartSpec.from_data(d) for d in spec_data if d and d.get("indicator")]
    if not specs:
        return None, t("briefing.empty", lang)
    set_progress((2, f"0/{len(specs)}"))

    def on_progress(done: int, total: int, title: str) -> None:
        set_progress((round(95 * done / total), f"{done}/{total} {title}"))

    try:
        name, data = briefing_pack(specs, kind, page_key=page.get("key", "page"), page_title=page.get("title", ""),
                                   lang=lang, on_progress=on_progress)
    except (ExportUnavailable, ExportRequestError) as err:
        set_progress((0, ""))
        return None, str(err)
    done = t("briefing.done", lang, name=name)
    set_progress((100, done))
    return as_download(data, name), done
