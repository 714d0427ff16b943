"""The navbar, redrawn from the URL so every link carries the current regions, years and language."""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import dcc

from components import store
from components.i18n import name, t
from components.url_state import ViewState, href

# Regions offered in the navbar: the three provinces and the areas the issue names.
NAV_REGION_LEVELS = ("province", "new_area", "district", "county_group", "region")


def _registry_links(state: ViewState, current: str):
    """Top-level pages (those registering a nav_key) in their registry order."""
    pages = sorted((p for p in dash.page_registry.values() if p.get("nav_key")), key=lambda p: p.get("order") or 0)
    return [(p["path"], t(p["nav_key"], state.lang)) for p in pages]


def navbar(pathname: str, state: ViewState):
    lang = state.lang
    items = []
    top = _registry_links(state, pathname)
    overview, rest = top[:1], top[1:]
    for path, label in overview:
        items.append(dbc.NavItem(dcc.Link(label, href=href(path, state), className="nav-link" +
                                          (" active" if pathname == path else ""), id="nav-overview")))
    if not store.error():
        themes = [dbc.DropdownMenuItem(name(th, lang), href=href(f"/theme/{th['id']}", state),
                                       active=pathname == f"/theme/{th['id']}") for th in store.themes()]
        items.append(dbc.DropdownMenu(themes, label=t("nav.themes", lang), nav=True, in_navbar=True, id="nav-themes"))
        regions = [dbc.DropdownMenuItem(name(r, lang), href=href(f"/region/{r['id']}", state, keep_regions=False),
                                        active=pathname == f"/region/{r['id']}")
                   for r in store.regions() if r.get("level") in NAV_REGION_LEVELS and store.indicators_for(r["id"])]
        items.append(dbc.DropdownMenu(regions, label=t("nav.regions", lang), nav=True, in_navbar=True, id="nav-regions"))
    for path, label in rest:
        items.append(dbc.NavItem(dcc.Link(label, href=href(path, state), id=f"nav-{path.strip('/')}",
                                          className="nav-link" + (" active" if pathname == path else ""))))
    other = "en" if lang != "en" else "zh"
    switch = dcc.Link(t("nav.switch_lang", lang), href=href(pathname or "/", state.with_(lang=other)),
                      className="btn btn-outline-light btn-sm lang-switch", id="nav-lang")
    return dbc.Container([
        dcc.Link(t("app.brand", lang), href=href("/", state), className="navbar-brand"),
        dbc.Nav(items, navbar=True, className="me-auto"),
        switch,
    ], fluid=True)
