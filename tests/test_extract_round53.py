"""Round 53 of issue 8. Every sentence is written for the test; none is copied from a release."""

from __future__ import annotations

from tests.extract_support import extract, out


def test_the_share_after_an_age_groups_count_is_that_age_groups_share(tmp_path):
    body = "全市常住人口中，0-14岁人口为51234人，占18.21%；60岁及以上人口为60312人，占21.43%。\n"
    res = extract(tmp_path, body, title="迁安市第七次全国人口普查公报", published="2021-06-10", reference_year=2021)
    ids = [r["candidate_id"] for r in out(res, "18.21%") + out(res, "21.43%")]
    assert ids == ["0-14岁人口|%|share", "60岁及以上人口|%|share"]


def test_the_census_compared_with_is_no_other_place_and_no_measure(tmp_path):
    body = ("现将2020年11月1日零时全市人口的基本情况公布如下：全市常住人口为281234人，与2010年第六次全国人口普查的265432人相比，"
            "增加15802人，增长5.95%。与2010年第六次全国人口普查相比，65岁及以上人口的比重提高4.12个百分点。\n")
    res = extract(tmp_path, body, title="迁安市第七次全国人口普查公报", published="2021-06-10", reference_year=2021)
    assert [(r["candidate_id"], r["region"]) for r in out(res, "15802人")] == [("常住人口|人|change", "qian_an")]
    assert [r["candidate_id"] for r in out(res, "4.12个百分点")] == ["65岁及以上人口比重|个百分点|change"]


def test_a_census_communique_reposted_under_a_sites_own_lines_dates_its_figures_by_the_census(tmp_path):
    body = ("唐山总人口有多少？小编整理了一些资料，供大家参考。\n\n唐山人口这几年是增长还是下降，请看下文。\n\n"
            "唐山市第七次全国人口普查公报\n\n全市共有家庭户2612345户，集体户81234户。\n")
    res = extract(tmp_path, body, title="唐山人口有多少", published="2023-05-02", reference_year=2023)
    assert [r["year"] for r in out(res, "2612345户")] == [2020]


def test_the_census_moment_dates_the_yearless_paragraphs_after_it_on_a_page_that_began_with_a_later_year(tmp_path):
    body = ("2021年末，沧州市常住人口为730.1万人。\n\n2021年全市出生人口5.12万人。\n\n根据第七次人口普查数据，截至2020年11月1日零时，沧州市常住人口为7300783人。\n\n"
            "全市常住人口中，男性人口为368.12万人，占50.42%。\n")
    res = extract(tmp_path, body, title="沧州人口统计", published="2022-04", reference_year=2022)
    assert [r["year"] for r in out(res, "368.12万人")] == [2020]
    assert [r["year"] for r in out(res, "730.1万人")] == [2021]
