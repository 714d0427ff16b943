"""Every pattern-matching id of the app, so a callback and the component it targets cannot drift apart.

Chart cards: {"type": <kind>, "page": <page>, "key": <card key>}. The page is part of the id so that
each page's own redraw callback writes only its own cards.
Filters: {"type": <kind>, "page": <page>}. Navbar links: {"type", "path", "slot"}.
"""
from __future__ import annotations

CHART_GRAPH = "chart-graph"    # dcc.Graph: figure, config
CHART_SPEC = "chart-spec"      # dcc.Store: ChartSpec.to_data(), what the card shows
CHART_BODY = "chart-body"      # wrapper whose class says chart or fact card
CHART_FACTS = "chart-facts"    # the figures of a thin indicator, shown instead of the chart
CHART_SLOT = "chart-slot"      # holds the card's body, or a placeholder until the card is scrolled near
CHART_DRAW = "chart-draw"      # the placeholder itself: assets/lazy_charts.js clicks it to draw the card
CHART_ALT = "chart-alt"        # the chart's text alternative (title and latest values), for screen readers
FILTER_REGIONS = "filter-regions"
FILTER_YEARS = "filter-years"
FILTER_DEFAULT = "filter-default"  # dcc.Store: the regions a page shows when its URL names none
EXPORT_LINKS = "export-links"  # a page's holder of every card's export links under the current filter
NAV_LINK = "nav-link"


def chart(kind: str, page, key) -> dict:
    return {"type": kind, "page": page, "key": key}


def page_filter(kind: str, page) -> dict:
    return {"type": kind, "page": page}


def nav_link(path: str, slot: str = "menu") -> dict:
    """A navbar link; slot tells apart two links to one path (the brand and 总览)."""
    return {"type": NAV_LINK, "path": path, "slot": slot}
