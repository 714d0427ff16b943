"""Round 61 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out, read_as_test
from tests.extract_support import release_front as _front


def test_a_percentage_point_unit_split_by_a_stray_space_is_still_percentage_points(tmp_path):
    body = "2024年前三季度，某区固定资产投资增长12%，拉动全市投资增长3.6个百 分点。\n2024年，北京市技术合同成交额增长5.2个百 分点。\n"
    res = extract(tmp_path, body, title="北京经济", reference_year=2024, published="2024-11-08")
    changes = [r for r in res.rows + res.candidates if r["value"] == 5.2]
    assert [(r["region"], r["year"], r["unit"]) for r in changes] == [("beijing", 2024, "个百分点")]


def test_a_count_cut_off_at_the_end_of_a_page_is_no_count(tmp_path):
    body = "2023年，天津市规模以上工业增加值增长3.7%，比2022年提高4.7个百"
    res = extract(tmp_path, body, title="天津经济", reference_year=2024, published="2024-02-21")
    assert [r for r in res.rows + res.candidates if r["value"] == 4.7] == []


def test_residents_of_tianjin_counted_in_wan_are_people_not_days(tmp_path):
    body = "截至3月1日，南水北调中线工程已累计向天津市供水超60亿立方米，1200多万天津市民直接受益。\n"
    res = extract(tmp_path, body, title="南水北调累计向天津供水超60亿立方米", reference_year=2021, published="2021-03-01")
    [people] = [r for r in res.rows + res.candidates if r["value"] == 1200]
    assert (people["region"], people["unit"], people["qualifier"]) == ("tianjin", "万人", "more_than")


def test_flat_glass_capacity_is_counted_in_weight_boxes(tmp_path):
    body = "2016年，河北省压减炼钢产能1624万吨、平板玻璃产能2189万重量箱。\n"
    res = extract(tmp_path, body, title="河北去产能", reference_year=2017, published="2017-03-01")
    [glass] = [r for r in res.rows + res.candidates if r["value"] == 2189]
    assert (glass["region"], glass["year"], glass["unit"]) == ("hebei", 2016, "万重量箱")


def test_the_northern_counties_named_first_with_tongzhou_are_the_integration_zone(tmp_path):
    body = "目前，北三县与通州区已有4条高速、9条主干路连通。\n"
    res = extract(tmp_path, body, title="北三县与通州区融合发展", reference_year=2023, published="2023-11-18")
    assert sorted((r["region"], r["year"], r["value"]) for r in res.rows + res.candidates) == [
        ("tongzhou_bsx", 2023, 4.0), ("tongzhou_bsx", 2023, 9.0)]


def test_a_national_paper_leaves_this_city_unresolved_between_two_cities_of_its_headline(tmp_path):
    body = "近年来，全市不断新建改建对外交通干线，城乡公交网络覆盖率达到100%，年客运总量2800万人次。\n"
    res = extract(tmp_path, body, title="依托北京 深度融合——协同发展五周年看涿州", publisher="经济日报",
                  reference_year=2019, published="2019-04-09")
    assert out(res, "100%") == []


def test_firms_counted_before_what_they_did_are_the_firms(tmp_path):
    body = "五年来，天津市协同发展效能持续释放，90余家央企二三级公司布局拓展，千余家企业融入产业链供需配套。\n"
    res = extract(tmp_path, body, title="天津市政府工作报告", reference_year=2026, published="2026-01-26")
    [firms] = out(res, "90余家")
    assert (firms["region"], firms["year"]) == ("tianjin", 2025)
    assert firms["candidate_id"].startswith("央企二三级公司")


def test_the_country_as_the_field_of_a_rank_or_an_average_is_no_subject_of_the_figures_after_it(tmp_path):
    body = ("2015年某机场旅客吞吐量1350.5万人次，同比增长11.9%，增速是全国机场平均值的1.5倍，但在全国的排名屈居25名，"
            "是全国26家千万级机场的最后一名；货邮吞吐量21.7万吨，增长4.2%；飞机起降架次全国排名20，起降架次12.3万架次。\n")
    res = extract(tmp_path, body, title="天津滨海国际机场2015年业务量", reference_year=2016, published="2016-06-03")
    got = {r["value"]: (r["region"], r["year"]) for r in res.rows + res.candidates}
    assert got[21.7] == got[12.3] == ("tianjin_airport", 2015)
    assert 26.0 not in got and 25.0 not in got


def test_the_place_of_a_breakdown_ends_with_its_item(tmp_path):
    body = ("一季度，天津港完成货物吞吐量1.2亿吨，其中北疆港区0.5亿吨；完成集装箱吞吐量480万标准箱，同比增长8.1%。\n")
    res = extract(tmp_path, body, title="天津港一季度生产指标", reference_year=2017, published="2017-04-12")
    boxes = [r for r in res.rows + res.candidates if r["value"] in (480.0, 8.1)]
    assert boxes and {r["region"] for r in boxes} == {"tianjin_port"}


def test_a_level_reached_so_far_measures_what_the_trend_before_it_names(tmp_path):
    body = "今年以来，天津滨海国际机场旅客吞吐量持续增长，截至6月20日已达到1005万人次。\n"
    res = extract(tmp_path, body, title="天津机场旅客吞吐量持续增长", reference_year=2024, published="2024-06-22")
    [passengers] = out(res, "1005万人次")
    assert (passengers["region"], passengers["year"]) == ("tianjin_airport", 2024)
    assert "旅客吞吐量" in passengers["candidate_id"]


def test_days_of_last_year_told_as_events_do_not_make_an_undated_page_a_review_of_last_year(tmp_path):
    body = ("近年来，密云与滦平因对口帮扶走得更近。2017年以来，滦平共获得北京市帮扶资金超1.2亿元，实施帮扶项目35个。\n"
            "2018年1月，密云区干部被派到滦平挂职。2018年3月，安置区建成。2018年5月，蘑菇车间投产。\n")
    res = extract(tmp_path, body, title="密云对口帮扶滦平", reference_year=2019, published=2019)
    [funds] = out(res, "超1.2亿元")
    assert (funds["region"], funds["year"], funds["period_start"]) == ("luanping", 2019, 2017)


def test_a_years_total_told_before_the_year_is_out_is_the_year_so_far(tmp_path):
    body = "8月20日上午，随着一艘矿石船装卸完成，2021年天津港货物吞吐量突破3亿吨，集装箱吞吐量完成1300万标准箱。\n"
    res = extract(tmp_path, body, title="天津港货物吞吐量突破3亿吨", reference_year=2021, published="2021-08-21")
    assert [r for r in res.rows if r["indicator"] in ("port_cargo_throughput", "port_container_throughput")] == []


def test_a_years_total_told_after_the_year_is_read_as_the_year(tmp_path):
    body = "2021年，天津港货物吞吐量完成5.3亿吨，集装箱吞吐量完成2026万标准箱。\n"
    res = extract(tmp_path, body, title="天津港2021年生产指标", reference_year=2022, published="2022-01-10")
    assert sorted((r["indicator"], r["year"]) for r in res.rows) == [
        ("port_cargo_throughput", 2021), ("port_container_throughput", 2021)]


def test_places_a_count_of_parks_names_are_no_subject_of_the_figures_after_it(tmp_path):
    body = ("2018年，张家口市正在建设高新区、宣化区2个冰雪产业园，先后引进21家冰雪装备制造企业注册落户，累计签约冰雪项目27个。\n")
    res = extract(tmp_path, body, title="张家口市冬奥项目建设进度超预期", reference_year=2018, published="2018-12-19")
    assert {r["region"] for r in out(res, "21家") + out(res, "27个")} == {"zhangjiakou"}



def test_a_step_of_thousands_of_yi_in_words_is_money(tmp_path):
    body = "党的十八大以来，大兴区地区生产总值从430亿元跃升上千亿台阶。\n"
    res = extract(tmp_path, body, title="大兴区新闻发布会", reference_year=2024, published="2024-09-10")
    [gdp] = [r for r in res.rows if r["indicator"] == "gdp" and r["value"] == 1000.0]
    assert (gdp["region"], gdp["year"], gdp["qualifier"]) == ("daxing", 2023, "more_than")



# (body, front matter, the figure as written, the (region, year) it is read as)
READ_AS = [
    pytest.param("2022年，涿州市地处首都南大门，通过与多家央企合作，引进央企所属47家公司入驻。\n",
                 _front("环京卫星城十年之变", "2022-10-10", 2022), "47家", ("zhuozhou", 2022),
                 id="the_capitals_south_gate_is_the_place_beside_it_not_the_capital"),
    pytest.param("某区累计引进北京项目2000个。滨海新区高技术制造业增加值占规模以上工业增加值达到15.2%。\n",
                 _front("天津市滨海新区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "2021-11-20", 2021),
                 "15.2%", ("binhai", 2020), id="a_five_year_plan_published_in_its_first_year_reviews_the_year_before"),
    pytest.param("滨海新区高技术制造业增加值占规模以上工业增加值达到15.2%。\n",
                 _front("天津市“十五五”规划编制工作新闻发布会", "2026-10-20", 2026), "15.2%", ("binhai", 2026),
                 id="a_press_conference_on_a_plan_in_its_last_year_reads_its_undated_figures_as_of_now"),
    pytest.param("12月10日，河北省公布第二批省级专精特新中小企业名单，保定某电气有限公司等186家企业上榜。\n",
                 _front("河北省第二批专精特新中小企业出炉", "2018-12-10", 2018), "186家", ("hebei", 2018),
                 id="firms_on_a_list_of_the_year_named_by_one_of_them_are_counted"),
    pytest.param("近年来，全市不断新建改建对外交通干线，城乡公交网络覆盖率达到100%，年客运总量2800万人次。\n",
                 _front("依托北京 深度融合——协同发展五周年看涿州", "2019-04-09", 2019, "河北经济日报"), "2800万人次",
                 ("zhuozhou", 2019), id="a_provinces_paper_reads_this_city_as_its_own_city_of_the_two_its_headline_names"),
    pytest.param("2019年，怀柔、东城两区签订结对协作框架协议。五年来，两区在公共服务等领域开展深入协作。"
                 "利用东城区3亿元支持资金，怀柔区先后落地了近15个共建项目。\n",
                 _front("怀柔东城结对协作五年", "2024-07-02", 2024), "3亿元", ("huairou", 2024),
                 id="years_counted_since_a_first_year_outrank_it_for_the_figures_after_them"),
    pytest.param("五年多来，高碑店新发地作为首个北京农批市场转移的统一承接平台，累计入驻商户7300余户。其中北京商户4200余户。\n",
                 _front("高碑店新发地五年", "2021-02-20", 2021), "4200余户", ("gaobeidian", 2020),
                 id="merchants_named_by_the_city_they_came_from_are_counted_where_they_settled"),
    pytest.param("第02版:要闻 上一版3  4下一版  \n \n标题导航\n~~~——循着总书记春节足迹感悟为民初心\n~~~\n回到首页 | 标题导航\n"
                 "2025年01月27日 星期一\n3 上一篇  下一篇 4 放大 缩小 默认\n新一批612家市专精特新中小企业出炉\n\n"
                 "本报讯 日前，市工业和信息化局宣布，认定2024年度天津市专精特新中小企业。\n\n"
                 "记者发现，这612家新认定的专精特新中小企业中，来自滨海新区的有231家。\n",
                 _front("新一批612家市专精特新中小企业出炉", "2025-01-27", 2025, "天津日报"), "231家", ("binhai", 2024),
                 id="an_e_papers_navigation_is_no_opening_of_the_story"),
    pytest.param("作为首个跨省托管的公立医院，北京儿童医院保定医院深度融入协同发展战略。2022年成为国家级区域医疗中心后，"
                 "北京儿童医院保定医院承担着十项重要任务。医院积极牵头成立的\"保定市儿科医疗联盟\"，目前成员单位已经达到150家。\n",
                 _front("开创跨区域医疗合作新模式", "2025-12-24", 2025, "河北日报"), "150家", ("baoding", 2025),
                 id="a_branch_hospital_named_after_its_parent_is_its_hosts"),
    pytest.param("2015年，北京儿童医院门诊量比上年减少17万人次。\n", _front("北京儿童医院", "2016-02-24", 2016), "17万人次",
                 ("beijing", 2015), id="a_hospital_in_the_city_it_is_named_after_is_that_citys"),
    pytest.param("截至6月10日，南水北调中线一期工程自2014年12月全面通水以来，累计向天津市调水量达90亿立方米，直接受益人口超1200万。\n",
                 _front("南水北调中线向天津调水90亿立方米", "2024-06-11", 2024), "超1200万", ("tianjin", 2024),
                 id="the_place_a_delivery_goes_to_holds_for_the_clauses_after_it"),
    pytest.param("过去五年，全县累计整合财政涉农资金22.5亿元，156个建档立卡贫困村全部脱贫出列。\n",
                 _front("政府工作报告—2021年7月29日在围场满族蒙古族自治县第八届人民代表大会第一次会议上", "2021-08-16", 2021),
                 "22.5亿元", ("weichang", 2020), id="a_work_report_delivered_in_summer_reviews_the_year_before"),
    pytest.param("今年以来，全区累计整合财政资金22.5亿元。\n",
                 _front("政府工作报告——2022年12月21日在北京市延庆区第四届人民代表大会第二次会议上", "2022-12-21", 2022),
                 "22.5亿元", ("yanqing", 2022), id="a_work_report_delivered_in_december_reviews_the_year_ending"),
    pytest.param("2023年，北京地区12所部属高校将向雄安新区疏解，其中首批4所高校已开工建设。\n",
                 _front("北京高校疏解至雄安", "2023-10-27", 2023), "4所", ("xiongan", 2023),
                 id="things_counted_that_were_done_beside_a_plans_count_are_read"),
    pytest.param("记者从天津市科技局获悉，《中国区域科技创新评价报告2023》日前发布。天津市综合科技创新水平指数达到81.36%。\n",
                 _front("天津市综合科技创新水平居全国第一梯队", "2024-04-12", 2024), "81.36%", ("tianjin", 2023),
                 id="a_report_named_with_its_year_after_its_name_dates_the_release"),
]


test_read_as = read_as_test(READ_AS)


# (body, front matter, the number as written that is no figure)
NOT_READ = [
    pytest.param("2023年，河北省黄骅、沧县等2个县（市）被列入全国试点。\n", _front("河北试点", "2023-10-10", 2023), "2个",
                 id="places_named_before_their_count_are_no_figure"),
    pytest.param("2023年，北京地区12所部属高校将向雄安新区疏解，其中首批4所高校已开工建设。\n",
                 _front("北京高校疏解至雄安", "2023-10-27", 2023), "12所", id="things_counted_that_will_do_something_are_a_plans_count"),
    pytest.param("2022年，北京协和医学院天津医院项目规划总床位1500张，一期设置门诊科室30个。\n",
                 _front("协和天津医院项目进展", "2022-06-08", 2022), "1500张", id="a_hospitals_planned_beds_are_a_plan_not_beds_it_has"),
]


@pytest.mark.parametrize("body, front, raw", NOT_READ)
def test_not_read(tmp_path, body, front, raw):
    assert out(extract(tmp_path, body, **front), raw) == []
