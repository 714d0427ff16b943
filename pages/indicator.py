"""指标页: one indicator's chart, every observation with its source, the definition and the download.

The table lists all sources and vintages, not only the charted ones, so an analyst can see
why the chart shows the value it shows (the 图表采用 column), where sources disagree, and
which values are derived rather than stated.
"""
from __future__ import annotations

import dash
import dash_ag_grid as dag
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, ctx, dcc, html, no_update

from components.core import store
from components.core.downloads import display_records, download_frame, grid_column, markdown_link, table_download
from components.core.formatting import period_label
from components.core.i18n import bracket, field, name, page_title, qualifier_word, t, unit
from components.core.spec import ChartSpec
from components.core.url_state import href
from components.ui.cards import card_outputs, card_specs, chart_card, redraw_cards, reference_progress
from components.ui.filters import filter_bar, filter_inputs
from components.ui.page_guard import MAIN_ID, guarded, lookup, page_view

PAGE = "indicator"
CONFLICT_MARK = "⚠"
# Rows AG Grid draws beyond the visible ones (default 10, each with a Markdown source cell): docs/performance.md §8.
GRID_ROW_BUFFER = 2
dash.register_page(__name__, path_template="/indicator/<indicator_id>", name=t("nav.indicator"),
                   title=page_title("nav.indicator"))


def _grid_row(r: dict, lang: str) -> dict:
    yes = t("yes", lang)
    return {
        "region": r["region_name"],
        "year": r["year"],
        "period": period_label(r["year"], r["period_start"], r["base_year"], r["measure"], lang),
        "display": r["display"],
        "value": r["value"],
        "qualifier": qualifier_word(r["qualifier"], lang) + (bracket(r["raw"], lang) if r.get("raw") else ""),
        "vintage": r.get("vintage") or "",
        "preferred": yes if r["preferred"] else "",
        "conflict": CONFLICT_MARK if r["conflict"] else "",
        "derived": yes if r["derived"] else "",
        "source": markdown_link(r["source_title"], r.get("source_url")),
        "source_date": r.get("source_date") or "",
        "quote": r.get("quote") or "",
    }


def observation_table(indicator_id: str, lang: str):
    """Every observation in a grid (virtualised: GDP alone has hundreds of rows across vintages)."""
    records = display_records(store.observations(indicator_id), store.decimals(), lang)
    records.sort(key=lambda r: (r["region_name"] or "", -(r["year"] or 0), not r["preferred"]))
    rows = [_grid_row(r, lang) for r in records]

    def col(field, key, **extra):
        return grid_column(field, key, lang, **extra)
    columns = [
        col("region", "col.region", maxWidth=120), col("year", "col.year", maxWidth=90, filter="agNumberColumnFilter"),
        col("period", "col.measure", maxWidth=140), col("display", "col.display", cellClass="num", maxWidth=140),
        col("value", "col.value", maxWidth=120, filter="agNumberColumnFilter"),
        col("qualifier", "col.qualifier", minWidth=120), col("vintage", "col.vintage", minWidth=150),
        col("preferred", "col.preferred", maxWidth=100), col("conflict", "col.conflict", maxWidth=110),
        col("derived", "col.derived", maxWidth=100),
        col("source", "col.source_title", minWidth=260, cellRenderer="markdown", tooltipField="source",
            cellRendererParams={"linkTarget": "_blank"}),
        col("source_date", "col.source_date", maxWidth=120), col("quote", "col.quote", minWidth=300, tooltipField="quote"),
    ]
    return dag.AgGrid(
        id="indicator-observations", rowData=rows, columnDefs=columns,
        defaultColDef={"sortable": True, "resizable": True, "filter": True},
        dashGridOptions={"animateRows": False, "tooltipShowDelay": 300, "enableCellTextSelection": True,
                         "rowBuffer": GRID_ROW_BUFFER,
                         "domLayout": "autoHeight" if len(rows) <= 15 else "normal"},
        style={"height": None if len(rows) <= 15 else "480px"}, className="ag-theme-quartz observation-grid",
    )


@guarded
def layout(indicator_id: str | None = None, **query):
    state, years = page_view(query)
    lang = state.lang
    ind = lookup("indicator", indicator_id)
    theme = store.table().themes.get(ind["theme"], {"id": ind["theme"]})
    spec = ChartSpec.resolve(ind["id"], state.regions, *years, lang)
    return html.Main([
        html.Div([dcc.Link(name(theme, lang), href=href(f"/theme/{theme['id']}", state))], className="breadcrumb-line"),
        html.H1(name(ind, lang), className="page-title"),
        filter_bar(PAGE, store.regions_for(ind["id"]), list(state.regions), years, lang),
        chart_card(PAGE, ind["id"], spec, state, link=False),
        reference_progress(spec),
        dbc.Row([
            dbc.Col([html.H2(t("indicator.definition", lang), className="section-title"),
                     html.P(field(ind, "definition", lang), id="indicator-definition"),
                     html.P(f"{t('indicator.unit', lang)}: {unit(ind, lang)}", className="text-muted")], md=8),
            dbc.Col([html.H2(t("indicator.download", lang), className="section-title"),
                     dbc.Button(t("data.download_csv", lang), id="indicator-download-csv", color="primary",
                                className="me-2"),
                     dbc.Button(t("data.download_xlsx", lang), id="indicator-download-xlsx", color="secondary"),
                     dcc.Download(id="indicator-download"),
                     dcc.Store(id="indicator-id", data={"indicator": ind["id"], "lang": lang})], md=4),
        ], className="mb-3"),
        html.H2(t("indicator.observations", lang), className="section-title"),
        observation_table(ind["id"], lang),
    ], className="page page-indicator", id=MAIN_ID, **{"data-title": f"{name(ind, lang)} · {t('app.title', lang)}"})


@callback(*card_outputs(PAGE), *filter_inputs(PAGE), card_specs(PAGE), prevent_initial_call=True)
def redraw(regions, years, specs):
    return redraw_cards(specs, regions, years)


@callback(Output("indicator-download", "data"), Input("indicator-download-csv", "n_clicks"),
          Input("indicator-download-xlsx", "n_clicks"), State("indicator-id", "data"), prevent_initial_call=True)
def download_indicator(_csv, _xlsx, spec):
    """All observations of the indicator (every source and vintage), as the table above shows them."""
    if not spec:
        return no_update
    lang = spec.get("lang", "zh")
    frame = download_frame(display_records(store.observations(spec["indicator"]), store.decimals(), lang), lang)
    return table_download(frame, spec["indicator"], ctx.triggered_id == "indicator-download-xlsx")
