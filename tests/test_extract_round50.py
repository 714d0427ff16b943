"""Round 50 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out


def test_a_first_sentence_opening_on_a_citys_party_committee_makes_the_release_that_citys(tmp_path):
    body = ("近年来，廊坊市委、市政府把改善民生放在首位，群众生活明显改善。\n\n"
            "2021年，全体居民人均可支配收入31234元，增长8.1%。\n")
    res = extract(tmp_path, body, title="群众生活水平稳步提高", published="2022-03-10", reference_year=2022)
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "31234元")] == [
        ("disposable_income_per_capita", "langfang", 2021)]


def test_a_government_named_as_a_partner_in_the_first_sentence_does_not_make_the_release_its(tmp_path):
    body = ("某能源公司早在2010年就与廊坊市政府签订合作协议，共同开发地热资源。\n\n"
            "2021年，全体居民人均可支配收入31234元，增长8.1%。\n")
    res = extract(tmp_path, body, title="地热开发稳步推进", published="2022-03-10", reference_year=2022)
    assert out(res, "31234元") == []


def test_the_county_anaphor_goes_to_the_county_named_not_to_the_district_that_aids_it(tmp_path):
    body = ("作为北京市西城区结对帮扶地区，“阜平文化周”在京开幕。\n\n"
            "截至2018年底，全县贫困发生率为3.15%，未脱贫人口5200人。\n")
    res = extract(tmp_path, body, title="“阜平文化周”亮相北京", published="2019-07-21", reference_year=2019)
    assert {r["region"] for r in out(res, "3.15%")} == {"fuping"}


def test_money_invested_in_hebei_and_inner_mongolia_together_is_not_hebeis(tmp_path):
    body = "2019年，北京累计引导300多家京企在河北内蒙两地投资180亿元。\n"
    res = extract(tmp_path, body, title="北京扶贫协作成效显著", published="2020-01-14", reference_year=2020)
    assert "hebei" not in {r["region"] for r in out(res, "180亿元")}
