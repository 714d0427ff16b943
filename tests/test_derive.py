"""Derived series: inputs -> outputs from ONE vintage of the official series, each marked with its method."""
from __future__ import annotations

import pytest

from etl import derive
from etl.observation import observation
from etl.reconcile import reconcile

NAMES = {"beijing": "北京", "tianjin": "天津", "hebei": "河北"}
ORDER = ["nbs-2025-5th-census", "nbs-2025", "nbs-2023-4th-census"]


def stat(indicator, region, year, value, vintage="nbs-2025-5th-census"):
    return observation(indicator=indicator, region=region, year=year, value=value, precision=0.1,
                       source_id=f"nbs-{indicator}-{vintage}", source_kind="statistics",
                       source_title=f"NBS {indicator} {vintage}", source_publisher="国家统计局",
                       source_location=f"reference/nbs.csv:{region}{year}", method="official statistical series",
                       vintage=vintage)


def gdp_rows(values, vintage="nbs-2025-5th-census"):
    """values: {year: (beijing, tianjin, hebei)}"""
    return [stat("gdp", r, y, v, vintage) for y, vs in values.items() for r, v in zip(derive.PROVINCES, vs)]


def by(rows, **where):
    return {(r["region"], r["year"]): r for r in rows if all(r[k] == v for k, v in where.items())}


def test_shares_of_jjj_gdp_add_up_to_100_and_use_one_vintage():
    rows = gdp_rows({2013: (20.0, 10.0, 70.0), 2014: (30.0, 30.0, 40.0)})
    rows += gdp_rows({2013: (999.0, 1.0, 1.0)}, vintage="nbs-2023-4th-census")  # another vintage: ignored
    shares = by(derive.jjj_shares(rows), indicator="gdp_share_of_jjj")
    assert shares[("beijing", 2013)]["value"] == pytest.approx(20.0)
    assert shares[("hebei", 2013)]["value"] == pytest.approx(70.0)
    assert shares[("tianjin", 2014)]["value"] == pytest.approx(30.0)
    assert sum(shares[(p, 2013)]["value"] for p in derive.PROVINCES) == pytest.approx(100.0)
    one = shares[("beijing", 2013)]
    assert one["derived"] and one["vintage"] == "nbs-2025-5th-census" and one["method"].startswith("derived:")
    assert one["source_location"].count("reference/nbs.csv") == 3, "all three inputs are named"


def test_no_share_for_a_year_without_all_three_provinces():
    rows = gdp_rows({2013: (20.0, 10.0, 70.0)}) + [stat("gdp", "beijing", 2014, 30.0), stat("gdp", "hebei", 2014, 40.0)]
    assert {r["year"] for r in derive.jjj_shares(rows)} == {2013}


def test_multiple_of_2013_per_province_and_for_the_region():
    rows = gdp_rows({2013: (10.0, 20.0, 30.0), 2015: (25.0, 20.0, 45.0), 2012: (5.0, 5.0, 5.0)})
    mult = by(derive.multiples_of_base(rows), indicator="gdp_multiple_vs_2013")
    assert set(mult) == {("beijing", 2015), ("tianjin", 2015), ("hebei", 2015), ("jjj", 2015)}, "only years after the base"
    assert mult[("beijing", 2015)]["value"] == pytest.approx(2.5)
    assert mult[("tianjin", 2015)]["value"] == pytest.approx(1.0)
    assert mult[("jjj", 2015)]["value"] == pytest.approx(90 / 60)
    assert all(r["base_year"] == 2013 and r["derived"] for r in mult.values())


def test_per_capita_gdp_is_gdp_over_mean_population_of_the_two_year_ends():
    rows = [stat("gdp", "beijing", 2016, 100.0),                         # 100 亿元
            stat("population_year_end", "beijing", 2015, 2000.0, "nbs-2025"),  # 万人
            stat("population_year_end", "beijing", 2016, 2200.0, "nbs-2025"),
            stat("gdp", "beijing", 2015, 90.0)]                          # no year-end 2014: a gap, not a guess
    pc = by(derive.per_capita_gdp(rows), indicator="gdp_per_capita")
    assert set(pc) == {("beijing", 2016)}
    assert pc[("beijing", 2016)]["value"] == round(100e8 / 2100e4)
    assert "mean resident population" in pc[("beijing", 2016)]["method"]
    assert "nbs-2025" in pc[("beijing", 2016)]["method"]


def test_province_totals_are_sums_that_rank_as_the_official_series():
    totals = derive.province_totals(gdp_rows({2021: (1.0, 2.0, 3.0)}), NAMES)
    assert [(t["region"], t["value"], t["official_sum"]) for t in totals] == [("jjj", 6.0, True)]


def test_a_stated_figure_wins_over_a_derived_ratio_but_a_sum_beats_news():
    rows = gdp_rows({2013: (10.0, 20.0, 30.0), 2014: (20.0, 20.0, 30.0)})
    derived = derive.multiples_of_base(rows)
    stated = observation(indicator="gdp_multiple_vs_2013", region="beijing", year=2014, base_year=2013, value=2.1,
                         qualifier="approx", source_id="news", source_kind="release", source_title="t",
                         source_location="sources/news.txt:3", method="extracted from release text", source_date="2015-01")
    out, _ = reconcile(derived + [stated], ORDER)
    chosen = {(r["region"], r["year"]): r for r in out if r["preferred"]}
    assert chosen[("beijing", 2014)]["source_id"] == "news"
    assert chosen[("tianjin", 2014)]["derived"], "where nothing is stated, the derived value is shown"
    assert not any(r["conflict"] for r in out), "a derived value of another vintage is a revision, not a conflict"
    news_total = observation(indicator="gdp", region="jjj", year=2021, value=6.5, qualifier="approx", source_id="news2",
                             source_kind="reference", source_title="t", source_location="x:1", method="curated",
                             source_date="2022-01")
    out, _ = reconcile(derive.province_totals(gdp_rows({2021: (1.0, 2.0, 3.0)}), NAMES) + [news_total], ORDER)
    assert [r["value"] for r in out if r["preferred"]] == [6.0]


def test_derive_all_runs_on_the_shared_reference_series():
    from pathlib import Path

    from etl.build import reference_dir
    from etl.catalog import load_catalog
    from etl.curated import read_statistics
    path = Path(reference_dir()) / "nbs_provincial.csv"
    if not path.exists():
        pytest.skip("no shared reference folder")
    stats, _ = read_statistics(path, load_catalog())
    out = derive.derive_all(stats, NAMES | {"jjj": "京津冀"})
    shares = by(out, indicator="gdp_share_of_jjj")
    for year in range(2013, 2025):
        assert sum(shares[(p, year)]["value"] for p in derive.PROVINCES) == pytest.approx(100.0)
    assert {r["vintage"] for r in out if r["indicator"] != "population_year_end"} <= {"nbs-2025-5th-census", "nbs-2023-4th-census",
                                                                                      "nbs-2018-pre-4th-census"}
    assert {r["vintage"] for r in out if r["indicator"] in ("gdp_share_of_jjj", "gdp_multiple_vs_2013", "gdp_per_capita")} == {
        "nbs-2025-5th-census"}
