"""Round 36 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out


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
