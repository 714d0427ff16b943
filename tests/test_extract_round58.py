"""Round 58 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out, places_and_years

# (body, front matter, number as written, [(region, year)] of every row and candidate read from it)
PLACE_AND_YEAR_OF = [
    pytest.param("2023年，天津加快建设全球智能制造标杆城市，全年实现数字经济增加值7000.5亿元，比上年增长6.5%。\n",
                 dict(title="天津数字经济", reference_year=2024, published="2024-03-20"),
                 "7000.5亿元", [("tianjin", 2023)],
                 id="a_designation_built_toward_named_after_the_world_leaves_the_figure_to_the_city"),
    pytest.param("京津合作以来，北京天坛医院滨海院区、北京同仁医院滨海院区等8家优质医疗资源落户滨海新区。\n",
                 dict(title="滨海新区公共服务", reference_year=2025, published="2025-06-10"),
                 "8家", [("binhai", 2025)],
                 id="hospitals_listed_then_counted_as_what_landed_are_a_figure_not_the_lists_length"),
    pytest.param("目前，科技新城一期征地工作已结束，先后引进亿元以上项目50个。\n",
                 dict(title="宝坻 京津中关村科技新城 引进亿元以上项目50个", reference_year=2015, published="2015-05-10"),
                 "50个", [("baodi", 2015)],
                 id="the_parks_earlier_name_in_a_headline_is_its_district"),
    pytest.param("某学院2016年开始在顺义区建设新校区。目前第二期已完成，迁入学生1.2万人，第三期预计2022年完工。\n",
                 dict(title="北京多所大学加快外迁", reference_year=2021, published="2021-06-10"),
                 "1.2万人", [("shunyi", 2021)],
                 id="a_year_named_after_the_figure_does_not_end_the_paragraphs_place"),
    pytest.param("签约仪式上，固安县人民政府与中关村科技园区大兴园管委会签订合作协议，总投资30亿元的12个项目成功签约。\n",
                 dict(title="大兴·固安深化合作 12个项目落户固安", reference_year=2017, published="2017-05-10"),
                 "12个", [("gu_an", 2017)],
                 id="a_place_inside_the_organ_signing_with_the_subject_is_the_partners"),
    pytest.param("南水北调中线工程通水以来，北京市民用水安全得到保障。\n\n2024年调水年度，直接受益人口超1500万人。\n",
                 dict(title="南水北调中线一期工程全面通水十周年", reference_year=2024, published="2024-11-03"),
                 "超1500万人", [("beijing", 2024)],
                 id="a_release_that_names_one_place_only_gives_it_the_figures_of_sentences_with_none"),
    pytest.param("2016年，天津市发挥区位优势，新增港口泊位12个。\n",
                 dict(title="天津港口建设", reference_year=2017, published="2017-01-20"),
                 "12个", [("tianjin", 2016)],
                 id="a_word_that_opens_on_district_is_no_district_after_the_city"),
    pytest.param("2020年，河北推进冬奥场馆建设，张家口冰雪装备产业园落地项目30个。"
                 "2020年，京津冀协同发展向纵深推进。80项年度重点任务全部完成。\n",
                 dict(title="河北省政府工作报告", reference_year=2021, published="2021-01-20"),
                 "80项", [("hebei", 2020)],
                 id="a_park_inside_a_place_of_ours_does_not_make_the_next_sentences_somewhere_elses"),
    pytest.param("2023年，香河至北京开通定制快巴线路共3条，投入运营车辆15辆。\n",
                 dict(title="首批通勤快巴开通运营", reference_year=2023, published="2023-08-10"),
                 "3条", [("xianghe", 2023)],
                 id="commuter_lines_into_the_capital_are_the_towns_they_start_from"),
    pytest.param("北京第一中学雄安校区项目建筑面积为30000平方米，投资额32000万元。\n",
                 dict(title="北京援建雄安学校", reference_year=2019, published="2019-05-27"),
                 "32000万元", [("xiongan", 2019)],
                 id="a_campus_named_after_its_place_is_in_that_place"),
    pytest.param("据介绍，自去年京津冀协同发展国家战略建立以来，天津市已有100多家医疗机构和北京方面建立业务联系。\n",
                 dict(title="京津医疗合作", reference_year=2015, published="2015-07-27"),
                 "100多家", [("tianjin", 2015)],
                 id="since_an_event_of_last_year_named_after_it_runs_to_now"),
    pytest.param("天津日报讯 从天津市政府新闻办5月10日举行的新闻发布会上获悉，近年来，我市生物医药产业加快发展，"
                 "共有省部级以上企业技术中心520家，去年营业收入实现700亿元，同比增长9.5%。\n",
                 dict(title="天津生物医药产业加快发展", reference_year=2023, published="2023-05-12"),
                 "520家", [("tianjin", 2023)],
                 id="a_spring_press_conference_that_says_last_year_for_one_figure_counts_the_rest_as_of_now"),
    pytest.param("天津日报讯 从天津市政府新闻办5月10日举行的新闻发布会上获悉，近年来，我市生物医药产业加快发展，"
                 "共有省部级以上企业技术中心520家，去年营业收入实现700亿元，同比增长9.5%。\n",
                 dict(title="天津生物医药产业加快发展", reference_year=2023, published="2023-05-12"),
                 "700亿元", [("tianjin", 2022)],
                 id="control_the_figure_said_of_last_year_in_that_press_conference_stays_last_years"),
    pytest.param("5月10日，天津市统计局发布2022年统计公报。2022年，我市共有省部级以上企业技术中心520家，实现营业收入700亿元。\n",
                 dict(title="天津统计公报发布", reference_year=2023, published="2023-05-12"),
                 "520家", [("tianjin", 2022)],
                 id="control_a_spring_release_that_names_last_year_outright_still_reports_it"),
]


@pytest.mark.parametrize("body, front, raw, expected", PLACE_AND_YEAR_OF)
def test_place_and_year_of(tmp_path, body, front, raw, expected):
    assert places_and_years(tmp_path, body, front, raw) == expected


# (body, front matter, numbers as written that give no row and no candidate)
NO_FIGURE = [
    pytest.param("二、2022年目标任务和重点工作\n全省生产总值增长6.5%左右，一般公共预算收入增长6%。\n",
                 dict(title="河北省政府工作报告要点", reference_year=2022, published="2022-01"), ("6.5%", "6%"),
                 id="control_a_tasks_heading_still_makes_its_sections_rates_targets"),
    pytest.param("2023年，全球数字经济规模达到33万亿美元，天津数字经济增加值7000.5亿元。\n",
                 dict(title="天津数字经济", reference_year=2024, published="2024-03-20"), ("33万亿美元",),
                 id="control_the_worlds_own_figure_is_still_no_citys"),
    pytest.param("北京天坛医院滨海院区、北京同仁医院滨海院区等8家医院，服务能力不断提升。\n",
                 dict(title="滨海新区公共服务", reference_year=2025, published="2025-06-10"), ("8家",),
                 id="control_hospitals_listed_then_counted_with_no_deed_stay_a_lists_count"),
    pytest.param("南水北调中线工程通水以来，北京、天津市民用水安全得到保障。\n\n2024年调水年度，直接受益人口超1500万人。\n",
                 dict(title="南水北调中线一期工程全面通水十周年", reference_year=2024, published="2024-11-03"), ("超1500万人",),
                 id="control_a_release_that_names_two_places_leaves_a_sentence_with_none_unplaced"),
    pytest.param("京津冀经济总量10年连跨5个万亿元大关，2023年达到10.4万亿元。\n",
                 dict(title="京津冀协同发展十周年", reference_year=2024, published="2024-05-10"), ("5个",),
                 id="the_number_of_trillion_marks_passed_is_no_figure"),
    pytest.param("北京全年PM2.5平均浓度下降。\n\n与2013年相比，74个重点城市的达标城市数量均有所增加。\n",
                 dict(title="重点区域空气质量状况", reference_year=2015, published="2015-02-03"), ("74个",),
                 id="control_a_count_over_many_cities_is_not_the_one_place_the_release_names"),
    pytest.param("2023年，北京至天津的城际列车日均开行80对。\n",
                 dict(title="城际铁路运营", reference_year=2023, published="2023-08-10"), ("80对",),
                 id="control_a_route_with_no_commuters_service_into_the_capital_gives_neither_end"),
]


@pytest.mark.parametrize("body, front, raws", NO_FIGURE)
def test_no_figure_read_from(tmp_path, body, front, raws):
    res = extract(tmp_path, body, **front)
    assert [r["raw"] for r in res.rows + res.candidates if r["raw"] in raws] == []


def test_a_year_named_before_the_figure_still_ends_the_paragraphs_place(tmp_path):
    body = "某学院2016年开始在顺义区建设新校区。2020年，全市高校迁入学生1.2万人。\n"
    res = extract(tmp_path, body, title="北京多所大学加快外迁", reference_year=2021, published="2021-06-10")
    assert "shunyi" not in [r["region"] for r in out(res, "1.2万人")]


def test_a_total_reached_after_the_years_new_ones_is_the_same_things_level(tmp_path):
    body = "2016年全年，天津港口建设投资共计完成120亿元，全年新增生产性泊位12个，共计达到176个。\n"
    res = extract(tmp_path, body, title="天津港口建设", reference_year=2017, published="2017-01-20")
    [total] = [c for c in res.candidates if c["raw"] == "176个"]
    assert (total["region"], total["year"], total["value"]) == ("tianjin", 2016, 176)
    assert "泊位" in total["candidate_id"] and "change" not in total["candidate_id"]


def test_a_years_review_named_on_its_own_line_ends_the_tasks_ahead_of_a_contents_list(tmp_path):
    body = ("一、2021年工作回顾\n二、2022年目标任务和重点工作\n回顾2021\n"
            "全省生产总值增长6.5%，一般公共预算收入增长8.1%。\n")
    res = extract(tmp_path, body, title="河北省政府工作报告要点", reference_year=2022, published="2022-01")
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "6.5%")] == [("gdp_growth_real", "hebei", 2021)]


def test_a_length_before_the_network_it_measures_takes_the_network_as_its_measure(tmp_path):
    body = "五年来，天津市开通地铁新线120公里，与200公里的市域铁路共同构成了420公里的轨道网络。\n"
    res = extract(tmp_path, body, title="天津轨道交通", reference_year=2025, published="2025-11-20")
    [network] = [c for c in res.candidates if c["raw"] == "420公里"]
    assert network["candidate_id"].startswith("轨道网络") and network["region"] == "tianjin"


def test_the_strategys_name_before_a_count_is_no_measure_the_noun_after_is(tmp_path):
    body = "2021年，京津冀协同发展天津80项年度重点任务全部完成。\n"
    res = extract(tmp_path, body, title="天津协同发展七周年", reference_year=2022, published="2022-02-26")
    [tasks] = [c for c in res.candidates if c["raw"] == "80项"]
    assert (tasks["phrase"], tasks["region"], tasks["year"]) == ("年度重点任务", "tianjin", 2021)


def test_merchants_counted_in_wan_with_no_classifier_are_households(tmp_path):
    body = "2016年，大红门地区累计疏解市场20家，触及1.2万多商户。\n"
    res = extract(tmp_path, body, title="大红门地区疏解", reference_year=2016, published="2016-10-29")
    [merchants] = [c for c in res.candidates if c["raw"].startswith("1.2万")]
    assert (merchants["unit"], merchants["value"], merchants["qualifier"]) == ("万户", 1.2, "more_than")


def test_a_peak_hours_concentration_change_is_not_the_annual_means(tmp_path):
    body = "2017年，全省PM2.5小时峰值浓度比上年降低30.2%。\n"
    res = extract(tmp_path, body, title="河北大气污染防治", reference_year=2018, published="2018-01-10")
    assert [r["indicator"] for r in res.rows if r["raw"] == "30.2%"] == []
    assert [c["region"] for c in res.candidates if c["raw"] == "30.2%"] == ["hebei"]


# (body, front matter, number as written, [(indicator, region, year)] of the catalogued rows read from it)
CATALOGUED_AS = [
    pytest.param("2016年北京、河北企业到天津投资到位金额1800亿元，天津企业到河北投资的到位金额超过450亿元。\n",
                 dict(title="天津承接非首都功能疏解", reference_year=2017, published="2017-03-08"),
                 "1800亿元", [("bj_hb_investment_in_tianjin", "tianjin", 2016)],
                 id="beijing_and_hebei_named_apart_are_the_flow_into_tianjin"),
    pytest.param("2016年北京、河北企业到天津投资到位金额1800亿元，天津企业到河北投资的到位金额超过450亿元。\n",
                 dict(title="天津承接非首都功能疏解", reference_year=2017, published="2017-03-08"),
                 "超过450亿元", [],
                 id="control_tianjins_own_outflow_in_that_sentence_is_not"),
    pytest.param("2018年，全市国民生产总值达到3000.5亿元。\n",
                 dict(title="保定七十年发展成就", reference_year=2019, published="2019-07-24"),
                 "3000.5亿元", [("gdp", "baoding", 2018)],
                 id="a_citys_gross_national_product_misnamed_is_its_gdp"),
    pytest.param("2023年，东城区实现地区生产总值3500.2亿元，占全市经济总量比重达8.0%，高于去年同期0.2个百分点；"
                 "按不变价格计算，同比增长5.5%。\n",
                 dict(title="东城区经济运行", reference_year=2024, published="2024-02-02"),
                 "5.5%", [("gdp_growth_real", "dongcheng", 2023)],
                 id="a_growth_after_a_share_and_a_gap_is_the_level_befores_not_the_shares"),
    pytest.param("2021年，东城区第三产业实现增加值3000.4亿元，占地区生产总值的95.0%，同比增长7.5%。\n",
                 dict(title="东城区经济运行", reference_year=2022, published="2022-01-27"),
                 "7.5%", [("value_added_tertiary_growth", "dongcheng", 2021)],
                 id="a_sectors_growth_after_its_share_of_the_whole_is_the_sectors"),
    pytest.param("2020年，全县民营经济增加值70.8亿元。民营经济中，第三产业增加值30.7亿元，增长2.5%。\n",
                 dict(title="承德县2020年统计公报", reference_year=2021, published="2021-06-28"),
                 "2.5%", [],
                 id="control_a_sector_of_the_private_economy_is_not_the_places_sector"),
]


@pytest.mark.parametrize("body, front, raw, expected", CATALOGUED_AS)
def test_catalogued_as(tmp_path, body, front, raw, expected):
    res = extract(tmp_path, body, **front)
    assert [(r["indicator"], r["region"], r["year"]) for r in res.rows if r["raw"] == raw] == expected


def test_tianjins_own_outflow_stays_a_candidate_of_hebei(tmp_path):
    body = "2016年北京、河北企业到天津投资到位金额1800亿元，天津企业到河北投资的到位金额超过450亿元。\n"
    res = extract(tmp_path, body, title="天津承接非首都功能疏解", reference_year=2017, published="2017-03-08")
    assert [c["region"] for c in res.candidates if c["raw"] == "超过450亿元"] == ["hebei"]


def test_hundred_millions_said_colloquially_are_yuan(tmp_path):
    body = "2023年，廊坊市引进京津项目总投资达到300个亿。\n"
    res = extract(tmp_path, body, title="廊坊承接京津产业转移", reference_year=2024, published="2024-05-10")
    assert [(r["indicator"], r["value"], r["region"]) for r in out(res, "300个亿")] == [
        ("bjtj_investment_in_hebei", 300, "langfang")]


def test_people_counted_in_yi_with_their_place_named_before_them_are_people(tmp_path):
    body = "2023年，1.05亿京津冀群众持社保卡乘坐公交地铁。\n"
    res = extract(tmp_path, body, title="京津冀社保卡一卡通", reference_year=2023, published="2023-11-18")
    [holders] = [c for c in res.candidates if c["raw"] == "1.05亿"]
    assert (holders["unit"], holders["value"], holders["region"]) == ("亿人", 1.05, "jjj")


def test_a_shares_own_rise_after_it_stays_the_shares(tmp_path):
    body = "2020年，天津近岸海域优良水质比例达到70.4%，提高了53.8%。\n"
    res = extract(tmp_path, body, title="天津生态环境状况", reference_year=2021, published="2021-06-06")
    [rise] = [c for c in res.candidates if c["raw"] == "53.8%"]
    assert rise["phrase"].endswith("比例")
