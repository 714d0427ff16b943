"""Round 60 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out, places_and_years


def test_a_section_title_giving_a_figure_is_not_the_start_of_the_sentence_under_it(tmp_path):
    body = ("今年一季度，某市经济平稳。\n规上工业高技术产业增加值同比增长12%\n"
            "今年一季度，北京规模以上工业增加值按可比价格计算，同比增长7.5%，比1-2月提高1.1个百分点。\n")
    res = extract(tmp_path, body, title="北京一季度经济运行", reference_year=2024, published="2024-04-18")
    [growth] = out(res, "7.5%")
    assert (growth["region"], growth["year"]) == ("beijing", 2024)
    assert "高技术" not in (growth.get("candidate_id") or growth.get("indicator"))


# (body, number as written, the unit of the candidate read from it)
UNIT_OF = [
    pytest.param("2023年，天津市粮食单产达到450.5公斤/亩，同比增加12.1公斤/亩。\n", "450.5公斤/亩", "公斤/亩",
                 id="a_yield_per_mu"),
    pytest.param("2023年，天津市水库化学需氧量年均浓度值为12.3 毫克/ 升。\n", "12.3毫克/ 升", "毫克/升",
                 id="a_converted_pages_spacing_around_the_slash"),
]


@pytest.mark.parametrize("body, raw, unit", UNIT_OF)
def test_unit_of(tmp_path, body, raw, unit):
    res = extract(tmp_path, body, title="天津农业和水环境", reference_year=2024, published="2024-03-10")
    [cand] = out(res, raw)
    assert (cand["region"], cand["year"], cand["unit"]) == ("tianjin", 2023, unit)



def test_a_spaced_list_of_two_changes_is_no_share(tmp_path):
    body = "2015年，全市高锰酸盐指数年均浓度值为7.71毫克/升，氨氮年均浓度值为5.68毫克/升，与上年相比分别下降了4.2% 和4.4%。\n"
    res = extract(tmp_path, body, title="北京市水质", reference_year=2016, published="2016-06-13")
    assert [r.get("candidate_id") for r in out(res, "4.4%") if r.get("candidate_id", "").endswith("|share")] == []


def test_a_pollutant_written_with_a_subscript_mark_is_the_pollutant(tmp_path):
    body = "2021年，全省PM_2.5年平均浓度达到38.8微克/立方米，比2020年下降15.3%。\n"
    res = extract(tmp_path, body, title="河北省生态环境状况公报", reference_year=2022, published="2022-06-06")
    [level] = out(res, "38.8微克/立方米")
    assert (level["indicator"], level["region"], level["year"]) == ("pm25_annual_mean", "hebei", 2021)


# (body, number as written): a concentration as of a month's end this year is the mean of the months so far
MEAN_SO_FAR = [
    pytest.param("截至今年9月底，天津市PM2.5浓度为33.16微克/立方米，同比改善10.8%。\n", "33.16微克/立方米",
                 id="opening_the_sentence"),
    pytest.param("局长表示，五年来全市生态环境持续改善，截至今年9月底，天津市PM2.5浓度为33.16微克/立方米。\n",
                 "33.16微克/立方米", id="inside_the_sentence"),
]


@pytest.mark.parametrize("body, raw", MEAN_SO_FAR)
def test_a_mean_as_of_a_months_end_is_the_year_so_far(tmp_path, body, raw):
    res = extract(tmp_path, body, title="天津生态环境发布会", reference_year=2025, published="2025-10-29")
    [mean] = out(res, raw)
    assert mean.get("indicator") != "pm25_annual_mean"
    assert mean["candidate_id"].startswith("1-9月|") and (mean["region"], mean["year"]) == ("tianjin", 2025)



def test_an_estimate_of_what_a_building_could_do_is_no_figure(tmp_path):
    body = "城市副中心剧院、图书馆和博物馆三大建筑主体完工。剧院估计每日可招待观众6000人次。\n"
    res = extract(tmp_path, body, title="北京城市副中心三大建筑", reference_year=2020, published="2020-01-07")
    assert out(res, "6000人次") == []
    assert [s["reason"] for s in res.skipped if s["raw"] == "6000人次"] == ["target"]



def test_a_sectors_investment_growth_is_not_its_value_added_growth(tmp_path):
    body = "2021年，全省第二产业投资同比增长0.6%，拉动全省投资增长0.2个百分点。第三产业投资同比增长4.4%。\n"
    res = extract(tmp_path, body, title="河北省2021年固定资产投资", reference_year=2022, published="2022-01-25")
    for raw in ("0.6%", "4.4%"):
        [growth] = out(res, raw)
        assert not growth.get("indicator", "").startswith("value_added_")
        assert "投资" in growth["candidate_id"]


def test_a_reading_in_brackets_after_a_pollutant_keeps_the_pollutant_in_its_changes_measure(tmp_path):
    body = ("上半年，我市市区空气质量与去年同期相比，PM10(97μg/m3)浓度下降3.96%、PM2.5(53μg/m3)浓度上升1.92%、"
            "CO(1.8mg/m3)浓度上升5.88%。\n")
    res = extract(tmp_path, body, title="廊坊市上半年空气质量", reference_year=2019, published="2019-07-11")
    ids = {raw: out(res, raw)[0]["candidate_id"] for raw in ("3.96%", "1.92%", "5.88%")}
    assert ids == {"3.96%": "上半年|PM10浓度|%|change", "1.92%": "上半年|PM2.5浓度|%|change", "5.88%": "上半年|CO浓度|%|change"}
    assert [r["region"] for r in out(res, "1.92%")] == ["langfang"]


def test_the_first_time_since_a_year_is_a_record_not_a_running_total(tmp_path):
    body = "今年签约项目呈现以下特点：实体项目投资额创新高，2019年以来，签约项目意向投资额首次超过400亿元。\n"
    res = extract(tmp_path, body, title="通州与北三县项目推介洽谈会", reference_year=2023, published="2023-09-10")
    [amount] = out(res, "超过400亿元")
    assert (amount["indicator"], amount["region"], amount["year"]) == ("bsx_fair_intended_investment", "beisanxian", 2023)
    assert amount["period_start"] is None


def test_good_days_net_of_sand_and_dust_are_not_the_good_days_count(tmp_path):
    body = "2023年，通州区优良天数267天(扣除沙尘影响)，PM2.5年均浓度33微克/立方米。\n"
    res = extract(tmp_path, body, title="通州区空气质量", reference_year=2024, published="2024-03-18")
    [days] = out(res, "267天")
    assert days.get("indicator") != "good_air_days" and (days["region"], days["year"]) == ("tongzhou", 2023)



def test_an_air_bulletins_percentile_statistic_keeps_its_pollutant(tmp_path):
    body = ("2016年，北京市一氧化碳24小时平均第95百分位浓度值为3.2毫克/立方米，同比下降11.1%；"
            "臭氧日最大8小时滑动平均第90百分位浓度值为199微克/立方米，同比下降1.5%。\n")
    res = extract(tmp_path, body, title="北京市环境状况公报", reference_year=2017, published="2017-06-02")
    ids = {raw: [r["candidate_id"] for r in out(res, raw)] for raw in ("3.2毫克/立方米", "11.1%", "199微克/立方米", "1.5%")}
    assert ids == {"3.2毫克/立方米": ["一氧化碳百分位浓度值|毫克/立方米"], "11.1%": ["一氧化碳百分位浓度值|%|change"],
                   "199微克/立方米": ["臭氧百分位浓度值|微克/立方米"], "1.5%": ["臭氧百分位浓度值|%|change"]}


def test_a_length_in_metres_before_the_thing_it_sizes_is_no_figure(tmp_path):
    body = ("2020年，三河市重点项目加快建设，工人们正在搭设8米层高模架。新校区拥有1个400米运动场。"
            "全市地下水位平均回升0.72米。\n")
    res = extract(tmp_path, body, title="三河重点项目", reference_year=2020, published="2020-04-17")
    assert out(res, "8米") == [] and out(res, "400米") == []
    [rise] = out(res, "0.72米")
    assert (rise["region"], rise["year"]) == ("sanhe", 2020)


# (body, front matter, number as written, [(region, year)] of every row and candidate read from it)
PLACE_AND_YEAR_OF = [
    pytest.param("某网讯 《2019天津市生态环境状况公报》发布，在水资源紧张的情况下，天津市地表水水质总体稳定。\n\n"
                 "全市水库氨氮年均浓度值为0.85毫克/升，与上年相比下降3.1%。\n",
                 dict(title="天津市地表水水质总体稳定", reference_year=2020, published="2020-06-05"),
                 "0.85毫克/升", [("tianjin", 2019)],
                 id="a_bulletins_year_run_straight_into_its_place_dates_the_release"),
    pytest.param("新区城市框架全面拉开。白洋淀水质由2017年劣Ⅴ类提升到2021年全域Ⅲ类标准。容东片区新建安置房已交房3万多套。\n"
                 "2022年，新区将安排重点项目232个。\n",
                 dict(title="雄安新区五年新貌", reference_year=2022, published="2022-04-01"),
                 "3万多套", [("xiongan_rongdong", 2022)],
                 id="a_states_change_over_years_with_no_figure_dates_no_sentence_after_it"),
    pytest.param("五年来，北京市交通建设成效明显。京礼高速北京段、大兴机场北线高速等建成通车，"
                 "普通国市道实现与津冀57条公路连接，全市公路总里程达22000公里。\n",
                 dict(title="北京交通工作会", reference_year=2023, published="2023-03-31"),
                 "57条", [("beijing", 2022)],
                 id="roads_named_for_a_place_and_a_road_class_name_no_place"),
    pytest.param("随着安石路通车，北京城市副中心与北三县的连通道路总数由11条增加至12条。\n",
                 dict(title="香河安石路通车", reference_year=2026, published="2026-01-02"),
                 "12条", [("tongzhou_bsx", 2025)],
                 id="the_subcentre_with_the_three_counties_is_the_integration_zone"),
]


@pytest.mark.parametrize("body, front, raw, expected", PLACE_AND_YEAR_OF)
def test_place_and_year_of(tmp_path, body, front, raw, expected):
    assert places_and_years(tmp_path, body, front, raw) == expected


def test_a_span_named_first_still_dates_the_sentences_after_it(tmp_path):
    body = "从2013年到2017年，京津冀协同发展取得显著成效。京津冀PM2.5平均浓度下降39.6%，北京下降35.6%。\n"
    res = extract(tmp_path, body, title="京津冀协同发展", reference_year=2018, published="2018-06-10")
    assert [(r["region"], r["year"]) for r in out(res, "35.6%")] == [("beijing", 2017)]
