"""Round 54 of issue 8. Every sentence is written for the test; none is copied from a release."""

from __future__ import annotations

from tests.extract_support import extract, out, regions


def test_a_communique_by_a_statistics_bureau_and_its_survey_team_is_that_places(tmp_path):
    body = "2025年全年研究生教育招生3.2万人，在学研究生9.8万人。\n"
    res = extract(tmp_path, body, title="教育和科学技术", publisher="天津市统计局, 国家统计局天津调查总队",
                  published="2026-03-15", reference_year=2026)
    assert regions(res, "3.2万人") == ["tianjin"] and regions(res, "9.8万人") == ["tianjin"]


def test_a_newspaper_beside_a_bureau_does_not_make_the_release_the_places(tmp_path):
    body = "2025年全年研究生教育招生3.2万人。\n"
    res = extract(tmp_path, body, title="教育和科学技术", publisher="天津市统计局, 人民日报",
                  published="2026-03-15", reference_year=2026)
    assert out(res, "3.2万人") == []


def test_wells_houses_incidents_venues_and_speeds_are_counted_in_their_own_words(tmp_path):
    body = ("2023年，天津市关停机井4303眼，发生生产安全事故12起，新增体育场地2600余块，"
            "移动宽带用户下载速率达24.96Mbps。门头沟区修缮受灾农宅3714宅。\n")
    res = extract(tmp_path, body, title="天津2023年工作回顾", published="2024-02-01", reference_year=2024)
    got = {r["raw"]: r["unit"] for r in res.candidates}
    assert got["4303眼"] == "眼" and got["12起"] == "起" and got["2600余块"] == "块" and got["24.96Mbps"] == "Mbps"
    assert got["3714宅"] == "宅"


def test_a_year_it_runs_from_and_a_coin_are_no_counts(tmp_path):
    body = "天津市从2020起实施新办法，花了3块钱。\n"
    res = extract(tmp_path, body, title="天津新办法", published="2024-02-01", reference_year=2024)
    assert out(res, "2020起") == [] and out(res, "3块") == []


def test_a_level_reached_measures_the_trend_named_just_before_not_the_figure_before_that(tmp_path):
    body = "2025年，天津市属国企实现营业收入8600亿元，同比增长3.2%，利润连续7个月正增长，全年达到了312亿元。\n"
    res = extract(tmp_path, body, title="天津国资国企改革", published="2026-02-08", reference_year=2026)
    assert [(r["candidate_id"], r["region"], r["year"]) for r in out(res, "312亿元")] == [("利润|亿元", "tianjin", 2025)]


def test_a_later_year_in_a_plan_does_not_date_the_paragraphs_after_it(tmp_path):
    body = ("3月8日，迁安市职教园项目开工。第二阶段为2027年9月前再建3所院校。\n"
            "当天，迁安市还有12个项目集中开工。\n")
    res = extract(tmp_path, body, title="迁安职教园开工", published="2026-03-09", reference_year=2026)
    assert [(r["region"], r["year"]) for r in out(res, "12个")] == [("qian_an", 2026)]


def test_a_campaign_carried_out_since_a_year_makes_its_counts_running_totals_to_now(tmp_path):
    body = "2019年“百家民企进沧州”活动开展以来，沧州市共与86家民企签署152项合作协议。\n"
    res = extract(tmp_path, body, title="民企入沧成果展开幕", published="2025-09-29", reference_year=2025)
    assert [(r["region"], r["year"]) for r in out(res, "152项")] == [("cangzhou", 2025)]


def test_the_end_of_a_five_year_plan_dates_the_figures_said_as_of_it(tmp_path):
    body = "截至“十三五”末，唐山市5G基站达到1.1万个。“十三五”末，唐山市4G用户占比八成。\n"
    res = extract(tmp_path, body, title="唐山信息通信业发展规划", published="2021-07-30", reference_year=2021)
    assert [(r["region"], r["year"]) for r in out(res, "1.1万个") + out(res, "八成")] == [("tangshan", 2020)] * 2


def test_a_whole_year_named_without_a_year_in_a_release_of_may_is_last_years(tmp_path):
    body = "报告显示，截至目前，天津市共有总部企业1200家，年末资产合计3.2万亿元；全年实现营业收入1.1万亿元，比去年全年增加15家。\n"
    res = extract(tmp_path, body, title="天津总部企业1200家", published="2026-05-31", reference_year=2026)
    assert [r["year"] for r in out(res, "3.2万亿元") + out(res, "1.1万亿元")] == [2025, 2025]
    assert [r["year"] for r in out(res, "15家")] == [2026]


def test_the_city_core_and_a_class_of_counties_are_parts_no_region_of_ours_stands_for(tmp_path):
    body = ("2024年，保定市中心城区日均供水约30万立方米，完成中心城区59公里老旧供水管网改造。"
            "全省24个一类县累计完成无害化卫生厕所80.89万座。\n")
    res = extract(tmp_path, body, title="保定城市供水", published="2025-01-21", reference_year=2025)
    assert out(res, "约30万立方米") == [] and out(res, "59公里") == [] and out(res, "80.89万座") == []


def test_a_figureless_sentence_opening_on_our_city_as_an_anaphor_makes_it_the_paragraphs_topic(tmp_path):
    body = "近年来，我市农村人居环境整治行动迅速落地见效。到2025年年底，共整治村内违章建筑8.6万处。\n"
    res = extract(tmp_path, body, title="人居环境整治推动乡村颜值提升", publisher="天津日报",
                  published="2026-01-30", reference_year=2026)
    assert [(r["region"], r["year"]) for r in out(res, "8.6万处")] == [("tianjin", 2025)]


def test_an_anaphor_the_release_cannot_resolve_still_gives_no_region(tmp_path):
    body = "近年来，我市农村人居环境整治行动迅速落地见效。到2025年年底，共整治村内违章建筑8.6万处。\n"
    res = extract(tmp_path, body, title="人居环境整治推动乡村颜值提升", publisher="新华网",
                  published="2026-01-30", reference_year=2026)
    assert out(res, "8.6万处") == []


def test_a_task_set_assigned_or_required_is_no_figure_done(tmp_path):
    body = ("2025年，省下达邢台市棚户区改造开工任务4853套。全省棚户区改造任务是开工14.1万套。"
            "邢台市要求全年完成改造2.36万户，保障性安居工程总量应达到26.2万套。截至6月底，邢台市实际开工3120套。\n")
    res = extract(tmp_path, body, title="邢台保障房建设", published="2025-07-10", reference_year=2025)
    assert out(res, "4853套") == out(res, "14.1万套") == out(res, "2.36万户") == out(res, "26.2万套") == []
    assert [r["region"] for r in out(res, "3120套")] == ["xingtai"]


def test_a_place_qualifying_what_the_subject_did_is_neither_a_zone_nor_the_next_clauses_subject(tmp_path):
    body = ("2025年，北京完成核心区平房申请式退租2006户，老旧小区改造完工1225个。"
            "2025年，北京完成海淀区平房退租306户，老楼加装电梯869台。\n")
    res = extract(tmp_path, body, title="北京城市更新", published="2026-01-24", reference_year=2026)
    assert [r["region"] for r in out(res, "2006户") + out(res, "1225个")] == ["beijing", "beijing"]
    assert [r["region"] for r in out(res, "306户") + out(res, "869台")] == ["haidian", "beijing"]


def test_a_standard_set_anew_in_july_replaces_last_years_level(tmp_path):
    body = "经市政府批准，天津市最低生活保障标准由家庭月每人平均1010元调整为1080元。\n"
    res = extract(tmp_path, body, title="天津市最低生活保障标准调整为1080元", published="2025-07-14", reference_year=2025)
    assert [(r["region"], r["year"]) for r in out(res, "1080元")] == [("tianjin", 2025)]
    assert [(r["region"], r["year"]) for r in out(res, "1010元")] == [("tianjin", 2024)]


def test_samples_person_years_blood_scores_quakes_and_sunshine_hours_are_quantities(tmp_path):
    body = ("2025年，天津市抽检食品12.6万批次，R&D人员折合全时当量15.3万人年，献血量52万毫升，"
            "营商环境满意度达91分，年日照时数2652.3小时。6月22日，宁河区发生3.9级地震。\n")
    res = extract(tmp_path, body, title="天津2025年社会发展", published="2026-02-10", reference_year=2026)
    got = {r["raw"]: r["unit"] for r in res.candidates}
    assert [got.get(raw) for raw in ("12.6万批次", "15.3万人年", "52万毫升", "91分", "2652.3小时", "3.9级")] == [
        "万批次", "万人年", "万毫升", "分", "小时", "级"]


def test_a_clocks_minutes_and_very_are_no_scores(tmp_path):
    res = extract(tmp_path, "2025年天津马拉松7点30分开赛，这十分重要。\n", title="天津马拉松", published="2025-10-20",
                  reference_year=2025)
    assert [r for r in res.rows + res.candidates if r["unit"] == "分"] == []


def test_the_end_of_a_change_dated_to_a_month_and_counted_per_head_has_the_starts_measure(tmp_path):
    body = "“十四五”期间，天津市城市低保平均标准由2020年底每人每月1010元增长至2025年9月底每人每月1180元。\n"
    res = extract(tmp_path, body, title="天津社会救助", published="2025-11-06", reference_year=2025)
    assert [(r["candidate_id"], r["year"]) for r in out(res, "1180元")] == [("城市低保平均标准|元", 2025)]


def test_the_base_years_level_compared_with_is_that_years_figure_of_the_same_measure(tmp_path):
    body = "2025年全市生活垃圾日均清运量1.9万吨，比2024年的2.1万吨下降9.5%。\n"
    res = extract(tmp_path, body, title="天津垃圾分类", published="2026-04-29", reference_year=2026)
    assert [(r["candidate_id"], r["year"]) for r in out(res, "2.1万吨")] == [("生活垃圾日均清运量|万吨", 2024)]


def test_a_sum_of_a_trend_named_just_before_is_that_measures_change(tmp_path):
    body = "2019年至2025年，沧州市深层地下水水位连续7年回升，累计回升9.6米。\n"
    res = extract(tmp_path, body, title="沧州深层地下水", published="2026-03-11", reference_year=2026)
    assert [(r["candidate_id"], r["region"]) for r in out(res, "9.6米")] == [("深层地下水水位|米|change", "cangzhou")]


def test_a_clause_naming_only_the_other_part_has_the_measure_just_given_for_that_part(tmp_path):
    body = "2025年，天津城市公厕等级达标率达到97.2%，而农村地区达到81.5%。\n"
    res = extract(tmp_path, body, title="天津厕所革命", published="2026-02-04", reference_year=2026)
    assert [r["candidate_id"] for r in out(res, "81.5%")] == ["农村公厕等级达标率|%|share"]


def test_projects_curated_and_under_way_are_counted_not_planned(tmp_path):
    body = "1-7月，霸州市共谋划运作亿元以上项目200个，总投资1738.2亿元。全年谋划目标为260个。\n"
    res = extract(tmp_path, body, title="霸州项目建设", published="2025-09-13", reference_year=2025)
    assert [r["region"] for r in out(res, "200个")] == ["bazhou"] and out(res, "260个") == []


def test_the_whole_year_said_earlier_in_the_sentence_dates_the_clauses_after_it(tmp_path):
    body = "报告显示，天津市总部企业全年实现营业收入1.1万亿元，利润总额0.3万亿元，同比增长6.2%。\n"
    res = extract(tmp_path, body, title="天津总部企业发展状况", published="2026-05-31", reference_year=2026)
    assert [r["year"] for r in out(res, "0.3万亿元") + out(res, "6.2%")] == [2025, 2025]


def test_a_count_whose_items_are_named_next_is_no_figure(tmp_path):
    body = "2025年，天津城镇非私营单位年平均工资最高的3个行业分别是金融业、电力和科研。天津新增博物馆3个。\n"
    res = extract(tmp_path, body, title="天津平均工资", published="2026-06-01", reference_year=2026)
    assert [r["quote"][:6] for r in out(res, "3个")] == ["天津新增博物"]
