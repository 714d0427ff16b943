"""ChartSpec: one resolution of what a chart shows (regions drawn, years, qualifiers, file name), shared by
the page, the redraw callback, the export and the briefing pack."""
from __future__ import annotations

import pytest

from components.core import store
from components.core.spec import MIN_SERIES_YEARS, ChartSpec, series_first


@pytest.fixture(autouse=True)
def _store(loaded_store):
    return loaded_store


def test_regions_are_drawn_in_catalogue_order():
    spec = ChartSpec.resolve("gdp", ["tianjin", "beijing"], 2013, 2024)
    assert spec.regions == ("beijing", "tianjin") and not spec.replaced
    assert spec.file_name == "gdp_beijing-tianjin_2013-2024"


def test_regions_without_data_fall_back_to_the_indicators_own_and_say_so():
    spec = ChartSpec.resolve("tech_contract_turnover_to_tjhb", ["beijing"])
    assert spec.regions == ("tianjin_hebei",) and spec.replaced and spec.requested == ("beijing",)


def test_years_and_qualifiers_are_those_of_the_drawn_points():
    spec = ChartSpec.resolve("tech_contract_turnover_to_tjhb", None, 2020, 2022)
    assert spec.years == (2020, 2021, 2022) and spec.qualifiers == {"exact", "approx"}
    assert not spec.derived


@pytest.mark.parametrize("indicator, regions, years, thin", [
    ("gdp", None, (None, None), False),
    ("gdp", ["beijing"], (2015, 2016), True),            # two years in the view
    ("pm25_annual_mean", ["tianjin"], (None, None), False),  # 2016, 2018, 2020: three isolated years still trend
    ("pm25_annual_mean", ["hebei"], (None, None), True),     # one observation
    ("zgc_branches_in_tjhb", None, (None, None), True),
    ("unused_indicator", None, (None, None), True),
])
def test_fewer_than_three_years_in_the_view_is_thin(indicator, regions, years, thin):
    spec = ChartSpec.resolve(indicator, regions, *years)
    assert spec.is_thin is thin
    assert (len(spec.years) < MIN_SERIES_YEARS) is thin


def test_the_spec_travels_through_the_browser_and_back():
    spec = ChartSpec.resolve("gdp", ["beijing"], 2014, 2020, "en", default_regions=["beijing", "tianjin"])
    assert ChartSpec.from_data(spec.to_data()) == spec


def test_an_empty_page_filter_falls_back_to_the_cards_own_regions():
    data = ChartSpec.resolve("gdp", ["beijing", "tianjin"], default_regions=["beijing", "tianjin"]).to_data()
    assert ChartSpec.for_filter(data, [], 2014, 2020).regions == ("beijing", "tianjin")
    assert ChartSpec.for_filter(data, ["hebei"], None, None).regions == ("hebei",)


def test_unknown_indicator_raises_unknown_id():
    with pytest.raises(store.UnknownId):
        ChartSpec.resolve("no_such_indicator")


def test_series_lead_and_thin_indicators_follow_in_their_order():
    specs = [ChartSpec.resolve(i) for i in ("zgc_branches_in_tjhb", "gdp", "xiongan_zgc_park_firms", "pm25_annual_mean")]
    assert [s.indicator for s in series_first(specs)] == ["gdp", "pm25_annual_mean", "zgc_branches_in_tjhb",
                                                          "xiongan_zgc_park_firms"]


def test_download_names_are_the_indicator_and_regions_in_the_page_language(loaded_store):
    from components.core.spec import ChartSpec as Spec  # noqa: PLC0415
    assert Spec.resolve("gdp", ["beijing", "tianjin"], 2013, 2024).download_name == "地区生产总值_北京-天津_2013-2024"
    assert Spec.resolve("gdp", ["beijing"], 2013, 2024, "en").download_name == "GDP_Beijing_2013-2024"
