"""Round 18 of issue 8: whose figures a release's anaphora and unplaced sentences are (a bureau's or a city paper's
全省/全市 headline, a page that repeats its headline and byline, a piece on three provinces in turn), places that are
not the subject (left out, some way off, where goods or routes go, quoted names), the year of a stock as of a day,
of a record's start and of a quarter beside last year's yardstick, series after a trend clause, bars and values,
count words. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out, regions, rows, why

# -- a headline whose only place is an anaphor the publisher resolves ---------------------------------------------

def test_a_bureaus_headline_with_an_anaphor_of_another_kind_makes_nothing_implicit(tmp_path):
    res = extract(tmp_path, "分主体看，企业研发经费支出832.4亿元。\n",
                  title="2024年全市研发经费投入增长6.1%", publisher="河北省统计局", published="2025-10-20",
                  reference_year=2025)
    assert regions(res, "832.4亿元") == []


# -- the first sentence is the story's, not the page's headline or byline -----------------------------------------

def test_a_byline_alone_names_no_subject(tmp_path):
    res = extract(tmp_path, "来源:北京日报 作者: 张三\n\n结构持续优化，2024年，我省服务业增加值占生产总值的比重达到52.3%。\n",
                  title="增速来之不易[时评]", published="2025-01-26", reference_year=2025)
    assert why(res, "52.3%") == "ambiguous anaphora"


# -- 全省, 全市 in a piece on several places: the one place of that kind its paragraph names --------------------------

def test_an_anaphor_after_two_places_of_its_kind_in_the_paragraph_stays_open(tmp_path):
    res = extract(tmp_path, "2024年，北京市地区生产总值49843.1亿元，天津市地区生产总值18024.3亿元。全市人均地区生产总值为"
                            "13.0万元。\n",
                  title="京津冀三地经济运行概况", published="2025-04-01", reference_year=2025)
    assert why(res, "13.0万元") == "ambiguous anaphora"


def test_a_release_with_its_own_subject_keeps_it_over_the_paragraphs_place(tmp_path):
    res = extract(tmp_path, "2024年，承接北京转移项目120个，同北京签约项目总投资超300亿元。全市地区生产总值达到3850亿元。\n",
                  title="廊坊市2024年经济运行情况", published="2025-02-01", reference_year=2025)
    assert regions(res, "3850亿元") == ["langfang"]


# -- a series: a clause naming a measure and its trend, then points of it by year ---------------------------------

def test_points_of_an_uncatalogued_series_are_candidates_of_its_measure(tmp_path):
    res = extract(tmp_path, "2020年以来，天津市注册志愿者人数不断增加，2020年达290.2万人，2021年为315.6万人。\n",
                  title="天津志愿服务", published="2022-06-10", reference_year=2022)
    got = out(res, "315.6万人")
    assert [(c["region"], c["year"]) for c in got] == [("tianjin", 2021)]
    assert "注册志愿者人数" in got[0]["candidate_id"]


def test_a_clause_with_more_than_a_year_is_no_point_of_the_series(tmp_path):
    res = extract(tmp_path, "2020年以来，天津市注册志愿者人数不断增加，2021年新建保障房1.2万套。\n",
                  title="天津志愿服务", published="2022-06-10", reference_year=2022)
    assert all("志愿者" not in (c.get("candidate_id") or c["indicator"]) for c in out(res, "1.2万套"))


def test_a_growth_rate_after_a_trend_clause_is_still_no_level(tmp_path):
    res = extract(tmp_path, "天津市地区生产总值稳步增长，2024年增长5.1%。\n",
                  title="天津经济", published="2025-03-10", reference_year=2025)
    assert all(indicator != "gdp" for indicator, _, _ in rows(res, "5.1%"))


# -- part of the year: a headline's 前7月, a text that names it, money from elsewhere ------------------------------

def test_a_headline_naming_the_first_seven_months_makes_the_figures_that_period(tmp_path):
    res = extract(tmp_path, "前7月津引进项目4125个\n\n全市引进内资项目4125个，到位资金2513.6亿元。\n",
                  title="前7月津引进项目4125个", published="2016-08-16", reference_year=2016)
    assert rows(res, "2513.6亿元") == []
    assert [c["candidate_id"].split("|")[0] for c in out(res, "2513.6亿元")] == ["1-7月"]


def test_money_from_beijing_firms_in_a_release_on_seven_months_is_tianjins_of_that_period(tmp_path):
    res = extract(tmp_path, "今年1至7月，天津共引进国内招商引资项目2596个。\n\n来自环渤海地区投资1066.47亿元，其中，北京企业在津"
                            "投资738.35亿元。\n",
                  title="天津1至7月引进国内招商引资项目2596个", published="2014-08-19", reference_year=2014)
    assert rows(res, "738.35亿元") == []
    got = out(res, "738.35亿元")
    assert [(c["region"], c["candidate_id"].split("|")[0]) for c in got] == [("tianjin", "1-7月")]
    assert "北京" in got[0]["candidate_id"]


def test_another_places_story_in_a_release_on_ten_months_keeps_no_period(tmp_path):
    res = extract(tmp_path, "今年1至10月，河北省引进北京、天津项目3621个。\n\n李士祥说，北京西直河石材市场已完成腾退，拆除建筑面积"
                            "172万平方米。\n",
                  title="河北今年1至10月引进京津项目3621个", published="2015-12-10", reference_year=2015)
    assert all(not (c.get("candidate_id") or "").startswith("1-10月") for c in out(res, "172万平方米"))


# -- places that are not the subject: where goods are sold, a partner counted before ------------------------------

def test_the_partners_own_count_is_still_the_partners(tmp_path):
    res = extract(tmp_path, "2016年，承德市与北京50家医院建立合作关系。\n",
                  title="承德医疗合作", published="2016-07-20", reference_year=2016)
    assert regions(res, "50家") in ([], ["beijing"])


def test_railway_length_written_as_yingyun_is_the_operating_length(tmp_path):
    res = extract(tmp_path, "近年来，交通互联互通加快推进，全市铁路营运里程达1266公里。\n",
                  title="唐山市交通建设成效", published="2022-11-10", reference_year=2022)
    assert rows(res, "1266公里") == [("rail_operating_km", "tangshan", 2022)]


# -- a stock as of a day this spring; an area we do not know holding a GDP ----------------------------------------

def test_a_stock_as_of_a_day_this_spring_is_this_years(tmp_path):
    res = extract(tmp_path, "记者3月1日获悉，截至2月25日，雄安新区已注册企业2362家。\n",
                  title="雄安新区注册企业超两千家", published="2019-03-02", reference_year=2019)
    assert [c["year"] for c in out(res, "2362家")] == [2019]


def test_a_stock_as_of_a_december_day_in_a_spring_release_is_last_years(tmp_path):
    res = extract(tmp_path, "截至12月31日，雄安新区已注册企业2362家。\n",
                  title="雄安新区注册企业超两千家", published="2019-03-02", reference_year=2019)
    assert [c["year"] for c in out(res, "2362家")] == [2018]


def test_an_area_we_do_not_know_keeps_its_gdp_from_the_place_named_before(tmp_path):
    # (房涞涿 was the example until round 23 made it a region of its own; 涿固霸 is none of ours)
    res = extract(tmp_path, "河北涿州与固安、霸州开展务实合作。2023年，涿固霸地区生产总值超1000亿元。\n",
                  title="京冀交界地区协同发展", published="2024-02-22", reference_year=2024)
    assert out(res, "超1000亿元") == []
    assert why(res, "超1000亿元") == "other region"


def test_a_known_areas_gdp_and_a_per_capita_gdp_keep_their_places(tmp_path):
    res = extract(tmp_path, "2023年，京津冀地区生产总值10.4万亿元。北京人均地区生产总值20万元。\n",
                  title="京津冀经济运行", published="2024-02-22", reference_year=2024)
    assert rows(res, "10.4万亿元") == [("gdp", "jjj", 2023)]
    assert regions(res, "20万元") == ["beijing"]


# -- work reports: what a district took in, whom it serves, what it leaves out --------------------------------------

def test_projects_taken_in_from_beijing_are_the_districts(tmp_path):
    res = extract(tmp_path, "五年来，武清区承接清华超滑科技等北京科技转化落地项目210个、总投资183亿元。\n",
                  title="武清区“十四五”发展成就", published="2025-09-17", reference_year=2025)
    assert regions(res, "210个") == ["wuqing"]
    assert regions(res, "183亿元") == ["wuqing"]


def test_bus_routes_named_by_their_two_ends_are_no_ones_figures(tmp_path):
    res = extract(tmp_path, "五年来，武清区实现新突破，5条津冀“跨省公交”开通运营、已运送乘客21.9万人次。\n",
                  title="武清区“十四五”发展成就", published="2025-09-17", reference_year=2025)
    assert "tianjin_hebei" not in regions(res, "21.9万人次")


def test_a_festival_named_after_the_region_is_no_subject(tmp_path):
    res = extract(tmp_path, "这一年，举办京津冀蔬菜节等活动，新增农产品销售额5亿元。\n",
                  title="政府工作报告解读", published="2025-01-22", reference_year=2025)
    assert "jjj" not in regions(res, "5亿元")


# -- which measure a growth rate is: the nearer one, urban and rural residents ------------------------------------

def test_farmers_income_is_the_rural_residents_not_all_residents(tmp_path):
    res = extract(tmp_path, "2022年，农民人均可支配收入同比增长4%。\n",
                  title="延庆区政府工作报告", published="2022-12-21", reference_year=2022)
    assert rows(res, "4%") == [("rural_disposable_income_per_capita_growth", "yanqing", 2022)]


# -- a park's breakdown by origin, years of building, an area we do not know ---------------------------------------

def test_firms_by_origin_after_a_hosts_total_are_the_hosts(tmp_path):
    res = extract(tmp_path, "截至目前，沧州渤海新区已吸引医药企业的78个项目入驻，总投资200亿元。其中，北京企业36家，总投资116亿元。\n",
                  title="渤海新区医药产业发展", published="2024-04-28", reference_year=2024)
    got = out(res, "36家")
    assert [c["region"] for c in got] == ["cangzhou_bohai"]
    assert "北京" in got[0]["candidate_id"]


def test_years_of_building_bring_the_story_to_now(tmp_path):
    res = extract(tmp_path, "据介绍，2015年，京冀两地签订合作框架协议。经过近10年开发建设，沧州渤海新区已吸引78个医药项目入驻。\n",
                  title="渤海新区医药产业发展", published="2024-04-28", reference_year=2024)
    assert [c["year"] for c in out(res, "78个")] == [2024]


def test_an_area_we_do_not_know_keeps_its_industry_structure(tmp_path):
    res = extract(tmp_path, "北京市平谷区与天津、河北开展务实合作。2023年，平蓟三兴地区三次产业构成中第三产业占比为66.5%。\n",
                  title="京冀交界地区协同发展", published="2024-02-22", reference_year=2024)
    assert "beijing" not in regions(res, "66.5%") and "pinggu" not in regions(res, "66.5%")


# -- figures learnt at a press conference, last year as a yardstick, the general price level ------------------------

def test_figures_of_an_event_on_the_datelines_day_are_this_years(tmp_path):
    res = extract(tmp_path, "本报北京2月21日电 当天，京津冀共建医联体新签约项目15个。\n",
                  title="京津冀医疗合作签约", published="2025-02-21", reference_year=2025)
    assert [c["year"] for c in out(res, "15个")] == [2025]


def test_last_years_rate_as_a_yardstick_does_not_move_the_quarter_to_last_year(tmp_path):
    res = extract(tmp_path, "一季度，规模以上工业增加值同比增长3.1%，上年全年为下降1.0%。分经济类型看，民营企业增加值同比增长7.3%。\n",
                  title="2023年一季度天津市经济运行情况", published="2023-05-23", reference_year=2023)
    assert [c["year"] for c in out(res, "7.3%")] == [2023]
    assert rows(res, "1.0%") == [("industrial_value_added_growth", "tianjin", 2022)]


def test_the_general_price_level_is_the_consumer_price_index(tmp_path):
    res = extract(tmp_path, "2015年，三地价格总水平同比分别上涨1.8%、1.7%和0.9%。\n",
                  title="京津冀三地经济运行", published="2016-02-20", reference_year=2016)
    assert rows(res, "1.7%") == [("cpi_change", "tianjin", 2015)]


# -- points a text lists, a city's central districts, a quoted list name -------------------------------------------

def test_the_points_a_text_goes_on_to_list_are_no_figure(tmp_path):
    res = extract(tmp_path, "1-7月，本市国内招商引资主要呈现以下5个特点。\n",
                  title="前7月津引进项目4125个", published="2016-08-16", reference_year=2016)
    assert out(res, "5个") == []


def test_the_central_districts_opening_a_clause_are_a_place_of_their_own(tmp_path):
    res = extract(tmp_path, "1-7月，滨海新区引进项目1600个，中心城区引进项目1189个。\n",
                  title="前7月津引进项目4125个", published="2016-08-16", reference_year=2016)
    assert regions(res, "1600个") == ["binhai"]
    assert regions(res, "1189个") == []


def test_the_far_end_of_a_flow_does_not_become_the_next_clauses_subject(tmp_path):
    res = extract(tmp_path, "2025年，北京输出到津冀技术合同成交额996亿元、增长18.1%，308个便民事项实现跨省自助办理。\n",
                  title="北京市政府工作报告", published="2026-01-25", reference_year=2026)
    assert rows(res, "996亿元") == [("tech_contract_turnover_to_tjhb", "tianjin_hebei", 2025)]
    assert regions(res, "308个") == ["beijing"]


def test_the_set_a_port_is_ranked_in_is_no_count(tmp_path):
    res = extract(tmp_path, "2017年，黄骅港货物吞吐量位居全国26个主要港口第13位。\n",
                  title="沧州市政府工作报告", published="2018-02-08", reference_year=2018)
    assert out(res, "26个") == []


def test_a_count_grown_to_from_a_dated_start_is_a_level_of_now(tmp_path):
    res = extract(tmp_path, "据介绍，全省科技型中小企业从2013年的8900多家发展到3.8万家，翻了两番。\n",
                  title="河北科技型中小企业发展", published="2016-10-16", reference_year=2016)
    assert [(c["region"], c["year"]) for c in out(res, "8900多家")] == [("hebei", 2013)]
    assert [(c["region"], c["year"]) for c in out(res, "3.8万家")] == [("hebei", 2016)]


def test_tianjins_innovation_zone_is_a_place_of_its_own(tmp_path):
    res = extract(tmp_path, "去年，天津国家自主创新示范区新增科技型企业达到6100家，总量达到2.7万家。\n",
                  title="天津自创区引领支撑功能显著提升", published="2017-03-20", reference_year=2017)
    assert regions(res, "2.7万家") == ["tianjin_zichuangqu"]


# -- a city's total that names a place it includes; a district's own budget revenue --------------------------------

def test_new_rural_jobs_are_not_the_new_urban_jobs(tmp_path):
    res = extract(tmp_path, "2015年，全市农村劳动力转移新增就业3.8万人。\n",
                  title="廊坊市2015年经济运行", published="2016-01-20", reference_year=2016)
    assert rows(res, "3.8万人") == []


# -- counts in a list and what counted things did are values, not bars --------------------------------------------

def test_a_count_listed_after_another_count_is_a_value_not_a_bar(tmp_path):
    res = extract(tmp_path, "“十四五”时期，已有400余家央企机构、超4000家北京来源企业在新区落地发展。\n",
                  title="雄安新区“十四五”发展成就", published="2025-11-14", reference_year=2025)
    assert [c["region"] for c in out(res, "超4000家")] == ["xiongan"]


def test_counted_things_passing_a_bar_are_still_no_value(tmp_path):
    res = extract(tmp_path, "2023年，全市8个产业规模超千亿元。\n",
                  title="天津产业发展", published="2024-02-22", reference_year=2024)
    assert out(res, "超千亿元") == []


# -- count words real releases use: 部, 标准组, 亿度 --------------------------------------------------------------------

def test_lifts_train_sets_and_kilowatt_hours_are_counted(tmp_path):
    res = extract(tmp_path, "2023年，全市加装电梯12000 部，京张高铁开行382标准组，张家口可再生能源外送电量1.2亿度。\n",
                  title="张家口能源与交通", published="2024-02-01", reference_year=2024)
    assert {(c["unit"], c["value"]) for c in res.candidates} >= {("部", 12000), ("标准组", 382), ("亿度", 1.2)}


def test_departments_and_temperatures_are_no_counts(tmp_path):
    res = extract(tmp_path, "2023年，5部门联合发文，当日最高气温25度。\n",
                  title="测试稿", published="2024-02-01", reference_year=2024)
    assert out(res, "5") == [] and out(res, "25") == []


def test_index_values_in_a_list_or_an_average_are_index_values(tmp_path):
    res = extract(tmp_path, "2022年，北京、天津、河北的创新指数分别为53.22、28.83和21.86。河北省环境空气质量综合指数平均为4.26。\n",
                  title="京津冀创新与环境", published="2023-06-01", reference_year=2023)
    assert [(c["region"], c["unit"]) for c in out(res, "28.83")] == [("tianjin", "指数")]
    assert [(c["region"], c["unit"]) for c in out(res, "4.26")] == [("hebei", "指数")]


def test_local_and_district_level_revenue_in_a_districts_report(tmp_path):
    res = extract(tmp_path, "去年，地方级一般公共预算收入预计完成43.1亿元、同口径增长5.5%，区级一般公共预算收入预计完成24.3亿元、"
                            "同口径增长8.8%。\n",
                  title="延庆区政府工作报告", published="2023-01-10", reference_year=2023)
    assert rows(res, "24.3亿元") == [("general_budget_revenue", "yanqing", 2022)]
    assert rows(res, "8.8%") == [("general_budget_revenue_growth", "yanqing", 2022)]
    assert rows(res, "43.1亿元") == []
    assert [c["candidate_id"] for c in out(res, "5.5%")] == ["地方级一般公共预算收入|%|change"]


def test_a_national_papers_anaphor_headline_leaves_them_open(tmp_path):
    res = extract(tmp_path, "2024年，优质市场主体数量底盘持续扩大，国家级专精特新“小巨人”企业283家。\n",
                  title="全市有效期内专精特新中小企业超过2500家", publisher="人民日报", published="2025-01-27",
                  reference_year=2025)
    assert regions(res, "283家") == []


# -- a site is no administrative subject; a county written right after its province -------------------------------

def test_a_wholesale_district_in_the_headline_does_not_take_the_citys_figures(tmp_path):
    res = extract(tmp_path, "坚持对一般性制造业企业就地清理淘汰，累计退出一般性制造业企业1341家。\n",
                  title="白沟承接大红门疏解商户", published="2017-02-20", reference_year=2017)
    assert "dahongmen" not in regions(res, "1341家")


def test_a_county_written_right_after_its_province_is_the_subject(tmp_path):
    res = extract(tmp_path, "5月16日上午，来自北京大红门商圈的8家主力市场签约落户河北永清县台湾工业新城的永清国际服装城。\n",
                  title="北京大红门8家市场落户永清", published="2014-05-19", reference_year=2014)
    assert regions(res, "8家") == ["yongqing"]


# -- the capital area's short name, routes to several places, the Beijing–Tianjin–Xiong'an triangle ----------------

def test_routes_from_beijing_to_several_places_are_no_figure_of_beijing(tmp_path):
    res = extract(tmp_path, "京津冀核心区1小时交通圈基本形成，北京至6个毗邻区域全部实现1小时内通达。另外，高速公路总里程10585.5公里。\n",
                  title="“轨道上的京津冀”主骨架形成 京津雄核心区半小时通达", published="2023-02-24", reference_year=2023)
    assert out(res, "6个") == []
    assert "beijing" not in regions(res, "10585.5公里")


def test_the_year_a_record_starts_is_not_the_figures_year(tmp_path):
    res = extract(tmp_path, "9月份，全省PM2.5平均浓度为31微克/立方米，同比下降40.4%，为2013年有监测记录以来历史最好水平。\n",
                  title="我省9月份环境空气质量状况", publisher="河北日报", published="2018-10-05", reference_year=2018)
    assert [c["year"] for c in out(res, "31微克/立方米")] == [2018]


def test_a_periods_investment_after_a_place_is_its_fixed_asset_investment(tmp_path):
    res = extract(tmp_path, "今年以来，雄安新区加速启动区基建，上半年投资较去年增长13.5%。\n",
                  title="雄安新区建设再提速", published="2025-09-10", reference_year=2025)
    assert [(c["region"], c["candidate_id"]) for c in out(res, "13.5%")] == [("xiongan", "上半年|固定资产投资|%|change")]


# -- a month's end: a network's length is the stock, projects taken in are the year so far --------------------------

def test_projects_taken_in_by_a_months_end_are_the_year_so_far(tmp_path):
    res = extract(tmp_path, "截至3月底，已承接引进北京项目301个，超额完成既定目标20%以上，协议投资额超过641亿元。\n",
                  title="滨海新区一季度承接北京项目", published="2021-04-28", reference_year=2021)
    assert rows(res, "301个") == []
    assert [c["candidate_id"].split("|")[0] for c in out(res, "301个")] == ["1-3月"]


def test_both_ends_of_a_range_of_rates_and_a_class_of_cities_are_no_values(tmp_path):
    res = extract(tmp_path, "2022年，部分直管公房退租签约率高达80%至90%，实现铁路对20万人口以上城市全覆盖。\n",
                  title="北京核心区申请式退租", published="2023-04-17", reference_year=2023)
    assert out(res, "90%") == [] and out(res, "80%") == [] and out(res, "20万人") == []


# -- the place a figure belongs to, one sentence each (written for the test, each id the behaviour it checks) ------

PLACE_OF = [
    pytest.param("2024年全省研发经费投入增长6.1%\n\n2024年，全省研发经费投入981.5亿元。\n\n" "分主体看，企业研发经费支出832.4亿元，比上年增长8.2%。\n", dict(title="2024年全省研发经费投入增长6.1%", publisher="河北省统计局", published="2025-10-20", reference_year=2025), "832.4亿元", ["hebei"],
                 id="a_bureaus_anaphor_headline_makes_sentences_naming_no_place_the_bureaus"),
    pytest.param("2024年，全省研发经费投入981.5亿元。\n\n分主体看，企业研发经费支出832.4亿元。\n", dict(title="2024年全省研发经费投入增长6.1%", publisher="经济日报", published="2025-10-20", reference_year=2025), "832.4亿元", [],
                 id="a_newspapers_anaphor_headline_leaves_sentences_naming_no_place_open"),
    pytest.param("5.9%的增速，是稳中求进交出的答卷[时评]\n\n来源:某某网 作者: 张三 2025-01-26 09:12:30\n\n" "2024年，河北省经济增速最终定格在5.9%。\n\n结构持续优化，2024年，我省服务业增加值占生产总值的比重达到" "52.3%。\n", dict(title="5.9%的增速，是稳中求进交出的答卷[时评]", published="2025-01-26", reference_year=2025), "52.3%", ["hebei"],
                 id="the_first_sentence_after_a_repeated_headline_and_a_byline_names_the_subject"),
    pytest.param("2024年，北京市地区生产总值49843.1亿元。\n\n" "2024年，河北省地区生产总值47526.9亿元，比上年增长5.4%。全省人均地区生产总值为64356元。\n", dict(title="京津冀三地经济运行概况", published="2025-04-01", reference_year=2025), "64356元", ["hebei"],
                 id="an_anaphor_left_open_by_the_release_is_the_one_province_its_paragraph_names"),
    pytest.param("目前，承德市已有80家合作社与北京50多家超市建立直供合作，常年销往北京超市的蔬菜达28万吨。\n", dict(title="承德蔬菜直供北京超市", published="2016-07-20", reference_year=2016), "28万吨", ["chengde"],
                 id="goods_sold_to_beijing_after_a_partner_counted_stay_the_sellers"),
    pytest.param("五年来，武清区为北京产业链供应链配套企业超260家。\n", dict(title="武清区“十四五”发展成就", published="2025-09-17", reference_year=2025), "超260家", ["wuqing"],
                 id="firms_supplying_beijings_chains_are_the_districts"),
    pytest.param("2023年，滨海新区发布首批“京津冀+雄安”自助办事项208项。\n", dict(title="滨海新区2023年计划执行报告", published="2024-01-20", reference_year=2024), "208项", ["binhai"],
                 id="places_inside_a_quoted_list_name_are_not_its_subject"),
    pytest.param("河北省赤城县是北京重要的饮用水源地，河流汇入北京市的密云水库。近年来，该县先后累计投资16.9亿元。\n", dict(title="赤城县入北京水量首次突破2亿立方米", published="2021-11-20", reference_year=2021), "16.9亿元", ["chicheng"],
                 id="a_reservoir_named_after_a_district_is_not_that_district"),
    pytest.param("目前，承德市已有80家蔬菜专业合作社与北京50多家超市建立直供合作。\n", dict(title="承德蔬菜直供北京超市", published="2016-07-20", reference_year=2016), "80家", ["chengde"],
                 id="two_parties_counted_in_one_clause_are_each_a_figure"),
    pytest.param("2024年，优质市场主体数量底盘持续扩大，国家级专精特新“小巨人”企业283家。\n", dict(title="全市有效期内专精特新中小企业超过2500家", publisher="天津日报", published="2025-01-27", reference_year=2025), "283家", ["tianjin"],
                 id="a_city_papers_anaphor_headline_makes_sentences_naming_no_place_the_citys"),
    pytest.param("现代化首都都市圈(以下简称“首都圈”)由三个圈层构成。2022年上半年，首都圈实现地区生产总值1.86万亿元。\n", dict(title="首都圈经济运行", published="2023-02-24", reference_year=2023), "1.86万亿元", ["capital_metro"],
                 id="shoudu_quan_is_the_capital_metropolitan_area"),
    pytest.param("曹妃甸这个距北京192公里、距天津滨海新区70公里的地方，通过吹沙造地形成了210平方公里陆域。\n", dict(title="曹妃甸建设北京产业园", published="2014-10-21", reference_year=2014), "210平方公里", ["caofeidian"],
                 id="places_one_is_some_way_from_are_not_the_subject"),
    pytest.param("如今，燕郊已有60万人口，2012年地区生产总值266亿元。\n", dict(title="燕郊：北京边上的小城", published="2014-02-10", reference_year=2014), "266亿元", ["yanjiao"],
                 id="yanjiao_is_a_place_of_its_own_inside_sanhe"),
    pytest.param("昨日，北京新发地高碑店农产品物流园正式开门迎客。园区各项目已累计完成投资40亿元。\n", dict(title="北京新发地高碑店农产品物流园昨日迎客", published="2015-10-30", reference_year=2015), "40亿元", [],
                 id="yuanqu_in_a_release_on_a_park_counts_for_the_park_no_region_of_ours"),  # (the host's until round 33)
    pytest.param("记者发现，这594家新认定的天津市专精特新中小企业中，来自滨海新区的有227家，占据了近四成。\n", dict(title="新一批594家市专精特新中小企业出炉", publisher="天津日报", published="2025-01-27", reference_year=2025), "227家", ["binhai"],
                 id="the_part_of_a_whole_that_comes_from_a_district_is_the_districts"),
]


@pytest.mark.parametrize("body, front, raw, expected", PLACE_OF)
def test_the_place_a_figure_belongs_to(tmp_path, body, front, raw, expected):
    assert regions(extract(tmp_path, body, **front), raw) == expected


# -- the catalogued row a figure makes: indicator, region and year (one sentence each, each id the behaviour) -------

ROWS_OF = [
    pytest.param("十年来，天津市地区生产总值稳步增长，2014年为10640亿元，2024年达到18024.3亿元。\n", dict(title="天津经济十年", published="2025-03-10", reference_year=2025),
                 {"10640亿元": [("gdp", "tianjin", 2014)], "18024.3亿元": [("gdp", "tianjin", 2024)]},
                 id="points_of_a_series_after_a_trend_clause_take_its_catalogued_measure"),
    pytest.param("近年来，天津市重污染天数逐年减少，从2015年的24天，减少到2024年的5天。\n", dict(title="天津空气质量", published="2025-02-10", reference_year=2025),
                 {"5天": [("heavy_pollution_days", "tianjin", 2024)]},
                 id="a_level_fallen_to_is_a_level_of_the_series"),
    pytest.param("全市生产总值完成2650.6亿元(不含定州,下同)、增长9%。\n", dict(title="保定市政府工作报告", published="2014-03-04", reference_year=2014),
                 {"9%": [("gdp_growth_real", "baoding", 2013)]},
                 id="a_place_left_out_of_a_figure_is_not_its_subject"),
    pytest.param("2017年，全市固定资产投资3710.3亿元,增长6.6%;规模以上工业增加值1412.8亿元,增长5.1%。\n", dict(title="沧州市政府工作报告", published="2018-02-08", reference_year=2018),
                 {"5.1%": [("industrial_value_added_growth", "cangzhou", 2017)], "6.6%": [("fixed_asset_investment_growth", "cangzhou", 2017)]},
                 id="a_growth_rate_is_the_nearer_measures_not_one_with_a_verb_two_clauses_back"),
    pytest.param("2017年，城乡居民人均可支配收入达到31044元和12363元,分别增长8.5%和9%。\n", dict(title="沧州市政府工作报告", published="2018-02-08", reference_year=2018),
                 {"31044元": [("urban_disposable_income_per_capita", "cangzhou", 2017)], "12363元": [("rural_disposable_income_per_capita", "cangzhou", 2017)], "9%": [("rural_disposable_income_per_capita_growth", "cangzhou", 2017)]},
                 id="urban_and_rural_residents_income_in_one_list"),
    pytest.param("本报北京2月21日电 京津冀国家先进制造业集群增至7个、京津冀共建医联体115个……记者从2月20日京津冀协同发展" "联合工作办公室召开的发布会上获悉。\n", dict(title="京津冀协同发展联合工作办公室发布会", published="2025-02-21", reference_year=2025),
                 {"115个": [("regional_medical_alliances", "jjj", 2024)]},
                 id="figures_learnt_at_a_spring_press_conference_are_last_years"),
    pytest.param("记者从9日举行的“中国这十年·河北”主题新闻发布会上获悉，10年来，农村居民人均可支配收入由2012年的8081元增长到" "2021年的18179元。\n", dict(title="“中国这十年·河北”主题新闻发布会", published="2022-08-09", reference_year=2022),
                 {"18179元": [("rural_disposable_income_per_capita", "hebei", 2021)]},
                 id="a_place_quoted_in_a_press_conferences_name_is_still_its_subject"),
    pytest.param("2023年，北京流向津冀技术合同成交额达748.7亿元，同比增长109.8%。\n", dict(title="北京技术市场", published="2024-01-19", reference_year=2024),
                 {"109.8%": [("tech_contract_turnover_to_tjhb_yoy", "tianjin_hebei", 2023)]},
                 id="a_flows_rate_in_the_next_clause_stays_the_flows"),
    pytest.param("经初步核算，2017年石家庄全市(含辛集市)生产总值实现6460.9亿元，比上一年增长7.3%。\n", dict(title="石家庄2017年GDP增长7.3%", published="2018-03-14", reference_year=2018),
                 {"6460.9亿元": [("gdp", "shijiazhuang", 2017)]},
                 id="a_place_named_as_included_in_a_citys_total_is_not_its_subject"),
    pytest.param("全年完成区级一般公共预算收入566.3亿元，比上年增长0.5%。\n", dict(title="朝阳区2024年国民经济和社会发展统计公报", published="2025-04-10", reference_year=2025),
                 {"566.3亿元": [("general_budget_revenue", "chaoyang", 2024)], "0.5%": [("general_budget_revenue_growth", "chaoyang", 2024)]},
                 id="a_districts_own_district_level_budget_revenue_is_its_budget_revenue"),
    pytest.param("全年完成区级一般公共预算收入2566.3亿元。\n", dict(title="北京市2024年国民经济和社会发展统计公报", published="2025-04-10", reference_year=2025),
                 {"2566.3亿元": []},
                 id="the_districts_revenue_in_a_citys_release_is_not_the_citys"),
    pytest.param("2015年，滨海新区新增就业13.8万人。\n", dict(title="滨海新区2015年经济运行", published="2016-01-20", reference_year=2016),
                 {"13.8万人": [("new_urban_jobs", "binhai", 2015)]},
                 id="new_jobs_without_urban_are_the_new_urban_jobs"),
    pytest.param("刘伯正表示，雄安新区292个重点项目累计完成投资6500多亿元。\n", dict(title="京津冀协同发展十周年", published="2024-02-22", reference_year=2024),
                 {"6500多亿元": [("xiongan_investment_cumulative", "xiongan", 2023)]},
                 id="what_counted_projects_did_is_a_value_not_a_bar"),
    pytest.param("截至2016年底，全省高速通车里程达到6502公里，居全国第二。\n", dict(title="河北交通建设", published="2017-01-10", reference_year=2017),
                 {"6502公里": [("expressway_km", "hebei", 2016)]},
                 id="expressway_length_written_short_is_the_expressway_length"),
    pytest.param("持续推动交通一体化，截至8月底，京津冀铁路营业里程超1万公里，其中高铁2369公里，实现铁路对20万人口以上城市全覆盖。\n", dict(title="前三季度京津冀协同发展成效", published="2022-12-15", reference_year=2022),
                 {"2369公里": [("hsr_operating_km", "jjj", 2022)]},
                 id="a_networks_length_as_of_a_months_end_is_the_stock_in_a_release_on_three_quarters"),
]


@pytest.mark.parametrize("body, front, expected", ROWS_OF)
def test_the_row_a_figure_makes(tmp_path, body, front, expected):
    res = extract(tmp_path, body, **front)
    assert {raw: rows(res, raw) for raw in expected} == expected
