"""Round 27 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, rows, said


def test_a_district_left_unnamed_by_quanqu_keeps_its_figures_from_the_headlines_city(tmp_path):
    res = extract(tmp_path, "2019年，全区实施重点项目40项，总投资200亿元。完成地区生产总值31.5亿元，实现财政收入4.2亿元。\n",
                  title="承德这个区交通产业双提升", published="2020-02-01", reference_year=2020)
    assert out(res, "31.5亿元") == [] and out(res, "4.2亿元") == []
    res = extract(tmp_path, "2019年，全市实施重点项目40项。完成地区生产总值1550.5亿元。\n",
                  title="承德交通产业双提升", published="2020-02-01", reference_year=2020)  # (全市 is the city: still its)
    assert rows(res, "1550.5亿元") == [("gdp", "chengde", 2019)]


def test_a_headline_setting_beijing_beside_shanghai_makes_neither_the_subject_of_placeless_sentences(tmp_path):
    res = extract(tmp_path, "前三季度全国居民人均可支配收入21000元。按常住地分，城镇居民人均可支配收入29000元，"
                  "农村居民人均可支配收入11000元。\n",
                  title="各地前三季度居民收入出炉 京沪人均超4万元", published="2019-10-28", reference_year=2019)
    assert out(res, "29000元") == [] and out(res, "11000元") == []


def test_binhais_eco_city_bonded_zone_and_industrial_zone_are_regions_of_their_own(tmp_path):
    res = extract(tmp_path, "2021年，中新天津生态城新增市场主体2100家。天津港保税区全年引进北京项目305个。"
                  "南港工业区累计签约项目140个。东疆综保区新增租赁飞机150架。\n",
                  title="滨海新区各开发区2021年成绩单", published="2022-01-20", reference_year=2022)
    assert [r["region"] for raw in ("2100家", "305个", "140个", "150架") for r in out(res, raw)] == [
        "tianjin_eco_city", "tianjin_port_bonded_zone", "nangang", "dongjiang"]
    res = extract(tmp_path, "唐山曹妃甸国际生态城新增企业120家。\n",
                  title="曹妃甸区2021年发展综述", published="2022-01-20", reference_year=2022)
    assert [r["region"] for r in out(res, "120家")] != ["tianjin_eco_city"]


def test_a_year_whose_level_was_regained_is_a_base_not_the_figures_time(tmp_path):
    res = extract(tmp_path, "今年一季度，北京接待入境游客52.3万人次，恢复到2019年同期的71.5%；实现旅游外汇收入7.1亿美元，"
                  "同比增长180.2%。\n",
                  title="北京一季度入境游持续回暖", published="2024-04-20", reference_year=2024)
    assert {r["year"] for raw in ("7.1亿美元", "180.2%") for r in out(res, raw)} == {2024}
    res = extract(tmp_path, "2021年春节假期，重点监测景区接待游客340.5万人次，恢复到2019年春节假期的78.2%；营业收入3.15亿元。\n",
                  title="北京春节假期文旅市场", published="2021-02-18", reference_year=2021)
    assert {r["year"] for r in out(res, "3.15亿元")} == {2021}


def test_a_number_in_a_documents_title_counts_nothing(tmp_path):
    res = extract(tmp_path, "2017年，北京全面完成《大气十条》确定的目标任务。\n",
                  title="北京大气污染防治成效", published="2018-01-20", reference_year=2018)
    assert out(res, "十条") == []


def test_a_city_port_groups_throughput_is_the_ports_and_a_month_named_before_it_is_its_period(tmp_path):
    res = extract(tmp_path, "今年前三季度，唐山港集团累计完成货物吞吐量2.35亿吨，同比增长6.1%。\n",
                  title="唐山港集团前三季度生产经营情况", published="2021-10-12", reference_year=2021)
    assert [(r["region"], r["year"]) for r in out(res, "2.35亿吨")] == [("tangshan_port", 2021)]
    res = extract(tmp_path, "天津港8月集装箱吞吐量完成180.4万标准箱，同比增长9.2%。\n",
                  title="天津港集装箱吞吐量再创新高", published="2021-09-10", reference_year=2021)
    assert rows(res, "180.4万标准箱") == []  # (August's: no figure of the year)


def test_the_days_after_a_holiday_are_not_the_holiday_and_a_month_before_its_verb_is_the_figures_period(tmp_path):
    res = extract(tmp_path, "春节假期刚过，河北省重点项目集中开工，总投资1250亿元。天津港1月完成集装箱吞吐量190.2万标准箱。\n",
                  title="京津冀开年项目建设", published="2025-02-07", reference_year=2025)
    assert [c["candidate_id"] for c in res.candidates if "1250" in c["quote"] and "春节" in c["candidate_id"]] == []
    assert rows(res, "190.2万标准箱") == []


def test_a_from_to_change_counted_up_to_now_gives_the_end_and_an_events_month_is_no_period(tmp_path):
    res = extract(tmp_path, "绿博园自2018年10月份开工建设，截至目前，累计完成造林12.5万亩，森林覆盖率从9%提升到31%。\n",
                  title="雄安新区生态建设持续推进", published="2025-03-10", reference_year=2025)
    assert [c["value"] for c in res.candidates if "%" in c["quote"] and c["unit"] == "%"] == [31.0]
    assert all("10月" not in c["candidate_id"] for c in res.candidates)


def test_the_place_a_zone_contributes_to_is_the_whole_not_the_subject(tmp_path):
    res = extract(tmp_path, "2022年，中关村示范区贡献了北京市地区生产总值约三分之一。\n",
                  title="中关村示范区发展报告", published="2023-06-01", reference_year=2023)
    assert said(res, "三分之一") <= {"zhongguancun"}
    assert [r for r in res.rows if r["region"] == "beijing"] == []


def test_a_resort_or_arts_centre_named_after_beijing_is_no_figure_of_beijing(tmp_path):
    res = extract(tmp_path, "2023年，北京环球度假区年接待游客超过900万人次，北京艺术中心全年演出600余场。\n",
                  title="通州区文旅融合发展", published="2024-01-20", reference_year=2024)
    assert {c["region"] for c in res.candidates if "900万人次" in c["quote"] or "600余场" in c["quote"]} & {"beijing"} == set()


def test_an_intercity_lines_passengers_and_trains_are_the_lines(tmp_path):
    res = extract(tmp_path, "2023年，京津城际铁路发送旅客3150万人次，每日开行列车118对。\n",
                  title="京津城际开通十五周年", published="2023-08-01", reference_year=2023)
    assert {c["region"] for c in res.candidates if "3150万人次" in c["quote"] or "118对" in c["quote"]} == {"jingjin_intercity"}


def test_a_province_reports_figures_after_a_sentence_on_one_of_its_new_areas_as_its_own(tmp_path):
    res = extract(tmp_path, "前三季度，雄安新区建设明显加快，投资同比增长48.2%。京津产业承接有序有效，转移项目同比增长15.8%。\n",
                  title="前三季度河北省固定资产投资运行情况", published="2019-11-12", reference_year=2019)
    assert said(res, "15.8%") == {"hebei"}


def test_the_lines_of_a_fact_list_are_read_when_each_ends_on_its_amount(tmp_path):
    res = extract(tmp_path, "去年\n\n天津对口支援地区投入财政资金9亿元\n\n选派干部人才612人\n\n一、总体情况\n",
                  title="天津对口支援工作综述", published="2020-03-20", reference_year=2020)
    assert [(c["region"], c["year"]) for c in res.candidates if "612人" in c["quote"]] == [("tianjin", 2019)]


def test_a_headline_naming_one_line_or_airport_makes_it_the_subject_of_placeless_sentences(tmp_path):
    res = extract(tmp_path, "五年来，这条连接首都北京与河北雄安新区的高速铁路累计运送旅客超1200万人次。目前每日开行列车55列。\n",
                  title="京雄城际铁路开通运营五周年", published="2025-12-28", reference_year=2025)
    assert said(res, "55列") == {"jingxiong_intercity"}


def test_a_programme_named_after_beijing_and_tianjin_pairs_no_list_with_them(tmp_path):
    res = extract(tmp_path, "五年来，延庆区推进京津风沙源治理和矿山修复等工程，森林覆盖率、林草覆盖率分别达到了61.4%和90.2%。"
                  "地表水市考断面优良率达100%。\n",
                  title="延庆区“十四五”生态建设成就", published="2025-11-10", reference_year=2025)
    assert said(res, "61.4%") == {"yanqing"}
    assert [r for r in res.rows if r["indicator"] == "good_air_days_ratio"] == []  # (a water quality rate)


def test_totals_reached_after_additions_take_the_measures_of_the_additions(tmp_path):
    res = extract(tmp_path, "2021年以来，全市新增国家高新技术企业210家、新增国家科技型中小企业650家，分别发展到702家和840家。"
                  "全市有效发明专利量为5120件。\n",
                  title="沧州科技创新成效显著", published="2024-02-20", reference_year=2024)
    assert {c["phrase"] for c in res.candidates if "840家" in c["quote"] and c["value"] == 840} == {"国家科技型中小企业"}
    assert said(res, "5120件", "phrase") == {"有效发明专利量"}


def test_a_restaurant_or_hall_named_after_a_city_is_no_figure_of_that_city(tmp_path):
    res = extract(tmp_path, "春节期间，石家庄市饮食服务集团、保定会馆等营业收入2850.5万元，同比增长6.2%。\n",
                  title="石家庄春节消费市场红火", published="2019-02-12", reference_year=2019)
    assert said(res, "2850.5万元") == {"shijiazhuang"}


def test_one_year_picked_out_of_a_running_total_dates_only_its_own_sentence(tmp_path):
    res = extract(tmp_path, "目前，已助力三个受援地区15万贫困人口脱贫。仅2019年，就帮助2.6万名贫困人口脱贫。"
                  "西城区累计投入财政资金超4亿元，完成帮扶项目90余个。\n",
                  title="西城区对口帮扶工作综述", published="2020-05-20", reference_year=2020)
    assert said(res, "2.6万名", "year") == {2019}
    assert said(res, "4亿元", "year") == {2020}


def test_partners_who_send_experts_or_whose_cases_are_heard_are_not_the_subject(tmp_path):
    res = extract(tmp_path, "十年来，沧州与京津共建科室120个，京津派驻专家6500人次，诊疗患者9.2万人次。\n",
                  title="沧州医疗卫生协同发展十年", published="2024-03-01", reference_year=2024)
    assert {c["region"] for c in res.candidates if "6500人次" in c["quote"] or "9.2万人次" in c["quote"]} == {"cangzhou"}
    res = extract(tmp_path, "2023年，天津全市法院共审结各类涉京冀案件1.85万件。\n",
                  title="天津法院服务京津冀协同发展", published="2024-01-17", reference_year=2024)
    assert said(res, "1.85万件") == {"tianjin"}


def test_daoda_before_the_amount_is_the_verb_and_inside_a_measure_a_word(tmp_path):
    res = extract(tmp_path, "2018年，天津港口吞吐能力也到达5.2亿吨。春节假期铁路到达人数180万人。\n",
                  title="天津交通运输发展", published="2018-12-06", reference_year=2018)
    assert {c["phrase"] for c in res.candidates if c["value"] in (5.2, 180.0)} == {"港口吞吐能力", "铁路到达人数"}
