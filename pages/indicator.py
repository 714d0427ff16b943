"""指标页: one indicator's chart, every observation with its source, the definition and the download.

The table lists all sources and vintages, not only the charted ones, so an analyst can see
why the chart shows the value it shows (the 图表采用 column), where sources disagree, and
which values are derived rather than stated.
"""
from __future__ import annotations

import json
from urllib.parse import urlencode

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, ctx, dcc, html, no_update

from components.core import store
from components.core.downloads import display_records, download_frame, table_download
from components.core.formatting import period_label
from components.core.i18n import bracket, field, name, page_title, qualifier_word, t, unit
from components.core.spec import ChartSpec
from components.core.url_state import href
from components.ui.cards import card_outputs, card_specs, chart_card, redraw_cards, reference_progress
from components.ui.filters import filter_bar, filter_inputs
from components.ui.page_guard import MAIN_ID, guarded, lookup, page_view

PAGE = "indicator"
CONFLICT_MARK = "⚠"
# Observations per page of the table (a screen's worth under the chart).
OBS_PAGE_ROWS = 15
dash.register_page(__name__, path_template="/indicator/<indicator_id>", name=t("nav.indicator"),
                   title=page_title("nav.indicator"))


def _cells(r: dict, lang: str) -> list:
    """One observation as table cells; the source title links to the release, the quote keeps its whole text
    in the cell's title (the cell shows its start)."""
    yes = t("yes", lang)
    source = r["source_title"] or ""
    link = html.A(source, href=r["source_url"], target="_blank", rel="noopener noreferrer") if r.get("source_url") else source
    quote = r.get("quote") or ""
    return [
        html.Td(r["region_name"]), html.Td(r["year"]),
        html.Td(period_label(r["year"], r["period_start"], r["base_year"], r["measure"], lang)),
        html.Td(r["display"], className="num"),
        html.Td(qualifier_word(r["qualifier"], lang) + (bracket(r["raw"], lang) if r.get("raw") else "")),
        html.Td(r.get("vintage") or ""), html.Td(yes if r["preferred"] else ""),
        html.Td(CONFLICT_MARK if r["conflict"] else "", className="conflict"), html.Td(yes if r["derived"] else ""),
        html.Td(link, className="source"), html.Td(r.get("source_date") or ""),
        html.Td(quote, className="quote", title=quote),
    ]


COLUMNS = ["col.region", "col.year", "col.measure", "col.display", "col.qualifier", "col.vintage", "col.preferred",
           "col.conflict", "col.derived", "col.source_title", "col.source_date", "col.quote"]


def observation_records(indicator_id: str, lang: str) -> list[dict]:
    """Every observation of the indicator, each region's newest year first and the charted value first."""
    records = display_records(store.observations(indicator_id), store.decimals(), lang)
    records.sort(key=lambda r: (r["region_name"] or "", -(r["year"] or 0), not r["preferred"]))
    return records


def observation_page(records: list[dict], page: int, lang: str):
    """One page of the observation table: a plain table, so the page loads no grid library (§21 of
    docs/performance.md); sorting and filtering every row are the data page's."""
    pages = max(1, -(-len(records) // OBS_PAGE_ROWS))
    page = min(max(1, page), pages)
    shown = records[(page - 1) * OBS_PAGE_ROWS: page * OBS_PAGE_ROWS]
    body = [html.Tr(_cells(r, lang), className=None if r["preferred"] else "not-preferred") for r in shown]
    return dbc.Table([html.Thead(html.Tr([html.Th(t(key, lang), scope="col") for key in COLUMNS])), html.Tbody(body)],
                     size="sm", hover=True, responsive=True, className="observation-table mb-1")


def data_link(indicator_name: str, state) -> str:
    """The data page with every vintage of this indicator only (its grid's filter in the URL), any region."""
    link = href("/data", state.with_(regions=()))
    grid = json.dumps({"indicator_name": {"filterType": "text", "type": "equals", "filter": indicator_name}},
                      ensure_ascii=False, separators=(",", ":"))
    return link + ("&" if "?" in link else "?") + urlencode({"all": 1, "grid": grid})


def observation_table(indicator_id: str, indicator_name: str, lang: str, state):
    """Every observation with its source, a page of OBS_PAGE_ROWS at a time (GDP alone has hundreds across
    vintages), with the count and a link to the data page, where every row can be sorted and filtered."""
    records = observation_records(indicator_id, lang)
    pages = max(1, -(-len(records) // OBS_PAGE_ROWS))
    return html.Div([
        html.Div(observation_page(records, 1, lang), id="indicator-observations"),
        dbc.Pagination(id="indicator-observation-pages", max_value=pages, active_page=1, fully_expanded=False,
                       first_last=True, previous_next=True, size="sm", className="mt-2 mb-1")
        if pages > 1 else None,
        html.P([t("indicator.observation_count", lang, n=len(records), per=OBS_PAGE_ROWS), " ",
                dcc.Link(t("indicator.observations_in_data", lang), href=data_link(indicator_name, state),
                         id="indicator-data-link")],
               className="small text-muted"),
    ])


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
        observation_table(ind["id"], name(ind, lang), lang, state),
    ], className="page page-indicator", id=MAIN_ID, **{"data-title": f"{name(ind, lang)} · {t('app.title', lang)}"})


@callback(*card_outputs(PAGE), *filter_inputs(PAGE), card_specs(PAGE), prevent_initial_call=True)
def redraw(regions, years, specs):
    return redraw_cards(specs, regions, years)


@callback(Output("indicator-observations", "children"), Input("indicator-observation-pages", "active_page"),
          State("indicator-id", "data"), prevent_initial_call=True)
def turn_page(page, spec):
    """Another page of the observation table (a page number outside the table shows its nearest page)."""
    if not spec or not isinstance(page, int):
        return no_update
    lang = spec.get("lang", "zh")
    return observation_page(observation_records(spec["indicator"], lang), page, lang)


@callback(Output("indicator-download", "data"), Input("indicator-download-csv", "n_clicks"),
          Input("indicator-download-xlsx", "n_clicks"), State("indicator-id", "data"), prevent_initial_call=True)
def download_indicator(_csv, _xlsx, spec):
    """All observations of the indicator (every source and vintage), as the table above shows them."""
    if not spec:
        return no_update
    lang = spec.get("lang", "zh")
    frame = download_frame(display_records(store.observations(spec["indicator"]), store.decimals(), lang), lang)
    return table_download(frame, spec["indicator"], ctx.triggered_id == "indicator-download-xlsx")
