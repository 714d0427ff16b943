"""Round 17 of issue 8: a headline that opens on a place and a colon, a place described before it opens a
sentence, roads that lead to a place, a list one joins, a national class of things counted, a holiday named on its
own, a bar passed by the things counted, a new area's 中关村 park. Every sentence is written for the test; none is
copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, regions, rows, why

# -- the place a figure belongs to -------------------------------------------------------------------------------

def test_a_headline_opening_on_a_place_and_a_colon_names_the_subject_of_its_anaphora(tmp_path):
    res = extract(tmp_path, "2018年，全市财政收入达到415.6亿元，年均增长9.2%。\n",
                  title="唐山：携手京津开创协同发展新局面", published="2019-08-01", reference_year=2019)
    assert regions(res, "415.6亿元") == ["tangshan"]


def test_a_headline_naming_several_places_without_a_lead_place_still_leaves_the_anaphor_open(tmp_path):
    res = extract(tmp_path, "2018年，全市财政收入达到415.6亿元。\n",
                  title="唐山与天津携手开创协同发展新局面", published="2019-08-01", reference_year=2019)
    assert regions(res, "415.6亿元") == []
    assert why(res, "415.6亿元") == "ambiguous anaphora"


def test_a_place_described_before_it_opens_a_sentence_is_the_topic_of_the_next(tmp_path):
    res = extract(tmp_path, "“十三五”期间，轨道上的京津冀加速成形。多条干线相继开通，铁路营业里程由8100公里增加到9300公里。\n",
                  title="代表谈铁路建设", published="2021-03-10", reference_year=2021)
    assert regions(res, "9300公里") == ["jjj"]


def test_expressways_leading_to_beijing_do_not_make_the_length_beijings(tmp_path):
    res = extract(tmp_path, "目前已有5条高速通北京，高速公路通车里程由2013年的1050公里增加到2023年的1320公里。\n",
                  title="天津：加快交通互联互通", published="2024-04-01", reference_year=2024)
    assert regions(res, "1320公里") == ["tianjin"]


def test_the_area_naming_a_list_one_joins_is_not_the_subject(tmp_path):
    res = extract(tmp_path, "2022年，医疗协同持续深化，58所医疗机构加入京津冀检验结果互认名单。\n",
                  title="天津市推进医疗协同", published="2023-02-01", reference_year=2023)
    assert regions(res, "58所") == ["tianjin"]


def test_a_share_of_a_market_in_beijing_is_the_suppliers_share(tmp_path):
    res = extract(tmp_path, "2024年，张家口蔬菜在北京主要农产品批发市场占比为12.5%。\n",
                  title="张家口蔬菜进京", published="2025-01-10", reference_year=2025)
    assert regions(res, "12.5%") == ["zhangjiakou"]


def test_a_national_class_of_labs_does_not_make_the_sentence_the_countrys(tmp_path):
    res = extract(tmp_path, "2024年，全市拥有31家全国重点实验室，国家高新技术企业达到1.3万家。\n",
                  title="天津科技创新成效", published="2025-01-20", reference_year=2025)
    assert regions(res, "31家") == ["tianjin"]
    assert regions(res, "1.3万家") == ["tianjin"]


def test_the_country_with_a_figure_of_its_own_is_still_another_region(tmp_path):
    res = extract(tmp_path, "2024年，全国重点实验室数量达到533家。\n",
                  title="天津科技创新成效", published="2025-01-20", reference_year=2025)
    assert regions(res, "533家") == []


# -- what a number is --------------------------------------------------------------------------------------------

def test_a_bar_the_counted_things_pass_is_no_value_of_theirs(tmp_path):
    res = extract(tmp_path, "2024年，天津市6个产业规模超千亿元，规模以上工业企业达到5300家。\n",
                  title="天津产业发展", published="2025-01-20", reference_year=2025)
    assert out(res, "超千亿元") == []
    assert why(res, "超千亿元") == "threshold"
    assert regions(res, "5300家") == ["tianjin"]


def test_a_one_off_value_with_more_than_still_counts(tmp_path):
    res = extract(tmp_path, "2024年，天津市工业增加值超5000亿元。\n",
                  title="天津产业发展", published="2025-01-20", reference_year=2025)
    assert regions(res, "超5000亿元") == ["tianjin"]


# -- when ------------------------------------------------------------------------------------------------------

def test_a_feast_named_on_its_own_after_its_year_is_the_holiday_just_passed(tmp_path):
    res = extract(tmp_path, "2025年春节，全市接待游客980万人次，同比增长12.1%。\n",
                  title="天津文旅迎来开门红", published="2025-02-08", reference_year=2025)
    found = out(res, "980万人次")
    assert [(r["region"], r["year"]) for r in found] == [("tianjin", 2025)]
    assert found[0]["candidate_id"].startswith("春节")  # the holiday's own measure, never the year's


def test_a_feast_inside_another_word_is_no_holiday(tmp_path):
    res = extract(tmp_path, "2024年，全市接待游客2.1亿人次，欢度春节活动达300场。\n",
                  title="天津文旅年报", published="2025-02-08", reference_year=2025)
    assert [r["candidate_id"].split("|")[0] for r in out(res, "2.1亿人次")] == ["接待游客"]


# -- parks -------------------------------------------------------------------------------------------------------

def test_a_new_areas_zhongguancun_park_keeps_its_new_area_and_the_park_in_its_measure(tmp_path):
    res = extract(tmp_path, "2025年，雄安新区中关村科技园新增入驻企业95家。\n",
                  title="北京支持雄安新区建设", published="2026-01-20", reference_year=2026)
    found = out(res, "95家")
    assert [r["region"] for r in found] == ["xiongan"]
    assert found[0]["candidate_id"].startswith("中关村科技园")


def test_a_park_inside_a_district_still_has_no_region_of_ours(tmp_path):
    res = extract(tmp_path, "2025年，顺义区某科技产业园新增入驻企业95家。\n",
                  title="北京产业园区建设", published="2026-01-20", reference_year=2026)
    assert regions(res, "95家") == []
    assert rows(res, "95家") == []


# -- numbers that are no value of the place ----------------------------------------------------------------------

def test_how_far_a_yearly_plan_is_done_is_no_figure(tmp_path):
    res = extract(tmp_path, "今年1至9月，全区共引进京津项目14个，完成全年任务的87%。\n",
                  title="曹妃甸区引进京津项目", published="2021-10-20", reference_year=2021)
    assert out(res, "87%") == []
    assert why(res, "87%") == "share of a plan"


def test_a_share_of_the_citys_total_is_still_a_share(tmp_path):
    res = extract(tmp_path, "2024年，全区地区生产总值占全市的比重为18%。\n",
                  title="曹妃甸区经济运行", published="2025-01-20", reference_year=2025)
    assert regions(res, "18%") == ["caofeidian"]


def test_the_number_of_trillion_steps_passed_is_no_count_of_things(tmp_path):
    res = extract(tmp_path, "十年来，京津冀地区生产总值连跨5个万亿元台阶。\n",
                  title="京津冀协同发展十年", published="2024-02-20", reference_year=2024)
    assert out(res, "5个") == []


def test_a_norm_a_base_must_meet_is_no_value(tmp_path):
    res = extract(tmp_path, "按照标准，天津认定的每个蔬菜基地面积要达到500亩。\n",
                  title="天津认定蔬菜基地", published="2023-03-01", reference_year=2023)
    assert out(res, "500亩") == []


# -- when: the first level of a span of years --------------------------------------------------------------------

def test_the_first_level_of_five_years_counted_back_is_the_year_before_them(tmp_path):
    res = extract(tmp_path, "五年来，全区地区生产总值从120.4亿元增至201.3亿元。\n",
                  title="广阳区政府工作报告", published="2016-02-20", reference_year=2016)
    assert rows(res, "120.4亿元") == [("gdp", "guangyang", 2010)]
    assert rows(res, "201.3亿元") == [("gdp", "guangyang", 2015)]


def test_a_span_with_its_years_written_starts_at_the_first_year_written(tmp_path):
    res = extract(tmp_path, "2013年-2017年这5年来，全区地区生产总值从120.4亿元增至201.3亿元。\n",
                  title="广阳区经济发展", published="2018-01-05", reference_year=2018)
    assert rows(res, "120.4亿元") == [("gdp", "guangyang", 2013)]


# -- scopes, names and datelines ---------------------------------------------------------------------------------

def test_a_rank_in_the_country_does_not_make_the_next_clause_the_countrys(tmp_path):
    res = extract(tmp_path, "2023年，承德森林覆盖率全国前列，可再生能源装机达到1520万千瓦。\n",
                  title="承德绿色发展", published="2024-03-01", reference_year=2024)
    assert regions(res, "1520万千瓦") == ["chengde"]


def test_the_country_with_its_own_figure_stays_another_region_after_a_rank(tmp_path):
    res = extract(tmp_path, "2023年，承德空气质量全国第一；全国可再生能源装机达到14.5亿千瓦。\n",
                  title="承德绿色发展", published="2024-03-01", reference_year=2024)
    assert regions(res, "14.5亿千瓦") == []


def test_an_event_on_the_day_of_a_wire_story_is_that_days(tmp_path):
    res = extract(tmp_path, "长城网沧州4月10日讯(记者 张三)10日上午，服装商贸城二期开业仪式举行，900家北京商户整体入驻。\n",
                  title="沧州承接北京服装商户", published="2018-04-10", reference_year=2018)
    assert [r["year"] for r in out(res, "900家")] == [2018]


def test_jing_inside_an_old_name_is_not_beijing(tmp_path):
    res = extract(tmp_path, "目前，香河县的燕京总部基地已入驻科技型企业210家。\n",
                  title="香河产业园区", published="2021-05-01", reference_year=2021)
    assert regions(res, "210家") == ["xianghe"]


def test_places_in_a_projects_name_joined_by_a_dot_are_not_the_subject(tmp_path):
    res = extract(tmp_path, "2019年，辛集市承接京津产业转移，辛集·雄安产业园等15个项目开工建设。\n",
                  title="辛集承接京津产业", published="2019-09-01", reference_year=2019)
    assert regions(res, "15个") == ["xinji"]


def test_projects_brought_in_from_beijing_and_tianjin_read_from_either_word_order(tmp_path):
    res = extract(tmp_path, "2016年，我省从京津引进项目3900个、资金3600亿元。\n",
                  title="河北承接京津产业转移", published="2017-02-20", reference_year=2017)
    assert rows(res, "3900个") == [("bjtj_projects_in_hebei", "hebei", 2016)]
    assert rows(res, "3600亿元") == [("bjtj_investment_in_hebei", "hebei", 2016)]


# -- a spring story of an event ----------------------------------------------------------------------------------

def test_a_spring_story_of_projects_started_tells_of_this_years_event(tmp_path):
    res = extract(tmp_path, "此次集中开工的项目共32个，总投资210亿元。\n", title="西青区32个重点项目集中开工",
                  published="2024-03-12", reference_year=2024)
    assert [r["year"] for r in out(res, "210亿元")] == [2024]


def test_a_spring_press_conference_still_reports_the_year_before(tmp_path):
    res = extract(tmp_path, "全区累计签约项目共32个，总投资210亿元。\n", title="西青区召开新闻发布会介绍项目签约情况",
                  published="2024-03-12", reference_year=2024)
    assert [r["year"] for r in out(res, "210亿元")] == [2023]


def test_projects_started_together_this_year_in_a_spring_story_are_done_not_planned(tmp_path):
    res = extract(tmp_path, "今年该市集中开工的有21个项目，总投资达63.2亿元，其中2018年计划完成投资30.5亿元。\n",
                  title="三河市21个重点项目集中开工", published="2018-04-02", reference_year=2018)
    assert [(r["region"], r["year"]) for r in out(res, "63.2亿元")] == [("sanhe", 2018)]
    assert out(res, "30.5亿元") == []  # the part planned for the year stays a plan


def test_a_ro_ro_port_counts_vehicles_in_standard_units(tmp_path):
    res = extract(tmp_path, "2017年前10个月，天津港完成滚装汽车吞吐量91万标辆。\n",
                  title="天津港前10个月生产情况", published="2017-11-14", reference_year=2017)
    assert [r["unit"] for r in out(res, "91万标辆")] == ["万标辆"]


def test_cases_and_vehicle_trips_are_counted_units(tmp_path):
    res = extract(tmp_path, "目前，京津专家来唐山指导手术2600余例，联勤检查站日均查验车辆1.5万车次。\n",
                  title="唐山医疗协同", published="2024-06-01", reference_year=2024)
    assert [r["unit"] for r in out(res, "2600余例")] == ["例"]
    assert [r["unit"] for r in out(res, "1.5万车次")] == ["万车次"]


def test_the_daxing_airports_own_figure_is_the_airports(tmp_path):
    res = extract(tmp_path, "2024年，大兴机场保障旅客4900万人次。\n",
                  title="北京大兴国际机场年报", published="2025-01-10", reference_year=2025)
    assert regions(res, "4900万人次") == ["daxing_airport"]


def test_the_capital_airports_figure_is_still_not_beijings(tmp_path):
    res = extract(tmp_path, "2024年，首都机场保障旅客6700万人次。\n",
                  title="北京航空枢纽年报", published="2025-01-10", reference_year=2025)
    assert regions(res, "6700万人次") == ["capital_airport"]  # the airport's own (a site since round 19)


def test_a_firm_called_jingdong_is_no_area_east_of_beijing(tmp_path):
    res = extract(tmp_path, "目前，京东物流等42家企业已签约入驻，今年新增注册企业860家。\n",
                  title="廊坊临空经济区招商", published="2023-10-13", reference_year=2023)
    assert regions(res, "860家") == ["langfang_linkong"]


# -- places the labellers kept apart: a wholesale district, a development zone, an integration zone -----------------

def test_the_dahongmen_wholesale_districts_figure_is_its_own(tmp_path):
    res = extract(tmp_path, "截至2017年底，大红门地区45家市场已全部完成疏解。\n",
                  title="丰台区推进大红门地区疏解", published="2018-01-10", reference_year=2018)
    assert regions(res, "45家") == ["dahongmen"]


def test_qinhuangdaos_development_zone_is_not_the_whole_city(tmp_path):
    res = extract(tmp_path, "2023年，秦皇岛经济技术开发区引进京津项目42个。\n",
                  title="秦皇岛开发区承接京津产业", published="2024-01-10", reference_year=2024)
    assert regions(res, "42个") == ["qinhuangdao_etdz"]


def test_tongzhou_and_the_three_counties_together_are_one_zone(tmp_path):
    res = extract(tmp_path, "2023年，通州区与北三县签约重点项目35个。\n",
                  title="通州区与北三县一体化发展", published="2024-01-10", reference_year=2024)
    assert regions(res, "35个") == ["tongzhou_bsx"]


def test_items_listed_after_what_will_be_done_within_the_year_are_plans(tmp_path):
    res = extract(tmp_path, "预计年内将关停退出工业企业200家；完成疏解转移市场60个，疏解升级大红门地区12家批发市场。\n",
                  title="北京疏解非首都功能进展", published="2016-08-30", reference_year=2016)
    assert out(res, "12家") == []
    assert why(res, "12家") == "target"


# -- a review's list of from-to changes ---------------------------------------------------------------------------

def test_a_clause_naming_its_own_measure_does_not_borrow_the_one_before(tmp_path):
    res = extract(tmp_path, "五年来，全区社会消费品零售总额从70.2亿元增至150.6亿元；全部财政收入从20.3亿元增至45.8亿元。\n",
                  title="广阳区政府工作报告", published="2016-02-17", reference_year=2016)
    assert rows(res, "150.6亿元") == [("retail_sales", "guangyang", 2015)]
    assert rows(res, "45.8亿元") == []
    assert [r["candidate_id"] for r in out(res, "45.8亿元")] == ["财政收入|亿元"]


def test_a_bare_head_noun_still_takes_the_measure_named_before_it(tmp_path):
    res = extract(tmp_path, "北京输出津冀技术合同由2013年的3000项增长至2023年的6500项；成交额由2013年的70.5亿元增长至2023年的700.2亿元。\n",
                  title="京津冀科技协同", published="2024-04-15", reference_year=2024)
    assert [r[0] for r in rows(res, "700.2亿元")] == ["tech_contract_turnover_to_tjhb"]


def test_the_level_a_change_ends_on_is_no_running_total(tmp_path):
    res = extract(tmp_path, "五年来，全部财政收入从20.3亿元增至45.8亿元。\n",
                  title="广阳区政府工作报告", published="2016-02-17", reference_year=2016)
    assert [(r["candidate_id"], r["year"], r["period_start"]) for r in out(res, "45.8亿元")] == [("财政收入|亿元", 2015, None)]


# -- catalogue ----------------------------------------------------------------------------------------------------

def test_a_citys_rail_transit_length_is_urban_rail_not_intercity(tmp_path):
    res = extract(tmp_path, "截至2025年底，北京的轨道交通运营里程为912公里。\n",
                  title="北京轨道交通", published="2026-01-10", reference_year=2026)
    assert rows(res, "912公里") == [("urban_rail_km", "beijing", 2025)]


def test_intercity_rail_is_still_intercity(tmp_path):
    res = extract(tmp_path, "截至2025年底，京津冀城际铁路运营里程达到1300公里。\n",
                  title="轨道上的京津冀", published="2026-01-10", reference_year=2026)
    assert rows(res, "1300公里") == [("intercity_rail_km", "jjj", 2025)]


def test_the_short_name_of_budget_revenue_is_budget_revenue(tmp_path):
    res = extract(tmp_path, "2016年，全县财政总收入、公共预算收入分别完成7.2亿元、4.1亿元。\n",
                  title="蠡县政府工作报告", published="2017-02-20", reference_year=2017)
    assert rows(res, "4.1亿元") == [("general_budget_revenue", "lixian", 2016)]


def test_a_place_whose_buses_go_into_beijing_is_the_subject(tmp_path):
    res = extract(tmp_path, "目前，北三县进京的通勤定制快巴日发58班次。\n",
                  title="廊坊进京通勤定制快巴开通", published="2023-09-22", reference_year=2023)
    assert regions(res, "58班次") == ["beisanxian"]


def test_investment_coming_to_tianjin_is_still_tianjins(tmp_path):
    res = extract(tmp_path, "2023年，京冀企业来津投资到位额1800.5亿元。\n",
                  title="天津承接北京非首都功能疏解", published="2024-02-01", reference_year=2024)
    assert regions(res, "1800.5亿元") == ["tianjin"]


def test_the_plain_of_a_city_is_a_kind_of_land_not_a_district(tmp_path):
    # round 35: nor the whole city's measure (labellers gave it beijing_plain_area); round 49: a candidate of the
    # city with the plain in its measure, as the later labellers give it; round 69: the catalogue has the plain as a
    # region of its own (outside labellers gave it beijing_plain in six files, the city's in two)
    res = extract(tmp_path, "2023年末，北京市平原区地下水平均埋深为15.6米。\n",
                  title="北京地下水位持续回升", published="2024-03-01", reference_year=2024)
    assert [(r.get("candidate_id"), r["region"]) for r in out(res, "15.6米")] == [("地下水平均埋深|米", "beijing_plain")]


def test_the_level_reached_at_a_periods_end_is_no_sum_over_its_years(tmp_path):
    res = extract(tmp_path, "“十四五”期间，天津港货物吞吐量年均增长3.2%；货柜吞吐量达到2300万标准箱。\n",
                  title="天津交通十四五成就", published="2025-10-30", reference_year=2025)
    assert [r["candidate_id"].endswith("cumulative") for r in out(res, "2300万标准箱")] == [False]


def test_what_a_period_added_is_still_its_sum(tmp_path):
    res = extract(tmp_path, "“十四五”期间，天津累计新增集装箱航线达到45条。\n",
                  title="天津交通十四五成就", published="2025-10-30", reference_year=2025)
    assert [r["candidate_id"].endswith("cumulative") for r in out(res, "45条")] == [True]


def test_a_regions_zones_counted_together_are_its_zones_figure_not_one_parks(tmp_path):
    res = extract(tmp_path, "2023年，全省28个省级以上高新区营业收入达2100亿元。\n",
                  title="河北省科技工作会议召开", published="2024-02-06", reference_year=2024)
    # the zones' measure, never the province's own revenue; since round 42 the zones' figure is skipped as a sub-area's
    # (no region of ours), as outside labellers give it to the zones, not to 河北
    assert out(res, "2100亿元") == []
    assert [s["reason"] for s in res.skipped if s["raw"] == "2100亿元"] == ["sub-area"]


def test_the_level_reached_after_a_multiple_of_growth_keeps_its_measure(tmp_path):
    res = extract(tmp_path, "与1952年相比，2018年全市人均生产总值增长98倍，达到31200元。\n",
                  title="保定：奋力开创新局面", published="2019-07-24", reference_year=2019)
    assert rows(res, "31200元") == [("gdp_per_capita", "baoding", 2018)]
    assert [(r["year"], r["base_year"]) for r in out(res, "98倍")] == [(2018, 1952)]
