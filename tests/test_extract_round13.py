"""Round 13 of issue 8: yardsticks, parts of the year in words, the few a sentence speaks of, and the actors of a
count. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, rows


def years_of(res, raw):
    return sorted(r["year"] for r in out(res, raw))


# -- last year as the yardstick ----------------------------------------------------------------------------------

def test_a_headline_matching_last_years_total_does_not_date_the_release_to_last_year(tmp_path):
    res = extract(tmp_path, "截至10月底，天津机场累计旅客吞吐量超过1500万人次，与去年全年总量持平。\n",
                  title="十个月完成去年全年总量", published="2019-11-05", reference_year=2019)
    assert years_of(res, "超过1500万人次") == [2019]


def test_last_years_own_figure_still_dates_a_sentence_to_last_year(tmp_path):
    res = extract(tmp_path, "去年，天津机场旅客吞吐量2381万人次。\n", published="2019-11-05", reference_year=2019)
    assert years_of(res, "2381万人次") == [2018]


def test_a_change_on_the_same_period_last_year_keeps_the_measure_before_it(tmp_path):
    res = extract(tmp_path, "2019年，天津机场完成货邮吞吐量22.6万吨，与去年同期相比增长3.4%。\n",
                  published="2019-12-20", reference_year=2019)
    assert [(r["candidate_id"], r["region"]) for r in out(res, "3.4%")] == [("货邮吞吐量|%|change", "tianjin_airport")]


# -- the first months of the year, in digits or in words ---------------------------------------------------------

def test_the_first_ten_months_are_a_part_of_the_year_not_the_year(tmp_path):
    res = extract(tmp_path, "今年前10月，天津机场完成旅客吞吐量1900万人次。\n", published="2019-11-05", reference_year=2019)
    assert [r["candidate_id"] for r in out(res, "1900万人次")] == ["1-10月|旅客吞吐量|万人次"]
    assert not [r for r in res.rows if r["raw"] == "1900万人次"]


def test_the_first_two_months_in_words_are_a_part_of_the_year(tmp_path):
    res = extract(tmp_path, "今年前两个月，天津港完成货物吞吐量7000万吨。\n", published="2019-03-15", reference_year=2019)
    assert all(r["candidate_id"].startswith("1-2月|") for r in out(res, "7000万吨")) and out(res, "7000万吨")
    assert not [r for r in res.rows if r["raw"] == "7000万吨"]


# -- the few a sentence speaks of --------------------------------------------------------------------------------

def test_a_few_things_counted_in_words_are_no_figure(tmp_path):
    res = extract(tmp_path, "2021年，交通是率先突破的三个重点领域之一，全省六项大气污染物浓度均下降，承德、张家口两个设区市优良天数增加。\n")
    assert not [r for r in res.rows + res.candidates if r["raw"] in ("三个", "六项", "两个")]


def test_a_count_in_words_above_ten_is_still_a_figure(tmp_path):
    res = extract(tmp_path, "2021年，北京市新增国家级专精特新企业二十三家。\n")
    assert [r["value"] for r in out(res, "二十三家")] == [23]


# -- who acts, and what they reached -------------------------------------------------------------------------------

def test_the_firms_that_set_up_branches_are_not_the_branches(tmp_path):
    res = extract(tmp_path, "截至2021年底，中关村380家重点企业已在天津设立分支机构900家。\n")
    assert rows(res, "900家") == [("zgc_branches_in_tjhb", "tianjin", 2021)]
    assert not out(res, "380家")


def test_a_count_of_firms_with_no_later_count_stays_a_figure(tmp_path):
    res = extract(tmp_path, "2021年，中关村企业在天津设立分支机构900家。\n")
    assert rows(res, "900家") == [("zgc_branches_in_tjhb", "tianjin", 2021)]


# -- totals and stocks that take their measure from the clause before ------------------------------------------------

def ids_of(res, raw):
    return [r["candidate_id"] for r in out(res, raw)]


def test_the_total_investment_of_counted_works_is_theirs(tmp_path):
    res = extract(tmp_path, "2021年，城市副中心市级重大工程共120项，总投资1800.5亿元。近两年安排重大项目300项，投资超过900亿元。\n")
    assert ids_of(res, "1800.5亿元") == ["工程总投资|亿元"]
    assert [i.split("|")[0] for i in ids_of(res, "超过900亿元")] == ["项目投资"]


def test_the_stock_reached_after_new_ones_keeps_the_measure_without_new(tmp_path):
    res = extract(tmp_path, "2021年，衡水市新建创新平台40家，发展到130家。\n")
    assert [i.split("|")[0] for i in ids_of(res, "130家")] == ["创新平台"]
    assert [r["value"] for r in out(res, "130家")] == [130]


def test_the_investment_of_projects_still_planned_is_planned_too(tmp_path):
    res = extract(tmp_path, "2021年，城市副中心今后三年将实施900余个重点项目，投资超过8000亿元。\n")
    assert not out(res, "超过8000亿元")
    assert {s["reason"] for s in res.skipped if s["raw"] == "超过8000亿元"} == {"target"}


# -- where roads lead, and what 该市 points back to --------------------------------------------------------------------

def regions_of(res, raw):
    return sorted(r["region"] for r in out(res, raw))


def test_the_places_a_road_connects_to_are_not_its_subject(tmp_path):
    res = extract(tmp_path, "2023年，河北省连通京津干线公路达到50条、70个接口。\n")
    assert regions_of(res, "50条") == ["hebei"] and regions_of(res, "70个") == ["hebei"]


def test_this_city_in_an_earlier_clause_is_the_city_named_before_it(tmp_path):
    res = extract(tmp_path, "据介绍，承德是京津重要水源地，该市有林地面积3000万亩，森林覆盖率达55.0%。\n",
                  title="冀赴津推介生态产品")
    assert regions_of(res, "3000万亩") == ["chengde"] and regions_of(res, "55.0%") == ["chengde"]


# -- a byline run into the story, and a change over a span ---------------------------------------------------------

def test_a_story_run_on_after_its_byline_is_read(tmp_path):
    res = extract(tmp_path, "发布时间:2024-02-11 15:44:22 | 来源:测试网 | 作者: | 责任编辑:王某五年砥砺奋进。2023年，宝坻区"
                            "地区生产总值达到900亿元，一般公共预算收入达到60亿元。\n")
    assert regions_of(res, "900亿元") == ["baodi"]


def test_a_byline_line_alone_is_still_no_text(tmp_path):
    res = extract(tmp_path, "发布时间:2024-02-11 15:44:22 | 来源:测试网 | 责任编辑:王某地区生产总值900亿元\n"
                            "2023年，宝坻区地区生产总值达到900亿元。\n")
    assert [r["line"] for r in out(res, "900亿元")] == [8]  # the story line, not the byline


def test_growth_accumulated_over_years_is_not_the_years_growth(tmp_path):
    res = extract(tmp_path, "宝坻区成绩显著。宝坻区一般公共预算收入累计增长40.5%，地区生产总值增长5.1%。\n",
                  published="2026-02-11", reference_year=2026)
    assert not rows(res, "40.5%")
    assert [r["candidate_id"] for r in out(res, "40.5%")] == ["一般公共预算收入累计|%|change"]


def test_growth_so_far_this_year_with_tongbi_is_still_growth(tmp_path):
    res = extract(tmp_path, "2023年，全市规模以上工业增加值同比累计增长5.2%。\n", title="天津市2023年经济运行情况")
    assert out(res, "5.2%") and all("累计" not in (r.get("candidate_id") or "") for r in out(res, "5.2%"))


def test_a_bare_change_takes_the_measure_the_clause_before_says_grew(tmp_path):
    res = extract(tmp_path, "宝坻区财政实力增强。宝坻区一般公共预算收入持续保持正增长，累计增长40.5%。\n",
                  published="2026-02-11", reference_year=2026)
    assert [r["candidate_id"] for r in out(res, "40.5%")] == ["一般公共预算收入累计|%|change"]


def test_a_bare_change_after_a_clause_with_no_measure_stays_unread(tmp_path):
    res = extract(tmp_path, "2023年，宝坻区各项工作扎实推进，同比增长5.5%。\n")
    assert not out(res, "5.5%")


# -- a sentence with no figure that opens on its place; a verb is no measure -----------------------------------------

def test_a_sentence_opening_on_its_place_gives_the_next_sentence_its_subject(tmp_path):
    body = "新五区中，武清区作为京津冀的交汇点，是协同发展的桥头堡。2018年实现地区生产总值1200.5亿元，排名全市第二。\n"
    assert rows(extract(tmp_path, body, title="各区经济比较"), "1200.5亿元") == [("gdp", "wuqing", 2018)]
    assert rows(extract(tmp_path, body, title="天津各区经济比较"), "1200.5亿元") == [("gdp", "wuqing", 2018)]  # inside 天津


def test_a_place_named_inside_a_sentence_with_no_figure_is_no_subject_for_the_next(tmp_path):
    res = extract(tmp_path, "会议指出，要支持武清区加快发展。2018年实现地区生产总值1200.5亿元。\n", title="各区经济比较")
    assert not out(res, "1200.5亿元")


def test_a_verb_alone_before_an_amount_is_no_measure(tmp_path):
    res = extract(tmp_path, "2025年，北京市构建500亿元规模医药健康产业基金，综合运用20项措施。\n")
    assert not out(res, "500亿元") and not out(res, "20项")


# -- what a place is, told by another; how broad a change was ----------------------------------------------------------

def test_a_place_named_to_say_what_another_is_is_not_the_subject(tmp_path):
    res = extract(tmp_path, "2017年，滨海新区作为天津市下辖的副省级区，经济总量占全市40%左右。\n", title="天津各区经济")
    assert regions_of(res, "40%左右") == ["binhai"]


def test_counts_of_industries_that_grew_are_no_figures(tmp_path):
    res = extract(tmp_path, "2022年，石家庄市规模以上工业38个行业大类中有30个实现增长，30个行业盈利。\n")
    assert not out(res, "38个") and not out(res, "30个")


def test_a_count_of_industry_classes_past_a_bar_is_still_read(tmp_path):
    res = extract(tmp_path, "2022年，河北省研发经费超过10亿元的行业大类有13个。\n")
    assert [r["value"] for r in out(res, "13个")] == [13]


def test_a_day_of_the_month_is_no_part_of_a_measure_phrase(tmp_path):
    res = extract(tmp_path, "2016年，承德市69家重点企业23日携300余种绿色产品赴津推介。\n")
    assert all("日" not in r["candidate_id"] for r in out(res, "300余种"))


# -- the release's own place: a bracketed seat, 在津 inside a district, a government publisher, a county ------------

def test_the_seat_in_a_firms_name_is_no_subject(tmp_path):
    res = extract(tmp_path, "2023年，与珞石(北京)科技等企业签约，落地项目协议投资额近20亿元。\n",
                  title="东丽区2023年国民经济和社会发展计划执行情况的报告")
    assert regions_of(res, "近20亿元") == ["dongli"]


def test_in_tianjin_inside_a_district_report_is_the_district(tmp_path):
    res = extract(tmp_path, "2023年，引进北京资源在津落地项目总投资40.5亿元。\n", title="河西区政府工作报告")
    assert regions_of(res, "40.5亿元") == ["hexi"]


def test_a_work_report_published_by_a_county_government_is_the_countys(tmp_path):
    res = extract(tmp_path, "2023年，全年地区生产总值增长5.0%，固定资产投资增长60%。\n", title="2024年政府工作报告（摘登）",
                  publisher="滦南县人民政府", published="2024-04-24", reference_year=2024)
    assert rows(res, "5.0%") == [("gdp_growth_real", "luannan", 2023)]


def test_a_newspaper_of_a_place_does_not_make_its_stories_the_places(tmp_path):
    res = extract(tmp_path, "2023年，全年地区生产总值增长5.0%。\n", title="经济稳中向好", publisher="北京日报",
                  published="2024-04-24", reference_year=2024)
    assert not rows(res, "5.0%")


def test_the_private_economys_sectors_are_not_the_countys_sectors(tmp_path):
    res = extract(tmp_path, "全年民营经济增加值70.8亿元。民营经济中，第一产业增加值5.1亿元，第二产业增加值30.3亿元。\n",
                  title="承德县2020年国民经济和社会发展统计公报", published="2021-06-28", reference_year=2021)
    assert not [r for r in res.rows if r["raw"] in ("5.1亿元", "30.3亿元")]


# -- figures reported at an event, an award's year, a district's share of its municipality's indicator ------------------

def test_figures_reported_at_todays_press_conference_keep_their_own_year(tmp_path):
    res = extract(tmp_path, "中新网北京1月21日电 初步核算，2015年北京市地区生产总值近2.3万亿元。\n"
                            "在今天举行的发布会上，北京市统计局相关负责人介绍，第一产业增加值140.2亿元，下降9.6%。\n",
                  title="北京2015年地区生产总值近2.3万亿元", published="2016-01-21", reference_year=2016)
    assert rows(res, "140.2亿元") == [("value_added_primary", "beijing", 2015)]


def test_the_year_of_an_award_does_not_date_the_next_sentence(tmp_path):
    res = extract(tmp_path, "2019年工业园区治理考核全市第一。累计引进北京项目490多个，协议投资额超过1600亿元。\n",
                  title="天津市西青区“十四五”规划纲要", published="2021-03-01", reference_year=2021)
    assert years_of(res, "490多个") == [2020]


def test_a_tianjin_district_has_its_own_count_of_projects_from_beijing(tmp_path):
    res = extract(tmp_path, "“十三五”时期，西青区成效显著。累计引进北京项目490多个。\n", title="天津市西青区“十四五”规划纲要",
                  published="2021-03-01", reference_year=2021)
    assert rows(res, "490多个") == [("bj_hb_projects_in_tianjin_cumulative", "xiqing", 2020)]


def test_a_task_list_goes_on_past_the_sentence_that_names_it(tmp_path):
    body = ("日前，市领导小组研究制定重点任务清单。任务清单明确，年底前，我市将新签约落地京津项目30个以上。"
            "强化协同创新，新建省级院士合作重点单位2家，新增专精特新中小企业60家以上。\n")
    res = extract(tmp_path, body, title="邢台推进京津冀协同发展", published="2023-09-11", reference_year=2023)
    assert not out(res, "2家") and not out(res, "60家以上")


def test_a_result_after_a_plan_sentence_is_still_a_result(tmp_path):
    body = "规划明确，年底前建成一批项目。截至8月底，已新增专精特新中小企业60家。\n"
    res = extract(tmp_path, body, title="邢台推进京津冀协同发展", published="2023-09-11", reference_year=2023)
    assert out(res, "60家")


def test_growth_of_new_energy_vehicles_among_retail_goods_is_not_their_output(tmp_path):
    res = extract(tmp_path, "2023年，限额以上批发和零售业中，汽车类商品零售额下降10.4%，其中新能源汽车增长18.1%。\n")
    assert not [r for r in res.rows if r["indicator"] == "nev_output_growth"]


def test_growth_so_far_of_a_named_year_is_that_years_growth(tmp_path):
    res = extract(tmp_path, "去年我市固定资产投资增速高于全省4个百分点，累计增长7.0%。\n", title="唐山固定资产投资",
                  published="2022-02-05", reference_year=2022)
    assert rows(res, "7.0%") == [("fixed_asset_investment_growth", "tangshan", 2021)]


def test_a_review_period_opened_by_a_sentence_with_no_figure_holds_for_the_paragraph(tmp_path):
    body = "孙某说：“协同发展是天津的机遇。过去五年，天津在产业协同等方面取得了成绩。通过承接平台引进北京项目3000个。”\n"
    res = extract(tmp_path, body, title="天津两会新闻发布会", published="2021-01-26", reference_year=2021)
    assert [(r["year"], r["period_start"]) for r in out(res, "3000个")] == [(2020, 2016)]


def test_a_year_named_later_in_the_paragraph_ends_the_review_period(tmp_path):
    body = "过去五年，天津在产业协同等方面取得了成绩。2020年，天津引进北京项目600个。\n"
    res = extract(tmp_path, body, title="天津两会新闻发布会", published="2021-01-26", reference_year=2021)
    assert [(r["year"], r["period_start"]) for r in out(res, "600个")] == [(2020, None)]


def test_years_of_development_on_bring_the_figures_to_now(tmp_path):
    body = "2015年崇礼贫困发生率仍高达16.81%。经过近几年发展，崇礼已拥有7家大型滑雪场。\n"
    res = extract(tmp_path, body, title="冬奥筹办", published="2021-02-26", reference_year=2021)
    assert years_of(res, "7家") == [2020]


def test_a_bare_list_of_places_takes_the_measure_of_the_sentence_before(tmp_path):
    body = "2018年，武清区实现地区生产总值1200.5亿元，排名全市第二。静海区、宝坻区相对落后，分别为680.5和630.2亿元。\n"
    res = extract(tmp_path, body, title="天津各区经济比较", published="2020-05-01", reference_year=2020)
    assert rows(res, "630.2亿元") == [("gdp", "baodi", 2018)]
    assert [(r["indicator"], r["region"]) for r in res.rows if r["value"] == 680.5] == [("gdp", "jinghai")]


def test_a_high_tech_zone_is_no_new_area_said_again(tmp_path):  # 高新区 holds 新区
    res = extract(tmp_path, "2022年，河北省高新区数量达到40家。\n", title="河北高新区发展")
    assert not [s for s in res.skipped if s["reason"] == "ambiguous anaphora"]


def test_a_radius_or_a_distance_crossed_is_no_figure(tmp_path):
    res = extract(tmp_path, "2024年，新发地构建环首都300公里半径的供应网络，这一次商户跨越了100多公里。\n")
    assert not out(res, "300公里") and not out(res, "100多公里")


def test_where_an_event_is_held_is_not_a_place_of_its_own(tmp_path):
    res = extract(tmp_path, "2月8日，雄安新区在启动区举行一季度项目集中开工活动，集中开工项目40个，总投资600亿元。\n",
                  title="雄安新区一季度项目集中开工", published="2022-02-08", reference_year=2022)
    assert regions_of(res, "40个") == ["xiongan"] and regions_of(res, "600亿元") == ["xiongan"]


def test_the_total_investment_of_the_projects_it_counts_is_theirs(tmp_path):
    res = extract(tmp_path, "2018年，总投资25.5亿元的10个项目在邢台市集中签约。\n", title="邢台市招商推介会举行")
    assert [r["candidate_id"].split("|")[0] for r in out(res, "25.5亿元")] == ["项目总投资"]
