"""Round 23 of issue 8: the terms of an industry structure, a milestone passed that names no measure, a page's
navigation line, what a project could do, where visitors and merchants come from.
Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, rows, skip_reasons


def test_every_term_of_an_industry_structure_changed_to_is_a_share(tmp_path):
    res = extract(tmp_path, "全省三次产业构成由2015年的11.5:48.3:40.2变化为2024年的9.1:37.4:53.5，第三产业比重提高13.3个百分点。\n",
                  title="河北经济结构", published="2025-03-01", reference_year=2025)
    assert rows(res, "40.2") == [("tertiary_share", "hebei", 2015)]
    assert rows(res, "53.5") == [("tertiary_share", "hebei", 2024)]
    firsts = {(r["year"], r["value"]) for r in out(res, "9.1")} | {(r["year"], r["value"]) for r in out(res, "11.5")}
    assert firsts == {(2015, 11.5), (2024, 9.1)}
    assert [(r.get("phrase"), r.get("measure"), r["region"]) for r in out(res, "37.4")] == [("第二产业比重", "share", "hebei")]


def test_a_structure_that_does_not_add_up_gives_no_terms(tmp_path):
    res = extract(tmp_path, "2024年，全市三次产业结构为1.2:30.5:58.3。\n",
                  title="天津市经济", published="2025-03-01", reference_year=2025)
    assert out(res, "1.2") == [] and out(res, "58.3") == []


def test_a_milestone_passed_names_no_measure_for_the_figures_after_it(tmp_path):
    res = extract(tmp_path, "2023年，京津冀地区生产总值合计10.4万亿元；其中，天津、河北跨越4万亿元量级，均为4.4万亿元；北京4.6万亿元。\n",
                  title="京津冀经济总量", published="2024-03-01", reference_year=2024)
    assert sorted((r["indicator"], r["region"]) for r in out(res, "4.4万亿元")) == [("gdp", "hebei"), ("gdp", "tianjin")]
    assert rows(res, "4.6万亿元") == [("gdp", "beijing", 2023)]
    assert skip_reasons(res, "4万亿元") == ["threshold"]


def test_a_pages_navigation_line_is_no_text(tmp_path):
    res = extract(tmp_path, "您现在的位置：首页 > 民生 > 天津新增异地养老床位3200张\n\n2023年，天津市养老机构新增床位1800张。\n",
                  title="天津新增异地养老床位", published="2023-06-01", reference_year=2023)
    assert out(res, "3200张") == []
    assert [r["value"] for r in out(res, "1800张")] == [1800]


def test_what_a_project_could_save_a_year_is_no_result(tmp_path):
    res = extract(tmp_path, "2016年，沧州物流园开业，预计年可减少380万次货车进京，年可节约标准煤12万吨。\n",
                  title="沧州物流园开业", published="2016-11-20", reference_year=2016)
    assert out(res, "380万次") == [] and out(res, "12万吨") == []
    assert skip_reasons(res, "380万次") == ["target"]


def test_experts_who_come_from_a_place_are_the_hosts_figure(tmp_path):
    res = extract(tmp_path, "2024年，天津专家来武出诊1200人次，开展义诊活动36场。北京名医到香河坐诊560人次。\n",
                  title="武清区卫生健康工作", published="2025-01-20", reference_year=2025)
    assert [r["region"] for r in out(res, "1200人次")] == ["wuqing"]
    assert [r["region"] for r in out(res, "36场")] == ["wuqing"]
    assert [r["region"] for r in out(res, "560人次")] != ["beijing"]


def test_merchants_moved_out_of_a_place_are_counted_by_the_host(tmp_path):
    res = extract(tmp_path, "2019年，白沟市场承接北京外迁商户3100户。\n",
                  title="高碑店市承接北京疏解", published="2020-01-10", reference_year=2020)
    assert [r["region"] for r in out(res, "3100户")] == ["baigou"]  # (round 64: 白沟新城, a county-level unit, names itself)


def test_the_start_of_a_from_to_pair_at_a_years_end_is_that_years_level(tmp_path):
    res = extract(tmp_path, "五年来，全区累计完成造林绿化86.4万亩，全区林地面积从2015年底的120.5万亩增加到2020年底的168万亩。\n",
                  title="赤城县造林绿化", published="2021-03-10", reference_year=2021)
    assert [(r["year"], r["measure"]) for r in out(res, "120.5万亩")] == [(2015, "level")]
    assert [(r["year"], r["measure"]) for r in out(res, "168万亩")] == [(2020, "level")]


def test_a_bar_held_for_years_is_no_years_value(tmp_path):
    res = extract(tmp_path, "2022年，市区PM2.5平均浓度近年均在30微克/立方米以下，全年PM2.5平均浓度为27微克/立方米。\n",
                  title="张家口空气质量", published="2023-01-10", reference_year=2023)
    assert out(res, "30微克/立方米") == [] and skip_reasons(res, "30微克/立方米") == ["threshold"]
    assert rows(res, "27微克/立方米") == [("pm25_annual_mean", "zhangjiakou", 2022)]


def test_the_size_of_one_thing_is_no_figure_of_a_place(tmp_path):
    res = extract(tmp_path, "2021年，平谷至蓟州的城际线路全长86.5公里，新建的广场直径120米，全区公路里程达1450公里。\n",
                  title="平谷区交通", published="2022-01-10", reference_year=2022)
    assert skip_reasons(res, "86.5公里") == ["dimension"] and skip_reasons(res, "120米") == ["dimension"]
    assert [r["value"] for r in out(res, "1450公里")] == [1450]


def test_aid_funds_given_and_staff_sent_are_the_givers(tmp_path):
    res = extract(tmp_path, "截至2019年底，北京市投入张家口市4县帮扶资金6.5亿元。2019年，西城区给阜平县的帮扶资金有820万元。"
                            "朝阳区共向康保派出挂职干部35人。\n",
                  title="京冀对口帮扶", published="2020-01-15", reference_year=2020)
    # (round 34: aid money put into a place is counted by the place it went to, as five outside labellers count it)
    assert [r["region"] for r in out(res, "6.5亿元")] == ["zhangjiakou"]
    assert [r["region"] for r in out(res, "820万元")] == ["xicheng"]
    assert [r["region"] for r in out(res, "35人")] == ["chaoyang"]


def test_where_a_named_place_acts_is_not_the_subject(tmp_path):
    res = extract(tmp_path, "2023年，天津在京冀设立分支机构1260家。平谷区在津布局销售网点80余个。\n",
                  title="京津冀产业协作", published="2024-02-21", reference_year=2024)
    assert [r["region"] for r in out(res, "1260家")] == ["tianjin"]
    assert [r["region"] for r in out(res, "80余个")] == ["pinggu"]


def test_services_value_added_is_the_tertiary_sectors(tmp_path):
    res = extract(tmp_path, "2023年，天津市实现服务业增加值9930.1亿元，现代服务业增加值4200亿元。\n",
                  title="天津经济", published="2024-02-21", reference_year=2024)
    assert rows(res, "9930.1亿元") == [("value_added_tertiary", "tianjin", 2023)]
    assert rows(res, "4200亿元") == []


def test_projects_taken_in_so_far_are_a_running_total(tmp_path):
    res = extract(tmp_path, "截至目前，东丽区已与20家央企签署合作协议，引进北京项目316个。\n",
                  title="东丽区承接北京非首都功能疏解", published="2019-09-27", reference_year=2019)
    assert rows(res, "316个") == [("bj_hb_projects_in_tianjin_cumulative", "dongli", 2019)]


def test_a_lists_first_name_with_no_verb_names_no_subject(tmp_path):
    res = extract(tmp_path, "今年1—4月，北京同仁堂(衡水)中药产业园、华北制药新厂等36个京津项目签约，总投资超过180亿元。\n",
                  title="衡水市承接京津产业转移", published="2023-05-20", reference_year=2023)
    assert "beijing" not in [r["region"] for r in out(res, "超过180亿元")]


def test_firms_counted_by_where_they_come_from_are_the_hosts(tmp_path):
    res = extract(tmp_path, "2016年5月，固安县签约项目18个。从投资企业所在地看，北京企业有11家。\n",
                  title="固安县签约18个项目", published="2016-05-19", reference_year=2016)
    assert [r["region"] for r in out(res, "11家")] == ["gu_an"]


def test_both_ends_of_a_range_written_with_units_are_no_values(tmp_path):
    res = extract(tmp_path, "2020年，市场平均每天向石家庄供应蔬菜80吨至120吨，交易量从60吨增加到100吨。\n",
                  title="高碑店新发地", published="2021-02-01", reference_year=2021)
    assert skip_reasons(res, "120吨") == ["range"] and skip_reasons(res, "80吨") == ["range"]
    assert [r["value"] for r in out(res, "100吨")] == [100]


def test_people_counted_with_a_bare_wan_after_their_noun(tmp_path):
    res = extract(tmp_path, "2023年，北三县通勤人员的总数在60万左右，京津冀旅游一卡通持卡人已近90万。\n",
                  title="环京通勤", published="2023-09-22", reference_year=2023)
    assert [r["unit"] for r in out(res, "60万左右")] == ["万人"]
    assert [r["unit"] for r in out(res, "近90万")] == ["万人"]


def test_heavy_pollution_days_net_of_dust_are_another_measure(tmp_path):
    res = extract(tmp_path, "2023年，扣除沙尘等影响后，天津市空气质量优良天数比例为68.2%，重污染天数7天。\n",
                  title="天津空气质量", published="2024-01-10", reference_year=2024)
    assert rows(res, "7天") == []


def test_projects_signed_in_caofeidian_are_not_the_completed_beijing_projects(tmp_path):
    res = extract(tmp_path, "2022年，京冀曹妃甸协同发展示范区已签约北京项目480个。曹妃甸示范区已完工投产北京项目达到61个。\n",
                  title="曹妃甸示范区", published="2023-03-03", reference_year=2023)
    assert rows(res, "480个") == []
    assert rows(res, "61个") == [("caofeidian_bj_projects", "caofeidian", 2022)]


def test_a_zone_named_after_another_place_is_the_hosts(tmp_path):
    res = extract(tmp_path, "在产业合作方面，沧州的北京生物医药产业发展示范区发展势头良好，已经签署了88个项目。\n",
                  title="京津冀产业合作", published="2016-02-10", reference_year=2016)
    assert [(r["region"], r["measure"]) for r in out(res, "88个")] == [("cangzhou", "cumulative")]


def test_a_move_in_a_ranking_is_no_count(tmp_path):
    res = extract(tmp_path, "2024年，天津营商环境全国排名继去年大幅跃升3位后实现持续进位。\n",
                  title="天津港", published="2025-07-10", reference_year=2025)
    assert out(res, "3位") == [] and skip_reasons(res, "3位") == ["rank"]


def test_a_festival_and_a_park_named_after_a_place_name_no_subject(tmp_path):
    res = extract(tmp_path, "第10届北京国际葡萄酒文化节昨天闭幕，约8万名游客来到北京奥林匹克森林公园参观。\n",
                  title="延庆区葡萄酒文化节闭幕", published="2019-09-10", reference_year=2019)
    assert [r["region"] for r in out(res, "约8万名")] == ["yanqing"]


def test_a_provinces_designation_held_is_the_holders_count(tmp_path):
    res = extract(tmp_path, "2021年，海淀区拥有北京市“专精特新”中小企业1200家。\n",
                  title="海淀区经济", published="2022-01-10", reference_year=2022)
    assert [r["region"] for r in out(res, "1200家")] == ["haidian"]


def test_an_area_naming_the_kind_of_business_done_is_no_subject(tmp_path):
    res = extract(tmp_path, "2022年，武清区办理京津冀异地就医备案业务1.3万人次，持续推进三地社保卡互认，发放三地通用卡2.1万张。\n",
                  title="武清区公共服务", published="2023-03-10", reference_year=2023)
    assert [r["region"] for r in out(res, "1.3万人次")] == ["wuqing"]
    assert [r["region"] for r in out(res, "2.1万张")] == ["wuqing"]


def test_an_institutions_seat_in_brackets_names_no_subject(tmp_path):
    res = extract(tmp_path, "2025年，北京化工大学、北京工业大学、中国矿业大学(北京)3所高校的雄安校区开工建设。\n",
                  title="雄安新区高校建设", published="2025-10-11", reference_year=2025)
    assert [r["region"] for r in out(res, "3所")] == ["xiongan"]


def test_experts_sent_down_to_a_place_are_counted_there(tmp_path):
    res = extract(tmp_path, "2024年，北京友谊医院360余位专家下沉廊坊市人民医院。\n",
                  title="京冀医疗协作", published="2025-02-28", reference_year=2025)
    assert [r["region"] for r in out(res, "360余位")] == ["langfang"]


def test_the_reservoir_and_a_named_cooperation_area_have_their_own_figures(tmp_path):
    res = extract(tmp_path, "截至6月底，密云水库蓄水量为24.8亿立方米。2023年，平蓟三兴地区签订合作协议36个。\n",
                  title="首都水源保护", published="2023-07-10", reference_year=2023)
    assert [r["region"] for r in out(res, "24.8亿立方米")] == ["miyun_reservoir"]
    assert [r["region"] for r in out(res, "36个")] == ["pingjisanxing"]


def test_a_structure_written_with_the_ratio_sign_and_a_share_that_grew(tmp_path):
    res = extract(tmp_path, "2023年，全市三次产业构成为8.1∶26.2∶65.7，第三产业占比增加1成。\n",
                  title="唐山市经济", published="2024-02-21", reference_year=2024)
    assert rows(res, "65.7") == [("tertiary_share", "tangshan", 2023)]
    assert rows(res, "1成") == [] and [r["measure"] for r in out(res, "1成")] == ["change"]


def test_the_three_places_of_the_area_stay_its_parts_beside_its_cooperation_areas(tmp_path):
    res = extract(tmp_path, "2023年，房涞涿地区生产总值突破千亿元，京津冀三地地区生产总值分别为43760.7亿元、16737.3亿元和43944.1亿元。\n",
                  title="京津冀经济", published="2024-02-21", reference_year=2024)
    assert [r["region"] for r in out(res, "突破千亿元")] == ["fanglaizhuo"]
    assert rows(res, "16737.3亿元") == [("gdp", "tianjin", 2023)]


def test_a_heading_reviewing_a_plan_period_dates_its_sections_averages(tmp_path):
    body = ("一、“十三五”时期的回顾\n\n过去五年，我们攻坚克难，取得了显著成绩。\n\n"
            "综合实力大幅提升。地区生产总值年均增长6.8%，一般公共预算收入年均增长9.5%。\n\n"
            "二、2021年工作安排\n\n地区生产总值年均增长6%左右。\n")
    res = extract(tmp_path, body, title="武清区政府工作报告", published="2021-01-20", reference_year=2021)
    assert [(r["year"], r["period_start"]) for r in out(res, "6.8%")] == [(2020, 2016)]
    assert out(res, "6%左右") == []


def test_a_charts_caption_opens_no_period(tmp_path):
    body = "图2 2018-2022年三次产业结构\n\n全年全市城镇新增就业4.3万人。\n"
    res = extract(tmp_path, body, title="衡水市2022年国民经济和社会发展统计公报", published="2023-03-20", reference_year=2023)
    assert [r["measure"] if "measure" in r else "row" for r in out(res, "4.3万人")] in (["row"], ["level"])


def test_a_life_expectancy_is_a_value_an_age_band_is_not(tmp_path):
    res = extract(tmp_path, "2020年，天津市户籍居民平均期望寿命为81.79岁，60岁以上户籍老年人口300.1万人。\n",
                  title="天津老龄事业", published="2021-09-07", reference_year=2021)
    assert [(r["region"], r["value"]) for r in out(res, "81.79岁")] == [("tianjin", 81.79)]
    assert skip_reasons(res, "60岁以上") == ["threshold"]


def test_a_verb_before_regional_gdp_is_no_area(tmp_path):
    res = extract(tmp_path, "2014年，我们紧紧依靠全区人民，圆满完成了全年任务。预计实现地区生产总值4161亿元。\n",
                  title="2015年北京市海淀区政府工作报告", published="2015-01-20", reference_year=2015)
    assert rows(res, "4161亿元") == [("gdp", "haidian", 2014)]


def test_a_milestone_clause_that_names_its_measure_still_lends_it(tmp_path):
    res = extract(tmp_path, "2017年，唐山港货物吞吐量首次突破5亿吨大关，同比增长12.2%。\n",
                  title="唐山港", published="2018-01-10", reference_year=2018)
    assert [r.get("phrase") or r.get("indicator") for r in out(res, "12.2%")] == ["货物吞吐量"]


def test_now_in_a_release_on_last_years_data_is_the_releases_time(tmp_path):
    body = "近日，开发区公布2016年各项经济数据：全年完成地区生产总值266.8亿元。截至目前，中科院12家科研院所的19个项目已入驻开发区。\n"
    res = extract(tmp_path, body, title="秦皇岛开发区公布2016年经济数据", published="2017-06-10", reference_year=2017)
    assert [r["year"] for r in out(res, "19个")] == [2017]
    assert rows(res, "266.8亿元") == [("gdp", "qinhuangdao_etdz", 2016)]


def test_a_holiday_opening_the_paragraph_dates_its_figures(tmp_path):
    res = extract(tmp_path, "春节假日期间，全省游客接待人数再创新高。全省共接待游客1800.5万人次。\n",
                  title="河北旅游", published="2019-02-12", reference_year=2019)
    assert [r["year"] for r in out(res, "1800.5万人次")] == [2019]


def test_the_year_built_on_dates_nothing(tmp_path):
    res = extract(tmp_path, "今年，天津机场全力争取支持。在2013年的基础上，天津市政府继续实施奖励政策。天津机场高峰小时容量从24架次提高至30架次。\n",
                  title="天津机场", published="2014-12-31", reference_year=2014)
    assert [r["year"] for r in out(res, "30架次")] == [2014]


def test_a_year_run_into_the_unit_before_it_starts_a_new_clause(tmp_path):
    res = extract(tmp_path, "全县新能源并网规模达到98.6万千瓦2020年增长了4倍。\n",
                  title="青龙县政府工作报告", published="2026-02-28", reference_year=2026)
    assert [r["year"] for r in out(res, "98.6万千瓦")] == [2025]


def test_one_measure_counted_in_two_units_keeps_its_phrase(tmp_path):
    res = extract(tmp_path, "2015年，全省新增高速公路通车里程5条段、386公里，港口吞吐量9.5亿吨、集装箱200万标准箱。\n",
                  title="河北交通", published="2016-01-18", reference_year=2016)
    assert [r.get("phrase") for r in out(res, "386公里")] == ["新增高速公路通车里程"]


def test_a_clause_with_only_a_place_and_a_verb_keeps_the_measure_before(tmp_path):
    res = extract(tmp_path, "2025年，北京拥有1498个社区养老驿站，天津有1701个。\n",
                  title="京津冀养老服务", published="2026-01-16", reference_year=2026)
    assert [(r["region"], r.get("phrase")) for r in out(res, "1701个")] == [("tianjin", "社区养老驿站")]


def test_a_holidays_length_is_no_count(tmp_path):
    res = extract(tmp_path, "春节假期，全省旅游市场平稳有序。假日7天，全省共接待游客1900.2万人次。\n",
                  title="河北旅游", published="2020-02-02", reference_year=2020)
    assert out(res, "7天") == [] and skip_reasons(res, "7天") == ["duration"]


def test_two_counts_totals_in_one_sentence_stay_two_measures(tmp_path):
    res = extract(tmp_path, "五年间，宝坻区承接北京科技成果转化项目150个、总投资120亿元，并引进北京疏解功能项目90个、总投资360亿元。\n",
                  title="宝坻区“十四五”回顾", published="2025-09-17", reference_year=2025)
    assert len(out(res, "360亿元")) == 1 and len(out(res, "120亿元")) == 1
    assert out(res, "360亿元")[0]["candidate_id"] != out(res, "120亿元")[0]["candidate_id"]


def test_projects_settling_in_a_place_after_its_province_are_the_places(tmp_path):
    res = extract(tmp_path, "总投资320亿元的12个项目日前签约落户河北曹妃甸。\n",
                  title="京冀合作项目签约", published="2020-03-04", reference_year=2020)
    assert [r["region"] for r in out(res, "12个")] == ["caofeidian"]
    assert [r["region"] for r in out(res, "320亿元")] == ["caofeidian"]


def test_an_average_rate_named_as_such_keeps_one_nian_jun(tmp_path):
    res = extract(tmp_path, "京津冀三地经济总量分别达到5.2万亿元、1.9万亿元和5.0万亿元，“十四五”期间年均增速分别为5.2%、4.4%和5.4%。\n",
                  title="京津冀“十四五”回顾", published="2026-01-20", reference_year=2026)
    assert [r["phrase"].count("年均") for r in out(res, "4.4%")] == [1]
