"""The building blocks of every page: a chart card (a chart, or a fact card for a thin indicator),
a KPI card, and the page header with its briefing button.

A chart card always carries the pair the export relies on: the graph and a store with its
ChartSpec (ids.CHART_GRAPH and ids.CHART_SPEC with the same page and key), kept equal to what
is drawn. An indicator with fewer than three years in the current view is shown as its figures
(value, year, qualifier, quote, source) instead of a 460-pixel chart with one dot; the graph stays
in the card, hidden, so a filter change can turn the card back into a chart.
"""
from __future__ import annotations

import logging

import dash_bootstrap_components as dbc
from dash import ALL, MATCH, Input, Output, State, callback, ctx, dcc, html, no_update

from components.core import store
from components.core.figures import (
    FIGURE_HEIGHT,
    alt_text,
    figure,
    graph_config,
    number_text,
    plan_targets,
    references,
    sparkline,
    target_label,
    text_color,
)
from components.core.formatting import period_label, row_label, text_or_empty
from components.core.i18n import labelled, name, qualifier_word, t, year_label
from components.core.spec import ChartSpec
from components.core.url_state import ViewState, href
from components.ui import ids
from components.ui.briefing import briefing_button
from components.ui.export_menu import export_menu, links_data
from components.ui.filters import filter_states

log = logging.getLogger(__name__)

# Cards of a page drawn with it; the others wait until the reader scrolls near them.
DRAWN_WITH_PAGE = 4

# What a hidden graph holds while its card shows figures: nothing to draw, a few bytes on the wire.
EMPTY_FIGURE = {"data": [], "layout": {"height": 10}}


def page_header(title: str, lead: str, page_key: str, lang: str, style: dict | None = None):
    """Title and lead on the left, the briefing pack on the right: the pages that show several charts."""
    return dbc.Row([
        dbc.Col([html.H1(title, className="page-title", style=style), html.P(lead, className="page-lead")], md=8),
        dbc.Col(briefing_button(page_key, title, lang), md=4, className="text-md-end"),
    ], className="align-items-start")


def _alt(spec: ChartSpec) -> str:
    """What a screen reader hears instead of the chart; a fact card is already text."""
    return "" if spec.is_thin else alt_text(spec)


def _body_class(spec: ChartSpec) -> str:
    return "chart-body is-fact" if spec.is_thin else "chart-body"


def _drawn(spec: ChartSpec) -> tuple[dict, dict]:
    """(figure, config) of the card's graph: the chart, or nothing while the card shows figures."""
    return (EMPTY_FIGURE if spec.is_thin else figure(spec)), graph_config(spec)


def chart_card(page: str, key: str, spec: ChartSpec, state: ViewState, link: bool = True, later: bool = False):
    """The card of one indicator under the page's view; `page` and `key` make its ids.

    `later`: the card holds a placeholder of the chart's height until the reader scrolls near it
    (assets/lazy_charts.js), and the page's `draw_later` callback fills it; a page of 30 charts then
    costs its first screen, not 30 plotly plots. Its title, export menu and spec are there from the start."""
    lang = spec.lang
    ind = store.indicator(spec.indicator)
    header = [
        dcc.Link(name(ind, lang), href=href(f"/indicator/{spec.indicator}", state), className="chart-card-title")
        if link else html.Span(name(ind, lang), className="chart-card-title"),
        export_menu(spec, extra_class="chart-card-tools"),
    ]
    # The slot is the card's body itself, and the export menu its own tools box: every Dash component costs the
    # renderer a store update that every other component of the page checks when it mounts (docs/performance.md §10).
    slot = html.Div(placeholder(page, key, name(ind, lang), lang) if later else card_body(page, key, spec),
                    id=ids.chart(ids.CHART_SLOT, page, key), className="card-body chart-card-body")
    # Bootstrap's card, column and row as plain elements with its classes: the same markup as dbc's, without
    # a React component of its own for each (a page holds 22-33 cards; docs/performance.md §7).
    return html.Div([card_toggle(key, name(ind, lang), lang),
                     html.Div(header, className="card-header chart-card-header", id=f"card-{key}-head"),
                     slot, dcc.Store(id=ids.chart(ids.CHART_SPEC, page, key), data=spec.to_data())],
                    className="card chart-card mb-4", id=f"card-{key}")


def card_columns(page: str, specs: list[ChartSpec], state: ViewState) -> list:
    """A page of cards, two to a row on a wide screen; the first DRAWN_WITH_PAGE are drawn with the page
    (a first screen even on a tall monitor), the rest when scrolled near."""
    return [html.Div(chart_card(page, spec.indicator, spec, state, later=i >= DRAWN_WITH_PAGE), className="col-12 col-xxl-6")
            for i, spec in enumerate(specs)]


def card_body(page: str, key: str, spec: ChartSpec):
    """What a drawn card shows: the chart (or its figures) and the chart's text alternative."""
    fig, config = _drawn(spec)
    return html.Div([
        html.P(_alt(spec), id=ids.chart(ids.CHART_ALT, page, key), className="visually-hidden"),
        dcc.Graph(id=ids.chart(ids.CHART_GRAPH, page, key), figure=fig, config=config, className="chart-graph"),
        html.Div(facts(spec), id=ids.chart(ids.CHART_FACTS, page, key), className="chart-facts"),
    ], id=ids.chart(ids.CHART_BODY, page, key), className=_body_class(spec))


def placeholder(page: str, key: str, title: str, lang: str):
    """A chart card not drawn yet: the chart's height, so nothing jumps when it is drawn."""
    return drawn_later(ids.chart(ids.CHART_DRAW, page, key), t("chart.drawing", lang, title=title), FIGURE_HEIGHT)


def drawn_later(button_id, text: str, height: int):
    """What stands in for something drawn when the reader scrolls near it: its height and a quiet line, in one
    element (`button_id`) whose clicks assets/lazy_charts.js makes (its n_clicks draws it); not a Tab stop.
    One component, not three: a region page holds ~50 of them (docs/performance.md §9)."""
    return html.Div(text, id=button_id, className="chart-placeholder chart-drawing text-muted small",
                    style={"minHeight": f"{height}px"})


def draw_later_callback(page: str) -> None:
    """Register the page's callback that draws a `later` card under the page's current filter."""
    @callback(Output(ids.chart(ids.CHART_SLOT, page, MATCH), "children"),
              Input(ids.chart(ids.CHART_DRAW, page, MATCH), "n_clicks"),
              State(ids.chart(ids.CHART_SPEC, page, MATCH), "data"), *filter_states(page), prevent_initial_call=True)
    def draw_later(_clicks, data, regions, years):
        return draw_card(page, ctx.outputs_list["id"]["key"], data, regions, years)


def draw_card(page: str, key: str, data, regions, years):
    """A `later` card's body under the page's filter; a spec or filter the server cannot read (a tampered
    request) gets a one-line message in the card, never an error for the whole page."""
    try:
        year_from, year_to = years or (None, None)
        return card_body(page, key, ChartSpec.for_filter(data, regions, year_from, year_to))
    except Exception:
        log.exception("drawing card %s failed", key)
        lang = data.get("lang", "zh") if isinstance(data, dict) else "zh"
        return html.P(t("chart.draw_failed", lang), className="text-danger small")


def card_toggle(key: str, title: str, lang: str):
    """The card's one Tab stop: a keyboard reader passes a page of cards one card at a time, and Enter opens
    the card's own controls (title link, export menu, source links) to Tab through. assets/a11y.js keeps
    those out of the Tab order while aria-expanded is false and closes the card when focus leaves it;
    a mouse reaches them as before."""
    return html.Button(t("a11y.card_open", lang, title=title), type="button", className="chart-card-open",
                       **{"aria-expanded": "false", "aria-controls": f"card-{key}-head"})


def _fact(row, ind: dict, lang: str):
    region = store.table().regions.get(row["region"], {"id": row["region"]})
    when = [year_label(row["year"], lang)]
    period = period_label(row["year"], row["period_start"], row["base_year"], row["measure"], lang)
    if period:
        when.append(period)
    if row["qualifier"] != "exact":
        raw = text_or_empty(row.get("raw"))
        when.append(qualifier_word(row["qualifier"], lang) + (f" · {raw}" if raw else ""))
    if row.get("derived"):
        when.append(t("chart.derived", lang))
    source, url, quote, published = (text_or_empty(row.get(k)) for k in ("source_title", "source_url", "quote", "source_date"))
    source_line = html.A(source, href=url, target="_blank") if url else source
    return html.Li([
        html.Div([html.Span(name(region, lang), className="fact-region", style={"color": text_color(region.get("color"))}),
                  html.Span(row_label(row, int(ind.get("decimals", 1)), lang), className="fact-value")]),
        html.Div(" · ".join(when), className="fact-meta"),
        html.Blockquote(labelled(t("fact.quote", lang), quote, lang), className="fact-quote") if quote else None,
        html.Div([f"{t('chart.source', lang)}: ", source_line, f" · {published}" if published else ""],
                 className="fact-source"),
    ], className="fact")


def facts(spec: ChartSpec):
    """The figures of a thin indicator, one per drawn point; nothing for a card that shows its chart."""
    if not spec.is_thin:
        return None
    ind = store.indicator(spec.indicator)
    rows = store.series(spec.indicator, list(spec.regions), spec.year_from, spec.year_to)
    if rows.empty:
        return html.P(t("chart.no_data", spec.lang), className="text-muted")
    items = [_fact(row, ind, spec.lang) for row in rows.sort_values(["year", "region"]).to_dict("records")]
    return [html.P(t("fact.few_years", spec.lang, n=len(spec.years)), className="fact-note text-muted small"),
            html.Ul(items, className="fact-list")]


def card_outputs(page: str) -> list:
    """What a page's redraw callback writes: each card's figure, config, spec, facts, body class and text alternative,
    and the export links of every card (one page-level holder, components/ui/export_menu.py)."""
    return [Output(ids.chart(ids.CHART_GRAPH, page, ALL), "figure"), Output(ids.chart(ids.CHART_GRAPH, page, ALL), "config"),
            Output(ids.chart(ids.CHART_SPEC, page, ALL), "data"), Output(ids.chart(ids.CHART_FACTS, page, ALL), "children"),
            Output(ids.chart(ids.CHART_BODY, page, ALL), "className"), Output(ids.chart(ids.CHART_ALT, page, ALL), "children"),
            Output(ids.page_filter(ids.EXPORT_LINKS, page), "data-links")]


def card_specs(page: str) -> State:
    """What a page's redraw callback reads: the spec of every card on the page."""
    return State(ids.chart(ids.CHART_SPEC, page, ALL), "data")


def redraw_cards(spec_data: list[dict], regions, years, shown: list[bool] | None = None) -> tuple[list, ...]:
    """Every card of a page under a new filter: each card's spec, all cards' export links (`links_data`, one JSON
    string), and for the cards drawn so far (`shown`, one flag per card, None for all) their figure, config,
    facts, body class and text alternative.

    One request redraws the page, from the same factory the export uses; a card not drawn yet only takes
    the new spec and is drawn under it when scrolled near. A card that fails keeps what it shows (and the
    failure is logged) rather than blanking the page.
    """
    year_from, year_to = years or (None, None)
    figures, configs, specs, fact_lists, classes, alts, resolved = [], [], [], [], [], [], []
    for i, data in enumerate(spec_data):
        drawn = shown is None or shown[i]
        try:
            spec = ChartSpec.for_filter(data, regions, year_from, year_to)
            specs.append(spec.to_data())
            resolved.append(spec)
            if drawn:
                parts = (*_drawn(spec), facts(spec), _body_class(spec), _alt(spec))
        except Exception:
            log.exception("redrawing %s failed", data.get("indicator") if data else data)
            specs.append(no_update)
            parts = (no_update,) * 5
        if drawn:
            for column, part in zip((figures, configs, fact_lists, classes, alts), parts, strict=True):
                column.append(part)
    return figures, configs, specs, fact_lists, classes, alts, links_data(resolved)


def redraw_page(spec_data: list[dict], regions, years) -> tuple[list, ...]:
    """A page's redraw callback: `redraw_cards` for the cards in the request, telling drawn cards (their
    graph is among the callback's first outputs) from those still waiting to be scrolled near. Called
    outside a request (tests, benchmarks), every card counts as drawn."""
    outputs, states = ctx.outputs_list, ctx.states_list
    if not outputs or not states:
        return redraw_cards(spec_data, regions, years)
    drawn = {output["id"]["key"] for output in outputs[0]}
    return redraw_cards(spec_data, regions, years, [state["id"]["key"] in drawn for state in states[0]])


def _change_line(info: dict, lang: str, ind: dict | None = None) -> str:
    latest, previous = info["latest"], info["previous"]
    if previous is None or previous["value"] in (0, None):
        return t("kpi.no_prev", lang)
    ind = ind or {}
    delta = float(latest["value"]) - float(previous["value"])
    arrow = "▲" if delta > 0 else ("▼" if delta < 0 else "■")
    vs = t("kpi.vs_prev", lang, year=int(previous["year"]))
    if latest["unit"] == "%":
        amount = t("kpi.points", lang, delta=f"{delta:+.1f}")
    else:
        amount = f"{delta / abs(float(previous['value'])) * 100:+.1f}%"
    verdict = _verdict(info, ind)
    return f"{vs} {arrow} {amount}" + (f" · {t('kpi.' + verdict, lang)}" if verdict else "")


def _verdict(info: dict, ind: dict) -> str | None:
    """"good" when the change goes the way the catalogue's `direction` calls good (down for PM2.5),
    "bad" when not, None for a neutral indicator, no change or nothing to compare with."""
    latest, previous = info["latest"], info["previous"]
    direction = ind.get("direction")
    if previous is None or direction not in ("up", "down") or float(latest["value"]) == float(previous["value"]):
        return None
    went_up = float(latest["value"]) > float(previous["value"])
    return "good" if went_up == (direction == "up") else "bad"


def _change_class(info: dict, ind: dict) -> str:
    """Green when the change goes the way the catalogue's `direction` calls good, red when not
    (the line says so in words too: colour alone does not carry meaning)."""
    verdict = _verdict(info, ind)
    return "kpi-change" + (f" kpi-{verdict}" if verdict else "")


def kpi_card(indicator_id: str, region_id: str, state: ViewState):
    """Latest value with year and qualifier, its change, and a sparkline; the whole card opens the indicator."""
    lang = state.lang
    info = store.kpi(indicator_id, region_id)
    if info is None:
        return None
    ind = store.indicator(indicator_id)
    latest = info["latest"]
    meta = [year_label(latest["year"], lang)]
    period = period_label(latest["year"], latest["period_start"], latest["base_year"], latest["measure"], lang)
    if period:
        meta.append(period)
    if latest["qualifier"] != "exact":
        meta.append(qualifier_word(latest["qualifier"], lang))
    if latest["derived"]:
        meta.append(t("chart.derived", lang))
    region = store.region(region_id)
    # The card and its body as one plain element with Bootstrap's classes (`card card-body`): the same look, one
    # Dash component instead of two dash-bootstrap-components (a page load mounts every one, docs/performance.md §10).
    body = html.Div([
        html.Div(name(ind, lang), className="kpi-name"),
        html.Div(name(region, lang), className="kpi-region", style={"color": text_color(region.get("color"))}),
        html.Div(row_label(latest, int(ind.get("decimals", 1)), lang), className="kpi-value"),
        html.Div(" · ".join(meta), className="kpi-meta"),
        html.Div(_change_line(info, lang, ind), className=_change_class(info, ind)),
        html.Img(src=sparkline(indicator_id, region_id), className="kpi-spark", alt=""),
    ], className="card card-body kpi-card h-100")
    return dcc.Link(body, href=href(f"/indicator/{indicator_id}", state),
                    className="kpi-link", id=f"kpi-{indicator_id}-{region_id}")


def reference_progress(spec: ChartSpec):
    """Where each drawn region stands against the indicator's standards and plan targets (the indicator
    page): met or not, by how much, and for a plan target whether the latest change heads towards it.
    None when the indicator has neither."""
    ind = store.indicator(spec.indicator)
    rows = store.series(spec.indicator, list(spec.regions), spec.year_from, spec.year_to)
    items = _standard_items(ind, spec, rows) + _target_items(ind, spec)
    if not items:
        return None
    return html.Section([html.H2(t("ref.title", spec.lang), className="section-title"),
                         html.Ul(items, className="reference-progress")], id="indicator-references")


def _region_span(region_id: str, lang: str):
    region = store.table().regions.get(region_id, {"id": region_id})
    return html.Span(name(region, lang), className="fact-region", style={"color": text_color(region.get("color"))})


def _standard_items(ind: dict, spec: ChartSpec, rows) -> list:
    """The catalogue's standards and targets (a line across the chart), met or not by `direction`."""
    refs = references(ind, spec)
    direction = ind.get("direction")
    if not refs or direction not in ("up", "down") or rows.empty:
        return []
    lang, decimals = spec.lang, int(ind.get("decimals", 1))
    items = []
    for ref in refs:
        regions = [r for r in spec.regions if not ref.get("regions") or r in ref["regions"]]
        label = (ref.get("label_en") if lang == "en" else ref.get("label_zh")) or t("chart.reference_standard", lang)
        for region_id in regions:
            mine = rows[rows["region"] == region_id]
            if mine.empty:
                continue
            latest = mine.sort_values("year").iloc[-1]
            value, gap = float(latest["value"]), float(latest["value"]) - ref["value"]
            met = gap <= 0 if direction == "down" else gap >= 0
            verdict = t("ref.met", lang) if met else t("ref.not_met", lang, gap=number_text(abs(gap), decimals))
            items.append(html.Li([
                _region_span(region_id, lang),
                f"{year_label(latest['year'], lang)} {number_text(value, decimals)} · {label} "
                f"{number_text(ref['value'], decimals)}" + (f" ({int(ref['year'])})" if ref.get("year") else "") + " · ",
                html.Span(verdict, className="kpi-good" if met else "kpi-bad"),
            ]))
    return items


def target_progress(target: dict, ind: dict, info: dict) -> tuple[str, float, str | None, object]:
    """("met" | "open" | "missed", gap to the target, KPI verdict of the latest change towards it, the row
    judged).

    A target whose year has a value is judged on that year's value (met or missed, nothing to track); a later
    one on the latest value. The target's comparator says which way is good (≤ 30: down); an "about" target
    falls back to the catalogue's direction. The verdict is the KPI cards' good/bad (`_verdict`), so "on
    track" means the latest change went the good way."""
    direction = {"le": "down", "ge": "up"}.get(target.get("comparator")) or ind.get("direction")
    latest, history = info["latest"], info["history"]
    due = history[(history["year"] == int(target["target_year"])) & (history["derived"] == latest["derived"])]
    row = due.iloc[-1] if not due.empty else latest
    gap = float(row["value"]) - float(target["value"])
    met = gap <= 0 if direction == "down" else (gap >= 0 if direction == "up" else abs(gap) < 1e-9)
    if met:
        return "met", gap, None, row
    if not due.empty:
        return "missed", gap, None, row
    return "open", gap, _verdict(info, {"direction": direction}), row


def _progress_class(state: str, verdict: str | None) -> str:
    """Green when met or heading there, red when moving away; no colour when there is no change to judge."""
    if state == "met" or verdict == "good":
        return "kpi-good"
    return "kpi-bad" if verdict == "bad" or state == "missed" else ""


def _target_items(ind: dict, spec: ChartSpec) -> list:
    """Each plan target in view: the region's latest value, the target, the gap, and on track or not."""
    lang, decimals = spec.lang, int(ind.get("decimals", 1))
    items = []
    for target in plan_targets(spec, drawn=False):
        info = store.kpi(spec.indicator, target["region"])
        if info is None:
            continue
        state, gap, verdict, latest = target_progress(target, ind, info)
        words = [t("ref.met", lang) if state == "met" else
                 t("target.missed" if state == "missed" else "target.gap", lang, gap=number_text(abs(gap), decimals))]
        if verdict:
            words.append(t("target.on_track" if verdict == "good" else "target.off_track", lang))
        source = " · ".join(p for p in (target.get("publisher"), target.get("source_title")) if p)
        items.append(html.Li([
            _region_span(target["region"], lang),
            f"{year_label(latest['year'], lang)} {number_text(float(latest['value']), decimals)} · "
            f"{target_label(target, ind, lang)} · ",
            html.Span(" · ".join(words), className=_progress_class(state, verdict)),
            html.Div([f"{t('target.source', lang)}: ",
                      html.A(source, href=target["url"], target="_blank") if target.get("url") else source],
                     className="fact-source") if source else None,
        ], className="target-progress"))
    return items
