"""Round 38 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, regions, why


def test_a_housing_estate_or_shanty_town_before_qu_is_no_unknown_district(tmp_path):
    body = ("2023年，全省城镇老旧小区改造完成1420个，惠及居民35.2万户；棚户区改造开工4.1万套。\n"
            "老旧小区改造方面，截至9月底，已实现新开工152个小区。\n")
    res = extract(tmp_path, body, title="河北省2023年住房城乡建设工作综述", published="2024-01-20", reference_year=2024)
    assert [(r["region"], r["year"]) for r in out(res, "1420个")] == [("hebei", 2023)]
    assert regions(res, "4.1万套") == ["hebei"]
    assert regions(res, "152个") == ["hebei"]
    # a district the catalogue does not name still keeps its figure out of the headline's region
    res = extract(tmp_path, "槐荫区2023年完成固定资产投资120亿元。\n", title="河北省投资", published="2024-01-20",
                  reference_year=2024)
    assert why(res, "120亿元") == "other region"
    # and so does a scenic spot with its own name
    res = extract(tmp_path, "国庆假期，盘山景区接待游客3.2万人次。\n", title="天津市国庆旅游", published="2024-10-08",
                  reference_year=2024)
    assert why(res, "3.2万人次") == "other region"


def test_a_publisher_that_is_a_places_name_alone_makes_the_release_that_places(tmp_path):
    body = "人民生活\n\n【概况】2022年，城镇居民人均可支配收入52310元，同比增长4.1%。\n"
    res = extract(tmp_path, body, title="人民生活", publisher="天津市西青区 (区地方志办公室)", published="2024-05-10",
                  reference_year=2024)
    assert [(r["region"], r["year"]) for r in out(res, "52310元")] == [("xiqing", 2022)]
    # a newsroom of the place is not its government: the figure keeps no region
    res = extract(tmp_path, body, title="人民生活", publisher="西青区融媒体中心", published="2024-05-10",
                  reference_year=2024)
    assert why(res, "52310元") == "no region"


def test_a_table_flattened_one_cell_a_line_with_a_unit_column_is_read_not_refused(tmp_path):
    cells = ["指标", "计量单位", "2023年1-6月", "同比增长(%)"]
    rows = [["快递业务量", "亿件", "11.2", "9.5"], ["邮政业务收入", "亿元", "201.4", "-2.3"], ["旅客运输总量", "万人", "8120.5", "6.1"],
            ["货物运输总量", "万吨", "12050.3", "1.2"]] * 6  # enough numbers to be refused as prose were it not a table
    lines = ["天津市2023年上半年运输邮电数据 |", "|||"] + [f"{c} |" for c in cells] + [f"{c} |" for r in rows for c in r]
    lines += ["注：快递业务量含同城、异地和国际业务。"]
    res = extract(tmp_path, "\n".join(lines) + "\n", title="天津市2023年上半年运输邮电数据", published="2023-07-20",
                  reference_year=2023)
    got = {(r["phrase"], r["unit"], r["year"]) for r in out(res, "11.2亿件")}
    assert got == {("快递业务量", "亿件", 2023)}
    assert [r["region"] for r in out(res, "201.4亿元")][:1] == ["tianjin"]
    falls = [r for r in res.candidates if r["value"] == -2.3]  # the growth column is the level's, not a new period
    assert [(r["phrase"], r["measure"]) for r in falls] == [("邮政业务收入", "change")]
    # its line is the row's last cell's: every line below keeps its number
    assert {r["line"] for r in out(res, "11.2亿件")} == {16}


def test_a_story_run_on_after_its_time_stamp_and_wire_dateline_is_read(tmp_path):
    body = ("2020-01-08 20:15:42 来源: 新华网 新华网天津1月8日电(记者张华)记者8日从天津市财政局获悉，2019年，天津一般公共预算收入"
            "完成2410.3亿元。税收收入占比达七成。\n")
    res = extract(tmp_path, body, title="天津2019年财政收入", published="2020-01-08", reference_year=2020)
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "2410.3亿元")] == [
        ("general_budget_revenue", "tianjin", 2019)]
    # a photo's caption with its time stamp and no story after it stays an aside
    res = extract(tmp_path, "2020-01-08 20:15:42 来源: 新华网 图为天津港一景，港口吞吐量5亿吨\n", title="天津2019年财政收入",
                  published="2020-01-08", reference_year=2020)
    assert why(res, "5亿吨") == "dateline"


def test_a_life_expectancy_told_from_one_year_to_another_is_two_figures_not_age_bars(tmp_path):
    body = "天津市居民平均期望寿命从2015年的81.33岁提高到2022年的82.03岁，60岁以上老年人口达300万人。\n"
    res = extract(tmp_path, body, title="天津卫生健康事业发展", published="2023-06-10", reference_year=2023)
    assert [(r["year"], r["region"]) for r in out(res, "82.03岁")] == [(2022, "tianjin")]
    assert [r["year"] for r in out(res, "81.33岁")] == [2015]
    assert why(res, "60岁以上") == "threshold"  # an age group is still a class


def test_the_next_places_value_after_a_comma_has_the_measure_of_the_place_before(tmp_path):
    body = "2023年，北京接待游客3.29亿人次，天津2.3亿人次；沧州社零总额1321.2亿元，邯郸1475.2亿元。\n"
    res = extract(tmp_path, body, title="京津冀旅游消费", published="2024-01-20", reference_year=2024)
    assert [(r["phrase"], r["region"]) for r in out(res, "2.3亿人次")] == [("接待游客", "tianjin")]
    # 社零总额 is retail sales by its short name
    assert [(r["indicator"], r["region"]) for r in out(res, "1475.2亿元")] == [("retail_sales", "handan")]
    # a distance after a distance is still none
    res = extract(tmp_path, "承德区位优势明显，距北京200公里，天津230公里。\n", title="承德", published="2024-01-20",
                  reference_year=2024)
    assert out(res, "230公里") == []


def test_a_growth_on_the_last_year_of_a_plan_is_no_growth_on_the_year_before(tmp_path):
    body = ("一般公共预算收入、固定资产投资“十三五”末分别增长了26%和39%。全区地区生产总值较“十三五”末增长28.8%。"
            "2024年，全区地区生产总值增长5.1%。\n")
    res = extract(tmp_path, body, title="河西区“十四五”发展成就", published="2025-09-30", reference_year=2025)
    assert out(res, "26%") and all(r.get("indicator") is None for r in out(res, "26%"))  # no yoy row
    assert not [r for r in res.rows if r["value"] in (26.0, 39.0, 28.8)]
    assert [(r["indicator"], r["year"]) for r in out(res, "5.1%")] == [("gdp_growth_real", 2024)]


def test_a_birth_rate_of_registered_residents_is_not_the_resident_birth_rate(tmp_path):
    body = "2022年，全市户籍人口出生率为5.67‰。全市常住人口出生率5.67‰，死亡率5.72‰。\n"
    res = extract(tmp_path, body, title="北京市卫生健康事业发展统计公报", published="2023-06-10", reference_year=2023)
    assert {r.get("indicator") for r in out(res, "5.67‰")} == {None, "birth_rate"}
    assert [r["line"] for r in res.rows if r["indicator"] == "birth_rate"] and all(
        "常住" in r["quote"] for r in res.rows if r["indicator"] == "birth_rate")


def test_a_month_already_over_opening_a_spring_releases_sentence_dates_its_figures_not_a_plan(tmp_path):
    body = "2024年1月，天津市基本医疗保险参保人数1168.69万人。今年，全市参保人数达到1180万人。\n"
    res = extract(tmp_path, body, title="天津市医疗保险运行情况", published="2024-03-08", reference_year=2024)
    assert [(r["region"], r["year"]) for r in out(res, "1168.69万人")] == [("tianjin", 2024)]
    assert why(res, "1180万人") == "target"  # this year's figure in spring, no month named, is still a plan
    # the month under way is not over yet
    res = extract(tmp_path, "2024年3月，天津市基本医疗保险参保人数1168.69万人。\n", title="天津市医疗保险运行情况",
                  published="2024-03-08", reference_year=2024)
    assert why(res, "1168.69万人") == "target"
