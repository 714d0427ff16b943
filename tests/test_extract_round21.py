"""Round 21 of issue 8: a county's bare name inside a word (健康保险 holds 康保), a period from a start date up to an
as-of date, a day's figure that is no year's, a change over years whose base the text names, a park named as its
district's place.
Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out, places_and_years, rows

ROWS_OF = [
    pytest.param("2022年，副中心金融业增加值占比超过10%，平安健康保险等40个金融类项目落地，累计注册金融企业360余家。\n",
                 dict(title="城市副中心金融业", published="2023-01-05", reference_year=2023),
                 "360余家", [("subcentre", 2022)], id="a_county_name_inside_a_word_is_no_place"),
    pytest.param("2022年，全县建成安置房3000套。\n",
                 dict(title="邯郸市成安县民生工程", published="2023-01-05", reference_year=2023),
                 "3000套", [("cheng_an", 2022)], id="control_a_county_the_release_names_in_full_is_its_place"),
    pytest.param("2023年，康保新增光伏装机容量50万千瓦。\n",
                 dict(title="张家口新能源发展", published="2024-02-05", reference_year=2024),
                 "50万千瓦", [("kangbao", 2023)], id="control_a_bare_county_name_in_a_release_of_its_city"),
    pytest.param("天津市政府新闻办发布会介绍，京津中关村科技城目前累计吸引企业落户300家。\n",
                 dict(title="科技城建设", published="2021-10-30", reference_year=2021),
                 "300家", [("baodi", 2021)], id="the_zhongguancun_park_in_baodi_is_baodis"),
]


@pytest.mark.parametrize("body, front, raw, expected", ROWS_OF)
def test_region_and_year_of(tmp_path, body, front, raw, expected):
    assert places_and_years(tmp_path, body, front, raw) == expected


def test_a_total_from_a_start_date_to_an_as_of_date_is_that_periods(tmp_path):
    res = extract(tmp_path, "据铁路部门消息，自2019年7月1日起截至2020年3月31日，京雄动车组累计开行列车2600列。\n",
                  title="雄安新区铁路运输", published="2020-04-08", reference_year=2020)
    assert [(r["year"], r["period_start"], r["measure"]) for r in out(res, "2600列")] == [(2020, 2019, "cumulative")]


def test_a_days_figure_is_not_the_years(tmp_path):
    res = extract(tmp_path, "2023年，京津冀铁路发送旅客2.5亿人次，高峰日发送旅客达118万人次。\n",
                  title="京津冀铁路运输", published="2024-01-10", reference_year=2024)
    assert rows(res, "2.5亿人次") == [("rail_passengers_jjj", "jjj", 2023)]
    assert rows(res, "118万人次") == []
    assert [r["phrase"] for r in out(res, "118万人次")] == ["高峰日发送旅客"]


def test_a_change_over_years_from_a_base_the_text_names_is_kept(tmp_path):
    res = extract(tmp_path, "截至2016年底，三县常住人口为109万人。与2010年人口普查时的105万人相比，"
                            "雄安三县常住人口6年间增加4万人。\n",
                  title="雄安新区人口发展报告", published="2018-12-01", reference_year=2018)
    assert [(r["region"], r["year"], r["base_year"], r["measure"]) for r in out(res, "4万人")] == [
        ("xiongan", 2016, 2010, "change")]
    unsaid = extract(tmp_path, "2017年，全省PM2.5平均浓度五年下降40%。\n", title="河北空气质量",
                     published="2018-01-05", reference_year=2018)
    assert out(unsaid, "40%") == []  # five years from 2012 or from 2013? unsaid, so not kept


def test_a_section_heading_stating_a_figure_is_read(tmp_path):
    body = ("区长在政府工作报告中回顾了2022年工作。\n\n主题公园带动文体娱乐业收入同比增长120.5%\n\n"
            "2022年，全区新落户企业32家。\n")
    res = extract(tmp_path, body, title="副中心政府工作报告", published="2023-01-05", reference_year=2023)
    assert [(r["region"], r["year"], r["measure"]) for r in out(res, "120.5%")] == [("subcentre", 2022, "change")]


def test_the_headline_restated_as_the_first_line_is_still_a_heading(tmp_path):
    body = "滨海新区已承接北京项目300个\n\n截至3月底，滨海新区已承接引进北京项目300个，协议投资额超过600亿元。\n"
    res = extract(tmp_path, body, title="滨海新区已承接北京项目300个", published="2021-04-28", reference_year=2021)
    assert [r["line"] for r in out(res, "300个")] == [9]  # the body's, as of the end of March


def test_projects_started_are_not_projects_under_construction(tmp_path):
    res = extract(tmp_path, "2023年，雄安新区集中开工50个重点项目，在建重点项目达到300个。\n",
                  title="雄安新区建设", published="2024-01-20", reference_year=2024)
    assert rows(res, "50个") == []
    assert rows(res, "300个") == [("xiongan_projects_under_construction", "xiongan", 2023)]


def test_a_season_bulletin_opening_after_a_line_of_noise_is_the_seasons(tmp_path):
    body = ("永久免费视频在线观看,精品推荐合集大全,热门影视剧全集在线播放,最新电影电视剧免费看\n重点区域环境空气质量改善\n\n生态环境部通报了重点区域2022—2023年秋冬季环境空气质量目标完成情况。\n\n"
            "“2+26”城市PM2.5平均浓度最低的3个城市依次是北京、廊坊和保定,分别为40、45和48微克/立方米。\n")
    res = extract(tmp_path, body, title="重点区域空气质量改善", published="2023-04-20", reference_year=2023)
    assert rows(res, "40") == []  # the season's mean, not the year's
    assert [(r["region"], r["year"]) for r in out(res, "40")] == [("beijing", 2023)]
    assert out(res, "40")[0]["candidate_id"].startswith("秋冬季|")


def test_a_centre_named_after_a_place_is_no_subject(tmp_path):
    body = ("目前，京津冀国家技术创新中心燕郊中心已落地企业5家。累计培育国家高新技术企业260家。\n")
    res = extract(tmp_path, body, title="三河十年产业发展", published="2024-06-01", reference_year=2024)
    assert [r["region"] for r in out(res, "260家")] == ["sanhe"]


def test_the_size_of_a_list_some_projects_joined_is_no_count_of_the_place(tmp_path):
    res = extract(tmp_path, "1-4月，邯郸市新签约京津项目50个。2014年至今，全市承接京津疏解转移项目204个，新天铁公司综合技改等3个"
                            "项目列入河北省推进京津冀协同发展“十四五”88个重点项目。全市列入省级名录的传统村落达到45个。\n",
                  title="邯郸承接京津项目", published="2023-05-29", reference_year=2023)
    assert out(res, "88个") == []
    assert [r["region"] for r in out(res, "204个")] == ["handan"]
    assert [r["region"] for r in out(res, "45个")] == ["handan"]  # (things listed, counted: a figure)


def test_city_days_are_their_own_unit(tmp_path):
    res = extract(tmp_path, "2023年，“2+26”城市共发生重污染180天次，同比减少20%。\n", title="重点区域空气质量",
                  published="2024-01-20", reference_year=2024)
    assert [(r["unit"], r["value"]) for r in out(res, "180天次")] == [("天次", 180.0)]


def test_a_figure_for_a_year_after_the_release_is_a_plan(tmp_path):
    res = extract(tmp_path, "截至2016年底，三县常住人口为109万人，2050年人口规模为1000万人左右。\n",
                  title="雄安新区人口发展报告", published="2018-12-01", reference_year=2018)
    assert [r["year"] for r in out(res, "109万人")] == [2016]
    assert out(res, "1000万人左右") == []


def test_a_breakdowns_own_day_does_not_date_the_sentences_after_it(tmp_path):
    body = ("自2019年7月1日起截至2020年3月31日，两对动车组已共计发送旅客52.6万人次。其中，高峰日2019年10月1日发送旅客4100人次。"
            "雄安新区共计发送旅客达15.2万人次，约占发送总数的29%。\n")
    res = extract(tmp_path, body, title="雄安新区铁路运输", published="2020-04-08", reference_year=2020)
    assert [r["year"] for r in out(res, "15.2万人次")] == [2020]


def test_a_branchs_growth_after_its_level_is_the_branchs_not_the_sectors(tmp_path):
    body = ("2020年,全市第三产业增加值按可比价格计算,比上年增长1.0%。其中,信息传输、软件和信息技术服务业实现增加值5540.5亿元,"
            "增长14.4%,金融业实现增加值7188.0亿元,增长5.4%。\n")
    res = extract(tmp_path, body, title="北京2020年经济运行", published="2021-01-20", reference_year=2021)
    assert rows(res, "1.0%") == [("value_added_tertiary_growth", "beijing", 2020)]
    assert rows(res, "14.4%") == [] and rows(res, "5.4%") == []
    assert [r["measure"] for r in out(res, "14.4%") + out(res, "5.4%")] == ["change", "change"]


def test_contracts_with_beijing_alone_are_not_those_from_beijing_and_tianjin(tmp_path):
    res = extract(tmp_path, "2019年，石家庄积极吸纳京津科技成果，与北京技术合同交易成交额达到40.78亿元，与天津技术合同交易额达到1.83亿元。\n",
                  title="石家庄吸纳京津科技成果", published="2020-03-09", reference_year=2020)
    assert rows(res, "40.78亿元") == []
    assert [r["region"] for r in out(res, "40.78亿元")] == ["shijiazhuang"]


def test_projects_from_beijing_and_hebei_at_a_fair_are_not_tianjins_years(tmp_path):
    res = extract(tmp_path, "从本届津洽会投资合作项目来看，来自京冀地区的投资项目18个，投资额288.85亿元。\n",
                  title="津洽会签约项目48个", published="2019-04-22", reference_year=2019)
    assert rows(res, "18个") == []


def test_a_campus_named_after_a_district_is_no_subject(tmp_path):
    body = "2018年底友谊医院通州院区开诊，目前已累计疏解核心区三级医院床位2200余张。\n"
    res = extract(tmp_path, body, title="北京优化医疗资源布局", published="2022-11-08", reference_year=2022)
    assert [r["region"] for r in out(res, "2200余张")] == ["beijing"]


def test_a_firm_named_in_a_list_is_no_subject_for_the_next_clause(tmp_path):
    body = "2017年，中科院微电子产业园、巴安水务、北京协和原料药等187个重点项目扎实推进，泰恒特钢、中储粮物流等48个项目竣工投产。\n"
    res = extract(tmp_path, body, title="沧州渤海新区政府工作报告", published="2018-02-08", reference_year=2018)
    assert "beijing" not in [r["region"] for r in out(res, "48个")]
    road = extract(tmp_path, "2016年，河北省已打通京台、京港澳、京昆等12条高速公路“断头路”，通车里程达到6500公里。\n",
                   title="河北高速公路建设", published="2017-03-06", reference_year=2017)
    assert [r["region"] for r in out(road, "6500公里")] == ["hebei"]  # (the first item opens on the clause's subject)


def test_places_a_count_names_in_brackets_are_no_subject(tmp_path):
    body = "2019年，全市拥有国家历史文化名城1处(正定)、国家级森林公园3处(仙台山、五岳寨、驼梁)。\n"
    res = extract(tmp_path, body, title="石家庄市情", published="2020-08-25", reference_year=2020)
    assert "zhengding" not in [r["region"] for r in out(res, "3处")]


def test_the_investment_of_each_named_park_or_works_is_one_projects(tmp_path):
    body = "当日签约13个项目，总投资313亿元，包括投资200亿元的通航产业园、投资50亿元的分布式能源及天然气工程。\n"
    res = extract(tmp_path, body, title="保定市重大项目签约", published="2015-10-16", reference_year=2015)
    assert out(res, "200亿元") == [] and out(res, "50亿元") == []
    assert [r["region"] for r in out(res, "313亿元")] == ["baoding"]


def test_water_that_flows_into_beijing_is_the_sending_countys(tmp_path):
    body = "截至2021年11月15日，县内两处入北京水量共计2.19亿立方米，首次突破2亿立方米。\n"
    res = extract(tmp_path, body, title="河北赤城：清水入京创新高", published="2021-11-20", reference_year=2021)
    assert [r["region"] for r in out(res, "2.19亿立方米")] == ["chicheng"]


def test_last_years_month_of_an_event_makes_no_report_of_last_year(tmp_path):
    body = ("去年6月，燕山院在秦皇岛北戴河开业，已经接待老人近千人次。\n\n这样的养老机构秦皇岛有59家，总床位1万多张。\n")
    res = extract(tmp_path, body, title="秦皇岛康养", published="2024-04-12", reference_year=2024)
    assert [r["year"] for r in out(res, "59家")] == [2024]
    report = extract(tmp_path, "去年，秦皇岛养老机构达到59家，总床位1万多张。\n", title="秦皇岛康养",
                     published="2024-04-12", reference_year=2024)
    assert [r["year"] for r in out(report, "59家")] == [2023]


def test_a_spring_promotion_tour_tells_of_now(tmp_path):
    body = "承德市69家重点企业23日赴津推介。该市有林地面积3360万亩，森林覆盖率达56.7%。\n"
    res = extract(tmp_path, body, title="冀赴津推介“京津水源地”", published="2017-03-24", reference_year=2017)
    assert [(r["region"], r["year"]) for r in out(res, "56.7%")] == [("chengde", 2017)]


def test_people_counted_by_where_they_come_from_are_the_hosts_figure(tmp_path):
    res = extract(tmp_path, "截至目前，入住燕达养护中心的北京老人已超过5000人。\n", title="燕郊燕达养护中心三期开建",
                  published="2022-07-01", reference_year=2022)
    assert [r["region"] for r in out(res, "超过5000人")] == ["yanjiao"]
    own = extract(tmp_path, "2022年，北京老年人口达到465万人。\n", title="北京老龄事业", published="2023-07-01",
                  reference_year=2023)
    assert [r["region"] for r in out(own, "465万人")] == ["beijing"]


def test_a_funds_size_and_a_monthly_payment_are_no_figures_of_the_place(tmp_path):
    res = extract(tmp_path, "2023年，300亿元管理规模的国寿股权投资基金已落户科技城。西城区每月补贴600元。\n",
                  title="宝坻科技城建设", published="2023-08-19", reference_year=2023)
    assert out(res, "300亿元") == [] and out(res, "600元") == []


def test_new_urban_jobs_in_either_word_order_are_the_indicator(tmp_path):
    res = extract(tmp_path, "(四)稳定就业：全年新增城镇就业12.8万人。\n", title="邯郸市2021年国民经济和社会发展统计公报",
                  published="2022-03-21", reference_year=2022)
    assert rows(res, "12.8万人") == [("new_urban_jobs", "handan", 2021)]


def test_reaching_a_hundred_is_more_than_a_hundred_and_one_projects_size_no_figure(tmp_path):
    res = extract(tmp_path, "2016年，北京已有6个区与津冀签订合作协议，在基础教育领域达成上百项合作协议。单个项目投资额就上百亿元。\n",
                  title="京津冀教育协同", published="2017-02-23", reference_year=2017)
    assert [(r["value"], r["qualifier"], r["unit"]) for r in out(res, "上百项")] == [(100.0, "more_than", "项")]
    assert out(res, "上百亿元") == []


def test_a_sentence_whose_figures_all_went_to_one_city_makes_it_the_topic(tmp_path):
    body = ("据承德市市长介绍，承德是京津重要水源地，该市有林地面积3360万亩，占京津冀区域的38.4%，森林覆盖率达56.7%。"
            "年均自生水量37.6亿立方米，每年为京津供水22亿立方米。\n")
    res = extract(tmp_path, body, title="冀赴津推介“京津水源地”", published="2017-03-24", reference_year=2017)
    assert [r["region"] for r in out(res, "22亿立方米")] == ["chengde"]


def test_xian_yi_says_now_after_a_sentence_of_last_year(tmp_path):
    res = extract(tmp_path, "推进津冀循环经济产业示范区建设，仅去年就促成9个项目落户，现已有32个项目投产达产。\n",
                  title="津企赴冀投资三年", published="2017-08-10", reference_year=2017)
    assert [r["year"] for r in out(res, "9个")] == [2016]
    assert [r["year"] for r in out(res, "32个")] == [2017]


def test_the_tongzhou_wuqing_langfang_area_is_a_place_of_its_own(tmp_path):
    res = extract(tmp_path, "2019年，武清区推动“通武廊”区域合作，通武廊三地已签署专项合作协议88个。\n",
                  title="武清承接首都项目", published="2019-10-14", reference_year=2019)
    assert [r["region"] for r in out(res, "88个")] == ["tongwulang"]


def test_the_older_name_of_general_budget_revenue_is_the_indicator(tmp_path):
    res = extract(tmp_path, "2015年，地方财政一般预算收入实现70.76亿元。\n", title="通州区2015年国民经济和社会发展计划执行情况",
                  published="2015-12-29", reference_year=2015)
    assert rows(res, "70.76亿元") == [("general_budget_revenue", "tongzhou", 2015)]


def test_forty_years_run_to_now_when_the_headline_dates_its_own_figure_last_year(tmp_path):
    body = "王强表示，四十年来，北京城市基础设施投资增长500多倍，轨道交通运营长度增长25倍。\n"
    res = extract(tmp_path, body, title="截至去年底北京累计关停退出一般制造业企业近2000家", published="2018-12-21",
                  reference_year=2018)
    assert [r["year"] for r in out(res, "25倍")] == [2018]
