"""Open-world extraction (issue 8): candidates, precision guards, anaphora, flows from either side,
Chinese numerals and fractions, X年来, sub-areas, new units and the mirror-page clean-up.
Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from etl.catalog import load_catalog
from etl.extract.numbers import find_numbers
from etl.extract.phrase import normalise
from tests.extract_support import extract, why


def rows(res, indicator=None):
    return [r for r in res.rows if indicator is None or r["indicator"] == indicator]


def cand(res, raw):
    found = [c for c in res.candidates if c["raw"] == raw]
    assert len(found) == 1, (raw, res.candidates, res.skipped)
    return found[0]



def not_a_figure(res, raw):
    return all(r["raw"] != raw for r in res.rows + res.candidates)


# -- candidates ------------------------------------------------------------------------------------

def test_uncatalogued_figure_is_a_candidate_with_phrase_unit_measure_and_provenance(tmp_path):
    res = extract(tmp_path, "2021年，天津港集装箱航线新开通12条，冷链仓库面积达到35.6万平方米。\n")
    c = cand(res, "35.6万平方米")
    assert (c["candidate_id"], c["phrase"], c["unit"], c["measure"]) == ("冷链仓库面积|万平方米", "冷链仓库面积", "万平方米", "level")
    assert (c["region"], c["year"], c["value"], c["qualifier"], c["line"]) == ("tianjin_port", 2021, 35.6, "exact", 7)
    assert c["quote"] == "冷链仓库面积达到35.6万平方米。" and c["period_start"] is None and c["base_year"] is None


def test_candidate_kinds_cumulative_change_share_multiple(tmp_path):
    res = extract(tmp_path, "截至2021年底，河北累计建成充电桩8.2万个。2021年，河北快递业务量同比增长19.5%，"
                            "网上零售额占社会消费品零售总额的比重为21.3%，电子商务交易额是2015年的2.6倍。\n")
    assert cand(res, "8.2万个")["measure"] == "cumulative"
    growth = cand(res, "19.5%")
    assert (growth["candidate_id"], growth["base_year"], growth["value"]) == ("快递业务量|%|change", None, 19.5)
    assert cand(res, "21.3%")["measure"] == "share"
    multiple = cand(res, "2.6倍")
    assert (multiple["measure"], multiple["base_year"]) == ("multiple", 2015)


def test_candidate_unit_is_canonical_and_value_exact(tmp_path):
    res = extract(tmp_path, "2021年，河北粮食产量0.38亿吨，北京社会物流总额达到1.63万亿元。\n")
    assert (cand(res, "1.63万亿元")["unit"], cand(res, "1.63万亿元")["value"]) == ("亿元", 16300)
    assert (cand(res, "0.38亿吨")["unit"], cand(res, "0.38亿吨")["value"]) == ("亿吨", 0.38)


def test_synonym_maps_a_candidate_onto_an_indicator(tmp_path):
    base = load_catalog()
    catalog = type(base)(themes=base.themes, regions=base.regions, dir=base.dir,
                         indicators={**base.indicators, "cold_storage_area": {
                             "id": "cold_storage_area", "theme": "transport", "name_zh": "冷链仓库面积", "name_en": "Cold storage",
                             "unit": "万平方米", "measure": "level", "synonyms": ["冷链仓库面积|万平方米"]}})
    res = extract(tmp_path, "2021年，天津冷链仓库面积达到35.6万平方米。\n", catalog=catalog)
    assert [(r["indicator"], r["region"], r["value"]) for r in res.rows] == [("cold_storage_area", "tianjin", 35.6)]
    assert not res.candidates


def test_candidates_pass_the_same_rules_target_subannual_no_region(tmp_path):
    res = extract(tmp_path, "力争到2025年，河北充电桩达到20万个。2022年上半年，天津快递业务量完成6.1亿件。"
                            "2021年新建冷链仓库12座。\n")
    assert why(res, "20万个") == "target"
    assert why(res, "12座") == "no region"
    # a half-year's figure is a candidate of its own period (上半年|…), never the year's
    assert [c["candidate_id"] for c in res.candidates] == ["上半年|快递业务量|亿件"]


# -- precision -------------------------------------------------------------------------------------

def test_another_citys_figure_is_not_beijings(tmp_path):
    res = extract(tmp_path, "2021年，北京地区生产总值40269.6亿元，上海地区生产总值43214.9亿元，广东更高。\n")
    assert [(r["region"], r["value"]) for r in rows(res, "gdp")] == [("beijing", 40269.6)]
    assert why(res, "43214.9亿元") == "other region" and not_a_figure(res, "43214.9亿元")


def test_national_figure_is_not_a_regions(tmp_path):
    res = extract(tmp_path, "2021年北京研发投入强度为6.5%。全国研发经费投入强度为2.4%。\n")
    assert not_a_figure(res, "2.4%")


def test_gap_between_cities_is_not_a_level(tmp_path):
    res = extract(tmp_path, "2021年，天津地区生产总值比河北少24700亿元，北京与天津的差距扩大到24500亿元，"
                            "河北地区生产总值是天津的2.6倍。\n")
    for raw in ("24700亿元", "24500亿元", "2.6倍"):
        assert not_a_figure(res, raw), raw
    assert why(res, "24700亿元") == "comparison between regions"


def test_values_are_stored_as_written_never_rounded(tmp_path):
    res = extract(tmp_path, "2021年，天津地区生产总值15695.05亿元，滨海新区冷库容量123.456万吨。\n")
    assert rows(res, "gdp")[0]["value"] == 15695.05
    assert cand(res, "123.456万吨")["value"] == 123.456


def test_percentage_of_another_clause_does_not_attach_to_technology_contracts(tmp_path):
    res = extract(tmp_path, "2021年，北京流向津冀技术合同成交额350.4亿元，科技成果本地转化率达到40%。\n")
    assert [r["value"] for r in rows(res, "tech_contract_turnover_to_tjhb")] == [350.4]
    assert not rows(res, "tech_contract_turnover_to_tjhb_yoy")
    assert cand(res, "40%")["phrase"] == "科技成果本地转化率"


def test_share_is_never_a_change(tmp_path):
    res = extract(tmp_path, "2021年北京流向津冀技术合同成交额350.4亿元，占北京输出外省市技术合同的9.6%。\n")
    assert not rows(res, "tech_contract_turnover_to_tjhb_yoy")


def test_own_phrase_of_another_measure_stops_borrowed_words(tmp_path):
    res = extract(tmp_path, "2021年末，在北京常住人口中，城镇人口1916.1万人。\n")
    assert not rows(res, "population_year_end")
    assert [r["value"] for r in rows(res, "urban_population")] == [1916.1]


def test_ambiguous_anaphora_is_skipped(tmp_path):
    res = extract(tmp_path, "2021年，全市新增城市绿地500公顷。\n", title="北京与天津共同推进生态建设")
    assert why(res, "500公顷") == "ambiguous anaphora"
    res = extract(tmp_path, "2021年，全省新增城市绿地500公顷。\n", title="天津生态建设成效")
    assert why(res, "500公顷") == "ambiguous anaphora"  # 全省 cannot be Tianjin


def test_range_threshold_rank_are_not_figures(tmp_path):
    res = extract(tmp_path, "2021年，北京各区PM2.5浓度在25至36微克/立方米之间，研发强度超过5%的区有4个，"
                            "北京空气质量排名前10位。\n")
    assert why(res, "36微克/立方米") == "range"
    assert why(res, "超过5%") == "threshold"
    assert not_a_figure(res, "10位")


def test_enumerated_measures_pair_by_position(tmp_path):
    res = extract(tmp_path, "2021年，天津二氧化硫、PM2.5、二氧化氮浓度同比分别下降9.1%、19.6%和12.0%。\n")
    assert [(r["indicator"], r["value"]) for r in res.rows] == [
        ("so2_change_yoy", -9.1), ("pm25_change_yoy", -19.6), ("no2_change_yoy", -12.0)]


def test_enumerated_years_pair_by_position(tmp_path):
    res = extract(tmp_path, "2019年、2020年北京市常住人口分别为2190.1万人、2189.0万人。\n")
    assert {(r["year"], r["value"]) for r in rows(res, "population_year_end")} == {(2019, 2190.1), (2020, 2189.0)}


def test_unknown_district_opening_a_clause_is_not_its_city(tmp_path):
    res = extract(tmp_path, "2021年石家庄各区经济平稳增长，桥西区地区生产总值994.4亿元，增长5.1%。\n")
    assert not res.rows and not res.candidates


def test_a_tianjin_district_opening_a_clause_gets_its_own_figures(tmp_path):
    res = extract(tmp_path, "2021年天津各区经济平稳增长，东丽区地区生产总值1068.4亿元，增长5.1%。\n")
    assert {(r["indicator"], r["region"], r["value"]) for r in res.rows} == {
        ("gdp", "dongli", 1068.4), ("gdp_growth_real", "dongli", 5.1)}


# -- anaphora and subject ------------------------------------------------------------------------

@pytest.mark.parametrize("title, body, region", [
    ("北京市2021年国民经济和社会发展统计公报", "2021年全市地区生产总值40269.6亿元。", "beijing"),
    ("天津市2021年国民经济和社会发展统计公报", "2021年，本市地区生产总值15695.1亿元。", "tianjin"),
    ("河北省2021年经济运行情况", "2021年，全省地区生产总值40391.3亿元。", "hebei"),
    ("沧州市2021年经济运行情况", "2021年，我市地区生产总值4163.4亿元。", "cangzhou"),
    ("京津冀协同发展成效显著", "2021年，区域地区生产总值9.6万亿元。", "jjj"),
])
def test_anaphora_take_the_headline_region(tmp_path, title, body, region):
    res = extract(tmp_path, body + "\n", title=title)
    assert [r["region"] for r in rows(res, "gdp")] == [region]


def test_home_region_front_matter_key_wins(tmp_path):
    res = extract(tmp_path, "2021年，全市地区生产总值4163.4亿元。\n", title="经济运行情况", home_region="cangzhou")
    assert rows(res, "gdp")[0]["region"] == "cangzhou"


def test_headline_region_for_a_sentence_that_names_none(tmp_path):
    res = extract(tmp_path, "2021年地区生产总值40269.6亿元。\n", title="北京市统计局发布2021年经济数据")
    assert rows(res, "gdp")[0]["region"] == "beijing"
    res = extract(tmp_path, "2021年地区生产总值40269.6亿元。\n", title="北京和天津发布2021年经济数据")
    assert not rows(res, "gdp")


def test_region_named_before_its_anaphor(tmp_path):
    res = extract(tmp_path, "2021年北京全市常住人口2188.6万人。\n", title="北京与天津人口数据")
    assert rows(res, "population_year_end")[0]["region"] == "beijing"


# -- flows from either side ------------------------------------------------------------------------

def test_technology_contracts_from_the_receiving_side(tmp_path):
    res = extract(tmp_path, "2021年，河北吸纳北京技术合同成交额240.1亿元。天津吸纳北京技术合同1520项。\n")
    assert [(r["region"], r["value"]) for r in rows(res, "tech_contract_turnover_to_tjhb")] == [("hebei", 240.1)]
    assert [(r["region"], r["value"]) for r in rows(res, "tech_contract_count_to_tjhb")] == [("tianjin", 1520)]


def test_projects_from_beijing_counted_in_tianjin(tmp_path):
    res = extract(tmp_path, "2021年，天津引进来自北京的产业项目1120个、到位额1850.6亿元。\n")
    assert [(r["indicator"], r["region"], r["value"]) for r in res.rows] == [
        ("bj_hb_projects_in_tianjin", "tianjin", 1120), ("bj_hb_investment_in_tianjin", "tianjin", 1850.6)]


def test_hebei_receives_from_beijing_and_tianjin(tmp_path):
    res = extract(tmp_path, "2021年，河北引进京津项目1810个、资金2305.2亿元。\n")
    assert [(r["indicator"], r["value"]) for r in res.rows] == [("bjtj_projects_in_hebei", 1810), ("bjtj_investment_in_hebei", 2305.2)]


# -- numbers, periods and units --------------------------------------------------------------------

@pytest.mark.parametrize("text, value, qualifier", [
    ("近七成", 70, "approx"), ("超过三成", 30, "more_than"), ("千余家", 1000, "more_than"), ("百余个", 100, "more_than"),
    ("1/3", 33.33, "exact"), ("超过三分之一", 33.33, "more_than"), ("1 364万人", 1364, "exact"),
])
def test_chinese_numerals_fractions_and_spaced_groups(text, value, qualifier):
    m = [m for m in find_numbers("共有" + text + "参与") if m.kind == "quantity"][0]
    assert (float(m.number * m.scale / (10000 if "万" in text else 1)), m.qualifier) == (pytest.approx(value), qualifier)


def test_counting_words_are_not_figures():
    assert not [m for m in find_numbers("三次产业结构调整，发布了一份说明") if m.kind == "quantity"]


def test_x_years_since_counts_from_the_reference_year(tmp_path):
    res = extract(tmp_path, "协同发展十年来，天津累计引进北京企业投资项目超过7000个。\n",
                  published="2024-02", reference_year=2024)
    row = rows(res, "bj_hb_projects_in_tianjin_cumulative")[0]
    # counted back from the reference year; a February release reports the year just closed (tests/devset/README.md)
    assert (row["period_start"], row["year"], row["value"], row["qualifier"]) == (2014, 2023, 7000, "more_than")
    later = extract(tmp_path, "协同发展十年来，天津累计引进北京企业投资项目超过7000个。\n", published="2024-05",
                    reference_year=2024)
    assert [(r["period_start"], r["year"]) for r in later.rows] == [(2014, 2024)]


def test_headline_year_is_the_year_of_yearless_figures(tmp_path):
    res = extract(tmp_path, "本市PM2.5年均浓度为30微克/立方米。\n", title="北京市2021年生态环境状况公报",
                  published="2022-05", reference_year=2022)
    assert [(r["region"], r["year"]) for r in rows(res, "pm25_annual_mean")] == [("beijing", 2021)]


def test_subannual_headline_and_opening_month_are_skipped_with_a_reason(tmp_path):
    res = extract(tmp_path, "天津地区生产总值7700.1亿元。\n", title="天津上半年经济运行情况")
    # never the year's row; since round 11 a sentence naming no other time is the headline's half year, a candidate
    assert not res.rows and [c["candidate_id"].split("|")[0] for c in res.candidates] == ["上半年"]
    res = extract(tmp_path, "12月份，北京PM2.5浓度为40微克/立方米。优良天数28天。\n"
                            "1-12月，北京PM2.5浓度为30微克/立方米。\n", published="2022-01", reference_year=2022)
    assert [r["value"] for r in rows(res, "pm25_annual_mean")] == [30]
    # (since round 14 a month's figure is a candidate whose id names the month, never the year's row)
    assert [c["candidate_id"].split("|")[0] for c in res.candidates if c["raw"] in ("40微克/立方米", "28天")] == ["12月", "12月"]


@pytest.mark.parametrize("sentence, indicator, region, value", [
    ("2021年，天津港集装箱吞吐量2026.9万标准箱。", "port_container_throughput", "tianjin_port", 2026.9),
    ("2021年，唐山港货物吞吐量完成7.2亿吨。", "port_cargo_throughput", "tangshan_port", 72000),
    ("截至2021年底，京津冀铁路营业里程达10480公里，其中高铁2380公里。", "hsr_operating_km", "jjj", 2380),
    ("2021年，天津新能源汽车产量3.6万辆。", "nev_output", "tianjin", 3.6),
    ("2021年，石家庄高速公路通车里程达到1050公里。", "expressway_km", "shijiazhuang", 1050),
])
def test_transport_and_industry_families_and_their_units(tmp_path, sentence, indicator, region, value):
    res = extract(tmp_path, sentence + "\n")
    assert [(r["region"], r["value"]) for r in rows(res, indicator)] == [(region, value)]


@pytest.mark.parametrize("sentence, region", [
    ("2021年，滨海新区新增市场主体3.1万户。", "binhai"),
    ("2021年，定州市新增城市绿地120公顷。", "dingzhou"),
    ("2021年，保定市新开通公交线路12条、新增公交车辆300辆。", "baoding"),
])
def test_sub_areas_are_their_own_region(tmp_path, sentence, region):
    res = extract(tmp_path, sentence + "\n")
    assert res.candidates and {c["region"] for c in res.candidates} == {region}


# -- mirror pages ----------------------------------------------------------------------------------

def test_pinyin_readings_datelines_and_bylines_are_removed(tmp_path):
    body = ("發布時間:2022年01月05日 10:30 來源:測試網\n\n"
            "北京市生態環境局表示,2021年細顆粒物(PM2.5)年均濃度為33微克/立方米,"
            "地區生(shēng)產(chǎn)總值(zhí)40269.6億元。\n責任編輯:某某\n")
    res = extract(tmp_path, body, published="2022-01", reference_year=2022)
    got = {(r["indicator"], r["region"], r["year"], r["value"]) for r in res.rows}
    assert got == {("pm25_annual_mean", "beijing", 2021, 33), ("gdp", "beijing", 2021, 40269.6)}


def test_dateline_year_does_not_make_last_years_figure_a_plan(tmp_path):
    body = "来源:测试网 2026年01月04日 18:44\n\n北京PM2.5年均浓度为27.0微克/立方米。\n"
    res = extract(tmp_path, body, published="2026-01-04", reference_year=2026)
    assert [(r["year"], r["value"], r["raw"]) for r in rows(res, "pm25_annual_mean")] == [(2025, 27.0, "27.0微克/立方米")]


def test_phrase_normalisation():
    assert normalise("截至2022年底，累计引进在京企业投资项目超", []) == "引进在京企业投资项目"
    assert normalise("全年实现“新经济”增加值", []) == "新经济增加值"
    assert normalise("比上年增长", []) == ""


# -- rules learnt on the shared corpus, with sentences written for the test -------------------------

def test_publisher_names_the_home_region_when_the_headline_does_not(tmp_path):
    res = extract(tmp_path, "过去一年，全省承接京津转入单位4100家，其中北京转入3000家。\n",
                  title="统计局负责人接受专访", publisher="河北省统计局 (example.gov.cn)", published="2023-03", reference_year=2023)
    assert [(r["indicator"], r["region"], r["year"], r["value"]) for r in res.rows] == [
        ("units_transferred_to_hebei", "hebei", 2022, 4100)]
    # the part from one origin is no second row of the total: a candidate that names its origin
    assert [(c["region"], c["value"], c["phrase"][:4]) for c in res.candidates if c["raw"] == "3000家"] == [
        ("hebei", 3000, "来自北京")]


def test_from_value_of_a_year_range_is_the_start_years(tmp_path):
    res = extract(tmp_path, "从2013年到2021年，天津PM2.5平均浓度从96微克/立方米降至39微克/立方米。\n")
    assert {(r["year"], r["value"]) for r in rows(res, "pm25_annual_mean")} == {(2013, 96), (2021, 39)}


def test_milestones_are_bounds_and_norms_are_not_values(tmp_path):
    res = extract(tmp_path, "2021年北京地区生产总值迈上4万亿元的台阶，PM2.5浓度仍高于国家标准(35微克/立方米)。\n")
    # a milestone with no exact value beside it is what labellers chart: more than the bar (round 34)
    assert [(r["indicator"], r["value"], r["qualifier"]) for r in res.rows] == [("gdp", 40000, "more_than")]
    assert not res.candidates


def test_a_change_of_a_level_is_not_the_level(tmp_path):
    res = extract(tmp_path, "经济普查后，天津2018年地区生产总值被下调5000.5亿元。2021年，北京常住人口增3.1万人。\n")
    assert not rows(res, "gdp") and not rows(res, "population_year_end")
    # (round 24: the change has an indicator of its own, the year-end population's change)
    assert [(r["indicator"], r["value"]) for r in res.rows if r["raw"] == "3.1万人"] == [("population_year_end_change", 3.1)]


def test_growth_belongs_to_the_nearest_measure_not_one_two_clauses_back(tmp_path):
    res = extract(tmp_path, "2021年，北京居民收入增长快于GDP，全市居民人均可支配收入75002元，比上年增长8.0%。\n",
                  title="北京市2021年经济运行情况")
    assert not rows(res, "gdp_growth_real")
    assert [r["value"] for r in rows(res, "disposable_income_per_capita_growth")] == [8.0]


def test_a_month_named_first_holds_for_the_paragraph(tmp_path):
    res = extract(tmp_path, "2021年11月天津空气质量月报 2021年11月，全市达标天数20天。PM2.5浓度同比下降10.2%。\n",
                  published="2021-12", reference_year=2021)
    assert not res.rows and not res.candidates
    assert why(res, "10.2%") == "sub-annual period"


def test_small_chinese_counts_are_words_but_shares_are_figures(tmp_path):
    res = extract(tmp_path, "2021年，天津制定政策、任务、项目三个清单，民营经济占比超过五成。\n")
    assert not_a_figure(res, "三个")
    assert cand(res, "超过五成")["value"] == 50


def test_print_stamp_year_does_not_set_the_figures_year(tmp_path):
    body = "《测试日报》( 2022年03月29日 10 版)本报北京3月28日电 当天，共有15个项目集中签约，总投资额约130亿元。\n"
    res = extract(tmp_path, body, title="廊坊市投资推介会举行", published="2022-03-29", reference_year=2022)
    # the day's event: results of 2022 (not plans of a spring release, not the stamp's), in the headline's 廊坊
    assert [(c["region"], c["year"], c["value"]) for c in res.candidates] == [("langfang", 2022, 15), ("langfang", 2022, 130)]


def test_estimate_for_the_year_just_closed_is_not_a_plan(tmp_path):
    res = extract(tmp_path, "“十三五”时期，我市科技创新成效显著，研发经费投入强度预计达到3.4%。\n",
                  title="天津市科技工作会议报告", published="2021-02", reference_year=2021)
    row = rows(res, "rd_intensity")
    if row:  # rd_intensity belongs to the data catalogue; when present it must read like this
        assert (row[0]["region"], row[0]["year"], row[0]["value"], row[0]["qualifier"]) == ("tianjin", 2020, 3.4, "approx")
    else:
        assert cand(res, "3.4%")["qualifier"] == "approx"


def test_region_inside_a_name_or_as_an_origin_is_not_the_subject(tmp_path):
    res = extract(tmp_path, "抢抓京津冀协同发展机遇，全市新增高新技术企业1200家。\n", title="天津科技工作会议")
    assert cand(res, "1200家")["region"] == "tianjin"
    res = extract(tmp_path, "2021年，廊坊签约项目全部来自北京企业，总投资额约130亿元。\n")
    assert cand(res, "约130亿元")["region"] == "langfang"


def test_hebei_taking_contracts_from_beijing_and_tianjin_is_not_beijings_flow(tmp_path):
    res = extract(tmp_path, "2021年，河北吸纳京津技术合同成交额350.1亿元。\n")
    assert not rows(res, "tech_contract_turnover_to_tjhb")


def test_level_reached_after_a_change_verb_is_not_a_change(tmp_path):
    res = extract(tmp_path, "2021年，天津常住人口自然增长率下降到1.2%。\n")
    c = cand(res, "1.2%")
    assert (c["measure"], c["value"]) == ("share", 1.2)


def test_a_bare_list_of_numbers_pairs_like_fenbie(tmp_path):
    res = extract(tmp_path, "2021年，河北PM10、PM2.5、NO2年均浓度同比下降8.4%、12.5%、6.0%。\n")
    assert [(r["indicator"], r["value"]) for r in res.rows] == [
        ("pm10_change_yoy", -8.4), ("pm25_change_yoy", -12.5), ("no2_change_yoy", -6.0)]
    assert not res.candidates


def test_a_single_project_in_an_unknown_district_is_no_figure(tmp_path):
    res = extract(tmp_path, "2021年，北京企业加快落户天津，某集团在西青区投资12亿元建设研发基地，投资8亿元的物流园项目开工。\n")
    assert not res.rows and not res.candidates


def test_year_to_date_in_a_half_year_release_stays_sub_annual(tmp_path):
    res = extract(tmp_path, "今年以来，天津引进北京企业投资到位额820.5亿元。\n", title="天津上半年引进京企投资情况",
                  published="2021-07", reference_year=2021)
    assert not res.rows and why(res, "820.5亿元") == "sub-annual period"


def test_a_city_is_not_its_province_for_an_indicator_of_provinces(tmp_path):
    # round 9: the Beijing-to-Hebei flow, like the other Hebei-side flows, takes a Hebei city as its region (the
    # city's own intake), never the province
    res = extract(tmp_path, "2021年，保定吸纳北京技术合同成交额60.2亿元。\n")
    assert [(r["region"], r["year"], r["value"]) for r in rows(res, "tech_contract_turnover_to_tjhb")] == [("baoding", 2021, 60.2)]
