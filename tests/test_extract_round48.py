"""Round 48 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out


def _reasons(res, raw):
    return [s["reason"] for s in res.skipped if raw in s["raw"]]


def test_a_count_the_sentence_says_is_the_censuss_is_the_census_count(tmp_path):
    body = ("2023年末，保定市常住人口为921.6万人，比上年末减少2.3万人。\n\n"
            "全年出生人口5.1万人，死亡人口7.4万人。\n\n"
            "据第七次全国人口普查数据，截至2020年11月1日零时，保定市常住人口为9242310人，与2010年相比增加123456人。\n")
    res = extract(tmp_path, body, title="保定市2023年人口变动情况", published="2024-03-10", reference_year=2024)
    assert [(r["indicator"], r["year"]) for r in out(res, "9242310人")] == [("population_census", 2020)]
    assert [(r["indicator"], r["year"]) for r in out(res, "921.6万人")] == [("population_year_end", 2023)]
