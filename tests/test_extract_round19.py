"""Round 19 of issue 8: whose figures (airports as sites, 张承地区, counties named without 县, headlines on movers
going into a place, the Games Beijing named, a city's urban area, the city a district leads, 区域内 carried on, labour
sent away, a value all listed places have, a place named only by an anaphor), which year and period (spans ending in
a month past, plans confirmed or still running, a trend's start, a milestone, an event's date before 「；」, a year of
plans only, seasons across two years, quarters counted from the first, the year so far), which measure (values
reached by now, a series after its first dated point, what a scheme reaches, works' investment, cities served, 起降,
a rank's scope, 年均) and numbers that are no figure (radius, altitude, one of a set, likeness, a bar named after
its value, one firm's or one thing's size, counted cities, rates per unit, administrative counts, plans' land).
Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out, places_and_years, regions, rows, why

ROWS_OF = [
    pytest.param("有水湿地面积由2017年的140平方公里增长到目前的260平方公里。\n",
                 dict(title="天津湿地保护修复", published="2023-06-04", reference_year=2023),
                 "260平方公里", [("tianjin", 2023)],
                 id="a_value_grown_to_by_now_is_the_level_of_now"),
    pytest.param("北京、河北地区生产总值跨越4万亿元量级，均为4.2万亿元；天津达到1.6万亿元。\n",
                 dict(title="京津冀经济总量", published="2023-02-23", reference_year=2023),
                 "4.2万亿元", [("beijing", 2022), ("hebei", 2022)],
                 id="a_value_all_of_the_clause_befores_places_have_is_each_ones"),
    pytest.param("上半年，雄安新区加快建设，区域内在建项目同比增加167个，固定资产投资同比增长15.9倍。\n",
                 dict(title="京津冀上半年经济运行", published="2020-08-13", reference_year=2020),
                 "15.9倍", [("xiongan", 2020)],
                 id="the_area_of_a_place_named_before_stays_the_subject_of_the_next_clause"),
]


@pytest.mark.parametrize("body, front, raw, expected", ROWS_OF)
def test_region_and_year_of(tmp_path, body, front, raw, expected):
    assert places_and_years(tmp_path, body, front, raw) == expected


def test_a_span_ending_in_a_month_already_past_is_no_plan(tmp_path):
    res = extract(tmp_path, "从投运至2023年8月底，大兴机场累计完成旅客吞吐量7982.48万人次，航班起降66.28万架次。\n",
                  title="大兴机场投运四周年", published="2023-09-25", reference_year=2023)
    assert [(r["region"], r["year"]) for r in out(res, "7982.48万人次")] == [("daxing_airport", 2023)]


def test_takeoffs_and_landings_are_a_count_not_a_fall(tmp_path):
    res = extract(tmp_path, "截至目前，大兴机场累计完成航班起降66.28万架次。\n",
                  title="大兴机场投运四周年", published="2023-09-25", reference_year=2023)
    got = out(res, "66.28万架次")
    assert [c["value"] for c in got] == [66.28]
    assert "change" not in got[0].get("candidate_id", "")


def test_money_set_aside_for_a_period_still_running_is_a_plan(tmp_path):
    res = extract(tmp_path, "2016至2020年，北京市共安排帮扶资金35.68亿元。2016—2017年，北京投入帮扶资金11.4亿元。\n",
                  title="京津帮扶河北", published="2017-12-18", reference_year=2017)
    assert why(res, "35.68亿元") == "target"
    assert [c["year"] for c in out(res, "11.4亿元")] == [2017]


def test_a_coverage_rate_whose_name_holds_a_radius_is_a_rate_not_a_distance(tmp_path):
    res = extract(tmp_path, "全市公园绿地500米服务半径覆盖率达到87%。\n",
                  title="北京园林绿化", published="2022-06-25", reference_year=2022)
    assert why(res, "500米") == "distance"
    assert [(c["region"], c["year"], c["value"]) for c in out(res, "87%")] == [("beijing", 2022, 87.0)]


def test_an_altitude_and_the_set_a_place_is_one_of_are_no_figures(tmp_path):
    res = extract(tmp_path, "张北县地处坝上，海拔1400米左右，是全国9个千万千瓦级风电基地之一。\n",
                  title="张北绿电", published="2020-09-23", reference_year=2020)
    assert why(res, "1400米左右") == "distance"
    assert why(res, "9个") == "one of a set"


def test_tasks_done_are_counted_not_a_bar(tmp_path):
    res = extract(tmp_path, "去年，北京城市总体规划全面实施，完成了45项年度任务。\n",
                  title="北京市政府工作报告", published="2019-01-14", reference_year=2019)
    assert out(res, "45项")


def test_xiongans_investment_without_done_and_the_area_it_has_developed(tmp_path):
    res = extract(tmp_path, "河北雄安新区累计投资超1万亿元，总开发面积215平方公里。雄安新区总面积1770平方公里。\n",
                  title="雄安新区建设八年", published="2026-03-05", reference_year=2026)
    assert rows(res, "超1万亿元") == [("xiongan_investment_cumulative", "xiongan", 2025)]
    assert [(c["region"], c["year"]) for c in out(res, "215平方公里")] == [("xiongan", 2025)]
    assert why(res, "1770平方公里") == "aside"


def test_places_a_scheme_reaches_are_counted_by_their_noun(tmp_path):
    res = extract(tmp_path, "截至目前，覆盖1300多个贫困村。\n",
                  title="河北扶贫攻坚", publisher="河北新闻网", published="2017-12-18", reference_year=2017)
    assert [c["candidate_id"] for c in out(res, "1300多个")] == ["覆盖贫困村|个"]


WHY_OF = [
    pytest.param("一商集团投资100亿元在河北雄县开发了雄州友谊新城。\n", dict(title="天津企业在河北", published="2017-08-21", reference_year=2017),
                 "100亿元", "single project", id="a_firm_named_as_the_subject_gives_one_firms_money"),
    pytest.param("河北共有7市接待游客人数超5000万人次。\n", dict(title="河北旅游", published="2018-04-03", reference_year=2018),
                 "超5000万人次", "threshold", id="a_bar_each_of_the_counted_cities_passed_is_no_figure"),
    pytest.param("这张128元的旅游卡可以多次进入景区。\n", dict(title="石家庄旅游卡", published="2016-03-24", reference_year=2016),
                 "128元", "single item", id="the_price_of_one_card_is_no_figure"),
    pytest.param("一艘20万吨货轮靠泊在岸。\n", dict(title="曹妃甸港区", published="2014-10-21", reference_year=2014),
                 "20万吨", "single item", id="the_size_of_one_ship_is_no_figure"),
    pytest.param("这一举措可能激发超过3000万市民家乡游。\n", dict(title="石家庄旅游卡", published="2016-03-24", reference_year=2016),
                 "超过3000万", "target", id="what_a_measure_may_bring_is_no_result"),
    pytest.param("5年间以年均3.1%的能耗增长支撑了经济发展。\n", dict(title="北京经济普查", published="2014-12-21", reference_year=2014),
                 "3.1%", "average annual rate", id="a_rate_written_right_after_nianjun_is_an_average"),
    pytest.param("正定县辖8个乡镇、3个街道办事处、174个行政村。\n", dict(title="正定县概况", published="2019-06-01", reference_year=2019),
                 "174个", "administrative count", id="every_count_of_a_list_of_what_a_county_governs_is_administrative"),
    pytest.param("正定县辖8个乡镇、3个街道办事处，174个行政村，常住人口49.5万。\n", dict(title="正定县概况", published="2019-06-01", reference_year=2019),
                 "174个", "administrative count", id="a_count_of_what_a_county_governs_after_a_comma_is_administrative"),
    pytest.param("廊坊临空经济区规划的建设用地只有46.8平方公里。\n", dict(title="廊坊临空经济区", published="2020-04-10", reference_year=2020),
                 "46.8平方公里", "target", id="the_land_a_plan_sets_aside_is_no_result"),
    pytest.param("行政办公区的6平方公里范围的规划设计已经完成。\n", dict(title="副中心行政办公区", published="2017-06-10", reference_year=2017),
                 "6平方公里", "aside", id="the_extent_of_an_area_is_no_result"),
    pytest.param("项目投产后，产品每吨能节约80元的原料成本。\n", dict(title="宽城绿色转型", published="2025-04-08", reference_year=2025),
                 "80元", "rate per unit", id="a_saving_per_ton_is_a_rate_per_unit"),
    pytest.param("到2023年12月底，大兴机场旅客吞吐量将达到4000万人次。\n", dict(title="大兴机场", published="2023-09-25", reference_year=2023),
                 "4000万人次", "target", id="a_span_ending_in_a_month_still_ahead_is_a_plan"),
    pytest.param("三地正在共同谋划270个帮扶项目。\n", dict(title="京津帮扶河北", published="2017-12-18", reference_year=2017),
                 "270个", "target", id="projects_being_planned_are_still_a_plan"),
    pytest.param("雄安站总建筑面积47.52万平方米，规模相当于66个足球场。\n", dict(title="雄安新区六周年", published="2023-04-02", reference_year=2023),
                 "66个", "likeness", id="a_size_likened_to_football_pitches_is_no_count"),
    pytest.param("崇文门院区完成压缩800张床位目标。\n", dict(title="北京医院疏解", published="2022-11-08", reference_year=2022),
                 "800张", "target", id="a_bar_named_right_after_the_number_is_a_target"),
]


@pytest.mark.parametrize("body, front, raw, reason", WHY_OF)
def test_why_no_figure(tmp_path, body, front, raw, reason):
    assert why(extract(tmp_path, body, **front), raw) == reason


def test_money_of_a_class_of_banks_and_merchants_in_zones_stay_figures(tmp_path):
    res = extract(tmp_path, "年末中资银行存款余额39134.6亿元。香河石材城A、B、C三个区已进驻商户1000多家。\n",
                  title="朝阳区统计公报", published="2025-04-10", reference_year=2025)
    assert out(res, "39134.6亿元") and out(res, "1000多家")


@pytest.mark.parametrize("body", [
    pytest.param("“2+26”城市中27个城市空气质量综合指数同比改善。\n", id="how_many_of_a_group_of_cities"),
    pytest.param("16个城市PM2.5平均浓度同比不降反升。\n", id="cities_counted_by_their_air"),
])
def test_cities_counted_by_what_their_air_did_are_no_figure(tmp_path, body):
    res = extract(tmp_path, body, title="大气污染防治", published="2019-01-21", reference_year=2019)
    assert out(res, "27个") == out(res, "16个") == []


def test_an_airports_series_is_the_airports_from_its_first_point_on(tmp_path):
    res = extract(tmp_path, "2012年首都机场的旅客吞吐量首次突破8000万人次，2013年为8350万人次，2015年上升至8994万人次。\n",
                  title="首都机场旅客吞吐量", published="2016-12-15", reference_year=2016)
    got = [(c["candidate_id"], c["region"], c["year"]) for raw in ("8350万人次", "8994万人次") for c in out(res, raw)]
    assert got == [("旅客吞吐量|万人次", "capital_airport", 2013), ("旅客吞吐量|万人次", "capital_airport", 2015)]


@pytest.mark.parametrize("body, expected", [
    pytest.param("天津机场完成旅客吞吐量1191万人次。\n", "tianjin_airport", id="tianjin_airport"),
    pytest.param("石家庄正定国际机场旅客吞吐量1200万人次。\n", "shijiazhuang_airport", id="shijiazhuang_airport"),
])
def test_an_airports_figures_are_the_airports_not_the_citys(tmp_path, body, expected):
    res = extract(tmp_path, body, title="机场运行", published="2025-06-01", reference_year=2025)
    assert [c["region"] for c in res.rows + res.candidates] == [expected]


def test_where_a_trend_began_is_neither_the_period_nor_the_year_of_the_figures_after_it(tmp_path):
    res = extract(tmp_path, "2019年上半年统计数据显示，滨海新区经济运行稳中向好。GDP等主要经济指标基本保持去年一季度以来的逐季递增态势。"
                            "滨海新区地区生产总值增长5.4%。\n",
                  title="滨海新区上半年经济运行", published="2019-07-26", reference_year=2019)
    assert [(c["candidate_id"], c["year"]) for c in out(res, "5.4%")] == [("上半年|地区生产总值|%|change", 2019)]


def test_the_cities_an_airport_serves_are_counted(tmp_path):
    res = extract(tmp_path, "目前，石家庄机场累计运营客运航线134条，客运通航城市达85个。\n",
                  title="石家庄机场2025年运行", published="2026-01-05", reference_year=2026)
    assert [(c["candidate_id"], c["region"]) for c in out(res, "85个")] == [("客运通航城市|个", "shijiazhuang_airport")]


def test_investment_the_works_have_done_is_a_measure(tmp_path):
    res = extract(tmp_path, "截至4月底，新开工27项，在施工达140项，完成投资163.5亿元。\n",
                  title="城市副中心重大项目", published="2017-06-10", reference_year=2017)
    assert [c["candidate_id"] for c in out(res, "163.5亿元")] == ["1-4月|完成投资|亿元"]


def test_a_snow_season_across_two_years_is_dated_by_its_last(tmp_path):
    res = extract(tmp_path, "2020年，我市举办了城市联赛。2020-2021雪季，崇礼区接待游客235.02万人次，同比增长78%。\n",
                  title="张家口冰雪旅游", published="2021-07-10", reference_year=2021)
    assert [(c["region"], c["year"]) for c in out(res, "235.02万人次")] == [("chongli", 2021)]


@pytest.mark.parametrize("body, published, expected", [
    pytest.param("1-4季度，西城区居民人均可支配收入为96949元。\n", "2022-01-27", [("disposable_income_per_capita", 2021)],
                 id="the_four_quarters_are_the_year"),
    pytest.param("1-3季度，西城区居民人均可支配收入为76949元。\n", "2021-10-27", [("前三季度|居民人均可支配收入|元", 2021)],
                 id="the_first_three_quarters_are_not_the_third"),
])
def test_quarters_counted_from_the_first(tmp_path, body, published, expected):
    res = extract(tmp_path, body, title="西城区经济运行", published=published, reference_year=int(published[:4]))
    got = [(c.get("indicator") or c["candidate_id"], c["year"]) for raw in ("96949元", "76949元") for c in out(res, raw)]
    assert got == expected


def test_departures_are_counted_in_their_own_unit(tmp_path):
    res = extract(tmp_path, "截至目前，京津冀通勤定制快巴日发142班次。\n", title="通勤定制快巴", published="2023-11-16",
                  reference_year=2023)
    assert [c["unit"] for c in out(res, "142班次")] == ["班次"]


@pytest.mark.parametrize("body, expected", [
    pytest.param("推动宽城2024年全年完成生产总值168亿元。\n", "kuancheng", id="kuancheng"),
    pytest.param("2018年，正定地区生产总值完成168亿元。\n", "zhengding", id="zhengding"),
    pytest.param("北京密云与河北滦平共建产业园，2024年滦平地区生产总值完成168亿元。\n", "luanping", id="luanping"),
])
def test_a_county_named_without_xian_is_still_the_county(tmp_path, body, expected):
    res = extract(tmp_path, body, title="县域经济", published="2025-04-08", reference_year=2025)
    assert regions(res, "168亿元") == [expected]


def test_projects_arranged_are_counted_not_ranked(tmp_path):
    res = extract(tmp_path, "2025年，城市副中心共安排四百多个重大项目。\n",
                  title="副中心重大项目", published="2026-03-18", reference_year=2026)
    assert [c["value"] for c in out(res, "四百多个")] == [400.0]


def test_the_date_of_an_event_ends_at_the_semicolon(tmp_path):
    res = extract(tmp_path, "污染防治持续攻坚，2017年底，北京实现全市平原地区基本“无煤化”；机动车排放结构不断优化，新能源车保有量达50.6万辆。\n",
                  title="北京绿色冬奥", published="2022-02-16", reference_year=2022)
    assert [c["year"] for c in out(res, "50.6万辆")] == [2021]


@pytest.mark.parametrize("body, title, published, raw, expected", [
    pytest.param("截至9月14日，全县财政收入累计完成64.5亿元；一般公共预算收入35.6亿元，同比增长16.9%。\n", "固安县经济综述", "2016-09-20",
                 "35.6亿元", [("1-9月|一般公共预算收入|亿元|cumulative", 2016)], id="as_of_a_day_of_september"),
    pytest.param("目前，距年底还有近50天，达标天数已有147天。\n", "邢台市空气质量", "2018-11-13",
                 "147天", [("年初至今|达标天数|天", 2018)], id="with_fifty_days_left_in_the_year"),
])
def test_figures_of_the_year_so_far_are_never_the_years(tmp_path, body, title, published, raw, expected):
    res = extract(tmp_path, body, title=title, published=published, reference_year=int(published[:4]))
    assert [(c.get("candidate_id") or c["indicator"], c["year"]) for c in out(res, raw)] == expected


def test_a_level_recovered_to_is_the_level_now(tmp_path):
    res = extract(tmp_path, "目前，雄安新区野生鱼类恢复至46种，较新区设立前增加19种。\n",
                  title="白洋淀生态", published="2023-12-11", reference_year=2023)
    assert [(c["candidate_id"], c["year"]) for c in out(res, "46种")] == [("野生鱼类|种", 2023)]


# -- the place, the catalogued rows and the reason of one number, one release each --------------------------------

PLACE_OF = [
    pytest.param("目前已经招商过半，800多北京商户在此签约。\n", dict(title="天津西青区承接北京商户", published="2016-12-10", reference_year=2016),
                 "800多", ["xiqing"], id="merchants_from_beijing_counted_with_no_count_word_are_the_hosts"),
    pytest.param("截至目前，京津冀共同谋划确定了2016—2017年的270个帮扶项目。\n", dict(title="京津帮扶河北", published="2017-12-18", reference_year=2017),
                 "270个", ["jjj"], id="projects_a_plan_confirmed_are_counted"),
    pytest.param("截至目前，全市已向京津输出劳动力18571人。\n", dict(title="沧州市推进京津劳务协作", published="2024-11-10", reference_year=2024),
                 "18571人", ["cangzhou"], id="labour_sent_to_beijing_and_tianjin_is_the_senders"),
    pytest.param("目前，各板块已经签约的商户合计1万余家。\n", dict(title="北京两千商户抱团入驻沧州", publisher="长城网", published="2018-03-28", reference_year=2018),
                 "1万余家", ["cangzhou"], id="a_headline_on_movers_going_into_a_place_is_about_that_place"),
    pytest.param("张北柔直工程的建设共涉及1110座光伏扶贫电站，总容量为133.9万千瓦。\n", dict(title="坝上风光点亮冬奥之灯 北京冬奥绿电建设纪实", published="2020-09-23", reference_year=2020),
                 "133.9万千瓦", ["zhangbei"], id="the_games_named_after_a_city_do_not_make_the_city_the_subject"),
    pytest.param("记者从大兴区获悉，上半年，大兴主要经济指标继续在全市保持领先。其中，GDP完成651.8亿元。\n", dict(title="大兴区上半年经济", publisher="北京商报", published="2021-07-27", reference_year=2021),
                 "651.8亿元", ["daxing"], id="the_city_a_district_leads_is_no_subject"),
    pytest.param("协议签订以来，张家口、承德两市累计获得生态补偿金33.945亿元。\n", dict(title="密云水库上游生态补偿", published="2023-09-02", reference_year=2023),
                 "33.945亿元", ["zhangjiakou_chengde"], id="zhangjiakou_and_chengde_together_are_one_area"),
    pytest.param("记者从市环保局获悉，我市1—9月城区环境空气质量累计达标188天。\n", dict(title="承德城区1—9月优良天数达188天", publisher="长城网", published="2015-10-15", reference_year=2015),
                 "188天", ["chengde"], id="a_headline_on_a_citys_urban_area_leaves_the_city_its_anaphor"),
]


@pytest.mark.parametrize("body, front, raw, expected", PLACE_OF)
def test_place_of(tmp_path, body, front, raw, expected):
    assert regions(extract(tmp_path, body, **front), raw) == expected


CATALOGUED_OF = [
    pytest.param("2025年河北吸纳京津技术合同成交额达1271亿元居全国第一。\n", dict(title="河北科技创新", published="2026-03-05", reference_year=2026),
                 "1271亿元", [("tech_contract_turnover_from_bjtj", "hebei", 2025)], id="a_national_rank_after_the_value_does_not_bar_the_inflows_measure"),
    pytest.param("2023年，北京向津冀输出技术合同成交额748.7亿元。\n", dict(title="北京技术合同", published="2024-02-10", reference_year=2024),
                 "748.7亿元", [("tech_contract_turnover_to_tjhb", "tianjin_hebei", 2023)], id="technology_sold_to_tianjin_and_hebei_stays_the_flows_far_end"),
    pytest.param("2024年，PM2.5年均浓度为30.5微克/立方米，在2020年进入“30+”的较低浓度水平后，四年时间内又下降了19.7%。"
                            "同时，空气质量优良天数达290天。\n", dict(title="美丽北京建设", published="2025-10-15", reference_year=2025),
                 "290天", [("good_air_days", "beijing", 2024)], id="a_milestone_a_figure_is_counted_from_is_not_the_next_sentences_year"),
    pytest.param("记者从北京通州区获悉，城市副中心将继续保持年均千亿级投资规模，2026年共安排四百多个重大项目，计划投资超千亿元。\n"
                            "通州区发展改革委主任介绍，过去十年，城市副中心累计实现固定资产投资近万亿元。\n", dict(title="副中心2026年投资", published="2026-03-18", reference_year=2026),
                 "近万亿元", [("subcentre_fixed_asset_investment_cumulative", "subcentre", 2025)], id="a_year_whose_numbers_were_all_plans_does_not_date_the_next_line"),
    pytest.param("2019年，实现重大转变；2020年，进入大规模建设新阶段；2021年开始，进入承接阶段。\n"
                            "雄安新区设立6年多来，累计完成投资5400多亿元。\n", dict(title="雄安新区设立6周年", published="2023-05-11", reference_year=2023),
                 "5400多亿元", [("xiongan_investment_cumulative", "xiongan", 2023)], id="a_chronicle_of_years_still_ends_on_its_period"),
    pytest.param("截至目前，已有400余家央企机构、超4000家北京来源企业在新区落地发展。\n", dict(title="雄安新区“十四五”建设成就", published="2025-11-14", reference_year=2025),
                 "400余家", [("central_soe_institutions_in_xiongan", "xiongan", 2025)], id="a_sentence_naming_its_place_only_by_anaphor_still_reads_the_places_indicator"),
    pytest.param("本次集中开工项目共43个，新开工项目超过三成；投资100亿元以上项目有2个。\n", dict(title="雄安新区集中开工", published="2023-01-30", reference_year=2023),
                 "2个", [], id="projects_of_a_size_class_are_no_projects_started"),
    pytest.param("区域每亿元R&D经费的专利授权为105.6件，较上年增长10.1%。\n", dict(title="京津冀区域发展指数", published="2022-12-29", reference_year=2022),
                 "10.1%", [], id="patents_per_rd_money_growing_are_no_rd_growth"),
]


@pytest.mark.parametrize("body, front, raw, expected", CATALOGUED_OF)
def test_catalogued_rows_of(tmp_path, body, front, raw, expected):
    assert rows(extract(tmp_path, body, **front), raw) == expected
