"""Round 39 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out, why


def _ids(res, raw):
    return [r.get("indicator") or r.get("candidate_id") for r in out(res, raw)]


def test_each_pollutant_of_a_list_is_read_with_its_own_name_not_the_first_ones(tmp_path):
    body = ("2019年，沧州市臭氧(O3)日最大8小时平均浓度第90百分位数182微克/立方米、二氧化硫(SO2)年平均浓度14微克/立方米、"
            "二氧化氮(NO2)年平均浓度43微克/立方米、"
            "可吸入颗粒物(PM10)年平均浓度98微克/立方米、细颗粒物(PM2.5)年平均浓度57微克/立方米。\n")
    res = extract(tmp_path, body, title="2019年沧州市生态环境状况公报", published="2020-06-05", reference_year=2020)
    assert _ids(res, "14微克/立方米") == ["so2_annual_mean"]
    assert _ids(res, "43微克/立方米") == ["no2_annual_mean"]
    assert _ids(res, "98微克/立方米") == ["pm10_annual_mean"]
    assert _ids(res, "57微克/立方米") == ["pm25_annual_mean"]
    # an item with no measure of its own (总量) still has the first item's
    body = "“十四五”时期，昌平区地区生产总值年均增长6%左右、总量达到1800亿元左右。\n"
    res = extract(tmp_path, body, title="昌平区“十四五”成就", published="2026-01-10", reference_year=2026)
    assert _ids(res, "1800亿元左右") == ["gdp"]


def test_a_holidays_figures_compared_with_the_same_days_of_an_earlier_year_stay_the_holidays(tmp_path):
    body = ("石家庄2月6日电 记者6日从石家庄市文旅局获悉，2024年春节假期，全市文旅市场持续升温。假日期间，"
            "全市共接待游客512.3万人次，实现旅游收入41.6亿元，分别较上年同期增长18.2%和20.5%，较2019年同期增长30.1%和33.4%。\n")
    res = extract(tmp_path, body, title="春节假期石家庄接待游客512.3万人次", published="2024-02-18", reference_year=2024)
    assert [(r["candidate_id"], r["year"]) for r in out(res, "512.3万人次")] == [("春节假期|接待游客|万人次", 2024)]
    assert [r["candidate_id"] for r in out(res, "41.6亿元")] == ["春节假期|旅游收入|亿元"]


def test_the_first_two_months_said_plainly_in_a_headline_are_the_releases_period(tmp_path):
    body = ("记者从国家统计局河北调查总队获悉，2017年1至2月份，全省居民消费价格指数上涨2.1%。\n\n"
            "在消费品和服务项目两大领域中，食品价格比上年同期上涨1.2%；服务价格上涨3.0%。\n")
    for title in ("头俩月河北CPI涨2.1%", "头两个月河北CPI上涨2.1%"):
        res = extract(tmp_path, body, title=title, published="2017-03-15", reference_year=2017)
        assert [(r["year"], r.get("indicator")) for r in out(res, "1.2%")] == [(2017, None)], title
        assert all(r.get("indicator") != "cpi_change" for r in res.rows), title  # no year's CPI from two months


def test_what_an_autumn_release_says_the_year_will_reach_is_a_forecast_not_its_result(tmp_path):
    body = "据测算，今年北京经济技术开发区工业总产值预计将达到4800亿元。\n"
    res = extract(tmp_path, body, title="经开区前三季度经济运行", published="2024-10-20", reference_year=2024)
    assert why(res, "4800亿元") == "target"
    # so is an estimate for the year with no will, and one made in December (round 67: the year is still running)
    res = extract(tmp_path, "预计2024年，天津港货物吞吐量约5.8亿吨。\n", title="天津港", published="2024-10-20",
                  reference_year=2024)
    assert out(res, "约5.8亿吨") == []
    res = extract(tmp_path, body, title="经开区经济运行", published="2024-12-20", reference_year=2024)
    assert out(res, "4800亿元") == []
    # once the year is over (January), its estimate is read (qualifier approx)
    res = extract(tmp_path, "据测算，2024年北京经济技术开发区工业总产值预计达到4800亿元。\n", title="经开区经济运行",
                  published="2025-01-20", reference_year=2025)
    assert [(r["year"], r["qualifier"]) for r in out(res, "4800亿元")] == [(2024, "approx")]


def _cands(res, raw):
    return [(r["candidate_id"], r["value"]) for r in out(res, raw)]


def test_a_price_per_unit_of_a_good_keeps_its_unit_and_its_fall(tmp_path):
    body = ("本周，全省食用油平均零售价格为15.2元/升，下跌0.5%；鲜猪肉平均批发价格为23.4元/公斤，上涨1.1%。\n"
            "鸡蛋批发、农贸、超市价格分别为每斤4.2元、4.6元、4.9元，周环比涨幅分别为1.5%、-0.4%、0.4%。\n"
            "新建商品住宅平均价格为每平方米1.6万元。\n")
    res = extract(tmp_path, body, title="河北省重要民生商品价格周报", publisher="河北省商务厅", published="2019-12-10",
                  reference_year=2019)
    assert _cands(res, "15.2元/升") == [("食用油平均零售价格|元/升", 15.2)]
    assert _cands(res, "0.5%") == [("食用油平均零售价格|%|change", -0.5)]
    assert _cands(res, "23.4元/公斤") == [("鲜猪肉平均批发价格|元/公斤", 23.4)]
    assert [r["unit"] for r in out(res, "4.2元") + out(res, "4.6元") + out(res, "4.9元")] == ["元/斤"] * 3
    assert "每" not in out(res, "4.2元")[0]["candidate_id"]
    assert _cands(res, "1.6万元") == [("新建商品住宅平均价格|元/平方米", 16000.0)]
    # a saving per ton is no price of a good and still no figure; a price per square metre is
    res = extract(tmp_path, "采用新工艺后，产品每吨能节约80元。\n", title="河北省工业", publisher="河北省商务厅",
                  published="2019-12-10", reference_year=2019)
    assert out(res, "80元") == []


def test_a_month_on_month_change_is_a_measure_apart_from_the_year_on_year_one(tmp_path):
    body = "2024年6月，天津市居民消费价格同比上涨0.3%，CPI环比下降0.1%；城镇调查失业率为4.8%，环比下降0.2个百分点。\n"
    res = extract(tmp_path, body, title="天津6月CPI", published="2024-07-12", reference_year=2024)
    ids = {r["candidate_id"] for r in out(res, "0.1%")}
    assert ids == {"6月|CPI环比|%|change"}
    # a bare 环比 names no measure: the change is of the rate named before it
    assert [r["candidate_id"] for r in out(res, "0.2个百分点")] == ["6月|城镇调查失业率|个百分点|change"]


def test_a_publishers_monitoring_centre_makes_the_release_its_governments_place(tmp_path):
    body = "本周，白条猪批发价格为每斤9.9元，蔬菜批发价格为每斤1.1元。\n"
    res = extract(tmp_path, body, title="七月农副产品价格稳中略涨", publisher="北京市价格监测中心 (beijingprice.cn)",
                  published="2021-07-12", reference_year=2021)
    assert [r["region"] for r in out(res, "9.9元")] == ["beijing"]
    res = extract(tmp_path, body, title="七月农副产品价格稳中略涨", publisher="顺义区融媒体中心", published="2021-07-12",
                  reference_year=2021)
    assert out(res, "9.9元") == []


def test_days_at_or_better_than_the_standards_grade_are_the_good_air_days_not_a_gap(tmp_path):
    body = ("2021年，邢台市城市环境空气质量二级或优于二级的优良天数236天(其中优天38天、良天198天)，"
            "空气质量优良比例为64.7%。\n")
    res = extract(tmp_path, body, title="2021年邢台市生态环境状况公报", published="2022-06-05", reference_year=2022)
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "236天")] == [("good_air_days", "xingtai", 2021)]
    assert [r["indicator"] for r in out(res, "64.7%")] == ["good_air_days_ratio"]
    # the good share of the sea's or the rivers' monitoring points is no air's
    res = extract(tmp_path, "2021年，邢台市空气质量持续改善。近岸海域考核点位水质全部达标，优良比例100%。\n",
                  title="2021年邢台市生态环境状况公报", published="2022-06-05", reference_year=2022)
    assert [r.get("indicator") for r in out(res, "100%")] == [None]
    # better than another place is still a gap
    res = extract(tmp_path, "2021年，邢台市优良天数优于邯郸12天。\n", title="邢台空气质量", published="2022-06-05",
                  reference_year=2022)
    assert why(res, "12天") == "comparison between regions"


def test_a_two_column_table_flattened_one_cell_a_line_under_a_year_is_read(tmp_path):
    lines = ["天津市卫生资源状况", "项目 |", "2019 |", "卫生人员总数(人) |", "|", "卫生技术人员总数(人) |", "103254 |",
             "注册护士占卫生技术人员比重(%) |", "41.20% |", "*每千常住人口实有床位数(张) |", "4.46 |", "其中:户籍人口 |",
             "6.12 |", "*每千常住人口执业(助理)医师数(人) |", "3.08 |", "注:1、人口数为常住人口数。 |"]
    res = extract(tmp_path, "\n".join(lines) + "\n", title="天津市卫生资源状况", publisher="天津市卫生健康委员会",
                  published="2020-04-10", reference_year=2020)
    assert [(r["candidate_id"], r["region"], r["year"]) for r in out(res, "103254人")] == [
        ("卫生技术人员总数|人", "tianjin", 2019)]
    assert [r["candidate_id"] for r in out(res, "4.46张")] == ["每千常住人口实有床位数|张"]
    assert [r["value"] for r in out(res, "41.20%")] == [41.2]
    # the part under a row (其中:户籍人口) says no measure of its own: nothing, not a count of people
    assert not [r for r in res.rows + res.candidates if r["value"] in (6.12, 0.000612)]
    # a run of cells with no header cell over it is no table
    res = extract(tmp_path, "天津 |\n103254 |\n河北 |\n3.08 |\n北京 |\n4.46 |\n", title="天津市卫生资源状况",
                  published="2020-04-10", reference_year=2020)
    assert not res.rows and not res.candidates


def test_two_measures_joined_by_he_then_two_amounts_joined_by_he_pair_in_order(tmp_path):
    body = "2020年，天津快递业务量和业务收入达到12亿件和118亿元，邮政业务总量和业务收入达到260亿元和180亿元。\n"
    res = extract(tmp_path, body, title="天津邮政业发展", published="2021-02-20", reference_year=2021)
    assert [r["candidate_id"] for r in out(res, "12亿件")] == ["快递业务量|亿件"]
    assert [r["candidate_id"] for r in out(res, "118亿元")] == ["业务收入|亿元"]


def test_a_level_reached_in_a_year_after_a_clause_naming_the_steps_passed_is_that_measures(tmp_path):
    body = "唐山工业自2010年以来，规模以上工业总产值连续迈上两个万亿元台阶，2021年达到2.05万亿元。\n"
    res = extract(tmp_path, body, title="唐山工业发展", published="2022-03-01", reference_year=2022)
    assert [(r["candidate_id"], r["year"]) for r in out(res, "2.05万亿元")] == [("规上工业总产值|亿元", 2021)]


def test_power_and_energy_in_international_symbols_are_quantities(tmp_path):
    body = "2023年，承德市光伏装机容量达到2600MW，风电装机4.1GW，可再生能源发电量达到96亿kWh。\n"
    res = extract(tmp_path, body, title="承德新能源发展", published="2024-02-01", reference_year=2024)
    assert [(r["unit"], r["value"]) for r in out(res, "2600MW")] == [("兆瓦", 2600)]
    assert [(r["unit"], r["value"]) for r in out(res, "4.1GW")] == [("吉瓦", 4.1)]
    assert [(r["unit"], r["value"]) for r in out(res, "96亿kWh")] == [("亿千瓦时", 96)]


def test_a_travel_seasons_figures_compared_with_earlier_years_stay_the_seasons(tmp_path):
    body = "2025年春运圆满收官。天津地区铁路累计发送旅客612.5万人次，较2024年增长4.8%。\n"
    res = extract(tmp_path, body, title="2025年春运收官 天津铁路发送旅客612.5万人次", published="2025-03-08",
                  reference_year=2025)
    assert [(r["candidate_id"], r["year"]) for r in out(res, "612.5万人次")] == [("春运|铁路发送旅客|万人次|cumulative", 2025)]
    assert [r["candidate_id"] for r in out(res, "4.8%")] == ["春运|铁路发送旅客|%|change"]
    # a holiday's growth on an earlier year is the holiday's too
    body = "2026年春节假期，天津文旅市场火热。全市接待游客人次同比增长11.7%，较2024年增长20.3%，人均消费970元。\n"
    res = extract(tmp_path, body, title="春节假期天津接待游客", published="2026-02-24", reference_year=2026)
    assert [r["candidate_id"] for r in out(res, "970元")] == ["春节假期|人均消费|元"]


def test_a_story_run_on_after_a_photo_caption_or_a_headline_and_time_stamp_is_read(tmp_path):
    body = ("资料图:超市里的鸡蛋。(图片与本文无关) 长城网3月10日讯(记者 李明)据国家统计局河北调查总队调查结果显示,"
            "2月份,河北CPI同比上涨1.3%,涨幅较上月回落0.2个百分点。\n")
    res = extract(tmp_path, body, title="2月份河北CPI同比上涨1.3%", published="2016-03-10", reference_year=2016)
    assert [r["year"] for r in out(res, "1.3%")] == [2016]
    body = ("2025年11月天津新发放企业贷款加权平均利率2.41% 同比下降 央行资金投放超3,000亿 财联社 2025-12-20 10:12:05 A+ A- "
            "2025年11月,天津新发放的企业贷款加权平均利率为2.41%,同比下降。今年以来,人民银行天津市分行通过各类工具投放资金超过3,000亿元。\n")
    res = extract(tmp_path, body, title="天津贷款利率", published="2025-12-20", reference_year=2025)
    assert [r["candidate_id"] for r in out(res, "2.41%")] == ["11月|新发放企业贷款加权平均利率|%|share"]
    # a caption with nothing run on after it is still no text to read
    res = extract(tmp_path, "资料图:建设中的天津港码头,吞吐量达5亿吨。\n", title="天津港", published="2025-12-20",
                  reference_year=2025)
    assert out(res, "5亿吨") == []


def test_a_web_address_with_a_note_in_brackets_after_it_is_that_address_and_the_release_reads(tmp_path):
    from etl.errors import SourceError
    from etl.frontmatter import read_source
    page = tmp_path / "r.txt"
    front = "title: 测试\npublisher: 测试统计局\npublished: 2024-10-10\nreference_year: 2024\n"
    page.write_text(f"---\n{front}url: http://www.example.org/a/b.html (link printed in the text)\n---\n正文12.5%。\n",
                    encoding="utf-8")
    assert read_source(page).front.url == "http://www.example.org/a/b.html"
    page.write_text(f"---\n{front}url: http://www.example.org/a b.html\n---\n正文12.5%。\n", encoding="utf-8")
    with pytest.raises(SourceError, match="spaces"):  # a space inside an address is still refused
        read_source(page)
