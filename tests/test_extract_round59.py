"""Round 59 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out, places_and_years

# (body, front matter, number as written, [(region, year)] of every row and candidate read from it)
PLACE_AND_YEAR_OF = [
    pytest.param("某市统计局近日透露，“十三五”时期，天津市新增造林面积120万亩，森林覆盖率提高到13.1%。"
                 " 图为某生态林航拍图。 本报记者 张三 摄\n",
                 dict(title="天津造林绿化", reference_year=2021, published="2021-02-20"),
                 "120万亩", [("tianjin", 2020)],
                 id="a_photos_news_is_read_up_to_its_caption"),
    pytest.param("2020年，雄安新区承接省级下放和保定市移交的审批事项120项。\n",
                 dict(title="雄安新区深化放管服改革", reference_year=2020, published="2020-08-10"),
                 "120项", [("xiongan", 2020)],
                 id="what_the_subject_took_over_is_its_own_not_the_handing_places"),
    pytest.param("港口建设提速\n截至11月底，全省港口建设投资完成40.2亿元。\n"
                 "截至11月底，河北省港口建设投资、货物吞吐量均超额完成全年目标任务。这是从河北省交通运输厅获悉的。\n"
                 "截至11月底，全省港口建设投资完成50.2亿元。港口货物吞吐量完成11.5亿吨。其中，唐山港开通至福州航线3条。\n",
                 dict(title="确保全年目标", reference_year=2017, published="2017-12-05"),
                 "11.5亿吨", [("hebei", 2017)],
                 id="a_sentence_with_no_figure_naming_the_same_place_keeps_the_paragraphs_place"),
]


@pytest.mark.parametrize("body, front, raw, expected", PLACE_AND_YEAR_OF)
def test_place_and_year_of(tmp_path, body, front, raw, expected):
    assert places_and_years(tmp_path, body, front, raw) == expected


def test_a_photos_caption_and_credit_stay_unread(tmp_path):
    body = "某市统计局近日透露，“十三五”时期，天津市新增造林面积120万亩。 图为某生态林的8000亩航拍图。 本报记者 张三 摄\n"
    res = extract(tmp_path, body, title="天津造林绿化", reference_year=2021, published="2021-02-20")
    assert out(res, "8000亩") == []


def test_a_rate_reached_over_a_period_is_the_rate_at_its_end_not_a_running_total(tmp_path):
    body = "“十三五”时期，天津市新增造林面积120万亩，森林覆盖率提高到13.1%。\n"
    res = extract(tmp_path, body, title="天津造林绿化", reference_year=2021, published="2021-02-20")
    [rate] = out(res, "13.1%")
    assert (rate["region"], rate["year"], rate["period_start"]) == ("tianjin", 2020, None)
    assert not rate["candidate_id"].endswith("|cumulative")


def test_a_level_after_the_years_new_ones_with_a_bare_reach_is_the_same_things_level(tmp_path):
    body = "2021年，天津新增内陆无水港5个，达28个。\n"
    res = extract(tmp_path, body, title="天津港口", reference_year=2022, published="2022-01-20")
    [level] = out(res, "28个")
    assert (level["region"], level["year"]) == ("tianjin", 2021)
    assert "内陆无水港" in level["candidate_id"] and "新增" not in level["candidate_id"]


# (body, number as written, the part of the year in the candidate's id)
PERIOD_OF = [
    pytest.param("2020年10月1日至今年3月31日，保定市优良天数为88天，同比增加20天。\n", "88天", "秋冬季",
                 id="a_season_from_autumn_to_this_spring_written_with_days"),
    pytest.param("2020年10月1日至2021年3月31日，保定市优良天数为88天，同比增加20天。\n", "88天", "秋冬季",
                 id="a_season_across_two_named_years_written_with_days"),
    pytest.param("2020年10月1日至2020年12月31日，保定市PM2.5平均浓度同比下降20.5%。\n", "20.5%", "Q4",
                 id="whole_months_written_as_days_are_their_quarter"),
    pytest.param("2021年1月1日至6月30日，保定市PM2.5平均浓度同比下降12.5%。\n", "12.5%", "上半年",
                 id="the_first_six_whole_months_written_as_days_are_the_half_year"),
    pytest.param("2021年2月4日至20日，保定市PM2.5平均浓度同比下降12.5%。\n", "12.5%", "2月4日至20日",
                 id="control_a_window_of_days_stays_its_own_period"),
    pytest.param("2021年4月1日至6月28日，保定市PM2.5平均浓度同比下降12.5%。\n", "12.5%", "4月1日至6月28日",
                 id="control_days_short_of_a_months_end_are_no_whole_months"),
]


@pytest.mark.parametrize("body, raw, period", PERIOD_OF)
def test_part_of_the_year_of(tmp_path, body, raw, period):
    res = extract(tmp_path, body, title="保定空气质量", reference_year=2021, published="2021-05-06")
    assert res.rows == [] and [c["candidate_id"].split("|")[0] for c in out(res, raw)] == [period]


def test_a_place_that_moved_things_out_and_is_not_taken_over_from_stays_the_subject(tmp_path):
    res = extract(tmp_path, "2019年，北京疏解的一般制造业企业达到289家。\n", title="北京疏解非首都功能",
                  reference_year=2019, published="2019-07-26")
    assert [(c["region"], c["year"]) for c in out(res, "289家")] == [("beijing", 2019)]


@pytest.mark.parametrize("body, raw", [
    pytest.param("2016年，这个由北京上百家药企共同选址的园区项目引人注目。\n", "上百家", id="this"),
    pytest.param("2016年，园区负责人说：“我们已有1/4的人员在这里开展工作。”\n", "1/4", id="we"),
])
def test_a_pointer_before_a_count_names_no_measure(tmp_path, body, raw):
    res = extract(tmp_path, body, title="沧州生物医药园", reference_year=2017, published="2017-02-20")
    assert out(res, raw) == []


def test_counts_and_shares_of_industries_that_grew_faster_or_fell_less_are_how_broad_the_change_was(tmp_path):
    body = ("上半年，河北规模以上工业41个行业大类中，28个行业增加值实现增长，占全部行业的68.3%；"
            "20个行业生产状况好于一季度，9个行业增速加快，6个行业降幅收窄。规模以上工业增加值增长6.1%。\n")
    res = extract(tmp_path, body, title="河北上半年工业运行", reference_year=2023, published="2023-07-20")
    assert [r["raw"] for r in res.rows + res.candidates] == ["6.1%"]


def test_changes_listed_against_a_base_year_are_each_places_change_on_that_base(tmp_path):
    body = "2022年，北京、天津、河北重污染天数分别较2013年减少45天、30天和60天。\n"
    res = extract(tmp_path, body, title="京津冀大气污染治理", reference_year=2023, published="2023-04-10")
    found = [(c["region"], c["year"], c["base_year"], c["value"]) for c in res.candidates]
    assert found == [("beijing", 2022, 2013, -45), ("tianjin", 2022, 2013, -30), ("hebei", 2022, 2013, -60)]


def test_a_sentence_opening_on_a_changes_base_changes_the_last_figure_of_its_unit_before(tmp_path):
    body = ("普查数据显示，全市常住人口420.15万人，占全省人口总量的5.63%。"
            "与2010年第六次全国人口普查相比，增加50.12万人，增长13.54%。\n")
    res = extract(tmp_path, body, title="保定市第七次全国人口普查公报", reference_year=2021, published="2021-06-04")
    [change] = out(res, "50.12万人")
    [growth] = out(res, "13.54%")
    assert (change["region"], change["year"], growth["region"]) == ("baoding", 2020, "baoding")
    assert "常住人口" in change["candidate_id"] and "常住人口" in growth["candidate_id"]


def test_control_a_change_in_another_unit_takes_nothing_from_the_sentence_before(tmp_path):
    body = "全市常住人口420.15万人。与2010年相比，新增学校20所。\n"
    res = extract(tmp_path, body, title="保定市统计公报", reference_year=2021, published="2021-06-04")
    assert all("常住人口" not in c["candidate_id"] for c in out(res, "20所"))


# (body, number as written, words its candidate's measure holds)
COUNTED_AS = [
    pytest.param("2023年，京津冀三地已推动120项政务服务事项“同城通办”。\n", "120项", "政务服务事项",
                 id="the_noun_counted_before_a_quoted_label_of_what_was_done"),
    pytest.param("2024年，河北各高校与京津高校开展了90个合作项目。\n", "90个", "合作项目",
                 id="projects_carried_out_are_counted_by_their_noun"),
    pytest.param("2024年，河北养老企业与京津机构签订了15个合作协议。\n", "15个", "合作协议",
                 id="agreements_signed_are_counted_by_their_noun"),
]


@pytest.mark.parametrize("body, raw, words", COUNTED_AS)
def test_a_count_after_a_deed_is_measured_by_the_noun_after_it(tmp_path, body, raw, words):
    res = extract(tmp_path, body, title="京津冀协同发展", reference_year=2024, published="2024-11-20")
    [found] = out(res, raw)
    assert words in found["candidate_id"]


def test_a_place_that_funded_the_works_is_not_where_they_are(tmp_path):
    body = "雄安某医院总规模为800张床位。此次移交的一期工程由北京出资建设，床位400张，建筑面积8.5万平方米。\n"
    res = extract(tmp_path, body, title="北京支持雄安交钥匙医院移交", reference_year=2023, published="2023-09-29")
    assert [(c["region"], c["year"]) for c in out(res, "400张") + out(res, "8.5万平方米")] == [("xiongan", 2023)] * 2


def test_a_sites_breadcrumb_from_its_home_page_is_no_text(tmp_path):
    body = "主页 > 资讯 > 正文30家创新企业入驻通州\n截至目前，通州区已引进30家创新企业。\n"
    res = extract(tmp_path, body, title="30家创新企业入驻通州", reference_year=2020, published="2020-05-09")
    assert {c["line"] for c in out(res, "30家")} == {8}


def test_visits_to_the_business_district_beside_the_resort_are_not_the_resorts_visitors(tmp_path):
    body = "北京环球度假区去年接待了近千万游客，并吸引了大约1500万人次的客流到访环球商圈。\n"
    res = extract(tmp_path, body, title="城市副中心文旅产业", reference_year=2024, published="2024-08-10")
    assert [r["indicator"] for r in res.rows if r["raw"] == "1500万人次"] == []


def test_residents_added_with_the_verb_before_the_noun_are_the_populations_change(tmp_path):
    body = "2015年，沧州两区共增加常住人口2.4万人。\n"
    res = extract(tmp_path, body, title="沧州人口变动情况", reference_year=2016, published="2016-03-10")
    assert [r["indicator"] for r in res.rows if r["raw"] == "2.4万人"] == ["population_year_end_change"]
