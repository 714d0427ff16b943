"""Round 44 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out


def _reasons(res, raw):
    return [s["reason"] for s in res.skipped if raw in s["raw"]]


def test_a_record_within_a_span_is_no_period_of_the_figures_after_it(tmp_path):
    body = ("一年来，经济运行稳中有进。全市地区生产总值完成3120.5亿元、增长6.3%，增速居全省第一，为28年来、15年来首次；"
            "固定资产投资增长7.1%，社会消费品零售总额增长5.4%，均创10年来最好水平。\n")
    res = extract(tmp_path, body, title="沧州市政府工作报告", published="2025-02-10", reference_year=2025)
    assert [(r["indicator"], r["year"]) for r in out(res, "7.1%")] == [("fixed_asset_investment_growth", 2024)]
    assert [(r["indicator"], r["year"]) for r in out(res, "5.4%")] == [("retail_sales_growth", 2024)]


def test_a_measures_acronym_in_lower_case_is_the_measure(tmp_path):
    body = "改革开放以来，辛集市gdp总量由1978年的9120万元增加到2017年的412.6亿元，人均gdp达到66210元。\n"
    res = extract(tmp_path, body, title="辛集改革开放40年", published="2018-12-10", reference_year=2018)
    assert [(r["indicator"], r["year"], r["value"]) for r in out(res, "412.6亿元")] == [("gdp", 2017, 412.6)]
    assert [r["indicator"] for r in out(res, "66210元")] == ["gdp_per_capita"]


def test_a_year_written_without_nian_before_the_place_dates_the_figures(tmp_path):
    body = "2018天津市生产总值18809.6亿元，比上年增长3.6%。居民消费价格上涨2.0%。\n"
    res = extract(tmp_path, body, title="2018天津市GDP排名", published="2019", reference_year=2019)
    assert [(r["indicator"], r["year"]) for r in out(res, "18809.6亿元")] == [("gdp", 2018)]
    assert [r["year"] for r in out(res, "2.0%")] == [2018]
    assert not out(res, "2018天")


def test_the_whole_city_after_another_citys_bureau_is_that_citys(tmp_path):
    body = ("北京市统计局数据显示，2023年末，北京市常住人口2185.8万人。广州市统计局公布，2023年末，全市常住人口"
            "1882.7万人，比上年末增加9.3万人。深圳全市常住人口1779万人。\n")
    res = extract(tmp_path, body, title="北京与广州深圳人口比较", published="2024-03-20", reference_year=2024)
    assert [r["region"] for r in out(res, "2185.8万人")] == ["beijing"]
    for raw in ("1882.7万人", "9.3万人", "1779万人"):
        assert not out(res, raw), raw
        assert "other region" in _reasons(res, raw), raw


def test_a_paragraph_on_last_year_is_the_whole_year_and_the_sites_host_city(tmp_path):
    body = ("市长在发布会上介绍，2023年，天津地区生产总值增长了4.3%，一般公共预算收入增长了9.8%。"
            "城镇新增就业38.2万人，居民人均可支配收入突破5万元。\n"
            "今年一季度，天津港集装箱吞吐量增长7.2%。\n")
    res = extract(tmp_path, body, title="市长：今年一季度天津港标箱数增长7.2%", published="2024-04-03", reference_year=2024)
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "突破5万元")] == [
        ("disposable_income_per_capita", "tianjin", 2023)]
    assert [(r["region"], r["year"]) for r in out(res, "38.2万人")] == [("tianjin", 2023)]
    assert [r["region"] for r in out(res, "7.2%")] == ["tianjin_port"]


def test_a_year_in_brackets_after_what_is_compared_with_is_the_base(tmp_path):
    body = ("天津市第四次全国经济普查公报：2018年末，全市共有法人单位23.5万个；法人单位从业人员512.4万人，"
            "比第三次经济普查(2013年)增加31.6万人；个体经营户18.2万户。\n")
    res = extract(tmp_path, body, title="天津市第四次全国经济普查公报", published="2019-12-20", reference_year=2019)
    assert [r["year"] for r in out(res, "31.6万人")] == [2018]
    assert [r["year"] for r in out(res, "18.2万户")] == [2018]


def test_a_from_point_with_no_time_of_its_own_is_skipped(tmp_path):
    body = ("2024年，全市经济稳中有进。农村居民人均可支配收入从不足8000元跃升至2.6万元，"
            "森林覆盖率由约30%提高到45.2%。\n")
    res = extract(tmp_path, body, title="承德市经济社会发展成就", published="2025-01-15", reference_year=2025)
    assert not out(res, "8000元") and "period start" in _reasons(res, "8000元")
    assert not out(res, "30%") and "period start" in _reasons(res, "30%")
    assert [(r["region"], r["year"]) for r in out(res, "45.2%")] == [("chengde", 2024)]


def test_what_a_project_is_expected_to_reach_is_no_figure(tmp_path):
    body = "2023年，香河县新签约项目总投资35亿元，全部投产后年营业收入有望达到80亿元，可望带动就业8000人。\n"
    res = extract(tmp_path, body, title="香河县项目建设", published="2023-05-10", reference_year=2023)
    assert [r["region"] for r in out(res, "35亿元")] == ["xianghe"]
    for raw in ("80亿元", "8000人"):
        assert not out(res, raw), raw
        assert "target" in _reasons(res, raw), raw


def test_kilometres_in_latin_letters_are_kilometres_and_a_speed_is_no_length(tmp_path):
    body = "截至2023年底，天津地铁运营里程达到286km，京津城际列车时速350km/h。\n"
    res = extract(tmp_path, body, title="天津轨道交通", published="2024-01-10", reference_year=2024)
    assert [(r["indicator"], r["region"], r["value"]) for r in out(res, "286km")] == [("urban_rail_km", "tianjin", 286)]
    assert not out(res, "350km/h")


def test_a_bare_multiplier_after_a_measure_in_a_spaced_headline_line_takes_the_measures_unit(tmp_path):
    body = ("2021年河北统计公报：GDP总量40391亿 常住人口减少16万\n"
            "2021年，北京、天津跨省流动人口分别为499.1万、353.5万。\n")
    res = extract(tmp_path, body, title="2021年河北统计公报", published="2022-03-01", reference_year=2022)
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "40391亿")] == [("gdp", "hebei", 2021)]
    assert [(r["region"], r["unit"]) for r in out(res, "353.5万")] == [("tianjin", "万人")]


def test_a_line_ending_on_a_figure_and_a_line_opening_on_a_number_are_two_statements(tmp_path):
    body = "北京统计公报：GDP总量43760.7亿 常住人口减少1万\n2023年，全市居民人均可支配收入81752元。\n"
    res = extract(tmp_path, body, title="北京统计公报", published="2024-03-21", reference_year=2024)
    assert [(r["indicator"], r["value"]) for r in out(res, "1万")] == [("population_year_end_change", -1)]
    assert [r["indicator"] for r in out(res, "81752元")] == ["disposable_income_per_capita"]


def test_a_captions_list_of_units_gives_each_measure_of_the_header_its_own(tmp_path):
    body = ("根据第七次全国人口普查结果，现将各地区常住人口有关数据公布如下：\n"
            "表2 各地区人口\n单位：人、%\n地区\n人口数\n比重\n2020年\n2010年\n"
            "北 京\n21893095\n1.55\n1.46\n天 津\n13866009\n0.98\n0.97\n河 北\n74610235\n5.28\n5.36\n")
    res = extract(tmp_path, body, title="第七次全国人口普查公报（第三号）", published="2021-05-11", reference_year=2021)
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "13866009人")] == [
        ("population_census", "tianjin", 2020)]
    assert sorted((r["region"], r["year"], r["unit"]) for r in res.rows + res.candidates if r["value"] in (5.28, 5.36)) == [
        ("hebei", 2010, "%"), ("hebei", 2020, "%")]


def test_where_most_visitors_come_from_is_not_the_place_that_received_them(tmp_path):
    body = "2023年，迁安共接待以京津冀地区为主的国内外游客512.6万人次，实现旅游收入48.3亿元。\n"
    res = extract(tmp_path, body, title="迁安全域旅游", published="2024-01-20", reference_year=2024)
    assert [(r["region"], r["year"]) for r in out(res, "512.6万人次")] == [("qian_an", 2023)]
    assert [r["candidate_id"] for r in out(res, "512.6万人次")] == ["接待国内外游客|万人次"]
    assert [r["region"] for r in out(res, "48.3亿元")] == ["qian_an"]


def test_a_county_whose_mainstay_a_sentence_names_is_the_whole_county_after_it(tmp_path):
    body = "板栗产业是兴隆县的支柱产业，目前全县板栗种植面积达62万亩，总产值近18亿元。北京市GDP是河北的1.1倍。\n"
    res = extract(tmp_path, body, title="特色产业带动发展", published="2016-09-10", reference_year=2016)
    assert [(r["region"], r["year"]) for r in out(res, "62万亩")] == [("xinglong", 2016)]
    assert [r["region"] for r in out(res, "近18亿元")] == ["xinglong"]
    assert not out(res, "1.1倍")  # (a ratio between two places: 河北 is compared with, no subject)


def test_a_speakers_own_home_is_no_places_figure(tmp_path):
    body = ("2021年，河北养老服务业快速发展。院长介绍说：“我们的床位数从1200张发展到现在的6000张，"
            "入住老人中北京老人占八成。”全省养老机构床位达到21.6万张。\n")
    res = extract(tmp_path, body, title="河北养老服务业发展", published="2021-10-14", reference_year=2021)
    assert not out(res, "1200张") and not out(res, "6000张")
    assert "narrative" in _reasons(res, "6000张")
    assert [r["region"] for r in out(res, "21.6万张")] == ["hebei"]


def test_a_rates_own_price_basis_after_it_and_a_circumstance_before_it(tmp_path):
    body = ("2023年，霸州市生产总值完成3520108万元(快报数，现价，下同)，同比增长4.2%(按可比价计算)。"
            "一般公共预算收入21.5亿元，在大规模减税降费情况下增长3.1%。\n")
    res = extract(tmp_path, body, title="2023年霸州市国民经济和社会发展统计公报", published="2024-03-25", reference_year=2024)
    assert [(r["indicator"], r["year"]) for r in out(res, "4.2%")] == [("gdp_growth_real", 2023)]
    assert [r["indicator"] for r in out(res, "3.1%")] == ["general_budget_revenue_growth"]


def test_an_economic_belts_figures_are_none_of_our_regions(tmp_path):
    body = ("2015年，河北省环京津休闲旅游产业带12个县(市、区)实现旅游收入286.5亿元，增长18.2%。"
            "冀中南经济圈实现生产总值9123.4亿元。全省生产总值29806.1亿元。\n")
    res = extract(tmp_path, body, title="河北区域经济发展", published="2016-03-01", reference_year=2016)
    for raw in ("286.5亿元", "18.2%", "9123.4亿元"):
        assert not out(res, raw), raw
    assert [(r["indicator"], r["region"]) for r in out(res, "29806.1亿元")] == [("gdp", "hebei")]


def test_the_one_year_an_analysis_dates_its_data_by_dates_its_undated_figures(tmp_path):
    body = ("近年来，天津市养老服务能力明显提升。\n"
            "根据《中国民政统计年鉴2021》，截至2020年底，天津市共有养老机构383家。\n"
            "\n全市养老机构床位共计6.1万张，护理型床位占比52.3%。\n")
    res = extract(tmp_path, body, title="天津市养老服务资源分析", published="2022-09-15", reference_year=2022)
    assert [r["year"] for r in out(res, "383家")] == [2020]
    assert [r["year"] for r in out(res, "6.1万张")] == [2020]
    assert [r["year"] for r in out(res, "52.3%")] == [2020]
    body = "2020年，天津市共有养老机构383家。今年以来，新增养老床位2000张。\n"
    res = extract(tmp_path, body, title="天津市养老服务", published="2022-09-15", reference_year=2022)
    assert [r["year"] for r in out(res, "2000张")] == [2022]


def test_ranks_digits_bars_held_in_a_row_and_days_ahead_are_no_figures(tmp_path):
    body = ("2024年，延庆区地区生产总值增长5.1%，排名全市16位。全年有9个月出口增速在2位数以上，"
            "自4月起月度出口额已连续6个月超20亿元。首都机场旅客吞吐量提前45天突破5000万人次。\n")
    res = extract(tmp_path, body, title="延庆区经济运行", published="2025-01-20", reference_year=2025)
    assert [r["region"] for r in out(res, "5.1%")] == ["yanqing"]
    assert not out(res, "16位") and "rank" in _reasons(res, "16位")
    assert not out(res, "2位") and "digits" in _reasons(res, "2位")
    assert not out(res, "超20亿元") and "threshold" in _reasons(res, "超20亿元")
    assert not out(res, "45天")
    assert [r["candidate_id"] for r in out(res, "突破5000万人次")] == ["旅客吞吐量|万人次"]


def test_what_share_of_its_plan_an_investment_completed_is_no_figure(tmp_path):
    body = "2023年，全市35个省重点项目投资完成126.4%，全市固定资产投资增长6.1%。\n"
    res = extract(tmp_path, body, title="保定市政府工作报告", published="2024-01-20", reference_year=2024)
    assert not out(res, "126.4%") and "share of a plan" in _reasons(res, "126.4%")
    assert [r["indicator"] for r in out(res, "6.1%")] == ["fixed_asset_investment_growth"]


def test_a_trend_clause_opening_on_its_months_names_the_measure_of_the_rate_after_it(tmp_path):
    body = "1至10月全省固定资产投资稳步增长，同比增长5.8%。2024年全市居民消费价格平稳上涨，同比上涨0.4%。\n"
    res = extract(tmp_path, body, title="河北省1-10月经济运行情况", published="2024-11-20", reference_year=2024)
    assert [r["candidate_id"] for r in out(res, "5.8%")] == ["1-10月|固定资产投资|%|change"]


def test_beijings_central_city_and_a_mean_commuting_distance(tmp_path):
    body = "报告显示，2023年北京中心城平均通勤时耗51分钟，平均通勤距离13.4公里。某景区距离市区约40公里。\n"
    res = extract(tmp_path, body, title="2023北京通勤特征年度报告", published="2024-05-10", reference_year=2024)
    assert [(r["region"], r["year"]) for r in out(res, "51分钟")] == [("chengliuqu", 2023)]
    assert [(r["region"], r["candidate_id"]) for r in out(res, "13.4公里")] == [("chengliuqu", "平均通勤距离|公里")]
    assert not out(res, "约40公里") and "distance" in _reasons(res, "约40公里")


def test_a_technology_contracts_transaction_amount_is_their_turnover(tmp_path):
    body = "2024年，天津市认定登记技术合同1.6万项，成交金额2104亿元。\n"
    res = extract(tmp_path, body, title="天津技术市场", published="2025-02-10", reference_year=2025)
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "2104亿元")] == [
        ("tech_contract_turnover", "tianjin", 2024)]


def test_commas_a_page_lost_between_figures_and_measures_come_back(tmp_path):
    body = ("主要指标完成良好。全年实现地区生产总值增长4.6%完成一般公共预算收入38.2亿元固定资产投资增长7%"
            "居民人均可支配收入增长5.1%。\n")
    res = extract(tmp_path, body, title="津南区2023年计划执行情况", published="2024-01-26", reference_year=2024)
    got = {r["indicator"]: r["value"] for r in res.rows}
    assert got == {"gdp_growth_real": 4.6, "general_budget_revenue": 38.2, "fixed_asset_investment_growth": 7.0,
                   "disposable_income_per_capita_growth": 5.1}


def test_the_sum_of_the_things_counted_is_a_figure_and_each_ones_bar_is_not(tmp_path):
    body = "2023年，宝坻区13个新签约项目总投资额超16亿元，8个产业规模超百亿元。\n"
    res = extract(tmp_path, body, title="宝坻区项目建设", published="2023-11-28", reference_year=2023)
    assert [(r["region"], r["qualifier"]) for r in out(res, "超16亿元")] == [("baodi", "more_than")]
    assert not out(res, "超百亿元") and "threshold" in _reasons(res, "超百亿元")


def test_a_kind_of_signed_projects_is_a_part_not_the_fairs_total(tmp_path):
    body = ("2023年北三县项目推介洽谈会共签约42个项目，意向投资额约320.5亿元。其中，产业类签约项目30个，意向投资额约180.2亿元；"
            "公共服务类签约项目6个。\n")
    res = extract(tmp_path, body, title="北三县项目推介洽谈会签约42个项目", published="2023-09-19", reference_year=2023)
    assert [r["indicator"] for r in out(res, "42个")] == ["bsx_fair_projects_signed"]
    assert [r["indicator"] for r in out(res, "约320.5亿元")] == ["bsx_fair_intended_investment"]
    for raw in ("30个", "约180.2亿元", "6个"):
        assert not [r for r in out(res, raw) if r.get("indicator")], raw


def test_a_places_population_said_short_is_its_resident_population_and_an_age_band_is_not(tmp_path):
    body = ("2023年天津人口1364万，2016年天津人口1443万。0-15岁人口为201万人。直接疏解外来在津人口3万人。"
            "外省市来津人口为353.5万人。\n")
    res = extract(tmp_path, body, title="京津冀人口变化", published="2024-05-09", reference_year=2024)
    assert [(r.get("indicator"), r["region"], r["year"]) for r in out(res, "1364万")] == [
        ("population_year_end", "tianjin", 2023)]
    assert [r.get("indicator") for r in out(res, "1443万")] == ["population_year_end"]
    assert not [r for r in out(res, "201万人") if r.get("indicator")]
    assert not [r for r in out(res, "3万人") if r.get("indicator")]
    assert not [r for r in out(res, "353.5万人") if r.get("indicator")]  # (where they came from: not the population)


def test_a_column_of_words_in_a_table_of_figures_leaves_its_rows_readable(tmp_path):
    body = ("2024年1-10月全省设区市空气质量综合指数排名\n"
            "排名 | 城市名称 | 综合指数 | 首要污染物 |\n"
            "1 | 承德市 | 3.12 | O3-8h-90per |\n"
            "2 | 张家口市 | 3.20 | PM10 |\n"
            "3 | 秦皇岛市 | 3.85 | PM2.5 |\n")
    res = extract(tmp_path, body, title="河北省2024年1-10月空气质量排名", published="2024-11-15", reference_year=2024)
    assert [(r["region"], r["year"]) for r in res.rows + res.candidates if r["value"] == 3.2] == [("zhangjiakou", 2024)]
    assert len([r for r in res.rows + res.candidates if r["value"] in (3.12, 3.2, 3.85)]) == 3


def test_since_a_day_of_an_earlier_year_runs_up_to_now(tmp_path):
    body = ("这里是天开高教科创园，去年5月开园以来，仅用一年时间，园区注册企业突破1500家。"
            "2023年6月投用以来，科创中心累计引进项目86个。\n")
    res = extract(tmp_path, body, title="天开园一周年", published="2024-05-18", reference_year=2024)
    assert [r["year"] for r in out(res, "突破1500家")] == [2024]
    assert [r["year"] for r in out(res, "86个")] == [2024]


def test_a_papers_name_before_the_headline_is_not_its_subject(tmp_path):
    body = "截至2023年底，累计承接京津项目860个，总投资2150.6亿元。\n"
    res = extract(tmp_path, body, title="沧州日报：黄骅市打造承接京津产业转移新高地", published="2024-03-20", reference_year=2024)
    assert [(r["region"], r["year"]) for r in out(res, "860个")] == [("huanghua", 2023)]


def test_a_kind_of_a_total_after_its_total_is_a_measure_of_its_own(tmp_path):
    body = "2023年，京津转入河北单位4820个，其中法人单位2961个；京冀在津投资到位额1620.5亿元。\n"
    res = extract(tmp_path, body, title="京津冀协同发展成效", published="2024-03-01", reference_year=2024)
    assert [r["indicator"] for r in out(res, "4820个")] == ["units_transferred_to_hebei"]
    assert [(r["candidate_id"], r["region"], r["year"]) for r in out(res, "2961个")] == [("法人单位|个", "hebei", 2023)]
