"""Round 14 of issue 8: what a unit word really is, and the value a change starts from. Every sentence is written
for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, rows, skip_reasons


def values_of(res, raw):
    return [r["value"] for r in out(res, raw)]


# -- a unit word that is not the unit ----------------------------------------------------------------------------

def test_a_year_before_tianjins_name_is_no_count_of_days(tmp_path):
    res = extract(tmp_path, "2022天津两会天津北方网讯：2021年天津引进北京项目1100个。\n", published="2022-01-20",
                  reference_year=2022)
    assert not [r for r in res.rows + res.candidates if r["raw"].endswith("天")]
    assert [r["value"] for r in res.rows + res.candidates if r["raw"] == "1100个"] == [1100]


def test_a_density_per_hundred_square_kilometres_is_not_a_length(tmp_path):
    res = extract(tmp_path, "2022年，河北高速公路密度达到4.12公里/百平方公里，高速公路通车里程8400公里。\n",
                  published="2023-02-10", reference_year=2023)
    assert [r["unit"] for r in res.rows + res.candidates if r["value"] == 4.12] == ["公里/百平方公里"]  # (round 22)
    assert values_of(res, "8400公里") == [8400]


def test_a_price_per_tonne_is_not_an_amount_of_money(tmp_path):
    res = extract(tmp_path, "2022年，唐山钢材均价4300元/吨。\n", published="2023-02-10", reference_year=2023)
    # (round 39: it is a price, in 元/吨, never an amount in 元)
    assert [(r["unit"], r["value"]) for r in res.rows + res.candidates if r["value"] == 4300] == [("元/吨", 4300)]


def test_a_figure_per_head_keeps_its_value(tmp_path):
    res = extract(tmp_path, "2022年，天津人均公园绿地面积为9.8平方米/人。\n", published="2023-02-10", reference_year=2023)
    assert values_of(res, "9.8平方米") == [9.8]


# -- the value a change starts from ------------------------------------------------------------------------------

def test_a_value_from_before_a_change_is_the_start_not_the_years_figure(tmp_path):
    res = extract(tmp_path, "2022年，香河县家具产业营业收入从原来的30亿元增长到55亿元。\n", published="2023-02-10",
                  reference_year=2023)
    assert values_of(res, "30亿元") == []
    assert skip_reasons(res, "30亿元") == ["period start"]
    assert [(r["value"], r["year"]) for r in out(res, "55亿元")] == [(55, 2022)]
    assert [r["candidate_id"] for r in out(res, "55亿元")] == ["家具产业营业收入|亿元"]


# -- a public holiday's week -------------------------------------------------------------------------------------

def test_a_spring_festival_week_reported_in_february_is_this_years_holiday_not_a_plan(tmp_path):
    res = extract(tmp_path, "春节假期7天，河北省共接待游客1850.6万人次，实现旅游收入120.3亿元。\n",
                  published="2020-02-03", reference_year=2020)
    assert [(r["candidate_id"], r["year"]) for r in out(res, "1850.6万人次")] == [("春节假期|接待游客|万人次", 2020)]
    assert [r["year"] for r in out(res, "120.3亿元")] == [2020]
    assert out(res, "7天") == []  # how long the holiday lasted, no figure


def test_a_golden_week_named_without_its_feast_is_still_a_holiday(tmp_path):
    res = extract(tmp_path, "国庆期间，天津共接待游客980万人次。黄金周期间，北京旅游收入达到95.2亿元。\n",
                  published="2019-10-08", reference_year=2019)
    assert [r["candidate_id"] for r in out(res, "980万人次")] == ["国庆假期|接待游客|万人次"]
    assert [r["candidate_id"] for r in out(res, "95.2亿元")] == ["长假|旅游收入|亿元"]


def test_a_holiday_in_one_sentence_does_not_date_the_next_sentences_figures(tmp_path):
    res = extract(tmp_path, "今年春节期间，副中心接待游客人数屡创新高。截至2023年底，副中心注册企业达到3.5万家。\n",
                  published="2024-02-27", reference_year=2024)
    assert [(r["candidate_id"], r["year"]) for r in out(res, "3.5万家")] == [("注册企业|万家", 2023)]


def test_a_catalogued_annual_indicator_is_not_read_from_a_holiday_week(tmp_path):
    res = extract(tmp_path, "春节期间，北京PM2.5平均浓度为58微克/立方米。\n", published="2021-02-20", reference_year=2021)
    assert [r for r in res.rows if r["raw"] == "58微克/立方米"] == []


# -- counts written without their measure word -------------------------------------------------------------------

def test_a_count_of_people_written_without_ren_is_still_people(tmp_path):
    res = extract(tmp_path, "2022年，河北省900多万农村人口喝上了引江水，天津受益人口超1100万。\n",
                  published="2023-03-01", reference_year=2023)
    assert [(r["value"], r["candidate_id"].split("|")[1]) for r in out(res, "900多万")] == [(900, "万人")]
    assert [(r["region"], r["value"]) for r in out(res, "超1100万")] == [("tianjin", 1100)]


def test_a_sum_of_money_in_wan_is_not_mistaken_for_people(tmp_path):
    res = extract(tmp_path, "2022年，北京市民政局投入资金3000万，用于社区养老服务。\n", published="2023-03-01",
                  reference_year=2023)
    assert [r["candidate_id"].split("|")[1] for r in out(res, "3000万")] == ["万元"]  # (round 16: money, as written)


def test_trees_livestock_and_the_square_metre_sign_are_units(tmp_path):
    res = extract(tmp_path, "2022年，北京栽植苗木约2100万株，生猪存栏31.5万头，建成冷库面积80万㎡。\n",
                  published="2023-03-01", reference_year=2023)
    assert [r["candidate_id"].split("|")[-1] for r in out(res, "约2100万株")] == ["万株"]
    assert [r["candidate_id"].split("|")[-1] for r in out(res, "31.5万头")] == ["万头"]
    assert [r["candidate_id"].split("|")[-1] for r in out(res, "80万㎡")] == ["万平方米"]


# -- who the subject is ------------------------------------------------------------------------------------------

def test_a_district_working_with_a_university_named_after_a_city_keeps_its_figures(tmp_path):
    res = extract(tmp_path, "围绕打造京津冀的科技圈，宝坻区与北京大学、清华大学等30个高校院所建立合作关系，落实科技成果转化项目52个。\n",
                  title="天津宝坻承接北京项目", published="2021-10-14", reference_year=2021)
    assert [r["region"] for r in out(res, "52个")] == ["baodi"]


def test_a_university_named_after_a_city_is_no_place(tmp_path):
    res = extract(tmp_path, "2021年，北京大学与雄安新区合作共建研究院，新区引进科研项目12个。\n",
                  published="2022-03-14", reference_year=2022)
    assert {r["region"] for r in out(res, "12个")} <= {"xiongan"}


def test_a_drive_from_the_city_is_a_distance_not_a_figure(tmp_path):
    res = extract(tmp_path, "2018年，从北京驱车120公里即可到达滨海—中关村科技园，园区新增注册企业300家。\n",
                  published="2018-08-31", reference_year=2018)
    assert out(res, "120公里") == []


def test_what_a_project_delivers_to_a_city_is_the_citys_receipt(tmp_path):
    res = extract(tmp_path, "自2014年通水以来，南水北调中线工程累计向天津市调水超80亿立方米。\n",
                  title="南水北调中线工程通水十年", published="2024-12-12", reference_year=2024)
    assert [(r["region"], r["value"]) for r in out(res, "超80亿立方米")] == [("tianjin", 80)]


def test_what_the_releases_own_place_supplies_to_a_city_is_not_the_citys(tmp_path):
    res = extract(tmp_path, "承德是京津重要水源地。该市年均自产水量37.6亿立方米，每年为京津供水20亿立方米。\n",
                  title="承德：守护京津水源地", published="2017-03-24", reference_year=2017)
    assert {r["region"] for r in out(res, "20亿立方米")} <= {"chengde"}


def test_a_share_of_a_places_own_whole_is_that_places_when_no_place_is_the_subject(tmp_path):
    res = extract(tmp_path, "2023年，“南水”已占天津城区供水的95%以上。\n", published="2024-01-15", reference_year=2024)
    assert [(r["region"], r["candidate_id"].split("|")[-1]) for r in out(res, "95%以上")] == [("tianjin", "share")]


def test_a_places_share_of_anothers_whole_stays_the_first_places(tmp_path):
    res = extract(tmp_path, "2023年，廊坊市地区生产总值占河北省的9.5%。\n", published="2024-01-15", reference_year=2024)
    assert {r["region"] for r in out(res, "9.5%")} == {"langfang"}


# -- what could be, not what was ---------------------------------------------------------------------------------

def test_what_a_project_could_do_once_built_is_a_plan_not_a_result(tmp_path):
    res = extract(tmp_path, "2018年，沧州明珠商贸城项目全部建成后可容纳商户2万家，年交易额可达1500亿元。\n",
                  published="2018-05-10", reference_year=2018)
    assert skip_reasons(res, "2万家") == ["target"]
    assert skip_reasons(res, "1500亿元") == ["target"]
    assert out(res, "2万家") == out(res, "1500亿元") == []


# -- a district named after its city -----------------------------------------------------------------------------

def test_a_district_named_short_after_its_city_is_the_districts_release(tmp_path):
    res = extract(tmp_path, "上半年，全区地区生产总值同比增长5.0%，一般公共预算收入完成48.2亿元。\n",
                  title="北京大兴：上半年经济稳中向好", published="2023-07-20", reference_year=2023)
    assert {r["region"] for r in out(res, "48.2亿元")} == {"daxing"}
    assert {r["region"] for r in out(res, "5.0%")} == {"daxing"}


def test_an_airport_named_after_a_district_is_not_the_district(tmp_path):
    res = extract(tmp_path, "截至2023年底，北京大兴国际机场临空经济区累计注册企业9000家。\n",
                  title="北京大兴机场临空区白皮书发布", published="2024-03-01", reference_year=2024)
    assert "daxing" not in {r["region"] for r in out(res, "9000家")}  # (round 16: the zone is a region of its own)


# -- the months of a bulletin ------------------------------------------------------------------------------------

def test_a_months_air_figures_named_inside_the_sentence_are_that_months_of_this_year(tmp_path):
    res = extract(tmp_path, "天津市3月优良天数比例为61.3%，PM2.5浓度为58微克/立方米。\n",
                  published="2021-04-20", reference_year=2021)
    assert [r for r in res.rows if r["raw"] in ("61.3%", "58微克/立方米")] == []
    assert [(r["candidate_id"], r["year"]) for r in out(res, "58微克/立方米")] == [("3月|PM2.5浓度|微克/立方米", 2021)]


def test_a_february_bulletin_published_in_march_is_this_years_february(tmp_path):
    res = extract(tmp_path, "2月，北京市PM2.5浓度为45微克/立方米，同比下降12.0%。\n", published="2021-03-25",
                  reference_year=2021)
    assert [(r["candidate_id"], r["year"]) for r in out(res, "45微克/立方米")] == [("2月|PM2.5浓度|微克/立方米", 2021)]


def test_december_in_a_january_bulletin_is_last_years_december(tmp_path):
    res = extract(tmp_path, "12月份，北京市PM2.5平均浓度为30微克/立方米。\n", published="2021-01-08", reference_year=2021)
    assert [(r["candidate_id"], r["year"]) for r in out(res, "30微克/立方米")] == [("12月|PM2.5平均浓度|微克/立方米", 2020)]


def test_months_opened_on_this_year_are_not_the_whole_year(tmp_path):
    res = extract(tmp_path, "“三稳”成效明显。今年1-8月规模以上工业增加值增长3.5%。全省城镇新增就业60.2万人。\n",
                  title="河北：今年1-8月全省经济运行平稳", published="2018-09-29", reference_year=2018)
    assert rows(res, "60.2万人") == []
    assert [r["candidate_id"] for r in out(res, "60.2万人")] == ["1-8月|城镇新增就业|万人"]


# -- the measure of a number -------------------------------------------------------------------------------------

def test_the_end_of_a_change_written_with_renminbi_has_the_measure_of_its_start(tmp_path):
    res = extract(tmp_path, "京津冀地区进出口值从2014年的3.5万亿元人民币增至2024年的4.6万亿元。\n",
                  published="2025-02-26", reference_year=2025)
    assert [(r["candidate_id"], r["year"]) for r in out(res, "4.6万亿元")] == [("进出口值|亿元", 2024)]


def test_a_places_area_word_is_no_measure_and_the_noun_after_the_count_is(tmp_path):
    res = extract(tmp_path, "2024年，固安地区已有12万亩蔬菜种植面积。\n", published="2025-02-26", reference_year=2025)
    assert [(r["candidate_id"], r["region"]) for r in out(res, "12万亩")] == [("蔬菜种植面积|万亩", "gu_an")]


def test_a_total_investment_a_place_reports_is_a_figure(tmp_path):
    res = extract(tmp_path, "2024年，霸州新发地农产品物流园占地300亩，总投资达9亿元。\n", published="2024-09-26",
                  reference_year=2024)
    assert [r["candidate_id"] for r in out(res, "9亿元")] == ["总投资|亿元"]


def test_a_level_reached_or_covered_drops_the_verb_from_its_measure(tmp_path):
    res = extract(tmp_path, "2023年，雄安新区总开发面积覆盖约120平方公里，在建项目增加至300个。\n",
                  published="2023-05-11", reference_year=2023)
    assert [r["candidate_id"] for r in out(res, "约120平方公里")] == ["总开发面积|平方公里"]
    assert [r.get("candidate_id", r.get("indicator")) for r in out(res, "300个")] == ["xiongan_projects_under_construction"]


def test_the_stock_reached_after_years_of_additions_is_a_level_of_its_own(tmp_path):
    res = extract(tmp_path, "2021年以来，全市新建省级重点实验室等创新平台40家，发展到120家。\n", title="衡水科技创新取得新进展",
                  published="2024-02-29", reference_year=2024)
    assert [r["candidate_id"].split("|")[-1] for r in out(res, "40家")] == ["cumulative"]
    assert [(r["region"], r["candidate_id"].split("|")[-1]) for r in out(res, "120家")] == [("hengshui", "家")]


def test_a_growth_turned_into_a_decline_is_this_years_decline_not_last_years_growth(tmp_path):
    res = extract(tmp_path, "一季度，天津市高耗能行业增加值由上年同期增长2.1%转为下降0.9%。\n", published="2019-04-20",
                  reference_year=2019)
    assert [(r["value"], r["year"]) for r in out(res, "0.9%")] == [(-0.9, 2019)]
    assert out(res, "2.1%") == [] and skip_reasons(res, "2.1%") == ["period start"]


# -- the catalogue ------------------------------------------------------------------------------------------------

def test_a_beijing_districts_cumulative_exits_are_the_districts(tmp_path):
    res = extract(tmp_path, "五年来，顺义区累计退出一般制造业企业280家，疏解提升区域性专业市场9个。\n",
                  published="2022-01-10", reference_year=2022)
    assert rows(res, "280家") == [("bj_manufacturing_firms_exited_cumulative", "shunyi", 2021)]


def test_one_years_exits_are_not_the_cumulative_count(tmp_path):
    res = extract(tmp_path, "2015年，丰台区实现23家工业污染企业的调整退出。\n", published="2016-01-15", reference_year=2016)
    assert rows(res, "23家") == []


def test_daxing_alone_is_the_district_but_not_in_other_names(tmp_path):
    res = extract(tmp_path, "2023年，大兴新增市场主体2.1万户。大兴安岭林区完成造林30万亩。\n", published="2024-01-20",
                  reference_year=2024)
    assert {r["region"] for r in out(res, "2.1万户")} == {"daxing"}
    assert {r["region"] for r in out(res, "30万亩")} <= {"beijing"}  # never 大兴 (no place of ours named there)


def test_firms_counted_with_their_home_city_that_settle_elsewhere_are_the_hosts(tmp_path):
    res = extract(tmp_path, "截至目前，已有800多家北京服装企业落户沧州。\n", title="沧州承接北京服装产业转移",
                  published="2018-11-22", reference_year=2018)
    assert {r["region"] for r in out(res, "800多家")} == {"cangzhou"}


def test_a_days_event_told_in_a_spring_release_is_of_this_year(tmp_path):
    # (the market's own count is a sub-area's since round 33: the city's is the city's)
    res = extract(tmp_path, "28日上午，沧州市服装产业承接仪式举行，1500家北京商户整体入驻。\n",
                  title="沧州承接北京商户", published="2018-03-28", reference_year=2018)
    assert [r["year"] for r in out(res, "1500家")] == [2018]


def test_figures_reported_at_a_days_press_conference_keep_their_own_time(tmp_path):
    res = extract(tmp_path, "2月23日，新闻发布会在市发改委召开，记者从会上获悉，2014年以来全市累计疏解市场近900个。\n",
                  title="北京协同发展成效发布会", published="2022-02-23", reference_year=2022)
    assert [r["year"] for r in out(res, "近900个")] == [2021]


def test_a_cap_kept_is_no_measurement_but_a_level_reached_below_a_bar_is(tmp_path):
    res = extract(tmp_path, "2020年，北京市常住人口控制在2200万人以内，PM2.5年均浓度下降到38微克/立方米以内。\n",
                  published="2021-03-09", reference_year=2021)
    assert rows(res, "2200万人") == [] and skip_reasons(res, "2200万人") == ["threshold"]
    assert rows(res, "38微克/立方米") == [("pm25_annual_mean", "beijing", 2020)]


def test_last_years_high_base_does_not_date_this_years_figures(tmp_path):
    res = extract(tmp_path, "前三季度，北京受上年疫苗生产高基数影响，规模以上工业增加值同比下降12.5%。\n",
                  published="2022-10-25", reference_year=2022)
    assert [(r["value"], r["year"]) for r in out(res, "12.5%")] == [(-12.5, 2022)]


def test_a_turn_from_an_earlier_periods_decline_is_the_later_periods_growth(tmp_path):
    res = extract(tmp_path, "前三季度，天津规模以上工业增加值由上半年下降转为增长0.4%。\n", published="2022-10-25",
                  reference_year=2022)
    assert [r["candidate_id"] for r in out(res, "0.4%")] == ["前三季度|规上工业增加值|%|change"]


def test_projects_brought_in_one_after_another_are_a_running_total(tmp_path):
    res = extract(tmp_path, "河北先后引进京津项目12000个。\n", published="2017-10-21", reference_year=2017)
    assert [r.get("candidate_id", r.get("indicator")).split("|")[-1].removeprefix("bjtj_projects_in_hebei_")
            for r in out(res, "12000个")] == ["cumulative"]


def test_a_count_whose_own_clause_names_another_measure_does_not_borrow_the_indicator_before(tmp_path):
    res = extract(tmp_path, "河北前三季度承接京津转入基本单位1650家，118个央企二三级子公司注册落户。\n", published="2023-10-25",
                  reference_year=2023)
    assert [r.get("candidate_id") for r in out(res, "118个")] == ["前三季度|央企二三级子公司注册|个"]
