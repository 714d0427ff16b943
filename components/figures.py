"""The one figure factory: every chart on a page and in an export comes from here.

A chart must stand on its own once it leaves the page (a modebar PNG pasted into a briefing),
so title, unit, regions, source line and "数据截至" live inside the figure, not around it.
Qualifiers stay visible (≈, ≥ in labels; open markers and hatched bars), and a missing year
stays a gap: lines get an explicit None for each missing year, because plotly would otherwise
join the neighbours.
"""
from __future__ import annotations

import copy
import functools
from urllib.parse import quote

import pandas as pd
import plotly.graph_objects as go

from components import store
from components.formatting import (axis_ticks, chinese_number, format_value, is_missing, period_label,
                                   qualifier_word)
from components.i18n import name, t

FONT_FAMILY = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", sans-serif'
FIGURE_HEIGHT = 460
EXACT_SYMBOL, INEXACT_SYMBOL = "circle", "circle-open"
INEXACT_PATTERN = "/"
_TITLE_MAX = 30  # characters of one source title in the source line
MAX_BARS_WITH_PERIOD = 6
# An empty template: the figure looks the same on the page (plotly.js) and in an export (plotly.py,
# which would otherwise apply its default template), and the JSON stays small.
# The columns a chart reads per point (to_dict over all ~30 columns costs more than the chart).
_ROW_FIELDS = ["year", "value", "qualifier", "raw", "unit", "unit_en", "measure", "period_start", "base_year", "vintage",
               "source_title"]
FIGURE_CACHE_SIZE = 1024
MARGIN = {"l": 70, "r": 30, "t": 110, "b": 100}
LAYOUT_BASE = {"template": {}, "paper_bgcolor": "white", "plot_bgcolor": "white"}


def _is_set(value) -> bool:
    return not is_missing(value)


def _series_suffix(measure: str, period_start, base_year, lang: str) -> str:
    """Distinguishes two series of one region (累计 since 2014 vs since 2019) in the legend."""
    if measure == "cumulative" and _is_set(period_start):
        return f"since {int(period_start)}" if lang == "en" else f"自{int(period_start)}年累计"
    if measure in ("change", "multiple") and _is_set(base_year):
        return f"vs {int(base_year)}" if lang == "en" else f"较{int(base_year)}年"
    return ""


def _value_label(row, ind: dict, lang: str) -> str:
    return format_value(row["value"], row["unit"], int(ind.get("decimals", 1)), row["qualifier"], lang,
                        unit_en=row["unit_en"], signed=row["measure"] == "change")


def _hover(row, ind: dict, series_name: str, lang: str) -> str:
    label = _value_label(row, ind, lang)
    lines = [f"<b>{series_name}</b>", f"{int(row['year'])}{'' if lang == 'en' else '年'}"]
    period = period_label(row["year"], row["period_start"], row["base_year"], row["measure"], lang)
    if period:
        lines[-1] += f" · {period}"
    value_line = label
    in_unit = f"{row['value']:.{int(ind.get('decimals', 1))}f}{row['unit']}"
    if lang != "en" and chinese_number(row["value"], row["unit"], int(ind.get("decimals", 1))) != in_unit:
        value_line += f"（{in_unit}）"
    lines.append(value_line)
    if row["qualifier"] != "exact":
        raw = f" · {row['raw']}" if _is_set(row.get("raw")) and row.get("raw") else ""
        lines.append(f"{t('chart.qualifier', lang)}: {qualifier_word(row['qualifier'], lang)}{raw}")
    if _is_set(row.get("vintage")) and row.get("vintage"):
        lines.append(str(row["vintage"]))
    lines.append(f"{t('chart.source', lang)}: {_short(row['source_title'], 60)}")
    return "<br>".join(lines)


def _short(text, limit: int = _TITLE_MAX) -> str:
    text = str(text or "")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _source_line(rows: pd.DataFrame, lang: str) -> str:
    """Name the source behind most of the drawn points (the NBS series on a GDP chart, not the last
    news item), then how many sources the chart draws on in all."""
    titles = []
    if not rows.empty:
        counts = rows.groupby("source_title", observed=True).agg(points=("year", "size"), latest=("year", "max"))
        titles = counts.sort_values(["points", "latest"], ascending=False).index.tolist()
    if not titles:
        return f"{t('chart.source', lang)}: —"
    more = f" {t('chart.sources_more', lang, n=len(titles))}" if len(titles) > 1 else ""
    return f"{t('chart.source', lang)}: {_short(titles[0])}{more}"


def resolve_regions(indicator_id: str, regions: list[str] | None) -> tuple[list[str], bool]:
    """The regions a chart draws, and whether the request had to be replaced.

    An indicator that exists only for 津冀 or 京津冀 still shows its data when the page filter
    asks for 北京; the card says so rather than drawing an empty chart.
    """
    available = store.regions_for(indicator_id)
    if not regions:
        return available, False
    chosen = [r for r in store.region_order(regions) if r in available]
    return (chosen, False) if chosen else (available, True)


def build_indicator_figure(indicator_id: str, regions: list[str] | None = None, year_from: int | None = None,
                           year_to: int | None = None, lang: str = "zh") -> go.Figure:
    """The chart of one indicator, as the page shows it and as the export writes it.

    Raises store.UnknownId for an indicator not in the catalogue and store.DataUnavailable
    when the table could not be loaded; callers turn those into friendly messages.
    """
    return go.Figure(copy.deepcopy(indicator_figure(indicator_id, regions, year_from, year_to, lang)))


def indicator_figure(indicator_id: str, regions: list[str] | None = None, year_from: int | None = None,
                     year_to: int | None = None, lang: str = "zh") -> dict:
    """The same figure as a plain dict, for pages and callbacks: plotly.py's validation would
    cost ~50 ms a chart, and dcc.Graph takes the dict as it is.

    Figures are remembered per request while the table stays loaded (callers must not mutate them)."""
    return _cached_figure(store.generation(), indicator_id, tuple(regions or ()), year_from, year_to, lang)


@functools.lru_cache(maxsize=FIGURE_CACHE_SIZE)
def _cached_figure(generation: int, indicator_id: str, regions: tuple, year_from, year_to, lang: str) -> dict:
    return _indicator_figure(indicator_id, list(regions) or None, year_from, year_to, lang)


def _indicator_figure(indicator_id: str, regions: list[str] | None, year_from, year_to, lang: str) -> dict:
    ind = store.indicator(indicator_id)
    chosen, replaced = resolve_regions(indicator_id, regions)
    rows = store.series(indicator_id, chosen, year_from, year_to)
    kind = ind.get("chart", "line")
    traces = []
    groups = _series_groups(rows, chosen)
    single_bars = len(rows) <= MAX_BARS_WITH_PERIOD and not rows["year"].duplicated().any()
    # End labels of neighbouring lines alternate above/below, ranked by their last value.
    ends = sorted((g for g in groups if g["main"]), key=lambda g: -float(g["rows"]["value"].iloc[-1]))
    below = {id(g) for rank, g in enumerate(ends) if rank % 2 == 1}
    for group in groups:
        series_name = _series_name(group, groups, ind, lang)
        if kind == "bar":
            # The period line under each value fits while bars stand alone; grouped bars name it in the legend.
            traces.append(_bar_trace(group, ind, series_name, lang, with_period=single_bars))
        else:
            traces.append(_line_trace(group, ind, series_name, lang, text_below=id(group) in below))
    return {"data": traces, "layout": _layout(ind, chosen, rows, kind, year_from, year_to, replaced, lang)}


def _series_groups(rows: pd.DataFrame, chosen: list[str]) -> list[dict]:
    """One drawn series per region, period start, base year and vintage.

    Vintages are split even when the table marks several as preferred: a line joining a
    pre-census value to a post-census one would show a jump that is only a revision.
    The vintage with the most years is the region's main series (the consistent one the
    ETL prefers); the others are drawn dotted, without labels or a legend entry.
    """
    ordered = rows.assign(_order=rows["region"].map({r: i for i, r in enumerate(chosen)}),
                          _vintage=rows["vintage"].fillna(""))
    ordered = ordered.sort_values(["_order", "period_start", "base_year", "year"], na_position="first")
    groups = []
    for (region_id, period_start, base_year, vintage), part in ordered.groupby(
            ["region", "period_start", "base_year", "_vintage"], sort=False, dropna=False):
        part = part.drop_duplicates("year", keep="last")
        groups.append({"region": region_id, "period_start": period_start, "base_year": base_year, "vintage": vintage,
                       "rows": part, "records": part[_ROW_FIELDS].to_dict("records"),
                       "last_year": int(part["year"].max())})
    main_vintage = {}
    for g in groups:
        key = (g["region"], str(g["period_start"]), str(g["base_year"]))
        rank = (len(g["rows"]), g["last_year"])
        if key not in main_vintage or rank > (len(main_vintage[key]["rows"]), main_vintage[key]["last_year"]):
            main_vintage[key] = g
    for g in groups:
        g["main"] = main_vintage[(g["region"], str(g["period_start"]), str(g["base_year"]))] is g
    return groups


def _series_name(group: dict, groups: list[dict], ind: dict, lang: str) -> str:
    region_entry = store.table().regions.get(group["region"], {"id": group["region"]})
    label = name(region_entry, lang)
    same_region = [g for g in groups if g["region"] == group["region"] and g["main"]]
    suffix = _series_suffix(ind.get("measure", "level"), group["period_start"], group["base_year"], lang)
    if suffix and (len(same_region) > 1 or ind.get("measure") == "cumulative"):
        label = f"{label} · {suffix}"
    if not group["main"] and group["vintage"]:
        label = f"{label} ({group['vintage']})"
    return label


def _style(group: dict) -> tuple[str, dict]:
    region_entry = store.table().regions.get(group["region"], {})
    return region_entry.get("color", "#555555"), {"legendgroup": group["region"]}


def _line_trace(group: dict, ind: dict, series_name: str, lang: str, text_below: bool) -> dict:
    color, extra = _style(group)
    by_year = {int(r["year"]): r for r in group["records"]}
    years = list(range(min(by_year), max(by_year) + 1))
    ys, texts, hovers, symbols = [], [], [], []
    last = max(by_year)
    for y in years:
        row = by_year.get(y)
        if row is None:  # the gap: None, never 0, and connectgaps stays False
            ys.append(None), texts.append(""), hovers.append(""), symbols.append(EXACT_SYMBOL)
            continue
        ys.append(float(row["value"]))
        exact = row["qualifier"] == "exact"
        texts.append(_value_label(row, ind, lang) if group["main"] and (y == last or not exact) else "")
        hovers.append(_hover(row, ind, series_name, lang))
        symbols.append(EXACT_SYMBOL if exact else INEXACT_SYMBOL)
    return dict(
        type="scatter", x=years, y=ys, name=series_name, mode="lines+markers+text", connectgaps=False,
        line={"color": color, "width": 3 if group["main"] else 2, "dash": "solid" if group["main"] else "dot"},
        marker={"color": color, "size": 10 if group["main"] else 6, "symbol": symbols,
                "line": {"width": 2, "color": color}},
        text=texts, textposition="bottom center" if text_below else "top center",
        textfont={"color": color, "size": 13}, hovertext=hovers, hovertemplate="%{hovertext}<extra></extra>",
        cliponaxis=False, showlegend=bool(group["main"]), **extra,
    )


def _bar_trace(group: dict, ind: dict, series_name: str, lang: str, with_period: bool) -> dict:
    color, extra = _style(group)
    labels, hovers, patterns = [], [], []
    for row in group["records"]:
        label = _value_label(row, ind, lang)
        period = period_label(row["year"], row["period_start"], row["base_year"], row["measure"], lang)
        labels.append(f"{label}<br><span style='font-size:11px'>{period}</span>" if period and with_period else label)
        hovers.append(_hover(row, ind, series_name, lang))
        patterns.append("" if row["qualifier"] == "exact" else INEXACT_PATTERN)
    return dict(
        type="bar", x=group["rows"]["year"].astype(int).tolist(), y=group["rows"]["value"].astype(float).tolist(), name=series_name,
        marker={"color": color, "opacity": 1.0 if group["main"] else 0.55,
                "pattern": {"shape": patterns, "fillmode": "overlay", "fgcolor": "white", "fgopacity": 0.9,
                            "solidity": 0.35}},
        text=labels, textposition="outside", textfont={"size": 12}, constraintext="none", cliponaxis=False,
        hovertext=hovers, hovertemplate="%{hovertext}<extra></extra>", **extra,
    )


def _layout(ind: dict, chosen: list[str], rows: pd.DataFrame, kind: str, year_from, year_to,
            replaced: bool, lang: str) -> dict:
    unit = ind.get("unit_en") if lang == "en" else ind.get("unit")
    catalog_regions = store.table().regions
    region_names = ("、" if lang != "en" else ", ").join(name(catalog_regions.get(r, {"id": r}), lang) for r in chosen)
    years = rows["year"].dropna().astype(int) if not rows.empty else pd.Series([], dtype=int)
    y0 = int(years.min()) if len(years) else year_from
    y1 = int(years.max()) if len(years) else year_to
    span = f" · {y0}–{y1}" if y0 is not None and y1 is not None and y0 != y1 else (f" · {y0}" if y0 else "")
    subtitle = region_names + span
    if replaced:
        subtitle += " · " + t("chart.not_for_selection", lang, regions=region_names)

    # Bottom lines, anchored to the figure (not the plot) so they never collide with the axis:
    # the source line, then "数据截至" on the right and the qualifier note on the left.
    bottom = {"xref": "paper", "yref": "paper", "y": 0, "showarrow": False, "yanchor": "top",
              "font": {"size": 12, "color": "#555"}}
    annotations = [
        {**bottom, "text": _source_line(rows, lang), "x": 0, "yshift": -52, "xanchor": "left", "align": "left"},
        {**bottom, "text": t("chart.data_until", lang, year=y1 if y1 is not None else "—"), "x": 1, "yshift": -74,
         "xanchor": "right"},
    ]
    if not rows.empty and (rows["qualifier"] != "exact").any():
        annotations.append({**bottom, "text": t("chart.approx_note", lang), "x": 0, "yshift": -74, "xanchor": "left",
                            "font": {"size": 11, "color": "#777"}})
    if rows.empty:
        annotations.append({"text": t("chart.no_data", lang), "xref": "paper", "yref": "paper", "x": 0.5, "y": 0.5,
                            "showarrow": False, "font": {"size": 16, "color": "#888"}})

    xaxis = {"title": None, "tickformat": "d", "showgrid": False, "zeroline": False}
    if y0 is not None and y1 is not None:
        # A lone year is not a full-width slab: show about five years, never past the table's last year.
        pad = max(0.6, (5 - (y1 - y0)) / 2)
        right = min(y1 + pad, max(y1, store.year_span()[1]) + 0.6)
        xaxis["range"] = [y0 - pad - (y1 + pad - right), right]
        xaxis["dtick"] = 1 if (y1 - y0) <= 14 else 2
    yaxis = {"gridcolor": "#e6e6e6", "zeroline": True, "zerolinecolor": "#bbb",
             "separatethousands": lang == "en"}
    if lang == "en":
        yaxis["tickformat"] = ",~r"  # 100,000 rather than plotly's 100k
    if kind == "line" and not rows.empty:
        lo, hi = float(rows["value"].min()), float(rows["value"].max())
        pad = (hi - lo) * 0.15 or abs(hi) * 0.1 or 1
        yaxis["range"] = [lo - pad, hi + pad * 1.6]  # room for the end labels above the line
    elif not rows.empty:
        lo, hi = min(0.0, float(rows["value"].min())), max(0.0, float(rows["value"].max()))
        yaxis["range"] = [lo * 1.25, hi * 1.25 or 1]
    axis_unit = unit
    if lang != "en" and not rows.empty:
        ticks = axis_ticks(rows["value"].tolist(), ind.get("unit", ""))
        if ticks:
            yaxis["tickvals"], yaxis["ticktext"], axis_unit = ticks
    if rows.empty:
        xaxis.update(visible=False)
        yaxis.update(visible=False)
    else:  # the unit reads horizontally above the value axis; a rotated 个 or 家 is hard to read
        annotations.append({"text": axis_unit, "xref": "paper", "yref": "paper", "x": 0, "y": 1, "xanchor": "left",
                            "yanchor": "bottom", "xshift": 6 - MARGIN["l"], "yshift": 6, "showarrow": False,
                            "font": {"size": 12, "color": "#555"}, "name": "unit"})

    return dict(
        LAYOUT_BASE,
        title={"text": f"<b>{name(ind, lang)}</b>（{unit}）" if lang != "en" else f"<b>{name(ind, lang)}</b> ({unit})",
               "subtitle": {"text": subtitle, "font": {"size": 13, "color": "#555"}},
               "x": 0.01, "xanchor": "left", "y": 0.97, "yanchor": "top", "font": {"size": 18}},
        font={"family": FONT_FAMILY, "size": 13, "color": "#222"},
        height=FIGURE_HEIGHT, barmode="group", bargap=0.25,
        margin=MARGIN,
        legend={"orientation": "h", "x": 1, "y": 1.0, "xanchor": "right", "yanchor": "bottom", "font": {"size": 13}},
        showlegend=True, hovermode="closest", annotations=annotations, xaxis=xaxis, yaxis=yaxis,
        separators=".,", hoverlabel={"font": {"family": FONT_FAMILY}},
        meta={"indicator": ind["id"], "regions": chosen, "from": year_from, "to": year_to, "lang": lang},
    )


def sparkline(indicator_id: str, region_id: str, width: int = 160, height: int = 40) -> str:
    """A KPI card's trend as an SVG data URI: a dozen plotly plots on the overview would cost
    more to draw than the rest of the page. Gaps stay gaps (the path lifts the pen), and a
    lone year is a dot."""
    rows = store.series(indicator_id, [region_id])
    color = store.table().regions.get(region_id, {}).get("color", "#555")
    points = []
    if not rows.empty:
        rows = rows[rows["period_start"].isna() | (rows["period_start"] == rows["period_start"].max())]
        rows = rows[rows["vintage"].fillna("") == rows["vintage"].fillna("").mode().iat[0]] if len(rows) else rows
        points = sorted(zip(rows["year"].astype(int), rows["value"].astype(float)))
    body = ""
    if points:
        (x0, x1), values = (points[0][0], points[-1][0]), [v for _, v in points]
        lo, hi = min(values), max(values)
        def xy(year, value):
            x = 4 + (width - 8) * ((year - x0) / (x1 - x0) if x1 > x0 else 0.5)
            y = height - 4 - (height - 8) * ((value - lo) / (hi - lo) if hi > lo else 0.5)
            return f"{x:.1f},{y:.1f}"
        path, previous = [], None
        for year, value in points:
            path.append(("L" if previous is not None and year == previous + 1 else "M") + xy(year, value))
            previous = year
        dots = "".join(f"<circle cx='{xy(y, v).split(',')[0]}' cy='{xy(y, v).split(',')[1]}' r='2.5'/>" for y, v in points)
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
    unit = "regions" if lang == "en" else "个地区"
    hover = [[f"{label}<br>{year}: {int(n) if n else ('no data' if lang == 'en' else '无数据')}"
              f"{(' ' + unit) if n else ''}" for year, n in zip(grid.columns, row)]
             for label, row in zip(labels, grid.to_numpy())]
    trace = {"type": "heatmap", "x": [int(y) for y in grid.columns], "y": labels, "z": z, "hovertext": hover,
             "hovertemplate": "%{hovertext}<extra></extra>", "xgap": 1, "ygap": 1, "showscale": False,
             "colorscale": [[0, "#a9dfbf"], [1, "#1e8449"]], "zmin": 1, "zmax": max(2, int(grid.to_numpy().max() or 1)),
             "texttemplate": "%{z}", "textfont": {"size": 9, "color": "white"}}
    layout = dict(LAYOUT_BASE, height=max(300, 22 * len(labels) + 120), margin={"l": 10, "r": 10, "t": 40, "b": 40},
                  font={"family": FONT_FAMILY, "size": 12, "color": "#222"}, plot_bgcolor="#f4f6f7",
                  xaxis={"side": "top", "dtick": 1, "tickangle": -90, "showgrid": False, "tickformat": "d"},
                  yaxis={"autorange": "reversed", "automargin": True, "showgrid": False, "ticksuffix": "  "})
    return {"data": [trace], "layout": layout}


def graph_config(indicator_id: str, regions: list[str] | None, year_from, year_to, lang: str = "zh") -> dict:
    """dcc.Graph config: the modebar PNG gets a name that says what it shows, at print resolution."""
    region_part = "-".join(regions) if regions else "all"
    filename = f"{indicator_id}_{region_part}_{year_from or ''}-{year_to or ''}"
    return {
        "displaylogo": False,
        "showSendToCloud": False,
        "showEditInChartStudio": False,
        "locale": "en" if lang == "en" else "zh-CN",
        "responsive": True,
        "modeBarButtonsToRemove": ["sendDataToCloud", "lasso2d", "select2d", "autoScale2d"],
        "toImageButtonOptions": {"format": "png", "scale": 2, "filename": filename},
    }


