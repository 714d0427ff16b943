"""Round 25 of issue 8: a beginning dated in a clause of its own with a running total after it, …
Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, rows


def test_a_running_total_after_a_dated_beginning_is_counted_up_to_now(tmp_path):
    res = extract(tmp_path, "据了解，河北香河国际家具城于2012年6月开工建设，占地5000亩，已吸引家具企业410家入驻。\n",
                  title="香河家具产业园承接北京企业", published="2016-09-20", reference_year=2016)
    assert [(r["region"], r["year"], r["period_start"]) for r in out(res, "410家")] == [("xianghe", 2016, 2012)]


def test_a_months_air_bulletin_dates_its_figures_that_month_not_last_year(tmp_path):
    res = extract(tmp_path, "本报北京2月18日讯 环境保护部今天发布了2015年1月份重点区域和74个城市空气质量状况。\n\n"
                  "京津冀区域13个城市平均达标天数比例为31.2%，重度及以上污染天数比例为22.7%。\n",
                  title="环保部通报1月份空气质量", published="2015-02-19", reference_year=2015)
    assert rows(res, "31.2%") == []
    assert [(r["region"], r["year"], r["candidate_id"]) for r in out(res, "31.2%")] == [
        ("jjj", 2015, "1月|城市平均达标天数比例|%|share")]


def test_the_regions_thirteen_city_average_is_its_good_air_days_ratio(tmp_path):
    res = extract(tmp_path, "2017年，京津冀区域13个城市平均优良天数比例为56.0%，同比上升0.8个百分点。\n",
                  title="2017年重点区域空气质量", published="2018-01-20", reference_year=2018)
    assert rows(res, "56.0%") == [("good_air_days_ratio", "jjj", 2017)]


def test_places_ranked_with_their_values_in_brackets_take_their_own_value(tmp_path):
    res = extract(tmp_path, "2018年，各地居民人均消费支出排名前五位的分别是上海(43351元)、北京(39843元)、浙江(29471元)、"
                  "天津(29903元)、广东(26054元)。\n", title="各地居民消费支出排行", published="2019-03-01", reference_year=2019)
    assert rows(res, "39843元") == [("consumption_expenditure_per_capita", "beijing", 2018)]
    assert rows(res, "29903元") == [("consumption_expenditure_per_capita", "tianjin", 2018)]
    assert rows(res, "43351元") == []
