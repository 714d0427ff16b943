"""Round 70 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out, read_as_test
from tests.extract_support import release_front as _front

# (body, front matter, the figure as written, the (region, year) it is read as)
READ_AS = [
    pytest.param("前三季度，唐山港集团完成货物吞吐量3.05亿吨，同比增长4.1%。\n", _front("唐山港生产经营", "2023-10-18", 2023),
                 "3.05亿吨", ("tangshan_port", 2023), id="a_port_groups_throughput_is_the_ports"),
]


def test_some_years_and_more_count_back_like_years(tmp_path):
    res = extract(tmp_path, "协同发展实施6年多来，天津已承接北京转入企业2100多家。\n", title="天津承接", published="2020-08-12",
                  reference_year=2020)
    assert [(r["region"], r["year"], r["period_start"]) for r in out(res, "2100多家")] == [("tianjin", 2020, 2014)]

test_read_as = read_as_test(READ_AS)

# (body, front matter, the figure as written): read as no figure at all
NOT_READ = [
    pytest.param("2023年，某钢铁集团完成粗钢产量1250万吨。\n", _front("钢铁生产", "2024-01-18", 2024),
                 "1250万吨", id="a_firms_output_is_still_no_places_figure"),
]


@pytest.mark.parametrize("body, front, raw", NOT_READ)
def test_not_read(tmp_path, body, front, raw):
    assert not out(extract(tmp_path, body, **front), raw)
