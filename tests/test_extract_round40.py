"""Round 40 of issue 8. Every sentence and table is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from etl.errors import SourceError
from tests.extract_support import extract, out


def _ids(res, raw):
    return [r.get("indicator") or r.get("candidate_id") for r in out(res, raw)]


def _district_table(head: str) -> str:
    rows = [["全 市", "812345", "5.1", "6123456", "4.2"], ["东城区", "70001", "3.3", "523456", "2.8"],
            ["西城区", "68002", "-1.5", "498765", "3.6"], ["延庆区", "9003", "8.0", "61234", "7.7"]]
    cells = [head, "2019年6月", "同比增长(%)", "2019年1-6月", "同比增长(%)"] + [c for r in rows for c in r]
    return "2019年1-6月 |\n单位:万元 |\n|||\n" + "".join(f"{c} |\n" for c in cells)


def test_a_districts_table_whose_columns_name_only_months_has_the_measure_its_page_title_names(tmp_path):
    # a row of bars over a header with merged cells: the bars miscount the columns, the 项目 row's cells tell them
    res = extract(tmp_path, _district_table("项 目"), title="2019年1-6月社会消费品零售总额(分区)",
                  publisher="北京市统计局", published="2019-07-20", reference_year=2019)
    assert [(r["candidate_id"], r["region"], r["year"]) for r in out(res, "523456万元")] == [
        ("上半年|社会消费品零售总额|万元", "dongcheng", 2019)]
    # 全 市 spaced to line up the column is the whole city; each growth is its own column's period's
    assert [r["region"] for r in out(res, "6123456万元")] == ["beijing"]
    assert [(r["candidate_id"], r["value"]) for r in out(res, "2.8%")] == [("上半年|社会消费品零售总额|%|change", 2.8)]
    # a title naming no measure gives none: no figure is read as a bare number of something
    res = extract(tmp_path, _district_table("项 目"), title="2019年1-6月分区数据", publisher="北京市统计局",
                  published="2019-07-20", reference_year=2019)
    assert not [r for r in res.rows + res.candidates if r["value"] in (523456, 5234560000)]


def test_a_sum_of_money_written_without_yuan_after_income_profit_or_tax_is_in_yuan(tmp_path):
    body = ("2018年，亦庄开发区企业总收入突破1.2万亿，工业企业实现利润逾300亿，区级税收达到98.6亿，"
            "常住人口突破30万。\n")
    res = extract(tmp_path, body, title="亦庄开发区2018年经济运行", published="2019-01-20", reference_year=2019)
    assert [(r["unit"], r["value"], r["year"]) for r in out(res, "突破1.2万亿")] == [("亿元", 12000, 2018)]
    assert [r["unit"] for r in out(res, "逾300亿")] == ["亿元"]
    assert [r["unit"] for r in out(res, "98.6亿")] == ["亿元"]
    assert [(r["indicator"], r["region"], r["value"]) for r in out(res, "突破30万")] == [
        ("population_year_end", "beijing_etdz", 30)]  # (the zone is one of ours: its population, round 42)


def test_a_ranked_list_of_counties_one_a_line_has_the_measure_and_year_its_caption_names(tmp_path):
    body = ("2023年廊坊市各县(市、区)地区生产总值排名：\n1、三河市：712.5亿元，增速5.1%\n2、固安县：398.2亿元，增速4.4%\n"
            "3、霸州市 377.0亿元，增速-1.2%\n4、北戴河开发区：50.3亿元，增速6.0%\n5、香河县：300.6亿元，增速3.9%\n")
    res = extract(tmp_path, body, title="廊坊各县市区经济总量出炉", published="2024-02-20", reference_year=2024)
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "712.5亿元")] == [("gdp", "sanhe", 2023)]
    assert [(r["indicator"], r["region"]) for r in out(res, "377.0亿元")] == [("gdp", "bazhou")]
    assert [(r["indicator"], r["region"], r["value"]) for r in out(res, "1.2%")] == [("gdp_growth_real", "bazhou", -1.2)]
    # a zone we do not know is nobody's: not the county before it
    assert not out(res, "50.3亿元")
    assert [r["region"] for r in out(res, "300.6亿元")] == ["xianghe"]
    # a list under a heading that names no places and measure is left as written
    body = "三、主要成绩\n1、三河市：712.5亿元\n2、固安县：398.2亿元\n3、霸州市：377.0亿元\n"
    res = extract(tmp_path, body, title="廊坊经济", published="2024-02-20", reference_year=2024)
    assert not [r for r in res.rows if r["indicator"] == "gdp"]


def test_a_year_in_a_bracketed_remark_with_its_own_figure_does_not_date_the_sentences_after_it(tmp_path):
    body = ("截至7月20日8时，官厅水库蓄水量已达8.12亿立方米，超过历史最高纪录(1996年8月历史蓄水量8.05亿立方米)。"
            "到今天上午，官厅水库蓄水量达到8.21亿立方米。\n"
            "在教育部公布(2022年2月)的名单中，天津共有5所高校入选，占全国比重为3.4%。\n")
    res = extract(tmp_path, body, title="官厅水库蓄水量创新高", published="2023-07-21", reference_year=2023)
    assert [r["year"] for r in out(res, "8.21亿立方米")] == [2023]
    assert [r["year"] for r in out(res, "8.12亿立方米")] == [2023]
    # a bracketed date alone dates its sentence
    assert [r["year"] for r in out(res, "3.4%")] == [2022]


def _bulletin(rows: str) -> str:
    return ("国家统计局 国家能源局 2020年8月20日 现将2019年各省、自治区、直辖市单位地区生产总值能耗等指标数据公布如下: "
            "地 区 单位地区生产总值能耗上升或下降(±%) 能源消费总量增速 (%) " + rows +
            " 附注: 1.地区生产总值按照2015年价格计算。 2.西藏自治区数据暂缺。\n")


def test_a_provinces_table_run_into_one_line_with_spaces_is_read_as_rows_not_refused(tmp_path):
    rows = "北 京 -4.21 1.2 天 津 -2.50 -0.3 河 北 1.05 2.4 西 藏 山 西 -1.10 0.6 内蒙古 3.30 5.1"
    res = extract(tmp_path, _bulletin(rows), title="2019年分省单位地区生产总值能耗降低率等指标公报",
                  publisher="国家统计局", published="2020-08-20", reference_year=2020)
    # the sign is the direction: -4.21 under 上升或下降 is a fall; the table's year is 2019, not the bulletin's date
    assert [(r["candidate_id"], r["value"], r["year"]) for r in out(res, "4.21%")] == [
        ("单位地区生产总值能耗|%|change", -4.21, 2019)]
    assert [(r["region"], r["value"]) for r in out(res, "1.05%")] == [("hebei", 1.05)]
    assert [(r["region"], r["value"]) for r in out(res, "0.3%")] == [("tianjin", -0.3)]
    # a place with no figures (西 藏) gives its row to nobody: 山西's row is 山西's, and not ours
    assert not [r for r in res.rows + res.candidates if r["value"] in (-1.1, 0.6)]


def test_a_run_of_numbers_on_one_line_that_does_not_read_as_a_table_is_still_refused(tmp_path):
    rows = " ".join(f"北 京 {k}.1 {k}.2 {k}.3" for k in range(25))  # three numbers under two headers: no table
    with pytest.raises(SourceError, match="not prose"):
        extract(tmp_path, _bulletin(rows), title="公报", published="2020-08-20", reference_year=2020)


def test_figures_over_ten_odd_years_are_no_years_changes(tmp_path):
    body = ("会上介绍，十余年来，天津市细颗粒物(PM2.5)年均浓度下降50%以上，二氧化硫年均浓度下降70%。"
            "与之同步，在GDP增长了95%的同时，万元GDP能耗下降近40%。\n")
    res = extract(tmp_path, body, title="天津减污降碳新闻发布会", published="2024-11-20", reference_year=2024)
    # 十余年来 is a span of years, as 十多年来 is: a fall over it is not the year's
    assert [r.get("indicator") for r in out(res, "70%")] == [None]
    # a 95% growth of GDP is over years, never a year's: not the GDP growth of 2024
    assert [(r.get("indicator"), r["candidate_id"]) for r in out(res, "95%")] == [(None, "GDP|%|change")]
    body = "2024年，天津市地区生产总值增长5.1%。\n"
    res = extract(tmp_path, body, title="天津经济", published="2025-01-20", reference_year=2025)
    assert [r["indicator"] for r in out(res, "5.1%")] == ["gdp_growth_real"]


def test_the_rate_a_change_is_measured_from_is_the_earlier_years_not_this_years(tmp_path):
    body = ("2019年河北省居民消费价格总水平上涨3.0%，比上年2.4%的涨幅扩大0.6个百分点。\n"
            "2019年石家庄市居民消费价格上涨2.8%，比2018年2.2%的涨幅扩大0.6个百分点。\n")
    res = extract(tmp_path, body, title="2019年河北CPI", published="2020-01-20", reference_year=2020)
    assert [(r["indicator"], r["year"]) for r in out(res, "3.0%")] == [("cpi_change", 2019)]
    assert [(r["indicator"], r["year"]) for r in out(res, "2.4%")] == [("cpi_change", 2018)]
    assert [r["year"] for r in res.rows + res.candidates if r["value"] == 2.2] in ([], [2018])


def test_a_spring_holidays_figures_are_this_years_even_after_last_years_event_is_mentioned(tmp_path):
    body = ("随着端午小长假的到来，天津市进入旅游旺季。再加上去年《海河》纪录片热播，天津市的城市知名度不断提升。"
            "端午小长假期间，天津市共接待海内外游客135.2万人次，同比增长12%，旅游收入6.03亿元。\n")
    res = extract(tmp_path, body, title="天津市端午小长假接待游客135.2万人次", published="2016-06-12", reference_year=2016)
    assert [r["year"] for r in out(res, "135.2万人次")] == [2016]
    assert [r["year"] for r in out(res, "6.03亿元")] == [2016]
    # last year opening a clause is still the time of what follows
    body = "去年，天津市共接待海内外游客2.1亿人次，旅游收入3524亿元。\n"
    res = extract(tmp_path, body, title="天津旅游", published="2016-06-12", reference_year=2016)
    assert [r["year"] for r in out(res, "3524亿元")] == [2015]


def test_counts_of_surveyed_units_of_indicators_and_of_industries_that_moved_are_no_figures(tmp_path):
    body = ("据市文旅局对42个主要景区统计，五一假期期间，廊坊市共接待游客86.5万人次。"
            "该指数包括4个一级指标、12个二级指标和36个三级指标。"
            "上半年，全市23个行业综合能耗同比下降，9个行业实现稳中有升。\n")
    res = extract(tmp_path, body, title="廊坊五一假期旅游", published="2023-05-04", reference_year=2023)
    assert [r["year"] for r in out(res, "86.5万人次")] == [2023]
    for raw in ("42个", "4个", "12个", "36个", "23个", "9个"):
        assert not out(res, raw), raw


def test_the_city_districts_of_tangshan_qinhuangdao_and_handan_whose_names_are_unique_are_places_of_ours(tmp_path):
    body = ("2022年，路北区地区生产总值完成620.5亿元，开平区完成171.3亿元。"
            "海港区全年实现地区生产总值710.6亿元。复兴区地区生产总值完成100.2亿元。\n")
    res = extract(tmp_path, body, title="各区经济运行", published="2023-02-10", reference_year=2023)
    assert [(r["indicator"], r["region"]) for r in out(res, "620.5亿元")] == [("gdp", "lubei")]
    assert [r["region"] for r in out(res, "171.3亿元")] == ["kaiping"]
    assert [r["region"] for r in out(res, "710.6亿元")] == ["haigang"]
    assert [r["region"] for r in out(res, "100.2亿元")] == ["fuxing"]


def test_a_list_of_cities_without_ranks_under_a_caption_naming_the_measure_is_read_too(tmp_path):
    body = "2023年河北省各设区市地区生产总值：\n石家庄：7534.2亿元\n唐山：9133.0亿元\n保定：4220.1亿元\n"
    res = extract(tmp_path, body, title="河北各市经济", published="2024-02-15", reference_year=2024)
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "9133.0亿元")] == [("gdp", "tangshan", 2023)]
    # a caption whose measure holds digits (PM2.5) is a caption too
    body = "2023年河北省各设区市PM2.5平均浓度：\n张家口：21微克/立方米\n承德：27微克/立方米\n秦皇岛：33微克/立方米\n"
    res = extract(tmp_path, body, title="河北空气质量", published="2024-01-15", reference_year=2024)
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "27微克/立方米")] == [
        ("pm25_annual_mean", "chengde", 2023)]
