"""The seed release (../shared/sources, or $JJJ_SOURCES): its metric statements come out right."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from etl.extract import extract_release

SOURCES = Path(os.environ.get("JJJ_SOURCES", Path(__file__).resolve().parent.parent.parent / "shared" / "sources"))
SEED = SOURCES / "2022-04_bj-jjj-work-plan-2022.txt"

pytestmark = pytest.mark.skipif(not SEED.is_file(), reason=f"seed release not found in {SOURCES}")

# indicator, region, year, value, qualifier, period_start, base_year
# An April plan: its undated stocks (首批搬迁涉及35个部门, 4800余家定点医疗机构) stand as of its publication, 2022
# (../shared/README.md: only a release of January–March reports the year before); dated ones keep their year.
EXPECTED = [
    ("pm25_annual_mean", "beijing", 2021, 33, "exact", None, None),
    ("pm25_change_vs_2013", "beijing", 2021, -63.1, "exact", None, 2013),
    ("gdp", "capital_metro", 2021, 39000, "approx", None, None),
    ("gdp_share_of_jjj", "capital_metro", 2021, 40, "more_than", None, None),
    ("bj_investment_multiple_vs_2015", "commuting_circle", 2021, 2.4, "exact", None, 2015),
    ("bj_investment_multiple_vs_2015", "functional_circle", 2021, 2.2, "exact", None, 2015),
    ("bj_investment_multiple_vs_2015", "industrial_circle", 2021, 2.1, "exact", None, 2015),
    ("bsx_fair_projects_signed", "beisanxian", 2021, 39, "exact", None, None),
    ("bsx_fair_intended_investment", "beisanxian", 2021, 247, "approx", None, None),
    ("bsx_fair_projects_cumulative", "beisanxian", 2021, 120, "more_than", 2019, None),
    ("bsx_fair_investment_cumulative", "beisanxian", 2021, 800, "approx", 2019, None),
    ("medical_institutions_inpatient_direct_settlement", "jjj", 2022, 4800, "more_than", None, None),
    ("medical_institutions_outpatient_direct_settlement", "jjj", 2022, 5100, "more_than", None, None),
    ("medical_institutions_outpatient_direct_settlement", "beisanxian", 2021, 16, "exact", None, None),
    ("tech_contract_turnover_to_tjhb", "tianjin_hebei", 2021, 350.4, "exact", None, None),
    ("tech_contract_turnover_to_tjhb_cumulative", "tianjin_hebei", 2021, 1760, "exact", None, None),
    ("zgc_branches_in_tjhb", "tianjin_hebei", 2022, 9000, "more_than", None, None),
    ("canal_business_district_registered_firms", "subcentre", 2021, 16000, "approx", None, None),
    ("zhangjiawan_design_town_registered_firms", "subcentre", 2021, 231, "exact", None, None),
    ("xiongan_bj_registered_firms", "xiongan", 2021, 1000, "more_than", None, None),
    ("xiongan_zgc_branches", "xiongan", 2021, 142, "exact", None, None),
    ("universal_resort_visitors_cumulative", "subcentre", 2021, 160, "more_than", None, None),
    ("subcentre_relocated_staff", "subcentre", 2022, 1.5, "approx", None, None),
    ("subcentre_relocated_departments", "subcentre", 2022, 35, "exact", None, None),
    ("subcentre_relocated_units", "subcentre", 2022, 165, "exact", None, None),
    ("caofeidian_bj_projects", "caofeidian", 2022, 56, "exact", None, None),
    ("binhai_zgc_registered_firms", "binhai", 2022, 3000, "more_than", None, None),  # a park in 滨海新区: its sub-area
    ("vocational_education_groups", "jjj", 2022, 15, "exact", None, None),
    ("clinical_test_items_mutually_recognised", "jjj", 2022, 43, "exact", None, None),
    ("clinical_test_mutual_recognition_institutions", "jjj", 2022, 485, "exact", None, None),
    ("imaging_items_shared", "jjj", 2022, 21, "exact", None, None),
    ("imaging_sharing_institutions", "jjj", 2022, 239, "exact", None, None),
    ("regional_online_services_added", "jjj", 2022, 55, "exact", None, None),
    ("tax_facilitation_measures", "jjj", 2022, 19, "exact", None, None),
    ("bsx_cross_region_services", "beisanxian", 2021, 453, "exact", None, None),
    ("bsx_cross_region_government_services", "beisanxian", 2021, 70, "exact", None, None),
    ("xiongan_schools_supported", "xiongan", 2021, 29, "exact", None, None),
    ("xiongan_medical_supporters", "xiongan", 2021, 5, "exact", None, None),
]


@pytest.fixture(scope="module")
def seed():
    return extract_release(SEED)


def test_seed_gives_exactly_the_expected_rows(seed):
    got = sorted((r["indicator"], r["region"], r["year"], r["value"], r["qualifier"], r["period_start"], r["base_year"])
                 for r in seed.rows)
    assert got == sorted(EXPECTED)


def test_seed_quotes_and_lines_point_at_the_text(seed):
    lines = SEED.read_text(encoding="utf-8").splitlines()
    for row in seed.rows:
        number = re.search(r"\d+(?:\.\d+)?|千", row["raw"]).group()
        assert number in lines[row["line"] - 1], row
        assert row["raw"] in row["quote"], row


def test_seed_raw_forms(seed):
    raws = {r["raw"] for r in seed.rows}
    assert {"4800余家", "3.9万亿元", "超4成", "超千家", "约1.6万家", "9000余家", "超过160万人次", "约1.5万人"} <= raws


def test_seed_non_metrics_are_skipped_with_reasons(seed):
    why = {(s["raw"], s["line"]): s["reason"] for s in seed.skipped}
    # the plan's own task counts: the plan year, a target in a spring release
    assert why[("12大类", 16)] == why[("70项", 16)] == why[("173条", 16)] == "target"
    assert why[("26年", 138)] == "not a quantity"
    assert ("10个", 98) not in {(r["raw"], r["line"]) for r in seed.rows}  # 行政办公区二期10个地块: no indicator
    assert why[("超千家", 124)] == "heading" and why[("超4成", 114)] == "no region"  # (the body states both; the
    # line ending on its share is read, and names no place of its own)
    assert why[("2021年", 138)] == "not a quantity"
