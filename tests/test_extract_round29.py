"""Round 29 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, regions, said


def test_a_district_a_headline_ranks_is_not_what_the_release_is_about(tmp_path):
    res = extract(tmp_path, "今年4月，全市PM10、SO2和NO2等3项污染物浓度均同比下降，降幅分别为8.2%、15.0%和6.4%。\n",
                  title="天津4月空气质量同比改善 蓟州最好宝坻较差", published="2019-05-12", reference_year=2019)
    assert said(res, "15.0%") == {"tianjin"}
    # a headline about the district alone is still the district's
    res = extract(tmp_path, "今年4月，PM10、SO2和NO2等3项污染物浓度均同比下降，降幅分别为8.2%、15.0%和6.4%。\n",
                  title="宝坻区4月空气质量同比改善", published="2019-05-12", reference_year=2019)
    assert said(res, "15.0%") == {"baodi"}


def test_a_place_that_leads_an_area_none_of_ours_lends_it_no_figures(tmp_path):
    res = extract(tmp_path, "一季度，以黄骅港为龙头的临港产业带增加值增长12.6%，占全市经济总量的比重达到28.4%。\n",
                  title="沧州一季度经济运行", published="2022-04-28", reference_year=2022)
    assert not {"huanghua", "cangzhou"} & set(regions(res, "12.6%") + regions(res, "28.4%"))


def test_the_low_end_of_a_range_written_with_dao_is_no_figure(tmp_path):
    res = extract(tmp_path, "园区研发岗位年薪普遍在18万元到25万元，园区企业新增就业岗位3200个。\n",
                  title="廊坊临空经济区人才招聘会", published="2019-04-20", reference_year=2019)
    assert said(res, "18万元") == set() and said(res, "3200个") == {"langfang_linkong"}


def test_the_size_of_one_group_or_building_is_no_figure_of_the_place(tmp_path):
    res = extract(tmp_path, "国庆假期，承德迎来一个260人的自驾车旅行团；全市接待游客85.3万人次。\n",
                  title="承德国庆假期旅游市场", published="2021-10-08", reference_year=2021)
    assert said(res, "260人") == set() and said(res, "85.3万人次") == {"chengde"}


def test_the_year_of_a_multiples_base_written_without_de_dates_nothing_after_it(tmp_path):
    res = extract(tmp_path, "2019年京津冀三地互投金额达865.3亿元，是2014年3.2倍，较2018年增长21.6%。\n",
                  title="京津两地企业互投报告", published="2020-04-10", reference_year=2020)
    assert said(res, "21.6%", "year") == {2019} and said(res, "3.2倍", "base_year") == {2014}
