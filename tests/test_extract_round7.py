"""Round 7 of issue 8: genre rules for releases the extractor has never seen (headline figures in brackets, signing
totals read from the meeting's name, a catalogue default that yields to the region the text names, the families real
releases report, anaphora). Every sentence here is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import out, rows, spring, why


def cands(res, raw):
    return [(c["region"], c["year"]) for c in res.candidates if c["raw"] == raw]


# -- 1. headline figures in brackets --------------------------------------------------------------

def test_bracket_figure_belongs_to_the_region_before_it(tmp_path):
    res = spring(tmp_path, "2023年，河北地区生产总值43950亿元，超过了北京(GDP43700.5亿元)和天津（地区生产总值16800.2亿元）。\n")
    assert rows(res, "43950亿元") == [("gdp", "hebei", 2023)]
    assert rows(res, "43700.5亿元") == [("gdp", "beijing", 2023)]
    assert rows(res, "16800.2亿元") == [("gdp", "tianjin", 2023)]


def test_bracket_figure_reads_the_bracket_words_only(tmp_path):
    res = spring(tmp_path, "2023年，天津（地区生产总值16800.2亿元）比上年增长4.5%。\n")
    assert rows(res, "16800.2亿元") == [("gdp", "tianjin", 2023)]
    assert rows(res, "4.5%") == [("gdp_growth_real", "tianjin", 2023)]


def test_bracket_figure_of_a_place_outside_ours_is_no_row(tmp_path):
    res = spring(tmp_path, "2023年，苏州的经济总量追上了上海（GDP47100亿元）。\n")
    assert not out(res, "47100亿元")
    assert why(res, "47100亿元") == "other region"


def test_bracket_after_a_gap_between_places_stays_a_gap(tmp_path):
    res = spring(tmp_path, "2023年，河北地区生产总值比北京（GDP43700.5亿元）多出250亿元。\n")
    assert not out(res, "43700.5亿元") and not out(res, "250亿元")


def test_gdp_glued_to_a_number_outside_a_bracket_is_still_not_read(tmp_path):
    # a headline "2023年GDP43700.09亿元" may be a typo of the body's figure: only the bracket form is read
    res = spring(tmp_path, "北京2023年GDP43700.09亿元\n\n2023年，北京地区生产总值43700.9亿元。\n")
    assert not out(res, "43700.09亿元")
    assert rows(res, "43700.9亿元") == [("gdp", "beijing", 2023)]


# -- 2. signing totals: the meeting's region -------------------------------------------------------

def test_signing_total_of_a_meeting_in_one_city_is_that_citys(tmp_path):
    res = spring(tmp_path, "2023年6月，京廊产业对接会在廊坊举行，现场签约项目52个，总金额410亿元。\n")
    assert not res.rows  # not the 北三县 fair's, whatever that indicator's default says
    assert cands(res, "52个") == [("langfang", 2023)]
    assert cands(res, "410亿元") == [("langfang", 2023)]


def test_signing_total_of_the_northern_counties_fair_keeps_its_indicator(tmp_path):
    res = spring(tmp_path, "2023年，北三县项目推介洽谈会在通州举办，签约项目55个，意向投资额320亿元。\n")
    assert rows(res, "55个") == [("bsx_fair_projects_signed", "beisanxian", 2023)]
    assert rows(res, "320亿元") == [("bsx_fair_intended_investment", "beisanxian", 2023)]


def test_signing_total_from_the_headline_event(tmp_path):
    res = spring(tmp_path, "活动当天签约项目52个，意向投资额410亿元。\n", title="2023年保定经贸洽谈会举行")
    assert not res.rows
    assert cands(res, "52个") == [("baoding", 2023)]


def test_signing_total_of_a_meeting_of_two_places_is_skipped(tmp_path):
    res = spring(tmp_path, "2023年5月，北京·保定产业对接会举行，签约项目52个，总金额410亿元。\n")
    assert not out(res, "52个") and not out(res, "410亿元")
    assert why(res, "52个") == "ambiguous region"


def test_speaking_agency_is_not_the_subject_of_a_fair_total(tmp_path):
    res = spring(tmp_path, "北京市发改委相关负责人介绍，2019年以来累计签约项目300余个。\n", title="2023年北三县项目推介洽谈会举行")
    assert rows(res, "300余个") == [("bsx_fair_projects_cumulative", "beisanxian", 2023)]


# -- 3. a catalogue default yields to the region the text names -------------------------------------

def test_flow_into_a_hebei_city_is_not_tianjins(tmp_path):
    res = spring(tmp_path, "2023年，廊坊市引进来自北京的产业项目130个，到位资金达210亿元。\n")
    assert not res.rows
    assert cands(res, "210亿元") == [("langfang", 2023)]


def test_flow_in_a_city_release_is_not_tianjins(tmp_path):
    res = spring(tmp_path, "2023年，来自北京的产业项目到位额310亿元。\n", title="廊坊市2023年承接北京非首都功能疏解")
    assert not res.rows


def test_flow_in_a_tianjin_release_keeps_the_default(tmp_path):
    res = spring(tmp_path, "2023年，引进北京、河北企业投资到位额1600亿元。\n", title="天津市2023年推进京津冀协同发展")
    assert rows(res, "1600亿元") == [("bj_hb_investment_in_tianjin", "tianjin", 2023)]


def test_province_named_around_a_sub_area_default_keeps_it(tmp_path):
    res = spring(tmp_path, "截至2023年底，天津滨海-中关村科技园累计注册企业5100家。\n")
    assert rows(res, "5100家") == [("binhai_zgc_registered_firms", "binhai", 2023)]


def test_a_list_of_parks_is_no_subject(tmp_path):
    res = spring(tmp_path, "2023年，推进滨海、宝坻和保定中关村合作园区建设，滨海-中关村科技园累计注册企业5100家。\n")
    assert rows(res, "5100家") == [("binhai_zgc_registered_firms", "binhai", 2023)]


# -- 4. families real releases report ---------------------------------------------------------------

def test_transport_families(tmp_path):
    res = spring(tmp_path, "2023年，河北省铁路营业里程达8300公里，其中高铁2600公里。天津港集装箱吞吐量2230万标准箱，"
                           "货物吞吐量5.6亿吨。京津冀累计打通“断头路”“瓶颈路”2100公里。\n")
    assert rows(res, "8300公里") == [("rail_operating_km", "hebei", 2023)]
    assert rows(res, "2600公里") == [("hsr_operating_km", "hebei", 2023)]
    assert rows(res, "2230万标准箱") == [("port_container_throughput", "tianjin_port", 2023)]
    assert rows(res, "5.6亿吨") == [("port_cargo_throughput", "tianjin_port", 2023)]
    assert rows(res, "2100公里") == [("bottleneck_roads_opened_km", "jjj", 2023)]


def test_industry_and_innovation_families(tmp_path):
    res = spring(tmp_path, "2023年，天津市汽车产量60.1万辆，新能源汽车产量13.2万辆。天津市研发经费投入强度3.6%。"
                           "滨海-中关村科技园新增注册企业810家，累计注册企业5100家。\n")
    assert rows(res, "60.1万辆") == [("vehicle_output", "tianjin", 2023)]
    assert rows(res, "13.2万辆") == [("nev_output", "tianjin", 2023)]
    assert rows(res, "3.6%") == [("rd_intensity", "tianjin", 2023)]
    assert rows(res, "810家") == [("binhai_zgc_new_registered_firms", "binhai", 2023)]
    assert rows(res, "5100家") == [("binhai_zgc_registered_firms", "binhai", 2023)]


def test_xiongan_investment_growth_and_project_starts(tmp_path):
    res = spring(tmp_path, "2023年，雄安新区固定资产投资同比增长16.1%，新开工重点项目90个，在建重点项目310余个。\n")
    assert rows(res, "16.1%") == [("xiongan_investment_growth", "xiongan", 2023)]
    assert rows(res, "90个") == [("xiongan_projects_started", "xiongan", 2023)]
    assert not any(r[0] == "xiongan_projects_started" for r in rows(res, "310余个"))


def test_schools_hospitals_and_beds_built(tmp_path):
    res = spring(tmp_path, "2023年，雄安新区建成学校21所、医院4所，新增养老床位1300张。\n")
    assert rows(res, "21所") == [("schools_built", "xiongan", 2023)]
    assert rows(res, "4所") == [("hospitals_built", "xiongan", 2023)]
    assert rows(res, "1300张") == [("elderly_care_beds_added", "xiongan", 2023)]
    res = spring(tmp_path, "2023年，通州区新建学校13所，新增养老床位900张。\n")
    assert rows(res, "13所") == [("schools_built", "tongzhou", 2023)]
    assert rows(res, "900张") == [("elderly_care_beds_added", "tongzhou", 2023)]


def test_schools_built_are_not_schools_supported(tmp_path):
    res = spring(tmp_path, "2023年，北京以“交钥匙”方式在雄安新区建设4所学校。\n")
    assert not rows(res, "4所")
    res = spring(tmp_path, "2023年，北京与雄安新区31所学校开展对接帮扶。\n")
    assert rows(res, "31所") == [("xiongan_schools_supported", "xiongan", 2023)]


def test_households_and_people_relocated(tmp_path):
    res = spring(tmp_path, "2023年，通州区累计搬迁群众1.3万户，安置居民3.6万人。\n")
    assert rows(res, "1.3万户") == [("households_relocated", "tongzhou", 2023)]
    assert rows(res, "3.6万人") == [("people_relocated", "tongzhou", 2023)]
    assert [r["value"] for r in res.rows if r["raw"] == "3.6万人"] == [36000]


def test_eco_compensation_funds(tmp_path):
    res = spring(tmp_path, "2023年，天津市安排引滦入津上下游横向生态补偿资金1.6亿元。\n")
    assert rows(res, "1.6亿元") == [("eco_compensation_funds", "tianjin", 2023)]


def test_statistical_bulletin_families(tmp_path):
    res = spring(tmp_path, "2023年，全市居民人均可支配收入81000元，比上年增长5.7%。"
                           "农村居民人均可支配收入37000元。年末常住外来人口820.5万人。城镇调查失业率均值为4.5%。"
                           "PM10、二氧化氮和二氧化硫年均浓度分别为60、25和3微克/立方米。\n",
                 title="北京市2023年国民经济和社会发展统计公报")
    assert rows(res, "5.7%") == [("disposable_income_per_capita_growth", "beijing", 2023)]
    assert rows(res, "37000元") == [("rural_disposable_income_per_capita", "beijing", 2023)]
    assert rows(res, "820.5万人") == [("resident_migrant_population", "beijing", 2023)]
    assert rows(res, "4.5%") == [("surveyed_unemployment_rate", "beijing", 2023)]
    assert rows(res, "60") == [("pm10_annual_mean", "beijing", 2023)]
    assert rows(res, "25") == [("no2_annual_mean", "beijing", 2023)]
    assert rows(res, "3微克/立方米") == [("so2_annual_mean", "beijing", 2023)]


def test_migrants_named_in_a_breakdown_of_residents(tmp_path):
    res = spring(tmp_path, "年末全市常住人口1500.5万人。其中，外来人口480.2万人，占全市常住人口的32.0%。\n",
                 title="天津市2023年人口统计公报")
    assert rows(res, "480.2万人") == [("resident_migrant_population", "tianjin", 2023)]


def test_beds_of_a_province_stay_a_candidate(tmp_path):
    res = spring(tmp_path, "2023年，河北新增中小学学位2.2万个，新建养老机构床位3100张。\n")
    assert not rows(res, "3100张")
    assert cands(res, "3100张") == [("hebei", 2023)]


def test_targets_and_yearly_floors_are_no_levels(tmp_path):
    res = spring(tmp_path, "2023年，城镇调查失业率控制在5%以内。\n", title="河北省2023年政府工作报告")
    assert not rows(res, "5%以内")


# -- 5. anaphora ------------------------------------------------------------------------------------

def test_anaphora_resolved_from_the_headline(tmp_path):
    res = spring(tmp_path, "2023年，全市地区生产总值16800.2亿元。\n", title="天津市2023年经济运行情况")
    assert rows(res, "16800.2亿元") == [("gdp", "tianjin", 2023)]
    res = spring(tmp_path, "2023年，全省地区生产总值43950亿元。\n", title="河北省2023年经济运行情况")
    assert rows(res, "43950亿元") == [("gdp", "hebei", 2023)]
    res = spring(tmp_path, "2023年，本市地区生产总值16800.2亿元。\n", title="2023年经济运行情况", home_region="tianjin")
    assert rows(res, "16800.2亿元") == [("gdp", "tianjin", 2023)]


def test_anaphora_with_two_cities_in_the_headline_is_skipped(tmp_path):
    res = spring(tmp_path, "2023年，全市地区生产总值16800.2亿元。\n", title="北京、天津2023年经济运行情况")
    assert not out(res, "16800.2亿元")
    assert why(res, "16800.2亿元") == "ambiguous anaphora"


def test_anaphora_of_the_wrong_kind_is_skipped(tmp_path):
    res = spring(tmp_path, "2023年，全省地区生产总值43950亿元。\n", title="天津市2023年经济运行情况")
    assert not out(res, "43950亿元")


def test_anaphora_without_a_subject_is_skipped(tmp_path):
    res = spring(tmp_path, "2023年，我市地区生产总值16800.2亿元。\n", title="2023年经济运行情况")
    assert not out(res, "16800.2亿元")


# -- negatives --------------------------------------------------------------------------------------

def test_shanghai_and_the_nation_are_not_ours(tmp_path):
    res = spring(tmp_path, "2023年，全市地区生产总值16800.2亿元，上海为47100亿元；全国国内生产总值126万亿元。\n",
                 title="天津市2023年统计公报")
    assert rows(res, "16800.2亿元") == [("gdp", "tianjin", 2023)]
    assert not out(res, "47100亿元") and not out(res, "126万亿元")


def test_gap_between_two_cities_is_no_level(tmp_path):
    res = spring(tmp_path, "2023年，北京地区生产总值43700.5亿元，比天津多26900亿元。\n")
    assert not out(res, "26900亿元")
    assert why(res, "26900亿元") == "comparison between regions"


def test_percentage_of_another_clause_is_no_tech_contract_figure(tmp_path):
    res = spring(tmp_path, "2023年，北京流向津冀技术合同成交额750.1亿元；全市高新技术企业数量增长40%。\n")
    assert rows(res, "750.1亿元") == [("tech_contract_turnover_to_tjhb", "tianjin_hebei", 2023)]
    assert not any(i.startswith("tech_contract") for i, _, _ in rows(res, "40%"))
