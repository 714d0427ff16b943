"""A part's amount never exceeds its whole's: a misprinted district figure is set aside, not charted."""
from __future__ import annotations

import textwrap

import pyarrow.parquet as pq

from etl.plausible import ancestors, parts_within_wholes
from tests.test_build import build, inputs  # noqa: F401 - the build's fixture, reused

INDICATORS = {"gdp": {"measure": "level", "unit": "亿元"}, "gdp_per_capita": {"measure": "level", "unit": "元"},
              "projects": {"measure": "cumulative", "unit": "个"}}
REGIONS = {"tianjin": {"parent": "jjj"}, "jjj": {"parent": None}, "hexi": {"parent": "tianjin"},
           "xiqing": {"parent": "tianjin"}, "loop": {"parent": "loop"}}


def row(indicator, region, value, year=2022, period_start=None):
    return {"indicator": indicator, "region": region, "year": year, "value": value, "period_start": period_start,
            "source_location": "sources/r.txt:3", "raw": str(value), "quote": "…"}


def test_a_district_gdp_larger_than_its_city_is_set_aside_with_its_place_and_reason():
    rows = [row("gdp", "tianjin", 16311.34), row("gdp", "hexi", 11929.62 * 2), row("gdp", "xiqing", 946.61)]
    kept, aside = parts_within_wholes(rows, INDICATORS, REGIONS)
    assert [r["region"] for r in kept] == ["tianjin", "xiqing"]
    assert aside == [{"source": "r.txt", "location": "sources/r.txt:3", "raw": str(11929.62 * 2), "quote": "…",
                      "reason": "larger than the whole it belongs to"}]


def test_rates_per_capita_figures_other_years_and_other_periods_are_never_compared():
    rows = [row("gdp_per_capita", "tianjin", 119235), row("gdp_per_capita", "hexi", 200000),
            row("gdp", "tianjin", 16311.34, year=2022), row("gdp", "hexi", 17000, year=2023),
            row("projects", "tianjin", 100, period_start=2023), row("projects", "hexi", 300, period_start=2014)]
    kept, aside = parts_within_wholes(rows, INDICATORS, REGIONS)
    assert not aside and len(kept) == len(rows)


def test_a_part_within_any_stated_whole_is_kept_and_a_lone_part_is_never_judged():
    rows = [row("gdp", "tianjin", 900), row("gdp", "tianjin", 16311.34), row("gdp", "hexi", 1192.96),
            row("gdp", "xiqing", 5000, year=2021)]
    kept, aside = parts_within_wholes(rows, INDICATORS, REGIONS)
    assert not aside and len(kept) == 4


def test_a_cycle_in_the_catalogue_does_not_hang_the_walk():
    assert ancestors(REGIONS)["hexi"] == ("tianjin", "jjj") and ancestors(REGIONS)["loop"] == ()


def test_the_build_leaves_a_misprinted_district_figure_out_of_the_table_and_reports_it(inputs):  # noqa: F811
    src = inputs[0]
    (src / "2023-03_district.txt").write_text(textwrap.dedent("""\
        ---
        title: 天津2022年各区经济
        publisher: 测试出版者
        published: 2023-03-20
        reference_year: 2023
        language: zh-Hans
        url: https://example.org/district
        ---
        2022年，天津市地区生产总值16311.34亿元。河西区地区生产总值19929.62亿元，西青区地区生产总值946.61亿元。
        """), encoding="utf-8")
    build(inputs)
    df = pq.read_table(inputs[2]).to_pandas()
    gdp = df[(df.indicator == "gdp") & (df.year == 2022)]
    assert set(gdp.region) >= {"tianjin", "xiqing"} and "hexi" not in set(gdp.region)
    report = (inputs[2].parent / "build_report.md").read_text(encoding="utf-8")
    assert "larger than the whole it belongs to" in report and "19929.62" in report
