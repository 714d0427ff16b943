"""Round 56 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out


def test_a_value_two_places_reached_together_after_passing_a_mark_is_each_of_theirs(tmp_path):
    res = extract(tmp_path, "2020年，石家庄、唐山地区生产总值双双迈上6000亿元台阶，达到6100亿元，分别增长3.9%和3.6%。",
                  reference_year=2021, published="2021-02")
    assert sorted(r["region"] for r in out(res, "6100亿元")) == ["shijiazhuang", "tangshan"]


def test_a_value_reached_after_a_mark_passed_with_a_place_not_ours_is_no_ones(tmp_path):
    res = extract(tmp_path, "2022年，北京、上海地区生产总值双双跨越4万亿元量级，达到4.3万亿元。",
                  reference_year=2023, published="2023-02")
    assert out(res, "4.3万亿元") == []


def test_a_measure_written_once_after_two_items_is_each_items(tmp_path):
    res = extract(tmp_path, "2021年，天津市高技术制造业和装备制造业增加值分别增长15.5%和10.3%。",
                  reference_year=2022, published="2022-01")
    assert [(r["indicator"], r["region"], r["year"]) for r in res.rows if r["raw"] == "15.5%"] == [
        ("hightech_manufacturing_value_added_growth", "tianjin", 2021)]


def test_a_mark_passed_in_a_year_named_inside_a_milestone_is_that_years(tmp_path):
    body = "2023年全省地区生产总值达到4.39万亿元，继2017年超过3万亿元、2021年超过4万亿元后，再上新台阶。\n"
    res = extract(tmp_path, body, title="河北经济", reference_year=2024, published="2024-01-20")
    assert [(r["indicator"], r["year"]) for r in out(res, "超过3万亿元")] == [("gdp", 2017)]
    assert [(r["indicator"], r["year"]) for r in out(res, "4.39万亿元")] == [("gdp", 2023)]


def test_a_share_of_the_secondary_and_tertiary_industries_together_is_no_tertiary_share(tmp_path):
    body = "2018年全市地区生产总值达到3.31万亿元。\n第三产业中，五个行业的资产总量合计150.2万亿元，占全市二三产业的比重为88.0%。\n"
    res = extract(tmp_path, body, title="北京经济普查", reference_year=2020, published="2020-04")
    assert [r["indicator"] for r in res.rows if r["raw"] == "88.0%"] == []


def test_firms_that_signed_an_intent_to_settle_are_not_firms_settled(tmp_path):
    body = "2023年9月，雄安新区中关村科技园举行签约仪式，15家意向入驻企业现场签约。截至目前，雄安新区中关村科技园已入驻企业60家。\n"
    res = extract(tmp_path, body, title="雄安新区中关村科技园", reference_year=2023, published="2023-09-20")
    assert [r["indicator"] for r in res.rows if r["raw"] == "15家"] == []
    assert [r["indicator"] for r in res.rows if r["raw"] == "60家"] == ["xiongan_zgc_park_firms"]


def test_a_line_of_monthly_means_is_of_the_month_the_line_before_named(tmp_path):
    body = ("2020年8月，全市空气质量达标天数25天，同比增加3天。\n"
            "PM2.5和PM10月均浓度超过国家标准。其中，PM2.5月均浓度为30微克/立方米，PM10月均浓度为55微克/立方米。\n")
    res = extract(tmp_path, body, title="天津市8月及1-8月环境空气质量状况", reference_year=2020, published="2020-09-10")
    got = out(res, "30微克/立方米")
    assert [(c["candidate_id"].split("|")[0], c["region"], c["year"]) for c in got] == [("8月", "tianjin", 2020)]
    assert [r for r in res.rows if r["raw"] == "30微克/立方米"] == []


def test_the_past_year_opening_a_clause_of_its_own_is_last_year(tmp_path):
    body = "天津市政府新闻办5月5日召开新闻发布会。过去一年，天津市养老服务体系不断完善，新建社区养老服务驿站120家。\n"
    res = extract(tmp_path, body, title="天津养老服务", reference_year=2024, published="2024-05-05")
    assert [(c["region"], c["year"]) for c in out(res, "120家")] == [("tianjin", 2023)]


def test_funds_secured_in_a_year_gone_by_are_a_figure_and_this_years_are_an_aim(tmp_path):
    body = "2023年，河北省全年争取中央预算内资金19.5亿元。2024年，河北省争取中央预算内资金22亿元。\n"
    res = extract(tmp_path, body, title="河北卫生健康", reference_year=2024, published="2024-05-08")
    assert [(c["region"], c["year"]) for c in out(res, "19.5亿元")] == [("hebei", 2023)]
    assert out(res, "22亿元") == []


def test_a_province_that_owns_the_firms_counted_is_not_their_place(tmp_path):
    body = "2024年，新引进央企、北京市属国企子公司12家，新增市场主体1.2万户。\n"
    res = extract(tmp_path, body, title="武清区2024年经济运行", reference_year=2025, published="2025-02-10")
    assert {c["region"] for c in out(res, "12家")} == {"wuqing"}


def test_places_a_bracket_says_the_scope_takes_in_are_no_subject(tmp_path):
    body = "石家庄市行政区划范围(含辛集市、赵县、高阳县龙化乡)常住人口为11235086人，与2010年相比，增加1072112人。\n"
    res = extract(tmp_path, body, title="石家庄市第七次全国人口普查公报", reference_year=2021, published="2021-06-01")
    assert [(r["indicator"], r["region"], r["year"]) for r in res.rows if r["raw"] == "11235086人"] == [
        ("population_census", "shijiazhuang", 2020)]
