"""Round 6 of issue 8: rules for genres the held-out set is weak on (national bulletins listing provinces, Hebei
prefecture-city figures, dating by 年初, growth words a clause before the rate, headlines split by spaces). Every
sentence here is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import out, rows, spring, why

# -- national bulletins that list provinces -------------------------------------------------------

def test_province_list_pairs_ours_and_refuses_the_others(tmp_path):
    res = spring(tmp_path, "2023年，R&D经费投入强度超过全国平均水平的省份有6个，分别为北京、上海、天津、广东、江苏和浙江，"
                           "分别为6.73%、4.34%、3.58%、3.39%、3.29%和3.20%。\n", title="2023年全国科技经费投入统计公报")
    assert rows(res, "6.73%") == [("rd_intensity", "beijing", 2023)]
    assert rows(res, "3.58%") == [("rd_intensity", "tianjin", 2023)]
    for raw in ("4.34%", "3.39%", "3.29%", "3.20%"):
        assert not out(res, raw) and why(res, raw) == "other region"


def test_province_list_in_another_order_keeps_each_number_with_its_place(tmp_path):
    res = spring(tmp_path, "2023年，上海、天津、江苏和北京研发经费投入强度分别为4.34%、3.58%、3.29%和6.73%。\n")
    assert rows(res, "3.58%") == [("rd_intensity", "tianjin", 2023)]
    assert rows(res, "6.73%") == [("rd_intensity", "beijing", 2023)]
    assert not out(res, "4.34%") and not out(res, "3.29%")


def test_national_total_goes_to_none_of_our_regions(tmp_path):
    res = spring(tmp_path, "2023年，全国研究与试验发展经费投入强度为2.65%，比上年提高0.09个百分点。"
                           "其中，北京为6.73%，河北为2.08%。\n", title="全国科技经费投入统计公报")
    assert not out(res, "2.65%") and not out(res, "0.09个百分点")
    assert rows(res, "6.73%") == [("rd_intensity", "beijing", 2023)]
    assert rows(res, "2.08%") == [("rd_intensity", "hebei", 2023)]


def test_shanghai_figure_is_not_beijings(tmp_path):
    res = spring(tmp_path, "2023年，北京地区生产总值43761亿元，上海为47219亿元。\n")
    assert rows(res, "43761亿元") == [("gdp", "beijing", 2023)]
    assert not out(res, "47219亿元")


def test_count_of_provinces_past_a_bar_is_no_figure(tmp_path):
    res = spring(tmp_path, "2023年，研发经费投入强度超过全国平均水平的省(市)有6个。\n")
    assert not out(res, "6个")


# -- Hebei prefecture cities ------------------------------------------------------------------------

def test_city_list_gives_each_city_its_own_figure(tmp_path):
    res = spring(tmp_path, "2023年，研发经费投入强度超过全省平均水平的有5个地区，分别为廊坊市、唐山市、沧州市、衡水市和定州市，"
                           "分别为3.11%、2.60%、2.41%、2.30%和2.15%。\n", title="2023年全省R&D经费投入统计公报")
    assert rows(res, "3.11%") == [("rd_intensity", "langfang", 2023)]
    assert rows(res, "2.15%") == [("rd_intensity", "dingzhou", 2023)]
    assert not any(r["region"] == "hebei" for r in res.rows)
    assert not out(res, "5个")


def test_count_of_prefecture_cities_is_no_candidate(tmp_path):
    res = spring(tmp_path, "2023年，河北省13个设区市全部退出全国空气质量排名后二十。\n")
    assert not out(res, "13个")


def test_city_concentration_in_latin_letters(tmp_path):
    res = spring(tmp_path, "2023年，衡水市PM2.5平均浓度为41ug/m3，邢台市为44μg/m³。\n")
    assert rows(res, "41ug/m3") == [("pm25_annual_mean", "hengshui", 2023)]
    assert rows(res, "44μg/m³") == [("pm25_annual_mean", "xingtai", 2023)]


def test_mean_over_prefecture_cities_is_the_province(tmp_path):
    res = spring(tmp_path, "2023年，全省设区城市空气质量优良天数平均为251天，同比增加9天。重度污染以上天数平均为7天。\n",
                 title="河北省2023年生态环境状况公报")
    assert rows(res, "251天") == [("good_air_days", "hebei", 2023)]
    assert rows(res, "7天") == [("heavy_pollution_days", "hebei", 2023)]


def test_good_days_ratio_written_short(tmp_path):
    res = spring(tmp_path, "2023年，河北省优良天数251天，优良比率68.8%。\n")
    assert rows(res, "68.8%") == [("good_air_days_ratio", "hebei", 2023)]


def test_a_band_entered_is_no_value(tmp_path):
    res = spring(tmp_path, "2023年，河北省PM2.5平均浓度进入40微克/立方米以下阶段，全年为38.2微克/立方米。\n")
    assert not out(res, "40微克/立方米")
    assert rows(res, "38.2微克/立方米") == [("pm25_annual_mean", "hebei", 2023)]


def test_move_in_a_ranking_is_no_count(tmp_path):
    res = spring(tmp_path, "2023年，邯郸在全国168个重点城市中排名同比提升6个位次。\n")
    assert not out(res, "6个")


def test_gap_between_two_cities_is_not_a_level(tmp_path):
    res = spring(tmp_path, "2023年，唐山市地区生产总值比石家庄多出1600亿元，保定比邯郸高出300亿元。\n")
    assert not out(res, "1600亿元") and not out(res, "300亿元")


# -- years -------------------------------------------------------------------------------------------

def test_change_on_the_year_before_named_by_its_year_is_year_on_year(tmp_path):
    res = spring(tmp_path, "2023年，保定市PM2.5平均浓度为43微克/立方米，比2022年下降6.5%，比2013年下降58.2%。\n")
    assert rows(res, "6.5%") == [("pm25_change_yoy", "baoding", 2023)]
    assert rows(res, "58.2%") == [("pm25_change_vs_2013", "baoding", 2023)]


def test_a_stock_at_the_start_of_a_year_is_the_year_before(tmp_path):
    res = spring(tmp_path, "2024年初，天津市常住人口为1364万人。截至2024年初，河北累计承接京津转入基本单位4.6万个。\n")
    assert rows(res, "1364万人") == [("population_year_end", "tianjin", 2023)]
    assert rows(res, "4.6万个") == [("units_transferred_to_hebei_cumulative", "hebei", 2023)]


def test_start_of_a_year_as_a_base(tmp_path):
    res = spring(tmp_path, "2024年初，河北省常住人口为7393万人，较之2023年初减少27万人。\n")
    assert rows(res, "7393万人") == [("population_year_end", "hebei", 2023)]
    assert rows(res, "27万人") == [("population_year_end_change", "hebei", 2023)]


def test_two_months_are_not_the_year(tmp_path):
    res = spring(tmp_path, "2023年，北京市在11-12月发生重污染5天。\n")
    assert not rows(res, "5天")
    assert all(r["candidate_id"].startswith("11-12月|") for r in res.candidates if r["raw"] == "5天")  # named as such


# -- growth words and levels ------------------------------------------------------------------------

def test_growth_word_a_clause_before_its_rate(tmp_path):
    res = spring(tmp_path, "2023年，河北省地区生产总值同比增长，达到5.5%。\n")
    assert rows(res, "5.5%") == [("gdp_growth_real", "hebei", 2023)]


def test_rise_a_clause_before_a_level_stays_a_level(tmp_path):
    res = spring(tmp_path, "2023年，河北省常住人口城镇化率同比提高，达到62.8%。\n")
    assert rows(res, "62.8%") == [("urbanisation_rate", "hebei", 2023)]


def test_value_added_is_no_change_word(tmp_path):
    res = spring(tmp_path, "2023年，天津市地区生产总值比上年增长4.3%，其中，第三产业增加值10321.8亿元，增长5.5%。\n")
    assert rows(res, "10321.8亿元") == [("value_added_tertiary", "tianjin", 2023)]
    assert rows(res, "5.5%") == [("value_added_tertiary_growth", "tianjin", 2023)]


def test_percentage_of_another_clause_is_not_attached(tmp_path):
    res = spring(tmp_path, "2023年，北京流向津冀技术合同成交额748.7亿元；其中，四成来自高校。\n")
    assert rows(res, "748.7亿元") == [("tech_contract_turnover_to_tjhb", "tianjin_hebei", 2023)]
    assert not rows(res, "四成")


def test_preliminary_figure_gives_way_to_the_revised_one(tmp_path):
    res = spring(tmp_path, "北京2018年地区生产总值初步核算是30320亿元，修订后的地区生产总值是33106亿元。\n")
    assert rows(res, "33106亿元") == [("gdp", "beijing", 2018)]
    assert not out(res, "30320亿元") and why(res, "30320亿元") == "superseded"


def test_headline_parts_apart_by_a_space(tmp_path):
    res = spring(tmp_path, "北京2023年GDP增速5.2% 居民人均可支配收入超8万元。北京市统计局今天发布数据。\n")
    assert rows(res, "5.2%") == [("gdp_growth_real", "beijing", 2023)]
    assert rows(res, "超8万元") == [("disposable_income_per_capita", "beijing", 2023)]


def test_bar_kept_below_is_no_candidate(tmp_path):
    res = spring(tmp_path, "2023年，北京市城镇调查失业率保持在5%以内。\n")
    assert not out(res, "5%")


# -- scope of catalogued measures --------------------------------------------------------------------

def test_low_income_households_are_not_all_residents(tmp_path):
    res = spring(tmp_path, "2023年，北京市低收入农户人均可支配收入比上年增长11.2%。\n")
    assert not rows(res, "11.2%")


def test_manufacturing_rd_is_not_all_rd(tmp_path):
    res = spring(tmp_path, "2023年，河北省制造业R&D经费投入612.3亿元。\n")
    assert not rows(res, "612.3亿元")


def test_jjj_share_of_the_country_is_not_a_share_of_jjj(tmp_path):
    res = spring(tmp_path, "2023年，京津冀地区生产总值占全国比重为8.3%，京津冀GDP占8.3%。\n")
    assert not any(r["indicator"] == "gdp_share_of_jjj" for r in res.rows)


def test_ambiguous_city_anaphora_without_a_subject_is_skipped(tmp_path):
    res = spring(tmp_path, "2023年，全市地区生产总值增长5.0%。\n", title="京津冀三地发展报告")
    assert not out(res, "5.0%") and why(res, "5.0%") == "ambiguous anaphora"


def test_places_and_numbers_alternating_after_respectively(tmp_path):
    res = spring(tmp_path, "2023年，研发经费投入强度居前三位的分别是北京6.73%、上海4.34%和天津3.58%。\n")
    assert rows(res, "6.73%") == [("rd_intensity", "beijing", 2023)]
    assert rows(res, "3.58%") == [("rd_intensity", "tianjin", 2023)]
    assert not out(res, "4.34%")


def test_period_compared_with_is_not_the_period_of_what_follows(tmp_path):
    res = spring(tmp_path, "2019年-2023年，北京市累计完成基础设施投资12000.5亿元，为2014年-2018年的1.3倍，"
                           "占全社会固定资产投资的比重为28.4%。\n")
    assert all(r["year"] == 2023 for r in out(res, "28.4%"))


def test_province_taking_projects_from_beijing_is_the_subject(tmp_path):
    res = spring(tmp_path, "2014年以来，河北从北京引进项目800个。\n")
    assert all(r["region"] == "hebei" for r in out(res, "800个")) and out(res, "800个")


def test_one_plant_investment_is_no_figure_of_the_city(tmp_path):
    res = spring(tmp_path, "2023年，河北承接北京转移项目近千个，其中某汽车沧州工厂投资超过100亿元。\n")
    assert not out(res, "超过100亿元")


def test_more_than_half_is_a_share(tmp_path):
    res = spring(tmp_path, "2023年，北京流向津冀技术合同成交额748.7亿元，占流向外省市的比重超过一半。\n")
    found = out(res, "超过一半")
    assert found and found[0]["value"] == 50 and found[0]["qualifier"] == "more_than"


def test_half_of_another_place_is_no_figure(tmp_path):
    res = spring(tmp_path, "2023年，河北人均地区生产总值不足京津一半。\n")
    assert not res.rows and not res.candidates


def test_start_of_a_change_from_last_year_is_not_this_years(tmp_path):
    res = spring(tmp_path, "京津冀区域每万人口发明专利拥有量由上年的31.2件增加至2023年的35.6件。\n")
    assert all(r["year"] == 2023 for r in out(res, "35.6件")) and out(res, "35.6件")
    assert not out(res, "31.2件")


def test_count_of_sub_indices_is_a_scope(tmp_path):
    res = spring(tmp_path, "2023年，京津冀区域创新发展指数在5个分指数中提升最快。\n")
    assert not out(res, "5个")


def test_china_as_the_subject_of_a_national_measure_is_not_ours(tmp_path):
    res = spring(tmp_path, "2023年，中国研发经费投入强度为2.65%。\n", title="北京研发投入强度全国居首")
    assert not out(res, "2.65%")


def test_free_trade_zone_in_parentheses_is_not_the_province(tmp_path):
    res = spring(tmp_path, "2023年，中国（河北）自由贸易试验区新设企业6000家。河北省地区生产总值43944.1亿元。\n")
    assert [r["region"] for r in out(res, "6000家")] == ["hebei_ftz"]  # the zone's own (a region since round 26)
    assert rows(res, "43944.1亿元") == [("gdp", "hebei", 2023)]


def test_beijing_park_figure_is_not_beijings(tmp_path):
    res = spring(tmp_path, "2023年，中关村示范区研发投入强度为12.5%。\n", title="北京创新发展报告")
    assert [r["region"] for r in out(res, "12.5%")] == ["zhongguancun"]  # the zone's own (a region since round 26)


def test_years_a_programme_has_run_are_no_count(tmp_path):
    res = spring(tmp_path, "2023年，北京服务业扩大开放综合试点已走过8个年头。\n")
    assert not out(res, "8个")


def test_weight_of_a_ranking_method_is_no_share(tmp_path):
    res = spring(tmp_path, "2023年，天津按照综合指数和改善率各占50%权重进行排名。\n")
    assert not out(res, "50%")


def test_fell_to_is_the_level_reached(tmp_path):
    res = spring(tmp_path, "2023年，河北省文盲率下降为1.42%。\n")
    assert all(r["value"] > 0 for r in out(res, "1.42%"))


def test_headline_parts_apart_by_a_space_after_words(tmp_path):
    res = spring(tmp_path, "2023年经济成绩单出炉 增速达百分之五点二 北京去年地区生产总值超4.3万亿元。全年经济运行平稳。\n")
    assert rows(res, "超4.3万亿元") == [("gdp", "beijing", 2023)]


def test_headline_run_into_the_lead_paragraph(tmp_path):
    res = spring(tmp_path, "北京居民人均可支配收入超8万元2023年全市实现地区生产总值43760.7亿元，按可比价格计算，同比增长5.2%。\n",
                 title="北京去年GDP增长5.2%")
    assert rows(res, "43760.7亿元") == [("gdp", "beijing", 2023)]
    assert rows(res, "5.2%") == [("gdp_growth_real", "beijing", 2023)]


def test_country_first_in_a_growth_list_takes_its_own_slot(tmp_path):
    res = spring(tmp_path, "2023年，全国、北京、天津和河北地区生产总值分别增长5.2%、5.3%、4.3%和5.5%。\n")
    assert rows(res, "5.3%") == [("gdp_growth_real", "beijing", 2023)]
    assert rows(res, "4.3%") == [("gdp_growth_real", "tianjin", 2023)]
    assert rows(res, "5.5%") == [("gdp_growth_real", "hebei", 2023)]
    assert not out(res, "5.2%")
