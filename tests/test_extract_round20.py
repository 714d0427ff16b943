"""Round 20 of issue 8: whose figures (the district a subcentre lies in, said as such), …
Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out

ROWS_OF = [
    pytest.param("2024年，副中心所在的通州区实现地区生产总值1500亿元。\n",
                 dict(title="城市副中心建设成效", published="2025-02-20", reference_year=2025),
                 "1500亿元", [("tongzhou", 2024)],
                 id="the_district_a_subcentre_lies_in_said_as_such_is_the_district"),
    pytest.param("区长介绍，2024年，全区新设经营主体同比增长60%。\n",
                 dict(title="城市副中心建设成效", published="2025-01-15", reference_year=2025),
                 "60%", [("tongzhou", 2024)],
                 id="the_whole_district_in_a_subcentre_release_is_the_district"),
    pytest.param("通州区区长介绍，2024年，副中心新设经营主体同比增长60%。\n",
                 dict(title="城市副中心建设成效", published="2025-01-15", reference_year=2025),
                 "60%", [("subcentre", 2024)],
                 id="control_a_district_head_speaking_of_the_subcentre"),
]


@pytest.mark.parametrize("body, front, raw, expected", ROWS_OF)
def test_region_and_year_of(tmp_path, body, front, raw, expected):
    res = extract(tmp_path, body, **front)
    assert [(r["region"], r["year"]) for r in out(res, raw)] == expected
