"""Whole releases written for the tests (tests/fixtures/releases): a statistics-bureau style release
and a traditional-script press conference with full-width digits."""
from __future__ import annotations

from pathlib import Path

import pytest

from etl.extract import extract_release

FIXTURES = Path(__file__).parent / "fixtures" / "releases"


def table(path):
    res = extract_release(path)
    return {(r["indicator"], r["region"], r["year"]): r for r in res.rows}, res


def test_stats_release_rows():
    rows, res = table(FIXTURES / "2023-02_stats-sample.txt")
    expect = {
        ("gdp", "beijing", 2022): (41610.9, "exact"),
        ("gdp", "tianjin", 2022): (16311.3, "exact"),
        ("gdp", "hebei", 2022): (42370.4, "exact"),
        ("gdp", "jjj", 2022): (100000, "approx"),
        ("gdp_multiple_vs_2013", "jjj", 2022): (1.8, "exact"),
        ("pm25_annual_mean", "tianjin", 2022): (37, "exact"),
        ("pm25_change_yoy", "tianjin", 2022): (-5.1, "exact"),
        ("pm25_annual_mean", "hebei", 2022): (36.6, "exact"),
        ("pm25_change_vs_2013", "hebei", 2022): (-66.2, "exact"),
        ("tech_contract_turnover_to_tjhb", "tianjin_hebei", 2022): (356.9, "exact"),
        ("tech_contract_turnover_to_tjhb_yoy", "tianjin_hebei", 2022): (1.8, "exact"),
        ("tech_contract_turnover_to_tjhb_cumulative", "tianjin_hebei", 2022): (2100, "more_than"),
        ("zgc_branches_in_tjhb", "tianjin", 2022): (4500, "more_than"),
        ("regional_medical_alliances", "jjj", 2022): (80, "approx"),
        ("medical_institutions_outpatient_direct_settlement", "jjj", 2022): (6000, "at_least"),
    }
    assert {k: (r["value"], r["qualifier"]) for k, r in rows.items()} == expect
    assert rows[("tech_contract_turnover_to_tjhb_cumulative", "tianjin_hebei", 2022)]["period_start"] == 2014
    assert {s["raw"]: s["reason"] for s in res.skipped}["120个"] == "target"


def test_traditional_release_with_full_width_digits():
    rows, res = table(FIXTURES / "2024-09_press-conference-hant.txt")
    assert res.source["language"] == "zh-Hant"
    got = {k: (r["value"], r["qualifier"]) for k, r in rows.items()}
    assert got == {
        ("xiongan_zgc_park_firms", "xiongan", 2024): (113, "exact"),
        ("bj_manufacturing_firms_exited_cumulative", "beijing", 2023): (3000, "more_than"),
        ("bj_markets_relocated_cumulative", "beijing", 2023): (1000, "approx"),
        ("pm25_change_vs_2013_each_province", "jjj", 2024): (-60, "more_than"),
        ("tech_contract_turnover_to_tjhb", "tianjin_hebei", 2024): (748.7, "exact"),
        ("tech_contract_turnover_to_tjhb_yoy", "tianjin_hebei", 2024): (109.8, "exact"),
    }
    assert all("濃" not in r["quote"] and "１" not in r["quote"] for r in res.rows)


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_fixture_rows_have_the_documented_keys(name):
    res = extract_release(FIXTURES / name)
    keys = {"indicator", "region", "year", "period_start", "base_year", "value", "qualifier", "raw", "quote", "line"}
    assert res.rows and all(set(r) == keys for r in res.rows)
    assert all(set(s) == {"raw", "quote", "line", "reason"} for s in res.skipped)
