"""The navbar lists the themes and regions of the data, and its links carry the view on."""
from __future__ import annotations

import json

import pytest
from plotly.utils import PlotlyJSONEncoder

import app  # noqa: F401 - the pages register themselves, and the navbar lists the top-level ones
from components.core import store
from components.core.url_state import ViewState
from components.ui.navbar import navbar


@pytest.fixture(autouse=True)
def _store(loaded_store):
    return loaded_store


def test_every_theme_of_the_catalogue_is_listed():
    text = str(navbar("/", ViewState()))
    for theme in store.themes():
        assert f"/theme/{theme['id']}" in text


def test_links_carry_the_view_and_region_links_drop_the_region_choice():
    text = str(navbar("/theme/economy", ViewState(("beijing",), 2015, None, "en")))
    assert "/data?region=beijing&from=2015&lang=en" in text
    assert "/region/hebei?from=2015&lang=en" in text
    assert "/theme/economy?region=beijing&from=2015" in text and "Overview" in text


def _layout(**headers) -> str:
    with app.server.test_request_context("/_dash-layout", headers=headers):
        return json.dumps(app.app.layout(), cls=PlotlyJSONEncoder)


def test_the_shell_layout_holds_the_navbar_of_the_page_it_is_loaded_for():
    """The layout request's Referer names the page: navbar words, active item and the URL's props come with
    the layout, so no navbar callback runs on a page load."""
    text = _layout(Referer="http://localhost/theme/economy?lang=en")
    assert "Overview" in text and '"data": "en"' in text  # English words, the language store filled
    assert '"pathname": "/theme/economy"' in text and '"search": "?lang=en"' in text


def test_without_a_referer_or_from_another_site_the_navbar_is_built_in_the_browser():
    for headers in ({}, {"Referer": "http://elsewhere.example/theme/economy?lang=en"}):
        text = _layout(**headers)
        assert "Overview" not in text and '"pathname"' not in text  # the Location fills itself; the callback rebuilds
