"""The page-wide region picker and year range, and the two callbacks every page shares.

Filters carry the page name in their pattern id ({"type": "filter-regions", "page": "theme"}),
so one callback redraws the chart cards of whichever page is open and one writes the choice
into the URL (which the navbar links then carry to the next page).
"""
from __future__ import annotations

import logging

import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, State, callback, clientside_callback, ctx, dcc, html, no_update

from components import store
from components.figures import graph_config, indicator_figure, resolve_regions
from components.i18n import name, t
from components.url_state import DEFAULT_FROM, ViewState

log = logging.getLogger(__name__)

REGIONS_ID = "filter-regions"
YEARS_ID = "filter-years"


def region_picker(page: str, region_ids: list[str], selected: list[str], lang: str):
    regions = store.table().regions
    options = [{"label": name(regions[r], lang), "value": r} for r in region_ids if r in regions]
    return dcc.Dropdown(id={"type": REGIONS_ID, "page": page}, options=options,
                        value=[r for r in selected if r in region_ids], multi=True,
                        placeholder=t("filter.regions_placeholder", lang), className="filter-regions")


def year_range(page: str, lo: int, hi: int, value: tuple[int, int]):
    step = 1 if hi - lo <= 12 else 2
    marks = {y: str(y) for y in range(lo, hi + 1, step)}
    marks[hi] = str(hi)
    return dcc.RangeSlider(id={"type": YEARS_ID, "page": page}, min=lo, max=hi, step=1, value=list(value),
                           marks=marks, allowCross=False, tooltip={"placement": "bottom"}, className="filter-years")


def filter_bar(page: str, region_ids: list[str], selected: list[str], years: tuple[int, int], lang: str):
    lo, hi = store.year_span()
    return dbc.Card(dbc.CardBody(dbc.Row([
        dbc.Col([html.Label(t("filter.regions", lang), className="filter-label"),
                 region_picker(page, region_ids, selected, lang)], md=5),
        dbc.Col([html.Label(t("filter.years", lang), className="filter-label"),
                 year_range(page, lo, hi, years)], md=7),
    ], className="g-3")), className="filter-bar mb-3", id=f"{page}-filters")


def _choice(values: list, default):
    return values[0] if values and values[0] is not None else default


# Runs in the browser: writing the choice into the address bar needs no server round trip.
# Parameters are written in url_state.py's order (region, from, to, lang); a year at the slider's
# end (or at the default first year) is left out, as url_state.to_query does, so the plain path stays
# the default view.
clientside_callback(
    """
    function(regionValues, yearValues, mins, maxs, search) {
        const defaultFrom = (mins[0] <= DEFAULT_FROM && DEFAULT_FROM <= maxs[0]) ? DEFAULT_FROM : mins[0];
        const old = new URLSearchParams(search || "");
        const regions = (regionValues && regionValues[0]) || [];
        const years = yearValues && yearValues[0];
        const parts = [];
        if (regions.length) { parts.push("region=" + regions.map(encodeURIComponent).join(",")); }
        if (years && years[0] !== defaultFrom) { parts.push("from=" + years[0]); }
        if (years && years[1] !== maxs[0]) { parts.push("to=" + years[1]); }
        if (old.get("lang") && old.get("lang") !== "zh") { parts.push("lang=" + encodeURIComponent(old.get("lang"))); }
        const query = parts.length ? "?" + parts.join("&") : "";
        return query === (search || "") ? window.dash_clientside.no_update : query;
    }
    """.replace("DEFAULT_FROM", str(DEFAULT_FROM)),
    Output("url", "search"),
    Input({"type": REGIONS_ID, "page": ALL}, "value"),
    Input({"type": YEARS_ID, "page": ALL}, "value"),
    State({"type": YEARS_ID, "page": ALL}, "min"),
    State({"type": YEARS_ID, "page": ALL}, "max"),
    State("url", "search"),
    prevent_initial_call=True,
)


@callback(
    Output({"type": "chart-graph", "key": ALL}, "figure"),
    Output({"type": "chart-graph", "key": ALL}, "config"),
    Output({"type": "chart-spec", "key": ALL}, "data"),
    Input({"type": REGIONS_ID, "page": ALL}, "value"),
    Input({"type": YEARS_ID, "page": ALL}, "value"),
    State({"type": "chart-spec", "key": ALL}, "data"),
    prevent_initial_call=True,
)
def redraw_charts(region_values, year_values, specs):
    """One request redraws every card on the page, from the same factory the export uses."""
    if not specs or not ctx.triggered_id:
        return no_update, no_update, no_update
    regions = list(_choice(region_values, []) or [])
    years = _choice(year_values, None) or [None, None]
    figures, configs, new_specs = [], [], []
    for spec in specs:
        wanted = regions or list(spec.get("default_regions") or [])
        spec = {**spec, "regions": wanted, "from": years[0], "to": years[1]}
        try:
            fig = indicator_figure(spec["indicator"], wanted or None, years[0], years[1], spec.get("lang", "zh"))
            drawn, _ = resolve_regions(spec["indicator"], wanted or None)
            figures.append(fig)
            configs.append(graph_config(spec["indicator"], drawn, years[0], years[1], spec.get("lang", "zh")))
        except Exception:  # a broken card must not blank the page; it keeps its last figure
            log.exception("redrawing %s failed", spec.get("indicator"))
            figures.append(no_update)
            configs.append(no_update)
        new_specs.append(spec)
    return figures, configs, new_specs


__all__ = ["filter_bar", "region_picker", "year_range", "ViewState"]
