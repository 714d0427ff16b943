"""The navbar, and how it follows the URL so every link carries the current regions, years and language.

The shell's layout holds it built for the address the browser loaded (`shell_navbar`, from the page
address the layout request carries), so a page load costs no navbar callback. The server builds it
again when the reader moves to another page or language inside the app (active item, words). A filter
change only rewrites the query of its links, in the browser: no server call.
"""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, State, callback, clientside_callback, dcc, html, no_update

from components.core import store
from components.core.i18n import name, t
from components.core.url_state import ViewState, href, parse
from components.ui import ids
from components.ui.page_guard import MAIN_ID

# Regions offered in the navbar: the provinces and the areas the coordination is about.
NAV_REGION_LEVELS = ("province", "new_area", "district", "county_group", "region")
LANG_STORE = "shell-lang"


def _top_pages(lang: str) -> list[tuple[str, str]]:
    """Top-level pages (those registering a nav_key) in their registry order."""
    pages = sorted((p for p in dash.page_registry.values() if p.get("nav_key")), key=lambda p: p.get("order") or 0)
    return [(p["path"], t(p["nav_key"], lang)) for p in pages]


def _link(label: str, path: str, state: ViewState, current: str, slot: str = "menu", keep_regions: bool = True):
    return dcc.Link(label, href=href(path, state, keep_regions), id=ids.nav_link(path, slot),
                    className="nav-link" + (" active" if current == path else ""))


def navbar(pathname: str, state: ViewState):
    lang = state.lang
    top = _top_pages(lang)
    items = [dbc.NavItem(_link(label, path, state, pathname), id="nav-overview") for path, label in top[:1]]
    if not store.error():
        themes = [dbc.DropdownMenuItem(name(th, lang), href=href(f"/theme/{th['id']}", state),
                                       id=ids.nav_link(f"/theme/{th['id']}", "menu"),
                                       active=pathname == f"/theme/{th['id']}") for th in store.themes()]
        items.append(dbc.DropdownMenu(themes, label=t("nav.themes", lang), nav=True, in_navbar=True, id="nav-themes"))
        regions = [dbc.DropdownMenuItem(name(r, lang), href=href(f"/region/{r['id']}", state, keep_regions=False),
                                        id=ids.nav_link(f"/region/{r['id']}", "menu"),
                                        active=pathname == f"/region/{r['id']}")
                   for r in store.regions()
                   if r.get("level") in NAV_REGION_LEVELS and r.get("nav", True) and store.indicators_for(r["id"])]
        items.append(dbc.DropdownMenu(regions, label=t("nav.regions", lang), nav=True, in_navbar=True, id="nav-regions"))
    items += [dbc.NavItem(_link(label, path, state, pathname), id=f"nav-{path.strip('/')}") for path, label in top[1:]]
    other = "en" if lang != "en" else "zh"
    switch = dcc.Link(t("nav.switch_lang", lang), href=href(pathname or "/", state.with_(lang=other)),
                      className="btn btn-outline-light btn-sm lang-switch", id="nav-lang")
    return dbc.Container([
        html.A(t("a11y.skip", lang), href=f"#{MAIN_ID}", className="skip-link visually-hidden-focusable", id="skip-link"),
        dcc.Link(t("app.brand", lang), href=href("/", state), className="navbar-brand", id=ids.nav_link("/", "brand")),
        html.Button(html.Span(className="navbar-toggler-icon"), id="nav-toggler", className="navbar-toggler ms-auto",
                    type="button", **{"aria-label": t("a11y.menu", lang), "aria-controls": "nav-collapse"}),
        dbc.Collapse([dbc.Nav(items, navbar=True, className="me-auto"), switch], id="nav-collapse", navbar=True,
                     is_open=False),
    ], fluid=True)


def shell_navbar(pathname: str | None = None, search: str = ""):
    """The navbar as the shell holds it, with the store of the page language it was built in.

    `pathname` (and `search`) is the address the page was loaded at; with it the navbar is right from the
    first paint and the store says its language, so nothing rebuilds it. Without it (no address known) the
    navbar is the overview's and the store stays empty: the URL's language then fills the store in the
    browser, which rebuilds the navbar once."""
    state = parse(search or "")
    return html.Div([
        dcc.Store(id=LANG_STORE, data=state.lang if pathname else None),
        dbc.Navbar(navbar(pathname or "/", state if pathname else ViewState()), id="shell-navbar", color="dark",
                   dark=True, className="mb-3 shell-navbar"),
    ])


@callback(Output("shell-navbar", "children"), Input("url", "pathname"), Input(LANG_STORE, "data"), State("url", "search"),
          prevent_initial_call=True)  # the shell's layout holds the navbar of the loaded page (app.shell_layout)
def rebuild_navbar(pathname, _lang, search):
    """A new page or language inside the app: the navbar is built again (active item, words, links)."""
    if not pathname:
        return no_update
    return navbar(pathname, parse(search or ""))


# The page language of the URL, written only when it changes: a filter change leaves the navbar to the browser.
clientside_callback(
    """
    function(search, current) {
        const lang = new URLSearchParams(search || "").get("lang") === "en" ? "en" : "zh";
        return lang === current ? window.dash_clientside.no_update : lang;
    }
    """,
    Output(LANG_STORE, "data"), Input("url", "search"), State(LANG_STORE, "data"),
)

# Every link carries the URL's query on (a region page's link drops the region choice: it names its own);
# the language switch points at the same view in the other language. Parameters keep url_state's order.
clientside_callback(
    """
    function(search, pathname, hrefs) {
        const query = (search || "").replace(/^\\?/, "");
        const parts = query ? query.split("&") : [];
        const withQuery = (path, ps) => path + (ps.length ? "?" + ps.join("&") : "");
        const noRegion = parts.filter(p => !p.startsWith("region="));
        const links = hrefs.map(h => {
            const path = (h || "/").split("?")[0];
            return withQuery(path, path.startsWith("/region/") ? noRegion : parts);
        });
        const english = parts.includes("lang=en");
        const switched = parts.filter(p => !p.startsWith("lang="));
        if (!english) { switched.push("lang=en"); }
        return [links, withQuery(pathname || "/", switched)];
    }
    """,
    Output({"type": ids.NAV_LINK, "path": ALL, "slot": ALL}, "href"), Output("nav-lang", "href"),
    Input("url", "search"), State("url", "pathname"), State({"type": ids.NAV_LINK, "path": ALL, "slot": ALL}, "href"),
    prevent_initial_call=True,
)

# On a phone the menu folds behind the toggler; opening it costs no server call.
clientside_callback(
    "function(n, open) { return n ? !open : window.dash_clientside.no_update; }",
    Output("nav-collapse", "is_open"), Input("nav-toggler", "n_clicks"), State("nav-collapse", "is_open"),
    prevent_initial_call=True,
)
