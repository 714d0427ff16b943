"""The 导出 / Export menu in each chart card's header, and its callback.

The card owns the store with its ChartSpec (ids.CHART_SPEC, same page and key); the menu renders
that spec on the server and hands the file to dcc.Download, so a PNG, SVG or PDF is the same chart
the card shows, with its context inside the image. It goes through the same render cache and bounded
queue as /export (components/export/routes.py), so a click never holds a page thread longer than a URL
would, and a repeated image costs nothing.
"""
from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import ALL, MATCH, Input, Output, State, callback, ctx, dcc, html, no_update

from components.core.downloads import as_download
from components.core.i18n import t
from components.core.spec import ChartSpec
from components.export.images import INSTALL_HINT, SLIDE_SIZES, ExportRequestError, ExportUnavailable, browser_path
from components.export.routes import ExportBusy, queued_image
from components.ui import ids

# Menu choice -> (label, format, slide shape). Slides are 16:9 or 4:3; PNGs are at 2×.
CHOICES = {
    "png": ("PNG · 16:9 · 2×", "png", "16:9"),
    "png43": ("PNG · 4:3 · 2×", "png", "4:3"),
    "svg": ("SVG · 16:9", "svg", "16:9"),
    "pdf": ("PDF · 16:9", "pdf", "16:9"),
}


def export_menu(page: str, key: str, lang: str = "zh"):
    """Card-header control. Without a browser on the server the menu says how to install one."""
    ready = browser_path() is not None
    items = [dbc.DropdownMenuItem(INSTALL_HINT, header=True, className="text-wrap small")] if not ready else []
    items += [dbc.DropdownMenuItem(label, id=ids.export_item(page, key, choice), disabled=not ready)
              for choice, (label, _fmt, _shape) in CHOICES.items()]
    return html.Div(
        [
            dbc.DropdownMenu(items, label=t("export.menu", lang), size="sm", color="light", align_end=True,
                             id=ids.chart(ids.EXPORT_MENU, page, key)),
            dcc.Download(id=ids.chart(ids.EXPORT_DOWNLOAD, page, key)),
            html.Div(id=ids.chart(ids.EXPORT_MESSAGE, page, key), className="small text-danger"),
        ],
        className="export-menu d-inline-block",
    )


@callback(
    Output(ids.chart(ids.EXPORT_DOWNLOAD, MATCH, MATCH), "data"),
    Output(ids.chart(ids.EXPORT_MESSAGE, MATCH, MATCH), "children"),
    Input(ids.export_item(MATCH, MATCH, ALL), "n_clicks"),
    State(ids.chart(ids.CHART_SPEC, MATCH, MATCH), "data"),
    prevent_initial_call=True,
)
def export_chart(clicks, spec_data):
    if not any(clicks) or not spec_data or not isinstance(ctx.triggered_id, dict):
        return no_update, no_update
    _label, fmt, shape = CHOICES[ctx.triggered_id["fmt"]]
    width, height = SLIDE_SIZES[shape]
    try:
        spec = ChartSpec.from_data(spec_data)
        data = queued_image(spec, fmt, {"width": width, "height": height, "scale": 2.0})  # as /export parses it: one cache key
    except ExportBusy:
        return no_update, t("export.busy", spec.lang)
    except (ExportUnavailable, ExportRequestError) as err:
        return no_update, str(err)
    suffix = "" if shape == "16:9" else "_" + shape.replace(":", "x")
    return as_download(data, f"{spec.download_name}{suffix}.{fmt}"), ""
