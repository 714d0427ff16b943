"""The two building blocks of every page: a chart card and a KPI card.

A chart card always carries the pair the export helper relies on: the graph
({"type": "chart-graph", "key": key}) and a store with the figure's spec
({"type": "chart-spec", "key": key}), kept equal to what is drawn.
"""
from __future__ import annotations

import logging

import dash_bootstrap_components as dbc
from dash import dcc, html

from components import store
from components.figures import graph_config, indicator_figure, resolve_regions, sparkline
from components.formatting import format_value, period_label, qualifier_word
from components.i18n import name, t
from components.url_state import ViewState, href

log = logging.getLogger(__name__)


def _export_menu(key: str):
    from components.export_menu import export_menu  # the export helper's module (issue #4)
    return export_menu(key)


def briefing_controls(page_key: str, page_title: str, lang: str):
    """The export helper's briefing-pack button (issue #4): every chart card on the page as PPTX/ZIP."""
    from components.briefing import briefing_button
    return briefing_button(page_key, page_title, lang)


def page_header(title: str, lead: str, page_key: str, lang: str, style: dict | None = None):
    """Title and lead on the left, the briefing pack on the right: the pages that show several charts."""
    return dbc.Row([
        dbc.Col([html.H1(title, className="page-title", style=style), html.P(lead, className="page-lead")], md=8),
        dbc.Col(briefing_controls(page_key, title, lang), md=4, className="text-md-end"),
    ], className="align-items-start")


def chart_card(key: str, indicator_id: str, state: ViewState, years: tuple[int | None, int | None],
               regions: list[str] | None = None, link: bool = True):
    """A chart of one indicator; `regions` None means the page filter (or all regions with data)."""
    lang = state.lang
    wanted = list(regions if regions is not None else state.regions)
    drawn, replaced = resolve_regions(indicator_id, wanted or None)
    fig = indicator_figure(indicator_id, wanted or None, years[0], years[1], lang)
    spec = {"indicator": indicator_id, "regions": wanted, "from": years[0], "to": years[1], "lang": lang,
            "default_regions": list(regions or [])}
    ind = store.indicator(indicator_id)
    header = [
        dcc.Link(name(ind, lang), href=href(f"/indicator/{indicator_id}", state), className="chart-card-title")
        if link else html.Span(name(ind, lang), className="chart-card-title"),
        html.Div(_export_menu(key), className="chart-card-tools"),
    ]
    return dbc.Card([
        dbc.CardHeader(header, className="chart-card-header"),
        dbc.CardBody([
            dcc.Graph(id={"type": "chart-graph", "key": key}, figure=fig,
                      config=graph_config(indicator_id, drawn, years[0], years[1], lang),
                      className="chart-graph"),
            dcc.Store(id={"type": "chart-spec", "key": key}, data=spec),
        ], className="chart-card-body"),
    ], className="chart-card mb-4", id=f"card-{key}")


def _change_line(info: dict, ind: dict, lang: str) -> str:
    latest, previous = info["latest"], info["previous"]
    if previous is None or previous["value"] in (0, None):
        return t("kpi.no_prev", lang)
    delta = float(latest["value"]) - float(previous["value"])
    arrow = "▲" if delta > 0 else ("▼" if delta < 0 else "■")
    vs = t("kpi.vs_prev", lang, year=int(previous["year"]))
    if latest["unit"] == "%":
        amount = f"{delta:+.1f}{' pp' if lang == 'en' else '个百分点'}"
    else:
        amount = f"{delta / abs(float(previous['value'])) * 100:+.1f}%"
    return f"{vs} {arrow} {amount}"


def kpi_card(indicator_id: str, region_id: str, state: ViewState):
    """Latest value with year and qualifier, its change, and a sparkline; the whole card opens the indicator."""
    lang = state.lang
    info = store.kpi(indicator_id, region_id)
    if info is None:
        return None
    ind = store.indicator(indicator_id)
    latest = info["latest"]
    value = format_value(latest["value"], latest["unit"], int(ind.get("decimals", 1)), latest["qualifier"], lang,
                         unit_en=latest["unit_en"], signed=latest["measure"] == "change")
    meta = [f"{int(latest['year'])}{'' if lang == 'en' else '年'}"]
    period = period_label(latest["year"], latest["period_start"], latest["base_year"], latest["measure"], lang)
    if period:
        meta.append(period)
    if latest["qualifier"] != "exact":
        meta.append(qualifier_word(latest["qualifier"], lang))
    region = store.region(region_id)
    body = dbc.CardBody([
        html.Div(name(ind, lang), className="kpi-name"),
        html.Div(name(region, lang), className="kpi-region", style={"color": region.get("color")}),
        html.Div(value, className="kpi-value"),
        html.Div(" · ".join(meta), className="kpi-meta"),
        html.Div(_change_line(info, ind, lang), className="kpi-change"),
        html.Img(src=sparkline(indicator_id, region_id), className="kpi-spark", alt=""),
    ])
    return dcc.Link(dbc.Card(body, className="kpi-card h-100"), href=href(f"/indicator/{indicator_id}", state),
                    className="kpi-link", id=f"kpi-{indicator_id}-{region_id}")


def message(title: str, body, color: str = "warning", links: list | None = None):
    """A friendly message in place of a page: what went wrong and where to go instead."""
    children = [html.H4(title, className="alert-heading"), html.P(body)]
    if links:
        children.append(html.Ul([html.Li(link) for link in links], className="message-links"))
    return dbc.Alert(children, color=color, className="page-message")
