"""Round 32 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, regions, why


def test_an_idiom_for_very_many_is_no_figure(tmp_path):
    body = "2021年，湿地恢复后成千上万只候鸟在此栖息，成百上千家企业参与治理，全市新增湿地120公顷。\n"
    res = extract(tmp_path, body, title="承德湿地保护", published="2021-11-02", reference_year=2021)
    assert not [r for r in res.rows + res.candidates if r["value"] in (100.0, 1000.0, 10000.0)]
    assert regions(res, "120公顷") == ["chengde"]
    # a round bound reached is still one (上千家: more than a thousand)
    res = extract(tmp_path, "2021年，全市上千家企业参与治理。\n", title="承德湿地保护", published="2021-11-02",
                  reference_year=2021)
    assert [(r["value"], r["qualifier"]) for r in out(res, "上千家")] == [(1000.0, "more_than")]


def test_another_provinces_new_area_is_not_the_subjects_new_area(tmp_path):
    body = ("2022年，海淀区地区生产总值突破1万亿元。在此之前，上海市浦东新区是首个经济总量破万亿元的市辖区，"
            "2018年浦东新区生产总值超过1万亿元；2021年两江新区地区生产总值4500亿元。\n")
    res = extract(tmp_path, body, title="海淀区GDP突破万亿元", published="2023-02-02", reference_year=2023)
    assert out(res, "超过1万亿元") == [] and out(res, "4500亿元") == []
    assert regions(res, "突破1万亿元") == ["haidian"]


def test_a_count_of_the_countrys_provinces_scopes_a_national_figure(tmp_path):
    body = ("截至2025年12月31日，31个省(自治区、直辖市)共有54个城市开通运营城市轨道交通线路343条，运营里程11710.3公里。"
            "其中，43个城市开通地铁线路282条，运营里程达到10142.3公里。北京轨道交通运营里程为909公里。\n")
    res = extract(tmp_path, body, title="北京轨道交通运营里程领跑全国", published="2026-01-21", reference_year=2026)
    assert why(res, "11710.3公里") == "other region" and why(res, "343条") == "other region"
    assert out(res, "10142.3公里") == []
    assert regions(res, "909公里") == ["beijing"]
    # the provinces a fair's guests come from are still where they come from
    res = extract(tmp_path, "2019年津洽会吸引了来自26个省区市的81个团组、1000余家企业参展。\n",
                  title="天津举办津洽会", published="2019-04-22", reference_year=2019)
    assert why(res, "81个") == "other region"


def test_where_a_meeting_is_held_is_not_whose_figures_the_release_gives(tmp_path):
    body = "2014年9月，专家组对申请认定的236家企业进行了审查，最终218家企业通过认定。\n"
    res = extract(tmp_path, body, title="河北省2014年第二批高新技术企业认定评审会在石家庄召开",
                  published="2014-09-20", reference_year=2014)
    assert regions(res, "218家") == ["hebei"] and regions(res, "236家") == ["hebei"]
    # a headline naming only the venue keeps it
    res = extract(tmp_path, "2014年，全市认定高新技术企业218家。\n", title="高新技术企业认定评审会在石家庄召开",
                  published="2014-09-20", reference_year=2014)
    assert regions(res, "218家") == ["shijiazhuang"]


def test_the_level_reached_after_what_was_added_is_the_level(tmp_path):
    body = "2021年，全省高速公路新增278公里，总里程达到8087公里；港口通过能力新增708万吨。\n"
    res = extract(tmp_path, body, title="河北省2021年交通运输发展", published="2022-02-12", reference_year=2022)
    assert [(r["indicator"], r["year"]) for r in res.rows if r["raw"] == "8087公里"] == [("expressway_km", 2021)]
    assert not [r for r in res.rows if r["raw"] == "278公里"]  # what was added is no level
    # the measure is named without the verb: 新增 is not part of it
    assert [r["phrase"] for r in out(res, "708万吨")] == ["港口通过能力"]


def test_the_rate_of_days_meeting_the_grade_is_the_good_air_days_ratio(tmp_path):
    body = "2015年，滨海新区空气质量达标天数231天，二级良天数达标率63.3%；污水处理厂水质达标率94.4%。\n"
    res = extract(tmp_path, body, title="滨海新区2015年环境质量", published="2016-02-25", reference_year=2016)
    assert [(r["indicator"], r["region"]) for r in res.rows if r["raw"] == "63.3%"] == [("good_air_days_ratio", "binhai")]
    assert not [r for r in res.rows if r["raw"] == "94.4%"]  # water treated to standard is no day of air


def test_every_partner_of_a_list_after_yu_is_a_partner_and_a_schemes_list_names_no_place(tmp_path):
    body = ("截至2021年底，我市已有9家三甲医院与河北省40多家医院和北京市5家医院分别建立合作联盟，"
            "67所医疗机构加入京津冀临床检验结果互认名单，50所医疗机构加入京津冀医学影像资料共享名单。\n")
    res = extract(tmp_path, body, title="天津市卫生健康委：京津冀医疗协同成效明显", published="2022-03-06",
                  reference_year=2022)
    assert [(r["indicator"], r["region"], r["year"]) for r in res.rows if r["raw"] == "67所"] == [
        ("clinical_test_mutual_recognition_institutions", "tianjin", 2021)]
    assert regions(res, "50所") == ["tianjin"]
    # the area's own count, no place of ours before it, stays the area's
    res = extract(tmp_path, "截至2021年底，京津冀三地共有685家医疗机构实现临床检验结果互认。\n",
                  title="京津冀医疗协同", published="2022-03-06", reference_year=2022)
    assert regions(res, "685家") == ["jjj"]


def test_whom_a_stations_spokesperson_speaks_for_is_no_place_with_the_figure(tmp_path):
    body = "北京南站新闻发言人介绍，京津城际铁路开通以来，旅客发送量逐年递增，2012年发送旅客2278万人次。\n"
    res = extract(tmp_path, body, title="京津城际开通十年", published="2018-08-01", reference_year=2018)
    assert regions(res, "2278万人次") == ["jingjin_intercity"]  # (round 45: the line the sentence names, not 北京)
    # the city itself is still a place
    res = extract(tmp_path, "2017年，北京铁路旅客发送量达到1.2亿人次。\n", title="北京铁路运输",
                  published="2018-01-10", reference_year=2018)
    assert regions(res, "1.2亿人次") == ["beijing"]


def test_a_lines_running_total_is_not_the_areas_yearly_passengers(tmp_path):
    body = "京津城际铁路开通运营15年来，累计发送旅客3.4亿人次。\n"
    res = extract(tmp_path, body, title="京津城际铁路开通15周年", published="2023-08-01", reference_year=2023)
    assert not [r for r in res.rows if r["raw"] == "3.4亿人次"]


def test_a_lines_own_year_is_a_candidate_when_the_indicator_is_the_areas(tmp_path):
    res = extract(tmp_path, "2017年，京津城际发送旅客3100万人次。\n", title="京津城际开通十周年",
                  published="2018-08-01", reference_year=2018)
    assert not [r for r in res.rows if r["raw"] == "3100万人次"]
    assert [(r["region"], r["year"]) for r in res.candidates if r["raw"] == "3100万人次"] == [("jingjin_intercity", 2017)]


def test_a_count_marked_as_the_censuss_is_of_the_census_year(tmp_path):
    body = "2022年，海淀区地区生产总值10206.9亿元。海淀区常住人口3133469人(第七次人口普查)，区域面积430.77平方公里。\n"
    res = extract(tmp_path, body, title="海淀区2022年经济运行", published="2023-02-02", reference_year=2023)
    assert [(r["region"], r["year"]) for r in out(res, "3133469人")] == [("haidian", 2020)]
    assert [r["year"] for r in out(res, "10206.9亿元")] == [2022]


def test_the_six_central_districts_are_a_region_and_the_place_left_is_not_the_actor(tmp_path):
    body = ("截至9月底，北京市城六区常住人口比2014年下降9.6%。"
            "2018年，北京疏解退出城六区二级及以下企业100户，全市调整疏解一般制造业企业656家。\n")
    res = extract(tmp_path, body, title="北京疏解整治促提升", published="2018-12-20", reference_year=2018)
    assert regions(res, "9.6%") == ["chengliuqu"]
    assert regions(res, "100户") == ["beijing"] and regions(res, "656家") == ["beijing"]


def test_an_ellipsis_closes_a_sentence_and_a_lead_in_word_is_no_city(tmp_path):
    body = ("张家湾设计小镇、运河商务区等重点区域建设全面提速……近年来，随着市区两级563项重点工程梯次推进，"
            "城市副中心框架全面拉开。\n")
    res = extract(tmp_path, body, title="北京城市副中心重点工程", published="2022-01-10", reference_year=2022)
    assert [(r["region"], r["year"]) for r in out(res, "563项")] == [("subcentre", 2021)]


def test_one_named_hospitals_work_is_a_candidate_of_the_place_it_serves(tmp_path):
    # (round 48: the outside labellers give a named hospital's work to the place it stands in, 雄安宣武医院 to 雄安)
    body = ("2024年，雄安宣武医院门诊量达18.9万人次，开展手术2171台。\n"
            "2024年，雄安新区固定资产投资增长17%，全区医疗机构诊疗人次增长12%。\n")
    res = extract(tmp_path, body, title="雄安宣武医院二期项目年内交付", published="2025-02-14", reference_year=2025)
    assert [(r["region"], "indicator" in r) for r in out(res, "18.9万人次") + out(res, "2171台")] == [
        ("xiongan", False), ("xiongan", False)]
    assert regions(res, "17%") == ["xiongan"] and regions(res, "12%") == ["xiongan"]  # the area's own institutions
    # a kind of hospital counted is the city's own figure
    res = extract(tmp_path, "目前北京共有65家互联网医院，互联网医院总诊疗量达192.06万人次。\n",
                  title="北京数字经济发展", published="2024-01-23", reference_year=2024)
    assert regions(res, "192.06万人次") == ["beijing"]


def test_a_mirror_that_writes_decimal_points_as_full_stops_is_read_with_its_points(tmp_path):
    body = ("2013至2021年，北京地区生产总值按不变价格计算，年均增长6。4%。2021年地区生产总值达到40269。6亿元，"
            "人均GDP超过2。8万美元。\n")
    res = extract(tmp_path, body, title="北京十年发展成就", published="2022-09-22", reference_year=2022)
    assert [(r["indicator"], r["value"]) for r in res.rows if r["raw"] == "40269.6亿元"] == [("gdp", 40269.6)]
    # one full stop between digits is a sentence's end, not a point
    res = extract(tmp_path, "2021年，全市新建5G基站1万个。2022年计划新建6000个。\n", title="北京5G",
                  published="2022-01-20", reference_year=2022)
    assert out(res, "1.2022年") == [] and [r["value"] for r in out(res, "1万个")] == [1.0]


def test_two_years_named_then_counted_are_a_span_not_a_year(tmp_path):
    body = "2016至2017两年城六区常住人口规模累计下降74万人。\n"
    res = extract(tmp_path, body, title="北京常住人口连续下降", published="2018-11-23", reference_year=2018)
    assert not [r for r in res.rows if r["raw"] == "74万人"]  # no year's change of the population
    assert [(r["region"], r["year"]) for r in out(res, "74万人")] == [("chengliuqu", 2017)]


def test_a_sectors_fixed_asset_investment_is_not_the_regions(tmp_path):
    body = ("2018年，全省交通运输固定资产投资完成891.6亿元，同比增长14.5%。全省固定资产投资增长5.7%。"
            "北京数字经济核心产业固定资产投资额同比增长14.4%。\n")
    res = extract(tmp_path, body, title="河北省2018年交通运输发展", published="2019-01-30", reference_year=2019)
    assert [r["indicator"] for r in res.rows if r["raw"] in ("14.5%", "14.4%")] == []
    assert [r["indicator"] for r in res.rows if r["raw"] == "5.7%"] == ["fixed_asset_investment_growth"]


def test_one_cargos_throughput_and_a_total_that_includes_suburban_rail_are_their_own(tmp_path):
    body = ("2022年，黄骅港货物吞吐量3.15亿吨，其中煤炭吞吐量达2.2亿吨。"
            "2021年末，北京轨道交通运营里程达1148公里(含市郊铁路364.7公里)。\n")
    res = extract(tmp_path, body, title="交通运输发展", published="2023-05-12", reference_year=2023)
    assert [r["indicator"] for r in res.rows if r["raw"] == "3.15亿吨"] == ["port_cargo_throughput"]
    assert not [r for r in res.rows if r["raw"] in ("2.2亿吨", "1148公里")]
    assert out(res, "2.2亿吨") and out(res, "1148公里")  # each still a candidate of its own


def test_hospitals_decided_on_are_not_hospitals_built(tmp_path):
    body = "2024年，除已开诊的雄安宣武医院外，已有6家在京三甲医院确定建设雄安院区；雄安新区全年建成医院2所。\n"
    res = extract(tmp_path, body, title="雄安疏解医院项目有序推进", published="2025-02-14", reference_year=2025)
    assert not [r for r in res.rows if r["raw"] == "6家"]
    assert [(r["indicator"], r["region"]) for r in res.rows if r["raw"] == "2所"] == [("hospitals_built", "xiongan")]


def test_a_quarter_written_as_its_months_is_that_quarter_and_1_to_12_is_the_year(tmp_path):
    body = ("京津冀28个城市PM2.5浓度均同比下降 北京降53.8%\n"
            "近日，生态环境部通报“2+26”城市2017年10—12月环境空气质量有关情况。\n"
            "“2+26”城市2017年1-12月PM2.5平均浓度为64微克/立方米，同比下降11.8%。\n")
    res = extract(tmp_path, body, title="“2+26”城市PM2.5浓度均同比下降", published="2018-01-10", reference_year=2018)
    assert not [r for r in res.rows if r["raw"] == "53.8%"]
    assert [r["candidate_id"].split("|")[0] for r in out(res, "53.8%")] == ["Q4"]
    assert [(r["indicator"], r["year"]) for r in res.rows if r["raw"] == "64微克/立方米"] == [("pm25_annual_mean", 2017)]


def test_outside_a_place_is_not_the_place(tmp_path):
    body = "不断优化的通勤服务持续提升着群众出行的幸福感。北三县开通进京定制快巴,通勤线路达13条;开通首条北京外埠公交线路,进京公交线路增至28条。\n"
    res = extract(tmp_path, body, title="通州区与北三县交通互联互通", published="2026-02-26", reference_year=2026)
    assert regions(res, "28条") == ["beisanxian"] and regions(res, "13条") == ["beisanxian"]


def test_an_index_named_after_the_areas_coordination_is_the_areas_with_each_value_of_its_series(tmp_path):
    body = "报告显示，京津冀协同发展区域指数从2018年的0.38上升至2023年的0.58。\n"
    res = extract(tmp_path, body, title="京津冀协同发展指数报告发布", published="2025-05-19", reference_year=2025)
    assert [(r["region"], r["year"], r["unit"]) for r in out(res, "0.38")] == [("jjj", 2018, "指数")]
    assert [(r["region"], r["year"]) for r in out(res, "0.58")] == [("jjj", 2023)]
    # the strategy's name is still no subject of another figure
    res = extract(tmp_path, "2024年，廊坊市推进京津冀协同发展项目120个。\n", title="廊坊协同发展",
                  published="2025-01-10", reference_year=2025)
    assert regions(res, "120个") == ["langfang"]


def test_the_places_listed_after_yu_before_the_deal_are_partners_not_subjects(tmp_path):
    body = "2016年，天津市与教育部、北京市、河北省签署了10余项教育合作交流协议。\n"
    res = extract(tmp_path, body, title="天津推进公共服务共享", published="2017-02-24", reference_year=2017)
    assert regions(res, "10余项") == ["tianjin"]
