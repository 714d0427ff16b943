"""来源: every release and reference series, what each contributed, and where the gaps are.

The coverage grid counts regions with a charted value per indicator and year; an empty cell is
a year no source gave, which a reader should see before reading a trend into the line.
"""
from __future__ import annotations

import dash
import dash_ag_grid as dag
from dash import dcc, html

from components import store
from components.figures import coverage_figure
from components.i18n import t
from components.page_guard import check_regions, guarded
from components.tables import column, markdown_link
from components.url_state import parse

dash.register_page(__name__, path="/sources", name="来源", title="来源 · 京津冀协同发展指标看板", order=95,
                   nav_key="nav.sources")

KIND_LABEL = {"release": ("发布稿", "Release"), "reference": ("参考数据", "Reference"),
              "statistics": ("统计数据", "Statistics")}


def source_table(lang: str):
    """Every release and reference series in a sortable grid (a hundred table rows are slow to draw)."""
    rows = [{
        "title": markdown_link(r["source_title"], r.get("source_url")),
        "publisher": r.get("source_publisher") or "", "date": r.get("source_date") or "",
        "kind": KIND_LABEL.get(r["source_kind"], (r["source_kind"], r["source_kind"]))[1 if lang == "en" else 0],
        "figures": int(r["figures"]), "indicators": int(r["indicators"]), "conflicts": int(r["conflicts"]),
    } for r in store.sources().to_dict("records")]

    def col(field, key, **extra):
        return column(field, key, lang, **extra)
    columns = [
        col("title", "col.source_title", minWidth=380, flex=2, cellRenderer="markdown", tooltipField="title",
            cellRendererParams={"linkTarget": "_blank"}),
        col("publisher", "col.source_publisher", minWidth=140), col("date", "col.source_date", maxWidth=130),
        col("kind", "col.source_kind", maxWidth=130), col("figures", "col.figures", maxWidth=110, type="numericColumn"),
        col("indicators", "col.indicators", maxWidth=110, type="numericColumn"),
        col("conflicts", "col.conflicts", maxWidth=110, type="numericColumn",
            cellClassRules={"conflict": "params.value > 0"}),
    ]
    return dag.AgGrid(id="sources-table", rowData=rows, columnDefs=columns,
                      defaultColDef={"sortable": True, "resizable": True, "filter": True},
                      dashGridOptions={"animateRows": False, "tooltipShowDelay": 300},
                      style={"height": "420px"}, className="ag-theme-quartz")


@guarded
def layout(**query):
    state = parse(query)
    check_regions(state)
    lang = state.lang
    return html.Div([
        html.H1(t("sources.title", lang), className="page-title"),
        html.P(t("sources.hint", lang), className="page-lead"),
        source_table(lang),
        html.H2(t("sources.coverage", lang), className="section-title"),
        html.P(t("sources.coverage_hint", lang), className="text-muted small"),
        dcc.Graph(id="sources-coverage", figure=coverage_figure(lang), className="chart-graph coverage-graph",
                  config={"displaylogo": False, "locale": "en" if lang == "en" else "zh-CN",
                          "toImageButtonOptions": {"format": "png", "scale": 2, "filename": "coverage"}}),
    ], className="page page-sources")
