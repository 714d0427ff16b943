"""Round 45 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out


def _reasons(res, raw):
    return [s["reason"] for s in res.skipped if raw in s["raw"]]


def test_a_superlative_in_the_country_is_no_place_of_the_figures_after_it(tmp_path):
    body = "紧邻首都的位置，让廊坊面对着全国最严格的治污要求：2022年PM2.5平均浓度41微克/立方米。\n"
    res = extract(tmp_path, body, title="廊坊产业转型观察", published="2023-05-01", reference_year=2023)
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "41微克/立方米")] == [("pm25_annual_mean", "langfang", 2022)]


def test_a_percentage_above_a_benchmark_after_bi_is_a_gap_not_a_share(tmp_path):
    body = "2022年，保定市单位产值能耗0.8吨标准煤，比行业先进值高12%。全市外迁企业超过总数的三成。\n"
    res = extract(tmp_path, body, title="保定能耗观察", published="2023-05-01", reference_year=2023)
    assert out(res, "12%") == []
    assert [r.startswith("comparison between") for r in _reasons(res, "12%")] == [True]
    assert [r["value"] for r in out(res, "三成")] == [30.0]
