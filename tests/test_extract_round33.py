"""Round 33 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, regions, why


def test_a_site_named_after_its_place_is_not_the_place(tmp_path):
    body = ("据介绍，河北霸州国际商贸城于2015年开工，已签约320余家北京商户入驻，建成商铺12万平方米。"
            "2016年，霸州市地区生产总值410亿元。\n")
    res = extract(tmp_path, body, title="北京商户抱团入驻霸州国际商贸城", published="2016-08-12", reference_year=2016)
    assert why(res, "320余家") == "sub-area" and why(res, "12万平方米") == "sub-area"
    assert regions(res, "410亿元") == ["bazhou"]  # the place named as itself keeps its figure
    # a headline about the site leaves a sentence naming no place to the site
    body = "2016年，市场新入驻商户1500户，日均客流3万人次。\n"
    res = extract(tmp_path, body, title="霸州国际商贸城一期开业", published="2016-08-12", reference_year=2016)
    assert why(res, "1500户") == "sub-area"
    # a headline naming the place as itself still gives it
    res = extract(tmp_path, body, title="霸州市承接北京商户", published="2016-08-12", reference_year=2016)
    assert regions(res, "1500户") == ["bazhou"]


def test_a_new_areas_zhongguancun_park_stays_with_the_new_area(tmp_path):
    body = "2024年，雄安新区中关村科技园新增入驻企业58家。\n"
    res = extract(tmp_path, body, title="雄安中关村科技园发展", published="2024-12-20", reference_year=2024)
    assert regions(res, "58家") == ["xiongan"]
