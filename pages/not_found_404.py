"""The page Dash Pages shows for any path no page claims."""
from __future__ import annotations

import dash
from dash import dcc, html

from components.core.i18n import page_title, t
from components.core.url_state import href, parse
from components.ui.page_guard import MAIN_ID, message

dash.register_page(__name__, path="/404", name="404", title=page_title("nav.not_found"))


def layout(**query):
    state = parse(query)
    return html.Main(html.Div(message(t("error.not_found", state.lang), t("error.not_found_body", state.lang),
                                      links=[dcc.Link(t("error.back_home", state.lang), href=href("/", state))]),
                              id="not-found"), className="page page-404", id=MAIN_ID)
