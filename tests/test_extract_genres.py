"""Releases of genres the extractor was not written against (tests/fixtures/releases): a statistics-
bureau data release, an anniversary press conference, a later work plan and a Hong Kong-style news
piece in traditional script. Each fixture lists every row it must give and the numbers that must
not become rows: a wrong row is worse than a skipped number, so both directions are checked.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from etl.extract import extract_release

FIXTURES = Path(__file__).parent / "fixtures" / "releases"

STATS = "2025-02_stats-jjj-economy-2024.txt"
PRESS = "2024-02_press-conference-10th-anniversary.txt"
PLAN = "2024-04_bj-jjj-work-plan-2024.txt"
HANT = "2024-03_hk-news-hant.txt"

# indicator, region, year, value, qualifier, period_start, base_year
EXPECTED: dict[str, list[tuple]] = {
    STATS: [
        ("gdp", "jjj", 2024, 115000, "approx", None, None),
        ("value_added_tertiary_growth", "jjj", 2024, 5.6, "exact", None, None),   # inside the GDP sentence
        ("disposable_income_per_capita_growth", "jjj", 2024, 5.3, "exact", None, None),   # nominal, not the real 5.0%
        ("disposable_income_per_capita_real_growth", "jjj", 2024, 5.0, "exact", None, None),   # the real rate, its own
        ("population_year_end_change", "jjj", 2024, -7.8, "exact", None, None),
        ("gdp_growth_real", "jjj", 2024, 5.1, "exact", None, None),
        ("gdp", "beijing", 2024, 49843.1, "exact", None, None),
        ("gdp", "tianjin", 2024, 18024.3, "exact", None, None),
        ("gdp", "hebei", 2024, 47526.9, "exact", None, None),
        ("gdp_growth_real", "beijing", 2024, 5.2, "exact", None, None),
        ("gdp_growth_real", "tianjin", 2024, 5.1, "exact", None, None),
        ("gdp_growth_real", "hebei", 2024, 5.4, "exact", None, None),
        ("population_year_end", "beijing", 2024, 2183.2, "exact", None, None),
        ("population_year_end", "tianjin", 2024, 1364.9, "exact", None, None),
        ("population_year_end", "hebei", 2024, 7378.0, "exact", None, None),
        ("population_year_end", "jjj", 2024, 10926.1, "exact", None, None),
        ("pm25_annual_mean", "beijing", 2024, 30.5, "exact", None, None),
        ("pm25_annual_mean", "tianjin", 2024, 37, "exact", None, None),
        ("pm25_annual_mean", "hebei", 2024, 36.7, "exact", None, None),
        ("pm25_change_yoy", "beijing", 2024, -5.6, "exact", None, None),
        ("pm25_change_yoy", "tianjin", 2024, -7.5, "exact", None, None),
        ("pm25_change_yoy", "hebei", 2024, -4.9, "exact", None, None),
        ("pm25_annual_mean", "jjj", 2024, 35.1, "exact", None, None),
        ("pm25_change_vs_2013", "jjj", 2024, -63.4, "exact", None, 2013),
        ("tech_contract_turnover_to_tjhb", "tianjin_hebei", 2024, 843.6, "exact", None, None),
        ("tech_contract_turnover_to_tjhb_yoy", "tianjin_hebei", 2024, 12.7, "exact", None, None),
        ("zgc_branches_in_tjhb", "tianjin_hebei", 2024, 11000, "more_than", None, None),
        ("tech_contract_turnover_jjj_total", "jjj", 2024, 12000, "approx", None, None),
        ("gdp_per_capita", "jjj", 2024, 105000, "exact", None, None),
        ("disposable_income_per_capita", "jjj", 2024, 45120, "exact", None, None),
        # a sentence naming no place goes on about the one the sentence before named (京津冀…。第三产业…比重为71.3%)
        ("tertiary_share", "jjj", 2024, 71.3, "exact", None, None),
        ("urbanisation_rate", "jjj", 2024, 69.3, "exact", None, None),
        ("good_air_days_ratio", "jjj", 2024, 72.5, "exact", None, None),
        ("heavy_pollution_days", "jjj", 2024, 4, "exact", None, None),
    ],
    PRESS: [
        ("gdp", "jjj", 2023, 104000, "approx", None, None),
        ("gdp", "beijing", 2023, 43760.7, "exact", None, None),
        ("gdp", "tianjin", 2023, 16737.3, "exact", None, None),
        ("gdp", "hebei", 2023, 43944.1, "exact", None, None),
        ("bj_manufacturing_firms_exited_cumulative", "beijing", 2023, 3000, "more_than", 2014, None),
        ("bj_markets_relocated_cumulative", "beijing", 2023, 1000, "approx", 2014, None),
        ("pm25_annual_mean", "beijing", 2013, 89.5, "exact", None, None),
        ("pm25_annual_mean", "beijing", 2023, 32, "exact", None, None),
        ("pm25_change_vs_2013_each_province", "jjj", 2023, -60, "more_than", None, 2013),
        ("tech_contract_turnover_to_tjhb_cumulative", "tianjin_hebei", 2023, 2800, "more_than", 2014, None),
        ("tech_contract_turnover_to_tjhb", "tianjin_hebei", 2023, 748.7, "exact", None, None),
        ("zgc_branches_in_tjhb", "tianjin_hebei", 2023, 10000, "more_than", None, None),
        ("xiongan_bj_registered_firms", "xiongan", 2023, 4000, "more_than", None, None),
        ("medical_institutions_inpatient_direct_settlement", "jjj", 2023, 10000, "more_than", None, None),
        ("regional_medical_alliances", "jjj", 2023, 70, "more_than", None, None),
        ("clinical_test_items_mutually_recognised", "jjj", 2023, 50, "exact", None, None),
        ("clinical_test_mutual_recognition_institutions", "jjj", 2023, 685, "exact", None, None),
    ],
    PLAN: [
        ("gdp", "capital_metro", 2023, 42000, "approx", None, None),
        ("gdp_share_of_jjj", "capital_metro", 2023, 40, "more_than", None, None),
        ("pm25_annual_mean", "beijing", 2023, 32, "exact", None, None),
        ("pm25_change_vs_2013", "beijing", 2023, -64.2, "exact", None, 2013),
        ("tech_contract_turnover_to_tjhb", "tianjin_hebei", 2023, 748.7, "exact", None, None),
        ("tech_contract_turnover_to_tjhb_yoy", "tianjin_hebei", 2023, 109.8, "exact", None, None),
        ("tech_contract_turnover_to_tjhb_cumulative", "tianjin_hebei", 2023, 2800, "more_than", 2014, None),
        ("zgc_branches_in_tjhb", "tianjin_hebei", 2023, 11000, "more_than", None, None),
        ("bsx_fair_projects_signed", "beisanxian", 2023, 45, "exact", None, None),
        ("bsx_fair_intended_investment", "beisanxian", 2023, 310, "approx", None, None),
        ("bsx_fair_projects_cumulative", "beisanxian", 2023, 210, "more_than", 2019, None),
        ("bsx_fair_investment_cumulative", "beisanxian", 2023, 1100, "more_than", 2019, None),
        ("canal_business_district_registered_firms", "subcentre", 2023, 21000, "approx", None, None),
        ("zhangjiawan_design_town_registered_firms", "subcentre", 2023, 350, "exact", None, None),
        ("universal_resort_visitors_cumulative", "subcentre", 2023, 3000, "more_than", None, None),
    ],
    HANT: [
        ("gdp", "jjj", 2023, 104000, "approx", None, None),
        ("population_year_end_change", "beijing", 2023, 1.5, "exact", None, None),   # the change, not the population
        ("gdp_growth_real", "jjj", 2023, 5.1, "exact", None, None),
        ("gdp", "beijing", 2023, 43760.7, "exact", None, None),
        ("gdp_growth_real", "beijing", 2023, 5.2, "exact", None, None),
        ("gdp", "tianjin", 2023, 16737, "exact", None, None),
        ("gdp", "hebei", 2023, 43944, "exact", None, None),
        ("population_year_end", "jjj", 2023, 11000, "approx", None, None),
        ("population_year_end", "beijing", 2023, 2185.8, "exact", None, None),
        ("pm25_annual_mean", "beijing", 2023, 32, "exact", None, None),
        ("pm25_change_yoy", "beijing", 2023, -1.5, "exact", None, None),
        ("pm25_change_vs_2013", "beijing", 2023, -64.2, "exact", None, 2013),
        ("pm25_annual_mean", "tianjin", 2023, 41, "exact", None, None),
        ("tech_contract_turnover_to_tjhb", "tianjin_hebei", 2023, 748.7, "exact", None, None),
        ("zgc_branches_in_tjhb", "tianjin_hebei", 2023, 10000, "more_than", None, None),
        ("subcentre_relocated_staff", "subcentre", 2023, 1.5, "approx", None, None),
        ("canal_business_district_registered_firms", "subcentre", 2023, 20000, "approx", None, None),
        ("universal_resort_visitors_cumulative", "subcentre", 2023, 3000, "more_than", None, None),
        ("xiongan_bj_registered_firms", "xiongan", 2023, 4000, "more_than", None, None),
        ("central_soe_institutions_in_xiongan", "xiongan", 2023, 200, "approx", None, None),
        ("hsr_operating_km", "jjj", 2023, 2624, "exact", None, None),  # 區域 = the headline's 京津冀
    ],
}

# (file line, raw as normalised, reason or None when any reason will do): numbers that are no row
MUST_SKIP: dict[str, list[tuple]] = {
    STATS: [
        (23, "0.3个百分点", None),              # change of a growth rate
        (27, "3286.5亿元", None), (27, "3.1%", None), (28, "30125.4亿元", None), (28, "5.3%", None),
        (28, "81982.1亿元", None), (28, "5.2%", None),
        (29, "8.5%", None),                     # share of China, not of Jing-Jin-Ji
        (30, "0.6个百分点", None),
        (31, "5.4%", None),                     # per-capita GDP growth
        (32, "5.6%", None),                     # the fourth quarter's growth: at most a Q4| candidate, never a row
        (36, "6.1%", None), (37, "9.3%", None), (37, "14.8%", None),
        (43, "0.8个百分点", None),
    ],
    PRESS: [
        (16, "10", "not a quantity"),
        (21, "1.8倍", "other base year"),                     # multiple of 2014: no such indicator
        (22, "66.1%", "other base year"),                     # growth since 2014 is not a year-on-year growth
        (32, "57%", "other base year"),                       # change vs 2014, not vs 2013
        (39, "超过20%", None),                     # the ten years' average rate: a candidate of its own (round 11), no row
        (41, "4.5倍", None),
        (47, "约1.2万人", None),                  # the second batch is not the first batch indicator
        (57, "60项", "target"),
    ],
    PLAN: [
        (17, "10大类", None), (17, "65项", None), (17, "160条", None),
        (44, "50个以上", "target"), (45, "100个", "target"), (45, "1.2万家", "target"), (46, "30项", "target"),
        (51, "600项", "target"), (51, "80亿元", None),
        (55, "100家左右", None), (56, "20个", "target"),
        (61, "32微克/立方米", "target"),
    ],
    HANT: [
        (10, "逾10万亿", "heading"),             # headline: 逾10万亿 after 经济总量 is money (round 36), stated in the body
        (27, "逾一倍", None),
        (31, "约1,300公里", None),              # the increase since 2014, not the length
        (41, "约3成", None),                     # per-capita GDP relative to Beijing
        (43, "5%左右", "target"), (44, "突破800亿元", "target"),
    ],
}


def keys(rows: list[dict]) -> list[tuple]:
    return [(r["indicator"], r["region"], r["year"], r["value"], r["qualifier"], r["period_start"], r["base_year"])
            for r in rows]


def precision_recall(name: str) -> tuple[int, int, int]:
    """(rows expected, rows produced, rows both): what precision and recall on a fixture are made of."""
    got, want = set(keys(extract_release(FIXTURES / name).rows)), set(EXPECTED[name])
    return len(want), len(got), len(got & want)


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def release(request):
    return request.param, extract_release(FIXTURES / request.param)


def test_every_expected_row_and_no_other(release):
    name, res = release
    got = keys(res.rows)
    assert len(got) == len(set(got))
    wrong = sorted(set(got) - set(EXPECTED[name]))
    missing = sorted(set(EXPECTED[name]) - set(got))
    assert (wrong, missing) == ([], [])


def test_numbers_that_are_no_row_are_skipped_with_their_reason(release):
    name, res = release
    skipped = {(s["line"], s["raw"]): s["reason"] for s in res.skipped}
    candidates = {(c["line"], c["raw"]) for c in res.candidates}
    for line, raw, reason in MUST_SKIP[name]:
        # not a row: skipped, or kept as a candidate (an uncatalogued figure) unless its reason forbids any figure
        if (line, raw) in candidates and reason not in ("target", "sub-annual period", "average annual rate", "not a quantity"):
            continue
        assert (line, raw) in skipped, (line, raw, [s for s in res.skipped if s["line"] == line])
        if reason:
            assert skipped[(line, raw)] == reason, (line, raw)


def test_quotes_are_simplified_ascii_text_that_holds_the_raw(release):
    name, res = release
    for row in res.rows:
        assert row["raw"] in row["quote"], row
        assert not any("０" <= ch <= "９" for ch in row["quote"]), row
    if name == HANT:
        assert res.source["language"] == "zh-Hant"
        assert any(r["raw"] == "43,760.7亿元" for r in res.rows)
