"""Round 20 of issue 8: whose figures (givers, helpers, partners, visitors' origin, a supplier's market, what moved
into a place named after the number, a rank's field, the district a subcentre lies in, 河北崇礼 as an address, 冀北,
Hebei counties without 县, names holding a place, water a works delivered, items of a list each with its own
subject), which year and period (prices of a year, a census to come, a plan's period, an event's start, totals
since an agreement or after two five-year rounds, starts before an event, spaced month spans), which measure
(growth at constant prices, tonnes of standard coal and tonne-kilometres, 千瓦时 as one word, words ending or opening
on a function character, the means, a place's area, 人口, catalogue words) and numbers that are no figure (a task
the state set, a budget, a schedule, planned land, a story's detail).
Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out, places_and_years, rows

ROWS_OF = [
    pytest.param("2024年，副中心所在的通州区实现地区生产总值1500亿元。\n",
                 dict(title="城市副中心建设成效", published="2025-02-20", reference_year=2025),
                 "1500亿元", [("tongzhou", 2024)],
                 id="the_district_a_subcentre_lies_in_said_as_such_is_the_district"),
    pytest.param("区长介绍，2024年，全区新设经营主体同比增长60%。\n",
                 dict(title="城市副中心建设成效", published="2025-01-15", reference_year=2025),
                 "60%", [("tongzhou", 2024)],
                 id="the_whole_district_in_a_subcentre_release_is_the_district"),
    pytest.param("通州区区长介绍，2024年，副中心新设经营主体同比增长60%。\n",
                 dict(title="城市副中心建设成效", published="2025-01-15", reference_year=2025),
                 "60%", [("subcentre", 2024)],
                 id="control_a_district_head_speaking_of_the_subcentre"),
    pytest.param("2018年以来，丰宁共获得北京市帮扶资金超2.5亿元，实施帮扶项目60个。\n",
                 dict(title="对口帮扶结硕果", published="2021-03-02", reference_year=2021),
                 "超2.5亿元", [("fengning", 2020)],
                 id="money_a_place_receives_from_beijing_is_the_receivers"),
    pytest.param("2023年，用2600万元北京市帮扶资金，建成蔬菜大棚120座。\n",
                 dict(title="怀来县蔬菜产业发展", published="2024-01-20", reference_year=2024),
                 "120座", [("huailai", 2023)],
                 id="a_sum_of_beijings_money_spent_by_a_county_leaves_the_county_the_subject"),
    pytest.param("记者获悉，牵头组建12个京津养老服务联盟。\n",
                 dict(title="养老服务协同", publisher="天津市人民政府", published="2024-04-11", reference_year=2024),
                 "12个", [("tianjin", 2024)],
                 id="places_naming_the_kind_of_things_counted_are_not_the_subject"),
    pytest.param("2025年，共开通15条京津冀定制快巴线路。\n",
                 dict(title="区域交通", published="2026-03-01", reference_year=2026),
                 "15条", [("jjj", 2025)],
                 id="control_the_areas_own_lines_counted"),
    pytest.param("截至2023年底，新区注册企业中北京投资来源企业占六成。\n",
                 dict(title="雄安新区产业发展", published="2024-03-01", reference_year=2024),
                 "六成", [("xiongan", 2023)],
                 id="firms_whose_investment_comes_from_beijing_are_counted_by_the_host"),
    pytest.param("记者从发布会上获悉，北京奔驰零部件的区域内采购额占60%，我市为北京整车配套企业超过150家。\n",
                 dict(title="我市汽车产业链配套", publisher="天津市工业和信息化局", published="2024-05-07",
                      reference_year=2024),
                 "超过150家", [("tianjin", 2024)],
                 id="a_firm_named_after_beijing_does_not_make_we_beijing"),
    pytest.param("2025年，河北蔬菜占北京市场份额超过四成。\n", dict(title="京冀菜篮子", published="2025-08-28", reference_year=2025),
                 "超过四成", [("hebei", 2025)], id="the_supplier_of_a_share_of_a_market_has_the_share"),
    pytest.param("两地合作以来，承德著力建设首都绿色农产品供应首选基地，年供应北京有机农产品达400万吨。\n",
                 dict(title="京承农业合作", published="2017-08-23", reference_year=2017),
                 "400万吨", [("chengde", 2017)], id="the_capital_a_supply_base_serves_is_no_subject"),
    pytest.param("2023年，河北联合北京市共建100个环京周边蔬菜基地。\n", dict(title="环京蔬菜基地", published="2024-01-19", reference_year=2024),
                 "100个", [("hebei", 2023)], id="a_partner_joined_to_build_is_no_subject"),
    pytest.param("2023年，饶阳县设施蔬菜30万亩，设施蔬菜比例河北省第一；设施葡萄10万亩。\n",
                 dict(title="蔬菜之乡", published="2024-05-19", reference_year=2024),
                 "10万亩", [("raoyang", 2023)], id="the_province_a_county_leads_is_a_ranks_field"),
    pytest.param("北京市大力支持承德农业发展，2017年，100多个千万元以上项目落户承德。\n",
                 dict(title="京承农业合作", published="2018-08-23", reference_year=2018),
                 "100多个", [("chengde", 2017)], id="projects_that_moved_into_a_place_are_that_places"),
    pytest.param("刚刚过去的一年，全市经济保持稳定健康发展。全年完成地区生产总值3800亿元，增长7%，经济总量稳居全省第三。\n",
                 dict(title="政府工作报告 ——2018年2月8日在沧州市第十四届人民代表大会第三次会议上", published="2018-02-08",
                      reference_year=2018),
                 "3800亿元", [("cangzhou", 2017)], id="control_a_congress_numbered_after_a_city_still_names_the_city"),
    pytest.param("在北京和天津的大力帮扶下，2018年新增转移就业2000人。\n",
                 dict(title="承德脱贫攻坚成效显著", published="2019-11-12", reference_year=2019),
                 "2000人", [("chengde", 2018)], id="the_places_a_city_was_helped_by_are_not_its_figures_subject"),
    pytest.param("科技城负责人说，在宝坻举全区之力的支持下，2023年科技城新增市场主体400家。\n",
                 dict(title="京津中关村科技城建设", published="2024-03-05", reference_year=2024),
                 "400家", [("baodi", 2023)], id="control_a_host_district_backing_its_park_keeps_the_parks_figures"),
    pytest.param("南水北调中线一期工程自2014年12月全面通水以来，累计向北京市调水量达90亿立方米。\n",
                 dict(title="南水进京十周年", published="2024-06-12", reference_year=2024),
                 "90亿立方米", [("beijing", 2024)], id="water_a_works_named_in_the_clause_before_delivered_is_the_receivers"),
    pytest.param("2015年石家庄接待京津旅客接近650万人次。\n", dict(title="京津冀旅游", published="2016-03-24", reference_year=2016),
                 "接近650万人次", [("shijiazhuang", 2015)], id="visitors_a_city_received_from_beijing_and_tianjin_are_the_citys"),
    pytest.param("九年来，河北携手京津打通对接路40条段，总里程2500公里。\n", dict(title="京津冀交通", published="2023-03-02", reference_year=2023),
                 "40条", [("hebei", 2022)], id="the_partners_a_province_joins_hands_with_are_no_subject"),
    pytest.param("2022冬奥比赛地河北崇礼春节期间接待游客共计50万人次。\n", dict(title="崇礼冰雪旅游", published="2016-02-15", reference_year=2016),
                 "50万人次", [("chongli", 2016)], id="hebei_run_into_a_place_inside_it_is_its_address"),
    pytest.param("他们先后引进北京农业龙头企业十余家，带动全县发展生猪规模养殖场80多个。\n",
                 dict(title="张家口赤城加速农业发展", published="2015-02-28", reference_year=2015),
                 "80多个", [("chicheng", 2014)], id="a_county_named_without_xian_in_a_headline"),
    pytest.param("2023年，容城新增就业岗位5000个。\n", dict(title="雄安三县", published="2024-05-01", reference_year=2024),
                 "5000个", [("rongcheng", 2023)], id="rongcheng_named_without_xian"),
    pytest.param("今年春季，人工造林完成390万亩；雄安新区森林城市建设完成8万亩；太行山绿化完成150万亩。\n",
                 dict(title="河北省完成春季营造林630万亩", published="2018-07-09", reference_year=2018),
                 "150万亩", [("hebei", 2018)], id="the_place_opening_the_item_before_is_not_the_next_items"),
    pytest.param("今年春季，人工造林完成390万亩；雄安新区森林城市建设完成8万亩；太行山绿化完成150万亩。\n",
                 dict(title="河北省完成春季营造林630万亩", published="2018-07-09", reference_year=2018),
                 "8万亩", [("xiongan", 2018)], id="control_the_item_the_place_opens"),
    pytest.param("从2008年到2018年这十年来，河北常住人口持续增长，已经从2008年的6900万人上升到7500万人。\n",
                 dict(title="京津冀十年人口增长", published="2019-12", reference_year=2019),
                 "7500万人", [("hebei", 2018)], id="a_span_written_out_before_zhe_shi_nian_lai_is_the_period"),
    pytest.param("近日，记者从市统计局获悉，改革开放40年来，全市人均生产总值达到61000元。\n",
                 dict(title="廊坊市居民收入快速增长", published="2018-11-29", reference_year=2018),
                 "61000元", [("langfang", 2017)], id="an_undated_years_accounts_before_its_end_are_last_years"),
    pytest.param("据了解，2012年北京市启动第一轮造林绿化工作，经过连续两个五年的两轮造林，全市新增造林绿化200万亩。\n",
                 dict(title="北京百万亩造林", published="2022-06-25", reference_year=2022),
                 "200万亩", [("beijing", 2022)], id="after_two_five_year_rounds_is_now"),
    pytest.param("2018年流域横向生态保护补偿协议(一期)签订以来，张家口、承德两市累计获得生态补偿金30亿元。\n",
                 dict(title="官厅水库生态补偿", published="2023-09-02", reference_year=2023),
                 "30亿元", [("zhangjiakou_chengde", 2023)], id="since_an_agreement_signed_in_a_year_runs_to_now"),
    pytest.param("北京疏解畜牧企业30余家。如首农集团2014年便启动乳粉项目搬迁。据不完全统计，北京涉农企业在承德市投资千万元以上农业项目110个。\n",
                 dict(title="京津冀农业协同十年", published="2024-03-06", reference_year=2024),
                 "110个", [("chengde", 2023)], id="a_year_an_event_started_in_dates_nothing_after_it"),
]


@pytest.mark.parametrize("body, front, raw, expected", ROWS_OF)
def test_region_and_year_of(tmp_path, body, front, raw, expected):
    assert places_and_years(tmp_path, body, front, raw) == expected


def test_households_and_labourers_counted_in_wan_are_counts(tmp_path):
    res = extract(tmp_path, "截至2018年底，累计完成约100万农户改造；帮助3.5万贫困劳动力实现就业。\n",
                  title="北京农村", published="2019-09-17", reference_year=2019)
    assert [(r["unit"], r["value"]) for r in out(res, "约100万")] == [("万户", 100.0)]
    assert [(r["unit"], r["value"]) for r in out(res, "3.5万")] == [("万人", 3.5)]


def test_a_share_opening_its_clause_with_yishang_is_a_share_not_a_class(tmp_path):
    res = extract(tmp_path, "今年我市蔬菜播种面积110万亩，80%以上蔬菜外销。\n",
                  title="张家口蔬菜", published="2021-07-29", reference_year=2021)
    assert [(r["region"], r["value"], r["qualifier"]) for r in out(res, "80%以上")] == [("zhangjiakou", 80.0, "at_least")]
    klass = extract(tmp_path, "全市增速在5%以上企业达到120家。\n", title="张家口工业", published="2021-07-29", reference_year=2021)
    assert out(klass, "5%以上") == []


def test_energy_in_tonnes_of_standard_coal_is_its_own_unit(tmp_path):
    res = extract(tmp_path, "2014年本市能源消费总量6800万吨标准煤；2016年万元GDP能耗是0.28吨标煤。\n",
                  title="北京能耗公报", published="2015-07-01", reference_year=2015)
    assert [(r["unit"], r["value"]) for r in out(res, "6800万吨标准煤")] == [("万吨标准煤", 6800.0)]
    assert [(r["unit"], r["value"]) for r in out(res, "0.28吨标煤")] == [("吨标准煤", 0.28)]


def test_a_year_of_constant_prices_is_no_time_of_the_figures(tmp_path):
    res = extract(tmp_path, "2014年全市用电量900亿千瓦时；按2010年可比价格计算，万元GDP电耗490千瓦时，下降4.3%。\n",
                  title="北京能耗公报", published="2015-07-01", reference_year=2015)
    assert [(r["year"], r["unit"]) for r in out(res, "490千瓦时")] == [(2014, "千瓦时")]
    assert [r["indicator"] for r in res.rows if r["raw"] == "4.3%"] == []  # per unit of GDP: no GDP growth


def test_the_jibei_grid_area_is_its_own_place_and_a_national_low_is_a_ranks_field(tmp_path):
    res = extract(tmp_path, "2023年，冀北清洁能源基地新增风电、光伏装机1100万千瓦。\n2016年，本市万元GDP能耗全国最低，煤炭消费量占比降至9.5%。\n",
                  title="能源发展", publisher="北京市统计局", published="2024-01-05", reference_year=2024)
    assert [r["region"] for r in out(res, "1100万千瓦")] == ["jibei"]
    assert [(r["region"], r["year"]) for r in out(res, "9.5%")] == [("beijing", 2016)]


@pytest.mark.parametrize("body, raw, phrase", [
    pytest.param("2015年截至今年10月底关停退出一般制造业和污染企业300家。\n", "300家", "关停退出一般制造业和污染企业",
                 id="this_years_as_of_date_is_cut_whole_not_as_zhijin"),
    pytest.param("截至2014年底，张家口已签约35个合作项目。\n", "35个", "签约合作项目",
                 id="a_signing_keeps_its_yue"),
    pytest.param("2014年，全市风电装机总容量达到600万千瓦，并网540万千瓦。\n", "540万千瓦", "并网",
                 id="grid_connection_keeps_its_bing"),
    pytest.param("2014年，全市开通定制快巴主线3条，惠及8万人。\n", "8万人", "惠及", id="people_reached_keep_their_ji"),
    # (round 44: 人口 said short is the resident population, a synonym of the catalogue's indicator)
    pytest.param("2014年，全市已有60万人口。\n", "60万人", "population_year_end", id="the_ren_of_renkou_read_as_a_unit_opens_the_noun"),
    pytest.param("2014年，全市建成150个农村人居环境整治示范村。\n", "150个", "建成农村人居环境整治示范村",
                 id="a_long_noun_of_what_was_built"),
    pytest.param("2014年，全市通过自然恢复和人工辅助方式修复湿地植被1.5万亩。\n", "1.5万亩", "修复湿地植被",
                 id="the_means_are_no_part_of_the_measure"),
    pytest.param("2014年，全市在建项目120个。\n", "120个", "在建项目", id="a_word_opening_on_zai_keeps_it"),
    pytest.param("2014年，全市共享单车投放量达到90万辆。\n", "90万辆", "共享单车投放量", id="a_word_opening_on_gong_keeps_it"),
    pytest.param("2014年，全市超市门店达到900家。\n", "900家", "超市门店", id="a_word_opening_on_chao_keeps_it"),
    pytest.param("2014年首届蔬菜对接大会圆满举行，为河北区域内60万吨蔬菜找到了买家。\n", "60万吨", "蔬菜",
                 id="a_places_area_is_no_measure_and_the_noun_after_is"),
])
def test_measure_words_ending_or_opening_on_a_function_character_are_kept(tmp_path, body, raw, phrase):
    res = extract(tmp_path, body, title="张家口能源", published="2015-02-01", reference_year=2015)
    assert [r.get("candidate_id", r.get("indicator")).split("|")[0] for r in out(res, raw)] == [phrase]


def test_a_plans_period_dates_nothing_after_it(tmp_path):
    res = extract(tmp_path, "2014年本市能源消费总量6800万吨标准煤，提前一年实现“十二五”期间下降17%的节能目标。"
                            "全市用电量930亿千瓦时，同比增长2.5%。\n",
                  title="北京能耗公报", published="2015-07-01", reference_year=2015)
    assert [r["year"] for r in out(res, "930亿千瓦时")] == [2014]
    plans = extract(tmp_path, "2023年全省主要预期目标是地区生产总值增长6%左右，固定资产投资增长6.5%左右。\n",
                    title="河北省政府工作报告", published="2023-01-11", reference_year=2023)
    assert [r["raw"] for r in plans.rows if r["raw"] == "6.5%左右"] == []  # (control: the plan year still carries)


@pytest.mark.parametrize("body, raw, reason", [
    pytest.param("2016年全省淘汰炼钢产能1600万吨，占国家下达任务的190%。\n", "190%", "share of a plan", id="a_share_of_a_task_set_by_the_state"),
    pytest.param("前三季度，全市一般公共预算收入完成年初预算1900亿元的83%。\n", "1900亿元", "target", id="a_budget_is_a_plan"),
    pytest.param("前三季度，全市一般公共预算收入超序时进度8个百分点。\n", "8个百分点", "share of a plan", id="ahead_of_schedule"),
    pytest.param("全市知识产权密集型企业由协同前的14万户提升至目前的25万户。\n", "14万户", "period start", id="a_start_before_an_event"),
    pytest.param("投入运营的车辆数从开通初期的16辆增加至目前的60辆。\n", "16辆", "period start", id="a_start_at_an_opening"),
    pytest.param("该港规划占地30平方公里，吸引企业签约入驻。\n", "30平方公里", "target", id="a_ports_planned_land"),
    pytest.param("2019年，全市专项行动的时间一共只有270天。\n", "270天", "narrative", id="a_storys_detail_with_only"),
    pytest.param("2014年，医院病床空置率曾一度达到70%。\n", "70%", "narrative", id="a_storys_detail_once"),
])
def test_plans_budgets_and_undated_starts_are_no_figures(tmp_path, body, raw, reason):
    res = extract(tmp_path, body, title="天津经济运行", published="2019-11-25", reference_year=2019)
    assert out(res, raw) == [] and reason in [s["reason"] for s in res.skipped if s["raw"] == raw]


def test_freight_turnover_is_in_tonne_kilometres(tmp_path):
    res = extract(tmp_path, "2017年，全市货物运输周转量260亿吨公里。\n", title="廊坊统计", published="2018-11-29", reference_year=2018)
    assert [(r["unit"], r["value"]) for r in out(res, "260亿吨公里")] == [("亿吨公里", 260.0)]


def test_a_span_of_months_written_with_spaces_is_still_the_span(tmp_path):
    res = extract(tmp_path, "记者从市环保局获悉，我市1 —9月城区环境空气质量累计达标180天，达标率为66%。\n",
                  title="承德空气质量", published="2015-10-15", reference_year=2015)
    assert [(r["candidate_id"].split("|")[0], r["year"]) for r in out(res, "66%")] == [("前三季度", 2015)]


def test_a_city_said_as_this_city_still_counts(tmp_path):
    res = extract(tmp_path, "每年7月至9月，这个市供京蔬菜总量达240万吨。\n", title="张家口坝上蔬菜", published="2014-07-24",
                  reference_year=2014)
    assert [r["region"] for r in out(res, "240万吨")] == ["zhangjiakou"]


def test_a_census_still_to_come_dates_nothing(tmp_path):
    res = extract(tmp_path, "天津也面临老龄化的问题。第七次全国人口普查即将来临。\n十年来，整个京津冀地区的人口增量达到1300万人。\n",
                  title="京津冀十年人口增长", published="2019-12", reference_year=2019)
    assert [r["year"] for r in out(res, "1300万人")] == [2019]


CATALOGUED_OF = [
    pytest.param("2023年，全区实现地区生产总值300亿元，按不变价计算增长4.5%。\n",
                 dict(title="延庆区统计公报", published="2024-03-20", reference_year=2024),
                 "4.5%", [("gdp_growth_real", "yanqing", 2023)], id="a_growth_at_constant_prices_after_a_gdp_level_is_real_gdp_growth"),
    pytest.param("2023年，天津市重污染天5天，同比减少2天。\n", dict(title="天津生态环境状况", published="2024-06-05", reference_year=2024),
                 "5天", [("heavy_pollution_days", "tianjin", 2023)], id="heavy_pollution_days_written_without_shu"),
    pytest.param("2013年，北京五级重度污染天为40天，六级严重污染天为10天。\n", dict(title="北京空气质量", published="2014-01-03", reference_year=2014),
                 "10天", [], id="severe_pollution_days_alone_are_not_heavy_pollution_days"),
    pytest.param("2020年，崇礼区优级天数170天。\n", dict(title="崇礼生态", published="2021-03-18", reference_year=2021),
                 "170天", [("first_grade_air_days", "chongli", 2020)], id="excellent_air_days_written_you_ji"),
    pytest.param("2014年天津市技术合同成交总量超400亿元。\n", dict(title="天津技术市场", published="2015-06-26", reference_year=2015),
                 "超400亿元", [("tech_contract_turnover", "tianjin", 2014)], id="technology_contracts_total_volume"),
    pytest.param("2015年，河北城镇人口的比例为51%。\n", dict(title="京津冀人口", published="2016-08-25", reference_year=2016),
                 "51%", [("urbanisation_rate", "hebei", 2015)], id="the_urban_populations_proportion_is_the_urbanisation_rate"),
    pytest.param("2014年，秦皇岛港集装箱完成40万标箱。\n", dict(title="河北港口", published="2015-01-23", reference_year=2015),
                 "40万标箱", [("port_container_throughput", "qinhuangdao_port", 2014)], id="containers_a_port_handled"),
    pytest.param("截至2025年底，超3000家北京来源企业在雄安新区落地发展。\n", dict(title="雄安新区建设", published="2026-01-10", reference_year=2026),
                 "超3000家", [("xiongan_bj_registered_firms", "xiongan", 2025)], id="firms_of_beijing_origin_in_xiongan"),
    pytest.param("2016年，北京向津冀的技术输出额达150亿元。\n", dict(title="北京技术市场", published="2017-02-26", reference_year=2017),
                 "150亿元", [("tech_contract_turnover_to_tjhb", "tianjin_hebei", 2016)], id="technology_exported_to_tianjin_and_hebei"),
    pytest.param("2021年，区域技术合同成交额9000亿元。\n",
                 dict(title="京津冀区域发展指数", published="2022-12-29", reference_year=2022),
                 "9000亿元", [("tech_contract_turnover_jjj_total", "jjj", 2021)], id="the_regions_technology_contracts_said_by_its_anaphor"),
    pytest.param("“十三五”期间，京津冀铁路网越织越密。京张高铁、京雄城际铁路等相继开通运营，营业里程由8400公里增加到9400公里，其中，高铁营业里程由1600公里增加到2200公里。\n",
                 dict(title="京津冀交通建设成效", published="2021-03-22", reference_year=2021),
                 # (round 45: the network's own total, the railway's operating length, as an outside set labels it)
                 "9400公里", [("rail_operating_km", "jjj", 2020)], id="a_lines_name_holding_gaotie_makes_no_total_a_high_speed_length"),
    pytest.param("“十三五”期间，京津冀铁路网越织越密。京张高铁、京雄城际铁路等相继开通运营，营业里程由8400公里增加到9400公里，其中，高铁营业里程由1600公里增加到2200公里。\n",
                 dict(title="京津冀交通建设成效", published="2021-03-22", reference_year=2021),
                 "2200公里", [("hsr_operating_km", "jjj", 2020)], id="control_the_high_speed_part_of_it"),
]


@pytest.mark.parametrize("body, front, raw, expected", CATALOGUED_OF)
def test_catalogued_rows_of(tmp_path, body, front, raw, expected):
    assert rows(extract(tmp_path, body, **front), raw) == expected
