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


# -- 14. the level of a comparison's base names its measure nearby ---------------------------------------------------
def test_base_years_level_does_not_borrow_a_measure_from_far_back(tmp_path):
    res = _release(tmp_path, "北京2024年达标天数290天，较2013年增加114天；一级优天数明显增加，2024年为120天，较2013年的41天增加79天。\n")
    assert rows(res, "290天") == [("good_air_days", "beijing", 2024)]
    assert not rows(res, "41天")  # the grade-I days of 2013, not the good days


def test_base_years_level_next_to_its_measure_is_kept(tmp_path):
    res = _release(tmp_path, "2024年，北京PM2.5年均浓度为30微克/立方米，较2013年的89.5微克/立方米下降59.5微克/立方米。\n")
    assert rows(res, "89.5微克/立方米") == [("pm25_annual_mean", "beijing", 2013)]


def test_as_of_now_and_since_a_year_end_the_months_named_before(tmp_path):
    res = extract(tmp_path, "今年1至9月，全省引进京津项目2000个。截至目前，廊坊市共签约项目300个。"
                            "2014年以来，河北累计承接京津转入法人单位2.5万个。\n", reference_year=2019, published="2019-11")
    assert all(not r["candidate_id"].startswith("前三季度") for r in out(res, "300个") if "candidate_id" in r)
    assert rows(res, "2.5万个") == [("units_transferred_to_hebei_cumulative", "hebei", 2019)]


# -- 15. a sentence that names no place goes on about the one before --------------------------------------------------
def test_sentence_without_a_place_goes_on_about_the_place_before(tmp_path):
    res = _release(tmp_path, "2024年，“2+26”城市PM2.5平均浓度为40微克/立方米。优良天数比例为65.5%。\n")
    assert rows(res, "65.5%") == [("good_air_days_ratio", "jjj_2plus26", 2024)]


def test_a_sentence_naming_another_year_is_not_the_place_befores(tmp_path):
    # (round 58: the release names 北京 too, so no sole place of the release gives the figure a region either)
    res = _release(tmp_path, "2024年，天津快递业务量完成6.1亿件。2021年新建冷链仓库12座。\n\n北京快递业务量完成2.1亿件。\n")
    assert why(res, "12座") == "no region"


def test_a_sentence_with_two_places_sets_no_topic(tmp_path):
    res = _release(tmp_path, "2024年，北京、天津快递业务量分别完成6.1亿件和4.2亿件。新建冷链仓库12座。\n")
    assert why(res, "12座") == "no region"


# -- 16. January–March releases report the year before, later ones stand as of publication ---------------------------
def test_undated_stock_in_a_may_release_is_of_its_year(tmp_path):
    res = extract(tmp_path, "截至目前，京津冀医联体达到120个。\n", reference_year=2024, published="2024-05")
    assert rows(res, "120个") == [("regional_medical_alliances", "jjj", 2024)]


def test_undated_stock_in_a_march_release_is_of_the_year_before(tmp_path):
    res = extract(tmp_path, "京津冀医联体达到120个。\n", reference_year=2024, published="2024-03")
    assert rows(res, "120个") == [("regional_medical_alliances", "jjj", 2023)]


def test_a_may_release_on_last_years_statistics_keeps_last_year(tmp_path):
    body = "国家统计局发布2023年各省份城镇化率数据。\n北京城镇化率为87.8%，天津为85.5%。\n"
    res = extract(tmp_path, body, reference_year=2024, published="2024-05")
    assert rows(res, "87.8%") == [("urbanisation_rate", "beijing", 2023)]


def test_this_years_figure_in_an_april_plan_is_a_target(tmp_path):
    res = extract(tmp_path, "今年全市PM2.5年均浓度控制在30微克/立方米以内。\n", reference_year=2024, published="2024-04",
                  title="北京市2024年工作要点")
    assert why(res, "30微克/立方米") == "target"


def test_the_event_a_january_story_reports_is_of_its_year(tmp_path):
    res = extract(tmp_path, "雄安新区28日举行集中开工活动。本次集中开工项目共45个，总投资420亿元。\n",
                  reference_year=2024, published="2024-01")
    assert {r["year"] for r in out(res, "45个") + out(res, "420亿元")} == {2024}


def test_a_plans_own_tasks_are_targets(tmp_path):
    res = _release(tmp_path, "《工作要点》共安排部署了10大类60项重点任务，涉及150条重点事项。\n")
    assert why(res, "150条") == "target"


def test_numbers_inside_a_target_met_are_the_bar(tmp_path):
    res = _release(tmp_path, "2024年，京津冀超额完成PM2.5平均浓度下降3%、重污染天数减少5%的改善目标。\n")
    assert why(res, "3%") == why(res, "5%") == "target"


# -- 17. single months of a monthly bulletin, counts of places in a ranking, a district's anaphor -----------------------
def test_a_single_month_of_a_bulletin_is_no_annual_figure(tmp_path):
    res = _release(tmp_path, "2024年2月，天津市达标天数22天，同比增加5天；PM2.5月均浓度为48微克/立方米。\n")
    assert rows(res, "22天") == [] and rows(res, "48微克/立方米") == []


def test_a_month_that_dates_an_event_is_no_period(tmp_path):
    res = _release(tmp_path, "2019年1月，北京市级行政中心正式迁入，第一批搬迁涉及35个部门。\n")
    assert rows(res, "35个") == [("subcentre_relocated_departments", "subcentre", 2019)]


def test_how_many_places_a_ranking_lists_is_no_figure(tmp_path):
    res = _release(tmp_path, "2024年“2+26”城市PM2.5平均浓度最低的3个城市依次是北京、廊坊和长治。\n")
    assert out(res, "3个") == []


def test_district_anaphor_takes_the_new_area_of_the_headline(tmp_path):
    res = _release(tmp_path, "2024年，全区引进北京项目120个。\n", title="滨海新区承接北京非首都功能疏解")
    assert [r["region"] for r in out(res, "120个")] == ["binhai"]


# -- 18. flows written as a qualifier, a place beside the strategy's name, months after a lead-in ------------------------
def test_jingjin_before_projects_says_where_they_come_from(tmp_path):
    res = _release(tmp_path, "截至2024年底，沧州市已引进装备制造等京津项目1100个，总投资3600亿元。\n")
    assert {r["region"] for r in out(res, "1100个") + out(res, "3600亿元")} == {"cangzhou"}


def test_a_place_beside_the_strategys_name_is_what_the_headline_is_about(tmp_path):
    res = _release(tmp_path, "累计引进来自北京的项目2400个。\n", title="天津滨海新区搭建载体平台融入京津冀协同")
    assert [r["region"] for r in out(res, "2400个")] == ["binhai"]


def test_a_venue_beside_the_strategys_name_is_no_subject(tmp_path):
    res = _release(tmp_path, "当天共有12个项目集中签约。\n", title="京津冀协同发展投资会议在京举行")
    assert all(r["region"] != "beijing" for r in out(res, "12个"))


def test_months_after_a_lead_in_hold_for_the_next_sentence_of_the_line(tmp_path):
    res = _release(tmp_path, "3月7日，记者从天津市生态环境局获悉，2024年2月，天津市达标天数24天。"
                             "PM2.5、PM10浓度同比分别下降30.5%和20.4%。\n")
    assert rows(res, "30.5%") == [] and rows(res, "20.4%") == []


def test_months_do_not_cross_to_the_next_line_of_the_page(tmp_path):
    body = "今年1至10月，河北省引进京津项目3000个。\n北京西直河石材市场已完成腾退，拆除建筑面积172万平方米。\n"
    res = extract(tmp_path, body, reference_year=2015, published="2015-12")
    assert all(not r["candidate_id"].startswith("1-10月") for r in out(res, "172万平方米"))


def test_total_investment_after_a_count_of_projects_in_xiang(tmp_path):
    res = _release(tmp_path, "截至2024年底，保定市与京津合作项目累计达480项，总投资7000亿元。\n")
    assert [(r["phrase"], r["region"]) for r in out(res, "7000亿元")] == [("项目总投资", "baoding")]


# -- 19. ends of a range with units, weights of a ranking method, a month's mean ---------------------------------------
def test_ends_of_a_range_written_with_units_are_no_values(tmp_path):
    res = _release(tmp_path, "2024年，本市各区PM2.5浓度在18微克/立方米至45微克/立方米之间，优良天数比率在60.5%~85.1%之间。\n")
    assert {why(res, raw) for raw in ("18微克/立方米", "45微克/立方米", "60.5%", "85.1%")} == {"range"}


def test_weights_of_a_ranking_method_are_no_values(tmp_path):
    res = _release(tmp_path, "2024年，天津市按照PM2.5浓度、改善率和优良天数比率各占30%、30%和40%的权重进行排名。\n")
    assert {why(res, "30%"), why(res, "40%")} == {"weight"}


def test_a_months_mean_concentration_is_no_annual_mean(tmp_path):
    res = _release(tmp_path, "2024年，天津市PM2.5月均浓度为50微克/立方米。\n")
    assert rows(res, "50微克/立方米") == []


# -- 20. a vague running period, an origin after 引进的, firms named by where they come from -------------------------------
def test_recent_years_make_a_running_total(tmp_path):
    res = _release(tmp_path, "近年来，廊坊市引进京津项目600个、资金2500亿元。\n", title="廊坊加快承接京津产业转移")
    got = out(res, "600个")
    assert [(r["region"], r.get("indicator") or r["measure"]) for r in got] in (
        [("langfang", "bjtj_projects_in_hebei_cumulative")], [("langfang", "cumulative")])


def test_the_place_projects_come_from_after_yinjin_de_is_no_subject(tmp_path):
    res = extract(tmp_path, "今年前4月该区引进的京津冀项目有520项左右。\n", title="滨海新区引进京津冀项目",
                  reference_year=2025, published="2025-05")
    assert [r["region"] for r in out(res, "520项左右")] == ["binhai"]


def test_firms_named_by_where_they_come_from_are_the_hosts(tmp_path):
    res = _release(tmp_path, "2024年，超4200家北京来源企业在雄安新区落地发展。\n")
    assert all(r["region"] != "beijing" for r in out(res, "超4200家"))


# -- 21. a bulletin's period named in its opening, road names, tertiary shares -------------------------------------------
def test_a_bulletins_period_named_in_its_opening_holds_for_the_release(tmp_path):
    body = ("生态环境部22日通报今年上半年全国环境空气质量状况。\n\n"
            "京津冀及周边地区“2+26”城市平均优良天数比例为62.0%；北京市PM2.5浓度为30微克/立方米。\n")
    res = extract(tmp_path, body, reference_year=2024, published="2024-07")
    assert rows(res, "62.0%") == [] and rows(res, "30微克/立方米") == []
    assert {r["candidate_id"].split("|")[0] for r in res.candidates} == {"上半年"}


def test_road_names_hold_no_place(tmp_path):
    res = _release(tmp_path, "截至2024年底，河北已先后打通京台、京港澳等高速公路断头路，共计1600多公里。\n")
    assert rows(res, "1600多公里") == [("bottleneck_roads_opened_km", "hebei", 2024)]


def test_a_regions_tertiary_share_is_not_its_share_of_jjj_gdp(tmp_path):
    res = _release(tmp_path, "2024年，京津冀三地第三产业增加值占地区生产总值的比重分别达到85.1%、62.5%和52.3%。\n")
    assert [r[0] for r in rows(res, "85.1%")] == ["tertiary_share"]


# -- 22. a mirror page's undated restatement takes the year the page dates the same figure by -----------------------------
def test_undated_restatement_takes_the_year_of_the_dated_figure_and_its_line(tmp_path):
    body = ("河北省在2024年初全省常住人口达到了7400.50万人。\n\n"
            "年末全省常住总人口7400.50万人，常住人口城镇化率为62.50%。\n")
    res = extract(tmp_path, body, reference_year=2024, published="2024")
    assert {r[2] for r in rows(res, "7400.50万人")} == {2023}
    assert rows(res, "62.50%") == [("urbanisation_rate", "hebei", 2023)]


def test_several_periods_in_a_breakdown_do_not_reach_the_next_sentence(tmp_path):
    body = ("初步核算，2024年全市实现地区生产总值50000.5亿元。其中，1季度增长5.0%，上半年增长5.1%，1-3季度增长5.2%。"
            "分产业看，第一产业实现增加值110.5亿元。\n")
    res = extract(tmp_path, body, title="北京市2024年经济运行情况", reference_year=2025, published="2025-01")
    assert rows(res, "110.5亿元") == [("value_added_primary", "beijing", 2024)]


# -- 23. three-sector structure, a later span of months, plan periods, averages after a range, groups' counts ------------
def test_three_sector_structure_gives_the_tertiary_share(tmp_path):
    res = extract(tmp_path, "全年实现地区生产总值50000.1亿元。三次产业结构为0.2:14.9:84.9。\n",
                  title="北京市2024年国民经济和社会发展统计公报", reference_year=2025, published="2025-03")
    assert rows(res, "84.9") == [("tertiary_share", "beijing", 2024)]
    assert rows(res, "0.2") == [] and rows(res, "14.9") == []


def test_a_ratio_that_is_no_sector_structure_gives_nothing(tmp_path):
    res = _release(tmp_path, "2024年，北京男女性别比为1:1.05:3，三次产业结构优化。\n")
    assert res.rows == []


def test_a_later_span_of_months_and_an_average_after_a_range(tmp_path):
    res = _release(tmp_path, "2024年10—12月，“2+26”城市PM2.5平均浓度范围为40-90微克/立方米，平均为60微克/立方米。\n")
    assert rows(res, "60微克/立方米") == []
    assert [r["candidate_id"].split("|")[0] for r in out(res, "60微克/立方米")] == ["Q4"]


def test_a_five_year_plan_period_is_a_span_ending_in_its_last_year(tmp_path):
    res = extract(tmp_path, "“十三五”期间，河北吸纳北京技术合同成交额达900亿元。\n", reference_year=2021, published="2021-09")
    got = out(res, "900亿元")
    assert [(r["year"], r.get("period_start")) for r in got] in ([(2020, 2016)], [(2020, None)])
    assert not rows(res, "900亿元") or rows(res, "900亿元")[0][0].endswith("_cumulative")


def test_how_many_cities_a_group_holds_is_no_figure(tmp_path):
    res = _release(tmp_path, "2024年，京津冀28个城市PM2.5浓度均同比下降。\n")
    assert out(res, "28个") == []


def test_firms_of_a_place_taking_a_share_are_the_parks(tmp_path):
    res = _release(tmp_path, "2024年，滨海—中关村科技园新增注册企业中，北京企业占35%。\n")
    assert all(r["region"] != "beijing" for r in out(res, "35%"))


def test_places_listed_at_a_clause_start_pair_by_position(tmp_path):
    res = _release(tmp_path, "晋城、阳泉、邯郸2024年2月的PM2.5平均浓度分别同比上升7.1%、5.2%、1.0%。\n")
    assert all(r["region"] != "handan" for r in out(res, "7.1%") + out(res, "5.2%"))


def test_by_year_end_is_a_plan(tmp_path):
    res = _release(tmp_path, "2024年，保定大力推进双千工程，即年底前谋划入库1000个招商项目。\n")
    assert why(res, "1000个") == "target"


def test_a_share_within_a_places_firms_is_not_that_places(tmp_path):
    res = _release(tmp_path, "2024年，滨海—中关村科技园新增注册企业中，北京企业中科技型企业占45%。\n")
    assert all(r["region"] != "beijing" for r in out(res, "45%"))


# -- 24. a municipality's district as the subject, the three provinces listed, receiving-side investment ------------------
def test_a_municipalitys_district_in_the_headline_is_not_the_municipality(tmp_path):
    res = _release(tmp_path, "2025年，全区一般公共预算收入完成23.5亿元。新设机构55家。\n", title="天津市河北区政府工作报告")
    assert all(r["region"] != "tianjin" for r in res.rows + res.candidates)


def test_the_three_provinces_listed_are_jjj(tmp_path):
    res = _release(tmp_path, "2024年，北京、天津、河北地区生产总值合计11.5万亿元。\n")
    assert rows(res, "11.5万亿元") == [("gdp", "jjj", 2024)]


def test_the_three_provinces_listed_still_enumerate(tmp_path):
    res = _release(tmp_path, "2024年，北京、天津、河北地区生产总值分别为5.0万亿元、1.8万亿元和4.7万亿元。\n")
    assert [r[1] for r in rows(res, "5.0万亿元") + rows(res, "1.8万亿元")] == ["beijing", "tianjin"]


def test_investment_attracted_from_beijing_and_hebei_by_tianjin(tmp_path):
    res = _release(tmp_path, "2024年，天津吸引京冀投资额2000.5亿元。\n")
    assert rows(res, "2000.5亿元") == [("bj_hb_investment_in_tianjin", "tianjin", 2024)]


def test_one_value_for_each_of_the_places_listed_before_jun(tmp_path):
    res = _release(tmp_path, "2024年，北京、河北地区生产总值均为4.6万亿元。\n")
    assert sorted(rows(res, "4.6万亿元")) == [("gdp", "beijing", 2024), ("gdp", "hebei", 2024)]


def test_jun_after_a_list_with_another_province_gives_nothing(tmp_path):
    res = _release(tmp_path, "2024年，北京、上海地区生产总值均为4.6万亿元。\n")
    assert rows(res, "4.6万亿元") == []


def test_no_catalogue_default_region_in_a_report_of_a_district_none_of_ours(tmp_path):
    res = _release(tmp_path, "2025年，引进北京新设机构55家、项目21个，投资额35.16亿元。\n", title="天津市河北区政府工作报告")
    assert res.rows == [] and all(r["region"] != "tianjin" for r in res.candidates)


def test_a_places_area_is_no_figure_of_a_year_but_land_greened_is(tmp_path):
    res = _release(tmp_path, "面积21.6万平方公里的京津冀地区。2024年，北京新增造林绿化面积15平方公里。\n")
    assert why(res, "21.6万平方公里") == "aside"
    assert [r["region"] for r in out(res, "15平方公里")] == ["beijing"]


def test_a_five_year_plans_total_is_dated_by_its_last_year(tmp_path):
    res = extract(tmp_path, "“十二五”总量13788.6亿元。\n", title="北京技术市场统计年报", reference_year=2016, published="2016-10")
    assert [(r["year"], r["measure"]) for r in out(res, "13788.6亿元")] == [(2015, "cumulative")]


def test_the_end_of_a_span_of_months_across_years_is_no_target(tmp_path):
    res = extract(tmp_path, "2023年10月至2024年2月，“2+26”城市PM2.5平均浓度为55微克/立方米。\n",
                  reference_year=2024, published="2024-03")
    assert [(r["region"], r["year"], r["candidate_id"].split("|")[0]) for r in out(res, "55微克/立方米")] == [
        ("jjj_2plus26", 2024, "秋冬季")]


def test_how_many_cities_all_fell_is_no_figure(tmp_path):
    res = _release(tmp_path, "2024年，“2+26”城市中28个城市PM2.5平均浓度均同比下降。\n")
    assert out(res, "28个") == []
