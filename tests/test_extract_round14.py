"""Round 14 of issue 8: what a unit word really is, and the value a change starts from. Every sentence is written
for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out


def values_of(res, raw):
    return [r["value"] for r in out(res, raw)]


def skip_reasons(res, raw):
    return [s["reason"] for s in res.skipped if s["raw"] == raw]


# -- a unit word that is not the unit ----------------------------------------------------------------------------

def test_a_year_before_tianjins_name_is_no_count_of_days(tmp_path):
    res = extract(tmp_path, "2022天津两会专题：2021年天津引进北京项目1100个。\n", published="2022-01-20",
                  reference_year=2022)
    assert not [r for r in res.rows + res.candidates if r["raw"].endswith("天")]
    assert [r["value"] for r in res.rows + res.candidates if r["raw"] == "1100个"] == [1100]


def test_a_density_per_hundred_square_kilometres_is_not_a_length(tmp_path):
    res = extract(tmp_path, "2022年，河北高速公路密度达到4.12公里/百平方公里，高速公路通车里程8400公里。\n",
                  published="2023-02-10", reference_year=2023)
    assert not [r for r in res.rows + res.candidates if r["value"] == 4.12]
    assert values_of(res, "8400公里") == [8400]


def test_a_price_per_tonne_is_not_an_amount_of_money(tmp_path):
    res = extract(tmp_path, "2022年，唐山钢材均价4300元/吨。\n", published="2023-02-10", reference_year=2023)
    assert not [r for r in res.rows + res.candidates if r["value"] == 4300]


def test_a_figure_per_head_keeps_its_value(tmp_path):
    res = extract(tmp_path, "2022年，天津人均公园绿地面积为9.8平方米/人。\n", published="2023-02-10", reference_year=2023)
    assert values_of(res, "9.8平方米") == [9.8]


# -- the value a change starts from ------------------------------------------------------------------------------

def test_a_value_from_before_a_change_is_the_start_not_the_years_figure(tmp_path):
    res = extract(tmp_path, "2022年，香河县家具产业营业收入从原来的30亿元增长到55亿元。\n", published="2023-02-10",
                  reference_year=2023)
    assert values_of(res, "30亿元") == []
    assert skip_reasons(res, "30亿元") == ["period start"]
    assert [(r["value"], r["year"]) for r in out(res, "55亿元")] == [(55, 2022)]
    assert [r["candidate_id"] for r in out(res, "55亿元")] == ["家具产业营业收入|亿元"]
