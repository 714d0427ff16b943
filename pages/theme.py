"""主题页: every indicator of one theme as a chart card, under one region picker and year range."""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import html

from components import store
from components.cards import chart_card, page_header
from components.filters import filter_bar
from components.i18n import field, name, t
from components.page_guard import guarded, lookup, page_view

dash.register_page(__name__, path_template="/theme/<theme_id>", name="主题", title="主题 · 京津冀协同发展指标看板")


@guarded
def layout(theme_id: str | None = None, **query):
    state, years = page_view(query)
    lang = state.lang
    theme = lookup("theme", theme_id)
    indicators = [i for i in store.indicators(theme["id"]) if store.has_data(i["id"])]
    without = [i for i in store.indicators(theme["id"]) if not store.has_data(i["id"])]
    region_ids = store.region_order({r for i in indicators for r in store.regions_for(i["id"])})
    cards = [dbc.Col(chart_card(i["id"], i["id"], state, years), xs=12, xl=6) for i in indicators]
    return html.Div([
        page_header(name(theme, lang), field(theme, "description", lang), f"theme-{theme['id']}", lang),
        filter_bar("theme", region_ids, list(state.regions), years, lang),
        dbc.Row(cards, id="theme-charts"),
        html.P(f"{t('chart.no_data', lang)}: " + ("、" if lang != "en" else ", ").join(name(i, lang) for i in without),
               className="text-muted small") if without else None,
    ], className="page page-theme")
