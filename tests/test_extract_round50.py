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
