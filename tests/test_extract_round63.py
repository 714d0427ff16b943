"""Round 63 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import read_as_test
from tests.extract_support import release_front as _front

# (body, front matter, the figure as written, the (region, year) it is read as)
READ_AS = [
    pytest.param("生态环境部近日通报了2023年全国环境空气质量状况。\n"
                 "图3 2023年1—12月全国地级及以上城市各级别天数比例\n重点城市\n"
                 "天津市12月优良天数比例为71.0%，同比持平。1—12月，优良天数比例为66.3%，PM2.5浓度为41微克/立方米。\n",
                 _front("全国城市空气质量排名发布", "2024-01-25", 2024), "66.3%", ("tianjin", 2023),
                 id="a_charts_caption_and_a_title_under_it_start_no_sentence"),
    pytest.param("7月20日午间，河北南网最大负荷达4650万千瓦，超过2022年最大负荷4420万千瓦；天津电网最大负荷达1650万千瓦，创历史新高。\n",
                 _front("迎峰度夏电网负荷创新高", "2023-07-24", 2023), "1650万千瓦", ("tianjin", 2023),
                 id="the_year_of_a_record_passed_dates_no_clause_after_it"),
    pytest.param("人口发展稳中有变。2023年末，天津市常住人口1364万人，较高峰时的1387万人(2019年)减少了23万人。\n",
                 _front("天津人口发展报告", "2024-05-10", 2024), "23万人", ("tianjin", 2023),
                 id="a_year_in_brackets_after_a_figure_dates_that_figure_only"),
    pytest.param("2024年，武清区固定资产投资突破千亿元，地区生产总值迈上千亿台阶。\n",
                 _front("武清区经济发展综述", "2025-02-10", 2025), "突破千亿元", ("wuqing", 2024),
                 id="two_measures_of_one_amount_in_one_sentence_are_two_facts"),
    pytest.param("天津市国家高新技术企业数量从去年底的9200家增加到今年9月底的11000家。\n",
                 _front("天津高新技术企业扩容", "2023-10-20", 2023), "11000家", ("tianjin", 2023),
                 id="a_change_to_a_month_of_this_year_keeps_the_measure_of_its_start"),
    pytest.param("据调查队监测，3月份我市居民消费价格环比下降0.4%；同比上涨1.6%，涨幅比上月扩大0.3个百分点。\n",
                 _front("3月份石家庄市CPI同比上涨1.6%", "2023-04-15", 2023), "1.6%", ("shijiazhuang", 2023),
                 id="a_change_on_the_year_before_after_a_months_change_is_a_measure_of_its_own"),
    pytest.param("记者从日前召开的天津市2024年工业和信息化工作会议上获悉，2023年1月至11月，天津市规模以上工业增加值增长3.6%。"
                 "工业战略性新兴产业增加值增长6.2%，高于全市工业2.6个百分点。\n",
                 _front("天津工业经济稳中有进", "2024-01-20", 2024), "6.2%", ("tianjin", 2023),
                 id="a_meeting_of_this_year_named_by_its_year_dates_no_figure"),
]


test_read_as = read_as_test(READ_AS)
