"""The figure factory's conventions, checked on the fixture table (tests/fixtures/make_table.py)."""
from __future__ import annotations

import json
from urllib.parse import unquote

import pandas as pd
import pytest

from components.core import store
from components.core.figures import (
    DERIVED_SYMBOL,
    EXACT_SYMBOL,
    INEXACT_PATTERN,
    INEXACT_SYMBOL,
    _source_line,
    build_figure,
    figure,
    graph_config,
    sparkline,
)
from components.core.spec import ChartSpec
from tests.fixtures.make_table import _row, fixture_rows, write_table


@pytest.fixture(autouse=True)
def _store(loaded_store):
    return loaded_store


def build_indicator_figure(indicator, regions=None, year_from=None, year_to=None, lang="zh"):
    return build_figure(ChartSpec.resolve(indicator, regions, year_from, year_to, lang))


def trace(fig, name):
    return next(t for t in fig.data if t.name == name)


def annotation_texts(fig):
    return [a.text for a in fig.layout.annotations]


def test_source_line_and_data_until_are_annotations_inside_the_figure():
    texts = annotation_texts(build_indicator_figure("gdp"))
    assert "来源：国家统计局" in texts  # the publisher, not the series' title or an internal id
    assert "数据截至2024年" in texts


def test_data_until_follows_the_year_range():
    texts = annotation_texts(build_indicator_figure("gdp", year_to=2020))
    assert "数据截至2020年" in texts


def test_title_carries_name_and_unit_and_subtitle_the_regions():
    fig = build_indicator_figure("gdp", ["beijing", "tianjin"])
    assert "地区生产总值" in fig.layout.title.text and "亿元" in fig.layout.title.text
    assert fig.layout.title.subtitle.text.startswith("北京、天津")


def test_missing_year_is_a_gap_not_zero():
    tianjin = trace(build_indicator_figure("gdp", ["tianjin"]), "天津")
    by_year = dict(zip(tianjin.x, tianjin.y))
    assert 2016 in by_year and by_year[2016] is None
    assert 0 not in tianjin.y and 0.0 not in tianjin.y
    assert tianjin.connectgaps is False


def test_isolated_years_stay_separate_points():
    tianjin = trace(build_indicator_figure("pm25_annual_mean", ["tianjin"]), "天津")
    assert list(tianjin.x) == [2016, 2017, 2018, 2019, 2020]
    assert [y is None for y in tianjin.y] == [False, True, False, True, False]
    assert "markers" in tianjin.mode


def test_single_observation_still_shows_as_a_point():
    hebei = trace(build_indicator_figure("gdp", ["hebei"]), "河北")
    assert list(hebei.x) == [2024] and list(hebei.y) == [47526.9]
    assert "markers" in hebei.mode


def test_approximate_point_has_an_open_marker():
    beijing = trace(build_indicator_figure("population_year_end", ["beijing"]), "北京")
    symbols = dict(zip(beijing.x, beijing.marker.symbol))
    assert symbols[2020] == INEXACT_SYMBOL
    assert symbols[2013] == EXACT_SYMBOL


def test_approximate_bar_is_hatched_and_exact_bar_is_not():
    bars = trace(build_indicator_figure("tech_contract_turnover_to_tjhb"), "津冀")
    patterns = dict(zip(bars.x, bars.marker.pattern.shape))
    assert patterns[2021] == INEXACT_PATTERN
    assert patterns[2020] == ""
    assert bars.marker.pattern.fillmode == "overlay"  # else plotly leaves the hatched bar's background empty


def test_qualifier_marks_appear_in_labels_and_hover():
    bars = trace(build_indicator_figure("tech_contract_turnover_to_tjhb"), "津冀")
    label_2021 = dict(zip(bars.x, bars.text))[2021]
    hover_2021 = dict(zip(bars.x, bars.hovertext))[2021]
    assert label_2021.startswith("≈350")  # in the title's unit (亿元): one unit form per chart
    assert "≈350亿元" in hover_2021 and "约数" in hover_2021
    branches = build_indicator_figure("zgc_branches_in_tjhb").data[0]
    assert branches.text[0].startswith("≥9,000") and "≥9000家" in branches.hovertext[0]


def test_approximate_line_point_has_an_open_marker_and_says_so_on_hover():
    beijing = trace(build_indicator_figure("population_year_end", ["beijing"]), "北京")
    assert dict(zip(beijing.x, beijing.marker.symbol))[2020] == INEXACT_SYMBOL
    assert "≈2189万人" in dict(zip(beijing.x, beijing.hovertext))[2020]


def test_cumulative_bars_of_two_periods_are_separate_series_named_by_period():
    fig = build_indicator_figure("tech_contract_turnover_to_tjhb_cumulative")
    assert sorted(t.name for t in fig.data) == ["津冀 · 自2014年累计", "津冀 · 自2019年累计"]
    hovers = [h for tr in fig.data for h in tr.hovertext]
    assert any("2014–2021累计" in h for h in hovers) and any("2019–2021累计" in h for h in hovers)


def test_a_lone_cumulative_bar_shows_its_period_in_the_label():
    fig = build_indicator_figure("tech_contract_turnover_to_tjhb_cumulative", year_from=2021)
    one = build_indicator_figure("zgc_branches_in_tjhb")
    assert "截至2021年累计" in one.data[0].text[0]
    assert len(fig.data) == 2


def test_change_bars_show_the_base_year():
    bars = build_indicator_figure("pm25_change_vs_2013").data[0]
    assert all("较2013年" in t for t in bars.text)
    assert bars.text[0].startswith("-35.6%")


def test_lines_use_only_preferred_rows_so_vintages_never_mix():
    beijing = trace(build_indicator_figure("gdp", ["beijing"]), "北京")
    assert dict(zip(beijing.x, beijing.y))[2021] == 44350.7


def test_each_region_has_its_catalogue_colour():
    fig = build_indicator_figure("gdp")
    assert trace(fig, "北京").line.color == "#c0392b"
    assert trace(fig, "天津").line.color == "#2471a3"


def test_region_and_year_filters_limit_what_is_drawn():
    fig = build_indicator_figure("gdp", ["beijing"], 2015, 2018)
    assert [t.name for t in fig.data] == ["北京"]
    assert list(fig.data[0].x) == [2015, 2016, 2017, 2018]


def test_regions_without_data_fall_back_to_the_indicators_own_and_say_so():
    fig = build_indicator_figure("tech_contract_turnover_to_tjhb", ["beijing"])
    assert [t.name for t in fig.data] == ["津冀"]
    assert "没有所选地区的数据" in fig.layout.title.subtitle.text


def test_indicator_without_data_draws_a_no_data_message_not_an_empty_axis():
    fig = build_indicator_figure("unused_indicator")
    assert len(fig.data) == 0
    assert "所选地区和年份暂无数据" in annotation_texts(fig)
    assert any(t.startswith("来源") for t in annotation_texts(fig))


def test_english_figure_uses_english_names_and_units():
    fig = build_indicator_figure("gdp", ["beijing"], lang="en")
    assert "GDP" in fig.layout.title.text and "100 million yuan" in fig.layout.title.text
    assert fig.data[0].name == "Beijing"
    assert "Data up to 2024" in annotation_texts(fig)


def test_one_unit_form_per_chart_axis_labels_and_title_in_the_catalogue_unit():
    fig = build_indicator_figure("gdp")
    assert fig.layout.yaxis.ticktext is None and fig.layout.yaxis.tickformat == ",~r"
    assert next(a.text for a in fig.layout.annotations if a.name == "unit") == "亿元"
    ends = {a.text for a in fig.layout.annotations if a.name == "end-label"}
    assert "49,670.2" in ends and not any("万" in e or "亿" in e for e in ends)


def test_unit_of_a_plain_axis_is_the_catalogue_unit():
    fig = build_indicator_figure("pm25_annual_mean")
    assert next(a.text for a in fig.layout.annotations if a.name == "unit") == "微克/立方米 · 纵轴不从0开始"  # an honest note


def test_vintages_of_one_region_are_never_joined_into_one_line(loaded_store, tmp_path, fixture_table_path):
    rows = fixture_rows() + [_row("gdp", "hebei", 2005, 10000.0, vintage="nbs-2018-pre-4th-census")]
    store.init(write_table(tmp_path / "vintages.parquet", rows))
    try:
        hebei = [t for t in build_indicator_figure("gdp", ["hebei"]).data]
        assert len(hebei) == 2
        assert sorted(len(t.x) for t in hebei) == [1, 1]
        old = next(t for t in hebei if 2005 in t.x)
        assert old.line.dash == "dot" and old.showlegend is not False  # the legend says what the dots are
        assert old.name == "河北 · 其他口径" and "nbs-" not in old.name
    finally:
        store.init(fixture_table_path)


def test_unknown_indicator_raises_unknown_id():
    with pytest.raises(store.UnknownId):
        build_indicator_figure("no_such_indicator")


def test_figure_serialises_to_plotly_json():
    json.loads(build_indicator_figure("tech_contract_turnover_to_tjhb_cumulative").to_json())


def test_sparkline_lifts_the_pen_over_a_gap_year():
    svg = unquote(sparkline("gdp", "tianjin"))
    path = svg.split("d='")[1].split("'")[0]
    assert path.count("M") == 2  # 2013–2015, then a new stroke from 2017: no line across 2016
    assert svg.count("<circle") == len(store.series("gdp", ["tianjin"]))


def test_page_dict_and_export_figure_are_the_same_figure():
    as_dict = figure(ChartSpec.resolve("pm25_annual_mean", ["beijing", "tianjin"], 2014, 2020))
    exported = build_indicator_figure("pm25_annual_mean", ["beijing", "tianjin"], 2014, 2020)
    assert [t["name"] for t in as_dict["data"]] == [t.name for t in exported.data]
    assert [list(t["y"]) for t in as_dict["data"]] == [list(t.y) for t in exported.data]
    assert as_dict["layout"]["annotations"][0]["text"] == exported.layout.annotations[0].text


def test_graph_config_names_the_png_and_hides_the_logo():
    spec = ChartSpec.resolve("gdp", ["beijing", "tianjin"], 2013, 2024)
    config = graph_config(spec)
    assert config["toImageButtonOptions"] == {"format": "png", "scale": 2}
    assert config["displaylogo"] is False and config["locale"] == "zh-CN"
    assert graph_config(ChartSpec.resolve("gdp", None, 2013, 2024, "en"))["locale"] == "en"
    # The modebar PNG's name travels in the figure (assets/export_menu.js hands it to plotly on a click).
    assert figure(spec)["layout"]["meta"]["file"] == "地区生产总值_北京-天津_2013-2024"


def test_graph_config_is_the_same_for_every_view_in_one_language():
    # plotly 3 rebuilds a plot whose config changed (newPlot, then react): a filter change must not change it.
    views = [ChartSpec.resolve("gdp", ["beijing"], 2013, 2024), ChartSpec.resolve("gdp", ["tianjin", "hebei"], 2015, 2020),
             ChartSpec.resolve("pm25_annual_mean", ["beijing", "tianjin"], 2014, 2020)]
    assert all(graph_config(spec) == graph_config(views[0]) for spec in views)
    assert graph_config(ChartSpec.resolve("gdp", ["beijing"], 2013, 2024, "en")) != graph_config(views[0])


def test_source_line_names_the_source_behind_most_points_not_the_latest_news():
    rows = pd.DataFrame({"year": [2019, 2020, 2021, 2025], "source_title": ["年度数据", "年度数据", "季度数据", "河北日报"],
                         "source_id": ["nbs-2025-v1", "nbs-2025-v1", "nbs-2024", "hbrb"],
                         "source_publisher": ["国家统计局", "国家统计局", "国家统计局", "河北日报社 (reporter 张三)"]})
    assert _source_line(rows, "zh") == "来源：国家统计局、河北日报社等3个来源"
    assert _source_line(rows, "en").endswith("(3 sources)")
    assert "nbs" not in _source_line(rows, "zh")


def test_derived_values_are_their_own_series_never_joined_with_stated_ones(loaded_store, tmp_path, fixture_table_path):
    derived = [{**_row("gdp", "jjj", year, value), "derived": True, "method": "derived: sum of the three provinces"}
               for year, value in {2022: 100000.0, 2023: 105000.0, 2024: 115000.0}.items()]
    stated = [_row("gdp", "jjj", 2021, 96000.0, source_kind="release", source_id="jjj-2021")]
    store.init(write_table(tmp_path / "derived.parquet", fixture_rows() + derived + stated))
    try:
        fig = build_indicator_figure("gdp", ["jjj"])
        names = sorted(t.name for t in fig.data)
        assert names == ["京津冀", "京津冀 · 推算"]
        computed = trace(fig, "京津冀 · 推算")
        assert list(computed.x) == [2022, 2023, 2024] and DERIVED_SYMBOL in computed.marker.symbol
        assert computed.line.dash == "dash" and "推算值" in computed.hovertext[0]
        assert list(trace(fig, "京津冀").x) == [2021]
        english = build_indicator_figure("gdp", ["jjj"], lang="en")
        assert "Beijing-Tianjin-Hebei · derived" in [t.name for t in english.data]
    finally:
        store.init(fixture_table_path)


def test_the_layout_is_the_same_for_a_spec_resolved_twice():
    a = figure(ChartSpec.resolve("gdp", ["beijing"], 2015, 2020))
    b = figure(ChartSpec.resolve("gdp", ["beijing"], 2015, 2020))
    assert a is b  # one figure per spec while the table stays loaded
