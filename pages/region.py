"""地区页: everything known for one region, each chart compared with its peers (北京 vs 天津 vs 河北)."""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import html

from components import store
from components.cards import chart_card, page_header
from components.filters import filter_bar
from components.i18n import name, t
from components.page_guard import guarded, lookup, page_view

dash.register_page(__name__, path_template="/region/<region_id>", name="地区", title="地区 · 京津冀协同发展指标看板")


@guarded
def layout(region_id: str | None = None, **query):
    state, years = page_view(query)
    lang = state.lang
    region = lookup("region", region_id)
    peers = store.peers(region["id"])
    indicators = store.indicators_for(region["id"])
    compared = list(state.regions) or [region["id"]] + [p for p in peers if p != region["id"]]
    cards = []
    for ind in indicators:
        # Peers appear where they have the same indicator; the region itself is always drawn.
        regions = [r for r in compared if r in store.regions_for(ind["id"])] or [region["id"]]
        cards.append(dbc.Col(chart_card(ind["id"], ind["id"], state, years, regions), xs=12, xl=6))
    picker_regions = store.region_order({r for i in indicators for r in store.regions_for(i["id"])} | {region["id"]})
    parent = store.table().regions.get(region.get("parent") or "")
    lead = " · ".join(filter(None, [
        f"{t('region.parent', lang)}: {name(parent, lang)}" if parent else "",
        f"{t('region.peers', lang)}: " + ("、" if lang != "en" else ", ").join(
            name(store.region(p), lang) for p in peers if p != region["id"]) if len(peers) > 1 else "",
    ]))
    return html.Div([
        page_header(name(region, lang), lead, f"region-{region['id']}", lang, style={"borderColor": region.get("color")}),
        filter_bar("region", picker_regions, compared, years, lang),
        html.H2(t("region.indicators", lang), className="section-title"),
        dbc.Row(cards, id="region-charts") if cards else html.P(t("region.none", lang)),
    ], className="page page-region")
