"""Round 24 of issue 8: the year so far of a flow, a paragraph that breaks the one before down, a city and its
county run together, a level built on.
Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, rows, skip_reasons


def test_a_flow_so_far_this_year_is_the_months_not_the_year(tmp_path):
    res = extract(tmp_path, "记者获悉，今年截至10月底，全省港口货物吞吐量累计完成9.6亿吨，同比增长2.1%。\n",
                  title="河北港口生产平稳", published="2020-11-12", reference_year=2020)
    assert rows(res, "9.6亿吨") == []
    assert [r["candidate_id"] for r in out(res, "9.6亿吨")] == ["1-10月|港口货物吞吐量|亿吨|cumulative"]


def test_a_breakdown_paragraph_keeps_the_period_of_the_one_before(tmp_path):
    res = extract(tmp_path, "1-9月，全省港口完成货物吞吐量8.5亿吨。\n\n分港口看，唐山港完成货物吞吐量5.1亿吨。\n\n"
                  "2018年，全省港口完成货物吞吐量11.6亿吨。\n",
                  title="河北港口生产情况", published="2019-10-20", reference_year=2019)
    assert rows(res, "5.1亿吨") == [] and rows(res, "8.5亿吨") == []
    assert [(r["candidate_id"].split("|")[0], r["region"]) for r in out(res, "5.1亿吨")] == [("前三季度", "tangshan_port")]  # (1-9月 is keyed as the three quarters)
    assert rows(res, "11.6亿吨") == [("port_cargo_throughput", "hebei", 2018)]


def test_a_view_of_the_year_is_no_breakdown_of_the_paragraph_before(tmp_path):
    res = extract(tmp_path, "1-9月，全市港口完成货物吞吐量3.5亿吨。\n\n从全年看，2018年全市港口完成货物吞吐量4.7亿吨。\n",
                  title="天津港生产情况", published="2019-10-20", reference_year=2019)
    assert rows(res, "4.7亿吨") == [("port_cargo_throughput", "tianjin", 2018)]


def test_a_city_run_into_its_county_names_the_county(tmp_path):
    res = extract(tmp_path, "2021年，沧州黄骅港货物吞吐量达3.1亿吨；沧州黄骅地区生产总值达350.2亿元。\n",
                  title="沧州港口建设", published="2022-05-01", reference_year=2022)
    assert rows(res, "3.1亿吨") == [("port_cargo_throughput", "huanghua_port", 2021)]  # (the county's port, round 70)
    assert rows(res, "350.2亿元") == [("gdp", "huanghua", 2021)]


def test_a_level_built_on_with_no_year_is_no_figure(tmp_path):
    res = extract(tmp_path, "在前两年签约60个项目的基础上，2021年5月，北京与北三县再签约41个项目。\n",
                  title="北三县项目推介洽谈会", published="2021-05-14", reference_year=2021)
    assert rows(res, "41个") == [("bsx_fair_projects_signed", "beisanxian", 2021)]
    assert out(res, "60个") == [] and skip_reasons(res, "60个") == ["period start"]


def test_months_opening_a_paragraph_run_into_the_text_date_the_sentences_after(tmp_path):
    res = extract(tmp_path, "今年1-7月规模以上工业增加值增长4.2%，增速比前6个月加快0.2个百分点。全市城镇新增就业25.3万人，比上半年有所增加。\n",
                  title="天津经济运行", published="2019-08-20", reference_year=2019)
    assert rows(res, "25.3万人") == []
    assert [r["candidate_id"] for r in out(res, "25.3万人")] == ["1-7月|城镇新增就业|万人"]


def test_a_headline_period_holds_past_a_yoy_yardstick_and_months_compared_with(tmp_path):
    res = extract(tmp_path, "全市一般公共预算收入完成1325.6亿元，增速较前5个月回升0.4个百分点，剔除上年同期不可比因素增长9.1%。\n",
                  title="天津：1-6月份经济运行平稳", published="2019-07-20", reference_year=2019)
    assert [r["candidate_id"].split("|")[0] for r in out(res, "1325.6亿元")] == ["上半年"]
    assert out(res, "0.4个百分点") == []


def test_the_short_name_of_a_park_is_the_park(tmp_path):
    res = extract(tmp_path, "截至2019年底，北京·沧州渤海新区生物医药园累计吸引生物医药项目120个。\n",
                  title="沧州承接北京产业", published="2020-01-10", reference_year=2020)
    assert [r["region"] for r in out(res, "120个")] == ["cangzhou_biomedical_park"]


def test_a_price_per_cubic_metre_is_a_norm_not_a_figure(tmp_path):
    res = extract(tmp_path, "2019年，北京居民水价为每立方米5元，全市节水量达到1.2亿立方米。\n",
                  title="北京节水", published="2019-06-01", reference_year=2019)
    assert out(res, "5元") == [] and skip_reasons(res, "5元") == ["norm"]
    assert [r["value"] for r in out(res, "1.2亿立方米")] == [1.2]


def test_a_likeness_of_an_increase_is_no_count(tmp_path):
    res = extract(tmp_path, "2019年，北京地下水储量增加5.1亿立方米，相当于增加了约300多个昆明湖的水量。\n",
                  title="北京地下水回升", published="2019-08-04", reference_year=2019)
    assert out(res, "300多个") == [] and skip_reasons(res, "约300多个") == ["likeness"]


def test_real_growth_after_nominal_growth_is_the_real_growth(tmp_path):
    res = extract(tmp_path, "2023年，张家口市GDP为1900.2亿元，GDP名义增长3.8%，GDP实际增长5.2%。\n",
                  title="张家口经济", published="2024-05-01", reference_year=2024)
    assert rows(res, "5.2%") == [("gdp_growth_real", "zhangjiakou", 2023)]
    assert rows(res, "3.8%") == []


def test_the_tertiary_industrys_short_name_with_its_share_of_gdp(tmp_path):
    res = extract(tmp_path, "2023年，三产增加值900.1亿元，占承德市GDP总量的46.2%。\n",
                  title="承德经济", published="2024-05-01", reference_year=2024)
    assert rows(res, "46.2%") == [("tertiary_share", "chengde", 2023)]


def test_a_rate_per_thousand_residents_is_no_population(tmp_path):
    res = extract(tmp_path, "区域每千常住人口执业医师数由2014年的2.1人增加至2020年的3.2人。\n",
                  title="京津冀公共服务", published="2022-02-28", reference_year=2022)
    assert [r for r in res.rows if r["indicator"].startswith("population")] == []
    assert sorted((r["year"], r["value"]) for r in res.candidates) == [(2014, 2.1), (2020, 3.2)]


def test_a_running_total_as_of_a_day_in_january_has_no_months(tmp_path):
    res = extract(tmp_path, "截至今年1月20日，北京儿童医院累计派出专家130人次。\n",
                  title="北京儿童医院托管保定市儿童医院", published="2016-02-24", reference_year=2016)
    assert [r["candidate_id"] for r in out(res, "130人次")] == ["儿童医院派出专家|人次|cumulative"]


def test_investment_after_fixed_asset_investment_is_its_growth(tmp_path):
    res = extract(tmp_path, "全市固定资产投资规模继续扩大，全年投资比上年增长4.1%，对稳增长发挥重要作用。\n",
                  title="北京经济回顾", published="2023-01-19", reference_year=2023)
    assert rows(res, "4.1%") == [("fixed_asset_investment_growth", "beijing", 2022)]


def test_a_bare_throughput_in_tonnes_is_the_ports_cargo_but_not_their_capacity(tmp_path):
    res = extract(tmp_path, "2022年，河北省沿海港口设计通过能力11.2亿吨，吞吐量达到12.1亿吨。\n",
                  title="河北港口", published="2023-02-22", reference_year=2023)
    assert rows(res, "12.1亿吨") == [("port_cargo_throughput", "hebei", 2022)]
    assert rows(res, "11.2亿吨") == []


def test_a_holiday_in_the_headline_dates_a_february_releases_figures_that_year(tmp_path):
    res = extract(tmp_path, "全省共接待游客1980.5万人次，实现旅游总收入120.3亿元。\n",
                  title="春节假期河北省接待游客1980.5万人次", published="2018-02-23", reference_year=2018)
    assert [(r["candidate_id"], r["year"]) for r in out(res, "1980.5万人次")] == [("春节假期|接待游客|万人次", 2018)]


def test_two_feasts_in_one_headline_name_no_single_holiday(tmp_path):
    res = extract(tmp_path, "国庆、中秋假日期间，秦皇岛市景区共接待游客201.3万人次。\n",
                  title="秦皇岛市国庆中秋假期景区接待游客201.3万人次", published="2023-10-08", reference_year=2023)
    assert [r["year"] for r in out(res, "201.3万人次")] == [2023]


def test_a_round_mark_passed_is_a_milestone_not_the_value(tmp_path):
    res = extract(tmp_path, "2018年，天津港货物吞吐量、吞吐能力双双跨越5亿吨。2018年，全市港口货物吞吐量跨越5.07亿吨。\n",
                  title="天津港口", published="2018-12-26", reference_year=2018)
    assert skip_reasons(res, "5亿吨") == ["threshold"]
    assert [r["value"] for r in out(res, "5.07亿吨")] == [50700]


def test_a_floor_passed_every_year_is_no_years_value(tmp_path):
    res = extract(tmp_path, "近年来，全市每年义务植树均超过2000万株。\n",
                  title="北京造林", published="2018-03-12", reference_year=2018)
    assert out(res, "2000万株") == [] and skip_reasons(res, "超过2000万株") == ["threshold"]


def test_a_clause_naming_only_a_measure_heads_the_places_items_after_it(tmp_path):
    res = extract(tmp_path, "每百万人口拥有三级医院数，北京3.4家，天津2.7家，河北0.8家；“985”高校，北京8所，天津2所。\n",
                  title="京津冀公共服务差距", published="2014-08-15", reference_year=2014)
    items = out(res, "3.4家") + out(res, "2.7家") + out(res, "0.8家")
    assert sorted((r["region"], r["phrase"]) for r in items) == [
        ("beijing", "每百万人口三级医院数"), ("hebei", "每百万人口三级医院数"), ("tianjin", "每百万人口三级医院数")]
    assert all(r["phrase"] != "每百万人口三级医院数" for r in out(res, "8所") + out(res, "2所"))


def test_some_parts_where_a_place_acts_leave_the_figure_to_the_place(tmp_path):
    res = extract(tmp_path, "2018年，北京市在门头沟、怀柔、延庆等区完成造林营林45万亩。\n",
                  title="北京造林", published="2019-01-10", reference_year=2019)
    assert [(r["region"], r["phrase"]) for r in out(res, "45万亩")] == [("beijing", "造林营林")]


def test_a_technology_transaction_volume_taken_in_is_the_contracts_turnover(tmp_path):
    res = extract(tmp_path, "2018年，我省吸纳京津技术交易额204亿元，增长24.4%。\n",
                  title="河北科技工作", published="2019-02-20", reference_year=2019)
    assert rows(res, "204亿元") == [("tech_contract_turnover_from_bjtj", "hebei", 2018)]
    assert rows(res, "24.4%") == [("tech_contract_turnover_from_bjtj_yoy", "hebei", 2018)]


def test_the_start_of_a_climb_with_no_year_is_no_figure_and_a_step_is_no_machine(tmp_path):
    res = extract(tmp_path, "75年来，房山区地区生产总值从380亿元跃升上千亿台阶。\n",
                  title="房山区发展成就", published="2024-09-20", reference_year=2024)
    assert out(res, "380亿元") == [] and skip_reasons(res, "380亿元") == ["period start"]
    assert [r for r in res.candidates if r["unit"] == "亿台"] == []


def test_markets_of_a_place_moving_into_another_are_not_the_first_places_figure(tmp_path):
    res = extract(tmp_path, "2014年，大红门地区的12个专业市场签约入驻白沟。\n",
                  title="白沟承接大红门商户", published="2014-07-21", reference_year=2014)
    assert [r["region"] for r in out(res, "12个")] != ["dahongmen"]


def test_population_fallen_by_a_count_is_the_change_not_the_level(tmp_path):
    res = extract(tmp_path, "2015年全区常住人口下降8000人。\n",
                  title="东城区政府工作报告", published="2016-12-19", reference_year=2016)
    assert rows(res, "8000人") == [("population_year_end_change", "dongcheng", 2015)]
    assert [r["value"] for r in res.rows] == [-0.8]


def test_a_comparison_does_not_carry_past_a_semicolon_to_another_item(tmp_path):
    res = extract(tmp_path, "2023年，天津市单位GDP能耗比2020年下降9%以上；居民人均可支配收入增长4.9%。\n",
                  title="天津新闻发布会", published="2024-04-03", reference_year=2024)
    assert rows(res, "4.9%") == [("disposable_income_per_capita_growth", "tianjin", 2023)]


def test_a_year_described_before_it_is_compared_with_is_the_base(tmp_path):
    res = extract(tmp_path, "与扩散条件相似的2019年相比，2023年北京PM2.5、二氧化氮分别下降21.8%、27.7%。\n",
                  title="北京空气质量", published="2024-01-04", reference_year=2024)
    assert [r for r in res.rows if r["indicator"].endswith("_yoy")] == []
    assert {r["base_year"] for r in out(res, "21.8%") + out(res, "27.7%")} == {2019}


def test_a_figure_net_of_a_factor_is_not_the_measure_itself(tmp_path):
    res = extract(tmp_path, "2023年，北京规模以上工业增加值比上年增长0.6%；剔除疫苗生产因素，增长3.3%。\n",
                  title="北京经济", published="2024-01-19", reference_year=2024)
    assert rows(res, "0.6%") == [("industrial_value_added_growth", "beijing", 2023)]
    assert rows(res, "3.3%") == []


def test_a_population_change_over_some_years_is_no_years_change(tmp_path):
    res = extract(tmp_path, "2016年，北京市常住人口五年增120.5万人，较2015年下降了0.2%。\n",
                  title="北京人口", published="2017-06-13", reference_year=2017)
    assert rows(res, "120.5万人") == []
    assert [r["measure"] for r in out(res, "120.5万人")] == ["change"]


def test_an_average_rate_with_no_period_named_is_a_candidate_of_its_own(tmp_path):
    res = extract(tmp_path, "经济发展方面，地区生产总值年均增长6.1%左右、总量达到2300亿元左右。\n",
                  title="顺义区“十四五”发展成就", published="2026-01-14", reference_year=2026)
    assert rows(res, "6.1%左右") == []
    assert [r["phrase"] for r in out(res, "6.1%左右")] == ["年均地区生产总值"]


def test_rates_under_a_heading_of_this_years_tasks_are_targets(tmp_path):
    body = "一、2020年工作回顾\n\n地区生产总值增长3.1%。\n\n二、2021年工作安排\n\n地区生产总值增长6.5%左右。\n"
    res = extract(tmp_path, body, title="宝坻区政府工作报告", published="2021-01-20", reference_year=2021)
    assert rows(res, "3.1%") == [("gdp_growth_real", "baodi", 2020)]
    assert out(res, "6.5%左右") == [] and skip_reasons(res, "6.5%左右") == ["target"]
