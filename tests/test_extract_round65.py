"""Round 65 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out, read_as_test
from tests.extract_support import release_front as _front

# (body, front matter, the figure as written, the (region, year) it is read as)
READ_AS = [
    pytest.param("2021年，承德市引进京津企业46家，带动3200多户贫困户稳定增收。\n",
                 _front("承德产业扶贫", "2022-05-10", 2022), "3200多户", ("chengde", 2021),
                 id="households_a_measure_lifted_are_counted_by_what_they_reached"),
    pytest.param("今年上半年，唐山市钢铁深加工产业实现营业收入860亿元，带动12.5万人实现就业。\n",
                 _front("唐山钢铁深加工产业", "2023-08-02", 2023), "12.5万人", ("tangshan", 2023),
                 id="people_brought_into_work_are_counted_by_the_work"),
    pytest.param("据省发改委介绍，前三季度，全省县域特色产业集群实现营业收入9800亿元。\n截至2022年底，全省省级产业集群有107个。\n",
                 _front("河北县域特色产业发布会", "2023-10", 2023), "9800亿元", ("hebei", 2023),
                 id="a_yearless_part_of_the_year_is_this_years_though_only_last_year_is_named"),
    pytest.param("截至去年底，全市共疏解商品交易市场96个，其中城六区疏解市场共64个。\n",
                 _front("北京疏解商品交易市场", "2016-03-02", 2016), "64个", ("chengliuqu", 2015),
                 id="a_place_opening_its_clause_sheds_the_markets_it_is_the_subject_of"),
    pytest.param("两年来，河北省已有150多家医疗机构和北京方面建立合作关系，合作项目达到260多个。\n",
                 _front("京冀医疗卫生协同发展", "2016-08-20", 2016), "260多个", ("hebei", 2016),
                 id="the_side_dealt_with_is_a_partner_not_the_subject"),
    pytest.param("截至2020年底，固安县各类产业园区总建筑面积达到315万平米。\n",
                 _front("固安产业园区建设", "2021-05-06", 2021), "315万平米", ("gu_an", 2020),
                 id="square_metres_as_spoken_are_a_unit"),
    pytest.param("截至目前，天津市40多个部门2万多名工作人员已迁入新办公区。\n",
                 _front("天津市级机关搬迁", "2022-06-15", 2022), "2万多名", ("tianjin", 2022),
                 id="people_a_count_of_bodies_has_are_no_bar_the_bodies_pass"),
    pytest.param("2015年至2020年，唐山市累计压减钢铁产能2100万吨。全市钢铁企业数量由40家减少到目前的20家。\n",
                 _front("唐山压减钢铁产能", "2021-09-10", 2021), "20家", ("tangshan", 2021),
                 id="a_change_that_ends_now_is_dated_now_not_by_the_year_carried"),
    pytest.param("2024年春运圆满收官。中国铁路北京局累计发送旅客3650万人次，日均发送旅客91.3万人次。\n",
                 _front("春运收官", "2024-03-08", 2024), "3650万人次", ("beijing_railway_bureau", 2024),
                 id="the_railway_bureau_reports_its_own_totals"),
    pytest.param("截至11月底，石家庄国际陆港今年已开行中欧班列520列，累计发送标箱5.1万个。\n",
                 _front("石家庄国际陆港中欧班列", "2023-12-05", 2023), "520列", ("shijiazhuang_dry_port", 2023),
                 id="the_shijiazhuang_dry_port_reports_its_own_trains"),
    pytest.param("截至目前，大厂影视小镇已签约影视文创企业60余家，签约投资额超80亿元。\n",
                 _front("大厂影视小镇建设", "2018-09-12", 2018), "60余家", ("dachang_film_town", 2018),
                 id="the_dachang_film_town_reports_its_own_firms"),
    pytest.param("3月10日，唐山市举行一季度重点项目集中开工活动，186个项目总投资960.5亿元。\n",
                 _front("唐山重点项目集中开工", "2021-03-11", 2021), "186个", ("tangshan", 2021),
                 id="projects_counted_before_their_sum_are_a_figure_too"),
    pytest.param("截至2021年底，河北累计改造棚户区住房190万套，帮助480多万棚户区居民改善了住房条件。\n",
                 _front("河北棚户区改造", "2022-05-20", 2022), "480多万", ("hebei", 2021),
                 id="shantytown_residents_in_ten_thousands_are_people"),
    pytest.param("今年前两个月，唐山市固定资产投资扭转去年以来的下降局面，增长8.6%。\n",
                 _front("唐山投资运行", "2021-03-20", 2021), "8.6%", ("tangshan", 2021),
                 id="a_change_after_a_trend_turned_is_the_change_of_the_measure_that_turned"),
    pytest.param("1-8月，天津高技术制造业投资在生物医药、新能源等项目带动下同比增长35.2%。\n",
                 _front("天津投资运行", "2023-09-20", 2023), "35.2%", ("tianjin", 2023),
                 id="what_drove_a_change_is_no_word_of_its_measure"),
    pytest.param("安平县丝网产业集群是全国特色产业集群，2022年行业实现营业收入980亿元。\n",
                 _front("安平丝网产业", "2023-06-09", 2023), "980亿元", ("anping", 2022),
                 id="the_country_in_what_a_place_is_described_as_is_no_subject"),
]


test_read_as = read_as_test(READ_AS)


def test_square_metres_as_spoken_keep_the_unit_as_written(tmp_path):
    res = extract(tmp_path, "2020年，固安县各类产业园区总建筑面积达到315万平米。\n", title="固安产业园区")
    assert {r["unit"] for r in out(res, "315万平米")} == {"万平米"}


def test_months_so_far_written_with_dao_are_the_part_of_the_year(tmp_path):
    res = extract(tmp_path, "今年1到8月，天津经开区规模以上工业企业实现营业收入3560亿元。\n", title="天津经开区经济运行",
                  published="2023-09-20", reference_year=2023)
    assert [r.get("candidate_id", "").split("|")[0] for r in out(res, "3560亿元")] == ["1-8月"]


def test_a_rounded_heading_and_the_exact_figure_after_it_are_both_read(tmp_path):
    body = "天津五一假期接待游客680万人次\n据市文旅局统计，五一假期期间，天津接待游客683.5万人次，同比增长12%。\n"
    res = extract(tmp_path, body, title="天津五一假期接待游客680万人次", published="2023-05-04", reference_year=2023)
    assert out(res, "683.5万人次") and out(res, "680万人次")


def test_a_value_far_from_the_first_of_its_measure_is_still_the_same_measure_said_twice(tmp_path):
    res = extract(tmp_path, "其中北京段长约2公里，河北段长约1.6公里。\n", title="跨界大桥通车")
    assert len(out(res, "约1.6公里")) == 0 or {r["region"] for r in out(res, "约1.6公里")} != {"beijing"}


@pytest.mark.parametrize("body", [
    "3月5日，一列满载110个标准集装箱货物的中欧班列从天津新港站出发。\n",
    "当天，搭载2300余名旅客的邮轮驶离天津国际邮轮母港。\n",
])
def test_one_vehicles_load_is_no_figure(tmp_path, body):
    res = extract(tmp_path, body, title="天津口岸动态", published="2024-03-06", reference_year=2024)
    assert not res.rows and not res.candidates


def test_people_lifted_need_a_deed_after_them(tmp_path):
    res = extract(tmp_path, "2021年，保定市扶贫产业园区带动2000名群众参观学习。\n", title="保定扶贫")
    assert not out(res, "2000名")
