"""The 导出 / Export menu in each chart card's header (issue #4).

The card owns dcc.Store(id={"type": "chart-spec", "key": key}) describing what it draws; the menu
renders that spec server-side (components/export_images.py) and hands the file to dcc.Download,
so a PNG, SVG or PDF is the same chart the card shows, with its context inside the image.
"""
from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import ALL, MATCH, Input, Output, State, callback, ctx, dcc, html, no_update

from components.export_images import (INSTALL_HINT, SLIDE_SIZES, ChartSpec, ExportRequestError, ExportUnavailable,
                                      browser_path, chart_image, file_stem)

# Menu choice -> (label, format, slide shape). Labels are language-neutral on purpose: the menu is
# built before the card knows the page language. Slides are 16:9 or 4:3; PNGs are at 2×.
CHOICES = {
    "png": ("PNG · 16:9 · 2×", "png", "16:9"),
    "png43": ("PNG · 4:3 · 2×", "png", "4:3"),
    "svg": ("SVG · 16:9", "svg", "16:9"),
    "pdf": ("PDF · 16:9", "pdf", "16:9"),
}
FORMAT_LABELS = {choice: label for choice, (label, _fmt, _shape) in CHOICES.items()}


def export_menu(key: str):
    """Card-header control. Without a browser on the server the menu says how to install one."""
    ready = browser_path() is not None
    items = [dbc.DropdownMenuItem(INSTALL_HINT, header=True, className="text-wrap small")] if not ready else []
    items += [dbc.DropdownMenuItem(label, id={"type": "export-item", "key": key, "fmt": fmt}, disabled=not ready)
              for fmt, label in FORMAT_LABELS.items()]
    return html.Div(
        [
            dbc.DropdownMenu(items, label="导出 / Export", size="sm", color="light", align_end=True,
                             id={"type": "export-menu", "key": key}),
            dcc.Download(id={"type": "export-download", "key": key}),
            html.Div(id={"type": "export-message", "key": key}, className="small text-danger"),
        ],
        className="export-menu d-inline-block",
    )


@callback(
    Output({"type": "export-download", "key": MATCH}, "data"),
    Output({"type": "export-message", "key": MATCH}, "children"),
    Input({"type": "export-item", "key": MATCH, "fmt": ALL}, "n_clicks"),
    State({"type": "chart-spec", "key": MATCH}, "data"),
    prevent_initial_call=True,
)
def _export(clicks, spec_data):
    if not any(clicks) or not spec_data or not isinstance(ctx.triggered_id, dict):
        return no_update, no_update
    _label, fmt, shape = CHOICES[ctx.triggered_id["fmt"]]
    width, height = SLIDE_SIZES[shape]
    try:
        spec = ChartSpec.from_store(spec_data)
        data = chart_image(spec, fmt, width=width, height=height)
    except (ExportUnavailable, ExportRequestError) as err:
        return no_update, str(err)
    suffix = "" if shape == "16:9" else "_" + shape.replace(":", "x")
    return dcc.send_bytes(data, f"{file_stem(spec)}{suffix}.{fmt}"), ""
