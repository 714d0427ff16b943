"""Round 10 of issue 8: 区域 after a time as the subject, a paragraph's part of the
year ended by a sentence naming its own year, and 其中 without a comma as a breakdown. Sentences are our own."""
from __future__ import annotations

from tests.extract_support import extract, out, rows, why


def _release(tmp_path, body, title="测试稿"):
    return extract(tmp_path, body, title=title, reference_year=2025, published="2025-02")


# -- 1. 区域 right after a time is the release's area ---------------------------------------------------------------
def test_area_anaphor_after_a_year_takes_the_headline_region(tmp_path):
    res = _release(tmp_path, "2024年区域地区生产总值为10.8万亿元，按现价计算。\n", title="京津冀经济总量再上台阶")
    assert rows(res, "10.8万亿元") == [("gdp", "jjj", 2024)]


def test_area_anaphor_after_a_year_is_skipped_when_the_headline_names_no_area(tmp_path):
    res = _release(tmp_path, "2024年区域地区生产总值为10.8万亿元。\n", title="经济运行情况通报")
    assert out(res, "10.8万亿元") == []


def test_area_inside_a_compound_is_still_no_subject(tmp_path):
    res = _release(tmp_path, "今年区域性合作项目投资120亿元。\n", title="京津冀合作成果")
    assert rows(res, "120亿元") == []


# -- 2. a part of the year ends where a sentence names its own year ----------------------------------------------------
def test_months_named_for_one_place_do_not_reach_the_next_sentence_with_its_own_year(tmp_path):
    res = _release(tmp_path, "今年前9个月，雄安新区新登记经营主体9000家。北京城市副中心2024年完成固定资产投资1100亿元以上。\n")
    assert rows(res, "1100亿元以上") == [("subcentre_fixed_asset_investment", "subcentre", 2024)]


def test_months_still_hold_for_the_next_sentence_without_a_year(tmp_path):
    res = _release(tmp_path, "1-9月，北京城市副中心完成固定资产投资800亿元。同比增长10%。\n")
    assert rows(res, "800亿元") == []  # a nine-month figure is not the annual indicator


def test_a_base_period_year_does_not_end_the_months(tmp_path):
    res = _release(tmp_path, "1-9月，北京城市副中心完成固定资产投资800亿元，比2023年同期增长10%。\n")
    assert rows(res, "800亿元") == []


# -- 3. 其中 without a comma breaks down the sentence before -----------------------------------------------------------
def test_breakdown_without_comma_takes_the_measure_of_the_sentence_before(tmp_path):
    res = _release(tmp_path, "研发经费投入强度居前的有北京、上海和天津。其中北京为6.58%，天津为3.66%。\n",
                   title="2024年全国科技经费投入统计公报")
    assert rows(res, "6.58%") == [("rd_intensity", "beijing", 2024)]
    assert rows(res, "3.66%") == [("rd_intensity", "tianjin", 2024)]


def test_breakdown_does_not_give_a_province_outside_ours_a_row(tmp_path):
    res = _release(tmp_path, "研发经费投入强度居前的有北京、上海和天津。其中上海为4.35%。\n",
                   title="2024年全国科技经费投入统计公报")
    assert out(res, "4.35%") == []


# -- 4. the year of a multiple's base is no time, even with a place between 是 and it ------------------------------
def test_year_before_a_multiple_is_its_base_and_the_breakdown_keeps_the_total_year(tmp_path):
    res = _release(tmp_path, "2023年，京津冀地区生产总值合计10.4万亿元，是北京2014年的1.6倍；其中，天津1.7万亿元。\n")
    assert rows(res, "1.7万亿元") == [("gdp", "tianjin", 2023)]


def test_place_compared_through_a_year_is_no_subject(tmp_path):
    res = _release(tmp_path, "2023年，河北工业增加值是北京2013年的2.4倍。\n")
    assert [r["region"] for r in out(res, "2.4倍")] != ["beijing"]


# -- 5. places: two provinces written together, a district, the 2+26 group with 地区 -------------------------------
def test_two_provinces_written_without_separator_are_the_pair(tmp_path):
    res = _release(tmp_path, "2024年，北京流向天津河北的技术合同成交额达到800亿元。\n")
    assert rows(res, "800亿元") == [("tech_contract_turnover_to_tjhb", "tianjin_hebei", 2024)]


def test_a_district_of_a_hebei_city_is_its_own_region_from_a_traditional_headline(tmp_path):
    res = _release(tmp_path, "2024年，全区PM2.5年均濃度為15微克/立方米。\n", title="探訪生態崇禮")
    assert rows(res, "15微克/立方米") == [("pm25_annual_mean", "chongli", 2024)]


def test_2plus26_cities_written_with_diqu_are_one_group(tmp_path):
    res = _release(tmp_path, "2024年，京津冀及周边地区“2+26”城市PM2.5平均浓度为45微克/立方米。\n")
    assert rows(res, "45微克/立方米") == [("pm25_annual_mean", "jjj_2plus26", 2024)]


# -- 6. a count of projects, then their total investment --------------------------------------------------------------
def test_total_investment_after_a_count_of_projects_is_the_projects_total(tmp_path):
    res = _release(tmp_path, "2024年，廊坊市签约落地项目60个，总投资320亿元。\n")
    assert [(r["phrase"], r["region"], r["year"]) for r in out(res, "320亿元")] == [("项目总投资", "langfang", 2024)]


def test_bare_total_investment_without_projects_counted_is_still_no_measure(tmp_path):
    res = _release(tmp_path, "2024年，廊坊市经济稳定增长，总投资320亿元。\n")
    assert out(res, "320亿元") == []


# -- 7. names that hold a place's abbreviation ------------------------------------------------------------------------
def test_a_rail_line_name_is_no_place(tmp_path):
    res = _release(tmp_path, "2024年，京雄城际的旅客发送量达到300万人次。\n")
    assert [r["region"] for r in out(res, "300万人次")] != ["beijing"]


def test_firms_from_beijing_are_not_beijing(tmp_path):
    res = _release(tmp_path, "2024年，固安科技园入驻企业500家，京企占比达60%。\n")
    assert all(r["region"] != "beijing" for r in out(res, "60%"))


def test_a_partner_after_yu_is_not_the_subject(tmp_path):
    res = _release(tmp_path, "2024年，滨海新区深化与北京高校合作，转化成果项目90个。\n")
    assert all(r["region"] != "beijing" for r in out(res, "90个"))


# -- 8. parts of the year that are not quarters: a window of days, a heating season ----------------------------------
def test_a_window_of_days_is_no_annual_mean_and_is_dated_by_the_spring_release(tmp_path):
    res = extract(tmp_path, "2月4日至20日，北京市PM2.5平均浓度为26微克/立方米。\n", reference_year=2022, published="2022-02-25")
    assert rows(res, "26微克/立方米") == []
    assert [(r["candidate_id"].split("|")[0], r["year"]) for r in out(res, "26微克/立方米")] == [("2月4日至20日", 2022)]


def test_a_season_named_in_the_first_sentence_holds_for_the_release(tmp_path):
    body = ("生态环境部通报了2023—2024年秋冬季空气质量目标完成情况。\n"
            "其中，北京PM2.5平均浓度为40微克/立方米。\n"
            "廊坊PM2.5平均浓度为50微克/立方米。\n")
    res = extract(tmp_path, body, reference_year=2024, published="2024-04")
    assert rows(res, "40微克/立方米") == [] and rows(res, "50微克/立方米") == []
    assert {(r["region"], r["year"], r["candidate_id"].split("|")[0]) for r in res.candidates} >= {
        ("beijing", 2024, "秋冬季"), ("langfang", 2024, "秋冬季")}


# -- 9. a list of places only some of which are ours -------------------------------------------------------------------
def test_list_with_other_provinces_cities_pairs_by_position(tmp_path):
    res = _release(tmp_path, "2024年PM2.5浓度最高的城市依次是安阳、石家庄和邢台，分别为60、55和52微克/立方米。\n")
    assert [r["region"] for r in out(res, "60")] == []
    assert [r["region"] for r in out(res, "55")] == ["shijiazhuang"]
    assert [r["region"] for r in out(res, "52微克/立方米")] == ["xingtai"]


def test_list_that_does_not_fit_the_numbers_pairs_nothing(tmp_path):
    res = _release(tmp_path, "2024年PM2.5浓度较低的城市有张家口、承德和秦皇岛等，分别为20和25微克/立方米。\n")
    assert out(res, "20") == [] and out(res, "25微克/立方米") == []


# -- 10. the value reached after 从…下降到 is a level, whatever base the sentence compared with ----------------------------
def test_value_reached_is_a_level_after_a_comparison_with_a_base_year(tmp_path):
    res = _release(tmp_path, "2024年，京津冀PM2.5浓度比2013年下降60%，北京市PM2.5浓度从89.5微克/立方米下降到30.5微克/立方米。\n")
    assert rows(res, "30.5微克/立方米") == [("pm25_annual_mean", "beijing", 2024)]


# -- 11. time words: 目前 after an event's date, a floor kept for years, the year's total -----------------------------
def test_now_is_not_the_year_of_an_event_named_before(tmp_path):
    res = extract(tmp_path, "张承高速去年底已全线通车。目前，承德共引进京津项目300个。\n", reference_year=2016, published="2016-10")
    assert [(r["region"], r["year"]) for r in out(res, "300个")] == [("chengde", 2016)]


def test_a_floor_kept_over_years_is_no_value(tmp_path):
    res = _release(tmp_path, "近几年，河北省人口增量保持在30万人以上。\n")
    assert why(res, "30万人以上") == "threshold"


def test_the_years_total_is_not_a_running_total(tmp_path):
    res = _release(tmp_path, "2024年，副中心全年累计完成固定资产投资1100亿元。\n")
    assert rows(res, "1100亿元") == [("subcentre_fixed_asset_investment", "subcentre", 2024)]


def test_a_running_total_stays_one(tmp_path):
    res = _release(tmp_path, "截至2024年底，副中心累计完成固定资产投资6000亿元。\n")
    assert rows(res, "6000亿元") == [("subcentre_fixed_asset_investment_cumulative", "subcentre", 2024)]


# -- 12. a quarter's release that names last year -------------------------------------------------------------------------
def test_last_year_named_in_a_quarters_release_is_annual(tmp_path):
    res = extract(tmp_path, "据悉，2023年雄安新区固定资产投资同比增长16%。\n", title="雄安新区2024年一季度项目集中开工",
                  reference_year=2024, published="2024-02")
    assert rows(res, "16%") == [("xiongan_investment_growth", "xiongan", 2023)]


def test_a_places_bare_investment_growth_is_its_fixed_asset_investment(tmp_path):
    res = _release(tmp_path, "2024年上半年，雄安新区投资同比增长12.5%。\n")
    assert [r["candidate_id"] for r in out(res, "12.5%")] == ["上半年|固定资产投资|%|change"]


# -- 13. not figures of a place: how often it ranked first, how far it lies ------------------------------------------------
def test_times_ranked_first_and_distance_are_no_figures(tmp_path):
    res = _release(tmp_path, "2024年，崇礼5次全省年度排名第一。崇礼距离市区只有50多公里。\n")
    assert why(res, "5次") == "rank"
    assert out(res, "50多公里") == []


def test_years_of_a_running_total_stay_out_of_its_phrase(tmp_path):
    res = _release(tmp_path, "北京向津冀输出技术成交额9年累计2000亿元。\n")
    assert all("年" not in r["candidate_id"].split("|")[0] for r in out(res, "2000亿元"))
