"""The Dash app: shell (navbar, language, URL state), page container, /health and the export routes.

Run with `make run` (gunicorn, debug off) or `python app.py` for development. The data file
is data/indicators.parquet unless JJJ_DATA names another; a missing or broken file shows a
message on every page and makes /health answer 503, instead of failing the worker.
"""
from __future__ import annotations

import logging
import os

import dash
import dash_bootstrap_components as dbc
from dash import Dash, Input, Output, callback, dcc, html
from flask import jsonify

from components import store
from components.briefing import background_manager
from components.i18n import t
from components.navbar import navbar
from components.url_state import parse

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
    dcc.Store(id="shell-state"),
    dbc.Navbar(navbar("/", parse("")), id="shell-navbar", color="dark", dark=True, className="mb-3 shell-navbar"),
    html.Div(dash.page_container, className="container-fluid page-container"),
], className="shell")


@callback(Output("shell-navbar", "children"), Output("shell-state", "data"),
          Input("url", "pathname"), Input("url", "search"))
def follow_url(pathname, search):
    """The navbar's links and the shared state follow the URL, so the next page opens with the same choice."""
    state = parse(search or "")
    data = {"path": pathname, "regions": list(state.regions), "from": state.year_from, "to": state.year_to,
            "lang": state.lang}
    return navbar(pathname or "/", state), data


@server.route("/health")
def health():
    problem = store.error()
    if problem:
        return jsonify({"status": "error", "message": problem, "file": str(store.data_path())}), 503
    table = store.table()
    return jsonify({"status": "ok", "file": str(table.path), "rows": int(len(table.df)),
                    "indicators": len(table.indicators)})


from components.export_routes import register as register_export_routes  # noqa: E402  (issue #4)

register_export_routes(app)

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", 8050)), debug=False)
