"""The URL holds the view: parsing and writing it must round-trip, and junk must not crash a page."""
from __future__ import annotations

import pytest

from components.core.url_state import ViewState, clamp_years, href, parse, to_query


@pytest.mark.parametrize("state", [
    ViewState(),
    ViewState(("beijing", "tianjin"), 2013, 2024, "en"),
    ViewState(("hebei",), None, 2020, "zh"),
    ViewState((), 2015, None, "en"),
])
def test_state_round_trips_through_the_query_string(state):
    assert parse(to_query(state)) == state


def test_issue_example_url_parses():
    state = parse("?region=beijing,tianjin&from=2013&to=2024&lang=en")
    assert state == ViewState(("beijing", "tianjin"), 2013, 2024, "en")


def test_default_view_is_the_bare_path():
    assert href("/theme/economy", ViewState()) == "/theme/economy"


def test_dash_pages_kwargs_parse_like_the_query_string():
    assert parse({"region": "beijing,hebei", "from": "2014", "lang": "en"}) == ViewState(("beijing", "hebei"), 2014, None, "en")


def test_repeated_region_params_merge_without_duplicates():
    assert parse("?region=beijing&region=tianjin,beijing").regions == ("beijing", "tianjin")


def test_junk_values_are_dropped_not_fatal():
    state = parse("?from=abc&to=&lang=fr&region=,,")
    assert state == ViewState()


def test_reversed_years_are_swapped():
    state = parse("?from=2020&to=2014")
    assert (state.year_from, state.year_to) == (2014, 2020)


def test_region_links_drop_the_current_region_choice_but_keep_language():
    state = ViewState(("beijing",), 2014, None, "en")
    assert href("/region/hebei", state, keep_regions=False) == "/region/hebei?from=2014&lang=en"


def test_clamp_years_keeps_the_range_within_the_data():
    assert clamp_years(ViewState(year_from=1990, year_to=2030), 2013, 2024) == (2013, 2024)
    assert clamp_years(ViewState(), 2013, 2024) == (2013, 2024)
    assert clamp_years(ViewState(year_from=2016), 2013, 2024) == (2016, 2024)
