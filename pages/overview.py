"""总览: what a leader opens first — the latest headline figure of each theme and three key trends.

Nothing to configure here; each KPI card opens its indicator page.
"""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import html

from components import store
from components.cards import chart_card, kpi_card, page_header
from components.i18n import name, t
from components.page_guard import check_regions, guarded
from components.url_state import parse

dash.register_page(__name__, path="/", name="总览", title="京津冀协同发展指标看板", order=0, nav_key="nav.overview")

KPIS_PER_THEME = 2
# The trends the issue names: GDP of the three provinces, PM2.5, technology contracts to Tianjin/Hebei.
KEY_TRENDS = [("gdp", ["beijing", "tianjin", "hebei"]), ("pm25_annual_mean", ["beijing", "tianjin", "hebei"]),
              ("tech_contract_turnover_to_tjhb", None)]


def headline_region(indicator: dict) -> str | None:
    """The region a headline card shows: the indicator's own region, else the first with data (北京 before 天津)."""
    available = store.regions_for(indicator["id"])
    if indicator.get("default_region") in available:
        return indicator["default_region"]
    provinces = [r for r in available if store.region(r).get("level") == "province"]
    return (provinces or available or [None])[0]


def headline_indicators(theme_id: str) -> list[tuple[str, str]]:
    """Up to KPIS_PER_THEME (indicator, region) pairs: level series first, in catalogue order."""
    with_data = [i for i in store.indicators(theme_id) if store.has_data(i["id"])]
    with_data.sort(key=lambda i: (i.get("measure") != "level", i.get("chart") != "line"))
    return [(i["id"], headline_region(i)) for i in with_data[:KPIS_PER_THEME]]


@guarded
def layout(**query):
    state = parse(query)
    check_regions(state)
    lang = state.lang
    theme_blocks = []
    for theme in store.themes():
        cards = [kpi_card(iid, rid, state) for iid, rid in headline_indicators(theme["id"]) if rid]
        cards = [c for c in cards if c is not None]
        if not cards:
            continue
        theme_blocks.append(dbc.Col(html.Div([
            html.H3(name(theme, lang), className="kpi-theme"),
            dbc.Row([dbc.Col(c, xs=12, sm=6) for c in cards], className="g-2"),
        ], className="kpi-theme-block"), xs=12, lg=6, xl=4, className="mb-3"))

    trends = []
    for indicator_id, regions in KEY_TRENDS:
        if indicator_id in store.table().indicators and store.has_data(indicator_id):
            regions = [r for r in (regions or []) if r in store.regions_for(indicator_id)] or store.regions_for(indicator_id)
            trends.append(dbc.Col(chart_card(f"overview-{indicator_id}", indicator_id, state, (None, None), regions),
                                  xs=12, xl=6 if len(trends) < 2 else 12))
    return html.Div([
        page_header(t("app.title", lang), t("overview.intro", lang), "overview", lang),
        html.H2(t("overview.kpis", lang), className="section-title"),
        dbc.Row(theme_blocks, id="overview-kpis"),
        html.H2(t("overview.trends", lang), className="section-title"),
        dbc.Row(trends, id="overview-trends"),
    ], className="page page-overview")
