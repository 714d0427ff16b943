"""数据: the whole table in a grid; the reader filters and sorts, then downloads exactly those rows.

Derived values (computed, not stated) are marked in their own column, with the method as its tooltip.
"""
from __future__ import annotations

import json

import dash
import dash_ag_grid as dag
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, clientside_callback, ctx, dcc, html, no_update

from components.core import store
from components.core.downloads import display_records, download_frame, grid_column, table_download
from components.core.i18n import join, name, page_title, t
from components.core.url_state import ViewState, href, parse
from components.ui.page_guard import MAIN_ID, check_regions, guarded

dash.register_page(__name__, path="/data", name=t("nav.data"), title=page_title("nav.data"), order=90,
                   nav_key="nav.data")

TEXT, NUMBER = "agTextColumnFilter", "agNumberColumnFilter"
MAX_GRID_FILTERS = 20


def column_defs(lang: str) -> list[dict]:
    def col(field, key, filter=TEXT, **extra):
        return grid_column(field, key, lang, filter=filter, **extra)
    return [
        col("indicator_name", "col.indicator", minWidth=220, pinned="left"),
        col("region_name", "col.region", minWidth=110),
        col("year", "col.year", NUMBER, maxWidth=110),
        col("display", "col.display", minWidth=130, cellClass="num"),
        col("value", "col.value", NUMBER, maxWidth=130, hide=False),
        col("unit", "col.unit", maxWidth=130),
        col("qualifier_label", "col.qualifier", maxWidth=130),
        col("period_start", "col.period_start", NUMBER, maxWidth=120),
        col("base_year", "col.base_year", NUMBER, maxWidth=120),
        col("theme_name", "col.theme", maxWidth=150),
        col("vintage", "col.vintage", minWidth=150),
        col("preferred", "col.preferred", maxWidth=110, cellDataType="boolean"),
        col("conflict", "col.conflict", maxWidth=120, cellDataType="boolean"),
        col("derived", "col.derived", maxWidth=110, cellDataType="boolean", tooltipField="method"),
        col("source_title", "col.source_title", minWidth=260, tooltipField="source_title"),
        col("source_date", "col.source_date", maxWidth=130),
        col("quote", "col.quote", minWidth=260, tooltipField="quote"),
    ]


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


@guarded
def layout(**query):
    state = parse(query)
    check_regions(state)
    lang = state.lang
    show_all = str(query.get("all", "")) in ("1", "true", "yes")
    df = store.observations()
    if not show_all:  # the values the charts use; every vintage and revision is one click away
        df = df[df["preferred"].astype(bool)]
    if state.regions:
        df = df[df["region"].isin(state.regions)]
    if state.year_from is not None:
        df = df[df["year"] >= state.year_from]
    if state.year_to is not None:
        df = df[df["year"] <= state.year_to]
    records = display_records(df, store.decimals(), lang)
    return html.Main([
        html.H1(t("data.title", lang), className="page-title"),
        html.P(t("data.hint", lang), className="page-lead"),
        selection_note(state),
        html.P([t("data.charted_note", lang) + " " if not show_all else "",
                dcc.Link(t("data.charted_only" if show_all else "data.all_vintages", lang),
                         href=href("/data", state) + ("" if show_all else ("&" if "?" in href("/data", state) else "?")
                                                     + "all=1"), id="data-vintages-switch")],
               className="small"),
        html.Div([
            dbc.Button(t("data.download_csv", lang), id="data-download-csv", color="primary", className="me-2"),
            dbc.Button(t("data.download_xlsx", lang), id="data-download-xlsx", color="secondary", className="me-3"),
            html.Span(t("data.rows", lang, n=len(records)), id="data-row-count", className="text-muted"),
            dcc.Download(id="data-download"),
            dcc.Store(id="data-lang", data=lang),
        ], className="mb-2"),
        dag.AgGrid(
            id="data-grid", rowData=records, columnDefs=column_defs(lang), filterModel=filter_model(query.get("grid")),
            defaultColDef={"sortable": True, "resizable": True, "floatingFilter": True, "filter": True},
            dashGridOptions={"animateRows": False, "tooltipShowDelay": 300, "enableCellTextSelection": True},
            columnSize="autoSize", style={"height": "70vh"}, className="ag-theme-quartz",
        ),
    ], className="page page-data", id=MAIN_ID, **{"data-title": page_title("nav.data", lang)})


@callback(Output("data-row-count", "children"), Input("data-grid", "virtualRowData"), State("data-lang", "data"),
          prevent_initial_call=True)
def count_rows(rows, lang):
    return t("data.rows", lang or "zh", n=len(rows or []))


@callback(Output("data-download", "data"), Input("data-download-csv", "n_clicks"), Input("data-download-xlsx", "n_clicks"),
          State("data-grid", "virtualRowData"), State("data-grid", "rowData"), State("data-lang", "data"),
          prevent_initial_call=True)
def download_rows(_csv, _xlsx, filtered, everything, lang):
    """virtualRowData is what the grid shows after the reader's filters and sort, so that is what we write."""
    rows = filtered if filtered is not None else everything
    if rows is None:
        return no_update
    return table_download(download_frame(rows, lang or "zh"), "jjj_indicators", ctx.triggered_id == "data-download-xlsx")


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
