"""Round 9 of issue 8: 约 split from its number, place suffixes (区域内, 天津港) kept out of phrases, origins inside a
measure phrase, the receiving side as subject, city rows for the Beijing-to-Hebei technology flow, and new catalogue
entries (births, rural population, grade-I air days, R&D by activity type). Sentences are our own."""
from __future__ import annotations

from etl.extract.numbers import find_numbers
from etl.extract.phrase import normalise
from tests.extract_support import out, rows, spring, why


def _qualifiers(text):
    return [(m.raw, m.qualifier) for m in find_numbers(text) if m.kind == "quantity"]


# -- 1. 约 before the verb, the number later in the clause -------------------------------------------------------
def test_approx_before_share_verb_reaches_the_number_later_in_the_clause():
    assert _qualifiers("服务业增加值约占地区生产总值的71%") == [("71%", "approx")]
    assert _qualifiers("研发人员数量约为全国平均水平的2.5倍") == [("2.5倍", "approx")]
    assert _qualifiers("入驻企业约占园区总数的三分之一") == [("三分之一", "approx")]


def test_approx_does_not_cross_a_clause_or_reach_a_second_number():
    assert _qualifiers("约为上年的1.2倍，利润增长8%") == [("1.2倍", "approx"), ("8%", "exact")]
    assert _qualifiers("出口约占全市的一半，进口增长12%") == [("12%", "exact")]


def test_the_yue_of_signing_is_no_qualifier():
    assert _qualifiers("签约占比达到35%") == [("35%", "exact")]
    assert _qualifiers("受资金制约为主要因素的项目占18%") == [("18%", "exact")]


def test_approx_split_reaches_the_extracted_row(tmp_path):
    res = spring(tmp_path, "2023年，天津数字经济核心产业增加值约占地区生产总值的12.6%。\n")
    assert [r["qualifier"] for r in out(res, "12.6%")] == ["approx"]


# -- 2. 区域内 / 天津港: the suffix stays with the place -------------------------------------------------------------
def test_place_suffix_is_not_the_start_of_a_phrase():
    text = "区域内城际班车线路"
    assert normalise(text, [(0, 2)]) == "城际班车线路"
    text = "天津港冷链泊位"
    assert normalise(text, [(0, 2)]) == "冷链泊位"


def test_port_words_after_a_place_are_kept():
    assert normalise("天津港口岸通关效率", [(0, 2)]) == "港口岸通关效率"
    assert normalise("河北港口集装箱吞吐量", [(0, 2)]) == "港口集装箱吞吐量"


def test_candidate_after_region_with_inner_suffix(tmp_path):
    res = spring(tmp_path, "2023年，京津冀区域内城际公交线路达到58条。\n")
    found = out(res, "58条")
    assert [c.get("candidate_id") for c in found] == ["城际公交线路|条"]


# -- 3. the origin inside the measure phrase --------------------------------------------------------------------
def test_origin_inside_the_measure_phrase_leaves_the_receiving_subject(tmp_path):
    res = spring(tmp_path, "2023年，河北实施京津产业转移项目512个。\n")
    assert [(c["region"], c["year"]) for c in out(res, "512个")] == [("hebei", 2023)]
    res = spring(tmp_path, "2023年，廊坊落地京津产业转移项目96个。\n")
    assert [c["region"] for c in out(res, "96个")] == ["langfang"]


def test_two_places_as_subjects_stay_ambiguous(tmp_path):
    res = spring(tmp_path, "2023年，北京、河北实施协同项目77个。\n")
    assert not out(res, "77个")


def test_a_place_leading_the_sentence_is_still_its_subject(tmp_path):
    res = spring(tmp_path, "2023年，天津产业转移项目落地64个。\n")
    assert [c["region"] for c in out(res, "64个")] == ["tianjin"]


# -- the receiving side is the subject even when the indicator's name names it as an origin ---------------------
def test_hebei_receiving_beijing_projects_is_not_tianjin(tmp_path):
    res = spring(tmp_path, "2023年，河北引进北京企业投资项目318个。\n")
    assert not rows(res, "318个")
    assert all(c["region"] == "hebei" for c in out(res, "318个"))


def test_tianjin_receiving_projects_still_a_row(tmp_path):
    res = spring(tmp_path, "2023年，天津引进京冀企业投资项目1350个。\n")
    assert rows(res, "1350个") == [("bj_hb_projects_in_tianjin", "tianjin", 2023)]


# -- 4. the Beijing-to-Hebei technology flow, city by city ------------------------------------------------------
def test_tech_flow_city_row(tmp_path):
    res = spring(tmp_path, "2023年，沧州吸纳北京技术合同成交额41.3亿元。\n")
    assert rows(res, "41.3亿元") == [("tech_contract_turnover_to_tjhb", "cangzhou", 2023)]


def test_tech_flow_other_province_city_is_not_ours(tmp_path):
    res = spring(tmp_path, "2023年，苏州吸纳北京技术合同成交额88.8亿元。\n")
    assert not rows(res, "88.8亿元")


# -- 5. catalogue breadth ---------------------------------------------------------------------------------------
def test_births_and_rural_population(tmp_path):
    res = spring(tmp_path, "2023年，河北出生人口41.6万人，人口出生率为5.6‰。年末河北乡村常住人口2801万人。\n")
    assert rows(res, "41.6万人") == [("births", "hebei", 2023)]
    assert rows(res, "2801万人") == [("rural_population", "hebei", 2023)]


def test_births_change_is_not_a_level(tmp_path):
    res = spring(tmp_path, "2023年，河北出生人口比上年减少3.2万人。\n")
    assert not rows(res, "3.2万人")


def test_grade_one_air_days(tmp_path):
    res = spring(tmp_path, "2023年，北京一级优天数为121天。\n")
    assert rows(res, "121天") == [("first_grade_air_days", "beijing", 2023)]


def test_grade_one_days_change_and_pm25_subindex_are_not_the_level(tmp_path):
    res = spring(tmp_path, "2023年，北京一级优天数比上年增加9天。\n")
    assert not rows(res, "9天")
    res = spring(tmp_path, "2023年，北京PM2.5一级优天数达到140天。\n")
    assert not rows(res, "140天")


def test_rd_by_activity_type(tmp_path):
    body = "2023年，全省用于基础研究的经费为31.2亿元，增长9.1%；应用研究经费90.4亿元；试验发展经费812.7亿元。\n"
    res = spring(tmp_path, body, title="河北省2023年科技经费投入统计公报")
    assert rows(res, "31.2亿元") == [("basic_research_expenditure", "hebei", 2023)]
    assert rows(res, "90.4亿元") == [("applied_research_expenditure", "hebei", 2023)]
    assert rows(res, "812.7亿元") == [("experimental_development_expenditure", "hebei", 2023)]
    assert rows(res, "9.1%") == [("basic_research_expenditure_growth", "hebei", 2023)]


def test_basic_research_cooperation_funding_is_not_basic_research_expenditure(tmp_path):
    res = spring(tmp_path, "2023年，三地基础研究合作专项累计投入经费6300余万元。\n")
    assert not rows(res, "6300余万元")
    res = spring(tmp_path, "2023年，北京基础研究经费增长12.5亿元。\n")
    assert not rows(res, "12.5亿元")


def test_total_rd_expenditure_is_not_experimental_development(tmp_path):
    res = spring(tmp_path, "2023年，天津研究与试验发展经费投入达到620.1亿元。\n")
    assert ("experimental_development_expenditure", "tianjin", 2023) not in rows(res, "620.1亿元")


def test_unknown_raw_reason_helper_still_works(tmp_path):
    res = spring(tmp_path, "2023年，北京、上海基础研究经费分别为500亿元和300亿元。\n")
    assert not rows(res, "300亿元")
    assert why(res, "300亿元")
