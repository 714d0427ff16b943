"""The page Dash Pages shows for any path no page claims."""
from __future__ import annotations

import dash
from dash import dcc, html

from components.cards import message
from components.i18n import t
from components.url_state import href, parse

dash.register_page(__name__, path="/404", name="404", title="页面不存在 · 京津冀协同发展指标看板")


def layout(**query):
    state = parse(query)
    return html.Div(message(t("error.not_found", state.lang), t("error.not_found_body", state.lang),
                            links=[dcc.Link(t("error.back_home", state.lang), href=href("/", state))]),
                    className="page page-404", id="not-found")
