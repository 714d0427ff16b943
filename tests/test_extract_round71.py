"""Round 71 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out, read_as_test
from tests.extract_support import release_front as _front

# (body, front matter, the figure as written, the (region, year) it is read as)
READ_AS = [
    pytest.param("一、2024年计划执行情况\n2024年以来，西青区坚持落实“十项行动”，贯彻对天津工作的要求，发展质量稳步提升。"
                 "2024年地区生产总值增长5.1%，规上工业增加值增长4.2%。\n（一）京津冀协同发展成效显著\n引进北京资源落地项目80个。"
                 "与北京朝阳区签订合作协议。联手打造产业集群，京津冀生命健康集群入选工信部名单。\n", _front("一、2024年计划执行情况", "2025-02-10", 2025), "5.1%", ("xiqing", 2024),
                 id="a_paragraph_opening_on_its_place_after_a_year_is_about_that_place"),
]

test_read_as = read_as_test(READ_AS)


def test_a_ports_part_after_the_wholes_rate_is_of_the_wholes_measure(tmp_path):
    body = "2023年，全省港口集装箱吞吐量完成500.2万标箱，同比增长6.1%。其中，唐山港完成340.5万标箱，同比增长4.2%。\n"
    res = extract(tmp_path, body, title="河北港口2023年运行", published="2024-01-20", reference_year=2024)
    assert [(r.get("indicator"), r["region"], r["year"]) for r in out(res, "340.5万标箱")] == [
        ("port_container_throughput", "tangshan_port", 2023)]


def test_places_parts_of_a_leads_row_are_rows_of_its_indicator(tmp_path):
    body = ("2024年，北三县项目推介会签约合作项目共60个，意向投资额210.5亿元。其中，按落地区域分类，三河市25个，大厂县15个，"
            "香河县21个。\n")
    res = extract(tmp_path, body, title="北三县项目推介会举行", published="2024-09-20", reference_year=2024)
    assert [(r.get("indicator"), r["region"]) for r in out(res, "25个")] == [("bsx_fair_projects_signed", "sanhe")]
    assert [(r.get("indicator"), r["region"]) for r in out(res, "21个")] == [("bsx_fair_projects_signed", "xianghe")]


@pytest.mark.parametrize("body", [
    "2023年，在固定资产投资增速排名中，丰南区、南堡开发区、遵化市位居前三，增速分别为8.7%、8.2%、7.9%。\n",
    "2023年，丰南区、南堡开发区、遵化市固定资产投资增速分别为8.7%、8.2%、7.9%。\n",
], ids=["places_ranked_in_a_clause_before", "places_run_into_the_measure"])
def test_a_list_of_places_some_not_ours_pairs_by_position(tmp_path, body):
    res = extract(tmp_path, body, title="唐山2023年固定资产投资", published="2024-02-05", reference_year=2024)
    assert [(r["region"], r["value"]) for r in res.rows if r["indicator"] == "fixed_asset_investment_growth"] == [
        ("fengnan", 8.7), ("zunhua", 7.9)]


def test_the_summer_travel_season_is_a_period_of_its_own_as_the_spring_one(tmp_path):
    body = "2023年暑运期间，京津城际发送旅客702.3万人次，同比增长8.1%；津保铁路发送旅客251.6万人次，同比增长12.4%。\n"
    res = extract(tmp_path, body, title="京津冀铁路暑运", published="2023-09-02", reference_year=2023)
    assert [(r["candidate_id"], r["region"], r["year"]) for r in out(res, "251.6万人次")] == [
        ("暑运|发送旅客|万人次", "jinbao_railway", 2023)]
    assert [r["candidate_id"].split("|")[0] for r in out(res, "702.3万人次")] == ["暑运"]


def test_an_amount_ending_on_zuoyou_ends_there_when_a_posters_lines_run_on(tmp_path):
    body = "一批在京高校\n疏解至雄安\n目前，雄安新区常住人口已达135万左右\n这些新市民生活得怎样?\n"
    res = extract(tmp_path, body, title="雄安新区 一座新城拔节生长", published="2026-01-28", reference_year=2026)
    assert [(r.get("indicator"), r["region"], r["qualifier"]) for r in out(res, "135万左右")] == [
        ("population_year_end", "xiongan", "approx")]


def test_a_districts_work_report_states_the_districts_figures_in_a_subcentre_release(tmp_path):
    body = "通州区政府工作报告显示，2024年，中铁建投、国电科技等15家央企二、三级子公司实现落户，累计达到108家；新引入市属国企7家，累计达到68家。\n"
    res = extract(tmp_path, body, title="北京城市副中心亮出发展“任务单”", published="2025-01-06", reference_year=2025)
    got = {r["raw"]: (r["region"], r["candidate_id"].endswith("|cumulative")) for r in res.candidates}
    assert got["15家"] == ("tongzhou", False)  # (a batch that landed, named by example: the year's count)
    assert got["108家"] == ("tongzhou", True)
    assert got["7家"] == ("tongzhou", False)  # (a new part after 「；」 opens on its own flow, not the total before)
    assert got["68家"] == ("tongzhou", True)


def test_places_inside_projects_named_before_deng_xiangmu_are_no_subject(tmp_path):
    body = "2025年，河东区参加京津产业对接活动，筹建绿色航运研发中心、落地某医疗全国护理业务板块等项目，累计引进北京资源新设机构48家。\n"
    res = extract(tmp_path, body, title="河东区2025年计划执行情况的报告", published="2026-02-20", reference_year=2026)
    assert [(r["region"], r["year"]) for r in out(res, "48家")] == [("hedong", 2025)]


def test_a_dateline_kept_as_the_only_headline_names_no_subject(tmp_path):
    body = "河北省统计局22日消息，今年上半年，雄安新区投资同比增长15.2%。\n在雄安新区至大兴机场快线等项目带动下，交通运输业投资同比增长3.6倍。\n"
    res = extract(tmp_path, body, title="中新社石家庄7月22日电", published="2024-07-23", reference_year=2024)
    assert [r["region"] for r in out(res, "3.6倍")] == ["xiongan"]


def test_a_plans_list_goes_on_in_the_sentence_after_with_no_time_of_its_own(tmp_path):
    body = "到2030年，全省森林蓄积量将达到2.1亿立方米，森林质量大幅提高。创建省级森林乡村800个，实现国家森林城市全覆盖。\n"
    res = extract(tmp_path, body, title="河北国土绿化推进会召开", published="2026-04-20", reference_year=2026)
    assert out(res, "800个") == []
    assert any(t["raw"] == "800个" for t in res.skipped if t["reason"] == "target")


def test_a_level_reached_beside_a_will_reach_is_a_plan_too(tmp_path):
    res = extract(tmp_path, "河北省有林地面积将达到10500万亩 森林覆盖率达到37%\n推进会上获悉，“十五五”期间绿化持续推进。\n",
                  title="河北省有林地面积将达到10500万亩 森林覆盖率达到37%", published="2026-04-26", reference_year=2026)
    assert out(res, "37%") == [] and out(res, "10500万亩") == []


def test_some_of_a_provinces_cities_and_their_rate_are_not_the_provinces(tmp_path):
    body = ("2021年10月至2022年3月，河北省6个传输通道城市空气质量改善显著。6个传输通道城市秋冬季PM2.5平均浓度62微克/立方米，"
            "同比下降12.3%。\n全省11个设区市PM2.5平均浓度同比下降9.6%。\n")
    res = extract(tmp_path, body, title="河北6个传输通道城市秋冬季PM2.5平均浓度同比下降12.3%", published="2022-04-20", reference_year=2022)
    assert out(res, "62微克/立方米") == [] and out(res, "12.3%") == [] and out(res, "6个") == []
    assert [r["region"] for r in out(res, "9.6%")] == ["hebei"]  # (all of its cities: the province's own)


def test_a_stations_platforms_and_tracks_are_its_size(tmp_path):
    res = extract(tmp_path, "2024年，总规模6台12线的枢纽站建成投用。\n", title="天津铁路枢纽", published="2024-12-20", reference_year=2024)
    assert out(res, "6台") == []


def test_a_share_fallen_to_beside_a_change_on_a_base_year_is_a_level(tmp_path):
    body = "2024年，全市煤炭消费较2020年下降120万吨、占能源消费总量比重降至30.2%。\n"
    res = extract(tmp_path, body, title="天津生态环境保护发布会", published="2025-10-29", reference_year=2025)
    assert [(r["region"], r["year"], r["base_year"]) for r in out(res, "30.2%")] == [("tianjin", 2024, None)]


def test_a_gdp_said_short_and_grown_to_is_the_level_reached(tmp_path):
    body = "与1978年相比，2023年全市国民生产总值增长达到4013.3亿元，突破四千亿大关。\n"
    res = extract(tmp_path, body, title="保定经济社会发展成就", published="2024-09-20", reference_year=2024)
    assert [(r.get("indicator"), r["region"], r["year"]) for r in out(res, "4013.3亿元")] == [("gdp", "baoding", 2023)]


@pytest.mark.parametrize("body, indicator", [
    ("2024年，廊坊市有552万人。\n", "population_year_end"),
    ("第七次全国人口普查的结果显示，到2020年底，大兴区有199万人，比2010年增加了63万人。\n", "population_census"),
], ids=["a_place_has_its_people", "the_census_says_so"])
def test_how_many_people_a_place_has_is_its_population(tmp_path, body, indicator):
    res = extract(tmp_path, body, title="人口变化", published="2025-06-01", reference_year=2025)
    raw = "552万人" if "552" in body else "199万人"
    assert [r.get("indicator") for r in out(res, raw)] == [indicator]


def test_people_a_place_has_who_do_something_are_no_population(tmp_path):
    res = extract(tmp_path, "2024年，北京有5万人参加了志愿服务。\n", title="志愿服务", published="2025-01-10", reference_year=2025)
    assert not any(r.get("indicator", "").startswith("population") for r in out(res, "5万人"))


def test_a_count_each_year_on_average_is_no_years_figure(tmp_path):
    body = "到2020年底，通州区有184万人，比2014年增加了近36万人，每年平均有6万人左右到通州来。\n"
    res = extract(tmp_path, body, title="通州人口变化", published="2021-12-01", reference_year=2021)
    assert out(res, "6万人左右") == []


def test_places_series_from_one_value_to_another_take_the_trends_measure(tmp_path):
    body = ("2008-2018年，京津两地每万人口执业医师数均出现上升，北京由2008年的31.2人增加至2018年的46.3人，天津由20.1人增加至"
            "27.4人，而河北也呈上升趋势，由14.8人增加至25.9人。\n")
    res = extract(tmp_path, body, title="京津冀发展报告蓝皮书发布", published="2019-07-14", reference_year=2019)
    got = {r["raw"]: (r["region"], r["year"], r["candidate_id"]) for r in res.candidates}
    assert got["46.3人"] == ("beijing", 2018, "每万人口执业医师数|人")
    assert got["27.4人"] == ("tianjin", 2018, "每万人口执业医师数|人")
    assert got["25.9人"] == ("hebei", 2018, "每万人口执业医师数|人")


def test_a_level_held_at_about_a_value_is_that_level_but_a_bar_controlled_is_none(tmp_path):
    body = "2024年，淀区水位保持在6.8米左右。天津、河北城镇登记失业率控制在3.6%左右。北京城镇调查失业率保持在4.3%左右。\n"
    res = extract(tmp_path, body, title="白洋淀生态补水", published="2025-02-10", reference_year=2025)
    assert [(r["region"], r["year"]) for r in out(res, "6.8米左右")] == [("baiyangdian", 2024)]
    assert out(res, "3.6%左右") == [] and out(res, "4.3%左右") == []  # (a rate's band held: a bar, no value)


def test_a_mark_passed_after_a_record_clause_is_the_records_measure(tmp_path):
    body = "12月28日，石家庄机场年旅客吞吐量再次刷新历史纪录，以突破1300万人次、同比增长18.2%的成绩收官。\n"
    res = extract(tmp_path, body, title="石家庄机场客流创新高", published="2024-12-30", reference_year=2024)
    assert [r["candidate_id"] for r in out(res, "突破1300万人次")] == ["年旅客吞吐量|万人次"]
    assert [r["candidate_id"] for r in out(res, "18.2%")] == ["年旅客吞吐量|%|change"]


def test_a_census_named_in_the_lead_under_a_pages_own_lines_dates_the_release(tmp_path):
    body = ("会员登录 立即注册\n您的位置: 首页 >>社会民生 >> 查看内容\n社会民生\n沧州市全市常住人口730.08万人\n"
            "王明 2021-6-4 09:39 沧州日报 531460 0\n"
            "摘要: 本报讯 6月3日，我市公布第七次全国人口普查主要数据。数据显示，沧州市常住人口为7300783人，居全省第五位。\n"
            "本报讯 6月3日，我市公布第七次全国人口普查主要数据。数据显示，沧州市常住人口为7300783人，居全省第五位。\n"
            "数据显示，全市常住人口730.08万人，占全省人口总量的9.78%。\n")
    res = extract(tmp_path, body, title="沧州市全市常住人口730.08万人", published="2021-06-04", reference_year=2021)
    assert [(r.get("indicator"), r["year"]) for r in out(res, "7300783人")] == [("population_census", 2020)]
    assert [r["year"] for r in out(res, "9.78%")] == [2020]


def test_a_kind_of_land_a_sentence_opens_on_is_the_paragraphs_topic_past_an_agency_and_a_base_year(tmp_path):
    body = ("记者从北京市水务局了解到，北京地下水资源得到涵养修复。据了解，今年5月末，北京市平原区地下水埋深平均为22.1米，"
            "与上年同期相比，地下水位回升1.5米。与2015年同期相比，地下水位回升4.2米，地下水储量增加21.3亿立方米。\n")
    res = extract(tmp_path, body, title="北京地下水位持续回升", published="2020-08-04", reference_year=2020)
    assert [r["region"] for r in out(res, "4.2米")] == ["beijing_plain"]
    assert [r["region"] for r in out(res, "21.3亿立方米")] == ["beijing_plain"]


def test_figures_that_opened_a_plan_well_are_of_its_first_year(tmp_path):
    body = "工业用工人数减至95万人；全市地区生产总值比上年增长8.1%左右，实现了“十四五”良好开局。\n"
    res = extract(tmp_path, body, title="北京疏解整治成效", published="2022-06-29", reference_year=2022)
    assert [(r.get("indicator"), r["year"]) for r in out(res, "8.1%左右")] == [("gdp_growth_real", 2021)]
    assert [r["year"] for r in out(res, "95万人")] == [2022]  # (the part before 「；」 is not the plan's opening)


def test_money_arrived_beside_projects_taken_in_so_far_is_a_running_total_too(tmp_path):
    body = "截至目前，武清区已与20多家央企签署合作协议，引进来自北京的重点项目近900个，实际到位资金1100亿元。\n"
    res = extract(tmp_path, body, title="武清区承接非首都功能疏解", published="2018-12-20", reference_year=2018)
    assert [r.get("indicator") for r in out(res, "1100亿元")] == ["bj_hb_investment_in_tianjin_cumulative"]


def test_a_headlines_new_area_is_the_one_a_later_lead_names_past_a_news_apps_name(tmp_path):
    body = ("开栏语：今年前三季度，面对疫情冲击，在区委、区政府的领导下，新区经济稳住基本盘。从即日起，津滨海客户端将开设专栏，深入报道新区经济亮点。\n"
            "津滨网讯 今年前三季度，滨海新区统筹做好疫情防控和经济社会发展各项工作，新区经济运行主要指标回稳向好。\n"
            "今年前三季度，新区为企业减税降费48.6亿元；帮助企业与金融机构进行融资对接1215家次。\n")
    res = extract(tmp_path, body, title="经济发展逆势前行 | 前三季度新区主要经济指标回稳向好", published="2021-10-25",
                  reference_year=2021)
    assert [(r["region"], r["candidate_id"]) for r in out(res, "48.6亿元")] == [("binhai", "前三季度|企业减税降费|亿元")]
    assert [r["unit"] for r in out(res, "1215家次")] == ["家次"]  # (firms served, each time counted)


def test_the_field_of_a_first_created_is_no_subject_of_the_figures_after_it(tmp_path):
    body = "“十四五”期间，通州区相继建成8个万亩生态公园，成功创建北京市首个平原地区国家森林城市；完成公共建筑节能改造160.2万平方米。\n"
    res = extract(tmp_path, body, title="城市副中心绿色发展", published="2025-11-24", reference_year=2025)
    assert [r["region"] for r in out(res, "160.2万平方米")] == ["tongzhou"]


def test_a_multiple_of_a_base_year_after_a_trend_clause_is_the_trends_measure(tmp_path):
    body = "测算结果显示，区域一般公共预算支出中，教育、社会保障、就业和医疗卫生支出快速增加，2021年为2014年的1.9倍。\n"
    res = extract(tmp_path, body, title="京津冀公共服务共享水平提升", published="2023-02-28", reference_year=2023)
    assert [(r["candidate_id"], r["region"], r["year"]) for r in out(res, "1.9倍")] == [
        ("就业和医疗卫生支出|倍|multiple", "jjj", 2021)]  # (就业: employment, not 就 as a function word)


def test_a_first_time_word_alone_names_no_measure(tmp_path):
    body = "2023年，天津口岸进出口总值达1.72万亿元，同比增长3.1%，首度站上1.7万亿元台阶。\n"
    res = extract(tmp_path, body, title="天津口岸进出口", published="2024-01-29", reference_year=2024)
    assert not any(r.get("candidate_id", "").startswith("首度") for r in out(res, "1.7万亿元"))


def test_a_city_owned_firms_phrase_keeps_no_stray_character_of_the_place_cut(tmp_path):
    res = extract(tmp_path, "“十四五”期间，通州区累计落地央企、北京市属国企子公司168家。\n", title="城市副中心十四五成就",
                  published="2025-11-24", reference_year=2025)
    assert [r["candidate_id"] for r in out(res, "168家")] == ["国企子公司|家|cumulative"]


def test_an_amount_being_planned_is_a_plan(tmp_path):
    body = "2023年，度假区一期建成运营。下一步，二期还有2.5平方公里正在谋划建设。\n"
    res = extract(tmp_path, body, title="北京环球度假区二期提上日程", published="2023-12-02", reference_year=2023)
    assert out(res, "2.5平方公里") == []
    assert any(s["raw"] == "2.5平方公里" and s["reason"] == "target" for s in res.skipped)


def test_a_part_done_with_one_partner_keeps_the_partner_in_its_measure(tmp_path):
    body = "截至2023年底，全市与京津合作项目累计达512项。其中，与北京市合作项目累计达470项，与天津市合作项目42项。\n"
    res = extract(tmp_path, body, title="保定与京津合作项目", published="2024-03-25", reference_year=2024)
    got = {r["raw"]: r["candidate_id"] for r in res.candidates}
    assert got["512项"] == "合作项目|项|cumulative"
    assert got["470项"] == "与北京合作项目|项|cumulative" and got["42项"].startswith("与天津合作项目|项")
