"""Round 67 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, measured_as_test, measures, out, read_as_test
from tests.extract_support import release_front as _front

# (body, front matter, the figure as written, the (region, year) it is read as)
READ_AS = [
    pytest.param("保税区一季度经济开局良好。一季度保税区新开工重点项目12个。\n",
                 _front("一季度保税区经济稳中向好", "2023-04-20", 2023, publisher="天津日报"), "12个",
                 ("tianjin_port_bonded_zone", 2023), id="a_bare_bonded_zone_in_a_tianjin_release_is_the_zone_named_after_tianjin"),
    pytest.param("1至2月，开发区规模以上工业总产值同比增长9.1%。\n",
                 _front("开发区前两月经济运行", "2024-03-15", 2024, publisher="天津日报"), "9.1%",
                 ("teda", 2024), id="a_bare_development_zone_in_a_tianjin_release_is_teda"),
    pytest.param("·地区生产总值为7012.6亿元，同比增长3.1%。\n·新增就业26.4万人。\n上半年，天津市统筹推进各项工作，全市经济运行稳中向好。\n",
                 _front("2021年我市上半年经济数据", "2021-07-22", 2021, publisher="news.72177.com"), "7012.6亿元",
                 ("tianjin", 2021), id="an_anaphor_only_headline_over_bullets_is_the_place_a_later_sentence_names_beside_it"),
    pytest.param("国庆假期，野三坡景区接待游客18.6万人次。\n", _front("涞水县旅游持续升温", "2018-10-08", 2018), "18.6万人次",
                 ("yesanpo", 2018), id="a_scenic_area_reports_its_own_visitors_not_its_county"),
    pytest.param("截至2019年底，天津健康产业园累计实施项目72个。\n", _front("静海区健康产业", "2020-03-20", 2020), "72个",
                 ("tianjin_health_park", 2019), id="the_jinghai_health_park_reports_as_a_unit"),
]

test_read_as = read_as_test(READ_AS)


def test_a_bare_zone_in_a_provincial_release_stays_no_ones(tmp_path):
    res = extract(tmp_path, "1至2月，开发区规模以上工业总产值同比增长9.1%。\n", title="开发区前两月经济运行",
                  published="2024-03-15", reference_year=2024, publisher="河北日报")
    assert not [r for r in out(res, "9.1%") if r["region"] in ("hebei", "teda")]


# (body, the figure as written, the measure phrase its candidate id opens on)
MEASURED_AS = [
    pytest.param("截至2019年底，京津冀三地已制定36项区域协同地方标准。\n", "36项", "制定区域协同地方标准",
                 id="standards_counted_after_the_deed_that_made_them"),
    pytest.param("2023年，大兴区共举办了45场展会。\n", "45场", "举办展会",
                 id="events_held_are_counted_by_the_noun_after_the_number"),
    pytest.param("2018年，雄安新区首次公开招聘共收到3820份求职申请。\n", "3820份", "收到求职申请",
                 id="applications_received_are_counted_by_the_noun_after_the_number"),
    pytest.param("2022年，北京民营经济市场主体发展迅猛，达82.6万户。\n", "82.6万户", "民营经济市场主体",
                 id="a_stock_after_a_clause_saying_it_grew_fast_is_what_that_clause_names"),
    pytest.param("2021年，天津专利授权量也显著提高，达到7.9万件。\n", "7.9万件", "专利授权量",
                 id="a_level_after_a_clause_saying_it_rose_markedly_is_what_that_clause_names"),
    pytest.param("截至2023年底，石家庄有效高新技术企业已至57家。\n", "57家", "有效高新技术企业",
                 id="already_at_before_a_count_reads_as_reached"),
]

test_measured_as = measured_as_test(MEASURED_AS)


@pytest.mark.parametrize("body, figure", [
    pytest.param("2022年，开发区成功引进26家企业。\n", "26家", id="firms_of_no_kind_brought_in_are_no_measure_of_their_own"),
    pytest.param("2023年，崇礼举办6项国际、14项国家级雪上赛事。\n", "6项", id="a_modifier_in_a_list_is_no_thing_counted"),
])
def test_a_deed_before_a_bare_or_listed_word_names_no_measure(tmp_path, body, figure):
    res = extract(tmp_path, body, title="地方动态", published="2024-03-10", reference_year=2024)
    assert not {"引进企业", "举办国际"} & set(measures(res, figure))




def test_jing_jin_ji_with_shandong_is_its_own_cooperation_area(tmp_path):
    body = "截至目前，京津冀鲁地区检验结果互认医疗机构达到1060家，互认检验项目达到58项。\n"
    res = extract(tmp_path, body, title="京津冀鲁检验结果互认", published="2025-04-20", reference_year=2025)
    assert [(r["region"], r["indicator"]) for r in out(res, "1060家") + out(res, "58项")] == [
        ("jjj_shandong", "clinical_test_mutual_recognition_institutions"), ("jjj_shandong", "clinical_test_items_mutually_recognised")]


def test_a_radius_said_with_fang_yuan_is_a_distance(tmp_path):
    res = extract(tmp_path, "2018年，野三坡景区客源市场辐射范围达方圆800公里。\n", title="野三坡旅游",
                  published="2019-02-20", reference_year=2019)
    assert not out(res, "800公里") and "distance" in {s["reason"] for s in res.skipped if s["raw"] == "800公里"}


@pytest.mark.parametrize("body, figure", [
    pytest.param("2019年12月，京雄城际铁路开通运营20天，累计发送旅客52万人次。\n", "20天", id="days_since_an_opening_are_how_long_not_a_figure"),
    pytest.param("2023年，天津港这条海上通道的交货期为36天。\n", "36天", id="a_delivery_time_is_how_long_not_a_figure"),
])
def test_a_count_of_days_of_no_kind_is_a_duration(tmp_path, body, figure):
    res = extract(tmp_path, body, title="地方动态", published="2024-01-10", reference_year=2024)
    assert not out(res, figure)


def test_days_of_a_kind_and_a_streak_kept_stay_figures(tmp_path):
    body = "2023年，北京空气质量优良天数达到271天。天津干线工程实现了3000天连续不间断安全供水。\n"
    res = extract(tmp_path, body, title="京津生态", published="2024-01-10", reference_year=2024)
    assert out(res, "271天") and out(res, "3000天")


def test_a_later_sentence_naming_a_place_without_the_anaphor_resolves_nothing(tmp_path):
    body = "·地区生产总值为7012.6亿元，同比增长3.1%。\n上半年，天津港集装箱吞吐量增长7%。\n"
    res = extract(tmp_path, body, title="2021年我市上半年经济数据", published="2021-07-22", reference_year=2021,
                  publisher="news.72177.com")
    assert not out(res, "7012.6亿元")


@pytest.mark.parametrize("body", [
    pytest.param("北京商报讯(记者 张明 李华)9月19日，北京统计局公布1-8月北京经济运行情况，其中显示，1-8月，全市规模以上工业增加值"
                 "按可比价格计算，同比下降15.0%。\n", id="reporters_names_and_a_report_saying_it_shows_name_no_measure"),
    pytest.param("北京商报讯(记者 张明)北京统计局公布北京经济运行情况，1-8月，全市规模以上工业增加值按可比价格计算，同比下降15.0%。\n",
                 id="a_bureau_publishing_its_figures_names_no_measure"),
])
def test_a_lead_in_names_no_measure_for_the_clauses_after_it(tmp_path, body):
    res = extract(tmp_path, body, title="北京经济运行", published="2022-09-19", reference_year=2022)
    assert [r["candidate_id"] for r in out(res, "15.0%")] == ["1-8月|规上工业增加值|%|change"]
