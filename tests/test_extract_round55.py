"""Round 55 of issue 8. Every sentence is written for the test; none is copied from a release."""

from __future__ import annotations

from tests.extract_support import extract, out


def _years(res, raw):
    return [r["year"] for r in out(res, raw)]


def test_a_land_survey_reports_the_land_of_its_standard_moment_not_of_its_publication(tmp_path):
    body = ("河北省第三次全国国土调查主要数据成果显示，全省共有耕地9100.5万亩，林地9700.2万亩。\n"
            "全省园地1300.4万亩。\n")
    res = extract(tmp_path, body, title="河北国土调查成果发布", published="2021-12-20", reference_year=2021)
    assert _years(res, "9100.5万亩") == [2019] and _years(res, "1300.4万亩") == [2019]


def test_a_survey_dated_by_its_standard_moment_dates_its_figures(tmp_path):
    body = ("平谷区开展第三次农业调查工作，以2016年12月31日为标准时点汇总数据。\n"
            "全区共有农业经营户5.6万户，农业经营单位820个。\n")
    res = extract(tmp_path, body, title="平谷区农业调查主要数据", published="2018-03-01", reference_year=2018)
    assert _years(res, "5.6万户") == [2016] and _years(res, "820个") == [2016]


def test_a_plan_that_completed_the_land_survey_keeps_its_own_years(tmp_path):
    body = "“十三五”时期，天津市完成第三次国土调查，完成营造林150万亩。\n"
    res = extract(tmp_path, body, title="天津市自然资源保护“十四五”规划", published="2021-07-05", reference_year=2021)
    assert 2019 not in _years(res, "150万亩")


def test_a_numbered_heading_inside_a_page_without_blank_lines_opens_its_review_section(tmp_path):
    body = ("为促进儿童健康成长，特制定静海区儿童发展第十三个五年规划。\n"
            "一、“十二五”工作回顾\n"
            "“十二五”期间，各级政府始终坚持儿童优先原则。\n"
            "静海县学前三年毛入园率达到98.5%。\n")
    res = extract(tmp_path, body, title="天津市静海区儿童发展第十三个五年规划", published="2020-12-14", reference_year=2020)
    assert _years(res, "98.5%") == [2015]


def test_a_review_sections_first_paragraph_names_the_period_of_the_paragraphs_under_it(tmp_path):
    body = ("（一）发展回顾\n\n“十二五”是我市科普工作的跃升期，取得了丰硕成果。\n\n"
            "1.科普设施更加完善。天津市科普教育基地达到87个。\n\n（二）面临的形势\n\n天津市科普场馆有12个。\n")
    res = extract(tmp_path, body, title="天津市科普事业“十三五”发展规划", published="2018-10-01", reference_year=2018)
    assert _years(res, "87个") == [2015] and _years(res, "12个") == [2018]


def test_a_review_opened_by_its_first_paragraph_goes_on_through_its_own_numbered_parts(tmp_path):
    body = ("技术市场发展回顾\n\n“十二五”时期，北京技术市场持续健康发展。\n\n一、技术交易实现突破\n\n"
            "北京技术合同成交额达到3453.9亿元。\n")
    res = extract(tmp_path, body, title="2015年北京技术市场统计年报", published="2016-10-20", reference_year=2016)
    assert _years(res, "3453.9亿元") == [2015]


def test_cases_cages_issues_working_days_and_person_years_are_counted_in_their_own_words(tmp_path):
    body = ("2023年，河北省查处机动车交通违法1970万起，昌黎县扇贝养殖1300万笼，天津市气象台发布预警信号55期。"
            "天津市工业企业R&D人员折合全时当量47999人/年，海水养殖面积3206 hm2。\n"
            "河北省投资项目平均审批时限由2019年的65个工作日压缩到39个工作日。\n")
    res = extract(tmp_path, body, title="2023年河北天津工作综述", published="2024-02-01", reference_year=2024)
    got = {r["raw"]: (r["value"], r["unit"]) for r in res.candidates}
    assert got["1970万起"][1] == "万起" and got["1300万笼"][1] == "万笼" and got["55期"][1] == "期"
    assert got["47999人/年"][1] == "人年" and got["3206 hm2"][1] == "公顷"
    assert got["39个工作日"] == (39, "工作日")


def test_a_phase_a_journal_issue_a_year_it_runs_from_and_a_deadline_are_no_counts(tmp_path):
    body = ("天津港二期工程、3期工程开工，详见《农林科技》2020年2期。河北省从2020起实施新办法，"
            "群众诉求在5个工作日内办结。\n")
    res = extract(tmp_path, body, title="天津河北新闻", published="2024-02-01", reference_year=2024)
    assert res.candidates == [] and res.rows == []


def test_months_written_with_their_word_on_both_ends_are_part_of_the_year(tmp_path):
    body = "2019年，天津财政开拓创新。1月~9月，全市一般公共预算收入累计实现1644.8亿元。\n"
    res = extract(tmp_path, body, title="天津财政运行分析", published="2019-10-20", reference_year=2019)
    assert [r.get("candidate_id") for r in out(res, "1644.8亿元")] == ["前三季度|一般公共预算收入|亿元|cumulative"]


def test_an_undated_audit_report_on_last_years_budget_reviews_that_year(tmp_path):
    body = ("近日，河北省人民政府关于2024年度省级预算执行和其他财政收支情况的审计工作报告公布。\n"
            "报告提到，全省变相返还财政收入7.37亿元。\n")
    res = extract(tmp_path, body, title="河北审计工作报告公布", published="2025", reference_year=2025)
    assert _years(res, "7.37亿元") == [2024]


def test_the_record_a_figure_comes_second_to_dates_nothing(tmp_path):
    body = ("今冬（2014年12月至2015年2月）全市平均气温较常年偏高1.8℃，仅次于2001/2002年冬季。"
            "今冬全市平均降水量较常年多6.7毫米。\n")
    res = extract(tmp_path, body, title="天津今冬气温偏高", published="2015-03-10", reference_year=2015)
    assert 2002 not in _years(res, "6.7毫米") + _years(res, "1.8℃")


def test_a_count_since_an_event_the_sentence_dated_runs_to_now(tmp_path):
    body = ("2019年10月，本市设立12345企业服务热线，帮助企业解决问题，开通以来共受理企业来电14万件，"
            "响应率达99.7%。\n")
    res = extract(tmp_path, body, title="北京接诉即办三年", published="2021-12-20", reference_year=2021)
    assert _years(res, "14万件") == [2021] and _years(res, "99.7%") == [2021]


def test_organisations_and_supermarkets_counted_are_measures_not_verbs_or_cities(tmp_path):
    body = "2023年，北京共审批成立慈善组织107个，天津新建志愿服务组织3947个，河北有慈善超市58个。\n"
    res = extract(tmp_path, body, title="京津冀慈善事业", published="2024-02-01", reference_year=2024)
    ids = {r["raw"]: r["candidate_id"] for r in res.candidates}
    assert ids["107个"] == "审批成立慈善组织|个" and ids["3947个"] == "新建志愿服务组织|个" and ids["58个"] == "慈善超市|个"


def test_a_count_after_organising_is_still_no_measure(tmp_path):
    body = "2023年，北京市文联组织12场。\n"
    res = extract(tmp_path, body, title="北京文艺活动", published="2024-02-01", reference_year=2024)
    assert out(res, "12场") == []


def test_a_series_of_years_after_a_colon_takes_the_measure_it_opens_on(tmp_path):
    body = "秦皇岛市热线各年度接听总量分别为：2021年30.2万个，2022年38.2万个，2023年55.3万个。\n"
    res = extract(tmp_path, body, title="秦皇岛12345热线四年", published="2025-02-28", reference_year=2025)
    got = [(r["candidate_id"], r["year"]) for raw in ("30.2万个", "38.2万个", "55.3万个") for r in out(res, raw)]
    assert [y for _, y in got] == [2021, 2022, 2023] and len({c for c, _ in got}) == 1 and "接听总量" in got[0][0]


def test_museums_a_place_counts_are_no_museum_named_after_it(tmp_path):
    body = "截至2020年底，北京地区备案博物馆已达197座。天津自然博物馆接待观众120万人次。\n"
    res = extract(tmp_path, body, title="京津博物馆", published="2021-10-16", reference_year=2021)
    assert [(r["region"], r["year"]) for r in out(res, "197座")] == [("beijing", 2020)]
    assert [r["region"] for r in out(res, "120万人次")] != ["tianjin"]


def test_a_yearly_event_named_in_a_headline_without_a_place_gives_its_host(tmp_path):
    body = "本届服贸会共达成各类成果1339个，线下参展企业超过2400家。\n"
    res = extract(tmp_path, body, title="2022年服贸会达成成果1339个", publisher="人民日报",
                  published="2022-09-06", reference_year=2022)
    assert [r["region"] for r in out(res, "1339个")] == ["beijing"]


def test_a_place_named_beside_the_event_is_still_the_subject(tmp_path):
    body = "天津代表团在本届服贸会上签约项目40个。\n"
    res = extract(tmp_path, body, title="天津在服贸会签约项目40个", publisher="天津日报",
                  published="2022-09-06", reference_year=2022)
    assert [r["region"] for r in out(res, "40个")] == ["tianjin"]


def test_the_countrys_visitors_and_a_ring_of_districts_are_not_the_headlines_city(tmp_path):
    body = ("2014年中国接待的入境游客达1.28亿人次。今年以来市内六区查处酒驾2101起，环外10区查处酒驾8228起。"
            "北京接待入境游客420万人次。\n")
    res = extract(tmp_path, body, title="北京入境游消费", published="2015-08-05", reference_year=2015)
    assert out(res, "1.28亿人次") == [] and out(res, "2101起") == [] and out(res, "8228起") == []
    assert [r["region"] for r in out(res, "420万人次")] == ["beijing"]


def test_a_year_named_late_on_a_line_ends_with_its_line(tmp_path):
    body = ("廊坊市孵化器入驻企业和创业团队达到2036个。2021年，全市31个企业和团队获省创新创业大赛奖项。\n"
            "全市孵化场地面积超过110万平方米。\n")
    res = extract(tmp_path, body, title="廊坊市孵化器建设综述", published="2022-09-10", reference_year=2022)
    assert _years(res, "超过110万平方米") == [2022]


def test_a_year_opening_a_line_goes_on_to_the_next_line(tmp_path):
    body = ("2020年北京市居民期望寿命为82.43岁，比五年前增加0.40岁。\n"
            "婴儿死亡率为1.98‰，比五年前下降10.4%。\n")
    res = extract(tmp_path, body, title="北京居民健康指标持续向好", published="2021-08-02", reference_year=2021)
    assert _years(res, "1.98‰") == [2020]
