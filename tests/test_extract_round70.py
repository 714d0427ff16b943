"""Round 70 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out, read_as_test
from tests.extract_support import release_front as _front

# (body, front matter, the figure as written, the (region, year) it is read as)
READ_AS = [
    pytest.param("前三季度，唐山港集团完成货物吞吐量3.05亿吨，同比增长4.1%。\n", _front("唐山港生产经营", "2023-10-18", 2023),
                 "3.05亿吨", ("tangshan_port", 2023), id="a_port_groups_throughput_is_the_ports"),
    pytest.param("一季度，黄骅港完成集装箱吞吐量24.6万标准箱，同比增长11.2%。\n", _front("河北港口一季度运行", "2023-04-15", 2023),
                 "24.6万标准箱", ("huanghua_port", 2023), id="huanghua_port_is_a_port_of_its_own_as_the_other_three"),
    pytest.param("2022年，98个地表水国考断面中，优良断面比例为74.5%，比上年提高1.5个百分点。\n",
                 _front("2022年全省生态环境质量稳中向好 白洋淀流域水质保持Ⅲ类", "2023-06-02", 2023), "74.5%", ("hebei", 2022),
                 id="a_headline_opening_on_the_whole_province_is_its_news_not_the_sites_it_names"),
    pytest.param("2022年，全省地表水国考断面中，优良断面比例为74.5%。\n",
                 _front("2022年全省生态环境质量稳中向好 白洋淀流域水质保持Ⅲ类", "2023-06-02", 2023), "74.5%", ("hebei", 2022),
                 id="and_its_whole_province_is_the_one_the_site_lies_in"),
    pytest.param("2023年，三大功能区加快建设，运河商务区累计完工460万平方米。\n", _front("城市副中心2023年建设", "2024-01-10", 2024),
                 "460万平方米", ("subcentre", 2023), id="zones_counted_with_no_whole_place_are_items_told_after"),
    pytest.param("永定门外早市始建于2003年，并不是一个露天市场，而是建筑面积达5.2万平方米的一座商厦。\n",
                 _front("丰台区永定门外早市关停", "2019-06-18", 2019), "5.2万平方米", ("fengtai", 2019),
                 id="the_year_a_place_was_built_in_dates_none_of_its_figures"),
    pytest.param("全市一般制造业企业数量比2014年减少40%，城六区减少65%；工业用工人数降至95万人。\n",
                 _front("北京疏解整治促提升成效", "2018-05-20", 2018), "95万人", ("beijing", 2018),
                 id="a_parts_place_compared_with_the_whole_ends_with_its_part_of_the_sentence"),
]

test_read_as = read_as_test(READ_AS)


def test_a_conjunction_opening_a_clause_is_no_part_of_its_measure(tmp_path):
    res = extract(tmp_path, "2018年，这里不是一个露天市场，而是建筑面积达5.2万平方米的一座商厦。\n", title="丰台区早市关停",
                  published="2019-06-18", reference_year=2019)
    assert [r["candidate_id"] for r in out(res, "5.2万平方米")] == ["建筑面积|万平方米"]


def test_a_season_said_to_be_over_is_the_period_of_the_figures_after_it(tmp_path):
    body = "2023年春运圆满收官。中国铁路天津局累计发送旅客1520万人次。天津地区发送旅客630.5万人次，较2022年增加210.4万人次。\n"
    res = extract(tmp_path, body, title="铁路客运创新高", published="2023-03-08", reference_year=2023)
    assert [(r["region"], r["year"], r["candidate_id"].split("|")[0]) for r in out(res, "630.5万人次")] == [("tianjin", 2023, "春运")]
    assert [r["candidate_id"].split("|")[0] for r in out(res, "1520万人次")] == ["春运"]


def test_a_years_du_is_cut_with_the_year_from_the_measure(tmp_path):
    res = extract(tmp_path, "天津滨海国际机场2024年度旅客吞吐量突破2000万人次。\n", title="天津机场客流", published="2025-01-03",
                  reference_year=2025)
    assert [(r["candidate_id"], r["year"]) for r in out(res, "突破2000万人次")] == [("旅客吞吐量|万人次", 2024)]


def test_an_annual_mean_in_a_months_report_is_the_years(tmp_path):
    body = ("2023年12月，全市PM2.5月均浓度为52微克/立方米。\n2023年，全市环境空气质量综合指数为4.6。\n"
            "PM2.5年均浓度超过国家标准值。其中，PM2.5年均浓度41微克/立方米，超标0.17倍。\n")
    res = extract(tmp_path, body, title="2023年12月天津市环境空气质量月报", published="2024-01-18", reference_year=2024)
    assert [(r.get("indicator"), r["region"], r["year"]) for r in out(res, "41微克/立方米")] == [("pm25_annual_mean", "tianjin", 2023)]


def test_a_numbered_heading_under_the_title_line_starts_no_sentence(tmp_path):
    body = "2023年11月天津市环境空气质量月报\n一、环境空气质量总体状况\n2023年11月，我市达标天数19天，同比减少3天。\n"
    res = extract(tmp_path, body, title="2023年11月天津市环境空气质量月报", published="2023-12-20", reference_year=2023)
    assert [(r["region"], r["year"], r["candidate_id"].split("|")[0]) for r in out(res, "19天")] == [("tianjin", 2023, "11月")]


def test_a_number_that_ends_a_cut_excerpt_is_no_figure(tmp_path):
    body = "2023年，京津冀地区生产总值合计10.4万亿元。\n测算结果显示，京津冀区域协同发展指数为15 ...\n"
    res = extract(tmp_path, body, title="京津冀区域协同发展指数", published="2024-12-20", reference_year=2024)
    assert not out(res, "15") and [r["region"] for r in out(res, "10.4万亿元")] == ["jjj"]


def test_a_whole_number_whose_unit_is_cut_at_the_end_is_still_read(tmp_path):
    body = "2023年，天津市PM2.5平均浓度从2013年的96微克/立方米降至41微克\n"
    res = extract(tmp_path, body, title="天津十年治气", published="2024-01-10", reference_year=2024)
    assert [(r["region"], r["year"]) for r in out(res, "41微克")] == [("tianjin", 2023)]


def test_some_years_and_more_count_back_like_years(tmp_path):
    res = extract(tmp_path, "协同发展实施6年多来，天津已承接北京转入企业2100多家。\n", title="天津承接", published="2020-08-12",
                  reference_year=2020)
    assert [(r["region"], r["year"], r["period_start"]) for r in out(res, "2100多家")] == [("tianjin", 2020, 2014)]

_LISTED = "2023年新认定的瞪羚企业中，北京212家、天津58家、河北96家，共计366家，占全国的9.8%；累计总数1530家。\n"
_LISTED_FRONT = _front("京津冀创新主体持续壮大", "2024-03-01", 2024)


@pytest.mark.parametrize("raw, region", [
    pytest.param("58家", "tianjin", id="places_items_after_the_set_they_count_take_its_name_as_measure"),
    pytest.param("366家", "jjj", id="the_total_of_places_items_is_all_of_theirs"),
    pytest.param("9.8%", "jjj", id="what_follows_the_total_is_not_the_last_items_place"),
    pytest.param("1530家", "jjj", id="nor_after_a_semicolon"),
])
def test_a_total_after_items_of_places(tmp_path, raw, region):
    res = extract(tmp_path, _LISTED, **_LISTED_FRONT)
    assert [(r["region"], r["year"]) for r in out(res, raw)] == [(region, 2023)]
    assert all("瞪羚企业" in r["candidate_id"] for r in out(res, raw) if raw.endswith("家") and raw != "1530家")


@pytest.mark.parametrize("title", ["京津冀科技创新发展", "上海科技创新发展"])
def test_a_total_of_places_that_make_up_no_region_is_in_doubt(tmp_path, title):
    res = extract(tmp_path, "2023年新认定的瞪羚企业中，北京212家、天津58家，共计270家，同比增长12%。\n", title=title,
                  published="2024-03-01", reference_year=2024)
    assert not out(res, "270家") and not out(res, "12%")


def test_a_total_said_in_its_clause_after_places_items_is_theirs_or_in_doubt(tmp_path):
    body = "2023年，北京接待游客3.3亿人次、天津2.3亿人次、河北8.9亿人次，旅游收入合计2.1万亿元。\n"
    res = extract(tmp_path, body, title="京津冀文旅融合", published="2024-03-01", reference_year=2024)
    assert [r["region"] for r in out(res, "2.1万亿元")] == ["jjj"]
    res = extract(tmp_path, "2023年，北京接待游客3.3亿人次、天津2.3亿人次，旅游收入合计1.2万亿元。\n", title="京津冀文旅融合",
                  published="2024-03-01", reference_year=2024)
    assert not out(res, "1.2万亿元")


def test_a_number_after_places_own_items_is_what_all_of_them_did(tmp_path):
    body = ("2023年，京津380家、河北410家医疗机构实现55项检验结果互认。"
            "京津105家医院与河北省内2100家医院接入远程医疗平台。\n")
    res = extract(tmp_path, body, title="京津冀医疗协同", published="2024-03-01", reference_year=2024)
    assert [r["region"] for r in out(res, "55项")] == ["jjj"]
    assert [r["region"] for r in out(res, "2100家")] == ["hebei"]  # (the last place's own number, 省内 between)

# (body, front matter, the figure as written): read as no figure at all
NOT_READ = [
    pytest.param("2023年，某钢铁集团完成粗钢产量1250万吨。\n", _front("钢铁生产", "2024-01-18", 2024),
                 "1250万吨", id="a_firms_output_is_still_no_places_figure"),
    pytest.param("2024年以来，“一核两翼”累计落地项目1200个，其中来自北京的项目300个。\n",
                 _front("产业新城建设取得新突破", "2025-09-10", 2025), "300个", id="the_part_of_a_figure_placed_nowhere_takes_no_default_place"),
    pytest.param("全市六大高端产业功能区稳步发展，2023年实现增加值2.4万亿元，占全市GDP的54.1%。\n",
                 _front("北京经济发展", "2024-03-10", 2024), "2.4万亿元", id="the_citys_counted_zones_opening_a_sentence_are_its_subject"),
    pytest.param("全市六大高端产业功能区稳步发展，2023年实现增加值2.4万亿元，占全市GDP的54.1%。\n",
                 _front("北京经济发展", "2024-03-10", 2024), "54.1%", id="and_their_share_of_the_city_is_theirs"),
]


@pytest.mark.parametrize("body, front, raw", NOT_READ)
def test_not_read(tmp_path, body, front, raw):
    assert not out(extract(tmp_path, body, **front), raw)
