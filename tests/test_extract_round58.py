"""Round 58 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract


def test_a_total_reached_after_the_years_new_ones_is_the_same_things_level(tmp_path):
    body = "2016年全年，天津港口建设投资共计完成120亿元，全年新增生产性泊位12个，共计达到176个。\n"
    res = extract(tmp_path, body, title="天津港口建设", reference_year=2017, published="2017-01-20")
    [total] = [c for c in res.candidates if c["raw"] == "176个"]
    assert (total["region"], total["year"], total["value"]) == ("tianjin", 2016, 176)
    assert "泊位" in total["candidate_id"] and "change" not in total["candidate_id"]
