"""Round 60 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out


def test_a_section_title_giving_a_figure_is_not_the_start_of_the_sentence_under_it(tmp_path):
    body = ("今年一季度，某市经济平稳。\n规上工业高技术产业增加值同比增长12%\n"
            "今年一季度，北京规模以上工业增加值按可比价格计算，同比增长7.5%，比1-2月提高1.1个百分点。\n")
    res = extract(tmp_path, body, title="北京一季度经济运行", reference_year=2024, published="2024-04-18")
    [growth] = out(res, "7.5%")
    assert (growth["region"], growth["year"]) == ("beijing", 2024)
    assert "高技术" not in (growth.get("candidate_id") or growth.get("indicator"))
