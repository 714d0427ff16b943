"""Round 73 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out


def test_a_line_breaking_the_one_before_down_by_port_keeps_its_months(tmp_path):
    body = ("记者从省交通部门获悉，今年截至10月底，全省港口货物吞吐量累计完成9.6亿吨，同比增长2.1%。\n"
            "分港口看，甲港完成货物吞吐量1.5亿吨，唐山港完成货物吞吐量5.7亿吨，同比增长3%。\n")
    res = extract(tmp_path, body, title="全省港口吞吐量稳步增长", published="2022-11-20", reference_year=2022)
    tangshan = out(res, "5.7亿吨")
    assert [(r.get("indicator"), r["region"], r["year"]) for r in tangshan] == [(None, "tangshan_port", 2022)]
    assert tangshan[0]["candidate_id"].startswith("1-10月|")  # the ten months so far, never the year's throughput


def test_a_season_written_with_a_slash_across_two_years_is_dated_by_its_last(tmp_path):
    body = "据统计，2022/2023雪季，张家口市各滑雪场共接待滑雪者310万人次。\n"
    res = extract(tmp_path, body, title="张家口冰雪旅游持续升温", published="2024-11-20", reference_year=2024)
    assert [(r["region"], r["year"], r["candidate_id"]) for r in out(res, "310万人次")] == [
        ("zhangjiakou", 2023, "滑雪场共接待滑雪者|万人次")]  # one season, no running total over two years


def test_the_total_length_after_roads_counted_is_the_length_of_those_roads(tmp_path):
    body = "2014年以来，河北累计打通对接京津的断头路18条段，总里程460公里。\n"
    res = extract(tmp_path, body, title="河北交通互联互通", published="2023-08-20", reference_year=2023)
    assert [(r.get("indicator"), r["region"], r["year"]) for r in out(res, "460公里")] == [
        ("bottleneck_roads_opened_km", "hebei", 2023)]


def test_totals_of_two_groups_of_projects_told_before_their_counts_stay_two_measures(tmp_path):
    body = "三年来，总投资210.5亿元的36个项目签约落地，总投资35亿元的6个项目竣工投产。\n"
    res = extract(tmp_path, body, title="武清区承接北京产业项目", published="2024-10-20", reference_year=2024)
    second = out(res, "35亿元")
    assert [(r["region"], r["year"]) for r in second] == [("wuqing", 2024)]
    assert "竣工" in second[0]["candidate_id"]  # the completed projects' total, not the signed ones' said again


def test_an_average_rate_after_a_series_is_of_the_measure_that_series_went_up_in(tmp_path):
    body = ("“十三五”时期，全市地区生产总值从1820.5亿元增至2466.3亿元、年均增长6.1%，"
            "城镇居民人均可支配收入从28550元增至39120元、年均增长6.5%。\n")
    res = extract(tmp_path, body, title="沧州市政府工作报告", published="2021-02-20", reference_year=2021)
    gdp, income = out(res, "6.1%"), out(res, "6.5%")
    assert [(r["region"], r["year"]) for r in gdp + income] == [("cangzhou", 2020), ("cangzhou", 2020)]
    assert "地区生产总值" in gdp[0]["candidate_id"] and "可支配收入" in income[0]["candidate_id"]  # never the GDP's twice


def test_people_said_round_beside_a_places_area_describe_it_and_are_no_count_of_a_year(tmp_path):
    body = ("京津冀区域面积21.6万平方公里、常住人口超过1亿，地缘相接、人缘相亲。"
            "2024年末，京津冀常住人口10926万人。\n")
    res = extract(tmp_path, body, title="京津冀协同发展十一年", published="2025-02-26", reference_year=2025)
    assert not out(res, "超过1亿")
    assert [(r.get("indicator"), r["year"]) for r in out(res, "10926万人")] == [("population_year_end", 2024)]


def test_a_december_release_that_says_how_far_its_news_runs_gives_no_years_total(tmp_path):
    body = ("记者从省交通运输厅获悉，截至12月5日，今年全省港口货物吞吐量已超过11亿吨。\n"
            "据介绍，唐山港完成货物吞吐量6.9亿吨，黄骅港完成货物吞吐量3.1亿吨。\n")
    res = extract(tmp_path, body, title="河北港口吞吐量再创新高", published="2022-12-08", reference_year=2022)
    assert not out(res, "6.9亿吨") and not res.rows  # the year so far, never the year's throughput
    assert "sub-annual period" in {s["reason"] for s in res.skipped if "6.9亿吨" in s["quote"]}


def test_the_change_said_after_a_forecast_is_forecast_too(tmp_path):
    body = "今年以来，全市民营经济发展向好，预计全年实现税收1250亿元，同比增长9%，占全市税收的52%。\n"
    res = extract(tmp_path, body, title="天津民营经济发展情况", published="2016-11-20", reference_year=2016)
    assert not out(res, "9%") and not out(res, "52%")  # the forecast's growth and share, not results
    assert {s["reason"] for s in res.skipped if "9%" in s["quote"]} == {"target"}
