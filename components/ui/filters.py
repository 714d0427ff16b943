"""The page-wide region picker and year range, and how a choice reaches the address bar.

Filters carry their page in a pattern id (ids.page_filter); each page's own callback redraws its
cards (pages/theme.py and the like). Writing the choice into the URL runs in the browser: it costs
no server call, and the navbar's links follow the URL in the browser too (app.py).
"""
from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, State, clientside_callback, dcc, html

from components.core import store
from components.core.i18n import name, t
from components.core.url_state import DEFAULT_FROM
from components.ui import ids


def region_picker(page: str, region_ids: list[str], selected: list[str], lang: str):
    regions = store.table().regions
    options = [{"label": name(regions[r], lang), "value": r} for r in region_ids if r in regions]
    return dcc.Dropdown(id=ids.page_filter(ids.FILTER_REGIONS, page), options=options,
                        value=[r for r in selected if r in region_ids], multi=True,
                        placeholder=t("filter.regions_placeholder", lang), className="filter-regions")


def year_range(page: str, lo: int, hi: int, value: tuple[int, int]):
    # Marks far enough apart not to overprint (a four-digit year needs room): every 1, 2, 5 or 10 years,
    # on round years, and the last year, which drops its neighbour if they would touch.
    step = next((s for s in (1, 2, 5, 10) if (hi - lo) / s <= 12), 20)
    marks = {y: str(y) for y in range(lo, hi + 1) if y == lo or y % step == 0}
    if lo in marks and len(marks) > 1 and min(k for k in marks if k != lo) - lo < step:
        del marks[lo]
    last = max(marks)
    if last != hi:
        if hi - last < step:
            del marks[last]
        marks[hi] = str(hi)
    return dcc.RangeSlider(id=ids.page_filter(ids.FILTER_YEARS, page), min=lo, max=hi, step=1, value=list(value),
                           marks=marks, allowCross=False, tooltip={"placement": "bottom"}, className="filter-years")


def filter_bar(page: str, region_ids: list[str], selected: list[str], years: tuple[int, int], lang: str,
               default: list[str] | tuple = ()):
    """Regions and years of a page. `default`: the regions the page shows when its URL names none (a region
    page's region and peers); choosing exactly those leaves the URL plain, so the page does not rewrite its
    own address, and re-render, right after it is drawn."""
    lo, hi = store.year_span()
    return dbc.Card(dbc.CardBody(dbc.Row([
        dbc.Col([html.Label(t("filter.regions", lang), className="filter-label"),
                 html.Div(region_picker(page, region_ids, selected, lang),
                          **{"data-label-from": t("filter.regions", lang), "data-label-to": t("filter.regions", lang)})],
                md=5),
        dbc.Col([html.Label(t("filter.years", lang), className="filter-label", id=f"{page}-years-label"),
                 html.Div(year_range(page, lo, hi, years), className="filter-years-wrap", role="group",
                          **{"aria-labelledby": f"{page}-years-label", "data-label-from": t("a11y.year_from", lang),
                             "data-label-to": t("a11y.year_to", lang)})], md=7),
        dcc.Store(id=ids.page_filter(ids.FILTER_DEFAULT, page), data=list(default)),
        # The export links of every card under the current filter, written by the page's redraw (one property
        # instead of one per card); assets/export_menu.js puts them into a card's menu when it is opened.
        html.Div(id=ids.page_filter(ids.EXPORT_LINKS, page), className="export-links-data", hidden=True,
                 **{"data-links": ""}),
    ], className="g-3")), className="filter-bar mb-3", id=f"{page}-filters")


def filter_inputs(page: str) -> list[Input]:
    """The two inputs a page's redraw callback listens to."""
    return [Input(ids.page_filter(ids.FILTER_REGIONS, page), "value"), Input(ids.page_filter(ids.FILTER_YEARS, page), "value")]


def filter_states(page: str) -> list[State]:
    """The same two values, read without listening (a card drawn when scrolled near takes the current filter)."""
    return [State(ids.page_filter(ids.FILTER_REGIONS, page), "value"), State(ids.page_filter(ids.FILTER_YEARS, page), "value")]


# Parameters are written in url_state.py's order (region, from, to, lang); a year at the slider's end
# (or at the default first year) is left out, as url_state.to_query does, so the plain path stays the
# default view.
clientside_callback(
    """
    function(regionValues, yearValues, mins, maxs, defaults, search) {
        const defaultFrom = (mins[0] <= DEFAULT_FROM && DEFAULT_FROM <= maxs[0]) ? DEFAULT_FROM : mins[0];
        const old = new URLSearchParams(search || "");
        const regions = (regionValues && regionValues[0]) || [];
        const years = yearValues && yearValues[0];
        const parts = [];
        const plain = ((defaults && defaults[0]) || []).join(",");
        if (regions.length && regions.join(",") !== plain) { parts.push("region=" + regions.map(encodeURIComponent).join(",")); }
        if (years && years[0] !== defaultFrom) { parts.push("from=" + years[0]); }
        if (years && years[1] !== maxs[0]) { parts.push("to=" + years[1]); }
        if (old.get("lang") && old.get("lang") !== "zh") { parts.push("lang=" + encodeURIComponent(old.get("lang"))); }
        const query = parts.length ? "?" + parts.join("&") : "";
        return query === (search || "") ? window.dash_clientside.no_update : query;
    }
    """.replace("DEFAULT_FROM", str(DEFAULT_FROM)),
    Output("url", "search"),
    Input(ids.page_filter(ids.FILTER_REGIONS, ALL), "value"),
    Input(ids.page_filter(ids.FILTER_YEARS, ALL), "value"),
    State(ids.page_filter(ids.FILTER_YEARS, ALL), "min"),
    State(ids.page_filter(ids.FILTER_YEARS, ALL), "max"),
    State(ids.page_filter(ids.FILTER_DEFAULT, ALL), "data"),
    State("url", "search"),
    prevent_initial_call=True,
)
