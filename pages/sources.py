"""来源: every release and reference series, what each contributed, where the gaps are, and the
numbers still waiting for an indicator.

The coverage grid counts regions with a charted value per indicator and year; an empty cell is
a year no source gave, which a reader should see before reading a trend into the line. It is an SVG
image drawn on the server (components/core/coverage.py, GET /coverage.svg): the page draws no chart, so
it is registered with charts=False and plotly.js comes only after it is drawn (docs/performance.md §22). The
candidates (data/candidates.parquet) are numbers the releases state whose indicator the catalogue
does not know yet: listed here with their quote so an analyst can map them, never charted.

Both lists are plain tables, a page at a time, searched on the server (components/ui/paged_table.py): the
page loads no grid library (docs/performance.md §21). A source title is text, never markup, and only
http(s) URLs become links.
"""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, ctx, dcc, html

from components.core import store
from components.core.coverage import coverage_image, image_url
from components.core.formatting import format_value, text_or_empty
from components.core.i18n import lang_of, page_title, source_kind, t
from components.core.url_state import parse
from components.ui import paged_table as pt
from components.ui.page_guard import MAIN_ID, check_regions, guarded

dash.register_page(__name__, path="/sources", name=t("nav.sources"), title=page_title("nav.sources"), order=95,
                   nav_key="nav.sources", charts=False)  # the coverage grid is an image: plotly.js loads after the page

SORTS = ("date", "figures", "conflicts")  # the source list's orders, newest release first by default


def source_rows(lang: str, query: str = "", sort: str = "date") -> list[dict]:
    """The releases and reference series a search leaves, in the chosen order (newest, most figures, most
    conflicts; ties newest first)."""
    rows = [{
        "title": text_or_empty(r["source_title"]), "url": r.get("source_url"),
        "publisher": text_or_empty(r.get("source_publisher")), "date": text_or_empty(r.get("source_date")),
        "kind": source_kind(r["source_kind"], lang),
        "figures": int(r["figures"]), "indicators": int(r["indicators"]), "conflicts": int(r["conflicts"]),
    } for r in store.sources().to_dict("records")]
    rows = [r for r in rows if pt.matches(query, r["title"], r["publisher"], r["date"])]
    rows.sort(key=lambda r: r["date"], reverse=True)
    if sort in ("figures", "conflicts"):
        rows.sort(key=lambda r: r[sort], reverse=True)
    return rows


def source_page(rows: list[dict], lang: str):
    headers = [t(k, lang) for k in ("col.source_title", "col.source_publisher", "col.source_date", "col.source_kind",
                                    "col.figures", "col.indicators", "col.conflicts")]
    return pt.table(headers, [[(pt.link(r["title"], r["url"]), "source"), r["publisher"], r["date"], r["kind"],
                               (r["figures"], "num"), (r["indicators"], "num"),
                               (r["conflicts"], "num conflict" if r["conflicts"] else "num")] for r in rows],
                    "source-table")


def source_section(lang: str):
    rows = source_rows(lang)
    return html.Div([
        html.Div([pt.search_box("sources-search", t("sources.search", lang)),
                  html.Div([html.Label(t("sources.sort", lang), htmlFor="sources-sort", className="visually-hidden"),
                            dbc.Select(id="sources-sort", value="date", className="paged-sort",
                                       options=[{"label": t(f"sources.sort.{k}", lang), "value": k} for k in SORTS])])],
                 className="paged-controls"),
        *pt.listing(("sources-table", "sources-pages", "sources-count"), rows, lambda shown: source_page(shown, lang),
                    t("sources.count", lang, n=len(rows), per=pt.PAGE_ROWS)),
    ])


@callback(Output("sources-table", "children"), Output("sources-pages", "max_value"),
          Output("sources-pages", "active_page"), Output("sources-pages", "className"), Output("sources-count", "children"),
          Input("sources-search", "value"), Input("sources-sort", "value"), Input("sources-pages", "active_page"),
          State("sources-lang", "data"), prevent_initial_call=True)
def turn_sources(query, sort, page, lang):
    """Another page of the source list, or its first page after a new search or order."""
    lang = lang_of(lang)
    rows = source_rows(lang, query, sort if sort in SORTS else "date")
    return pt.turned(rows, page if ctx.triggered_id == "sources-pages" else 1, lambda shown: source_page(shown, lang),
                     t("sources.count", lang, n=len(rows), per=pt.PAGE_ROWS))


def candidate_rows(lang: str, query: str = "") -> list[dict]:
    """Numbers awaiting an indicator that a search leaves (phrase, region, source or quote), in the build's order."""
    rows = store.cached(("candidate_rows", lang), lambda: _candidate_rows(lang))
    return [r for r in rows if pt.matches(query, r["phrase"], r["region"], r["title"], r["quote"], r["year"])]


def _candidate_rows(lang: str) -> list[dict]:
    frame = store.candidates()
    region_col = "region_name_en" if lang == "en" else "region_name_zh"
    return [{
        "phrase": text_or_empty(r["phrase"]), "unit": text_or_empty(r["unit"]),
        "region": text_or_empty(r.get(region_col)) or r["region"], "year": int(r["year"]),
        "value": r["value"], "qualifier": r["qualifier"], "title": text_or_empty(r["source_title"]),
        "url": r.get("source_url"), "quote": text_or_empty(r["quote"]),
    } for r in frame.to_dict("records")] if not frame.empty else []


def candidate_page(rows: list[dict], lang: str):
    headers = [t(k, lang) for k in ("col.phrase", "col.unit", "col.region", "col.year", "col.display",
                                    "col.source_title", "col.quote")]
    # (a value is formatted only for the rows shown: a search over a thousand candidates formats fifteen)
    return pt.table(headers, [[r["phrase"], r["unit"], r["region"], r["year"],
                               (format_value(r["value"], r["unit"], 2, r["qualifier"], "zh"), "num"),
                               (pt.link(r["title"], r["url"]), "source"), (r["quote"], "quote")] for r in rows],
                    "candidate-table")


def candidate_section(lang: str):
    """Numbers awaiting an indicator: phrase, unit, region, year, value, source, quote. A list, never a chart."""
    problem = store.candidates_error()
    rows = [] if problem else candidate_rows(lang)
    if problem or not rows:
        return html.P(problem or t("sources.candidates_none", lang), id="sources-candidates",
                      className="text-danger small" if problem else "text-muted")
    return html.Div([
        pt.search_box("sources-candidates-search", t("sources.candidates_search", lang)),
        *pt.listing(("sources-candidates", "sources-candidates-pages", "sources-candidates-count"), rows,
                    lambda shown: candidate_page(shown, lang),
                    t("sources.candidates_count", lang, n=len(rows), per=pt.PAGE_ROWS)),
    ])


@callback(Output("sources-candidates", "children"), Output("sources-candidates-pages", "max_value"),
          Output("sources-candidates-pages", "active_page"), Output("sources-candidates-pages", "className"),
          Output("sources-candidates-count", "children"),
          Input("sources-candidates-search", "value"), Input("sources-candidates-pages", "active_page"),
          State("sources-lang", "data"), prevent_initial_call=True)
def turn_candidates(query, page, lang):
    """Another page of the candidates, or the first page of a new search."""
    lang = lang_of(lang)
    rows = candidate_rows(lang, query)
    return pt.turned(rows, page if ctx.triggered_id == "sources-candidates-pages" else 1,
                     lambda shown: candidate_page(shown, lang),
                     t("sources.candidates_count", lang, n=len(rows), per=pt.PAGE_ROWS))


def coverage_section(lang: str) -> list:
    """The coverage grid as an image of its own size (width and height given, so nothing below it moves when it
    arrives), scrolling sideways when wider than the column, and a link to download it."""
    image = coverage_image(lang)
    url = image_url(lang)
    alt = t("sources.coverage_alt", lang, indicators=image.indicators, first=image.first_year or "", last=image.last_year or "",
            filled=image.filled)
    return [
        # A region of its own that takes focus, so a keyboard can scroll it when it is wider than the column.
        html.Div(html.Img(src=url, alt=alt, className="coverage-image", id="sources-coverage", width=image.width,
                          height=image.height, disable_n_clicks=True),
                 className="coverage-scroll", tabIndex="0", role="region", **{"aria-label": t("sources.coverage", lang)}),
        html.P(html.A(t("sources.coverage_download", lang), href=url, download="coverage.svg", id="sources-coverage-download"),
               className="small coverage-download"),
    ]


@guarded
def layout(**query):
    state = parse(query)
    check_regions(state)
    lang = state.lang
    return html.Main([
        html.H1(t("sources.title", lang), className="page-title"),
        html.P(t("sources.hint", lang), className="page-lead"),
        source_section(lang),
        html.H2(t("sources.coverage", lang), className="section-title"),
        html.P(t("sources.coverage_hint", lang), className="text-muted small"),
        *coverage_section(lang),
        html.H2(t("sources.candidates", lang), className="section-title"),
        html.P(t("sources.candidates_hint", lang), className="text-muted small"),
        candidate_section(lang),
        dcc.Store(id="sources-lang", data=lang),
    ], className="page page-sources", id=MAIN_ID)
