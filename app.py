"""The Dash app: the shell (URL, navbar, page language), the page container, /health and /export.

Run with `make run` (gunicorn, debug off) or `python app.py` for development. The data file
is data/indicators.parquet unless JJJ_DATA names another; a missing or broken file shows a
message on every page and makes /health answer 503, instead of failing the worker.
Pages (pages/) register themselves and their callbacks; components/ holds what they share.
"""
from __future__ import annotations

import logging
import os

import dash
from dash import Dash, dcc, html
from flask import jsonify

from components.core import store
from components.core.i18n import t
from components.export.routes import add_export_route
from components.ui.briefing import background_manager
from components.ui.navbar import shell_navbar

logging.basicConfig(level=os.environ.get("JJJ_LOG_LEVEL", "WARNING"))  # errors of pages and callbacks
store.init()

app = Dash(
    __name__,
    use_pages=True,
    serve_locally=True,  # offline: Dash's own scripts from the package, Bootstrap and plotly.js from assets/
    compress=True,
    background_callback_manager=background_manager(),  # the briefing pack runs as a background job
    suppress_callback_exceptions=True,
    title=t("app.title"),
    update_title=None,
    meta_tags=[{"name": "viewport", "content": "width=device-width, initial-scale=1"}],
)
server = app.server

app.layout = html.Div([
    dcc.Location(id="url", refresh=False),
    shell_navbar(),
    html.Div(dash.page_container, className="container-fluid page-container"),
], className="shell")


@server.route("/health")
def health():
    problem = store.error()
    if problem:
        return jsonify({"status": "error", "message": problem, "file": str(store.data_path())}), 503
    table = store.table()
    return jsonify({"status": "ok", "file": str(table.path), "rows": int(len(table.df)),
                    "indicators": len(table.indicators)})


add_export_route(server)

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", 8050)), debug=False)
