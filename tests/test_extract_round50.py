"""Round 50 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out


def test_a_first_sentence_opening_on_a_citys_party_committee_makes_the_release_that_citys(tmp_path):
    body = ("近年来，廊坊市委、市政府把改善民生放在首位，群众生活明显改善。\n\n"
            "2021年，全体居民人均可支配收入31234元，增长8.1%。\n")
    res = extract(tmp_path, body, title="群众生活水平稳步提高", published="2022-03-10", reference_year=2022)
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "31234元")] == [
        ("disposable_income_per_capita", "langfang", 2021)]


def test_a_government_named_as_a_partner_in_the_first_sentence_does_not_make_the_release_its(tmp_path):
    body = ("某能源公司早在2010年就与廊坊市政府签订合作协议，共同开发地热资源。\n\n"
            "2021年，全体居民人均可支配收入31234元，增长8.1%。\n")
    res = extract(tmp_path, body, title="地热开发稳步推进", published="2022-03-10", reference_year=2022)
    assert out(res, "31234元") == []


def test_the_county_anaphor_goes_to_the_county_named_not_to_the_district_that_aids_it(tmp_path):
    body = ("作为北京市西城区结对帮扶地区，“阜平文化周”在京开幕。\n\n"
            "截至2018年底，全县贫困发生率为3.15%，未脱贫人口5200人。\n")
    res = extract(tmp_path, body, title="“阜平文化周”亮相北京", published="2019-07-21", reference_year=2019)
    assert {r["region"] for r in out(res, "3.15%")} == {"fuping"}


def test_money_invested_in_hebei_and_inner_mongolia_together_is_not_hebeis(tmp_path):
    body = "2019年，北京累计引导300多家京企在河北内蒙两地投资180亿元。\n"
    res = extract(tmp_path, body, title="北京扶贫协作成效显著", published="2020-01-14", reference_year=2020)
    assert "hebei" not in {r["region"] for r in out(res, "180亿元")}


def test_a_districts_own_paper_named_in_traditional_script_makes_its_release_the_districts(tmp_path):
    body = "上半年，我区经济稳中有进。技术合同成交额12亿元，增长45%。\n"
    res = extract(tmp_path, body, title="我區產業發展邁出堅實步伐", publisher="《懷柔人大》數字報",
                  published="2024-08", reference_year=2024)
    assert {r["region"] for r in out(res, "12亿元")} == {"huairou"}


def test_a_city_office_named_in_a_districts_release_does_not_take_the_districts_figures(tmp_path):
    body = ("上半年，北京市知识产权保护中心怀柔分中心高质量运行。技术合同成交额12亿元，增长45%。\n")
    res = extract(tmp_path, body, title="我区产业发展迈出坚实步伐", published="2024-08", reference_year=2024)
    assert "beijing" not in {r["region"] for r in out(res, "12亿元")}


def test_the_parts_of_a_slogans_number_told_out_are_no_counts(tmp_path):
    body = "“1+2”产业体系：“1”即发展科技服务业，“2”即培育新能源和生命科学2个支柱产业。全区规上工业产值300亿元。\n"
    res = extract(tmp_path, body, title="怀柔区产业体系建设", published="2024-08", reference_year=2024)
    assert out(res, "2个") == []
    assert {r["region"] for r in out(res, "300亿元")} == {"huairou"}


def test_a_posters_measure_line_goes_on_into_the_change_on_the_next_line(tmp_path):
    body = "一季度\n\n平谷区投资呈现较快增长\n\n全区固定资产投资(不含农户)\n\n同比增长28.6%\n"
    res = extract(tmp_path, body, title="一季度平谷投资增速居全市前列", published="2025-05-12", reference_year=2025)
    assert [(r["candidate_id"], r["region"], r["year"]) for r in out(res, "28.6%")] == [
        ("Q1|固定资产投资|%|change", "pinggu", 2025)]


def test_the_province_a_zone_is_first_or_unique_in_is_no_subject_of_the_zones_figures(tmp_path):
    body = ("十年来，曹妃甸依托深水大港，打造开放型经济。2019年，河北自贸试验区曹妃甸片区挂牌成立，作为全省唯一的沿海片区，"
            "累计新增市场主体1100家，签约重大项目230个，在全省四个片区名列前茅；进出口额21.5亿美元。\n")
    res = extract(tmp_path, body, title="曹妃甸跑出发展加速度", published="2020-07-10", reference_year=2020)
    for raw in ("1100家", "230个", "21.5亿美元"):
        assert "hebei" not in {r["region"] for r in out(res, raw)}, raw


def test_two_counts_of_the_same_people_run_together_are_both_read(tmp_path):
    body = "2014年，阜平县识别建档立卡贫困人口21500户60120人，贫困发生率33.2%。\n"
    res = extract(tmp_path, body, title="阜平脱贫攻坚", published="2019-07-21", reference_year=2019)
    assert [(r["candidate_id"], r["year"]) for r in out(res, "60120人")] == [("识别建档立卡贫困人口|人", 2014)]


def test_an_undated_annual_air_mean_in_an_april_release_is_last_years(tmp_path):
    body = "承德持续开展污染防治攻坚战，大气污染防治工作成效显著，PM10平均浓度49微克/立方米，同比下降12.5%。\n"
    res = extract(tmp_path, body, title="承德推进生态文明建设", published="2023-04-25", reference_year=2023)
    assert [(r["indicator"], r["year"]) for r in out(res, "49微克/立方米")] == [("pm10_annual_mean", 2022)]
    res = extract(tmp_path, body, title="承德推进生态文明建设", published="2023-09-25", reference_year=2023)
    assert [r["year"] for r in out(res, "49微克/立方米")] == [2023]


def test_a_release_dated_by_its_year_only_that_reports_last_year_dates_its_undated_figures_so(tmp_path):
    body = ("近年来，保定科技创新成效显著。2023年，全社会研发投入增长10%。\n\n"
            "科学研究与试验发展投入强度3.52%。技术合同成交总额381.5亿元。\n")
    res = extract(tmp_path, body, title="保定科技创新成效显著", published="2024", reference_year=2024)
    assert [(r["indicator"], r["year"]) for r in out(res, "381.5亿元")] == [("tech_contract_turnover", 2023)]


def test_money_naming_a_class_of_projects_or_clusters_is_no_amount(tmp_path):
    body = "清河县是河北省重点扶持的超百亿元特色产业集群。2022年签约超10亿元项目12个，全县地区生产总值突破160亿元规模以上工业企业增至45家。\n"
    res = extract(tmp_path, body, title="清河县情", published="2023-10-18", reference_year=2023)
    assert out(res, "超百亿元") == [] and out(res, "超10亿元") == []
    assert [r["indicator"] for r in out(res, "突破160亿元")] == ["gdp"]


def test_the_set_of_places_an_assessment_covers_is_no_count(tmp_path):
    body = "2018年，曹妃甸在省对31个优化开发区(县区)综合考核中被评为优秀档次。\n"
    res = extract(tmp_path, body, title="曹妃甸跑出发展加速度", published="2020-07-10", reference_year=2020)
    assert out(res, "31个") == []


def test_what_a_plant_or_a_plan_could_do_is_no_figure(tmp_path):
    body = "2018年，全省审核产能置换方案，可压减炼铁产能620万吨。地热资源可替代标准煤60亿吨。\n"
    res = extract(tmp_path, body, title="河北工业和信息化工作会议", published="2019-01-26", reference_year=2019)
    assert out(res, "620万吨") == [] and out(res, "60亿吨") == []


def test_a_task_set_for_the_year_is_a_target_not_a_result(tmp_path):
    body = "今年全省棚户区改造开工任务为10.5万套，基本建成任务为3.2万套。截至11月底，已开工11.3万套。\n"
    res = extract(tmp_path, body, title="河北住建民心工程成绩单", published="2019-12-26", reference_year=2019)
    assert out(res, "10.5万套") == [] and out(res, "3.2万套") == []
    assert len(out(res, "11.3万套")) == 1


def test_a_citys_business_district_is_a_site_whose_figures_are_not_the_citys(tmp_path):
    body = "“十四五”以来，北京CBD税收过亿楼宇超130座，刷卡消费额超1100亿元。\n"
    res = extract(tmp_path, body, title="北京CBD高质量发展", published="2026-01-14", reference_year=2026)
    assert "beijing" not in {r["region"] for r in out(res, "超130座") + out(res, "超1100亿元")}


def test_the_country_named_as_the_field_of_provinces_a_city_aids_leaves_the_city_the_subject(tmp_path):
    body = ("北京承担着全国8个省区90个旗县的扶贫支援任务。2018年，全年投入市区财政帮扶资金60.5亿元，建设900个扶贫项目，"
            "助推受援地区25个县脱贫摘帽。\n")
    res = extract(tmp_path, body, title="北京特色扶贫协作帮扶效果显著", published="2019-12-30", reference_year=2019)
    assert {r["region"] for r in out(res, "60.5亿元") + out(res, "900个")} == {"beijing"}
    assert out(res, "25个") == []


def test_the_provinces_a_ranking_sorts_are_no_count(tmp_path):
    body = "2015年7月，河北居民消费价格同比上涨1.1%，在全国31个省、市、区由高到低的排序中居第28位。\n"
    res = extract(tmp_path, body, title="河北7月CPI", published="2015-08-18", reference_year=2015)
    assert out(res, "31个") == []


def test_the_city_anaphor_of_an_aid_story_is_the_city_aided_not_the_givers(tmp_path):
    body = ("北京和天津实施对口帮扶河北承德，帮助3.1万贫困劳动力实现就业。\n"
            "作为北京市的帮扶项目，一家农业公司获得帮扶资金1200万元。正是通过扶持龙头企业，北京帮扶资金发挥了效率。\n"
            "河北省人大常委会副主任、承德市委书记介绍，在北京和天津的大力帮扶下，河北承德脱贫攻坚取得了显著成效。"
            "全市贫困人口由2014年初的70.5万人减少到2018年底的6.1万人。\n\n"
            "工作队2020年有队员150名。\n")
    res = extract(tmp_path, body, title="北京和天津对口帮扶河北承德", published="2019-11-12", reference_year=2019)
    assert {(r["region"], r["year"]) for r in out(res, "6.1万人")} == {("chengde", 2018)}
    assert "chengde" not in {r["region"] for r in out(res, "150名")}


def test_a_place_that_stands_on_a_new_start_in_a_headline_is_no_station(tmp_path):
    body = "2013年，丰台区第三产业实现增加值770亿元，增长9%。完成技术合同登记额580亿元，居全市第二位。\n"
    res = extract(tmp_path, body, title="后园博时代：丰台站上新起点", published="2014-01-16", reference_year=2014)
    assert [(r["indicator"], r["region"]) for r in out(res, "770亿元")] == [("value_added_tertiary", "fengtai")]
    assert [r["indicator"] for r in out(res, "580亿元")] == ["tech_contract_turnover"]


def test_a_financial_business_districts_count_is_the_sites_not_the_districts(tmp_path):
    body = "2013年，丰台区丽泽金融商务区引进企业190家。\n"
    res = extract(tmp_path, body, title="丰台发展", published="2014-01-16", reference_year=2014)
    assert "fengtai" not in {r["region"] for r in out(res, "190家")}


def test_data_centre_racks_are_a_unit_of_their_own(tmp_path):
    body = "到2022年底，河北机架总规模达到48.3万标准机架。\n"
    res = extract(tmp_path, body, title="河北信息通信业发展", published="2023-06-04", reference_year=2023)
    assert [(r["candidate_id"], r["value"]) for r in out(res, "48.3万标准机架")] == [("机架总规模|万标准机架", 48.3)]


def test_the_countrys_main_cities_are_the_countrys_not_the_releases_city(tmp_path):
    body = "报告显示，中国主要城市45分钟以内通勤比重总体平均为75%。\n"
    res = extract(tmp_path, body, title="北京通勤监测报告", published="2023-08", reference_year=2023)
    assert "beijing" not in {r["region"] for r in out(res, "75%")}


def test_the_amount_a_figure_is_revised_by_is_no_level(tmp_path):
    body = "经反复核算，认为应调减全区2016年公共预算收入510亿元，并应核减2016年工业增加值2800亿元。\n"
    res = extract(tmp_path, body, title="滨海新区GDP调整", published="2018-01-13", reference_year=2018)
    assert out(res, "510亿元") == [] and out(res, "2800亿元") == []


def test_a_periods_running_total_is_no_years_level(tmp_path):
    body = "“十二五”时期，天津港口形成一港多区格局；货物吞吐量累计超过24亿吨，年均增长5.3%。\n"
    res = extract(tmp_path, body, title="天津十二五交通发展", published="2016-02-19", reference_year=2016)
    assert not [r for r in out(res, "超过24亿吨") if r.get("indicator") == "port_cargo_throughput"]


def test_a_headline_figure_the_body_never_gives_again_is_read_from_the_headline(tmp_path):
    body = "张家口春假旅游收入近9亿\n\n羊年春节黄金周期间，张家口市各大滑雪场人气爆棚，多项旅游指标创历史新高。\n"
    res = extract(tmp_path, body, title="张家口春假旅游收入近9亿", published="2015-02-27", reference_year=2015)
    assert [(r["region"], r["year"]) for r in out(res, "近9亿")] == [("zhangjiakou", 2015)]
    body = "张家口春假旅游收入近9亿\n\n羊年春节黄金周期间，张家口市实现旅游收入近9亿元。\n"
    res = extract(tmp_path, body, title="张家口春假旅游收入近9亿", published="2015-02-27", reference_year=2015)
    assert out(res, "近9亿") == []


def test_the_real_change_beside_the_nominal_one_is_a_measure_of_its_own(tmp_path):
    body = "初步统计显示，北京市实现农林牧渔业总产值360.5亿元，同比下降11.3%，扣除价格因素实际下降9.6%。\n"
    res = extract(tmp_path, body, title="北京农业", published="2016-03-08", reference_year=2016)
    assert [(r["candidate_id"], r["value"]) for r in out(res, "9.6%")] == [("实际农林牧渔业总产值|%|change", -9.6)]


def test_the_city_an_events_name_seats_in_brackets_is_the_one_the_releases_anaphora_stand_for(tmp_path):
    body = ("9月26日上午，第二十一届中国(廊坊)农产品交易会举行农业项目签约仪式。\n"
            "其中我市签约项目8个，合作金额70.5亿元。\n")
    res = extract(tmp_path, body, title="农交会项目顺利签约 我市签约项目数居全省第一", published="2017-09", reference_year=2017)
    assert {r["region"] for r in out(res, "70.5亿元")} == {"langfang"}


def test_the_city_anaphor_takes_the_one_city_its_own_sentence_names_when_the_paragraph_names_two(tmp_path):
    body = ("冬奥比赛地河北崇礼接待游客共计50.2万人次。\n"
            "统计显示，张家口市调整行政区划，崇礼由县变区。崇礼之外，冰雪旅游遍地开花。"
            "北京举办了众多冰雪嘉年华活动，全市滑雪场接待游客7.9万人次。\n")
    res = extract(tmp_path, body, title="冰雪旅游大爆发", published="2016-03-15", reference_year=2016)
    assert {r["region"] for r in out(res, "7.9万人次")} == {"beijing"}


def test_the_first_spring_festival_named_in_a_headline_is_the_holiday(tmp_path):
    body = "冬奥比赛地崇礼各大雪场接待游客共计50.2万人次。\n"
    res = extract(tmp_path, body, title="申冬奥成功后首个春节 冰雪旅游大爆发", published="2016-02-15", reference_year=2016)
    assert out(res, "50.2万人次") == []  # the holiday's, which the body never names: not a figure of last year


def test_a_spring_events_figures_are_this_years(tmp_path):
    body = ("招聘会现场“爆棚”。 记者 摄\n应聘者在现场进行咨询。 记者 摄\n"
            "2日，京津冀劳务协作洽谈招聘会保定会场在此间举行，来自京、津、冀、鲁等地的280余家企业入场招聘，提供岗位约4.5万个。\n")
    res = extract(tmp_path, body, title="京津冀区域性劳务协作洽谈招聘会保定会场举行", published="2015-03-02", reference_year=2015)
    assert {r["year"] for r in out(res, "约4.5万个")} == {2015}
    body = "保定全市新增就业8.2万人，提供岗位约4.5万个。\n"
    res = extract(tmp_path, body, title="保定就业工作座谈会举行", published="2015-03-02", reference_year=2015)
    assert {r["year"] for r in out(res, "约4.5万个")} == {2014}


def test_vehicle_passages_are_not_vehicles(tmp_path):
    body = "2024年河北对旅游包车免费通行110万辆次。\n"
    res = extract(tmp_path, body, title="河北交通运输", published="2025-02-24", reference_year=2025)
    assert [r["unit"] for r in out(res, "110万辆次")] == ["万辆次"]


def test_a_headlines_rounded_bound_of_a_figure_the_body_gives_is_not_read_again(tmp_path):
    body = "北京常住外来人口超700万\n\n2013年末，全市常住人口2114.8万人。其中，常住外来人口712.3万人。\n"
    res = extract(tmp_path, body, title="北京常住外来人口超700万", published="2014-01-24", reference_year=2014)
    assert out(res, "超700万") == []
    assert len(out(res, "712.3万人")) == 1


def test_places_naming_rail_lines_are_no_subjects(tmp_path):
    body = "截至目前北京共开通城市副中心线、S2线、怀柔-密云线三条市郊铁路，累计运送乘客2000多万人次。\n"
    res = extract(tmp_path, body, title="北京市郊铁路", published="2019-11-15", reference_year=2019)
    assert {r["region"] for r in out(res, "2000多万人次")} == {"beijing"}


def test_the_tasks_a_plan_sets_are_no_figures(tmp_path):
    body = "天津市出台实施方案，提出6方面22项重点任务，全市社会消费品零售总额增长5.1%。\n"
    res = extract(tmp_path, body, title="天津建设国际消费中心城市", published="2023-07", reference_year=2023)
    assert out(res, "22项") == []


def test_the_headline_again_with_a_page_number_is_a_heading_not_the_summarys_next_sentence(tmp_path):
    body = ("摘要：刚刚过去的国庆假期，北京的文化、旅游市场持续升温。7天长假，全市接待旅游总人数850.2万人次，恢复至2019年...\n"
            "北京冬奥游持续升温 十一长假旅游收入105.3亿元(1)\n\n"
            "国庆假期，北京市接待旅游总人数850.2万人次，旅游总收入105.3亿元。\n")
    res = extract(tmp_path, body, title="北京冬奥游持续升温 十一长假旅游收入105.3亿元", published="2021-10-08",
                  reference_year=2021)
    assert {r["year"] for r in out(res, "105.3亿元")} == {2021}


def test_a_city_named_as_a_level_that_lists_key_projects_is_no_subject(tmp_path):
    body = "近年来，涿州市大力推进招商工作。今年，该市共推进省、保定市重点项目45个，总投资560亿元。\n"
    res = extract(tmp_path, body, title="涿州市第一批重点项目集中开工", published="2022-03-01", reference_year=2022)
    assert {r["region"] for r in out(res, "45个") + out(res, "560亿元")} == {"zhuozhou"}
