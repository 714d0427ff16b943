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
