"""The page in the first layout answer (app.py `page_container`, docs/performance.md §9): the layout request's
Referer names the page, so its content, title and address come with /_dash-layout and Dash's router callback
does not run on a page load; without a usable Referer, or for a path no page claims, the router fills the
plain container as before. The index preloads what the first render needs."""
from __future__ import annotations

import json

import dash
import pytest
from plotly.utils import PlotlyJSONEncoder

import app


@pytest.fixture(autouse=True)
def _store(loaded_store):
    return loaded_store


def _container(**headers):
    with app.server.test_request_context("/_dash-layout", headers=headers):
        shell = app.app.layout()
    return shell.children[-1].children


def _text(component) -> str:
    return json.dumps(component, cls=PlotlyJSONEncoder)


def test_the_layout_holds_the_page_its_title_and_its_address():
    container = _container(Referer="http://localhost/theme/economy?lang=en&from=2018")
    location, content, title_store, _dummy = container.children
    assert (location.id, location.pathname, location.search) == ("_pages_location", "/theme/economy", "?lang=en&from=2018")
    assert location.refresh == "callback-nav" and location.hash == ""
    assert content.id == "_pages_content" and "page-theme" in _text(content)
    assert "Economy" in _text(content) and '"chart-graph"' in _text(content)
    assert title_store.id == "_pages_store" and title_store.data["title"]


def test_the_router_callback_stays_for_moves_inside_the_app_and_waits_for_a_change_of_address():
    dependencies = app.server.test_client().get("/_dash-dependencies").get_json()
    router = [d for d in dependencies if "_pages_content.children" in d["output"]]
    assert len(router) == 1 and router[0]["prevent_initial_call"] is True
    assert {"id": "_pages_location", "property": "pathname"} in router[0]["inputs"]


@pytest.mark.parametrize("headers", [{}, {"Referer": "http://elsewhere.example/theme/economy"},
                                     {"Referer": "http://localhost/no/such/page"}])
def test_without_a_known_page_the_router_fills_the_plain_container(headers):
    assert _container(**headers) is dash.page_container


def test_the_index_preloads_the_layout_and_the_chunks_the_page_draws_with():
    client = app.server.test_client()
    theme = client.get("/theme/economy").get_data(as_text=True)
    for href in ("/_dash-layout", "/_dash-dependencies", "/_dash-component-suites/dash/dcc/async-graph.js",
                 "/_dash-component-suites/dash/dcc/async-dropdown.js", "/_dash-component-suites/dash/dcc/async-slider.js"):
        assert f'href="{href}"' in theme, href
    overview = client.get("/").get_data(as_text=True)
    assert "async-graph.js" in overview and "async-dropdown.js" not in overview  # no filter bar there
    data = client.get("/data").get_data(as_text=True)
    assert "dcc/async-" not in data and 'href="/_dash-layout"' in data  # no chart on /data's first screen


def test_a_page_that_cannot_be_built_into_the_first_answer_is_left_to_the_router(monkeypatch):
    page = next(p for p in dash.page_registry.values() if p["path"] == "/sources")

    def broken(**_kwargs):
        raise RuntimeError("a page that fails on this address")
    monkeypatch.setitem(page, "layout", broken)
    container = _container(Referer="http://localhost/sources")
    assert container is dash.page_container  # the router builds it (and shows its own error), the shell still loads
