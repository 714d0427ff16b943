"""The navbar lists the themes and regions of the data, and its links carry the view on."""
from __future__ import annotations

import pytest

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
