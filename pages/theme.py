"""主题页: every indicator of one theme as a chart card, under one region picker and year range.

Indicators with a series come first; those with fewer than three years in the view are fact cards.
A filter change redraws every card of the page in one request (`redraw`).
"""
from __future__ import annotations

import dash
from dash import callback, html

from components.core import store
from components.core.i18n import field, join, name, page_title, t
from components.core.spec import ChartSpec, series_first
from components.ui.cards import card_columns, card_outputs, card_specs, draw_later_callback, page_header, redraw_page
from components.ui.filters import filter_bar, filter_inputs
from components.ui.page_guard import MAIN_ID, guarded, lookup, page_view

PAGE = "theme"
dash.register_page(__name__, path_template="/theme/<theme_id>", name=t("nav.theme"), title=page_title("nav.theme"))


@guarded
def layout(theme_id: str | None = None, **query):
    state, years = page_view(query)
    lang = state.lang
    theme = lookup("theme", theme_id)
    indicators = [i for i in store.indicators(theme["id"]) if store.has_data(i["id"])]
    without = [i for i in store.indicators(theme["id"]) if not store.has_data(i["id"])]
    region_ids = store.region_order({r for i in indicators for r in store.regions_for(i["id"])})
    specs = series_first([ChartSpec.resolve(i["id"], state.regions, *years, lang) for i in indicators])
    cards = card_columns(PAGE, specs, state)
    return html.Main([
        page_header(name(theme, lang), field(theme, "description", lang), f"theme-{theme['id']}", lang),
        filter_bar(PAGE, region_ids, list(state.regions), years, lang),
        html.Div(cards, className="row", id="theme-charts"),
        html.P(f"{t('chart.no_data', lang)}: " + join((name(i, lang) for i in without), lang),
               className="text-muted small") if without else None,
    ], className="page page-theme", id=MAIN_ID, **{"data-title": f"{name(theme, lang)} · {t('app.title', lang)}"})


@callback(*card_outputs(PAGE), *filter_inputs(PAGE), card_specs(PAGE), prevent_initial_call=True)
def redraw(regions, years, specs):
    return redraw_page(specs, regions, years)


draw_later_callback(PAGE)
