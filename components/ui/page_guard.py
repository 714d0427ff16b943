"""Turns a page layout's failures into messages a reader can act on; no traceback reaches the page.

A missing table, an unknown id in the URL and an unexpected bug each get their own message box
(`message`); the bug is logged with its traceback for whoever runs the server.
"""
from __future__ import annotations

import functools
import logging

import dash_bootstrap_components as dbc
from dash import dcc, html

from components.core import store
from components.core.i18n import join, name, t
from components.core.url_state import (
    MAX_REGIONS,
    ViewState,
    canonical_query,
    canonical_regions,
    clamp_years,
    href,
    parse,
    region_ids,
)

log = logging.getLogger(__name__)

MAIN_ID = "main-content"  # every page's <main>, where the navbar's skip link leads
LAYOUT_CACHE_SIZE = 64  # layouts per page module and worker; each is a few hundred kB at most


class UnknownRegions(Exception):
    def __init__(self, ids: list[str]):
        super().__init__(", ".join(ids))
        self.ids = ids


class UnknownEntry(Exception):
    """A theme, region or indicator id in the path that the catalogue does not know."""

    def __init__(self, kind: str, entry_id):
        super().__init__(f"{kind} {entry_id}")
        self.kind, self.entry_id = kind, entry_id


def message(title: str, body, color: str = "warning", links: list | None = None):
    """A friendly message in place of a page: what went wrong and where to go instead."""
    children = [html.H4(title, className="alert-heading"), html.P(body)]
    if links:
        children.append(html.Ul([html.Li(link) for link in links], className="message-links"))
    return dbc.Alert(children, color=color, className="page-message")


def data_error(lang: str = "zh"):
    return message(t("error.data_title", lang), store.error() or "", color="danger")


def region_links(state: ViewState, lang: str):
    return [dcc.Link(name(r, lang), href=href(f"/region/{r['id']}", state, keep_regions=False))
            for r in store.regions() if store.indicators_for(r["id"])]


def theme_links(state: ViewState, lang: str):
    return [dcc.Link(name(th, lang), href=href(f"/theme/{th['id']}", state)) for th in store.themes()]


def indicator_links(state: ViewState, lang: str):
    return [dcc.Link(f"{name(i, lang)} ({i['id']})", href=href(f"/indicator/{i['id']}", state))
            for i in store.indicators() if store.has_data(i["id"])]


# kind -> (catalogue lookup, message key, links to the valid ids)
_ENTRIES = {
    "theme": (store.theme, "error.unknown_theme", theme_links),
    "region": (store.region, "error.unknown_region", region_links),
    "indicator": (store.indicator, "error.unknown_indicator", indicator_links),
}


def lookup(kind: str, entry_id) -> dict:
    """The catalogue entry a path names; an unknown id becomes the friendly message of `guarded`."""
    try:
        return _ENTRIES[kind][0](entry_id)
    except store.UnknownId:
        raise UnknownEntry(kind, entry_id) from None


def page_view(query: dict) -> tuple[ViewState, tuple[int, int]]:
    """The view a page's URL asks for, with unknown regions refused and years kept within the data."""
    state = parse(query)
    check_regions(state)
    return state, clamp_years(state, *store.year_span())


def unknown_regions_message(ids: list[str], state: ViewState):
    lang = state.lang
    return message(t("error.unknown_regions", lang, ids=join(ids, lang)), "",
                   links=region_links(state.with_(regions=()), lang))


def check_regions(state: ViewState) -> None:
    unknown = store.unknown_regions(state.regions)
    if unknown:
        raise UnknownRegions(unknown)


def region_id(word) -> str | None:
    """The id of the region a URL word names (its id, a name in either language or an alias), or None."""
    try:
        return store.resolve("region", word)
    except store.UnknownId:
        return None


def canonical_search(query: str) -> str | None:
    """The page's query string with region aliases as ids (`?region=<name>` → `?region=beijing`), or None
    when it already is canonical: what a page load redirects to, as /region/<name> → /region/beijing."""
    return canonical_query(query, region_id)


def canonical_kwargs(kwargs: dict) -> dict:
    """A layout's kwargs with region names and aliases as ids, so a page opened by in-app navigation
    (no page load, so no redirect) shows the same view as the redirected link; unknown words stay for
    the unknown-region message."""
    if "region" not in kwargs:
        return kwargs
    words = region_ids(kwargs["region"])[:MAX_REGIONS]
    return {**kwargs, "region": ",".join(canonical_regions(words, region_id))}


def _hashable(value):
    return tuple(value) if isinstance(value, list) else value


def _build(layout_fn, kwargs: dict):
    """The page, or the message that replaces it when its layout fails."""
    state = parse(kwargs)
    if store.error():
        return html.Main(data_error(state.lang), className="page", id=MAIN_ID)
    try:
        kwargs = canonical_kwargs(kwargs)
        state = parse(kwargs)
        return layout_fn(**kwargs)
    except UnknownRegions as exc:
        return html.Main(unknown_regions_message(exc.ids, state), className="page", id=MAIN_ID)
    except UnknownEntry as exc:
        _, key, links = _ENTRIES[exc.kind]
        return html.Main(message(t(key, state.lang, id=exc.entry_id), "",
                                 links=links(state.with_(regions=()), state.lang)), className="page", id=MAIN_ID)
    except store.DataUnavailable:
        return html.Main(data_error(state.lang), className="page", id=MAIN_ID)
    except Exception:
        log.exception("page layout failed: %s %s", layout_fn.__module__, kwargs)
        return html.Main(message(t("error.page", state.lang), "", color="danger",
                                 links=[dcc.Link(t("error.back_home", state.lang), href=href("/", state))]),
                         className="page", id=MAIN_ID)


def guarded(layout_fn):
    """Wraps a Dash Pages layout(**kwargs), and remembers the layouts it built.

    A page is a pure function of its URL while the table stays loaded, so a repeated visit
    (every reader of the same link) is answered from memory.
    """
    @functools.lru_cache(maxsize=LAYOUT_CACHE_SIZE)
    def cached(generation, items):
        return _build(layout_fn, dict(items))

    @functools.wraps(layout_fn)
    def wrapper(**kwargs):
        return cached(store.generation(), tuple(sorted((k, _hashable(v)) for k, v in kwargs.items())))
    return wrapper
