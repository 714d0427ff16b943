"""Round 31 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, regions, skip_reasons, why


def test_a_named_mall_or_garment_city_is_a_site_of_its_own_not_its_city(tmp_path):
    body = ("沧州华北商贸城目前已累计签约5200余户北京商户，华北商贸城D座营业面积4.2万平方米。\n"
            "截至目前，累计签约北京商户5200余户，全市新增市场主体1.1万户。\n")
    res = extract(tmp_path, body, title="沧州承接北京批发市场", published="2019-06-12", reference_year=2019)
    assert "sub-area" in skip_reasons(res, "5200余户") and why(res, "4.2万平方米") == "sub-area"
    assert out(res, "5200余户") == []  # said again without the mall: still the mall's, not 沧州's
    assert regions(res, "1.1万户") == ["cangzhou"]  # the city's own figure stays the city's
    res = extract(tmp_path, "2020年，永清国际服装城入驻企业310家。\n", title="永清承接服装产业",
                  published="2021-05-10", reference_year=2021)
    assert why(res, "310家") == "sub-area"
