"""Round 36 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, why


def test_a_table_of_districts_loses_none_of_the_prose_around_it(tmp_path):
    rows = "".join(f"{i} | 第{i}区 | 3.{i:02d} | 6{i % 10}.5 | 2{i % 10} | {i}.5 |\n" for i in range(1, 17))
    body = ("2021年，全市PM2.5年均浓度为39微克/立方米。\n"
            "附表 各区空气质量\n排名 | 区名 | 综合指数 | 优良天数比率(%) | PM2.5浓度(µg/m3) | 改善率(%) |\n"
            + rows + "全市 | 3.15 | 58.1 | 39 | 9.5 |\n注：排名按各区综合指数统计。\n")
    res = extract(tmp_path, body, title="天津市2021年环境空气质量", published="2022-01-10", reference_year=2022)
    assert [(r["region"], r["year"]) for r in out(res, "39微克/立方米")] == [("tianjin", 2021)]
    # the table's cells are no sentence: none of its 96 numbers is read as a figure of the prose
    assert not [r for r in res.rows + res.candidates if "|" in r["quote"]]


def test_research_spending_as_a_share_of_the_regions_output_is_its_intensity(tmp_path):
    body = "2018年，天津市全社会研发经费支出占地区生产总值比重达到2.5%。\n"
    res = extract(tmp_path, body, title="天津科技创新", published="2019-03-01", reference_year=2019)
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "2.5%")] == [("rd_intensity", "tianjin", 2018)]
    body = "2018年，天津市研发经费支出占生产总值的比重为2.5%。\n"
    res = extract(tmp_path, body, title="天津科技创新", published="2019-03-01", reference_year=2019)
    assert [r["indicator"] for r in out(res, "2.5%")] == ["rd_intensity"]
    # a firm's research spending against its own revenue is no region's intensity
    body = "2018年，天津市规模以上工业企业研发经费支出占营业收入比重为1.2%。\n"
    res = extract(tmp_path, body, title="天津科技创新", published="2019-03-01", reference_year=2019)
    assert not [r for r in res.rows if r["indicator"] == "rd_intensity"]


def test_the_service_sectors_value_added_told_apart_is_the_tertiary_industrys(tmp_path):
    body = "2018年，沧州市服务业规模持续扩大，实现增加值1820.5亿元，增长10%。\n"
    res = extract(tmp_path, body, title="沧州经济运行", published="2019-03-01", reference_year=2019)
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "1820.5亿元")] == [("value_added_tertiary", "cangzhou", 2018)]
    # one branch of the services named after them is that branch's, not the sector's
    body = "2018年，沧州市服务业较快增长，房地产业实现增加值300.5亿元。\n"
    res = extract(tmp_path, body, title="沧州经济运行", published="2019-03-01", reference_year=2019)
    assert [r["candidate_id"] for r in out(res, "300.5亿元")] == ["房地产业增加值|亿元"]


def test_a_national_zone_named_after_its_city_is_the_zone_not_the_city(tmp_path):
    body = "2018年，高新区实现地区生产总值128.4亿元，同比增长10.5%；一般公共预算收入11.2亿元。\n"
    res = extract(tmp_path, body, title="唐山国家高新技术产业开发区简介", published="2019-12-03", reference_year=2019)
    assert not out(res, "128.4亿元") and not out(res, "11.2亿元")
    # a national-level zone as a kind (唐山市第一个国家级开发区) names the city, not a zone
    body = "唐山市是全省第一个拥有国家级开发区的城市。2018年，唐山市实现地区生产总值6955亿元。\n"
    res = extract(tmp_path, body, title="唐山经济", published="2019-03-03", reference_year=2019)
    assert [r["region"] for r in out(res, "6955亿元")] == ["tangshan"]


def test_a_census_count_is_the_census_population_not_the_year_end_one(tmp_path):
    body = ("6月3日，我市公布第七次全国人口普查主要数据。数据显示，廊坊市常住人口为5464087人。\n\n"
            "全市各区县人口数量分别是：\n\n三河市：1000000人；固安县：500000人。\n")
    res = extract(tmp_path, body, title="廊坊市常住人口546.41万人", published="2021-06-04", reference_year=2021)
    assert [(r["indicator"], r["region"], r["year"], r["value"]) for r in out(res, "5464087人")] == [
        ("population_census", "langfang", 2020, 546.4087)]
    assert [(r["indicator"], r["region"]) for r in out(res, "500000人")] == [("population_census", "gu_an")]
    # a year-end count outside a census release keeps its own indicator
    body = "2021年末，廊坊市常住人口为549.5万人。\n"
    res = extract(tmp_path, body, title="廊坊市2021年国民经济和社会发展统计公报", published="2022-03-20", reference_year=2022)
    assert [r["indicator"] for r in out(res, "549.5万人")] == ["population_year_end"]


def test_a_table_of_districts_gives_each_district_its_row_of_figures(tmp_path):
    body = ("2021年12月，全市空气质量总体稳定。\n附表1 2021年12月各区环境空气质量排名\n"
            "| 排名 | 区名 | 优良天数比率(%) | PM2.5浓度(µg/m3) |\n| 1 | 西青区 | 71.0 | 41 |\n| 2 | 静海区 | 80.6 | 46 |\n"
            "| 全市 | 58.1 | 48 |\n注：排名按PM2.5浓度统计。\n")
    res = extract(tmp_path, body, title="2021年12月天津市环境空气质量月报", published="2022-01-10", reference_year=2022)
    rows = [(r["region"], r["year"], r["value"], r["line"]) for r in res.rows + res.candidates if "PM2.5浓度" in r["quote"]]
    first = rows[0][3] if rows else 0  # each on its own row's line
    assert rows == [("xiqing", 2021, 41, first), ("jinghai", 2021, 46, first + 1), ("tianjin", 2021, 48, first + 2)]
    assert [r["value"] for r in out(res, "80.6%")] == [80.6]  # the column's unit, in its header's brackets
    # the rank is no figure, and no quote keeps the table's bars
    assert not out(res, "1") and not [r for r in res.rows + res.candidates if "|" in r["quote"]]


def test_a_table_of_measures_by_period_reads_each_column_under_its_period(tmp_path):
    body = ("| 2025年4季度 | 2025年1-4季度 |\n| 游客接待量 | 增长% | 游客接待量 | 增长% |\n"
            "| 游客总量(万人次) | 9273.6 | 2.6 | 38926.7 | 4.8 |\n| 入境游客(万人次) | 159.6 | -3.5 | 548.0 | 39.0 |\n")
    res = extract(tmp_path, body, title="北京市旅游市场总体情况", published="2026-01-20", reference_year=2026)
    whole = out(res, "38926.7万人次")
    assert [(r["region"], r["year"], r["candidate_id"]) for r in whole] == [("beijing", 2025, "游客总量|万人次")]
    assert [r["value"] for r in out(res, "39.0%")] == [39.0] and [r["value"] for r in out(res, "3.5%")] == [-3.5]
    assert out(res, "9273.6万人次")[0]["candidate_id"].startswith("Q4|")  # the quarter's, not the year's


def test_a_markdown_table_of_places_reads_each_places_figures(tmp_path):
    body = ("2023年京津冀主要指标\n| 地区 | GDP(亿元) | 增速(%) |\n|---|---|---|\n| 北京 | 43760.7 | 5.2 |\n"
            "| 天津 | 16737.3 | 4.3 |\n")
    res = extract(tmp_path, body, title="京津冀经济", published="2024-03-01", reference_year=2024)
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "16737.3亿元")] == [("gdp", "tianjin", 2023)]
    assert [(r["indicator"], r["region"]) for r in out(res, "5.2%")] == [("gdp_growth_real", "beijing")]


def test_a_table_of_measures_by_year_gives_each_column_its_year(tmp_path):
    body = "北京市主要指标\n| 指标 | 2022年 | 2023年 |\n| 地区生产总值(亿元) | 41610.9 | 43760.7 |\n| 常住人口(万人) | 2184.3 | 2185.8 |\n"
    res = extract(tmp_path, body, title="北京经济", published="2024-03-01", reference_year=2024)
    assert [(r["indicator"], r["year"]) for r in out(res, "41610.9亿元") + out(res, "43760.7亿元")] == [("gdp", 2022), ("gdp", 2023)]
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "2185.8万人")] == [("population_year_end", "beijing", 2023)]


def test_cells_that_ran_together_are_no_table_to_read():
    from etl.extract.table import read_table
    assert read_table(["主要经济数据(2023年) | ||---|---|---||43,760.7亿元人民币105.5亿元人民币 |产业比重0.2% 14.9% |",
                       "| 200,278元人民币 | ||5,187.5亿美元852.7亿美元 |"]) is None
    assert read_table(["首页 | 新闻 | 政务 | 服务"]) is None  # a page's link bar: no data row
    assert read_table(["| 区名 | PM2.5浓度 |", "| 西青区 | 41 |"]) is None  # one data row is a line, no table


def test_a_rate_of_improvement_keeps_its_printed_sign(tmp_path):
    res = extract(tmp_path, "2021年，西青区PM2.5改善率为5.0%，东丽区PM2.5改善率为-17.4%。\n", title="天津空气质量",
                  published="2022-01-10", reference_year=2022)
    assert [r["value"] for r in out(res, "5.0%")] == [5.0] and [r["value"] for r in out(res, "17.4%")] == [-17.4]
    # the concentration improved by so much is a fall of it
    res = extract(tmp_path, "2021年，西青区PM2.5浓度同比改善5.0%。\n", title="天津空气质量", published="2022-01-10",
                  reference_year=2022)
    assert [r["value"] for r in out(res, "5.0%")] == [-5.0]


def test_a_year_described_before_it_is_compared_with_is_the_base(tmp_path):
    body = "今年国庆首日，蓟州区旅游接待人次较疫情前的2019年同期相比仍下降11.3%。\n"
    res = extract(tmp_path, body, title="蓟州国庆旅游", published="2021-10-02", reference_year=2021)
    assert [(r["region"], r["year"], r["value"]) for r in out(res, "11.3%")] == [("jizhou", 2021, -11.3)]


def test_a_two_part_title_over_a_sentence_that_opens_on_its_period_is_no_part_of_it(tmp_path):
    for gap in ("\n", "\n\n"):
        body = f"北京市统计局发布1-2月经济运行情况。{gap}工业较快增长,电子行业贡献突出{gap}1-2月,全市规模以上工业增加值按可比价格计算,同比增长6.7%。\n"
        res = extract(tmp_path, body, title="北京市1-2月经济运行情况", published="2026-03-17", reference_year=2026)
        assert [(r["region"], r["candidate_id"]) for r in out(res, "6.7%")] == [("beijing", "1-2月|规上工业增加值|%|change")], gap


def test_an_amount_in_yi_after_a_money_measure_is_in_yuan(tmp_path):
    body = "2013年，河北省地区生产总值达到28301.4亿，人均GDP为38651元；天津市GDP实现1.44万亿。\n"
    res = extract(tmp_path, body, title="2013年河北各市GDP", published="2014-03-04", reference_year=2014)
    assert [(r["indicator"], r["region"], r["value"]) for r in out(res, "28301.4亿")] == [("gdp", "hebei", 28301.4)]
    assert [(r["indicator"], r["region"], r["value"]) for r in out(res, "1.44万亿")] == [("gdp", "tianjin", 14400)]
    # 亿 after a measure of things is no money (快递业务量达到12.5亿: parcels)
    res = extract(tmp_path, "2013年，河北省快递业务量达到12.5亿。\n", title="河北快递", published="2014-03-04", reference_year=2014)
    assert not out(res, "12.5亿")


def test_places_below_a_bar_are_a_class_not_a_figure(tmp_path):
    body = "根据第七次全国人口普查结果，全市常住人口在100万人以下的区有7个，在50万人以内的区有2个。\n"
    res = extract(tmp_path, body, title="北京市人口普查公报", published="2021-05-19", reference_year=2021)
    assert not out(res, "100万人") and why(res, "100万人") == "threshold" and why(res, "50万人") == "threshold"


def test_a_table_whose_columns_name_years_dates_the_others_by_its_title(tmp_path):
    body = ("2013年河北各市GDP排名 | |||\n| 排名 | 地级市 | 2012年GDP(亿元) | 2013年GDP(亿元) | 人均GDP(元) |\n"
            "| 1 | 唐山 | 5861.63 | 6100 | 82760.12 |\n| 2 | 石家庄 | 4500.2 | 4900 | 47666.30 |\n"
            "| 全省 | 26575.01 | 38651.39 |\n")
    res = extract(tmp_path, body, title="河北各市GDP排名", published="2014-03-04", reference_year=2014)
    assert [(r["region"], r["year"]) for r in out(res, "5861.63亿元")] == [("tangshan", 2012)]
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "47666.30元")] == [("gdp_per_capita", "shijiazhuang", 2013)]
    # a row short of cells cannot say which column each number is under: left unread
    assert not out(res, "26575.01") and not out(res, "38651.39")


def test_a_prefecture_city_elsewhere_named_in_a_comparison_is_none_of_ours(tmp_path):
    body = "2024年，唐山经济总量领先同省的石家庄(8203.4亿元)，但与长三角的南通(12421.9亿元)相比仍有差距。\n"
    res = extract(tmp_path, body, title="唐山2024年GDP", published="2025-07-01", reference_year=2025)
    assert not out(res, "12421.9亿元") and why(res, "12421.9亿元") == "other region"


def test_a_quarter_named_twice_and_last_years_trend_keep_the_quarters_figures(tmp_path):
    body = ("今年以来，本市经济延续去年恢复增长态势，一季度地区生产总值实现10581.4亿元、首次一季度站上万亿元大关，"
            "同比增长6%、增速高于去年全年0.8个百分点。\n")
    res = extract(tmp_path, body, title="北京一季度经济运行", published="2024-04-20", reference_year=2024)
    assert [(r["candidate_id"], r["year"]) for r in out(res, "10581.4亿元")] == [("Q1|地区生产总值|亿元", 2024)]
    assert [(r["candidate_id"], r["year"]) for r in out(res, "6%")] == [("Q1|地区生产总值|%|change", 2024)]
    # last year's whole year named as the year of its own figure still ends the quarter
    body = "一季度，北京市地区生产总值同比增长6%；去年全年，北京市地区生产总值增长5.2%。\n"
    res = extract(tmp_path, body, title="北京一季度经济运行", published="2024-04-20", reference_year=2024)
    assert [(r["indicator"], r["year"]) for r in out(res, "5.2%")] == [("gdp_growth_real", 2023)]


def test_a_rate_per_hundred_thousand_is_a_quantity_and_a_results_kept_to_value_is_the_value(tmp_path):
    body = "2024年，北京市常住孕产妇死亡率为0.69/10万，婴儿死亡率为1.35‰。\n"
    res = extract(tmp_path, body, title="北京卫生健康", published="2025-11-11", reference_year=2025)
    assert [(r["candidate_id"], r["value"]) for r in out(res, "0.69/10万")] == [("常住孕产妇死亡率|1/10万", 0.69)]
    body = "2021年，天津市婴儿死亡率控制在2.16‰，全市常住人口控制在1400万人以内。\n"
    res = extract(tmp_path, body, title="天津卫生健康", published="2022-03-09", reference_year=2022)
    assert [(r["region"], r["year"]) for r in out(res, "2.16‰")] == [("tianjin", 2021)]
    assert not out(res, "1400万人") and why(res, "1400万人") == "threshold"  # a cap kept, not the value


def test_two_measures_and_two_numbers_each_in_its_own_unit_pair_up(tmp_path):
    body = "2021年，天津市孕产妇死亡率和婴儿死亡率控制在8.06/10万和2.16‰。\n"
    res = extract(tmp_path, body, title="天津卫生健康", published="2022-03-09", reference_year=2022)
    assert [r["candidate_id"] for r in out(res, "8.06/10万")] == ["孕产妇死亡率|1/10万"]
    assert [r["candidate_id"] for r in out(res, "2.16‰")] == ["婴儿死亡率|‰"]
    # a rate and a level of one measure are no pair (增长5.2%、约4.4万亿元)
    res = extract(tmp_path, "2023年，北京市地区生产总值增长5.2%和4.4万亿元。\n", title="北京经济", published="2024-01-20",
                  reference_year=2024)
    assert [r["indicator"] for r in out(res, "4.4万亿元")] == ["gdp"]


def test_a_place_said_to_be_anothers_something_stays_the_subject(tmp_path):
    body = "唐山是河北重要的工业基地，港口优势明显，2022年实现第二产业增加值4927.7亿元，增长5.1%。\n"
    res = extract(tmp_path, body, title="河北各市经济", published="2023-02-01", reference_year=2023)
    assert [(r["indicator"], r["region"]) for r in out(res, "4927.7亿元")] == [("value_added_secondary", "tangshan")]


def test_a_citys_extent_where_a_site_stands_and_how_many_industries_passed_a_bar_are_no_figures(tmp_path):
    body = ("张家口市南北长289.2千米，东西宽216.2千米。纪念馆位于唐县县城北2公里。"
            "2017年1-4月，全省有95个行业增速高于上年同期。\n")
    res = extract(tmp_path, body, title="河北概况", published="2017-05-27", reference_year=2017)
    assert why(res, "289.2千米") == "dimension" and why(res, "216.2千米") == "dimension"
    assert why(res, "2公里") == "distance" and why(res, "95个") == "count of industries"
    assert not res.rows and not res.candidates
    # the industry's growth rate itself is still a figure
    res = extract(tmp_path, "2017年1-4月，全省高新技术产业增加值增长15.2%，增速高于全省工业4.1个百分点。\n",
                  title="河北高新技术产业", published="2017-05-27", reference_year=2017)
    assert out(res, "15.2%")


def test_the_value_a_measure_fell_to_with_wei_keeps_the_measure_of_its_start(tmp_path):
    body = "2019年，北京市能源结构持续优化，煤炭占全市能源消费比重由13.7%降为1.8%。\n"
    res = extract(tmp_path, body, title="北京能源", published="2020-11-20", reference_year=2020)
    assert [(r["region"], r["year"], r["candidate_id"].split("|")[0]) for r in out(res, "1.8%")] == [
        ("beijing", 2019, "煤炭占全市能源消费比重")]
    assert not out(res, "13.7%")  # the start of the fall, of a year not said


def test_a_table_of_places_under_years_over_groups_of_columns_dates_each_column(tmp_path):
    body = ("| 2022年 | 2023年 |\n| 地区 | GDP(亿元) | 增速(%) | GDP(亿元) | 增速(%) |\n| 北京 | 41610.9 | 0.7 | 43760.7 | 5.2 |\n"
            "| 天津 | 16311.3 | 1.0 | 16737.3 | 4.3 |\n")
    res = extract(tmp_path, body, title="京津经济", published="2024-03-01", reference_year=2024)
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "41610.9亿元")] == [("gdp", "beijing", 2022)]
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "4.3%")] == [("gdp_growth_real", "tianjin", 2023)]
    # the same columns twice with no year this reader can place: which value is which year's cannot be told
    body = ("| 地区 | 2022年 | | 2023年 | |\n| | GDP(亿元) | 增速(%) | GDP(亿元) | 增速(%) |\n| 北京 | 41610.9 | 0.7 | 43760.7 | 5.2 |\n"
            "| 天津 | 16311.3 | 1.0 | 16737.3 | 4.3 |\n")
    res = extract(tmp_path, body, title="京津经济", published="2024-03-01", reference_year=2024)
    assert not res.rows and not res.candidates


def test_a_table_too_wide_to_read_is_skipped_whole_without_holding_its_line_per_number(tmp_path):
    row = "| " + " | ".join(str(1000 + i) for i in range(1400)) + " |"
    res = extract(tmp_path, "\n".join([row] * 3) + "\n", title="宽表", published="2024-01-01", reference_year=2024)
    assert not res.rows and not res.candidates and len(res.skipped) == 4200
    assert max(len(s["quote"]) for s in res.skipped) <= 1001  # (bare numbers: not quantities, each quoted in part)
