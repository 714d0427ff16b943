"""来源: every release and reference series, what each contributed, where the gaps are, and the
numbers still waiting for an indicator.

The coverage grid counts regions with a charted value per indicator and year; an empty cell is
a year no source gave, which a reader should see before reading a trend into the line. The
candidates (data/candidates.parquet) are numbers the releases state whose indicator the catalogue
does not know yet: listed here with their quote so an analyst can map them, never charted.

A source title is text, never markup: the grids' link cells are Markdown, so every punctuation
mark of a title is escaped there (`**x**` shows its asterisks), and only http(s) URLs become links.
"""
from __future__ import annotations

import re

import dash
import dash_ag_grid as dag
from dash import Input, Output, State, callback, dcc, html

from components.core import store
from components.core.downloads import grid_column
from components.core.figures import coverage_figure
from components.core.formatting import format_value, text_or_empty
from components.core.i18n import FULLWIDTH_BRACKETS, lang_of, page_title, source_kind, t
from components.core.url_state import parse
from components.ui.cards import drawn_later
from components.ui.page_guard import MAIN_ID, check_regions, guarded

dash.register_page(__name__, path="/sources", name=t("nav.sources"), title=page_title("nav.sources"), order=95,
                   nav_key="nav.sources")

# rowBuffer: AG Grid draws 10 rows beyond the visible ones by default, each title a Markdown cell; 2 keep a slow
# scroll smooth and spare the first draw ~8 rows (docs/performance.md §8).
GRID_ROW_BUFFER = 2
_GRID = {"defaultColDef": {"sortable": True, "resizable": True, "filter": True},
         "dashGridOptions": {"animateRows": False, "tooltipShowDelay": 300, "enableCellTextSelection": True,
                             "rowBuffer": GRID_ROW_BUFFER},
         "className": "ag-theme-quartz"}


_MARKDOWN_PUNCTUATION = re.compile(r"([!-/:-@\\[-`{-~])")  # every ASCII punctuation mark
_BRACKETS = str.maketrans(FULLWIDTH_BRACKETS)


def title_markdown(title, url=None) -> str:
    """A title as literal text in a Markdown cell, linked when its URL is http(s).

    Brackets take their fullwidth form (as elsewhere in the grids) and every other ASCII punctuation
    mark is backslash-escaped, so emphasis, links, HTML and headings in a title all show as typed.
    """
    text = " ".join(text_or_empty(title).translate(_BRACKETS).split())
    escaped = _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)
    url = text_or_empty(url).strip().replace(" ", "%20")
    if re.match(r"^https?://[^\s<>]+$", url, re.IGNORECASE):
        return f"[{escaped}](<{url.replace('>', '%3E')}>)" if escaped else ""
    return escaped


def source_table(lang: str):
    """Every release and reference series in a sortable grid (a hundred table rows are slow to draw)."""
    rows = [{
        "title": title_markdown(r["source_title"], r.get("source_url")),
        "title_text": text_or_empty(r["source_title"]),
        "publisher": r.get("source_publisher") or "", "date": r.get("source_date") or "",
        "kind": source_kind(r["source_kind"], lang),
        "figures": int(r["figures"]), "indicators": int(r["indicators"]), "conflicts": int(r["conflicts"]),
    } for r in store.sources().to_dict("records")]

    def col(field, key, **extra):
        return grid_column(field, key, lang, **extra)
    columns = [
        col("title", "col.source_title", minWidth=380, flex=2, cellRenderer="markdown", tooltipField="title_text",
            cellRendererParams={"linkTarget": "_blank"}),
        col("publisher", "col.source_publisher", minWidth=140), col("date", "col.source_date", maxWidth=130),
        col("kind", "col.source_kind", maxWidth=130), col("figures", "col.figures", maxWidth=110, type="numericColumn"),
        col("indicators", "col.indicators", maxWidth=110, type="numericColumn"),
        col("conflicts", "col.conflicts", maxWidth=110, type="numericColumn",
            cellClassRules={"conflict": "params.value > 0"}),
    ]
    return dag.AgGrid(id="sources-table", rowData=rows, columnDefs=columns, style={"height": "420px"}, **_GRID)


SHORT_LIST = 12  # a short list of candidates grows with its rows and comes with the page


def candidates_section(lang: str):
    """The candidates, or for a long list (a thousand rows with quotes: 0.7 MB of JSON) a placeholder that
    assets/lazy_charts.js fills when the reader scrolls near it, so the page's first screen does not wait."""
    if store.candidates_error() or len(store.candidates()) <= SHORT_LIST:
        return candidate_table(lang)
    return html.Div([drawn_later("sources-candidates-draw", t("sources.candidates_loading", lang), 420),
                     dcc.Store(id="sources-lang", data=lang)], id="sources-candidates-slot")


@callback(Output("sources-candidates-slot", "children"), Input("sources-candidates-draw", "n_clicks"),
          State("sources-lang", "data"), prevent_initial_call=True)
def draw_candidates(_clicks, lang):
    return candidate_table(lang_of(lang))


def candidate_table(lang: str):
    """Numbers awaiting an indicator: phrase, unit, region, year, value, source, quote. A list, never a chart."""
    problem = store.candidates_error()
    frame = store.candidates()
    if problem or frame.empty:
        return html.P(problem or t("sources.candidates_none", lang), id="sources-candidates",
                      className="text-danger small" if problem else "text-muted")
    region_col = "region_name_en" if lang == "en" else "region_name_zh"
    rows = [{
        "phrase": text_or_empty(r["phrase"]), "unit": text_or_empty(r["unit"]), "region": text_or_empty(r.get(region_col)) or r["region"],
        "year": int(r["year"]), "value": float(r["value"]),
        "display": format_value(r["value"], text_or_empty(r["unit"]), 2, r["qualifier"], "zh"),
        "source": title_markdown(r["source_title"], r.get("source_url")),
        "source_text": text_or_empty(r["source_title"]),
        "quote": text_or_empty(r["quote"]),
    } for r in frame.to_dict("records")]

    def col(field, key, **extra):
        return grid_column(field, key, lang, **extra)
    columns = [
        col("phrase", "col.phrase", minWidth=180, pinned="left"), col("unit", "col.unit", maxWidth=110),
        col("region", "col.region", maxWidth=120), col("year", "col.year", maxWidth=90, filter="agNumberColumnFilter"),
        col("display", "col.display", cellClass="num", maxWidth=150),
        col("value", "col.value", maxWidth=120, filter="agNumberColumnFilter"),
        col("source", "col.source_title", minWidth=240, cellRenderer="markdown", tooltipField="source_text",
            cellRendererParams={"linkTarget": "_blank"}),
        col("quote", "col.quote", minWidth=320, tooltipField="quote"),
    ]
    short = len(rows) <= SHORT_LIST  # a short list grows with its rows; a long one scrolls
    options = {**_GRID["dashGridOptions"], "domLayout": "autoHeight" if short else "normal"}
    return dag.AgGrid(id="sources-candidates", rowData=rows, columnDefs=columns, defaultColDef=_GRID["defaultColDef"],
                      dashGridOptions=options, className=_GRID["className"], style={"height": None if short else "420px"})


@guarded
def layout(**query):
    state = parse(query)
    check_regions(state)
    lang = state.lang
    return html.Main([
        html.H1(t("sources.title", lang), className="page-title"),
        html.P(t("sources.hint", lang), className="page-lead"),
        source_table(lang),
        html.H2(t("sources.coverage", lang), className="section-title"),
        html.P(t("sources.coverage_hint", lang), className="text-muted small"),
        dcc.Graph(id="sources-coverage", figure=coverage_figure(lang), className="chart-graph coverage-graph",
                  config={"displaylogo": False, "locale": "en" if lang == "en" else "zh-CN",
                          "toImageButtonOptions": {"format": "png", "scale": 2, "filename": "coverage"}}),
        html.H2(t("sources.candidates", lang), className="section-title"),
        html.P(t("sources.candidates_hint", lang), className="text-muted small"),
        candidates_section(lang),
    ], className="page page-sources", id=MAIN_ID)
