"""Round 70 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out, read_as_test
from tests.extract_support import release_front as _front

# (body, front matter, the figure as written, the (region, year) it is read as)
READ_AS = [
    pytest.param("前三季度，唐山港集团完成货物吞吐量3.05亿吨，同比增长4.1%。\n", _front("唐山港生产经营", "2023-10-18", 2023),
                 "3.05亿吨", ("tangshan_port", 2023), id="a_port_groups_throughput_is_the_ports"),
    pytest.param("2022年，98个地表水国考断面中，优良断面比例为74.5%，比上年提高1.5个百分点。\n",
                 _front("2022年全省生态环境质量稳中向好 白洋淀流域水质保持Ⅲ类", "2023-06-02", 2023), "74.5%", ("hebei", 2022),
                 id="a_headline_opening_on_the_whole_province_is_its_news_not_the_sites_it_names"),
    pytest.param("2022年，全省地表水国考断面中，优良断面比例为74.5%。\n",
                 _front("2022年全省生态环境质量稳中向好 白洋淀流域水质保持Ⅲ类", "2023-06-02", 2023), "74.5%", ("hebei", 2022),
                 id="and_its_whole_province_is_the_one_the_site_lies_in"),
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
