"""总览: what a leader opens first — the latest headline figure of each theme and three key trends.

Nothing to configure here; each KPI card opens its indicator page. KPI cards show indicators with a
trend (three years or more for their region), so a sparkline is never a lone dot.
"""
from __future__ import annotations

import dash
from dash import html

from components.core import store
from components.core.i18n import name, t
from components.core.spec import MIN_SERIES_YEARS, ChartSpec
from components.core.url_state import ViewState, parse
from components.ui.cards import chart_card, kpi_card, page_header
from components.ui.page_guard import MAIN_ID, check_regions, guarded

PAGE = "overview"
dash.register_page(__name__, path="/", name=t("nav.overview"), title=t("app.title"), order=0, nav_key="nav.overview")

KPIS_PER_THEME = 2
# The key trends: GDP of the three provinces, PM2.5, technology contracts to Tianjin/Hebei.
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
    """Up to KPIS_PER_THEME (indicator, region) pairs with a trend: level series first, in catalogue order."""
    pairs = [(i, headline_region(i)) for i in store.indicators(theme_id) if store.has_data(i["id"])]
    with_trend = [(i, r) for i, r in pairs if r and store.years_with_data(i["id"], r) >= MIN_SERIES_YEARS]
    with_trend.sort(key=lambda pair: (pair[0].get("measure") != "level", pair[0].get("chart") != "line"))
    return [(i["id"], r) for i, r in with_trend[:KPIS_PER_THEME]]


def _theme_block(theme: dict, state: ViewState):
    cards = [kpi_card(iid, rid, state) for iid, rid in headline_indicators(theme["id"])]
    cards = [c for c in cards if c is not None]
    if not cards:
        return None
    # Bootstrap's row and columns as plain elements with its classes (as the chart cards, docs/performance.md §7).
    return html.Div(html.Div([
        html.H3(name(theme, state.lang), className="kpi-theme"),
        html.Div([html.Div(c, className="col-12 col-sm-6") for c in cards], className="row g-2"),
    ], className="kpi-theme-block"), className="col-12 col-lg-6 col-xl-4 mb-3")


def _trend_cards(state: ViewState) -> list:
    trends = []
    for indicator_id, regions in KEY_TRENDS:
        if indicator_id in store.table().indicators and store.has_data(indicator_id):
            available = store.regions_for(indicator_id)
            regions = [r for r in (regions or []) if r in available] or available
            spec = ChartSpec.resolve(indicator_id, regions, None, None, state.lang, default_regions=regions)
            trends.append(html.Div(chart_card(PAGE, f"overview-{indicator_id}", spec, state),
                                   className="col-12 col-xxl-6" if len(trends) < 2 else "col-12"))
    return trends


@guarded
def layout(**query):
    state = parse(query)
    check_regions(state)
    lang = state.lang
    blocks = [b for b in (_theme_block(theme, state) for theme in store.themes()) if b is not None]
    return html.Main([
        page_header(t("app.title", lang), t("overview.intro", lang), PAGE, lang),
        html.H2(t("overview.kpis", lang), className="section-title"),
        html.Div(blocks, className="row", id="overview-kpis"),
        html.H2(t("overview.trends", lang), className="section-title"),
        html.Div(_trend_cards(state), className="row", id="overview-trends"),
    ], className="page page-overview", id=MAIN_ID, **{"data-title": t("app.title", lang)})
