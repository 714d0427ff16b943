"""Round 49 of issue 8. Every sentence is written for the test; none is copied from a release."""

from __future__ import annotations

from tests.extract_support import extract, out


def test_a_headline_opening_on_a_city_then_its_district_is_about_the_district(tmp_path):
    body = "2023年，优良天数271天，比上年增加9天。\n"
    res = extract(tmp_path, body, title="北京：顺义区空气质量持续改善", published="2024-02-20", reference_year=2024)
    assert {r["region"] for r in out(res, "271天")} == {"shunyi"}


def test_the_headline_restated_as_a_label_line_gives_the_district_not_the_city(tmp_path):
    body = ("北京：顺义区空气质量持续改善\n\n"
            "1月20日，北京市生态环境局召开发布会。\n\n"
            "2023年，顺义区PM2.5年均浓度31微克/立方米。优良天数271天（扣除沙尘影响），较2013年增加90多天。\n")
    res = extract(tmp_path, body, title="北京：顺义区空气质量持续改善", published="2024-02-20", reference_year=2024)
    assert {r["region"] for r in out(res, "271天")} == {"shunyi"}


def test_a_holidays_figures_go_on_into_the_next_sentence_of_a_february_release(tmp_path):
    body = "2024年春节 承德旅游迎来开门红 据统计：全市共接待游客312.6万人次，同比增长21.5%。 游客花费28.4亿元，同比增长30.2%。\n"
    res = extract(tmp_path, body, title="承德春节旅游", published="2024-02-18", reference_year=2024)
    assert [(r["candidate_id"], r["year"]) for r in out(res, "28.4亿元")] == [("春节假期|游客花费|亿元", 2024)]
    # a holiday named in a sentence without figures stays that sentence's
    body = "今年春节期间，承德接待游客屡创新高。全年接待游客8200.5万人次，同比增长12.4%。\n"
    res = extract(tmp_path, body, title="承德旅游", published="2024-12-28", reference_year=2024)
    assert [r["candidate_id"] for r in out(res, "8200.5万人次")] == ["接待游客|万人次"]


def test_posts_counted_in_gen_are_a_count_and_gen_ju_is_no_unit(tmp_path):
    body = "截至2023年底，保定市累计建成公共充电桩逾4200根。\n\n2023年新建充电桩1300根据统计均已投用。\n"
    res = extract(tmp_path, body, title="保定充电设施建设", published="2024-01-20", reference_year=2024)
    assert [(r["unit"], r["value"]) for r in out(res, "逾4200根")] == [("根", 4200.0)]
    assert out(res, "1300根") == []


def test_a_clause_whose_own_measure_ends_on_another_head_does_not_borrow_the_rule_before(tmp_path):
    body = ("据介绍，2020年承德市农村居民人均可支配收入达到14830元；"
            "农村居民人均消费支出从1978年的96元增加到2020年的11275元。\n")
    res = extract(tmp_path, body, title="承德农村发展成就", published="2021-06-10", reference_year=2021)
    assert [(r.get("indicator"), r["year"]) for r in out(res, "14830元")] == [("rural_disposable_income_per_capita", 2020)]
    assert [(r.get("candidate_id"), r["year"]) for r in out(res, "96元") + out(res, "11275元")] == [
        ("农村居民人均消费支出|元", 1978), ("农村居民人均消费支出|元", 2020)]


def test_a_measure_ranked_first_then_reached_after_a_comma_is_that_measures_figure(tmp_path):
    body = "2023年，天津城镇非私营单位就业人员年平均工资位居全国第三，达138760元。\n"
    res = extract(tmp_path, body, title="天津平均工资", published="2024-06-20", reference_year=2024)
    assert [(r["candidate_id"], r["year"]) for r in out(res, "138760元")] == [("城镇非私营单位就业人员年平均工资|元", 2023)]


def test_a_whole_years_total_in_a_holiday_story_is_that_years(tmp_path):
    body = ("国庆假期，秦皇岛港一派繁忙。\n\n"
            "据介绍，秦皇岛港建设日新月异，2022年实现货物吞吐量2.02亿吨，是2015年的1.2倍。"
            "假期期间，港口完成吞吐量410万吨，较2022年同期增长8.5%。\n")
    res = extract(tmp_path, body, title="秦皇岛港建设新貌(国庆假期见闻)", published="2023-10-08", reference_year=2023)
    assert [(r.get("indicator"), r["year"]) for r in out(res, "2.02亿吨")] == [("port_cargo_throughput", 2022)]
    assert [(r.get("candidate_id"), r["year"]) for r in out(res, "410万吨")] == [("国庆假期|港口吞吐量|万吨", 2023)]


def test_obsolete_capacity_cut_is_no_comparison_between_regions(tmp_path):
    body = "2018年，唐山市共淘汰落后炼钢产能520万吨，占全省淘汰落后产能的35.2%；化解落后焦化产能180万吨。\n"
    res = extract(tmp_path, body, title="唐山去产能成效", published="2019-01-20", reference_year=2019)
    assert [(r["candidate_id"], r["region"], r["year"]) for r in out(res, "520万吨")] == [
        ("淘汰落后炼钢产能|万吨", "tangshan", 2018)]
    # a place that lags behind another is still a comparison
    body = "2018年，唐山市人均可支配收入落后于石家庄市2150元。\n"
    res = extract(tmp_path, body, title="唐山居民收入", published="2019-01-20", reference_year=2019)
    assert out(res, "2150元") == []


def test_water_sections_better_than_a_class_are_a_share_and_each_class_keeps_its_numeral(tmp_path):
    body = "2022年，全市20个地表水国省控断面中，达到或好于Ⅲ类水质断面比例为75.0%；Ⅳ类水质断面比例为20.0%；劣Ⅴ类断面比例为5.0%。\n"
    res = extract(tmp_path, body, title="沧州市2022年生态环境状况公报", published="2023-06-05", reference_year=2023)
    ids = {r["raw"]: r["candidate_id"] for r in res.candidates}
    assert {"75.0%", "20.0%", "5.0%"} <= set(ids)
    assert "Ⅲ类" in ids["75.0%"] and "Ⅳ类" in ids["20.0%"] and "劣Ⅴ类" in ids["5.0%"]


def test_the_end_of_a_from_to_pair_passed_in_the_year_is_reached_not_planned(tmp_path):
    body = "承德机场年旅客吞吐量从2019年的8.1万人次猛增至2023年突破30万人次。\n"
    res = extract(tmp_path, body, title="承德机场", published="2023-12-20", reference_year=2023)
    assert [(r["value"], r["year"], r["qualifier"]) for r in out(res, "突破30万人次")] == [(30.0, 2023, "more_than")]
    body = "力争承德机场年旅客吞吐量从2023年的30万人次增至2025年突破50万人次。\n"
    res = extract(tmp_path, body, title="承德机场", published="2024-01-20", reference_year=2024)
    assert out(res, "突破50万人次") == []
    # where a period began is still no figure of its year
    body = "天津R&D经费投入强度自2018年达到3%以来逐年上升，2021年达到3.66%。\n"
    res = extract(tmp_path, body, title="天津科创", published="2022-09-13", reference_year=2022)
    assert out(res, "3%") == [] and [r["year"] for r in out(res, "3.66%")] == [2021]


def test_a_schools_campus_in_another_place_gives_the_schools_city_none_of_its_figures(tmp_path):
    body = "北京八中固安校区是京冀教育合作的重点项目。目前，北京八中固安校区已有32个教学班，在校学生1460名。\n"
    res = extract(tmp_path, body, title="教育协同结硕果", published="2024-11-20", reference_year=2024)
    assert "beijing" not in {r["region"] for r in out(res, "1460名") + out(res, "32个")}


def test_five_years_counted_back_in_a_december_report_start_from_the_level_five_years_before(tmp_path):
    body = "五年来，区域经济保持良好势头。全区地区生产总值从820.5亿元增长到1150亿元。\n"
    res = extract(tmp_path, body, title="丰台区人民政府工作报告", published="2021-12-20", reference_year=2021)
    assert [r["year"] for r in out(res, "820.5亿元")] == [2016]
    assert [r["year"] for r in out(res, "1150亿元")] == [2021]
    # a plan's period since its start keeps the year before the plan as its first level
    body = "“十四五”以来，全市国控断面优良水体比例由25%提升至52.8%。\n"
    res = extract(tmp_path, body, title="天津水环境改善", published="2025-10-11", reference_year=2025)
    assert [r["year"] for r in out(res, "25%")] == [2020]


def test_that_year_opening_a_sentence_is_the_year_the_sentence_before_named(tmp_path):
    body = ("2024年，天津市常住人口1364万人。\n\n"
            "2017年3月，《天津市人口发展规划》印发，提出常住人口控制在1800万人以内。当年天津常住人口达1410.7万人，为历史峰值。\n")
    res = extract(tmp_path, body, title="天津人口变化", published="2025-04-20", reference_year=2025)
    assert [(r["indicator"], r["year"]) for r in out(res, "1410.7万人")] == [("population_year_end", 2017)]


def test_a_zone_added_to_the_citys_districts_is_an_addend_not_the_subject(tmp_path):
    body = "全市16个区，加上北京经济技术开发区，2023年地区生产总值为43760.7亿元。\n"
    res = extract(tmp_path, body, title="北京各区经济总量", published="2024-03-20", reference_year=2024)
    assert [(r["indicator"], r["region"]) for r in out(res, "43760.7亿元")] == [("gdp", "beijing")]


def test_undated_accounts_in_a_release_whose_month_is_unknown_are_the_year_befores(tmp_path):
    body = "正定县地区生产总值达到320.5亿元，常住人口49.5万人。\n"
    res = extract(tmp_path, body, title="正定县经济概况", published="2019", reference_year=2019)
    assert [(r["indicator"], r["year"]) for r in out(res, "320.5亿元")] == [("gdp", 2018)]


def test_a_deed_before_a_count_names_the_things_counted_after_it(tmp_path):
    body = "2024年，廊坊市组建紧密型县域医共体9个，推动128项政务服务事项跨省通办，全市中小学已扩展至1520个教学班。\n"
    res = extract(tmp_path, body, title="廊坊公共服务", published="2024-12-20", reference_year=2024)
    assert [r["candidate_id"] for r in out(res, "128项")] == ["推动政务服务事项跨省通办|项"]
    assert [r["candidate_id"] for r in out(res, "1520个")] == ["教学班|个"]


def test_a_concentration_read_on_one_day_is_no_years_mean(tmp_path):
    body = ("特别是10月1日国庆节当天，天津PM2.5浓度低至6微克/立方米。\n\n"
            "9月2日，生态环境部公布全国空气质量状况显示，8月，天津PM2.5浓度为21微克/立方米。\n")
    res = extract(tmp_path, body, title="天津空气质量", published="2023-10-08", reference_year=2023)
    assert out(res, "6微克/立方米") == []
    assert [(r.get("candidate_id"), r["year"]) for r in out(res, "21微克/立方米")] == [("8月|PM2.5浓度|微克/立方米", 2023)]


def test_a_mean_said_so_far_in_october_is_no_years_mean(tmp_path):
    body = "他说，到目前为止，天津PM2.5平均浓度已经降到了36微克/立方米。\n"
    res = extract(tmp_path, body, title="天津空气质量", published="2023-10-20", reference_year=2023)
    assert not [r for r in res.rows if r["raw"] == "36微克/立方米"]


def test_five_years_of_new_urban_jobs_are_no_years_figure(tmp_path):
    body = "河北省就业形势总体稳定，城镇新增就业超过430万人，农村劳动力转移就业超过1200万人。\n"
    res = extract(tmp_path, body, title="发展向前，民生向暖", published="2026-03-05", reference_year=2026)
    assert not [r for r in res.rows if r["raw"] == "超过430万人"]


def test_formal_numerals_are_read_whole_and_their_lookalike_words_are_left_alone(tmp_path):
    body = "2024年，天津市全年引进内资额达壹仟贰佰卅八亿元，人才队伍3200人陆续到岗。\n"
    res = extract(tmp_path, body, title="天津招商引资", published="2025-01-20", reference_year=2025)
    assert [r["value"] for r in out(res, "壹仟贰佰卅八亿元")] == [1238.0]
    assert [r["value"] for r in out(res, "3200人")] == [3200.0]


def test_the_nth_party_congress_is_no_count_of_meetings(tmp_path):
    body = "2016年，东城区全面完成了区十一次党代会确定的各项指标，全年共召开专题会议11次。\n"
    res = extract(tmp_path, body, title="东城区工作报告", published="2016-12-19", reference_year=2016)
    assert [r["raw"] for r in res.rows + res.candidates if r.get("unit") == "次"] == ["11次"]


def test_a_size_likened_to_football_pitches_counts_none_and_pitches_built_still_count(tmp_path):
    body = "雄安高铁站，规模之大相当于8个北京站，66个足球场。2023年，雄安新区新建标准足球场12个。\n"
    res = extract(tmp_path, body, title="雄安建设", published="2023-12-20", reference_year=2023)
    assert out(res, "66个") == []
    assert [r["value"] for r in out(res, "12个")] == [12.0]


def test_experts_who_came_from_beijing_to_a_city_said_short_give_beijing_none_of_the_work(tmp_path):
    body = "五年来，北京来沧专家团队累计门诊接诊8.6万人次、收治住院患者2.1万人次。\n"
    res = extract(tmp_path, body, title="京沧医疗合作五年", published="2023-06-10", reference_year=2023)
    assert "beijing" not in {r["region"] for r in out(res, "8.6万人次") + out(res, "2.1万人次")}


def test_a_citys_designation_of_firms_in_a_districts_release_counts_the_districts_firms(tmp_path):
    body = "截至目前，全区现有国家高新技术企业5120家。北京市“专精特新”中小企业860家，全市占比12%。\n"
    res = extract(tmp_path, body, title="朝阳区高新技术企业发展", published="2023-06-10", reference_year=2023)
    assert {r["region"] for r in out(res, "860家")} == {"chaoyang"}
    body = "2023年，北京市“专精特新”中小企业达到7180家。\n"
    res = extract(tmp_path, body, title="北京中小企业发展", published="2024-01-29", reference_year=2024)
    assert {r["region"] for r in out(res, "7180家")} == {"beijing"}


def test_an_estimate_for_a_quarter_already_past_is_a_figure_not_a_plan(tmp_path):
    body = "一季度，武清区新签约项目58个，预计项目投资额215.6亿元。\n"
    res = extract(tmp_path, body, title="武清区一季度招商引资", published="2025-05-14", reference_year=2025)
    assert [(r["candidate_id"], r["qualifier"]) for r in out(res, "215.6亿元")] == [("Q1|项目投资额|亿元", "approx")]
    body = "今年，武清区预计项目投资额300亿元。\n"
    res = extract(tmp_path, body, title="武清区招商引资", published="2025-05-14", reference_year=2025)
    assert out(res, "300亿元") == []


def test_a_kind_of_land_of_a_city_is_a_candidate_of_the_city_with_the_land_in_its_measure(tmp_path):
    body = "截至2023年底，全市平原地区累计造林面积达105万亩。北京山区森林覆盖率达到60.2%。\n"
    res = extract(tmp_path, body, title="北京平原造林", published="2024-03-12", reference_year=2024)
    # (round 69: the plain is a catalogue region of its own; the mountains, which are not, stay the city's measure)
    assert [(r["candidate_id"], r["region"]) for r in out(res, "105万亩")] == [("造林面积|万亩|cumulative", "beijing_plain")]
    assert [(r["candidate_id"], r["region"]) for r in out(res, "60.2%")] == [("山区森林覆盖率|%|share", "beijing")]
    assert not res.rows  # never the whole city's forest coverage


def test_a_share_of_things_named_after_it_measures_those_things(tmp_path):
    body = "2020年，河北省邮政快递网点已覆盖全部乡镇，有87%的行政村实现快递直投到村。\n"
    res = extract(tmp_path, body, title="河北邮政十三五", published="2021-02-21", reference_year=2021)
    assert [(r["candidate_id"], r["region"]) for r in out(res, "87%")] == [("行政村|%|share", "hebei")]
