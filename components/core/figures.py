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
import re
from collections import Counter
from urllib.parse import quote

import pandas as pd
import plotly.graph_objects as go

from components.core import store
from components.core.formatting import QUALIFIER_MARK, chinese_number, is_count_unit, is_missing, period_label, row_label, text_or_empty
from components.core.i18n import bracket, join, labelled, name, qualifier_word, t, unit, year_label
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
# Text size as plotly draws it, for dodging labels before the browser has measured them.
LABEL_FONT = 13
LABEL_GAP_PX = 4
# The smallest plot a figure is drawn in (a half-width card on a laptop): labels that fit here fit everywhere.
MIN_PLOT_WIDTH_PX = 540
MAX_END_LABELS = 8
BAR_SPAN = 0.8  # of a year: the bars of one year share this much of its slot
REFERENCE_COLOR = "#444444"
REFERENCE_LABEL_PX = 90  # a longer reference label wraps its value onto a second line
LEGEND_ROW_PX = 28
YEAR_LABEL_PX = 46  # a four-digit year and the space between two
SUBTITLE_PX = 32  # plotly draws the subtitle below the title's anchor, inside its pad
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


# What a point's hover text is made of: the same point in the next redraw (another year range) gets the
# text it had, without formatting it again.
_HOVER_FIELDS = ("year", "period_start", "base_year", "measure", "value", "unit", "unit_en", "qualifier", "raw",
                 "derived", "method", "source_title")


def _hover(row, ind: dict, series_name: str, lang: str) -> str:
    key = tuple(row.get(f) for f in _HOVER_FIELDS)
    try:
        return _cached_hover(key, _decimals(ind), series_name, lang)
    except TypeError:  # an unhashable cell: format it as it is
        return _hover_text(dict(zip(_HOVER_FIELDS, key, strict=True)), _decimals(ind), series_name, lang)


@functools.lru_cache(maxsize=16384)
def _cached_hover(key: tuple, decimals: int, series_name: str, lang: str) -> str:
    return _hover_text(dict(zip(_HOVER_FIELDS, key, strict=True)), decimals, series_name, lang)


def _hover_text(row: dict, decimals: int, series_name: str, lang: str) -> str:
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
    lines.append(f"{t('chart.source', lang)}: {_short(row['source_title'], 60)}")
    return "<br>".join(lines)


def _short(text, limit: int = _TITLE_MAX) -> str:
    text = str(text or "")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _publishers(rows: pd.DataFrame) -> tuple[list[str], int]:
    """Who stands behind the drawn points, most points first (the NBS behind a GDP chart, not the
    last news item), and how many sources the chart draws on in all. A source without a publisher
    is named by its title; an internal id (a vintage, a source id) never is."""
    if rows.empty:
        return [], 0
    points: Counter = Counter()
    latest: dict[str, int] = {}
    sources = set()
    publishers = rows["source_publisher"].tolist() if "source_publisher" in rows else [None] * len(rows)
    ids = rows["source_id"].tolist() if "source_id" in rows else rows["source_title"].tolist()
    for publisher, title, source, year in zip(publishers, rows["source_title"].tolist(), ids, rows["year"].tolist(),
                                              strict=True):
        sources.add(text_or_empty(source) or text_or_empty(title))
        who = publisher_name(publisher)
        if who:
            points[who] += 1
            latest[who] = max(latest.get(who, year), year)
    named = sorted(points, key=lambda who: (points[who], latest[who]), reverse=True)
    if not named:  # no publisher known: the title of the first source stands in
        named = [_short(text_or_empty(rows["source_title"].iloc[0]), 16)]
    return named, len(sources)


def publisher_name(publisher) -> str:
    """The publisher as a reader names it: '人民日报海外版 (reporter …; via …)' is 人民日报海外版; an
    unknown publisher is no name at all."""
    return _publisher_name(text_or_empty(publisher))


@functools.lru_cache(maxsize=4096)
def _publisher_name(publisher: str) -> str:
    text = re.split(r"\s*[(\uff08]", publisher, maxsplit=1)[0].strip()
    return "" if not text or text.lower().startswith(("unknown", "unnamed", "none", "n/a")) else _short(text, 16)


def _source_line(rows: pd.DataFrame, lang: str) -> str:
    """来源：国家统计局等3个来源 / Source: National Bureau of Statistics and 2 more (3 sources)."""
    publishers, n = _publishers(rows)
    if not publishers:
        return f"{t('chart.source', lang)}: —"
    named = join(publishers[:2], lang)
    if n <= 1:
        return labelled(t("chart.source", lang), named, lang)
    return labelled(t("chart.source", lang), t("chart.sources_count", lang, publishers=named, n=n), lang)


def citations(spec: ChartSpec) -> list[str]:
    """Every source behind a chart in full (publisher, title, date, address), for a slide's notes,
    a ZIP's README and a PDF's metadata."""
    rows = store.series(spec.indicator, list(spec.regions), spec.year_from, spec.year_to)
    if rows.empty:
        return []
    cols = [c for c in ("source_publisher", "source_title", "source_date", "source_url") if c in rows]
    points: Counter = Counter()
    for rec in rows[cols].to_dict("records"):  # the source behind most points first
        parts = [publisher_name(rec.get("source_publisher"))] + [text_or_empty(rec.get(c)) for c in cols[1:]]
        line = " · ".join(p for p in parts if p)
        if line:
            points[line] += 1
    lines = [line for line, _ in points.most_common()]
    for target in plan_targets(spec):  # a drawn target is cited like a drawn point
        parts = [publisher_name(target.get("publisher"))] + [text_or_empty(target.get(k)) for k in
                                                            ("source_title", "published", "url")]
        line = f"{target_label(target, store.indicator(spec.indicator), spec.lang)}: " + " · ".join(p for p in parts if p)
        if line not in lines:
            lines.append(line)
    return lines


_ALT_FIELDS = ["region", "year", "value", "unit", "unit_en", "qualifier", "measure"]


def _records(rows: pd.DataFrame, fields: list[str]) -> list[dict]:
    """Rows as dicts of the given columns: one list per column, zipped, costs a tenth of
    DataFrame.to_dict (which boxes every cell through itertuples)."""
    columns = [rows[f].tolist() for f in fields]
    return [dict(zip(fields, values, strict=True)) for values in zip(*columns, strict=True)]


def alt_text(spec: ChartSpec) -> str:
    """A chart's text alternative: its title, then each drawn region's latest value.

    Worked out once per spec and table version: the card's hidden text, the slide's alt text and the
    redraw all ask for it."""
    return _cached_alt(store.generation(), spec)


@functools.lru_cache(maxsize=FIGURE_CACHE_SIZE)
def _cached_alt(_generation: str, spec: ChartSpec) -> str:
    ind = store.indicator(spec.indicator)
    rows = store.series(spec.indicator, list(spec.regions), spec.year_from, spec.year_to)
    title = f"{name(ind, spec.lang)}{bracket(unit(ind, spec.lang), spec.lang)}"
    if rows.empty:
        return f"{title}: {t('chart.no_data', spec.lang)}"
    records = _records(rows, _ALT_FIELDS)
    order = sorted(range(len(records)), key=lambda i: _missing_last(records[i]["year"]))
    last = {records[i]["region"]: rank for rank, i in enumerate(order)}  # each region's latest row
    latest = [records[order[rank]] for rank in sorted(last.values())]
    regions = store.table().regions
    values = [f"{name(regions.get(r['region'], {'id': r['region']}), spec.lang)} {year_label(r['year'], spec.lang)} "
              f"{row_label(r, _decimals(ind), spec.lang)}"
              for r in latest]
    return t("chart.alt", spec.lang, title=title, values=join(values, spec.lang))


def _missing_last(year) -> tuple:
    return (1, 0) if is_missing(year) else (0, int(year))


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
    refs = references(ind, spec) + (plan_targets(spec) if not rows.empty else [])
    y0, y1 = _year_span(rows, spec)
    for ref in refs:  # a target within the data's years is worded at its mark, a later one beside the lines' ends
        ref["inside"] = ref.get("kind") == "plan" and y1 is not None and ref["year"] < y1
    # A plan target after the last data year (2025 over data to 2024) widens the year axis to reach it.
    xaxis = _x_axis(rows, y0, max([y1] + [r["year"] for r in refs if r.get("kind") == "plan"]) if y1 else y1)
    yaxis, axis_unit = _y_axis(rows, ind, kind, spec.lang, refs)
    traces: list[dict] = []
    if kind == "bar":
        # Every bar of a year shares that year's slot: a lone bar or bars years apart would otherwise
        # be drawn as wide as the gap to the next one (2016's bar covering 2016–2017).
        width = BAR_SPAN / max(len(groups), 1)
        single_bars = len(rows) <= MAX_BARS_WITH_PERIOD and not rows["year"].duplicated().any()
        texts = [_bar_texts(g, ind, spec.lang, single_bars) for g in groups]
        show = _bar_labels_fit(texts, width, xaxis)
        for i, (group, labels) in enumerate(zip(groups, texts, strict=True)):
            traces.append(_bar_trace(group, ind, _series_name(group, groups, ind, spec.lang), spec.lang,
                                     labels if show else None, width, -BAR_SPAN / 2 + i * width))
    else:
        traces = [_line_trace(g, ind, _series_name(g, groups, ind, spec.lang), spec.lang) for g in groups]
    items = _side_items(groups if kind != "bar" else [], refs, ind, spec.lang)
    right = min(max([MARGIN["r"]] + [int(max(text_width(x) for x in i["text"].split("<br>"))) + 16 for i in items]), 220)
    legend_width = LEGEND_WIDTH_PX - right
    if legend_rows([tr["name"] for tr in traces], legend_width) > 2:
        # Too many entries for the band above the plot: earlier revisions (dotted) and derived lines keep
        # their look and their hover, the legend names the main series.
        for trace, group in zip(traces, groups, strict=True):
            if not group["main"] or group["derived"]:
                trace["showlegend"] = False
    legend_names = [tr["name"] for tr in traces if tr.get("showlegend", True)]
    traces += [_target_trace(r, ind, spec.lang) for r in refs if r.get("kind") == "plan"]
    layout = _layout(spec, ind, rows, xaxis, yaxis, axis_unit, refs, items, legend_names, right, legend_width)
    return {"data": traces, "layout": layout}


# ---- references, labels and their room ------------------------------------------------------------

def references(ind: dict, spec: ChartSpec) -> list[dict]:
    """The catalogue's standards and targets that apply to the drawn regions (a reference without
    regions applies to all)."""
    out = []
    for ref in ind.get("references") or []:
        try:
            value = float(ref["value"])
        except (KeyError, TypeError, ValueError):
            continue
        regions = ref.get("regions") or []
        if regions and not set(regions) & set(spec.regions):
            continue
        out.append({**ref, "value": value})
    return out


COMPARATOR_MARK = {"le": "≤", "ge": "≥", "eq": ""}
TARGET_HALF_WIDTH = 0.35  # of a year: the target's mark is a short dashed segment centred on its year


# A chart looks ahead to plan targets at most this many years after the table's last year (a five-year
# plan); a 2035 vision would squeeze a decade of data into half the chart. Such a target is still listed
# on the indicator page (`plan_targets(spec, drawn=False)`).
TARGET_HORIZON = 5


def plan_targets(spec: ChartSpec, drawn: bool = True) -> list[dict]:
    """The work-plan targets (data/targets.parquet) of the drawn regions that fall in the view: a target year
    inside the years shown, or after them when the view reaches the data's last year (the default view looks
    ahead to 2025; a chart, `drawn`, no further than TARGET_HORIZON years). Each comes back as a reference of
    kind "plan" with its year and region."""
    last = store.year_span()[1]
    out = []
    for target in store.targets(spec.indicator, list(spec.regions)):
        year = int(target["target_year"])
        if spec.year_from is not None and year < spec.year_from:
            continue
        if spec.year_to is not None and year > spec.year_to and spec.year_to < last:
            continue
        if drawn and year > last + TARGET_HORIZON:
            continue
        out.append({**target, "kind": "plan", "year": year, "named": len(spec.regions) > 1})
    return out


def target_label(target: dict, ind: dict, lang: str, named: bool = False) -> str:
    """2025年目标 ≤30 / 2025 target ≤30: a plan target's words, in the chart's unit. On a chart of several
    regions the words name the region too (北京2025年目标 ≤30): colour alone must not say whose it is."""
    values = {"year": int(target["year"]), "mark": COMPARATOR_MARK.get(target.get("comparator"), ""),
              "value": number_text(target["value"], _decimals(ind))}
    if named:
        region = store.table().regions.get(target["region"], {"id": target["region"]})
        return t("chart.plan_target_region", lang, region=name(region, lang), **values)
    return t("chart.plan_target", lang, **values)


def _target_trace(target: dict, ind: dict, lang: str) -> dict:
    """The target's hover: what it is, whose, and who set it (the mark itself is a shape)."""
    region = store.table().regions.get(target["region"], {"id": target["region"]})
    source = " · ".join(p for p in (publisher_name(target.get("publisher")), _short(target.get("source_title"), 60)) if p)
    hover = "<br>".join([f"<b>{name(region, lang)}</b>", target_label(target, ind, lang),
                         f"{t('chart.source', lang)}: {source or '—'}"])
    return dict(type="scatter", x=[target["year"]], y=[target["value"]], mode="markers", showlegend=False,
                name=target_label(target, ind, lang), cliponaxis=False, hovertext=[hover],
                hovertemplate="%{hovertext}<extra></extra>",
                marker={"symbol": "line-ew-open", "size": 18, "color": _target_color(target),
                        "line": {"width": 2.5, "color": _target_color(target)}})


def _target_color(target: dict) -> str:
    """A target belongs to a region: its mark and words take the region's colour, darkened for text."""
    return text_color(_color(target["region"]))


def reference_label(ref: dict, ind: dict, lang: str) -> str:
    """国家二级标准 35 / 2025年目标 30: the words of a reference line, in the chart's unit."""
    label = (ref.get("label_en") if lang == "en" else ref.get("label_zh")) or ref.get("label_zh") or ""
    if not label:
        label = t("chart.reference_target" if ref.get("kind") == "target" else "chart.reference_standard", lang)
    if ref.get("year") and ref.get("kind") == "target":
        label += bracket(year_label(ref["year"], lang), lang).rstrip() if lang != "en" else f" ({int(ref['year'])})"
    value = number_text(ref["value"], _decimals(ind))
    return f"{label}<br>{value}" if text_width(label) > REFERENCE_LABEL_PX else f"{label} {value}"


def number_text(value: float, decimals: int, qualifier: str = "exact", signed: bool = False, percent: bool = False) -> str:
    """A value label in the chart's own unit (the title's): '≈49,670', '+5.8%'. One unit form per chart:
    the axis, the labels and the title agree; magnitudes (万亿) stay in the hover and the cards."""
    text = f"{float(value):,.{max(decimals, 0)}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    if signed and float(value) > 0:
        text = "+" + text
    return QUALIFIER_MARK.get(qualifier or "exact", "") + text + ("%" if percent else "")


def _label_text(row, ind: dict) -> str:
    return number_text(row["value"], _decimals(ind), row["qualifier"], signed=row["measure"] == "change",
                       percent=(row["unit"] or "") == "%")


def text_width(text: str, size: float = LABEL_FONT) -> float:
    """About how wide plotly draws a line of text (CJK characters are square, others about 0.6 em)."""
    plain = re.sub(r"<[^>]+>", "", str(text))
    return sum(size if ord(ch) >= 0x2E80 else size * 0.62 for ch in plain)


def _relative_luminance(color: str) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(color: str, background: str = "#ffffff") -> float:
    a, b = sorted((_relative_luminance(color), _relative_luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


@functools.lru_cache(maxsize=256)
def text_color(color: str | None, minimum: float = 4.6) -> str:
    """The region colour darkened until text in it reads on white (WCAG AA, 4.5:1)."""
    if not color or not re.fullmatch(r"#[0-9a-fA-F]{6}", color):
        return "#333333"
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    out = color.lower()
    while contrast(out) < minimum:
        r, g, b = int(r * 0.9), int(g * 0.9), int(b * 0.9)
        out = f"#{r:02x}{g:02x}{b:02x}"
    return out


def _plot_height() -> int:
    return FIGURE_HEIGHT - MARGIN["t"] - MARGIN["b"]


# Layout heights of the exports (images.SCREEN_WIDTH 800 at 16:9, the deck's 640 at 16:9) and the widest a
# legend can be in the narrowest of them (the deck: 640 less the left margin and a little air).
EXPORT_HEIGHT, DECK_HEIGHT = 450, 360
EXPORT_NOTE_PX = 40
LEGEND_WIDTH_PX = 640 - MARGIN["l"] - 10


def dodge(targets: list[float], height: float, gap: float, top: float) -> list[float] | None:
    """Label centres (pixels from the plot's bottom) at least height+gap apart, in the order of their
    targets (highest first), each as near its target as the others allow; None when they do not fit."""
    step = height + gap
    if not targets:
        return []
    if len(targets) * step > top + step:
        return None
    order = sorted(range(len(targets)), key=lambda i: -targets[i])
    pos = [targets[i] for i in order]
    for _ in range(2):
        pos[0] = min(pos[0], top - height / 2)
        for i in range(1, len(pos)):
            pos[i] = min(pos[i], pos[i - 1] - step)
        lowest = height / 2 + 4  # clear of the year labels under the axis
        if pos[-1] < lowest:
            pos[-1] = lowest
            for i in range(len(pos) - 2, -1, -1):
                pos[i] = max(pos[i], pos[i + 1] + step)
        if pos[0] > top - height / 2:  # a label must not reach above the plot, into the legend
            return None
    out = [0.0] * len(targets)
    for rank, i in enumerate(order):
        out[i] = pos[rank]
    return out


def _side_items(groups: list[dict], refs: list[dict], ind: dict, lang: str) -> list[dict]:
    """The words right of the plot: each line's last value, then each reference line's label."""
    items = []
    for g in groups:
        if not g["main"]:
            continue
        last = g["records"][-1]
        items.append({"text": _label_text(last, ind), "x": int(last["year"]), "xref": "x", "value": float(last["value"]),
                      "color": text_color(_color(g["region"])), "name": "end-label"})
    if len(items) > MAX_END_LABELS:
        items = []
    for ref in refs:
        if ref.get("kind") == "plan" and ref.get("inside"):  # worded at its mark (_inside_target_labels)
            continue
        if ref.get("kind") == "plan":  # next to its mark at the target year, dodged with the end labels
            # Words start where the mark ends, not on it.
            items.append({"text": target_label(ref, ind, lang, ref.get("named", False)),
                          "x": ref["year"] + TARGET_HALF_WIDTH, "xref": "x",
                          "value": ref["value"],
                          "color": _target_color(ref), "name": "target-label"})
            continue
        items.append({"text": reference_label(ref, ind, lang), "x": 1, "xref": "paper", "value": ref["value"],
                      "color": REFERENCE_COLOR, "name": "reference-label"})
    return items


def _side_labels(items: list[dict], yaxis: dict, height_px: float) -> list[dict]:
    """Direct labels right of each line's last point, and the reference lines' words at the right edge,
    dodged as one column in the shortest plot the figure is drawn in (height_px), so no two overlap
    anywhere and their order is the lines' order. Too many to fit: the lines are left to the legend."""
    if "range" not in yaxis or not items:
        return []
    lo, hi = yaxis["range"]
    span = (hi - lo) or 1.0

    def to_px(v: float) -> float:
        return (v - lo) / span * height_px

    def line_height(chosen):
        return (LABEL_FONT + 3) * max([i["text"].count("<br>") + 1 for i in chosen] or [1])

    def placed(chosen):
        return dodge([to_px(i["value"]) for i in chosen], line_height(chosen), LABEL_GAP_PX, height_px)

    centres = placed(items)
    if centres is None:  # too many: the targets' words go first (their marks and hover stay) ...
        items = [i for i in items if i["name"] != "target-label"]
        centres = placed(items)
    if centres is None:  # ... then the lines' labels: the legend names them; references alone
        items = [i for i in items if i["name"] == "reference-label"]
        centres = placed(items) or []
    return [{"text": item["text"], "x": item["x"], "xref": item["xref"], "y": lo + c / height_px * span, "yref": "y",
             "xanchor": "left", "yanchor": "middle", "xshift": 8, "showarrow": False, "name": item["name"],
             "font": {"size": LABEL_FONT, "color": item["color"]}}
            for item, c in zip(items, centres, strict=True)]


def _inside_target_labels(refs: list[dict], ind: dict, lang: str, xaxis: dict, yaxis: dict,
                          plot_px: tuple[float, float]) -> list[dict]:
    """The words of targets within the data's years (北京2017年目标 60), just above each mark and ending
    where it ends, so they never reach the lines' end labels right of the last year. In the smallest plot
    the chart is drawn in (plot_px: width, height), a label that would touch another, or leave the plot, is
    left out (the mark and its hover stay, and the indicator page lists every target)."""
    inside = [r for r in refs if r.get("kind") == "plan" and r.get("inside")]
    if not inside or "range" not in xaxis or "range" not in yaxis:
        return []
    (x_lo, x_hi), (y_lo, y_hi), (width_px, height_px) = xaxis["range"], yaxis["range"], plot_px
    px_x = width_px / ((x_hi - x_lo) or 1)
    px_y = height_px / ((y_hi - y_lo) or 1)
    size, kept, out = LABEL_FONT - 1, [], []
    for ref in sorted(inside, key=lambda r: (r["year"], r["value"])):
        text = target_label(ref, ind, lang, ref.get("named", False))
        right = (ref["year"] + TARGET_HALF_WIDTH - x_lo) * px_x
        bottom = (ref["value"] - y_lo) * px_y + 3
        box = (right - text_width(text, size), bottom, right, bottom + size + 3)
        if box[0] < 0 or box[3] > height_px or any(_touch(box, other) for other in kept):
            continue
        kept.append(box)
        out.append({"text": text, "x": ref["year"] + TARGET_HALF_WIDTH, "xref": "x", "y": ref["value"], "yref": "y",
                    "xanchor": "right", "yanchor": "bottom", "yshift": 3, "showarrow": False, "name": "target-label",
                    "font": {"size": size, "color": _target_color(ref)}})
    return out


def _touch(a: tuple, b: tuple) -> bool:
    """Whether two (left, bottom, right, top) boxes overlap or come within LABEL_GAP_PX of each other."""
    return not (a[2] + LABEL_GAP_PX <= b[0] or b[2] + LABEL_GAP_PX <= a[0]
                or a[3] + LABEL_GAP_PX <= b[1] or b[3] + LABEL_GAP_PX <= a[1])


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
    records = _records(rows, _ROW_FIELDS)
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
    if not group["main"]:  # another vintage or source of the same series: named in words, never by its id
        label = f"{label} · {t('chart.old_vintage', lang)}"
    return label


def _color(region_id: str) -> str:
    return store.table().regions.get(region_id, {}).get("color", "#555555")


def _line_trace(group: dict, ind: dict, series_name: str, lang: str) -> dict:
    """One line; its value label is an annotation right of its end (see _side_labels), so labels can
    be dodged. A point that is approximate or a lower bound keeps an open marker and says so on hover."""
    color = _color(group["region"])
    by_year = {int(r["year"]): r for r in group["records"]}
    years = list(range(min(by_year), max(by_year) + 1))
    ys, hovers, symbols = [], [], []
    exact_symbol = DERIVED_SYMBOL if group["derived"] else EXACT_SYMBOL
    for y in years:
        row = by_year.get(y)
        if row is None:  # the gap: None, never 0, and connectgaps stays False
            ys.append(None), hovers.append(""), symbols.append(exact_symbol)
            continue
        ys.append(float(row["value"]))
        hovers.append(_hover(row, ind, series_name, lang))
        symbols.append(exact_symbol if row["qualifier"] == "exact" else INEXACT_SYMBOL)
    dash = DERIVED_DASH if group["derived"] else ("solid" if group["main"] else "dot")
    return dict(
        type="scatter", x=years, y=ys, name=series_name, mode="lines+markers", connectgaps=False,
        line={"color": color, "width": 3 if group["main"] else 2, "dash": dash},
        marker={"color": color, "size": 10 if group["main"] else 6, "symbol": symbols,
                "line": {"width": 2, "color": color}},
        hovertext=hovers, hovertemplate="%{hovertext}<extra></extra>",
        cliponaxis=False, showlegend=True, legendgroup=group["region"],
    )


def _bar_texts(group: dict, ind: dict, lang: str, with_period: bool) -> list[str]:
    labels = []
    for row in group["records"]:
        label = _label_text(row, ind)
        period = period_label(row["year"], row["period_start"], row["base_year"], row["measure"], lang)
        labels.append(f"{label}<br><span style='font-size:12px'>{period}</span>" if period and with_period else label)
    return labels


def _bar_labels_fit(texts: list[list[str]], width: float, xaxis: dict) -> bool:
    """Whether every bar's label fits over its own bar in the smallest plot the chart is drawn in."""
    lo, hi = xaxis.get("range") or (0, 1)
    px_per_year = MIN_PLOT_WIDTH_PX / max(hi - lo, 1)
    room = px_per_year * (1.0 if len(texts) == 1 else width) - 2
    widest = max((text_width(part, 12) for labels in texts for label in labels for part in label.split("<br>")),
                 default=0)
    return widest <= room


def _bar_trace(group: dict, ind: dict, series_name: str, lang: str, labels: list[str] | None,
               width: float, offset: float) -> dict:
    color = _color(group["region"])
    hovers = [_hover(row, ind, series_name, lang) for row in group["records"]]
    patterns = ["" if row["qualifier"] == "exact" else INEXACT_PATTERN for row in group["records"]]
    n = len(group["records"])
    return dict(
        type="bar", x=[int(r["year"]) for r in group["records"]], y=[float(r["value"]) for r in group["records"]],
        name=series_name, width=[width] * n, offset=[offset] * n,
        marker={"color": color, "opacity": 1.0 if group["main"] and not group["derived"] else 0.55,
                "pattern": {"shape": patterns, "fillmode": "overlay", "fgcolor": "white", "fgopacity": 0.9,
                            "solidity": 0.35}},
        text=labels or [""] * n, textposition="outside", textfont={"size": 12, "color": text_color(color)},
        constraintext="none", cliponaxis=False,
        hovertext=hovers, hovertemplate="%{hovertext}<extra></extra>", legendgroup=group["region"],
    )


# ---- layout: title, footer lines, axes ---------------------------------------------------------

def _year_span(rows: pd.DataFrame, spec: ChartSpec) -> tuple[int | None, int | None]:
    years = [int(y) for y in rows["year"].tolist() if not is_missing(y)] if not rows.empty else []
    if years:
        return min(years), max(years)
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
        notes.append({**bottom, "text": t("chart.approx_note", lang), "x": 0, "yshift": -96, "xanchor": "left",
                      "font": {"size": 12, "color": "#666"}})
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
        if float(pad).is_integer():  # an axis edge on a year would put its label under the value axis's 0
            pad += 0.5
        right = min(y1 + pad, max(y1, store.year_span()[1]) + 0.6)
        xaxis["range"] = [y0 - pad - (y1 + pad - right), right]
    return xaxis


def _y_axis(rows: pd.DataFrame, ind: dict, kind: str, lang: str, refs: list[dict] = ()) -> tuple[dict, str]:
    """The value axis, in the title's unit with plain numbers (one unit form per chart), and that unit.

    Bars start at zero; a line's axis fits its values (and any reference line), the tick labels say where."""
    yaxis = {"gridcolor": "#e6e6e6", "zeroline": True, "zerolinecolor": "#bbb", "separatethousands": True,
             "tickformat": ",~r", "automargin": True}
    axis_unit = unit(ind, lang)
    if rows.empty:
        yaxis["visible"] = False
        return yaxis, axis_unit
    values = [float(v) for v in rows["value"].tolist()] + [float(r["value"]) for r in refs]
    if kind == "line":
        lo, hi = min(values), max(values)
        pad = (hi - lo) * 0.12 or abs(hi) * 0.1 or 1
        yaxis["range"] = [lo - pad, hi + pad]
        if lo >= 0:  # positive values never get a negative axis
            yaxis["range"][0] = max(0.0, lo - pad)
        if lo >= 0 and ind.get("measure", "level") in ("level", "cumulative") and is_count_unit(ind.get("unit")):
            yaxis["range"] = [0.0, hi + hi * 0.08]  # people, money, firms: counted from zero
    else:
        lo, hi = min(0.0, min(values)), max(0.0, max(values))
        yaxis["range"] = [lo * 1.25, hi * 1.25 or 1]
    return yaxis, axis_unit


def _unit_annotation(text: str) -> dict:
    """The unit reads horizontally above the value axis; a rotated 个 or 家 is hard to read."""
    return {"text": text, "xref": "paper", "yref": "paper", "x": 0, "y": 1, "xanchor": "left", "yanchor": "bottom",
            "xshift": 6 - MARGIN["l"], "yshift": 6, "showarrow": False, "font": _SMALL_GREY, "name": "unit"}


def _reference_shapes(refs: list[dict]) -> list[dict]:
    """A standard or catalogue target across the plot; a plan target as a short dashed mark at its year."""
    return [{"type": "line", "xref": "paper", "x0": 0, "x1": 1, "yref": "y", "y0": r["value"], "y1": r["value"],
             "line": {"color": REFERENCE_COLOR, "width": 1.5, "dash": "dash" if r.get("kind") != "target" else "dot"},
             "layer": "below", "name": f"reference-{r.get('kind', 'standard')}"}
            if r.get("kind") != "plan" else
            {"type": "line", "xref": "x", "x0": r["year"] - TARGET_HALF_WIDTH, "x1": r["year"] + TARGET_HALF_WIDTH,
             "yref": "y", "y0": r["value"], "y1": r["value"], "line": {"color": _target_color(r), "width": 2.5, "dash": "dash"},
             "layer": "above", "name": "target"}
            for r in refs]


def wrap(text: str, size: float, width: float) -> tuple[str, int]:
    """Text broken with <br> so no line is wider than width (at size px): at spaces, after 、 and ·, or
    anywhere in a run of CJK characters. Returns the text and its number of lines."""
    if text_width(text, size) <= width:
        return text, 1
    tokens = re.findall(r"<[^>]+>|[\u2e80-\uffff]|[^\s<\u2e80-\uffff]+\s*|\s+", text)
    lines, line = [], ""
    for token in tokens:
        if token.startswith("<"):
            line += token
            continue
        if line and text_width(line + token.rstrip(), size) > width:
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line += token
    lines.append(line)
    return "<br>".join(lines), len(lines)


def legend_rows(names: list[str], width: float = MIN_PLOT_WIDTH_PX * 0.9) -> int:
    """How many rows a horizontal legend takes in the smallest plot the figure is drawn in."""
    rows, used = 0, width
    for entry in names:
        need = 50 + text_width(entry) * 1.1  # symbol, gap and text, erring wide
        if used + need > width:
            rows, used = rows + 1, 0.0
        used += need
    return rows


def _layout(spec: ChartSpec, ind: dict, rows: pd.DataFrame, xaxis: dict, yaxis: dict, axis_unit: str,
            refs: list[dict], side_items: list[dict], legend_names: list[str] = (), right: int = MARGIN["r"],
            legend_width: float = MIN_PLOT_WIDTH_PX) -> dict:
    """From the plot's top upwards: the legend, the unit, then title and subtitle, each in its own band
    (pixel offsets, so an export that zooms the layout keeps them apart)."""
    y0, y1 = _year_span(rows, spec)
    annotations = _footer(rows, spec.lang, y1)
    legend_px = LEGEND_ROW_PX * legend_rows(list(legend_names), legend_width) if legend_names else 0
    bottom = MARGIN["b"] + (22 if any(a.get("yshift") == -96 for a in annotations) else 0)  # a line of its own
    title = _title(spec, ind, y0, y1)
    # Long titles (English above all) wrap instead of running out of the card; each extra line takes room.
    room = MIN_PLOT_WIDTH_PX + MARGIN["l"] + right - 20
    title["text"], title_lines = wrap(title["text"], 18, room)
    title["subtitle"]["text"], sub_lines = wrap(title["subtitle"]["text"], 13, room)
    extra = (title_lines - 1) * 24 + (sub_lines - 1) * 18
    title.update({"yref": "paper", "y": 1, "yanchor": "bottom", "pad": {"b": legend_px + 24 + SUBTITLE_PX + extra}})
    top = legend_px + 84 + SUBTITLE_PX + extra
    shortest = _plot_height()
    if not rows.empty:
        if yaxis.get("range") and yaxis["range"][0] > 0:  # an axis that does not start at zero says so
            axis_unit = f"{axis_unit} · {t('chart.axis_not_zero', spec.lang)}" if axis_unit else t("chart.axis_not_zero", spec.lang)
        annotations.append({**_unit_annotation(axis_unit), "yshift": legend_px + 4})
        # The shortest plot this figure is drawn in: the page, the 16:9 export or a deck slide (no title).
        # An export may add a line under the plot (the qualifier marks' meaning, images.export_figure).
        low = bottom + EXPORT_NOTE_PX
        shortest = max(min(_plot_height(), EXPORT_HEIGHT - top - low, DECK_HEIGHT - (legend_px + 34) - low), 60) - 4
        annotations += _side_labels(side_items, yaxis, shortest)
        annotations += _inside_target_labels(refs, ind, spec.lang, xaxis, yaxis,
                                             (MIN_PLOT_WIDTH_PX - (right - MARGIN["r"]), shortest))
    if "range" in xaxis:  # year labels side by side, never rotated or overprinted: every 1, 2, 5 or 10 years
        per_year = (MIN_PLOT_WIDTH_PX - (right - MARGIN["r"])) / max(xaxis["range"][1] - xaxis["range"][0], 1)
        xaxis = {**xaxis, "tickangle": 0,
                 "dtick": next((d for d in (1, 2, 5, 10, 20) if d * per_year >= YEAR_LABEL_PX), 50)}
    return dict(
        LAYOUT_BASE, title=title,
        font={"family": FONT_FAMILY, "size": 13, "color": "#222"},
        height=_plot_height() + top + bottom, barmode="group", bargap=0.25,
        margin={**MARGIN, "t": top, "r": right, "b": bottom},
        legend={"orientation": "h", "x": 1, "y": 1.0, "xanchor": "right", "yanchor": "bottom", "font": {"size": 13},
                "entrywidthmode": "pixels"},
        showlegend=True, hovermode="closest", annotations=annotations, xaxis=xaxis, yaxis=yaxis,
        shapes=_reference_shapes(refs) if not rows.empty else [],
        separators=".,", hoverlabel={"font": {"family": FONT_FAMILY}},
        meta={"indicator": ind["id"], "regions": list(spec.regions), "from": spec.year_from, "to": spec.year_to,
              "lang": spec.lang, "references": [r["value"] for r in refs],
              "label_plot_px": shortest, "file": spec.download_name},
    )


def graph_config(spec: ChartSpec) -> dict:
    """dcc.Graph config: the modebar PNG at print resolution. The same for every view in one language: plotly 3
    rebuilds a plot from scratch (`newPlot`, then `react` again) when its config differs, so a file name in the
    config that changed with the years made every filter change redraw each chart twice (docs/performance.md §10.1).
    The PNG's name (what it shows: indicator, regions, years) travels in the figure's `layout.meta.file`, and
    assets/export_menu.js hands it to plotly (`gd.fn`, its name when the config gives none) on a modebar click."""
    return {
        "displaylogo": False,
        "showSendToCloud": False,
        "showEditInChartStudio": False,
        "locale": "en" if spec.lang == "en" else "zh-CN",
        "responsive": True,
        "modeBarButtonsToRemove": ["sendDataToCloud", "lasso2d", "select2d", "autoScale2d"],
        "toImageButtonOptions": {"format": "png", "scale": 2},
    }


# ---- small figures: the KPI sparkline -----------------------------------------------------------

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
