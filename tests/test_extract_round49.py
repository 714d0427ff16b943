"""Round 49 of issue 8. Every sentence is written for the test; none is copied from a release."""

from __future__ import annotations

from tests.extract_support import extract, out


def test_a_headline_opening_on_a_city_then_its_district_is_about_the_district(tmp_path):
    body = "2023年，优良天数271天，比上年增加9天。\n"
    res = extract(tmp_path, body, title="北京：顺义区空气质量持续改善", published="2024-02-20", reference_year=2024)
    assert {r["region"] for r in out(res, "271天")} == {"shunyi"}


def test_the_headline_restated_as_a_label_line_gives_the_district_not_the_city(tmp_path):
    body = ("北京：顺义区空气质量持续改善\n\n"
            "1月20日，北京市生态环境局召开发布会。\n\n"
            "2023年，顺义区PM2.5年均浓度31微克/立方米。优良天数271天（扣除沙尘影响），较2013年增加90多天。\n")
    res = extract(tmp_path, body, title="北京：顺义区空气质量持续改善", published="2024-02-20", reference_year=2024)
    assert {r["region"] for r in out(res, "271天")} == {"shunyi"}
