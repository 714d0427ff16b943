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
from components.ui import paged_table as pt
from components.ui.cards import card_outputs, card_specs, chart_card, redraw_cards, reference_progress
from components.ui.filters import filter_bar, filter_inputs
from components.ui.page_guard import MAIN_ID, guarded, lookup, page_view

PAGE = "indicator"
CONFLICT_MARK = "⚠"
dash.register_page(__name__, path_template="/indicator/<indicator_id>", name=t("nav.indicator"),
                   title=page_title("nav.indicator"))


def _cells(r: dict, lang: str) -> list:
    """One observation as table cells; the source title links to the release, the quote cell shows its start."""
    yes = t("yes", lang)
    return [
        r["region_name"], r["year"], period_label(r["year"], r["period_start"], r["base_year"], r["measure"], lang),
        (r["display"], "num"), qualifier_word(r["qualifier"], lang) + (bracket(r["raw"], lang) if r.get("raw") else ""),
        r.get("vintage") or "", yes if r["preferred"] else "", (CONFLICT_MARK if r["conflict"] else "", "conflict"),
        yes if r["derived"] else "", (pt.link(r["source_title"], r.get("source_url")), "source"),
        r.get("source_date") or "", (r.get("quote") or "", "quote"),
    ]


COLUMNS = ["col.region", "col.year", "col.measure", "col.display", "col.qualifier", "col.vintage", "col.preferred",
           "col.conflict", "col.derived", "col.source_title", "col.source_date", "col.quote"]


def observation_records(indicator_id: str, lang: str) -> list[dict]:
    """Every observation of the indicator, each region's newest year first and the charted value first."""
    records = display_records(store.observations(indicator_id), store.decimals(), lang)
    records.sort(key=lambda r: (r["region_name"] or "", -(r["year"] or 0), not r["preferred"]))
    return records


def observation_page(records: list[dict], lang: str):
    """One page of the observation table (docs/performance.md §21); sorting and filtering every row are the
    data page's."""
    return pt.table([t(key, lang) for key in COLUMNS], [_cells(r, lang) for r in records], "observation-table",
                    [None if r["preferred"] else "not-preferred" for r in records])


def data_link(indicator_name: str, state) -> str:
    """The data page with every vintage of this indicator only (its grid's filter in the URL), any region."""
    link = href("/data", state.with_(regions=()))
    grid = json.dumps({"indicator_name": {"filterType": "text", "type": "equals", "filter": indicator_name}},
                      ensure_ascii=False, separators=(",", ":"))
    return link + ("&" if "?" in link else "?") + urlencode({"all": 1, "grid": grid})


def observation_table(indicator_id: str, indicator_name: str, lang: str, state):
    """Every observation with its source, a page at a time (GDP alone has hundreds across vintages), with the
    count and a link to the data page, where every row can be sorted and filtered."""
    records = observation_records(indicator_id, lang)
    return html.Div(pt.listing(
        ("indicator-observations", "indicator-observation-pages", "indicator-observation-count"), records,
        lambda shown: observation_page(shown, lang), t("indicator.observation_count", lang, n=len(records), per=pt.PAGE_ROWS),
        dcc.Link(t("indicator.observations_in_data", lang), href=data_link(indicator_name, state), id="indicator-data-link")))


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
    return observation_page(pt.page_of(observation_records(spec["indicator"], lang), page)[0], lang)


@callback(Output("indicator-download", "data"), Input("indicator-download-csv", "n_clicks"),
          Input("indicator-download-xlsx", "n_clicks"), State("indicator-id", "data"), prevent_initial_call=True)
def download_indicator(_csv, _xlsx, spec):
    """All observations of the indicator (every source and vintage), as the table above shows them."""
    if not spec:
        return no_update
    lang = spec.get("lang", "zh")
    frame = download_frame(display_records(store.observations(spec["indicator"]), store.decimals(), lang), lang)
    return table_download(frame, spec["indicator"], ctx.triggered_id == "indicator-download-xlsx")
