"""The one figure factory: every chart on a page and in an export comes from here.

A chart must stand on its own once it leaves the page (a modebar PNG pasted into a briefing),
so title, unit, regions, source line and "数据截至" live inside the figure, not around it.
Qualifiers stay visible (≈, ≥ in labels; open markers and hatched bars), and a missing year
stays a gap: lines get an explicit None for each missing year, because plotly would otherwise
join the neighbours. Derived values (computed, not stated) are their own series, marked as such.
"""
from __future__ import annotations

import copy
import functools
from collections import Counter
from urllib.parse import quote

import pandas as pd
import plotly.graph_objects as go

from components.core import store
from components.core.formatting import axis_ticks, chinese_number, is_missing, period_label, row_label
from components.core.i18n import bracket, join, name, qualifier_word, t, unit, year_label
from components.core.spec import ChartSpec

FONT_FAMILY = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", sans-serif'
FIGURE_HEIGHT = 460
EXACT_SYMBOL, INEXACT_SYMBOL = "circle", "circle-open"
DERIVED_SYMBOL, DERIVED_DASH = "diamond", "dash"
INEXACT_PATTERN = "/"
_TITLE_MAX = 30  # characters of one source title in the source line
MAX_BARS_WITH_PERIOD = 6
# The columns a chart reads per point (to_dict over all ~30 columns costs more than the chart).
_ROW_FIELDS = ["region", "year", "value", "qualifier", "raw", "unit", "unit_en", "measure", "period_start", "base_year", "vintage",
               "source_title", "derived", "method"]
FIGURE_CACHE_SIZE = 1024
MARGIN = {"l": 70, "r": 30, "t": 110, "b": 100}
# An empty template: the figure looks the same on the page (plotly.js) and in an export (plotly.py,
# which would otherwise apply its default template), and the JSON stays small.
LAYOUT_BASE = {"template": {}, "paper_bgcolor": "white", "plot_bgcolor": "white"}
_SMALL_GREY = {"size": 12, "color": "#555"}


def _decimals(ind: dict) -> int:
    return int(ind.get("decimals", 1))


def _series_suffix(measure: str, period_start, base_year, lang: str) -> str:
    """Distinguishes two series of one region (累计 since 2014 vs since 2019) in the legend."""
    if measure == "cumulative" and not is_missing(period_start):
        return t("chart.series_since", lang, year=int(period_start))
    if measure in ("change", "multiple") and not is_missing(base_year):
        return t("chart.series_vs", lang, year=int(base_year))
    return ""


def _hover(row, ind: dict, series_name: str, lang: str) -> str:
    decimals = _decimals(ind)
    lines = [f"<b>{series_name}</b>", year_label(row["year"], lang)]
    period = period_label(row["year"], row["period_start"], row["base_year"], row["measure"], lang)
    if period:
        lines[-1] += f" · {period}"
    value_line = row_label(row, decimals, lang)
    in_unit = f"{row['value']:.{decimals}f}{row['unit']}"
    if lang != "en" and chinese_number(row["value"], row["unit"], decimals) != in_unit:
        value_line += bracket(in_unit, lang)
    lines.append(value_line)
    if row["qualifier"] != "exact":
        raw = f" · {row['raw']}" if not is_missing(row.get("raw")) and row.get("raw") else ""
        lines.append(f"{t('chart.qualifier', lang)}: {qualifier_word(row['qualifier'], lang)}{raw}")
    if row.get("derived"):
        lines.append(_short(t("chart.derived_note", lang, method=row.get("method") or ""), 80))
    if not is_missing(row.get("vintage")) and row.get("vintage"):
        lines.append(str(row["vintage"]))
    lines.append(f"{t('chart.source', lang)}: {_short(row['source_title'], 60)}")
    return "<br>".join(lines)


def _short(text, limit: int = _TITLE_MAX) -> str:
    text = str(text or "")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _source_line(rows: pd.DataFrame, lang: str) -> str:
    """Name the source behind most of the drawn points (the NBS series on a GDP chart, not the last
    news item), then how many sources the chart draws on in all."""
    points: Counter = Counter()
    latest: dict[str, int] = {}
    for title, year in zip(rows["source_title"].tolist(), rows["year"].tolist(), strict=True):
        points[title] += 1
        latest[title] = max(latest.get(title, year), year)
    titles = sorted(points, key=lambda title: (points[title], latest[title]), reverse=True)
    if not titles:
        return f"{t('chart.source', lang)}: —"
    more = f" {t('chart.sources_more', lang, n=len(titles))}" if len(titles) > 1 else ""
    return f"{t('chart.source', lang)}: {_short(titles[0])}{more}"


def figure(spec: ChartSpec) -> dict:
    """The chart of a resolved spec as a plain dict, for pages and callbacks: plotly.py's validation
    would cost ~50 ms a chart, and dcc.Graph takes the dict as it is.

    Figures are remembered per spec while the table stays loaded (callers must not mutate them)."""
    return _cached_figure(store.generation(), spec)


def build_figure(spec: ChartSpec) -> go.Figure:
    """The same figure as a plotly Figure (a copy), for the image export."""
    return go.Figure(copy.deepcopy(figure(spec)))


@functools.lru_cache(maxsize=FIGURE_CACHE_SIZE)
def _cached_figure(generation: int, spec: ChartSpec) -> dict:
    ind = store.indicator(spec.indicator)
    rows = store.series(spec.indicator, list(spec.regions), spec.year_from, spec.year_to)
    kind = ind.get("chart", "line")
    groups = _series_groups(rows, list(spec.regions))
    single_bars = len(rows) <= MAX_BARS_WITH_PERIOD and not rows["year"].duplicated().any()
    # End labels of neighbouring lines alternate above/below, ranked by their last value.
    ends = sorted((g for g in groups if g["main"]), key=lambda g: -float(g["records"][-1]["value"]))
    below = {id(g) for rank, g in enumerate(ends) if rank % 2 == 1}
    traces = []
    for group in groups:
        series_name = _series_name(group, groups, ind, spec.lang)
        if kind == "bar":
            # The period line under each value fits while bars stand alone; grouped bars name it in the legend.
            traces.append(_bar_trace(group, ind, series_name, spec.lang, with_period=single_bars))
        else:
            traces.append(_line_trace(group, ind, series_name, spec.lang, text_below=id(group) in below))
    return {"data": traces, "layout": _layout(spec, ind, rows, kind)}


def _missing_first(value) -> tuple:
    return (0, 0) if is_missing(value) else (1, int(value))


def _series_groups(rows: pd.DataFrame, chosen: list[str]) -> list[dict]:
    """One drawn series per region, derived flag, period start, base year and vintage.

    Vintages are split even when the table marks several as preferred: a line joining a
    pre-census value to a post-census one would show a jump that is only a revision. Derived
    values never share a line with stated ones. The vintage with the most years is the region's
    main series (the consistent one the ETL prefers); the others are drawn dotted, without labels
    or a legend entry. Plain Python over one list of records: pandas' groupby costs more than the chart.
    """
    order = {r: i for i, r in enumerate(chosen)}
    records = rows[_ROW_FIELDS].to_dict("records")
    records.sort(key=lambda r: (order.get(r["region"], len(order)), bool(r["derived"]), _missing_first(r["period_start"]),
                                _missing_first(r["base_year"]), int(r["year"])))
    by_series: dict[tuple, dict[int, dict]] = {}
    for r in records:
        vintage = "" if is_missing(r["vintage"]) else str(r["vintage"])
        key = (r["region"], bool(r["derived"]), _missing_first(r["period_start"]), _missing_first(r["base_year"]), vintage)
        by_series.setdefault(key, {})[int(r["year"])] = r  # one point per year: the last row wins
    groups = [{"region": region_id, "derived": derived, "period_start": points[min(points)]["period_start"],
               "base_year": points[min(points)]["base_year"], "vintage": vintage,
               "records": list(points.values()), "last_year": max(points)}
              for (region_id, derived, _p, _b, vintage), points in by_series.items()]

    def line_key(g):
        return g["region"], g["derived"], _missing_first(g["period_start"]), _missing_first(g["base_year"])
    main = {}
    for g in groups:
        best = main.get(line_key(g))
        if best is None or (len(g["records"]), g["last_year"]) > (len(best["records"]), best["last_year"]):
            main[line_key(g)] = g
    for g in groups:
        g["main"] = main[line_key(g)] is g
    return groups


def _series_name(group: dict, groups: list[dict], ind: dict, lang: str) -> str:
    label = name(store.table().regions.get(group["region"], {"id": group["region"]}), lang)
    same_region = [g for g in groups if g["region"] == group["region"] and g["main"] and g["derived"] == group["derived"]]
    suffix = _series_suffix(ind.get("measure", "level"), group["period_start"], group["base_year"], lang)
    if suffix and (len(same_region) > 1 or ind.get("measure") == "cumulative"):
        label = f"{label} · {suffix}"
    if group["derived"]:
        label = f"{label} · {t('chart.derived', lang)}"
    if not group["main"] and group["vintage"]:
        label = f"{label} ({group['vintage']})"
    return label


def _color(region_id: str) -> str:
    return store.table().regions.get(region_id, {}).get("color", "#555555")


def _line_trace(group: dict, ind: dict, series_name: str, lang: str, text_below: bool) -> dict:
    color = _color(group["region"])
    by_year = {int(r["year"]): r for r in group["records"]}
    years = list(range(min(by_year), max(by_year) + 1))
    ys, texts, hovers, symbols = [], [], [], []
    last = max(by_year)
    exact_symbol = DERIVED_SYMBOL if group["derived"] else EXACT_SYMBOL
    for y in years:
        row = by_year.get(y)
        if row is None:  # the gap: None, never 0, and connectgaps stays False
            ys.append(None), texts.append(""), hovers.append(""), symbols.append(exact_symbol)
            continue
        ys.append(float(row["value"]))
        exact = row["qualifier"] == "exact"
        texts.append(row_label(row, _decimals(ind), lang) if group["main"] and (y == last or not exact) else "")
        hovers.append(_hover(row, ind, series_name, lang))
        symbols.append(exact_symbol if exact else INEXACT_SYMBOL)
    dash = DERIVED_DASH if group["derived"] else ("solid" if group["main"] else "dot")
    return dict(
        type="scatter", x=years, y=ys, name=series_name, mode="lines+markers+text", connectgaps=False,
        line={"color": color, "width": 3 if group["main"] else 2, "dash": dash},
        marker={"color": color, "size": 10 if group["main"] else 6, "symbol": symbols,
                "line": {"width": 2, "color": color}},
        text=texts, textposition="bottom center" if text_below else "top center",
        textfont={"color": color, "size": 13}, hovertext=hovers, hovertemplate="%{hovertext}<extra></extra>",
        cliponaxis=False, showlegend=bool(group["main"]), legendgroup=group["region"],
    )


def _bar_trace(group: dict, ind: dict, series_name: str, lang: str, with_period: bool) -> dict:
    color = _color(group["region"])
    labels, hovers, patterns = [], [], []
    for row in group["records"]:
        label = row_label(row, _decimals(ind), lang)
        period = period_label(row["year"], row["period_start"], row["base_year"], row["measure"], lang)
        labels.append(f"{label}<br><span style='font-size:11px'>{period}</span>" if period and with_period else label)
        hovers.append(_hover(row, ind, series_name, lang))
        patterns.append("" if row["qualifier"] == "exact" else INEXACT_PATTERN)
    return dict(
        type="bar", x=[int(r["year"]) for r in group["records"]], y=[float(r["value"]) for r in group["records"]],
        name=series_name,
        marker={"color": color, "opacity": 1.0 if group["main"] and not group["derived"] else 0.55,
                "pattern": {"shape": patterns, "fillmode": "overlay", "fgcolor": "white", "fgopacity": 0.9,
                            "solidity": 0.35}},
        text=labels, textposition="outside", textfont={"size": 12}, constraintext="none", cliponaxis=False,
        hovertext=hovers, hovertemplate="%{hovertext}<extra></extra>", legendgroup=group["region"],
    )


# ---- layout: title, footer lines, axes ---------------------------------------------------------

def _year_span(rows: pd.DataFrame, spec: ChartSpec) -> tuple[int | None, int | None]:
    years = rows["year"].dropna().astype(int) if not rows.empty else pd.Series([], dtype=int)
    if len(years):
        return int(years.min()), int(years.max())
    return spec.year_from, spec.year_to


def _title(spec: ChartSpec, ind: dict, y0, y1) -> dict:
    lang = spec.lang
    region_names = join((name(store.table().regions.get(r, {"id": r}), lang) for r in spec.regions), lang)
    span = f" · {y0}–{y1}" if y0 is not None and y1 is not None and y0 != y1 else (f" · {y0}" if y0 else "")
    subtitle = region_names + span
    if spec.replaced:
        subtitle += " · " + t("chart.not_for_selection", lang, regions=region_names)
    return {"text": f"<b>{name(ind, lang)}</b>{bracket(unit(ind, lang), lang)}",
            "subtitle": {"text": subtitle, "font": {"size": 13, "color": "#555"}},
            "x": 0.01, "xanchor": "left", "y": 0.97, "yanchor": "top", "font": {"size": 18}}


def _footer(rows: pd.DataFrame, lang: str, y1) -> list[dict]:
    """Lines under the plot, anchored to the figure (not the plot) so they never collide with the axis:
    the source line, then "数据截至" on the right and the qualifier note on the left."""
    bottom = {"xref": "paper", "yref": "paper", "y": 0, "showarrow": False, "yanchor": "top", "font": _SMALL_GREY}
    notes = [
        {**bottom, "text": _source_line(rows, lang), "x": 0, "yshift": -52, "xanchor": "left", "align": "left"},
        {**bottom, "text": t("chart.data_until", lang, year=y1 if y1 is not None else "—"), "x": 1, "yshift": -74,
         "xanchor": "right"},
    ]
    if not rows.empty and (rows["qualifier"] != "exact").any():
        notes.append({**bottom, "text": t("chart.approx_note", lang), "x": 0, "yshift": -74, "xanchor": "left",
                      "font": {"size": 11, "color": "#777"}})
    if rows.empty:
        notes.append({"text": t("chart.no_data", lang), "xref": "paper", "yref": "paper", "x": 0.5, "y": 0.5,
                      "showarrow": False, "font": {"size": 16, "color": "#888"}})
    return notes


def _x_axis(rows: pd.DataFrame, y0, y1) -> dict:
    xaxis = {"title": None, "tickformat": "d", "showgrid": False, "zeroline": False}
    if rows.empty:
        xaxis["visible"] = False
    if y0 is not None and y1 is not None:
        # A lone year is not a full-width slab: show about five years, never past the table's last year.
        pad = max(0.6, (5 - (y1 - y0)) / 2)
        right = min(y1 + pad, max(y1, store.year_span()[1]) + 0.6)
        xaxis["range"] = [y0 - pad - (y1 + pad - right), right]
        xaxis["dtick"] = 1 if (y1 - y0) <= 14 else 2
    return xaxis


def _y_axis(rows: pd.DataFrame, ind: dict, kind: str, lang: str) -> tuple[dict, str]:
    """The value axis and the unit written above it (the tick labels may carry the magnitude instead)."""
    yaxis = {"gridcolor": "#e6e6e6", "zeroline": True, "zerolinecolor": "#bbb", "separatethousands": lang == "en"}
    axis_unit = unit(ind, lang)
    if lang == "en":
        yaxis["tickformat"] = ",~r"  # 100,000 rather than plotly's 100k
    if rows.empty:
        yaxis["visible"] = False
        return yaxis, axis_unit
    if kind == "line":
        lo, hi = float(rows["value"].min()), float(rows["value"].max())
        pad = (hi - lo) * 0.15 or abs(hi) * 0.1 or 1
        yaxis["range"] = [lo - pad, hi + pad * 1.6]  # room for the end labels above the line
    else:
        lo, hi = min(0.0, float(rows["value"].min())), max(0.0, float(rows["value"].max()))
        yaxis["range"] = [lo * 1.25, hi * 1.25 or 1]
    if lang != "en":
        ticks = axis_ticks(rows["value"].tolist(), ind.get("unit", ""))
        if ticks:
            yaxis["tickvals"], yaxis["ticktext"], axis_unit = ticks
    return yaxis, axis_unit


def _unit_annotation(text: str) -> dict:
    """The unit reads horizontally above the value axis; a rotated 个 or 家 is hard to read."""
    return {"text": text, "xref": "paper", "yref": "paper", "x": 0, "y": 1, "xanchor": "left", "yanchor": "bottom",
            "xshift": 6 - MARGIN["l"], "yshift": 6, "showarrow": False, "font": _SMALL_GREY, "name": "unit"}


def _layout(spec: ChartSpec, ind: dict, rows: pd.DataFrame, kind: str) -> dict:
    y0, y1 = _year_span(rows, spec)
    annotations = _footer(rows, spec.lang, y1)
    yaxis, axis_unit = _y_axis(rows, ind, kind, spec.lang)
    if not rows.empty:
        annotations.append(_unit_annotation(axis_unit))
    return dict(
        LAYOUT_BASE, title=_title(spec, ind, y0, y1),
        font={"family": FONT_FAMILY, "size": 13, "color": "#222"},
        height=FIGURE_HEIGHT, barmode="group", bargap=0.25, margin=MARGIN,
        legend={"orientation": "h", "x": 1, "y": 1.0, "xanchor": "right", "yanchor": "bottom", "font": {"size": 13}},
        showlegend=True, hovermode="closest", annotations=annotations, xaxis=_x_axis(rows, y0, y1), yaxis=yaxis,
        separators=".,", hoverlabel={"font": {"family": FONT_FAMILY}},
        meta={"indicator": ind["id"], "regions": list(spec.regions), "from": spec.year_from, "to": spec.year_to,
              "lang": spec.lang},
    )


def graph_config(spec: ChartSpec) -> dict:
    """dcc.Graph config: the modebar PNG gets a name that says what it shows, at print resolution."""
    return {
        "displaylogo": False,
        "showSendToCloud": False,
        "showEditInChartStudio": False,
        "locale": "en" if spec.lang == "en" else "zh-CN",
        "responsive": True,
        "modeBarButtonsToRemove": ["sendDataToCloud", "lasso2d", "select2d", "autoScale2d"],
        "toImageButtonOptions": {"format": "png", "scale": 2, "filename": spec.file_name},
    }


# ---- small figures: the KPI sparkline and the coverage grid -------------------------------------

def sparkline(indicator_id: str, region_id: str, width: int = 160, height: int = 40) -> str:
    """A KPI card's trend as an SVG data URI: a dozen plotly plots on the overview would cost
    more to draw than the rest of the page. Gaps stay gaps (the path lifts the pen), and a
    lone year is a dot."""
    rows = store.series(indicator_id, [region_id])
    color = _color(region_id)
    points = []
    if not rows.empty:
        # One line: the latest value's kind (stated or derived), one period start, the main vintage.
        rows = rows[rows["derived"] == rows.sort_values("year")["derived"].iloc[-1]]
        rows = rows[rows["period_start"].isna() | (rows["period_start"] == rows["period_start"].max())]
        rows = rows[rows["vintage"].fillna("") == rows["vintage"].fillna("").mode().iat[0]] if len(rows) else rows
        points = sorted(zip(rows["year"].astype(int), rows["value"].astype(float), strict=True))
    body = ""
    if points:
        (x0, x1), values = (points[0][0], points[-1][0]), [v for _, v in points]
        lo, hi = min(values), max(values)

        def xy(year, value) -> tuple[float, float]:
            x = 4 + (width - 8) * ((year - x0) / (x1 - x0) if x1 > x0 else 0.5)
            y = height - 4 - (height - 8) * ((value - lo) / (hi - lo) if hi > lo else 0.5)
            return x, y
        path, previous = [], None
        for year, value in points:
            x, y = xy(year, value)
            path.append(("L" if previous is not None and year == previous + 1 else "M") + f"{x:.1f},{y:.1f}")
            previous = year
        dots = "".join("<circle cx='{:.1f}' cy='{:.1f}' r='2.5'/>".format(*xy(y, v)) for y, v in points)
        body = (f"<path d='{' '.join(path)}' fill='none' stroke='{color}' stroke-width='2'/>"
                f"<g fill='{color}'>{dots}</g>")
    svg = f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' viewBox='0 0 {width} {height}'>{body}</svg>"
    return "data:image/svg+xml;charset=utf-8," + quote(svg)


def coverage_figure(lang: str = "zh") -> dict:
    """Indicator × year: how many regions have a charted value; an empty cell is a year no source gave.

    One heatmap rather than a table of ~2,000 cells: the browser draws it in one go."""
    grid = store.coverage()
    indicators = store.table().indicators
    labels = [name(indicators.get(iid, {"id": iid}), lang) for iid in grid.index]
    z = [[int(n) if n else None for n in row] for row in grid.to_numpy()]
    hover = [[f"{label}<br>{year}: "
              + (t("chart.coverage_regions", lang, n=int(n)) if n else t("chart.coverage_none", lang))
              for year, n in zip(grid.columns, row, strict=True)]
             for label, row in zip(labels, grid.to_numpy(), strict=True)]
    trace = {"type": "heatmap", "x": [int(y) for y in grid.columns], "y": labels, "z": z, "hovertext": hover,
             "hovertemplate": "%{hovertext}<extra></extra>", "xgap": 1, "ygap": 1, "showscale": False,
             "colorscale": [[0, "#a9dfbf"], [1, "#1e8449"]], "zmin": 1, "zmax": max(2, int(grid.to_numpy().max() or 1)),
             "texttemplate": "%{z}", "textfont": {"size": 9, "color": "white"}}
    layout = dict(LAYOUT_BASE, height=max(300, 22 * len(labels) + 120), margin={"l": 10, "r": 10, "t": 40, "b": 40},
                  font={"family": FONT_FAMILY, "size": 12, "color": "#222"}, plot_bgcolor="#f4f6f7",
                  xaxis={"side": "top", "dtick": 1, "tickangle": -90, "showgrid": False, "tickformat": "d"},
                  yaxis={"autorange": "reversed", "automargin": True, "showgrid": False, "ticksuffix": "  "})
    return {"data": [trace], "layout": layout}

