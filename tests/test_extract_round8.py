"""Issue 8, round 8: the income and jobs indicators round 7 had to drop, Chinese numerals and fractions with
every unit family, "X年来" periods, anaphora from the headline, flows stated from the receiving side and the
units real releases use. Every sentence is our own; the negatives (another city's figure, a gap between
cities, a per-year figure in a period, an anaphor the headline does not resolve) come first in each group.
"""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out, rows, spring, why


def one(res, raw):
    found = out(res, raw)
    assert len(found) == 1, (raw, res.rows, res.candidates, res.skipped)
    return found[0]


# -- the three re-added indicators ----------------------------------------------------------------

def test_real_income_growth_is_its_own_indicator_beside_the_nominal(tmp_path):
    res = spring(tmp_path, "2023年，北京居民人均可支配收入81752元，比上年增长5.6%，扣除价格因素实际增长5.2%。\n")
    assert rows(res, "81752元") == [("disposable_income_per_capita", "beijing", 2023)]
    assert rows(res, "5.6%") == [("disposable_income_per_capita_growth", "beijing", 2023)]
    assert rows(res, "5.2%") == [("disposable_income_per_capita_real_growth", "beijing", 2023)]


def test_urban_and_rural_real_growth_are_not_the_residents_real_growth(tmp_path):
    res = spring(tmp_path, "2023年，北京城镇居民人均可支配收入88650元，实际增长4.8%；农村居民人均可支配收入37358元，实际增长6.5%。\n")
    assert rows(res, "88650元") == [("urban_disposable_income_per_capita", "beijing", 2023)]
    assert rows(res, "37358元") == [("rural_disposable_income_per_capita", "beijing", 2023)]
    assert not rows(res, "4.8%") and not rows(res, "6.5%")


def test_urban_income_ratio_and_shanghai_are_no_urban_income(tmp_path):
    res = spring(tmp_path, "2023年，上海城镇居民人均可支配收入89477元。河北城镇居民人均可支配收入与农村居民之比为2.1。\n",
                 title="北京经济运行")
    assert why(res, "89477元") == "other region"
    assert not out(res, "2.1")


def test_new_urban_jobs_a_year_but_not_a_floor_kept_every_year_or_a_target(tmp_path):
    res = spring(tmp_path, "2023年，北京城镇新增就业26.1万人，比上年增加0.1万人。\n"
                           "十年来，北京城镇新增就业每年保持在26万人以上。\n"
                           "2024年，北京城镇新增就业目标为26万人。\n")
    assert rows(res, "26.1万人") == [("new_urban_jobs", "beijing", 2023)]
    assert not rows(res, "0.1万人")
    assert why(res, "26万人以上") in ("average annual rate", "threshold")  # a floor kept every year, no value
    assert why(res, "26万人") == "target"


def test_a_yearly_average_in_a_period_is_no_total_and_new_ones_add_up(tmp_path):
    res = spring(tmp_path, "十年来，北京年均新增城镇就业26万人，累计新增260万人。\n")
    assert why(res, "26万人") == "average annual rate"
    assert one(res, "260万人")["measure"] == "cumulative" and one(res, "260万人")["period_start"] == 2014


# -- Chinese numerals and fractions ---------------------------------------------------------------

@pytest.mark.parametrize("body, raw, value, qualifier, unit", [
    ("2023年，天津服务业增加值占地区生产总值的比重超过六成。", "超过六成", 60, "more_than", "%"),
    ("2023年，河北森林覆盖率超过三成。", "超过三成", 30, "more_than", "%"),
    ("2023年，河北科技成果转化率近四成。", "近四成", 40, "approx", "%"),
    ("截至2023年底，中关村企业在河北设立分支机构千余家。", "千余家", 1000, "more_than", "家"),
    ("2023年，河北高新技术企业一万二千余家。", "一万二千余家", 12000, "more_than", "家"),
    ("2023年，京津冀开行中欧班列一万零五百列。", "一万零五百列", 10500, "exact", "列"),
    ("2023年，北京常住人口两千一百八十五万人。", "两千一百八十五万人", 2185, "exact", "万人"),
    ("2023年，天津港集装箱吞吐量超过两千万标准箱。", "超过两千万标准箱", 2000, "more_than", "万标准箱"),
    ("2023年，天津港货物吞吐量超五亿吨。", "超五亿吨", 50000, "more_than", "万吨"),
    ("2023年，河北新增养老机构床位近两万张。", "近两万张", 2, "approx", "万张"),
    ("2023年，河北完成农村危房改造三万余户。", "三万余户", 3, "more_than", "万户"),
    ("2023年，河北新增造林绿化面积三十余万公顷。", "三十余万公顷", 30, "more_than", "万公顷"),
    ("2023年，河北新建中小学百余所。", "百余所", 100, "more_than", "所"),
    ("2023年，天津签订合作协议三十余份。", "三十余份", 30, "more_than", "份"),
    ("2023年，天津港开通集装箱航线百余班。", "百余班", 100, "more_than", "班"),
    ("2023年，京津冀新开通城际列车三十对。", "三十对", 30, "exact", "对"),
])
def test_chinese_numerals_with_every_unit_family(tmp_path, body, raw, value, qualifier, unit):
    got = one(spring(tmp_path, body + "\n"), raw)
    assert got["value"] == pytest.approx(value) and got["qualifier"] == qualifier and got["year"] == 2023
    assert got.get("unit", unit) == unit   # a candidate says its unit; a row is in its indicator's


def test_a_numeral_with_wan_inside_is_one_number_not_its_tail(tmp_path):
    res = spring(tmp_path, "2023年，河北高新技术企业一万二千余家。\n")
    assert not out(res, "二千余家")


@pytest.mark.parametrize("body, raw", [
    ("2023年，河北承接京津转移项目中三分之一为制造业项目。", "三分之一"),
    ("2023年，河北承接京津转移项目中1/3为制造业项目。", "1/3"),
])
def test_fractions_are_shares(tmp_path, body, raw):
    got = one(spring(tmp_path, body + "\n"), raw)
    assert got["value"] == 33.33 and got["measure"] == "share" and got["region"] == "hebei"


def test_more_than_two_thirds_is_a_share_more_than(tmp_path):
    res = spring(tmp_path, "2023年，天津服务业增加值占比超三分之二。\n")
    got = one(res, "超三分之二")
    assert got["indicator"] == "tertiary_share" and got["qualifier"] == "more_than"
    assert got["value"] == 66.67


# -- X年来 ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, raw, ref, start", [
    ("十年来，京津冀三地累计打通断头路1000多公里。", "1000多公里", 2024, 2014),
    ("11年来，北京向津冀输出技术合同成交额累计超2800亿元。", "超2800亿元", 2025, 2014),
    ("近十年来，北京累计退出一般制造业企业3000余家。", "3000余家", 2025, 2015),
])
def test_years_since_count_back_from_the_reference_year(tmp_path, body, raw, ref, start):
    res = extract(tmp_path, body + "\n", reference_year=ref, published=f"{ref}-02")
    got = one(res, raw)
    assert got["period_start"] == start and got["year"] == ref - 1  # a February release: up to the year just closed
    summer = extract(tmp_path, body + "\n", reference_year=ref, published=f"{ref}-07")
    assert (one(summer, raw)["period_start"], one(summer, raw)["year"]) == (start, ref)


def test_years_since_with_an_anaphor_gives_a_cumulative_candidate(tmp_path):
    res = extract(tmp_path, "十年来，全市累计新增城镇就业300万人。\n", reference_year=2024, published="2024-03",
                  title="天津十年")
    got = one(res, "300万人")
    assert (got["region"], got["measure"], got["period_start"]) == ("tianjin", "cumulative", 2014)


# -- anaphora ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("title, body, raw, region", [
    ("保定市2023年国民经济和社会发展统计公报", "2023年，全市地区生产总值4000.5亿元。", "4000.5亿元", "baoding"),
    ("廊坊经济运行", "2023年，我市地区生产总值4000.5亿元。", "4000.5亿元", "langfang"),
    ("滨海新区经济运行", "2023年，全区地区生产总值7000亿元。", "7000亿元", "binhai"),
    ("京津冀三地经济总量突破10万亿元", "2023年，区域地区生产总值10.4万亿元。", "10.4万亿元", "jjj"),
    ("北京经济运行", "2023年，三地地区生产总值合计10.4万亿元。", "10.4万亿元", "jjj"),
])
def test_anaphora_take_the_headline_region(tmp_path, title, body, raw, region):
    res = spring(tmp_path, body + "\n", title=title)
    assert rows(res, raw) == [("gdp", region, 2023)]


@pytest.mark.parametrize("title, body, raw", [
    ("京津两市经济运行", "2023年，全市地区生产总值16737.3亿元。", "16737.3亿元"),     # two cities: which?
    ("上海经济运行", "2023年，全市地区生产总值4000.5亿元。", "4000.5亿元"),          # a city outside the catalogue
    ("天津经济运行", "2023年，区域地区生产总值10.4万亿元。", "10.4万亿元"),          # 区域 is no city
    ("京津冀协同发展十年成效", "2023年，全省地区生产总值43944.1亿元。", "43944.1亿元"),  # no one province named
])
def test_an_anaphor_the_headline_does_not_resolve_is_skipped(tmp_path, title, body, raw):
    res = spring(tmp_path, body + "\n", title=title)
    assert not out(res, raw) and why(res, raw) == "ambiguous anaphora"


# -- flows from the receiving side -------------------------------------------------------------------

def test_hebei_takes_in_projects_from_beijing_and_tianjin(tmp_path):
    res = spring(tmp_path, "2023年，河北承接京津转移项目1200个。\n2022年，京津企业在冀投资项目1100个，到位资金2000亿元。\n")
    assert rows(res, "1200个") == [("bjtj_projects_in_hebei", "hebei", 2023)]
    assert rows(res, "1100个") == [("bjtj_projects_in_hebei", "hebei", 2022)]
    assert rows(res, "2000亿元") == [("bjtj_investment_in_hebei", "hebei", 2022)]


def test_projects_from_beijing_alone_or_a_running_total_are_not_the_years_bjtj_projects(tmp_path):
    res = spring(tmp_path, "2023年，河北承接北京转移项目1200个。\n截至2023年底，河北累计承接京津转移项目1.2万个。\n")
    assert not rows(res, "1200个") and not rows(res, "1.2万个")


def test_tianjin_takes_in_projects_and_funds_from_beijing(tmp_path):
    res = spring(tmp_path, "2023年，天津引进北京项目1200个，到位资金1800亿元。\n"
                           "2022年，来自北京的产业项目在天津落地300个，到位额800亿元。\n")
    assert rows(res, "1200个") == [("bj_hb_projects_in_tianjin", "tianjin", 2023)]
    assert rows(res, "1800亿元") == [("bj_hb_investment_in_tianjin", "tianjin", 2023)]
    assert rows(res, "300个") == [("bj_hb_projects_in_tianjin", "tianjin", 2022)]
    assert rows(res, "800亿元") == [("bj_hb_investment_in_tianjin", "tianjin", 2022)]


def test_technology_contracts_hebei_absorbed_from_beijing_and_tianjin(tmp_path):
    res = spring(tmp_path, "2023年，河北吸纳京津技术合同成交额800亿元，增长20%。\n")
    assert rows(res, "800亿元") == [("tech_contract_turnover_from_bjtj", "hebei", 2023)]
    assert rows(res, "20%") == [("tech_contract_turnover_from_bjtj_yoy", "hebei", 2023)]


def test_technology_contracts_from_beijing_alone_stay_beijings_flow(tmp_path):
    res = spring(tmp_path, "2023年，河北吸纳北京技术合同成交额400亿元。\n2022年，津冀承接北京技术合同成交额356.9亿元。\n")
    assert rows(res, "400亿元") == [("tech_contract_turnover_to_tjhb", "hebei", 2023)]
    assert rows(res, "356.9亿元") == [("tech_contract_turnover_to_tjhb", "tianjin_hebei", 2022)]


def test_the_provinces_own_contracts_and_other_clauses_are_no_absorbed_flow(tmp_path):
    res = spring(tmp_path, "2023年，河北吸纳京津技术合同成交额800亿元；全省技术合同成交额1200亿元，增长20%。\n"
                           "2022年，天津承接北京转移项目300个，技术合同成交额1200.5亿元。\n"
                           "2021年，河北吸纳京津技术合同成交额600亿元，科技成果转化率近四成。\n")
    assert rows(res, "800亿元") == [("tech_contract_turnover_from_bjtj", "hebei", 2023)]
    assert not rows(res, "20%") and not rows(res, "1200亿元")
    assert not rows(res, "1200.5亿元") and not rows(res, "300个")
    assert not rows(res, "近四成")


# -- units ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, raw, unit", [
    ("2023年，河北发放医保电子凭证1200万份。", "1200万份", "万份"),
    ("2023年，京津冀开行海铁联运班列1200班。", "1200班", "班"),
    ("2023年，北京新增普惠性幼儿园50所。", "50所", "所"),
    ("2023年，河北完成农村危房改造3万户。", "3万户", "万户"),
    ("2023年，河北完成营造林面积500万公顷。", "500万公顷", "万公顷"),
    ("2023年，京津冀开行中欧班列800列。", "800列", "列"),
    ("2023年，京津冀新开通城际列车30对。", "30对", "对"),
    ("2023年，河北新增养老床位5000张床位。", "5000张", "张"),
])
def test_units_of_real_releases_make_candidates(tmp_path, body, raw, unit):
    got = one(spring(tmp_path, body + "\n"), raw)
    assert got["unit"] == unit and got["year"] == 2023


def test_teu_in_every_spelling_and_another_ports_figure(tmp_path):
    res = spring(tmp_path, "2023年，天津港集装箱吞吐量2219万标准箱，上海港4916万标准箱。\n"
                           "2022年，天津港集装箱吞吐量约2100万标箱。\n2021年，天津港集装箱吞吐量2027万TEU。\n")
    # (天津港 is the port's own region since round 30: a seaport named after its city keeps its figures)
    assert rows(res, "2219万标准箱") == [("port_container_throughput", "tianjin_port", 2023)]
    assert rows(res, "约2100万标箱") == [("port_container_throughput", "tianjin_port", 2022)]
    assert rows(res, "2027万TEU") == [("port_container_throughput", "tianjin_port", 2021)]
    assert why(res, "4916万标准箱") == "other region"


def test_a_ports_part_without_its_own_region_is_skipped(tmp_path):
    res = spring(tmp_path, "2023年，唐山港货物吞吐量8.4亿吨，天津港货物吞吐量5.6亿吨，其中粮食300万吨。\n")
    assert rows(res, "8.4亿吨") == [("port_cargo_throughput", "tangshan_port", 2023)]
    assert not out(res, "300万吨")


def test_a_gap_between_cities_is_no_level(tmp_path):
    res = spring(tmp_path, "2023年，北京地区生产总值比天津多27000亿元。\n")
    assert why(res, "27000亿元") == "comparison between regions"


# -- vague numerals, fractions with a qualifier after them, changes over a period ---------------------

@pytest.mark.parametrize("body, raw", [
    ("2023年，河北新建学校几十所。", "十所"),
    ("2023年，河北新建学校数十所。", "十所"),
    ("2023年，河北新建学校二三十所。", "二三十所"),
    ("2023年，中关村企业在河北设立分支机构数千家。", "千家"),
])
def test_vague_numerals_give_no_figure(tmp_path, body, raw):
    res = spring(tmp_path, body + "\n")
    assert not res.rows and not res.candidates and not out(res, raw)


def test_a_numeral_read_digit_by_digit_is_still_a_number(tmp_path):
    assert one(spring(tmp_path, "2023年，河北新建医院一〇五所。\n"), "一〇五所")["value"] == 105


@pytest.mark.parametrize("body, raw, qualifier", [
    ("2023年，河北引进京津项目占全省引进项目的三分之一以上。", "三分之一以上", "at_least"),
    ("2023年，河北引进京津项目占全省引进项目的比重为1/3左右。", "1/3左右", "approx"),
])
def test_a_qualifier_after_a_fraction_is_read(tmp_path, body, raw, qualifier):
    got = one(spring(tmp_path, body + "\n"), raw)
    assert got["qualifier"] == qualifier and got["value"] == 33.33


def test_a_change_over_a_period_is_no_year_on_year_row(tmp_path):
    res = spring(tmp_path, "十年来，北京地区生产总值增长65%。\n十年来，京津冀PM2.5平均浓度下降60%。\n")
    assert not rows(res, "65%")  # not the year's real growth: at most a candidate, since the period began
    assert {r["base_year"] for r in out(res, "65%")} <= {2014}
    got = one(res, "60%")
    assert got["base_year"] == 2014 and got["value"] == -60   # a candidate: the change since the period began


def test_year_on_year_inside_a_period_stays_year_on_year(tmp_path):
    res = extract(tmp_path, "今年以来，北京地区生产总值同比增长5.2%。\n2014年以来，北京常住人口减少30万人，比上年减少2万人。\n",
                  reference_year=2024, published="2024-09")
    assert rows(res, "5.2%") == [("gdp_growth_real", "beijing", 2024)]
    assert rows(res, "2万人") == [("population_year_end_change", "beijing", 2024)]
    assert one(res, "30万人")["base_year"] == 2014


@pytest.mark.parametrize("opening", ["过去十年", "十年间", "这十年", "十年里"])
def test_other_ways_to_say_ten_years_open_a_period(tmp_path, opening):
    res = spring(tmp_path, f"{opening}，北京累计退出一般制造业企业3000余家。\n")
    got = one(res, "3000余家")
    assert (got["indicator"], got["year"], got["period_start"]) == ("bj_manufacturing_firms_exited_cumulative", 2023, 2014)


def test_this_one_year_is_no_period(tmp_path):
    res = spring(tmp_path, "这一年，北京地区生产总值增长5.2%。\n")
    assert rows(res, "5.2%") == [("gdp_growth_real", "beijing", 2023)]


# -- a Hebei city's share of the flows: its own region ---------------------------------------------------

def test_a_hebei_citys_projects_funds_and_contracts_from_beijing_and_tianjin(tmp_path):
    res = spring(tmp_path, "2023年，廊坊市引进京津项目300个，引进京津资金500亿元。\n2022年，保定吸纳京津技术合同成交额100亿元。\n")
    assert rows(res, "300个") == [("bjtj_projects_in_hebei", "langfang", 2023)]
    assert rows(res, "500亿元") == [("bjtj_investment_in_hebei", "langfang", 2023)]
    assert rows(res, "100亿元") == [("tech_contract_turnover_from_bjtj", "baoding", 2022)]


def test_the_citys_anaphor_and_the_provinces_breakdown(tmp_path):
    res = spring(tmp_path, "2023年，全市引进京津项目300个。\n", title="沧州市2023年经济运行")
    assert rows(res, "300个") == [("bjtj_projects_in_hebei", "cangzhou", 2023)]
    res = spring(tmp_path, "2023年，河北引进京津项目1200个，廊坊、保定分别为300个、200个。\n")
    assert rows(res, "1200个") == [("bjtj_projects_in_hebei", "hebei", 2023)]
    assert rows(res, "300个") == [("bjtj_projects_in_hebei", "langfang", 2023)]
    assert rows(res, "200个") == [("bjtj_projects_in_hebei", "baoding", 2023)]


def test_a_tianjin_district_is_no_hebei_city(tmp_path):
    res = spring(tmp_path, "2023年，河北区引进京津项目30个。\n")
    assert not res.rows


# -- decimals and percentages written out ---------------------------------------------------------------

def test_decimals_of_a_chinese_numeral_are_read_never_its_tail_alone(tmp_path):
    res = spring(tmp_path, "2023年，北京常住人口二千一百八十五点八万人。\n")
    assert rows(res, "二千一百八十五点八万人") == [("population_year_end", "beijing", 2023)]
    assert one(res, "二千一百八十五点八万人")["value"] == pytest.approx(2185.8)
    assert not out(res, "八万人")


@pytest.mark.parametrize("body, raw, indicator, value, qualifier", [
    ("2023年，北京地区生产总值增长百分之五点二。", "百分之五点二", "gdp_growth_real", 5.2, "exact"),
    ("2023年，天津服务业增加值占地区生产总值比重超过百分之六十。", "超过百分之六十", "tertiary_share", 60, "more_than"),
])
def test_percentages_written_out_are_rows(tmp_path, body, raw, indicator, value, qualifier):
    got = one(spring(tmp_path, body + "\n"), raw)
    assert (got["indicator"], got["qualifier"]) == (indicator, qualifier) and got["value"] == pytest.approx(value)


@pytest.mark.parametrize("body, raw, value", [
    ("2023年，河北森林覆盖率达到百分之三十五左右。", "百分之三十五左右", 35),
    ("2023年，北京技术合同成交额增长百分之一百二十。", "百分之一百二十", 120),
    ("2023年，北京高速公路ETC覆盖率百分之百。", "百分之百", 100),
])
def test_percentages_written_out_make_candidates(tmp_path, body, raw, value):
    got = one(spring(tmp_path, body + "\n"), raw)
    assert got["unit"] == "%" and got["value"] == pytest.approx(value)


def test_a_percentage_of_firms_is_no_measure(tmp_path):
    res = spring(tmp_path, "2023年，百分之九十的企业实现盈利。\n", title="北京经济")
    assert not out(res, "百分之九十")


def test_about_before_the_share_verb_makes_the_fraction_approximate(tmp_path):
    got = one(spring(tmp_path, "2023年，北京技术合同成交额中流向津冀的约占四分之一。\n"), "四分之一")
    assert got["qualifier"] == "approx" and got["value"] == pytest.approx(25)
