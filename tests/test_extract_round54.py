"""Round 54 of issue 8. Every sentence is written for the test; none is copied from a release."""

from __future__ import annotations

from tests.extract_support import extract, out, regions


def test_a_communique_by_a_statistics_bureau_and_its_survey_team_is_that_places(tmp_path):
    body = "2025年全年研究生教育招生3.2万人，在学研究生9.8万人。\n"
    res = extract(tmp_path, body, title="教育和科学技术", publisher="天津市统计局, 国家统计局天津调查总队",
                  published="2026-03-15", reference_year=2026)
    assert regions(res, "3.2万人") == ["tianjin"] and regions(res, "9.8万人") == ["tianjin"]


def test_a_newspaper_beside_a_bureau_does_not_make_the_release_the_places(tmp_path):
    body = "2025年全年研究生教育招生3.2万人。\n"
    res = extract(tmp_path, body, title="教育和科学技术", publisher="天津市统计局, 人民日报",
                  published="2026-03-15", reference_year=2026)
    assert out(res, "3.2万人") == []
