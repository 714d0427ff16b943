"""Round 30 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, regions, why


def test_a_seaport_named_after_its_city_keeps_its_own_figures(tmp_path):
    res = extract(tmp_path, "2022年，唐山港完成货物吞吐量7.68亿吨，秦皇岛港完成1.93亿吨，天津港集装箱吞吐量2102万标准箱；"
                            "唐山市港口物流业增加值增长6.1%。\n",
                  title="环渤海港口2022年生产情况", published="2023-01-20", reference_year=2023)
    assert regions(res, "7.68亿吨") == ["tangshan_port"] and regions(res, "1.93亿吨") == ["qinhuangdao_port"]
    assert regions(res, "2102万标准箱") == ["tianjin_port"]
    assert regions(res, "6.1%") == ["tangshan"]  # the city's own figure stays the city's
    # the bonded zone named after the port is still the zone
    res = extract(tmp_path, "2022年，天津港保税区新增市场主体1200家。\n",
                  title="天津港保税区发展", published="2023-01-20", reference_year=2023)
    assert regions(res, "1200家") == ["tianjin_port_bonded_zone"]


def test_an_estimate_that_a_mark_will_be_passed_is_no_value_of_the_year(tmp_path):
    body = "据初步测算，预计2019年全区地区生产总值将突破2000亿元，预计全年一般公共预算收入完成186.5亿元。\n"
    res = extract(tmp_path, body, title="武清区2019年经济运行", published="2019-12-18", reference_year=2019)
    assert why(res, "突破2000亿元") == "target"
    assert why(res, "186.5亿元") == "target"  # the year still running, even in December, is forecast (round 67)
    # an estimate for a year already closed that it passed a mark is the preliminary figure, as it was
    res = extract(tmp_path, "2018年，全区研发投入强度预计超过3.1%。\n", title="武清区科技工作会议",
                  published="2019-02-20", reference_year=2019)
    assert [r["year"] for r in out(res, "超过3.1%")] == [2018]


def test_a_site_named_right_after_its_province_is_the_subject(tmp_path):
    res = extract(tmp_path, "作为非首都功能产业最为集中的地区之一，北京大红门两年间已累计关停各类批发市场总面积约86万平方米，"
                            "疏解从业人员3.1万人。\n", title="北京疏解非首都功能取得进展", published="2016-10-29", reference_year=2016)
    assert regions(res, "约86万平方米") == ["dahongmen"] and regions(res, "3.1万人") == ["dahongmen"]
    # a province and a city of another province side by side are still two places
    res = extract(tmp_path, "北京廊坊两地共签约项目36个。\n", title="京廊合作", published="2017-11-02", reference_year=2017)
    assert "langfang" not in regions(res, "36个")


def test_a_years_edition_is_a_name_and_since_it_came_out_a_period(tmp_path):
    res = extract(tmp_path, "据介绍，2018年版新增产业禁限目录发布以来，全市累计不予办理工商登记业务2.3万件。"
                            "全市按照2016年版标准新建公园绿地120公顷。\n",
                  title="北京疏解非首都功能进展", published="2019-11-17", reference_year=2019)
    assert [(r["year"], r["period_start"]) for r in out(res, "2.3万件")] == [(2019, 2018)]
    assert [r["year"] for r in out(res, "120公顷")] == [2019]


def test_today_after_a_dated_event_is_the_present_not_the_events_year(tmp_path):
    res = extract(tmp_path, "2021年9月京津冀实现异地就医直接结算，今天在京津冀三地5800多家医疗机构持卡即可结算。\n",
                  title="京冀异地就医", published="2024-08-10", reference_year=2024)
    assert [r["year"] for r in out(res, "5800多家")] == [2024]


def test_a_gap_to_another_measure_or_places_and_the_pool_of_a_ranking_are_no_figures(tmp_path):
    body = ("2024年，全区工业增加值增长7.3%，增速在全市12个涉农区中居首位；第三产业增加值增长5.6%，超过第二产业2.1个百分点。"
            "全区优良天数比京津冀13个城市平均多21天；服务业比重比上年提高1.2个百分点。\n")
    res = extract(tmp_path, body, title="静海区2024年经济运行", published="2025-03-10", reference_year=2025)
    assert why(res, "12个") == "rank" and why(res, "2.1个百分点") == "comparison between measures"
    assert why(res, "21天") == "comparison between regions"
    # a change on last year stays a change
    assert [r["year"] for r in out(res, "1.2个百分点")] == [2024]


def test_the_change_of_accounts_not_out_yet_is_the_year_befores_as_its_level(tmp_path):
    res = extract(tmp_path, "改革开放40年来，全市人均生产总值达到52310元，比1978年增长186.2倍。\n",
                  title="保定市经济社会发展成就", published="2018-10-20", reference_year=2018)
    assert [r["year"] for r in out(res, "52310元")] == [2017] and [r["year"] for r in out(res, "186.2倍")] == [2017]


def test_the_length_of_a_line_of_ours_is_its_figure_and_of_one_thing_none(tmp_path):
    res = extract(tmp_path, "12月30日，京唐城际铁路开通运营，线路全长148.74公里。新建的跨河大桥全长1.6公里。\n",
                  title="京唐城际铁路开通运营", published="2022-12-30", reference_year=2022)
    assert regions(res, "148.74公里") == ["jingtang_intercity"] and why(res, "1.6公里") == "dimension"


def test_things_a_list_sent_or_signed_are_no_count_of_the_list(tmp_path):
    res = extract(tmp_path, "今年以来，全区已签约来自北京、上海的30余个优质产业项目。京津冀在金融、信息、科技3个行业开展合作。\n",
                  title="宁河区招商引资", published="2024-09-21", reference_year=2024)
    assert regions(res, "30余个") == ["ninghe"] and why(res, "3个") == "count of a list"
