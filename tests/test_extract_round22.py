"""Round 22 of issue 8: a year in a list compared with is a base, a spring launch is this spring's story, one
line's or one station's or one reservoir's figure is none of our regions'.
Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, rows, skip_reasons


def test_last_year_in_a_list_compared_with_dates_nothing(tmp_path):
    res = extract(tmp_path, "一季度，全市实现餐饮收入205.3亿元，同比增长9.1%，增速较1—2月和上年全年分别提高2.0个和15.2个百分点。"
                            "3月当月同比增长6.4%。\n",
                  title="北京市一季度消费市场", published="2024-04-20", reference_year=2024)
    assert [r["year"] for r in out(res, "205.3亿元")] == [2024]
    assert [r["year"] for r in out(res, "6.4%")] == [2024]


def test_a_year_in_a_list_compared_with_is_a_base(tmp_path):
    res = extract(tmp_path, "2023年，全区规模以上工业增加值比2019年和2021年分别增长30.2%和12.5%。\n",
                  title="武清区工业经济", published="2024-02-20", reference_year=2024)
    assert {r["year"] for r in out(res, "30.2%")} == {2023}


def test_projects_launched_in_a_spring_release_are_this_years(tmp_path):
    res = extract(tmp_path, "2月20日电 近日，唐山市重点项目集中亮相，共88个项目，总投资620.5亿元。\n"
                            "2023年，唐山市全年共开工项目412个。\n",
                  title="唐山市88个项目启动 总投资620.5亿元", published="2024-02-20", reference_year=2024)
    assert {r["year"] for r in out(res, "620.5亿元")} == {2024}
    assert {r["year"] for r in out(res, "412个")} == {2023}


def test_one_lines_or_one_stations_passengers_are_no_regions(tmp_path):
    res = extract(tmp_path, "暑运期间，京津冀铁路发送旅客5200万人次。其中，京沪高铁发送412.5万人，津秦铁路发送旅客86.3万人，"
                            "白沟站发送旅客12.4万人，雄安站发送旅客30.5万人。\n",
                  title="京津冀铁路暑运", published="2023-09-03", reference_year=2023)
    for raw in ("412.5万人", "86.3万人", "12.4万人"):
        assert out(res, raw) == [], raw
    assert skip_reasons(res, "412.5万人") == ["sub-area"]
    assert skip_reasons(res, "12.4万人") == ["sub-area"]  # a station named after its place alone is a site too (round 34)
    # (雄安站 has been a site of ours since round 66: its passengers are its own, never 雄安新区's)
    assert {r["region"] for r in out(res, "30.5万人")} == {"xiongan_station"}


def test_a_reservoirs_storage_is_the_reservoirs(tmp_path):
    res = extract(tmp_path, "截至7月底，官厅水库蓄水量达到5.2亿立方米。\n",
                  title="北京水资源", published="2024-08-05", reference_year=2024)
    assert [r["region"] for r in out(res, "5.2亿立方米")] == ["guanting_reservoir"]  # a region since round 28


def test_a_networks_length_is_still_read(tmp_path):
    res = extract(tmp_path, "2023年，天津市营运性铁路总里程达到1400公里，修建大小水库15座。\n",
                  title="天津交通和水利", published="2024-02-05", reference_year=2024)
    assert [(r["region"], r["year"]) for r in out(res, "1400公里")] == [("tianjin", 2023)]
    assert [(r["region"], r["year"]) for r in out(res, "15座")] == [("tianjin", 2023)]


def test_people_counted_with_a_bare_wan_from_a_pair_and_before_their_noun(tmp_path):
    res = extract(tmp_path, "2020年，天津60岁及以上户籍老年人口从210.5万上升到245.6万。五年来，全市帮扶38.2万城乡就业困难人员实现就业。\n",
                  title="天津老龄事业", published="2021-09-07", reference_year=2021)
    assert [(r["unit"], r["phrase"]) for r in out(res, "245.6万")] == [("万人", "60岁及以上户籍老年人口")]
    assert [r["unit"] for r in out(res, "38.2万")] == ["万人"]


def test_densities_are_read_in_their_own_units(tmp_path):
    res = extract(tmp_path, "2023年，廊坊市路网密度达到165.3公里/百平方公里，常住人口密度为860人/平方公里。\n",
                  title="廊坊交通", published="2024-03-01", reference_year=2024)
    assert [(r["unit"], r["region"], r["year"]) for r in out(res, "165.3公里/百平方公里")] == [
        ("公里/百平方公里", "langfang", 2023)]
    assert [r["unit"] for r in out(res, "860人/平方公里")] == ["人/平方公里"]


def test_an_amount_written_before_a_growth_is_no_part_of_its_measure(tmp_path):
    res = extract(tmp_path, "2023年，全市粮食播种面积12.5万亩、产量4.6万吨，分别增长3.2%和2.1%。\n",
                  title="北京农业", published="2024-01-19", reference_year=2024)
    assert [r["phrase"] for r in out(res, "3.2%")] == ["粮食播种面积"]
    assert [r["phrase"] for r in out(res, "2.1%")] == ["产量"]


def test_a_headline_building_a_park_in_a_place_is_about_that_place(tmp_path):
    res = extract(tmp_path, "自2015年以来，示范区已签约北京项目210个、协议总投资1520.3亿元；累计实施北京项目96个、总投资830.5亿元。\n",
                  title="京津联手打造宝坻京津中关村科技城", published="2021-09-16", reference_year=2021)
    for raw in ("210个", "1520.3亿元", "96个", "830.5亿元"):
        assert [(r["region"], r["year"], r["period_start"]) for r in out(res, raw)] == [("baodi", 2021, 2015)], raw



def test_a_story_citing_a_work_report_is_no_work_report(tmp_path):
    res = extract(tmp_path, "今年年初省政府工作报告提出，2023年将推动3所高校、2家医院加快建设。\n"
                            "据悉，雄安新区成立6年来，目前累计完成投资5400多亿元。\n",
                  title="第二批央企向雄安疏解启动", published="2023-05-20", reference_year=2023)
    assert [r["year"] for r in out(res, "5400多亿元")] == [2023]
    assert out(res, "3所") == [] and out(res, "2家") == []  # what the year is to bring


def test_a_move_in_a_winter_release_is_this_years(tmp_path):
    res = extract(tmp_path, "记者1日获悉，北京市级机关第二批集中搬迁工作顺利完成。40个部门、1.2万余名干部职工全部迁入城市副中心。\n",
                  title="北京市级机关第二批集中搬迁至城市副中心", published="2024-02-01", reference_year=2024)
    assert [r["year"] for r in out(res, "1.2万余名")] == [2024]


def test_an_estimate_of_the_year_is_no_plan(tmp_path):
    res = extract(tmp_path, "全市人均地区生产总值2018年预计超过2万美元。\n",
                  title="北京经济", published="2019-01-15", reference_year=2019)
    assert [r["year"] for r in out(res, "超过2万美元")] == [2018]


def test_a_period_compared_with_leaves_the_half_years_figure_its_own(tmp_path):
    res = extract(tmp_path, "初步核算，2018年上半年保定市实现生产总值1520.3亿元，同比增长6.1%。\n"
                            "工业生产小幅回升。全市规模以上工业增加值同比增长2.3%，比1-5月份提高0.6个百分点。\n",
                  title="保定市2018年上半年经济运行情况", published="2018-07-27", reference_year=2018)
    assert [(r["year"], r["measure"]) for r in out(res, "2.3%")] == [(2018, "change")]
    assert out(res, "2.3%")[0]["candidate_id"].startswith("上半年|")


def test_a_plan_period_opening_a_paragraph_dates_its_average_rates(tmp_path):
    res = extract(tmp_path, "“十四五”时期，是全区发展进程中极不平凡的五年。全区居民人均可支配收入年均增长5.1%。\n",
                  title="武清区十四五回顾", published="2026-02-11", reference_year=2026)
    assert [(r["region"], r["year"], r["period_start"], r["measure"]) for r in out(res, "5.1%")] == [
        ("wuqing", 2025, 2021, "change")]


def test_the_first_level_of_a_plan_period_is_the_year_before_it(tmp_path):
    res = extract(tmp_path, "“十三五”期间，全省森林覆盖率由28%提高到33%。\n",
                  title="河北林业", published="2021-04-26", reference_year=2021)
    assert sorted(r["year"] for r in out(res, "28%")) == [2015]
    assert sorted(r["year"] for r in out(res, "33%")) == [2020]


def test_where_investment_comes_from_is_no_comparison_and_an_anaphor_lends_its_place(tmp_path):
    res = extract(tmp_path, "据悉，新区投资来源为北京的注册企业超过3200家。\n",
                  title="第二批在京央企向雄安新区疏解启动", published="2023-06-20", reference_year=2023)
    assert [(r["indicator"], r["region"], r["year"]) for r in res.rows if r["raw"] == "超过3200家"] == [
        ("xiongan_bj_registered_firms", "xiongan", 2023)]


def test_two_counts_of_different_things_joined_by_he_are_both_read(tmp_path):
    res = extract(tmp_path, "2024年，全区新增科创企业126家和高层次人才近600位。\n",
                  title="宝坻区人才工作", published="2024-12-30", reference_year=2024)
    assert [r["region"] for r in out(res, "126家")] == ["baodi"]
    res = extract(tmp_path, "2024年，宝坻区126家科创企业和近600位高层次人才在这里集聚。\n",
                  title="宝坻区人才工作", published="2024-12-30", reference_year=2024)
    assert [r["region"] for r in out(res, "126家")] == ["baodi"]


def test_older_and_mirror_names_of_revenue_and_income_are_the_catalogues(tmp_path):
    res = extract(tmp_path, "2015年，全市公共财政预算收入88.2亿元，下降6.5%。全市居民每人平均可支配收入增至2.1万元。\n",
                  title="承德市2015年经济运行", published="2016-02-20", reference_year=2016)
    assert rows(res, "6.5%") == [("general_budget_revenue_growth", "chengde", 2015)]
    assert rows(res, "2.1万元") == [("disposable_income_per_capita", "chengde", 2015)]


def test_the_country_compared_with_does_not_become_the_subject_after_it(tmp_path):
    res = extract(tmp_path, "2023年全年，天津地区进口5120.3亿元，增长8.2%，高于同期全国增速6.1个百分点；出口3310.6亿元，增长4.4%。"
                            "全市户籍人口1150.5万人，高出全国平均水平2.5个百分点；比上年增加9.8万人。\n",
                  title="天津外贸和人口", published="2024-01-20", reference_year=2024)
    assert [(r["region"], r["year"]) for r in out(res, "3310.6亿元")] == [("tianjin", 2023)]
    assert [(r["region"], r["phrase"]) for r in out(res, "9.8万人")] == [("tianjin", "户籍人口")]


def test_after_a_breakdown_into_several_parts_the_whole_goes_on(tmp_path):
    body = ("1-2月，天津市引进内资项目410个，到位资金690.3亿元。其中，滨海新区引进项目52个，到位资金170.2亿元；"
            "中心城区引进项目35个，到位资金120.4亿元；其他区县引进项目323个，到位资金399.7亿元。引进亿元以上项目140个，到位资金570.6亿元。\n")
    res = extract(tmp_path, body, title="天津市1-2月引进内资", published="2015-03-21", reference_year=2015)
    assert [r["region"] for r in out(res, "140个")] == ["tianjin"]
    assert [r["region"] for r in out(res, "52个")] == ["binhai"]


def test_after_a_breakdown_naming_one_part_that_part_goes_on(tmp_path):
    body = ("2019年10月—2020年3月，重点区域PM2.5平均浓度同比下降14.9%。\n"
            "其中，京津冀及周边地区“2+26”城市PM2.5平均浓度为71微克/立方米，同比下降12.6%。发生重污染390天次，同比下降35.2%。\n")
    res = extract(tmp_path, body, title="秋冬季空气质量", published="2020-04-24", reference_year=2020)
    assert [r["region"] for r in out(res, "390天次")] == ["jjj_2plus26"]


def test_how_many_industries_grew_is_no_figure(tmp_path):
    res = extract(tmp_path, "上半年，全市31个行业大类中，18个行业增加值同比增长。\n",
                  title="保定市上半年经济", published="2019-07-27", reference_year=2019)
    assert out(res, "18个") == []


def test_the_key_sites_a_plan_named_are_no_result(tmp_path):
    res = extract(tmp_path, "近年来，省委、省政府先后确定了承接京津产业转移的43个重点平台和62家重点经济开发区。2016年，全省引进京津项目1020个。\n",
                  title="河北开发区承接京津", published="2017-08-24", reference_year=2017)
    assert out(res, "43个") == [] and out(res, "62家") == []
    assert [r["year"] for r in out(res, "1020个")] == [2016]


def test_a_count_reached_since_a_start_takes_the_measure_named_before_it(tmp_path):
    res = extract(tmp_path, "北京市京冀公交线路自1996年开通以来，至今已达41条，日均客运量40.2万人次。\n",
                  title="京冀公交一体化", published="2018-04-29", reference_year=2018)
    assert [(r["phrase"], r["region"], r["year"]) for r in out(res, "41条")] == [("京冀公交线路", "beijing", 2018)]


def test_a_share_of_a_count_told_aside_leaves_the_count_a_figure(tmp_path):
    res = extract(tmp_path, "2025年，北京拥有1520个社区养老驿站（其中52%具备星级资格）。\n",
                  title="京津冀养老服务报告", published="2026-01-16", reference_year=2026)
    assert [(r["region"], r["year"]) for r in out(res, "1520个")] == [("beijing", 2025)]


def test_a_year_run_into_quanian_dates_its_figures(tmp_path):
    res = extract(tmp_path, "2016全年共引进首都项目1100个，到位资金420亿元。\n",
                  title="天津承接首都产业", published="2017-01-06", reference_year=2017)
    assert {r["year"] for r in out(res, "1100个") + out(res, "420亿元")} == {2016}


def test_shares_of_a_years_task_done_are_no_figures(tmp_path):
    res = extract(tmp_path, "2015年，全省压减炼铁产能1000万吨、炼钢产能1500万吨，分别完成年度任务118.2%、140.5%。"
                            "全年改造燃煤锅炉5000蒸吨，超过了任务量的20%。\n",
                  title="河北化解过剩产能", published="2016-02-29", reference_year=2016)
    assert out(res, "118.2%") == [] and out(res, "140.5%") == [] and out(res, "20%") == []


def test_a_list_by_place_gives_each_part_its_own_figures(tmp_path):
    body = ("据介绍，北三县项目推介会共签约40个项目。按区域分，三河市项目12个，意向投资额210.5亿元；"
            "大厂县项目11个，意向投资额约35.2亿元。\n")
    res = extract(tmp_path, body, title="北三县项目推介洽谈会签约40个项目", published="2022-09-15", reference_year=2022)
    assert [r["region"] for r in out(res, "11个")] == ["dachang"]  # a sibling's projects, not projects from 大厂
    assert not [r for r in res.rows if r["raw"] == "210.5亿元"]  # 三河's, never the whole 北三县's


def test_a_rates_change_against_another_period_is_no_figure(tmp_path):
    body = ("一季度，全市地区生产总值同比增长5.6%，比上年全年加快1.2个百分点。5月份，规模以上工业增加值同比增长6.1%，"
            "增速比4月份回升2.5个百分点。全市固定资产投资下降3.2%，降幅比1-3季度收窄1.6个百分点。\n")
    res = extract(tmp_path, body, title="天津市一季度经济运行", published="2024-04-18", reference_year=2024)
    assert out(res, "1.2个百分点") == [] and skip_reasons(res, "1.2个百分点") == ["comparison with a period"]
    assert out(res, "2.5个百分点") == [] and out(res, "1.6个百分点") == []
    assert [r["year"] for r in out(res, "5.6%")] == [2024]


def test_a_month_span_told_after_a_source_dates_the_next_sentence(tmp_path):
    body = ("记者从河北省统计局获悉，1至2月份，全省工业生产增速延续2015年四季度走势，低位平稳运行。"
            "全省规模以上工业完成增加值1520.3亿元，比上年同期增长5.1%，居全国第20位，比去年全年前移2位。\n")
    res = extract(tmp_path, body, title="河北工业生产", published="2016-03-15", reference_year=2016)
    found = out(res, "1520.3亿元")
    assert [(r["year"], r["candidate_id"].split("|")[0]) for r in found] == [(2016, "1-2月")]


def test_what_a_year_is_still_to_bring_is_a_plan(tmp_path):
    res = extract(tmp_path, "2018年还将大力推进重点行业去产能，压减钢铁产能800万吨，煤炭产能1200万吨。\n",
                  title="河北秋冬季大气污染治理", published="2018-01-20", reference_year=2018)
    assert out(res, "800万吨") == [] and out(res, "1200万吨") == []


def test_a_headline_figure_of_a_release_opening_on_three_quarters_is_theirs(tmp_path):
    body = ("前三季度，京津冀聚焦区域联动，协同发展步伐坚实。\n"
            "疏解承接双向发力。前三季度，河北承接京津转入基本单位4150个，2014年以来累计转入4.5万个。\n")
    res = extract(tmp_path, body, title="疏解承接双向发力 河北承接京津转入基本单位4150个", published="2022-12-15",
                  reference_year=2022)
    assert not [r for r in res.rows if r["raw"] == "4150个" and r["indicator"] == "units_transferred_to_hebei"]
    assert len(out(res, "4150个")) == 1  # the body's row; the headline says it again


def test_units_of_environment_energy_and_transport_releases_are_read(tmp_path):
    res = extract(tmp_path, "2023年，全市观测到鸟类15万只，年降水量为612.4毫米，新增光伏装机容量150兆瓦，"
                            "地表水高锰酸盐指数为3.1毫克/升，平均通勤时间为48分钟。\n",
                  title="天津生态环境状况", published="2024-03-05", reference_year=2024)
    assert [r["unit"] for r in out(res, "15万只")] == ["万只"]
    for raw in ("612.4毫米", "150兆瓦", "3.1毫克/升", "48分钟"):
        assert [(r["region"], r["year"]) for r in out(res, raw)] == [("tianjin", 2023)], raw


def test_how_long_a_meeting_lasted_is_still_no_figure(tmp_path):
    res = extract(tmp_path, "2023年，京津冀三地召开联席会议，会议历时3小时，签约项目12个。\n",
                  title="京津冀联席会议", published="2023-06-05", reference_year=2023)
    assert out(res, "3小时") == []


def test_a_central_city_is_a_part_of_beijing_not_all_of_it(tmp_path):
    res = extract(tmp_path, "2022年，北京中心城平均通勤时耗49分钟。\n",
                  title="北京通勤报告", published="2023-05-13", reference_year=2023)
    assert [r["region"] for r in out(res, "49分钟")] == ["chengliuqu"]  # (round 44: the six central districts, 中心城区)


def test_merchants_counted_by_where_they_come_from_are_the_hosts(tmp_path):
    res = extract(tmp_path, "5年来，高碑店市新发地农产品物流园入驻了4800余户北京商户。\n",
                  title="高碑店承接北京商户", published="2021-02-10", reference_year=2021)
    assert [r["region"] for r in out(res, "4800余户")] == ["gaobeidian"]


def test_toneless_pinyin_readings_throughout_a_line_are_mirror_noise(tmp_path):
    res = extract(tmp_path, "2021年末，河北(bei)全省常(chang)住总人口7448万人，人口死亡(wang)率为7.58‰。\n",
                  title="河北人口", published="2022-03-01", reference_year=2022)
    assert rows(res, "7448万人") == [("population_year_end", "hebei", 2021)]
    assert rows(res, "7.58‰") == [("death_rate", "hebei", 2021)]


def test_one_lowercase_word_in_brackets_is_kept(tmp_path):
    res = extract(tmp_path, "2021年，全市新能源汽车(nev)保有量达到50万辆。\n",
                  title="北京新能源汽车", published="2022-03-01", reference_year=2022)
    assert [r["quote"] for r in out(res, "50万辆")] and "(nev)" in out(res, "50万辆")[0]["quote"]


def test_tianjin_taking_in_projects_of_the_capitals_functions_is_the_catalogues(tmp_path):
    res = extract(tmp_path, "2015年，天津承接880个非首都功能项目。\n", title="京津冀协同发展", published="2016-02-20",
                  reference_year=2016)
    assert rows(res, "880个") == [("bj_hb_projects_in_tianjin", "tianjin", 2015)]


def test_the_value_at_the_start_of_an_era_is_no_years(tmp_path):
    res = extract(tmp_path, "北京入境旅游从改革开放之初的年接待入境游客20.5万人次，到1987年首次突破百万人次。\n",
                  title="北京旅游四十年", published="2020-08-20", reference_year=2020)
    assert out(res, "20.5万人次") == [] and skip_reasons(res, "20.5万人次") == ["period start"]


def test_how_long_a_show_runs_is_no_figure(tmp_path):
    res = extract(tmp_path, "2025年，河北省“十四五”成就专题节目在央视播出，节目时长约40分钟。\n",
                  title="河北十四五成就", published="2025-09-13", reference_year=2025)
    assert out(res, "约40分钟") == []
