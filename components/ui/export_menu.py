"""The 导出 / Export menu in each chart card's header: a native disclosure (<details>) of plain links to /export.

Each link is the card's current ChartSpec as an /export URL (components/export/routes.py `export_url`) with the
file name the page language gives it, so a PNG, SVG or PDF is the same chart the card shows, with its context
inside the image (title, unit, source line, date), through the same render cache and bounded queue as any
/export request. The menu costs the page no React widget, no dcc.Download and no callback: a page of 33 cards
carried 33 react-bootstrap dropdowns, 33 downloads and 231 pattern-matching ids before (docs/performance.md §7).
A filter change writes every card's new links into one page-level holder (`links_data`, ids.EXPORT_LINKS in the
filter bar: one property for the page, not one per card, which cost a redraw ~30 %); assets/export_menu.js puts a
card's links into its menu when the menu is opened or a link clicked, fetches the file so that a busy or failed
export says so in the card, and closes the menu on Escape or a click elsewhere.
"""
from __future__ import annotations

import json

from dash import html

from components.core.i18n import t
from components.core.spec import ChartSpec
from components.export.images import INSTALL_HINT, SLIDE_SIZES, browser_path
from components.export.routes import export_url

EXPORT_LIST = "export-list"  # the menu's list: assets/export_menu.js makes it (with these classes) when it fills the menu
# Menu choice -> (label, format, slide shape). Slides are 16:9 or 4:3; PNGs are at 2×.
CHOICES = {
    "png": ("PNG · 16:9 · 2×", "png", "16:9"),
    "png43": ("PNG · 4:3 · 2×", "png", "4:3"),
    "svg": ("SVG · 16:9", "svg", "16:9"),
    "pdf": ("PDF · 16:9", "pdf", "16:9"),
}


def file_name(spec: ChartSpec, choice: str) -> str:
    """What the saved file is called: 地区生产总值_北京-天津_2013-2024.png, …_4x3.png for the 4:3 slide."""
    _label, fmt, shape = CHOICES[choice]
    suffix = "" if shape == "16:9" else "_" + shape.replace(":", "x")
    return f"{spec.download_name}{suffix}.{fmt}"


def _choice_links(spec: ChartSpec) -> list[tuple[str, str, str]]:
    """(label, /export URL, file name) of each menu choice for one spec, in the order of CHOICES."""
    return [(label, export_url(spec, fmt, *SLIDE_SIZES[shape]), file_name(spec, choice))
            for choice, (label, fmt, shape) in CHOICES.items()]


def links_data(specs: list[ChartSpec | None]) -> str:
    """Every card's links for the page-level holder: {indicator: [href, file name, href, file name, …]} in the
    order of CHOICES, as JSON (a data attribute); a card whose spec failed (None) keeps the links it has."""
    return json.dumps({spec.indicator: [part for _label, href, name in _choice_links(spec) for part in (href, name)]
                       for spec in specs if spec is not None}, ensure_ascii=False, separators=(",", ":"))


def export_links(spec: ChartSpec, ready: bool | None = None) -> list:
    """The menu's items for one spec: a link per format, or (no browser on the server) how to install one."""
    if ready is None:
        ready = browser_path() is not None
    if not ready:
        return [html.Div(INSTALL_HINT, className="dropdown-header text-wrap small")] + [
            html.Span(label, className="dropdown-item disabled", **{"aria-disabled": "true"})
            for label, _fmt, _shape in CHOICES.values()]
    return [html.A(label, href=href, download=name, className="dropdown-item export-link")
            for label, href, name in _choice_links(spec)]


def menu_links(spec: ChartSpec) -> str:
    """The menu's links as one JSON data attribute: [[label, /export URL, file name], …] in the order of CHOICES."""
    return json.dumps([list(link) for link in _choice_links(spec)], ensure_ascii=False, separators=(",", ":"))


def export_menu(spec: ChartSpec, ready: bool | None = None, extra_class: str = ""):
    """Card-header control: a summary button and, when open, the links of the card's spec.

    The links travel as one attribute of the menu (`data-links`, `menu_links`) that assets/export_menu.js turns
    into its <a> items, in a list it adds to the menu, the first time the menu opens: the same links, but a page
    of 53 cards carries 265 fewer Dash components for the renderer to mount on every load (docs/performance.md
    §9, §10). Without a browser on the server the menu says how to install one, as plain elements."""
    if ready is None:
        ready = browser_path() is not None
    links = {"data-links": menu_links(spec)} if ready else {}
    inside = [html.Summary(t("export.menu", spec.lang), className="btn btn-light btn-sm dropdown-toggle")]
    if not ready:
        inside.append(html.Div(export_links(spec, ready), className=f"dropdown-menu dropdown-menu-end show {EXPORT_LIST}"))
    return html.Div(
        [
            html.Details(inside, className="export-details", **{"data-indicator": spec.indicator}, **links),
            html.Div(className="export-message small text-danger", role="status"),
        ],
        className=f"export-menu d-inline-block {extra_class}".strip(), **{"data-busy": t("export.busy", spec.lang)},
    )
