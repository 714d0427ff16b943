"""Round 66 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, measures, out, read_as_test
from tests.extract_support import release_front as _front

# (body, front matter, the figure as written, the (region, year) it is read as)
READ_AS = [
    pytest.param("截至2022年底，天津绿色生态屏障一级管控区蓝绿空间占比达到63%。\n",
                 _front("天津生态建设", "2023-03-12", 2023), "63%", ("tianjin_green_barrier", 2022),
                 id="tianjins_green_belt_reports_its_own_cover"),
    pytest.param("2023年，七里海湿地芦苇面积恢复到4.2万亩。\n",
                 _front("宁河湿地保护", "2024-02-20", 2024), "4.2万亩", ("qilihai", 2023),
                 id="the_qilihai_wetland_reports_its_own_area"),
    pytest.param("今年一季度，北戴河新区集中开工重点项目9个，总投资41.6亿元。\n",
                 _front("秦皇岛项目建设", "2023-04-06", 2023), "9个", ("beidaihe_new_area", 2023),
                 id="the_beidaihe_new_area_is_not_the_city"),
    pytest.param("2022年，衡水湖观测到的鸟类增加到335种。\n",
                 _front("衡水生态", "2023-01-30", 2023), "335种", ("hengshui_lake", 2022),
                 id="hengshui_lake_reports_its_own_birds"),
    pytest.param("2021年，唐山高新区实现地区生产总值156.2亿元，新增高新技术企业62家。\n",
                 _front("唐山高新区经济运行", "2022-02-15", 2022), "156.2亿元", ("tangshan_hitech_zone", 2021),
                 id="a_state_high_tech_zone_reports_as_a_unit"),
    pytest.param("截至2024年底，雄安站累计发送旅客520万人次。\n",
                 _front("雄安站客流", "2025-01-20", 2025), "520万人次", ("xiongan_station", 2024),
                 id="a_station_reports_its_own_passengers"),
    pytest.param("2022年，唐山港京唐港区完成货物吞吐量3.1亿吨。\n",
                 _front("唐山港生产运行", "2023-01-12", 2023), "3.1亿吨", ("jingtang_port", 2022),
                 id="the_jingtang_port_area_is_a_site_of_its_own_neither_beijing_nor_none"),
    pytest.param("交通方面，省内520条公交线路与京津实现一卡通行。\n",
                 _front("河北交通一体化取得成效", "2017-02-10", 2017), "520条", ("hebei", 2016),
                 id="within_the_province_is_the_province_and_the_partners_stay_partners"),
    pytest.param("截至目前，天开高教科技园在孵企业已有320余家。\n",
                 _front("南开区建设天开园", "2023-06-12", 2023), "320余家", ("tiankai_park", 2023),
                 id="the_tiankai_park_under_its_first_name"),
    pytest.param("上半年，全县固定资产投资适度增长，完成86亿元。\n",
                 _front("固安县上半年经济运行", "2014-07-30", 2014), "86亿元", ("gu_an", 2014),
                 id="a_measure_said_to_grow_moderately_is_the_measure_of_the_amount_after_it"),
    pytest.param("2018年3月，新区植下第一棵树，到今天已经造林16万亩。\n",
                 _front("雄安新区三周年", "2020-04-01", 2020), "16万亩", ("xiongan", 2020),
                 id="a_clause_opening_on_up_to_today_is_dated_now_not_by_the_start_before"),
    pytest.param("2022年全年，天津港开行海铁联运班列1200列。截至5月31日，天津港已累计开行海铁联运班列6400列。\n",
                 _front("天津港海铁联运", "2023-06-05", 2023), "6400列", ("tianjin_port", 2023),
                 id="a_stock_as_of_a_day_just_past_is_this_years_whatever_year_the_sentence_before_named"),
]

test_read_as = read_as_test(READ_AS)


@pytest.mark.parametrize("body, figure, reason", [
    pytest.param("上半年，固安县生产总值完成168亿元，超出第二名霸州市8.6亿元。\n", "8.6亿元", "comparison between regions",
                 id="a_lead_over_the_runner_up_is_a_gap_between_places"),
    pytest.param("2019年，承德机场货邮吞吐量在年初任务80吨的基础上超额完成了31.5吨。\n", "31.5吨", "surplus over a plan",
                 id="what_was_done_beyond_a_plan_is_no_level"),
    pytest.param("2019年，沧州市这条新开挖的河道有三十余米宽。\n", "三十余米", "dimension",
                 id="a_width_after_its_length_is_the_size_of_one_thing"),
    pytest.param("2020年，从50万米高空俯瞰张家口坝上草原。\n", "50万米", "dimension",
                 id="a_height_one_looks_down_from_is_no_figure"),
    pytest.param("2021年，河北受水城市的供水保证率从最低不足70%提高到96%以上。\n", "70%", "period start",
                 id="a_value_a_change_started_from_below_a_bar_is_the_start"),
])
def test_not_a_figure_of_the_place(tmp_path, body, figure, reason):
    res = extract(tmp_path, body, title="地方动态", published="2021-07-10", reference_year=2021)
    assert not out(res, figure) and reason in {s["reason"] for s in res.skipped if s["raw"] == figure}


def test_up_to_today_is_no_word_of_the_measure(tmp_path):
    res = extract(tmp_path, "2018年3月，新区植下第一棵树，到今天已经造林16万亩。\n", title="雄安新区三周年",
                  published="2020-04-01", reference_year=2020)
    assert measures(res, "16万亩") == ["造林"]


def test_a_few_yuan_of_gdp_are_a_rate_never_the_total(tmp_path):
    body = "2023年，天津每创造一万元的GDP消耗水量9.2立方米，也就是说，1立方米水可以创造出1087元的GDP。\n"
    res = extract(tmp_path, body, title="天津节水", published="2024-04-02", reference_year=2024)
    assert not [r for r in res.rows if r["indicator"] == "gdp"]
    assert not out(res, "一万元") and not out(res, "1立方米") and not out(res, "1087元")


@pytest.mark.parametrize("body, title, published, figure", [
    pytest.param("2022年，苏州在26个万亿GDP城市中名列第6位。天津在26个万亿GDP城市中名列第11位。\n", "万亿城市", "2023-02-10",
                 "26个", id="the_size_of_a_ranked_set_written_with_latin_letters_is_no_count"),
    pytest.param("2018年3月，白塔村第一次征用900亩地时，村民都很支持。\n", "雄安村庄变迁", "2019-04-02", "900亩",
                 id="an_amount_in_a_when_clause_is_no_figure"),
])
def test_no_figure_is_read(tmp_path, body, title, published, figure):
    res = extract(tmp_path, body, title=title, published=published, reference_year=int(published[:4]))
    assert not out(res, figure)


def test_a_long_phrase_holding_she_ji_is_no_list_of_joined_measures(tmp_path):
    body = "3月28日，沧州市举行一季度重点项目集中开工活动。此次重点项目集中开工活动共涉及重点项目126个，总投资612.4亿元。\n"
    res = extract(tmp_path, body, title="沧州一季度重点项目集中开工", published="2023-03-29", reference_year=2023)
    assert [r["region"] for r in out(res, "126个")] == ["cangzhou"]


def test_a_reporters_name_holding_jin_or_ji_is_no_place(tmp_path):
    body = "河北新闻网讯(通讯员张亚津 记者马晓彤)10月31日，引江补汉工程年度调水结束，年调水量6.2亿立方米。\n"
    res = extract(tmp_path, body, title="引江补汉工程年度调水结束", published="2021-11-02", reference_year=2021)
    assert "tianjin" not in {r["region"] for r in out(res, "6.2亿立方米")}
