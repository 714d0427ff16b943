"""Round 12 of issue 8: Tianjin's districts and the counties round Beijing as regions of their own. Every sentence is
written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out


def regions_of(res, raw):
    return sorted(r["region"] for r in out(res, raw))


def test_a_tianjin_district_by_its_short_name_has_its_own_growth(tmp_path):
    res = extract(tmp_path, "2023年，武清区地区生产总值957.1亿元。武清的经济增长为4.7%，静海增长2.0%。\n")
    assert regions_of(res, "957.1亿元") == ["wuqing"]
    assert regions_of(res, "4.7%") == ["wuqing"] and regions_of(res, "2.0%") == ["jinghai"]


def test_a_county_round_beijing_is_its_own_region_not_langfang_or_hebei(tmp_path):
    res = extract(tmp_path, "2022年，河北省廊坊市固安县地区生产总值320亿元，霸州市引进北京项目56个。\n")
    assert regions_of(res, "320亿元") == ["gu_an"]
    assert all(r == "bazhou" for r in regions_of(res, "56个"))


def test_a_county_level_city_home_takes_its_own_anaphora(tmp_path):
    res = extract(tmp_path, "全市地区生产总值达到260亿元，增长6.1%。\n", title="涿州市2022年国民经济和社会发展统计公报")
    assert regions_of(res, "260亿元") == ["zhuozhou"]


def test_a_university_or_a_beijing_market_named_like_a_district_is_not_the_district(tmp_path):
    res = extract(tmp_path, "2022年，南开大学科研经费达到25亿元。北辰集团实现营业收入600亿元。\n")
    assert not [r for r in res.rows + res.candidates if r["region"] in ("nankai", "beichen", "tianjin")]


def test_hebei_district_of_tianjin_still_never_becomes_the_province(tmp_path):
    res = extract(tmp_path, "2022年，天津市河北区地区生产总值530亿元；河北区域内PM2.5浓度下降。\n")
    assert [r["region"] for r in out(res, "530亿元")] == ["hebeiqu"]  # (round 15: a region of ours, never Hebei)


# -- the receiving side, partners and pairs ----------------------------------------------------------------------

def test_capital_resources_drawn_in_leave_the_district_of_the_headline_the_subject(tmp_path):
    res = extract(tmp_path, "一是加快承接首都资源。深挖驻京央企、科研院所等首都资源，今年以来引进北京企业79家，协议投资额92亿元。\n",
                  title="北辰区多措并举融入京津冀协同发展大格局")
    assert regions_of(res, "79家") == ["beichen"] and regions_of(res, "92亿元") == ["beichen"]


def test_a_partner_after_yu_at_a_clause_start_is_not_the_subject(tmp_path):
    res = extract(tmp_path, "产业协作方面，与北京签订合作协议30项，总投资722.5亿元。\n", title="张家口市深化与北京合作")
    assert regions_of(res, "30项") == ["zhangjiakou"] and regions_of(res, "722.5亿元") == ["zhangjiakou"]
    shared = extract(tmp_path, "2022年，十余家市属国企参与雄安新区建设。\n")
    assert regions_of(shared, "十余家") == ["xiongan"]  # 参与 is a verb, not 与


def test_a_pair_of_beijing_and_a_hebei_city_in_the_headline_gives_neither_city_the_figures(tmp_path):
    res = extract(tmp_path, "教育合作项目达100余项。\n", title="京张合作交流向多领域深入推进")
    assert not [r for r in out(res, "100余项") if r["region"] in ("beijing", "zhangjiakou")]
    line = extract(tmp_path, "2022年，京张高铁发送旅客1200万人次。\n")
    assert not [r for r in out(line, "1200万人次") if r["region"] == "zhangjiakou"]


def test_the_total_investment_after_a_count_of_agreements_is_theirs(tmp_path):
    res = extract(tmp_path, "2018年，张家口市与北京签订合作协议30项，总投资722.5亿元。\n")
    assert [r.get("candidate_id", "").split("|")[0] for r in out(res, "722.5亿元")] == ["协议总投资"]


def test_a_named_city_having_projects_is_a_count_of_projects_not_of_places(tmp_path):
    res = extract(tmp_path, "2015年廊坊洽谈会上，涿州市有11个项目签约。超过全省平均水平的市有6个。\n")
    assert regions_of(res, "11个") == ["zhuozhou"] and not out(res, "6个")


# -- a district's plan report --------------------------------------------------------------------------------------

def test_a_gdp_decline_is_negative_growth_and_energy_use_per_unit_of_gdp_is_not_growth(tmp_path):
    res = extract(tmp_path, "2020年，预计地区生产总值下降3.5%左右。单位GDP能耗累计下降43%。\n", title="武清区2020年计划执行情况的报告")
    assert [(r["indicator"], r["region"], r["value"]) for r in res.rows] == [("gdp_growth_real", "wuqing", -3.5)]


def test_risks_at_home_and_abroad_and_a_reasonable_range_name_no_place(tmp_path):
    res = extract(tmp_path, "2020年，全区面对国内外风险挑战，经济运行保持在合理区间，一般公共预算收入完成81.5亿元。\n",
                  title="武清区2020年计划执行情况的报告")
    assert regions_of(res, "81.5亿元") == ["wuqing"]


def test_the_verb_nearest_the_number_gives_the_direction(tmp_path):
    res = extract(tmp_path, "2019年，武清区一般公共预算收入119亿元，在大幅减税降费情况下增长1.5%。\n")
    assert [r["value"] for r in out(res, "1.5%")] == [1.5]


def test_a_rate_after_a_level_and_a_pause_mark_has_the_levels_measure(tmp_path):
    res = extract(tmp_path, "上半年，东丽区地区生产总值357.4亿元、增长6%。\n", title="东丽区2025年上半年计划执行情况的报告",
                  published="2025-09-15", reference_year=2025)
    assert [(r.get("candidate_id"), r["value"]) for r in out(res, "6%")] == [("上半年|地区生产总值|%|change", 6.0)]


def test_the_first_quarter_called_shouji_is_no_annual_figure(tmp_path):
    res = extract(tmp_path, "唐山市实现首季开门红：全市地区生产总值完成1667.3亿元，增长16.6%。\n", title="唐山市首季经济实现开门红",
                  published="2021-04-30", reference_year=2021)
    assert not res.rows and {r["candidate_id"].split("|")[0] for r in res.candidates} == {"Q1"}


def test_a_county_named_after_its_city_is_not_the_city(tmp_path):
    res = extract(tmp_path, "2020年，承德县地区生产总值131.1亿元。邢台县地区生产总值98亿元。承德市地区生产总值1550亿元。\n")
    assert regions_of(res, "131.1亿元") == ["chengdexian"] and regions_of(res, "1550亿元") == ["chengde"]
    assert not out(res, "98亿元")  # 邢台县 (a county until 2020, not in the catalogue) is not 邢台


def test_a_hebei_county_report_gives_its_figures_to_the_county(tmp_path):
    res = extract(tmp_path, "过去一年，全县地区生产总值完成156亿元，增长6.2%。\n", title="2024年蠡县人民政府工作报告",
                  published="2024-02-20", reference_year=2024)
    assert {(r["region"], r["year"]) for r in res.rows} == {("lixian", 2023)}


def test_a_ports_tonnage_named_by_its_city_is_that_ports_throughput(tmp_path):
    res = extract(tmp_path, "2017年，河北三大港口全部跻身2亿吨大港俱乐部，其中秦皇岛港完成2.4亿吨；唐山港完成5.5亿吨。\n")
    assert {(r["indicator"], r["region"], r["value"]) for r in res.rows} == {
        ("port_cargo_throughput", "qinhuangdao_port", 24000), ("port_cargo_throughput", "tangshan_port", 55000)}


def test_the_past_year_in_a_spring_release_after_this_years_anniversary_is_last_year(tmp_path):
    res = extract(tmp_path, "今年京津冀协同发展迈入第十一载。\n过去的一年里，雄安新区中关村科技园已有超过130家企业入驻。\n",
                  published="2025-03-02", reference_year=2025)
    assert [(r["region"], r["year"]) for r in out(res, "超过130家")] == [("xiongan", 2024)]


def test_an_airports_figures_are_not_its_citys(tmp_path):
    res = extract(tmp_path, "2023年，北京大兴国际机场保障旅客3941万人次，在飞航线共183条。\n")
    assert not [r for r in res.rows + res.candidates if r["region"] in ("beijing", "daxing")]


def test_services_share_of_the_economy_is_the_tertiary_share(tmp_path):
    res = extract(tmp_path, "2021年，廊坊市服务业增加值增长7.4%，占经济总量的60.3%。\n")
    assert ("tertiary_share", "langfang", 60.3) in {(r["indicator"], r["region"], r["value"]) for r in res.rows}


def test_the_last_term_of_a_sector_structure_after_its_start_is_the_tertiary_share(tmp_path):
    res = extract(tmp_path, "京津冀三地三次产业构成由2014年的5.7:41.1:53.2，调整为2015年的5.5:38.4:56.1。\n", published="2016-04",
                  reference_year=2016)
    assert {(r["indicator"], r["year"], r["value"]) for r in res.rows} == {
        ("tertiary_share", 2014, 53.2), ("tertiary_share", 2015, 56.1)}


def test_the_whole_city_as_a_shares_scope_leaves_the_district_the_subject(tmp_path):
    res = extract(tmp_path, "五年来，地区生产总值预计增至9500亿元，全市占比由21.8%增至24%。\n", title="2021年海淀区政府工作报告",
                  published="2021-12-15", reference_year=2021)
    assert regions_of(res, "24%") == ["haidian"]


def test_the_officials_and_departments_who_did_the_work_are_no_figure(tmp_path):
    res = extract(tmp_path, "2020年，武清区18名区级领导、58个部门共同作战，成立14个专项工作组，建成54个蔬菜大棚。\n")
    assert not out(res, "18名") and not out(res, "58个") and not out(res, "14个") and out(res, "54个")


def test_a_work_report_dated_by_its_year_only_reviews_the_year_before(tmp_path):
    res = extract(tmp_path, "全区地区生产总值增长8.5%，一般公共预算收入增长6%。\n",
                  title="(北京市)北京市顺义区人民政府工作报告(2022年)", published=2022, reference_year=2022)
    assert {(r["region"], r["year"]) for r in res.rows} == {("shunyi", 2021)}
    dated = extract(tmp_path, "全区地区生产总值增长8.5%。\n", title="北京市顺义区人民政府工作报告", published="2022-07-01",
                    reference_year=2022)
    assert {(r["region"], r["year"]) for r in dated.rows} == {("shunyi", 2022)}


def test_industrial_value_added_growth_is_the_whole_of_industry_above_size_not_a_branch(tmp_path):
    res = extract(tmp_path, "2023年，天津规上工业增加值增长3.7%，其中高技术制造业增加值增长6.1%，工业投资增长5.4%。\n")
    assert [(r["indicator"], r["value"]) for r in out(res, "3.7%")] == [("industrial_value_added_growth", 3.7)]
    assert not [r for r in out(res, "6.1%") + out(res, "5.4%") if r.get("indicator") == "industrial_value_added_growth"]


def test_that_city_is_never_a_pair_of_cities_named_before_it(tmp_path):
    res = extract(tmp_path, "2016年，承德市市长介绍，承德是京津重要水源地，该市有林地面积3360万亩。\n")
    assert regions_of(res, "3360万亩") == ["chengde"]


def test_growth_at_current_prices_is_nominal_and_leaves_real_growth_its_place(tmp_path):
    res = extract(tmp_path, "2022年，石家庄市生产总值7100亿元，按现行价格计算，同比增长9.0%；按不变价格计算，同比增长6.4%。\n")
    assert [(r["indicator"], r["value"]) for r in res.rows if r["raw"].endswith("%")] == [("gdp_growth_real", 6.4)]
    assert [r["candidate_id"] for r in out(res, "9.0%")] == ["名义生产总值|%|change"]


def test_total_investment_after_a_count_in_the_same_clause_is_the_projects(tmp_path):
    res = extract(tmp_path, "2022年，雄安新区集中开工项目共43个、总投资416亿元。\n")
    assert [r["candidate_id"] for r in out(res, "416亿元")] == ["项目总投资|亿元"]


def test_a_destination_after_fu_and_an_institutions_name_are_not_the_subject(tmp_path):
    res = extract(tmp_path, "承德市69家重点企业赴津推介。该市森林覆盖率达56.7%。\n", title="承德企业赴津推介京津水源地")
    assert regions_of(res, "56.7%") == ["chengde"]
    named = extract(tmp_path, "2024年上半年，在北京交通大学等高校带动下，雄安新区教育业投资同比增长15.4倍。\n",
                    published="2024-08", reference_year=2024)
    assert regions_of(named, "15.4倍") == ["xiongan"]


def test_technology_contracts_total_turnover_is_the_turnover(tmp_path):
    res = extract(tmp_path, "2022年，河北省技术合同成交总额突破1300亿元。\n", published="2023-02-10", reference_year=2023)
    assert [(r["indicator"], r["region"]) for r in out(res, "突破1300亿元")] == [("tech_contract_turnover", "hebei")]


def test_names_of_national_centres_and_areas_south_of_beijing_are_no_subject(tmp_path):
    res = extract(tmp_path, "2022年，河北·京南国家科技成果转移转化示范区、京津冀国家技术创新中心获批建设，省级以上研发平台总数达到1550家。\n",
                  title="河北省技术合同成交总额突破1300亿元")
    assert regions_of(res, "1550家") == ["hebei"]


def test_years_listed_for_an_event_do_not_date_the_clause_after(tmp_path):
    res = extract(tmp_path, "其中2018年、2019年连续两年获得国家科技进步一等奖；全省技术合同成交总额突破1300亿元。\n",
                  title="河北省科技创新十年", published="2023-01-06", reference_year=2023)
    assert [r["year"] for r in out(res, "突破1300亿元")] == [2022]


def test_a_table_pointer_a_spaced_rank_and_a_per_project_average_are_no_figures(tmp_path):
    res = extract(tmp_path, "2014年天津市技术合同成交额418.11亿元，位居全国第 7位，如表 2所示；单个项目成交额从2005年的44.90万元增至277.19万元。\n")
    assert [(r["indicator"], r["value"]) for r in res.rows] == [("tech_contract_turnover", 418.11)]
    assert not out(res, "7位") and not out(res, "2所")


def test_within_the_area_after_a_place_opening_the_clause_is_that_places(tmp_path):
    res = extract(tmp_path, "上半年，雄安新区加快建设，区域内在建项目同比增加167个。\n", title="上半年京津冀地区生产总值近3.9万亿",
                  published="2020-08-14", reference_year=2020)
    assert regions_of(res, "167个") == ["xiongan"]
    station = extract(tmp_path, "郑皓介绍，副中心站综合交通枢纽有三大亮点，区域内规划产业空间143万平方米。\n",
                      title="京津冀协同发展")
    assert not [r for r in out(station, "143万平方米") if r["region"] == "subcentre"]


def test_a_record_since_a_year_or_a_plan_period_dates_nothing(tmp_path):
    body = "2021年，全省PM2.5年平均浓度38.8微克/立方米，创“十三五”以来年度最高改善幅度，优良天数269天。\n"
    res = extract(tmp_path, body, title="河北省2021年生态环境状况公报", published="2022-06-02", reference_year=2022)
    good = next(r for r in res.rows if r["raw"] == "269天")
    assert (good["indicator"], good["year"], good["period_start"]) == ("good_air_days", 2021, None)


def test_the_base_year_of_a_multiple_with_its_measure_between_is_a_base(tmp_path):
    res = extract(tmp_path, "2017年，河北省高新技术企业新增1079家，是2016年增幅的2.5倍多，总数达3174家。\n")
    assert {r["year"] for r in out(res, "3174家")} == {2017}


def test_sites_named_after_their_districts_in_a_list_are_not_the_districts(tmp_path):
    res = extract(tmp_path, "2018年，北京建成丰台嘉囿、石景山何家坟等城市休闲公园28处，启动门头沟永定河滨水森林公园建设。\n")
    assert not [r for r in out(res, "28处") if r["region"] in ("fengtai", "shijingshan")]
    listed = extract(tmp_path, "2018年，海淀区科技、文化产业增加值增长8%。\n")
    assert regions_of(listed, "8%") == ["haidian"]


def test_now_in_the_sentence_dates_a_figure_as_of_now_not_the_year_of_the_paragraph_before(tmp_path):
    body = "2017年底，北京市轨道交通一卡通互联互通全部启动。截至目前出京公交线路达到41条，线路总长2826公里。\n"
    res = extract(tmp_path, body, published="2020-02-25", reference_year=2020)
    assert {r["year"] for r in out(res, "41条") + out(res, "2826公里")} == {2019}


def test_a_caption_that_reports_is_read_and_its_credit_is_not(tmp_path):
    body = "两艘轮船靠泊装货。日前，记者从省交通运输厅获悉，2018年河北省港口货物吞吐量完成11.56亿吨。 新华社记者 杨世尧 摄\n"
    res = extract(tmp_path, body, published="2019-02-18", reference_year=2019)
    assert [(r["indicator"], r["region"], r["year"]) for r in res.rows] == [("port_cargo_throughput", "hebei", 2018)]


def test_counts_paired_with_listed_measures_are_not_a_lists_count(tmp_path):
    res = extract(tmp_path, "2024年，河北省运输机场、通用机场分别达到7个和22个。\n", published="2025-02", reference_year=2025)
    assert [(r["candidate_id"], r["value"]) for r in res.candidates] == [("运输机场|个", 7), ("通用机场|个", 22)]


def test_a_bus_lines_name_and_its_destination_are_no_subject(tmp_path):
    res = extract(tmp_path, "北京市京冀公交线路线路长度2801.59公里。开往怀来县的898路日均客运量39.1万人次。\n",
                  published="2017-04-29", reference_year=2017)
    assert regions_of(res, "2801.59公里") == ["beijing"] and "huailai" not in regions_of(res, "39.1万人次")


def test_the_level_reached_after_a_change_has_the_changes_measure_and_no_base(tmp_path):
    res = extract(tmp_path, "2025年，天津港万吨级以上泊位较2020年增加24个、达到147个。\n", published="2025-12",
                  reference_year=2025)
    level = out(res, "147个")
    assert [(r["candidate_id"], r["base_year"], r["region"]) for r in level] == [("万吨级泊位|个", None, "tianjin_port")]


def test_chronic_and_special_disease_outpatient_settlement_is_not_all_outpatient_settlement(tmp_path):
    res = extract(tmp_path, "2022年，天津市269家定点医疗机构开展异地就医门诊慢特病直接结算，门诊直接结算定点医疗机构达到1146家。\n")
    assert [(r["indicator"], r["value"]) for r in res.rows] == [("medical_institutions_outpatient_direct_settlement", 1146)]


def test_a_hebei_city_district_with_a_name_of_its_own_is_the_district_not_the_city(tmp_path):
    res = extract(tmp_path, "2022年，邢台市信都区地区生产总值320亿元；邢台市地区生产总值2546亿元。\n")
    assert regions_of(res, "320亿元") == ["xindu"] and regions_of(res, "2546亿元") == ["xingtai"]
