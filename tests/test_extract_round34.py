"""Round 34 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, regions, why


def test_a_station_or_a_train_service_named_after_its_place_is_a_site(tmp_path):
    body = "2024年，保定站发送旅客520万人次，保定市地区生产总值4200亿元。\n"
    res = extract(tmp_path, body, title="保定交通运输", published="2025-01-20", reference_year=2025)
    assert why(res, "520万人次") == "sub-area"
    assert regions(res, "4200亿元") == ["baoding"]
    res = extract(tmp_path, "开行以来，雄安动车组累计发送旅客36.2万人次。\n", title="京雄铁路运输",
                  published="2018-05-02", reference_year=2018)
    assert why(res, "36.2万人次") == "sub-area"
    # a station hub built is the place's project
    res = extract(tmp_path, "2023年，副中心站综合交通枢纽主体结构完成75%。\n", title="城市副中心建设",
                  published="2024-01-10", reference_year=2024)
    assert regions(res, "75%") == ["subcentre"]
