"""地区页: everything known for one region, each chart compared with its peers (北京 vs 天津 vs 河北).

Indicators with a series come first; those with fewer than three years in the view are fact cards.
"""
from __future__ import annotations

import dash
from dash import callback, html

from components.core import store
from components.core.i18n import join, name, page_title, t
from components.core.spec import ChartSpec, series_first
from components.ui.cards import card_columns, card_outputs, card_specs, draw_later_callback, page_header, redraw_page
from components.ui.filters import filter_bar, filter_inputs
from components.ui.page_guard import MAIN_ID, guarded, lookup, page_view

PAGE = "region"
dash.register_page(__name__, path_template="/region/<region_id>", name=t("nav.region"), title=page_title("nav.region"))


def _lead(region: dict, peers: list[str], lang: str) -> str:
    parent = store.table().regions.get(region.get("parent") or "")
    others = [name(store.region(p), lang) for p in peers if p != region["id"]]
    return " · ".join(filter(None, [
        f"{t('region.parent', lang)}: {name(parent, lang)}" if parent else "",
        f"{t('region.peers', lang)}: {join(others, lang)}" if len(peers) > 1 else "",
    ]))


@guarded
def layout(region_id: str | None = None, **query):
    state, years = page_view(query)
    lang = state.lang
    region = lookup("region", region_id)
    peers = store.peers(region["id"])
    indicators = store.indicators_for(region["id"])
    default = [region["id"]] + [p for p in peers if p != region["id"]]
    compared = list(state.regions) or default
    specs = []
    for ind in indicators:
        # Peers appear where they have the same indicator; the region itself is always drawn.
        regions = [r for r in compared if r in store.regions_for(ind["id"])] or [region["id"]]
        specs.append(ChartSpec.resolve(ind["id"], regions, *years, lang, default_regions=regions))
    cards = card_columns(PAGE, series_first(specs), state)
    picker_regions = store.region_order({r for i in indicators for r in store.regions_for(i["id"])} | {region["id"]})
    return html.Main([
        page_header(name(region, lang), _lead(region, peers, lang), f"region-{region['id']}", lang,
                    style={"borderColor": region.get("color")}),
        filter_bar(PAGE, picker_regions, compared, years, lang, default=default),
        html.H2(t("region.indicators", lang), className="section-title"),
        html.Div(cards, className="row", id="region-charts") if cards else html.P(t("region.none", lang)),
    ], className="page page-region", id=MAIN_ID, **{"data-title": f"{name(region, lang)} · {t('app.title', lang)}"})


@callback(*card_outputs(PAGE), *filter_inputs(PAGE), card_specs(PAGE), prevent_initial_call=True)
def redraw(regions, years, specs):
    return redraw_page(specs, regions, years)


draw_later_callback(PAGE)
