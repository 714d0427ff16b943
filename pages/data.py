"""数据: every observation in a grid that filters, sorts and pages on the server.

The layout carries no rows: AG Grid's infinite row model asks for one block at a time
(`getRowsRequest`: first and last row, filter model, sort model) and `rows` answers from the
store (`getRowsResponse`). So the page costs the same for a thousand rows or a million, and a
download is built from the same server-side filtered, sorted frame, never from rows the browser
holds. By default the grid lists the values the charts use; `?all=1` lists every vintage and
revision; regions and years carried over from another page filter it too; the grid's own filters
live in the URL (`?grid=<JSON filter model>`). Derived values are marked in their own column,
with the method as its tooltip.
"""
from __future__ import annotations

import json
import threading
from collections import OrderedDict
from urllib.parse import urlencode

import dash
import dash_ag_grid as dag
import dash_bootstrap_components as dbc
import numpy as np
import pandas as pd
from dash import Input, Output, State, callback, clientside_callback, dcc, html, no_update
from flask import Response, request, stream_with_context

from components.core import store
from components.core.downloads import (
    block_records,
    csv_bytes,
    filter_rows,
    frame_download,
    grid_column,
    grid_frame,
    sort_rows,
    with_display,
    xlsx_bytes,
)
from components.core.i18n import join, name, page_title, t
from components.core.url_state import ViewState, href, parse
from components.ui.page_guard import MAIN_ID, check_regions, guarded

dash.register_page(__name__, path="/data", name=t("nav.data"), title=page_title("nav.data"), order=90,
                   nav_key="nav.data", charts=False)  # no chart: plotly.js loads after the grid (app.page_scripts)

TEXT, NUMBER = "agTextColumnFilter", "agNumberColumnFilter"
MAX_GRID_FILTERS = 20
BLOCK_ROWS = 100  # rows per server request; a screen shows about twenty
MAX_BLOCK_ROWS = 1000  # whatever a request asks
FRAME_CACHE_SIZE = 16  # filtered/sorted frames kept per worker, so scrolling through one view costs a slice


def column_defs(lang: str) -> list[dict]:
    """The grid's columns. Rows arrive after the grid sizes its columns to the headers, so narrow columns
    get a minimum width that fits their values."""
    def col(field, key, filter=TEXT, **extra):
        return grid_column(field, key, lang, filter=filter, **extra)
    return [
        col("indicator_name", "col.indicator", minWidth=220, pinned="left"),
        col("region_name", "col.region", minWidth=110),
        col("year", "col.year", NUMBER, minWidth=90, maxWidth=110),
        col("display", "col.display", minWidth=130, cellClass="num"),
        col("value", "col.value", NUMBER, minWidth=110, maxWidth=130, hide=False),
        col("unit", "col.unit", minWidth=90, maxWidth=130),
        col("qualifier_label", "col.qualifier", minWidth=110, maxWidth=130),
        col("period_start", "col.period_start", NUMBER, maxWidth=120),
        col("base_year", "col.base_year", NUMBER, maxWidth=120),
        col("theme_name", "col.theme", minWidth=120, maxWidth=150),
        col("vintage", "col.vintage", minWidth=150),
        col("preferred", "col.preferred", maxWidth=110, cellDataType="boolean"),
        col("conflict", "col.conflict", maxWidth=120, cellDataType="boolean"),
        col("derived", "col.derived", maxWidth=110, cellDataType="boolean", tooltipField="method"),
        col("source_title", "col.source_title", minWidth=260, tooltipField="source_title"),
        col("source_date", "col.source_date", maxWidth=130),
        col("quote", "col.quote", minWidth=260, tooltipField="quote"),
    ]


# What a block of rows carries: the grid's columns, the derived tooltip and the ids (a few hundred bytes a row).
ROW_FIELDS = [c["field"] for c in column_defs("zh")] + ["method", "indicator", "region"]


def selection_note(state):
    """Regions and years carried over from the previous page filter this table too; say so."""
    if not (state.regions or state.year_from or state.year_to):
        return None
    lang = state.lang
    parts = []
    if state.regions:
        parts.append(f"{t('filter.regions', lang)} " + join((name(store.region(r), lang) for r in state.regions), lang))
    if state.year_from or state.year_to:
        parts.append(f"{t('filter.years', lang)} {state.year_from or ''}–{state.year_to or ''}")
    return dbc.Alert([t("data.filtered", lang, what=join(parts, lang, kind="clauses")),
                      dcc.Link(t("data.show_all", state.lang), href=href("/data", ViewState(lang=state.lang)))],
                     color="info", className="py-2", id="data-selection-note")


def filter_model(value) -> dict:
    """The grid's filters from the URL (?grid=<JSON filter model>); anything unreadable is no filter."""
    if isinstance(value, list):
        value = value[0] if value else ""
    try:
        model = json.loads(value or "{}")
    except (TypeError, ValueError):
        return {}
    if not isinstance(model, dict):
        return {}
    return {str(k): v for k, v in list(model.items())[:MAX_GRID_FILTERS] if isinstance(v, dict)}


def sort_model(value) -> list[dict]:
    """A sort model from a request: a list of {colId, sort}; anything else is no sort."""
    if not isinstance(value, list):
        return []
    return [{"colId": str(s.get("colId")), "sort": "desc" if s.get("sort") == "desc" else "asc"}
            for s in value[:MAX_GRID_FILTERS] if isinstance(s, dict) and s.get("colId")]


# ---- the rows, on the server ----------------------------------------------------------------------

def view_of(state: ViewState, show_all: bool) -> dict:
    """What the page lists before the grid's own filters: JSON for the page's store, and a cache key."""
    return {"all": bool(show_all), "regions": list(state.regions), "from": state.year_from, "to": state.year_to,
            "lang": state.lang}


def _clean_view(view) -> dict:
    view = view if isinstance(view, dict) else {}
    regions = view.get("regions") if isinstance(view.get("regions"), list) else []
    years = [y if isinstance(y, int) and not isinstance(y, bool) else None for y in (view.get("from"), view.get("to"))]
    return {"all": view.get("all") is True, "regions": [str(r) for r in regions][:64], "from": years[0],
            "to": years[1], "lang": "en" if view.get("lang") == "en" else "zh"}


_frames: OrderedDict = OrderedDict()
_frames_lock = threading.Lock()


def _cached(key, build):
    with _frames_lock:
        if key in _frames:
            _frames.move_to_end(key)
            return _frames[key]
    frame = build()
    with _frames_lock:
        _frames[key] = frame
        while len(_frames) > FRAME_CACHE_SIZE:
            _frames.popitem(last=False)
    return frame


def _full(lang: str):
    """Every row in the page language (built once per table version and language)."""
    return _cached((store.generation(), "full", lang), lambda: grid_frame(store.observations(), lang))


def _base(view: dict):
    """The charted values (unless all) of the regions and years in view."""
    full = _full(view["lang"])
    mask = full["preferred"].copy() if not view["all"] else pd.Series(True, index=full.index)
    if view["regions"]:
        mask &= full["region"].isin(view["regions"])
    if view["from"] is not None:
        mask &= (full["year"] >= view["from"]).fillna(False)
    if view["to"] is not None:
        mask &= (full["year"] <= view["to"]).fillna(False)
    return full[mask.to_numpy(dtype=bool)]


def view_positions(view, grid_filters=None, sorting=None) -> np.ndarray:
    """Row positions (in the language's full frame) of a view after the grid's filters and sort. The cache
    keeps positions, not frames: 8 bytes a row, so scrolling a million-row view costs a slice."""
    view, grid_filters, sorting = _clean_view(view), filter_model(json.dumps(grid_filters or {})), sort_model(sorting)
    key = (store.generation(), json.dumps(view, sort_keys=True), json.dumps(grid_filters, sort_keys=True),
           json.dumps(sorting))

    def build():
        frame = _base(view)
        if "display" in grid_filters:  # the formatted value is built only when a filter reads it
            frame = with_display(frame, store.decimals(), view["lang"])
        return sort_rows(filter_rows(frame, grid_filters), sorting).index.to_numpy()
    return _cached(key, build)


def view_rows(view, grid_filters=None, sorting=None, start: int = 0, end: int | None = None):
    """The rows of a view (or rows start..end of it) after the grid's filters and sort."""
    positions = view_positions(view, grid_filters, sorting)
    return _full(_clean_view(view)["lang"]).iloc[positions[max(0, start):end]]


# ---- layout ---------------------------------------------------------------------------------------

@guarded
def layout(**query):
    state = parse(query)
    check_regions(state)
    lang = state.lang
    show_all = str(query.get("all", "")) in ("1", "true", "yes")
    view = view_of(state, show_all)
    grid_filters = filter_model(query.get("grid"))
    count = len(view_positions(view, grid_filters))  # also warms the cache the grid's first request reads
    switch_href = href("/data", state) + ("" if show_all else ("&" if "?" in href("/data", state) else "?") + "all=1")
    return html.Main([
        html.H1(t("data.title", lang), className="page-title"),
        html.P(t("data.hint", lang), className="page-lead"),
        selection_note(state),
        html.P([t("data.charted_note", lang) + " " if not show_all else "",
                dcc.Link(t("data.charted_only" if show_all else "data.all_vintages", lang),
                         href=switch_href, id="data-vintages-switch")],
               className="small"),
        html.Div([
            dbc.Button(t("data.download_csv", lang), id="data-download-csv", color="primary", className="me-2",
                       href=download_href("csv", view, grid_filters), external_link=True, download="jjj_indicators.csv"),
            # No `download` attribute: the server's Content-Disposition saves the file, and a selection too big
            # for an XLSX shows the server's message instead of a failed download.
            dbc.Button(t("data.download_xlsx", lang), id="data-download-xlsx", color="secondary", className="me-3",
                       href=download_href("xlsx", view, grid_filters), external_link=True),
            html.Span(t("data.rows", lang, n=count), id="data-row-count", className="text-muted"),
            dcc.Store(id="data-view", data=view),
        ], className="mb-2"),
        dag.AgGrid(
            id="data-grid", rowModelType="infinite", columnDefs=column_defs(lang), filterModel=grid_filters,
            defaultColDef={"sortable": True, "resizable": True, "floatingFilter": True, "filter": True},
            dashGridOptions={"animateRows": False, "tooltipShowDelay": 300, "enableCellTextSelection": True,
                             "cacheBlockSize": BLOCK_ROWS, "maxBlocksInCache": 50, "infiniteInitialRowCount": 1,
                             "maxConcurrentDatasourceRequests": 2},
            columnSize="autoSize", style={"height": "70vh"}, className="ag-theme-quartz",
        ),
    ], className="page page-data", id=MAIN_ID, **{"data-title": page_title("nav.data", lang)})


# ---- callbacks ------------------------------------------------------------------------------------

@callback(Output("data-grid", "getRowsResponse"), Output("data-row-count", "children"),
          Input("data-grid", "getRowsRequest"), State("data-view", "data"), prevent_initial_call=True)
def rows(request, view):
    """One block of rows for the grid, and the count of rows its filters leave."""
    if not isinstance(request, dict):
        return no_update, no_update
    lang = _clean_view(view)["lang"]
    start = max(0, request["startRow"]) if isinstance(request.get("startRow"), int) else 0
    end = request.get("endRow") if isinstance(request.get("endRow"), int) else start + BLOCK_ROWS
    end = min(max(start, end), start + MAX_BLOCK_ROWS)
    positions = view_positions(view, request.get("filterModel"), request.get("sortModel"))
    part = view_rows(view, request.get("filterModel"), request.get("sortModel"), start, end)
    block = block_records(part, 0, len(part), store.decimals(), lang, fields=ROW_FIELDS)
    return {"rowData": block, "rowCount": len(positions)}, t("data.rows", lang, n=len(positions))


# ---- downloads: the rows the grid shows, built on the server and streamed --------------------------
#
# The buttons are links to DOWNLOAD_PATH.<csv|xlsx>?view=…&grid=…&sort=…, kept in step with the grid's
# filters and sort in the browser (below). The CSV is streamed in chunks of rows as they are formatted,
# so a download of a million rows never sits in memory as one string, nor passes through a callback.

DOWNLOAD_PATH = "/data/download"
CSV_CHUNK_ROWS = 5000
# An XLSX is built whole in the worker's memory (its index comes last); past this many rows the reader is
# told to narrow the filters or take the CSV, which streams at any size. (Excel's own sheet limit is 1,048,576.)
XLSX_MAX_ROWS = 100_000
FILE_STEM = "jjj_indicators"


def download_href(kind: str, view: dict, grid_filters=None, sorting=None) -> str:
    query = {"view": json.dumps(view, separators=(",", ":"))}
    if grid_filters:
        query["grid"] = json.dumps(grid_filters, separators=(",", ":"))
    if sorting:
        query["sort"] = json.dumps(sorting, separators=(",", ":"))
    return f"{DOWNLOAD_PATH}.{kind}?{urlencode(query)}"


def _json_arg(args, key, default):
    try:
        return json.loads(args.get(key) or "null") or default
    except ValueError:
        return default


def download_rows_frame(args):
    """The frame a download link names (junk in the query is no filter, never an error), and its language."""
    view = _json_arg(args, "view", {})
    frame = view_rows(view, _json_arg(args, "grid", {}), _json_arg(args, "sort", []))
    return frame, _clean_view(view)["lang"]


def csv_chunks(frame, lang: str):
    """The CSV of a frame as chunks of bytes: the BOM and header first (Excel needs the BOM), then rows."""
    decimals = store.decimals()
    header = frame_download(frame.iloc[0:0], decimals, lang)
    yield csv_bytes(header)
    for start in range(0, len(frame), CSV_CHUNK_ROWS):
        part = frame_download(frame.iloc[start:start + CSV_CHUNK_ROWS], decimals, lang)
        yield part.to_csv(index=False, header=False).encode("utf-8")


def _attachment(name: str) -> dict:
    return {"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"}


def download_csv():
    frame, lang = download_rows_frame(request.args)
    return Response(stream_with_context(csv_chunks(frame, lang)), mimetype="text/csv",
                    headers=_attachment(f"{FILE_STEM}.csv"))


def download_xlsx():
    """Excel cannot be streamed as it is written (the file's index comes last): built whole, from the server."""
    frame, lang = download_rows_frame(request.args)
    if len(frame) > XLSX_MAX_ROWS:
        message = t("data.xlsx_too_big", lang, rows=f"{len(frame):,}", limit=f"{XLSX_MAX_ROWS:,}")
        return Response(message, status=413, mimetype="text/plain", headers={"Cache-Control": "no-store"})
    data = xlsx_bytes(frame_download(frame, store.decimals(), lang))
    return Response(data, headers=_attachment(f"{FILE_STEM}.xlsx"),
                    mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


_server = dash.get_app().server
_server.add_url_rule(f"{DOWNLOAD_PATH}.csv", "data_download_csv", download_csv)
_server.add_url_rule(f"{DOWNLOAD_PATH}.xlsx", "data_download_xlsx", download_xlsx)

# The links follow the grid's filters and sort as the reader changes them.
clientside_callback(
    """
    function(request, model, view) {
        const query = (extra) => {
            const params = new URLSearchParams({view: JSON.stringify(view || {})});
            const filters = (request && request.filterModel) || model || {};
            if (Object.keys(filters).length) { params.set("grid", JSON.stringify(filters)); }
            if (request && request.sortModel && request.sortModel.length) { params.set("sort", JSON.stringify(request.sortModel)); }
            return "DOWNLOAD_PATH." + extra + "?" + params.toString();
        };
        return [query("csv"), query("xlsx")];
    }
    """.replace("DOWNLOAD_PATH", DOWNLOAD_PATH),
    Output("data-download-csv", "href"), Output("data-download-xlsx", "href"),
    Input("data-grid", "getRowsRequest"), Input("data-grid", "filterModel"), State("data-view", "data"),
    prevent_initial_call=True,
)


# The grid's filters go into the URL (?grid=…) in the browser, so a copied link shows the same rows.
clientside_callback(
    """
    function(model, search) {
        const params = new URLSearchParams(search || "");
        const empty = !model || Object.keys(model).length === 0;
        if (empty) { params.delete("grid"); } else { params.set("grid", JSON.stringify(model)); }
        const query = params.toString() ? "?" + params.toString() : "";
        return query === (search || "") ? window.dash_clientside.no_update : query;
    }
    """,
    Output("url", "search", allow_duplicate=True),
    Input("data-grid", "filterModel"),
    State("url", "search"),
    prevent_initial_call=True,
)
