"""Round 46 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, regions


def _reasons(res, raw):
    return [s["reason"] for s in res.skipped if raw in s["raw"]]


def test_last_year_after_chao_in_a_headline_is_what_is_compared_not_the_time_carried_on(tmp_path):
    body = ("前三季度河北外贸规模超去年全年\n\n据石家庄海关统计，前三季度河北进出口4500亿元。\n\n"
            "9月份外贸保持增长。9月份，河北进出口520亿元，增长9.5%。\n")
    res = extract(tmp_path, body, title="前三季度河北外贸规模超去年全年", published="2024-10-20", reference_year=2024)
    assert {r["year"] for r in out(res, "4500亿元") + out(res, "520亿元")} == {2024}


def test_a_from_point_at_a_years_end_dates_its_own_value_and_now_dates_the_end(tmp_path):
    body = ("“十三五”期间，承德完成清洁取暖改造80万户。目前，承德市森林覆盖率从2015年年底的55%提高到60%。\n")
    res = extract(tmp_path, body, title="承德生态建设观察", published="2021-09-01", reference_year=2021)
    assert [(r["year"], r["value"]) for r in out(res, "55%") + out(res, "60%")] == [(2015, 55.0), (2021, 60.0)]


def test_a_year_after_xiangbiyu_is_the_base_and_xiangbiyu_names_no_measure(tmp_path):
    body = "2019年，廊坊市地区生产总值3196亿元，相比于2018年同比增长6.1%。\n"
    res = extract(tmp_path, body, title="廊坊经济观察", published="2020-03-01", reference_year=2020)
    assert [(r["indicator"], r["year"]) for r in out(res, "6.1%")] == [("gdp_growth_real", 2019)]


def test_a_sentence_opening_on_a_city_makes_the_paragraph_that_citys_though_the_release_is_the_provinces(tmp_path):
    body = ("一季度河北全省生产总值增长5.2%。\n\n"
            "保定在一季度的增速达到了6.1%，位居全省第二。规模以上工业增加值增长8.4%。\n\n"
            "白洋淀水质保持在Ⅲ类，野生鸟类增加至270种。千年秀林累计造林48万亩。\n")
    res = extract(tmp_path, body, title="一季度河北各市经济观察", published="2023-04-30", reference_year=2023)
    assert regions(res, "8.4%") == ["baoding"]
    assert "baiyangdian" not in regions(res, "48万亩")


def test_an_amount_run_into_gdp_is_read_and_pm25_stays_a_name(tmp_path):
    body = "2023年一季度天津市实现GDP3800.5亿元，同比增长4.0%。PM2.5平均浓度55微克/立方米。\n"
    res = extract(tmp_path, body, title="一季度天津经济", published="2023-04-20", reference_year=2023)
    assert [(r["region"], r["value"]) for r in out(res, "3800.5亿元")] == [("tianjin", 3800.5)]
    assert out(res, "2.5") == []


def test_water_into_beijing_is_no_area_south_of_beijing_and_as_of_yesterday_is_now(tmp_path):
    body = "2015年初，江水北上，成为北京的主力水源。截至昨天，进京南水达到31.5亿立方米。\n"
    res = extract(tmp_path, body, title="南水进京三周年", published="2018-06-10", reference_year=2018)
    assert [(r["region"], r["year"]) for r in out(res, "31.5亿立方米")] == [("beijing", 2018)]


def test_a_rise_on_the_same_month_last_year_in_metres_is_a_change_of_the_level_named_before(tmp_path):
    body = "今年5月，天津市深层地下水位平均埋深60.12米，与上年同期相比回升3.41米。\n"
    res = extract(tmp_path, body, title="天津地下水位回升", published="2023-06-20", reference_year=2023)
    rows = out(res, "3.41米")
    assert [(r["region"], r["year"], r["value"]) for r in rows] == [("tianjin", 2023, 3.41)]
    assert rows[0]["candidate_id"] == "深层地下水位平均埋深|米|change"


def test_the_key_areas_of_a_plan_are_no_unknown_district(tmp_path):
    body = "五年来，滨海新区重点片区建设扎实推进，城市框架全面拉开；300多家企业在新区注册。\n"
    res = extract(tmp_path, body, title="滨海新区建设提速", published="2023-01-12", reference_year=2023)
    assert regions(res, "300多家") == ["binhai"]


def test_a_city_or_districts_own_technology_market_is_the_catalogued_turnover(tmp_path):
    body = ("2022年，全市技术合同成交总额215.4亿元。\n\n"
            "2022年，三地技术合同成交额达到9000亿元。\n")
    res = extract(tmp_path, body, title="保定市科技创新成效", published="2023-02-15", reference_year=2023)
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "215.4亿元")] == [
        ("tech_contract_turnover", "baoding", 2022)]
    assert all(r.get("indicator") != "tech_contract_turnover" for r in out(res, "9000亿元"))


def test_a_bare_year_before_a_report_card_in_the_headline_dates_the_release(tmp_path):
    body = "■ 预计地区生产总值增长8% ■ 引进总部企业15家\n\n昨日，武清区召开经济工作会议。\n"
    res = extract(tmp_path, body, title="武清区亮出2017“成绩单”", published="2018-05-20", reference_year=2018)
    assert {r["year"] for r in out(res, "15家")} == {2017}


def test_five_years_ago_opening_a_sentence_dates_its_figures_and_a_base_stays_a_base(tmp_path):
    body = ("五年前，丰台区常住人口232万人，一般制造业企业500家。\n\n"
            "2023年，丰台区地区生产总值比五年前增长35%。\n")
    res = extract(tmp_path, body, title="大红门疏解五年", published="2023-06-01", reference_year=2023)
    assert {r["year"] for r in out(res, "232万人") + out(res, "500家")} == {2018}
    assert all(r["year"] != 2018 for r in out(res, "35%"))


def test_a_rate_named_after_its_value_is_that_rate(tmp_path):
    body = "一季度，衡水6.2%的增速位居全省第三，沧州5.1%的增速也在省内靠前。\n"
    res = extract(tmp_path, body, title="2023年一季度河北各市经济", published="2023-04-30", reference_year=2023)
    rows = out(res, "6.2%") + out(res, "5.1%")
    assert [(r["region"], r["candidate_id"].split("|")[-2:]) for r in rows] == [
        ("hengshui", ["%", "change"]), ("cangzhou", ["%", "change"])]


def test_places_after_chao_are_bars_passed_not_the_subjects_of_the_figures_after(tmp_path):
    body = "2023年，廊坊市研发投入强度2.1%，超全国、全省平均水平；技术合同成交总额250.6亿元，增长20.5%。\n"
    res = extract(tmp_path, body, title="廊坊市科技创新成效", published="2024-02-01", reference_year=2024)
    assert regions(res, "250.6亿元") == ["langfang"]


def test_a_circle_named_by_one_character_city_names_is_no_city_of_ours(tmp_path):
    body = "全市公路总里程达22500公里。\n\n京津保平原生态过渡带完成造林绿化45万亩。\n"
    res = extract(tmp_path, body, title="北京交通十年:京雄津保“1小时交通圈”已经形成", published="2024-03-31", reference_year=2024)
    assert regions(res, "22500公里") == ["beijing"]
    assert regions(res, "45万亩") == []


def test_a_new_area_told_inside_the_provinces_paragraph_leaves_the_next_sentence_the_provinces(tmp_path):
    body = ("报告显示，1—8月河北省深入推进重大战略。雄安新区建设稳步开局，新区规划体系基本形成，雄安新区年度69个重点项目"
            "开工23个，30家大型央企先后落户新区。积极承接北京非首都功能疏解，1—8月从京津新签约引进项目300个。\n")
    res = extract(tmp_path, body, title="河北省2020年1—8月计划执行情况报告", published="2020-09-26", reference_year=2020)
    assert regions(res, "300个") == ["hebei"]


def test_a_years_pm25_change_with_no_base_is_on_the_year_before_and_a_census_said_short_is_the_census(tmp_path):
    body = "去年全年天津PM2.5平均浓度下降8.2%。2020年七普人口1386.6万。PM2.5平均浓度比2013年下降55%。\n"
    res = extract(tmp_path, body, title="天津发展观察", published="2022-05-01", reference_year=2022)
    assert [(r["indicator"], r["year"]) for r in out(res, "8.2%")] == [("pm25_change_yoy", 2021)]
    assert [(r["indicator"], r["year"]) for r in out(res, "1386.6万")] == [("population_census", 2020)]
    assert all(r.get("indicator") != "pm25_change_yoy" for r in out(res, "55%"))


def test_patents_per_ten_thousand_people_said_as_wanren_youxiao_is_the_catalogued_rate(tmp_path):
    body = "2023年，天津万人有效发明专利量达到35.2件。\n"
    res = extract(tmp_path, body, title="天津科技创新", published="2024-03-01", reference_year=2024)
    assert [(r["indicator"], r["region"]) for r in out(res, "35.2件")] == [("invention_patents_per_10k_residents", "tianjin")]


def test_kebijia_before_a_growth_rate_names_no_measure_of_its_own(tmp_path):
    body = "2022年，武清区实现地区生产总值1150.3亿元，可比价增长3.6%。\n"
    res = extract(tmp_path, body, title="武清区经济运行分析", published="2023-03-01", reference_year=2023)
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "3.6%")] == [("gdp_growth_real", "wuqing", 2022)]


def test_a_trillion_mark_passed_with_no_unit_is_money(tmp_path):
    body = "2023年，天津市地区生产总值首次突破了1.6万亿大关。全市常住人口超过1300万。\n"
    res = extract(tmp_path, body, title="天津经济观察", published="2024-02-01", reference_year=2024)
    assert [(r["indicator"], r["value"], r["qualifier"]) for r in out(res, "1.6万亿")] == [("gdp", 16000.0, "more_than")]


def test_a_people_count_in_wan_before_a_bracketed_aside_is_people(tmp_path):
    body = "2021年河北统计公报：常住人口减少3.45万(附图表)\n"
    res = extract(tmp_path, body, title="2021年河北统计公报", published="2022-03-01", reference_year=2022)
    assert [(r["indicator"], r["region"], r["value"]) for r in out(res, "3.45万")] == [("population_year_end_change", "hebei", -3.45)]


def test_a_place_in_a_remark_after_the_figure_is_not_its_place(tmp_path):
    body = "雄安新区2023年GDP是390亿元。截至2023年末，常住人口130.2万人，比上年末增加2.85万人(这个增量放在整个河北省都很可观)。\n"
    res = extract(tmp_path, body, title="雄安新区人口观察", published="2024-03-01", reference_year=2024)
    assert regions(res, "2.85万人") == ["xiongan"]


def test_funds_successfully_won_are_a_result_not_a_target(tmp_path):
    body = "今年9月，天津市成功争取国家专项奖励资金3000万元。明年将争取更多资金2亿元。\n"
    res = extract(tmp_path, body, title="天津旅游发展", published="2019-11-20", reference_year=2019)
    assert [(r["region"], r["year"]) for r in out(res, "3000万元")] == [("tianjin", 2019)]
    assert out(res, "2亿元") == []


def test_a_rate_fallen_by_points_to_a_level_is_that_level_not_a_fall(tmp_path):
    body = "2020年，河北省经济增速较上年下降3.1个百分点至3.9%。\n"
    res = extract(tmp_path, body, title="河北经济", published="2021-02-07", reference_year=2021)
    assert [(r["indicator"], r["value"]) for r in out(res, "3.9%")] == [("gdp_growth_real", 3.9)]


def test_what_some_say_is_no_ones_figure(tmp_path):
    body = "网上各种说法都有，有的说通州区GDP超过2000亿元。2023年通州区地区生产总值1300亿元，全网传播量2500万人次。\n"
    res = extract(tmp_path, body, title="通州经济", published="2024-03-01", reference_year=2024)
    assert out(res, "超过2000亿元") == [] and "hearsay" in _reasons(res, "2000亿元")
    assert regions(res, "1300亿元") == ["tongzhou"] and regions(res, "2500万人次") == ["tongzhou"]
