"""One rule for repeated query parameters, whichever way the query arrives: `region` values add up,
any other parameter takes its first value (as URLSearchParams.get and Flask's args.get do)."""
from __future__ import annotations

import pytest

from components.core.url_state import MAX_REGIONS, parse, region_ids


@pytest.mark.parametrize("query", [
    "?lang=en&lang=zh",
    {"lang": ["en", "zh"]},   # Dash Pages' layout kwargs
    {"lang": ("en", "zh")},   # the layout cache's key, turned back into kwargs
])
def test_the_first_lang_wins_in_every_shape(query):
    assert parse(query).lang == "en"


def test_the_first_year_wins_and_junk_years_are_dropped():
    state = parse("?from=2015&from=2010&to=abc&to=2020")
    assert state.year_from == 2015 and state.year_to is None
    assert parse({"from": ["x", "2015"]}).year_from is None
    assert parse("?from=" + "9" * 5000).year_from is None  # beyond int's digit limit: dropped, not a crash


def test_region_values_add_up_in_order_without_duplicates():
    assert parse("?region=beijing&region=tianjin,beijing&region=hebei").regions == ("beijing", "tianjin", "hebei")
    assert parse({"region": ("beijing", "tianjin")}).regions == ("beijing", "tianjin")
    assert region_ids(None) == [] and region_ids(5) == ["5"]


def test_a_huge_region_list_is_bounded():
    state = parse("?region=" + ",".join(f"r{i}" for i in range(5000)))
    assert len(state.regions) == MAX_REGIONS
    assert all(len(r) <= 64 for r in parse("?region=" + "a" * 10_000).regions)


@pytest.mark.parametrize("lang", ["<script>", "", "EN", "fr"])
def test_an_unknown_lang_is_the_default(lang):
    assert parse({"lang": lang}).lang == "zh"
