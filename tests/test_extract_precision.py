"""Round 2 of issue 8: measure-phrase quality for candidates, sub-annual candidates, years and catalogue
matches. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out, why


def cand(res, raw):
    found = [c for c in res.candidates if c["raw"] == raw]
    assert len(found) == 1, (raw, res.candidates, res.skipped)
    return found[0]


def row(res, indicator, **where):
    found = [r for r in res.rows if r["indicator"] == indicator and all(r[k] == v for k, v in where.items())]
    assert len(found) == 1, (indicator, where, res.rows, res.candidates, res.skipped)
    return found[0]


# -- what is no measure ---------------------------------------------------------------------------

def test_administrative_make_up_is_no_candidate(tmp_path):
    res = extract(tmp_path, "2021年，河北省下辖11个设区市，全省快递业务量达到50亿件。\n")
    assert not out(res, "11个") and why(res, "11个") == "administrative count"
    assert out(res, "50亿件")


def test_named_programme_and_count_of_a_list_are_no_candidates(tmp_path):
    res = extract(tmp_path, "2021年，天津全力推进“八大工程”，滨海、武清、静海等5个园区新增企业320家。\n")
    assert not out(res, "八") and not out(res, "5个")
    assert why(res, "5个") == "count of a list"



def test_gap_with_the_whole_is_a_comparison(tmp_path):
    res = extract(tmp_path, "2021年，天津市战略性新兴产业增加值增长9.1%，快于全市工业2.3个百分点。\n")
    assert not out(res, "2.3个百分点")
    assert why(res, "2.3个百分点") == "comparison between regions"



def test_first_time_above_a_mark_is_a_bound_unless_the_value_follows(tmp_path):
    res = extract(tmp_path, "2021年，河北省新能源装机容量占比首次超过四成。\n")
    assert [(r["value"], r["qualifier"]) for r in out(res, "超过四成")] == [(40, "more_than")]  # (round 34)
    res = extract(tmp_path, "2021年，河北省新能源装机容量占比首次超过四成，达到41.5%。\n")
    assert not out(res, "超过四成") and why(res, "超过四成") == "threshold"


def test_table_debris_is_skipped(tmp_path):
    res = extract(tmp_path, "河北 | 2021年主要指标 | | ---|---| 6,300.5亿元 | 88.1亿元 |\n")
    assert not res.rows and not res.candidates
    assert why(res, "6,300.5亿元") == "table"



def test_the_same_figure_twice_is_one_candidate(tmp_path):
    res = extract(tmp_path, "2021年，河北省冷链物流企业达到560家。\n\n据介绍，2021年河北省冷链物流企业达到560家，同比增长5.0%。\n")
    assert len(out(res, "560家")) == 1 and why(res, "560家") == "repeated"


def test_verb_or_place_is_no_measure_phrase(tmp_path):
    res = extract(tmp_path, "2021年，在廊坊注册成立超百家企业。报告显示，200个特色小镇建设持续推进。\n")
    assert not res.candidates


def test_index_points_are_their_own_unit(tmp_path):
    res = extract(tmp_path, "2021年，京津冀区域发展指数比上年提高3.52个点。\n")
    assert cand(res, "3.52个点")["unit"] == "点"


def test_a_period_word_alone_is_no_measure(tmp_path):
    res = extract(tmp_path, "2021年天津市城镇调查失业率为5.1%，其中4季度为4.8%。\n")
    assert not out(res, "4.8%")


def test_a_mass_in_micrograms_is_no_figure(tmp_path):
    res = extract(tmp_path, "2021年河北省监测站每个滤膜样品采集颗粒物38.8微克。\n")
    assert not out(res, "38.8微克")


def test_a_concentration_shortened_after_a_from_point_is_the_level_reached(tmp_path):
    res = extract(tmp_path, "2021年河北省PM2.5平均浓度从2013年的108微克/立方米降至38.8微克\n")
    assert [(r["indicator"], r["region"], r["year"]) for r in res.rows if r["raw"] == "38.8微克"] == [
        ("pm25_annual_mean", "hebei", 2021)]


# -- sub-annual candidates --------------------------------------------------------------------------

def test_half_year_figures_are_candidates_of_their_own_period(tmp_path):
    res = extract(tmp_path, "今年上半年，京津冀实现地区生产总值48000亿元，北京、天津和河北分别为20500亿元、7800亿元和19700亿元。\n")
    assert not res.rows  # never the year's GDP
    whole = cand(res, "48000亿元")
    assert whole["candidate_id"].startswith("上半年|") and (whole["region"], whole["year"]) == ("jjj", 2022)
    parts = {cand(res, raw)["region"]: cand(res, raw)["candidate_id"] for raw in ("20500亿元", "7800亿元", "19700亿元")}
    assert set(parts) == {"beijing", "tianjin", "hebei"} and len(set(parts.values())) == 1


def test_quarter_and_month_range_keys(tmp_path):
    res = extract(tmp_path, "2022年1-10月，天津引进北京项目1200个。2022年一季度，河北新增市场主体2.1万户。\n")
    assert cand(res, "1200个")["candidate_id"].startswith("1-10月|")
    assert cand(res, "2.1万户")["candidate_id"].startswith("Q1|")


def test_a_single_month_is_named_in_its_candidate_and_a_period_compared_with_gives_none(tmp_path):
    res = extract(tmp_path, "2021年12月份，天津市优良天数比例为60.0%。\n\n"
                            "2021年，天津港货物吞吐量增长5.3%，增速比前三季度加快1.2个百分点。\n")
    assert [r.get("candidate_id", "").split("|")[0] for r in out(res, "60.0%")] == ["12月"]
    assert not out(res, "1.2个百分点")


def test_a_headline_period_alone_gives_no_candidate(tmp_path):
    res = extract(tmp_path, "北京通州区拆除违法建设12万平方米。\n", title="北京通州1至10月疏解成效")
    assert not res.candidates


# -- years ----------------------------------------------------------------------------------------

def test_index_base_period_is_no_year(tmp_path):
    res = extract(tmp_path, "2021年，京津冀区域协同发展指数为140.5(以2014年为基期)。\n")
    assert row(res, "jjj_regional_coordinated_development_index")["year"] == 2021


def test_since_a_year_ends_in_the_status_year_not_the_paragraph_year(tmp_path):
    res = extract(tmp_path, "2014年2月，协同发展上升为国家战略。2014年以来，北京累计疏解提升区域性批发市场和物流中心500余个。\n",
                  published="2021-02", reference_year=2021)
    r = row(res, "bj_markets_relocated_cumulative")
    assert (r["year"], r["period_start"]) == (2020, 2014)


def test_a_future_year_in_a_plan_sentence_does_not_carry_on(tmp_path):
    res = extract(tmp_path, "2023年建成后将形成年产整车20万辆的产能。曹妃甸示范区已签约北京项目60个。\n",
                  published="2022-12", reference_year=2022)
    assert why(res, "20万辆") == "target"
    assert all(r["year"] == 2022 for r in out(res, "60个"))


def test_report_named_in_the_first_sentence_gives_the_year(tmp_path):
    res = extract(tmp_path, "统计部门近日发布《2021年科技经费投入统计公报》显示，研发投入稳步增长。\n\n"
                            "其中，北京市R&D经费投入强度达6.53%。\n", published="2022-09", reference_year=2022)
    assert row(res, "rd_intensity")["year"] == 2021


def test_from_to_pair_shares_the_measure(tmp_path):
    res = extract(tmp_path, "河北城镇居民人均消费支出由2012年的15000元增长到2021年的24192元。\n",
                  published="2022-08", reference_year=2022)
    assert cand(res, "24192元")["phrase"] == cand(res, "15000元")["phrase"]
    assert cand(res, "24192元")["year"] == 2021


def test_words_after_a_new_subject_are_not_borrowed(tmp_path):
    res = extract(tmp_path, "居民收入实际增5.8%去年天津GDP增长6.6%\n", published="2022-01", reference_year=2022)
    assert all(r.get("indicator") != "gdp_growth_real" for r in out(res, "5.8%"))


def test_breakdown_sentence_takes_the_measure_of_the_one_before(tmp_path):
    res = extract(tmp_path, "截至2021年底，中关村企业在津冀设立分支机构8000余家。其中，在天津设立分支机构3600家。\n")
    assert row(res, "zgc_branches_in_tjhb", region="tianjin")["value"] == 3600


# -- catalogue ------------------------------------------------------------------------------------

def test_good_air_days_in_days(tmp_path):
    res = extract(tmp_path, "2021年，天津市空气质量优良天数为264天，比上年增加19天。\n")
    assert row(res, "good_air_days")["value"] == 264
    assert not [r for r in res.rows if r["raw"] == "19天"]  # an increase, not the level


def test_good_air_days_excludes_pm25_only_days_and_per_week_rates(tmp_path):
    res = extract(tmp_path, "2021年，北京平均每周7天中有5.5天为PM2.5优良天。\n")
    assert not [r for r in res.rows if r["indicator"] == "good_air_days"]


def test_decrease_in_tenths_keeps_its_sign(tmp_path):
    res = extract(tmp_path, "2021年北京PM2.5年均浓度同比降3成。\n")
    assert row(res, "pm25_change_yoy")["value"] == -30


def test_spring_estimate_for_the_closed_year_is_approx(tmp_path):
    res = extract(tmp_path, "预计2021年全市地区生产总值增长6.5%左右。\n", title="天津市政府工作报告",
                  published="2022-01", reference_year=2022)
    r = row(res, "gdp_growth_real")
    assert (r["year"], r["value"], r["qualifier"]) == (2021, 6.5, "approx")


def test_a_year_named_as_a_cause_sets_no_year(tmp_path):
    res = extract(tmp_path, "2023年，北京渔业产值8.2亿元，受2022年基数较高影响，林业实现产值60.1亿元。\n",
                  published="2024-01", reference_year=2024)
    assert cand(res, "60.1亿元")["year"] == 2023


def test_the_date_of_an_event_does_not_carry_to_later_sentences(tmp_path):
    res = extract(tmp_path, "2018年5月，园区正式揭牌。北京支持在雄安新区建设学校5所。\n",
                  published="2021-02", reference_year=2021)
    assert {r["year"] for r in out(res, "5所")} == {2020}


def test_so_far_is_the_day_of_publication(tmp_path):
    res = extract(tmp_path, "迄今，中关村企业已在津冀两地设立分公司1500家。\n", published="2017-02", reference_year=2017)
    assert {r["year"] for r in out(res, "1500家")} == {2017}


def test_a_lead_restating_a_catalogued_figure_is_no_candidate(tmp_path):
    res = extract(tmp_path, "2022年末常住总人口7300万人 出生率为6.1‰\n\n2022年末，河北省常住人口7300万人。\n",
                  title="河北人口", published="2023-02", reference_year=2023)
    assert not [c for c in res.candidates if c["raw"] == "7300万人"]
    assert row(res, "population_year_end")["value"] == 7300


def test_one_rate_for_two_measures_is_two_figures(tmp_path):
    res = extract(tmp_path, "2023年，北京汽车制造业增加值增长5.2%，医药制造业增加值增长5.2%。\n")
    assert len(out(res, "5.2%")) == 2


def test_origin_abbreviation_after_laizi_is_not_the_region(tmp_path):
    res = extract(tmp_path, "2022年上半年，天津来自京冀的产业项目到位金额880.5亿元。\n")
    assert cand(res, "880.5亿元")["region"] == "tianjin"


def test_the_places_a_flow_comes_from_are_not_its_region(tmp_path):
    res = extract(tmp_path, "2022年1至9月，河北省引进北京、天津项目2900个、资金2300亿元。\n")
    assert cand(res, "2900个")["region"] == "hebei" and cand(res, "2300亿元")["region"] == "hebei"


def test_domestic_investment_is_not_another_region(tmp_path):
    res = extract(tmp_path, "2022年上半年，全市国内招商引资额超1800亿元。\n", title="天津招商引资")
    assert cand(res, "超1800亿元")["region"] == "tianjin"
    res = extract(tmp_path, "2022年，国内生产总值增长3.0%。\n", title="天津经济")
    assert why(res, "3.0%") == "other region"


def test_an_aside_in_brackets_is_no_candidate_but_a_conversion_is(tmp_path):
    res = extract(tmp_path, "2022年，河北设立产业基金(首期规模60亿元)。北京人均地区生产总值19.0万元(按年平均汇率折算为2.8万美元)。\n")
    assert why(res, "60亿元") == "aside"
    assert cand(res, "2.8万美元")["region"] == "beijing"


def test_a_headline_flow_toward_a_region_names_that_region_as_subject(tmp_path):
    res = extract(tmp_path, "上半年，全市共引进京冀企业投资项目1500个。\n", title="京冀来津投资持续增长",
                  published="2022-07", reference_year=2022)
    assert cand(res, "1500个")["region"] == "tianjin"


def test_a_name_in_the_headline_still_names_the_subject(tmp_path):
    res = extract(tmp_path, "2021年，区域地区生产总值9.6万亿元。\n", title="京津冀协同发展成效显著")
    assert [r["region"] for r in res.rows] == ["jjj"]


def test_a_year_compared_with_part_of_it_is_no_change(tmp_path):
    res = extract(tmp_path, "2021年，天津市第二产业增加值为5000.5亿元，同比增长3.0%，比前三季度加快1.1个百分点。\n")
    assert why(res, "1.1个百分点") == "comparison with a period"
    assert {r["year"] for r in out(res, "5000.5亿元")} == {2021}


def test_rates_per_thousand_and_a_written_minus_sign(tmp_path):
    res = extract(tmp_path, "2022年末，河北省人口出生率为6.1‰，人口自然增长率为-1.5‰。\n")
    assert row(res, "birth_rate")["value"] == 6.1
    assert row(res, "natural_growth_rate")["value"] == -1.5
    res = extract(tmp_path, "2013-2021年，河北省PM2.5平均浓度下降62.7%。\n")
    assert all(r["value"] != 2021 for r in res.rows + res.candidates)




def test_a_from_point_year_dates_only_its_own_value(tmp_path):
    res = extract(tmp_path, "2021年，全市产业结构由2015年的0.6:19.7:79.7调整为0.3:18.0:81.7，第三产业比重比2015年提高了2.0个百分点。\n",
                  title="北京经济")
    c = cand(res, "2.0个百分点")
    assert (c["year"], c["base_year"]) == (2021, 2015)


def test_a_period_after_a_lead_in_holds_for_the_paragraph(tmp_path):
    res = extract(tmp_path, "据介绍，2024年一季度，河北空气质量持续改善。全省优良天数65天，同比增加8天。\n",
                  published="2024-05", reference_year=2024)
    c = cand(res, "65天")
    assert c["candidate_id"].startswith("Q1|") and c["year"] == 2024
    assert not res.rows



def test_the_whole_year_again_ends_a_quarter(tmp_path):
    res = extract(tmp_path, "2021年全市城镇调查失业率为5.0%，4季度为4.6%，全年新登记市场主体30.2万户。\n", title="天津经济")
    assert not cand(res, "30.2万户")["candidate_id"].startswith("Q4")


def test_several_periods_in_one_list_give_no_period_candidate(tmp_path):
    res = extract(tmp_path, "2021年一季度、上半年、前三季度、全年地区生产总值增速分别为-5.1%、0.5%、2.0%、2.5%。\n", title="天津经济")
    assert not [c for c in res.candidates if c["candidate_id"].startswith(("Q1", "上半年", "前三季度"))]


def test_counts_of_parts_are_no_candidates(tmp_path):
    res = extract(tmp_path, "2022年，河北提出6个方面24条具体措施，轨道交通现有8条主线30条支线。\n")
    assert why(res, "24条") == "count of parts" and why(res, "30条") == "count of parts"



def test_other_inside_an_industry_name_is_no_remainder(tmp_path):
    res = extract(tmp_path, "2023年，北京计算机、通信和其他电子设备制造业增加值增长8.5%。\n")
    assert cand(res, "8.5%")["region"] == "beijing"


def test_average_and_running_years_are_not_part_of_the_measure(tmp_path):
    res = extract(tmp_path, "2024年，河北全省重度污染天数平均4天，地表水国控断面优良比例连续三年达到80.5%。\n",
                  published="2025-02", reference_year=2025)
    assert cand(res, "4天")["phrase"] == "全省重度污染天数" or cand(res, "4天")["phrase"] == "重度污染天数"
    assert "连续" not in cand(res, "80.5%")["phrase"]


def test_wan_duo_yi_is_more_than_so_many_wanyi(tmp_path):
    res = extract(tmp_path, "河北全省生产总值由2012年的2.5万亿元提高到2021年的4万多亿元。\n", title="河北十年",
                  published="2022-08", reference_year=2022)
    r = row(res, "gdp", year=2021)
    assert (r["value"], r["qualifier"]) == (40000, "more_than")


def test_a_line_read_out_toneless_throughout_is_cleaned(tmp_path):
    res = extract(tmp_path, "2022年(nian)(nian)天津市農林牧(mu)漁業(ye)(ye)總產(chan)值(zhi)500.25億(yi)(yi)元(yuan)(yuan)。\n",
                  language="zh-Hant")
    c = cand(res, "500.25亿元")
    assert (c["region"], c["year"], c["value"]) == ("tianjin", 2022, 500.25)


def test_a_breakdown_sentence_takes_the_region_of_the_sentence_before(tmp_path):
    res = extract(tmp_path, "2021年天津实现地区生产总值15695.05亿元。其中，第二产业增加值5854.27亿元。\n",
                  title="京津冀经济对比")
    assert row(res, "value_added_secondary")["region"] == "tianjin"


def test_a_newspaper_name_is_no_region(tmp_path):
    res = extract(tmp_path, "2024年，天津日报记者从推介会上获悉，此次推介会签约合作项目共60个。\n",
                  title="通州与北三县项目推介会", published="2024-09", reference_year=2024)
    assert not [r for r in res.candidates + res.rows if r["raw"] == "60个" and r["region"] == "tianjin"]


def test_the_ends_of_a_from_to_pair_do_not_date_later_sentences(tmp_path):
    res = extract(tmp_path, "河北城镇居民人均可支配收入由2012年的20543元增长到2021年的39791元。河北累计承接京津转入单位近3万家。\n",
                  title="河北十年", published="2022-08", reference_year=2022)
    assert {r["year"] for r in out(res, "近3万家")} == {2022}


def test_a_half_width_full_stop_before_a_space_ends_a_sentence(tmp_path):
    res = extract(tmp_path, "2017年京津冀区域研发经费投入强度为3.1%, 三地差距明显缩小. 在创新产出方面, 区域研发经费投入强度达到3.2%.\n",
                  published="2018-08", reference_year=2018)
    assert {r["value"] for r in res.rows if r["indicator"] == "rd_intensity"} >= {3.1}
    assert all(r["raw"] != "2.5" for r in res.rows)  # decimals are not sentence ends


# Numbers that are no figure of their own, each with the reason the build report gives.
NOT_A_FIGURE = [
    pytest.param("2021年，天津市15条重点产业链规模以上企业营业收入增长6.2%。\n", "15条", "scope of another figure",
                 id="count_that_scopes_another_figure_is_no_candidate"),
    pytest.param("2021年，天津市汽车制造业增加值增长8.0%，拉动全市工业增长0.9个百分点。\n", "0.9个百分点", "contribution",
                 id="contribution_to_growth_is_no_change_of_its_own"),
    pytest.param("2021年，河北省各市商务部门和企业代表共计200余人参加推介会。\n", "200余人", "participants",
                 id="people_at_a_meeting_are_no_figure"),
    pytest.param("2022年，滨海新区引进项目300个，其他区项目900个。\n", "900个", "remainder",
                 id="the_rest_of_a_breakdown_is_no_candidate"),
    pytest.param("2022年，京津冀快递业务量与十年前相比增幅达55%以上。\n", "55%以上", "other base year",
                 id="a_change_over_years_ago_is_not_year_on_year"),
    pytest.param("2022年，河北省快递业务量五年增长近90%。\n", "近90%", "other base year",
                 id="a_change_over_several_years_is_not_year_on_year"),
    pytest.param("2023年，天津集成电路、生物医药、车联网产业链增加值增速超过12%。\n", "超过12%", "one figure for a list",
                 id="one_bound_for_a_list_of_items_is_no_candidate"),
]


@pytest.mark.parametrize("sentence, raw, reason", NOT_A_FIGURE)
def test_number_that_is_no_figure_is_skipped_with_its_reason(tmp_path, sentence, raw, reason):
    assert why(extract(tmp_path, sentence), raw) == reason


# -- round 3: what a reader would not count ---------------------------------------------------------

def test_the_base_value_of_an_index_is_no_figure(tmp_path):
    res = extract(tmp_path, "2022年，天津营商环境指数的测算以2015年为基期并设定指数值为100，当年指数为131.5。\n")
    assert not out(res, "100") and why(res, "100") == "index base value"
    assert out(res, "131.5")


def test_a_total_investment_of_works_just_counted_is_a_figure(tmp_path):
    res = extract(tmp_path, "2022年，河北省开工建设物流枢纽12个，总投资380亿元。\n")
    # (no measure until round 14; since then the total of the works the sentence names is one)
    assert [(r["candidate_id"], r["region"]) for r in out(res, "380亿元")] == [("总投资|亿元", "hebei")]
    assert out(res, "12个")
    res = extract(tmp_path, "2022年，河北完成物流枢纽投资380亿元。\n")
    assert out(res, "380亿元")  # whose investment is named: a measure


def test_a_count_that_runs_on_into_another_figure_scopes_it(tmp_path):
    res = extract(tmp_path, "2021年，天津市规模以上工业28个行业大类增加值增长7.5%。\n")
    assert not out(res, "28个") and why(res, "28个") == "scope of another figure"
    res = extract(tmp_path, "2021年，河北省新建改建农村公路6500公里，新增养老机构120家。\n")
    assert out(res, "120家")  # a count of its own, the clause ends after it


def test_a_headline_naming_two_cities_resolves_anaphora_only_with_the_publisher(tmp_path):
    body = "2022年，全市新增市场主体30万户。\n"
    res = extract(tmp_path, body, title="天津、北京两地企业合作成效显现", publisher="天津测试网")
    assert [c["region"] for c in out(res, "30万户")] == ["tianjin"]
    res = extract(tmp_path, body, title="天津、北京两地企业合作成效显现", publisher="测试")
    assert not out(res, "30万户") and why(res, "30万户") == "ambiguous anaphora"
    res = extract(tmp_path, body, title="天津、北京两地企业合作成效显现", publisher="河北测试网")
    assert not out(res, "30万户")  # a publisher naming neither does not choose


def test_a_concentration_shortened_after_its_full_unit_keeps_that_unit(tmp_path):
    res = extract(tmp_path, "从2015年到2022年，天津市PM2.5年均浓度从70微克/立方米下降到37微克。\n")
    got = [r for r in res.rows if r["raw"] == "37微克"]
    assert got and got[0]["indicator"] == "pm25_annual_mean" and got[0]["value"] == 37 and got[0]["region"] == "tianjin"


def test_a_phrase_that_ends_on_an_area_names_no_measure(tmp_path):
    res = extract(tmp_path, "2022年，北京疏解提升动物园地区12家批发市场。\n")
    assert not out(res, "12家") and why(res, "12家") == "no measure phrase"


def test_a_count_of_one_is_a_single_item(tmp_path):
    res = extract(tmp_path, "2022年，北京在廊坊援建4所幼儿园、1所养老院。\n")
    assert not out(res, "1所") and why(res, "1所") == "single item"


def test_service_agencies_sent_into_a_park_are_not_its_firms(tmp_path):
    res = extract(tmp_path, "2023年，雄安中关村科技园组织8家服务机构入驻园区。\n")
    assert not [r for r in res.rows if r["indicator"] == "xiongan_zgc_park_firms"]
    res = extract(tmp_path, "截至2023年底，雄安中关村科技园累计入驻企业60家。\n")
    assert [r["value"] for r in res.rows if r["indicator"] == "xiongan_zgc_park_firms"] == [60]


def test_a_verb_before_a_count_names_no_measure(tmp_path):
    res = extract(tmp_path, "2023年，天津组织25家企业赴河北对接。\n")
    assert not out(res, "25家") and why(res, "25家") == "no measure phrase"


def test_a_long_phrase_joining_several_actions_names_no_measure(tmp_path):
    res = extract(tmp_path, "2022年，北京完成撤并整合、提质改造和疏解外迁区域性物流仓储基地35个。\n")
    assert not out(res, "35个") and why(res, "35个") == "no measure phrase"
    res = extract(tmp_path, "2022年，北京疏解外迁区域性物流仓储基地35个。\n")
    assert out(res, "35个")


def test_a_clause_worded_like_an_earlier_one_states_the_same_measure(tmp_path):
    res = extract(tmp_path, "截至2022年底，中关村企业在津冀的分支机构累计8000余家。其中，天津有分支机构3500家，带动投资500亿元；"
                            "河北有分支机构4500家，带动投资400亿元。\n")
    assert row(res, "zgc_branches_in_tjhb", region="hebei")["value"] == 4500
    assert row(res, "zgc_branches_in_tjhb", region="tianjin")["value"] == 3500
    res = extract(tmp_path, "截至2022年底，中关村企业在津冀的分支机构累计8000余家。其中，天津有分支机构3500家，带动投资500亿元；"
                            "河北新增孵化器45家。\n")
    assert not [r for r in res.rows if r["indicator"] == "zgc_branches_in_tjhb" and r["region"] == "hebei"]
