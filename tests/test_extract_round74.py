"""Round 74 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, regions


def test_a_reposts_headline_years_older_than_its_news_dates_none_of_its_figures(tmp_path):
    body = ("2012年某港货物吞吐量排名(历年吞吐量一览)\n"
            "中新网天津3月5日电 记者从天津港集团获悉，2月份天津港完成货物吞吐量3610.2万吨，同比增长2.3%。\n")
    res = extract(tmp_path, body, title="2012年某港货物吞吐量排名(历年吞吐量一览)", published="2024-03-06",
                  reference_year=2024)
    assert [(r["region"], r["year"]) for r in out(res, "3610.2万吨")] == [("tianjin_port", 2024)]


def test_a_headline_year_the_text_names_again_still_dates_the_yearless_figures(tmp_path):
    body = ("2016年，全市地区生产总值完成2110.6亿元。\n"
            "全年规模以上工业增加值增长4.2%。\n")
    res = extract(tmp_path, body, title="2016年廊坊市国民经济和社会发展统计公报", published="2023-05-06",
                  reference_year=2023)
    assert {(r["region"], r["year"]) for r in out(res, "4.2%")} == {("langfang", 2016)}


def test_the_headline_printed_again_over_the_text_is_a_sentence_of_its_own(tmp_path):
    body = ("北京8家医药企业入驻沧州 总投资约16亿元\n"
            "12.05.2016 10:20本文来源：某报\n"
            "记者从沧州市获悉，今年沧州市新签约京津医药项目12个，总投资36亿元。\n")
    res = extract(tmp_path, body, title="北京8家医药企业入驻沧州 总投资约16亿元", published="2016-05-12",
                  reference_year=2016)
    headline = out(res, "约16亿元")
    assert [(r["region"], r["year"]) for r in headline] == [("cangzhou", 2016)]
    assert "本文来源" not in headline[0]["quote"]  # never one clause with the dateline under it
    assert [r["year"] for r in out(res, "36亿元")] == [2016]


def test_a_place_naming_the_works_on_its_facility_is_no_subject_of_the_figures_after(tmp_path):
    body = ("2021年，全省交通运输稳中向好。\n"
            "某某机场改扩建工程主体完工，张家口宁远机场改扩建工程主体完工。\n"
            "运输服务不断提升。地方铁路货运量完成5.1亿吨，同比增长6.2%。\n")
    res = extract(tmp_path, body, title="河北交通运输经济运行平稳", published="2022-01-20", reference_year=2022)
    assert [(r["region"], r["year"]) for r in out(res, "5.1亿吨")] == [("hebei", 2021)]


def test_the_place_outdone_with_its_own_figure_after_it_has_that_figure(tmp_path):
    body = ("2025年，甲市人民政府召开经济运行新闻发布会。"
            "全年地区生产总值方面，唐山实现9560.2亿元，略高于石家庄的8412.7亿元；增速上，石家庄以6.1%小幅领先唐山的5.6%。\n")
    res = extract(tmp_path, body, title="两市经济答卷比较", published="2026-02-10", reference_year=2026)
    assert [(r.get("indicator"), r["region"], r["year"]) for r in out(res, "8412.7亿元")] == [("gdp", "shijiazhuang", 2025)]
    assert not out(res, "6.1%")  # a lead told, no measure named for it


def test_a_ratio_to_a_place_or_a_figure_of_the_country_is_still_no_figure_of_the_place(tmp_path):
    body = "2025年，唐山市地区生产总值增长5.6%，高于全国的5.0%，人均地区生产总值是河北的1.6倍。\n"
    res = extract(tmp_path, body, title="唐山经济运行", published="2026-02-10", reference_year=2026)
    assert not out(res, "5.0%") and not out(res, "1.6倍")


def test_a_bare_share_after_a_count_of_firms_is_the_share_of_those_firms(tmp_path):
    body = ("2023年，全市认定专精特新企业1860家。这一千八百余家企业从行业看，制造业企业1210家，占比65.05%；"
            "科技服务业530家，占比28.49%。\n")
    res = extract(tmp_path, body, title="天津市专精特新企业发展情况", published="2024-01-10", reference_year=2024)
    assert [r.get("indicator") for r in out(res, "28.49%")] == [None]  # never the services' share of value added
    assert not out(res, "一千八百余家")  # the count told before, pointed back to
    assert [r["year"] for r in out(res, "1860家")] == [2023]


def test_a_level_and_its_growth_joined_by_qie_are_two_clauses(tmp_path):
    body = "2023年，河北省吸纳京津技术合同成交额突破800亿元且同比增长21.3%，创历史新高。\n"
    res = extract(tmp_path, body, title="河北吸纳京津技术成果", published="2024-02-20", reference_year=2024)
    assert [(r.get("indicator"), r["year"]) for r in out(res, "突破800亿元")] == [("tech_contract_turnover_from_bjtj", 2023)]
    assert [(r.get("indicator"), r["year"]) for r in out(res, "21.3%")] == [("tech_contract_turnover_from_bjtj_yoy", 2023)]


def test_the_firms_value_added_with_its_verb_between_is_industrys_growth_but_a_chains_is_not(tmp_path):
    body = ("2023年，邢台市1520家规上工业企业完成增加值同比增长6.8%。"
            "全市8条重点产业链在链规模以上工业企业增加值增长9.1%。\n")
    res = extract(tmp_path, body, title="邢台工业经济运行", published="2024-01-28", reference_year=2024)
    assert [(r.get("indicator"), r["region"], r["year"]) for r in out(res, "6.8%")] == [
        ("industrial_value_added_growth", "xingtai", 2023)]
    assert [r.get("indicator") for r in out(res, "9.1%")] in ([], [None])  # the chains' firms, a part of industry


def test_the_growth_of_beijings_technology_output_and_the_bottleneck_roads_opened_are_catalogued(tmp_path):
    body = ("2018年，北京向津冀的技术输出额达227.4亿元，同比增长47.7%。"
            "五年来，三地累计打通待贯通路、瓶颈路共计1600公里。\n")
    res = extract(tmp_path, body, title="京津冀协同发展成效", published="2019-02-20", reference_year=2019)
    assert [(r.get("indicator"), r["year"]) for r in out(res, "47.7%")] == [("tech_contract_turnover_to_tjhb_yoy", 2018)]
    assert [(r.get("indicator"), r["region"]) for r in out(res, "1600公里")] == [("bottleneck_roads_opened_km", "jjj")]


def test_a_venues_seat_in_brackets_is_where_its_figures_are_but_a_firms_is_not(tmp_path):
    body = ("2024年，首衡高碑店市场已承接北京外迁企业6100多家，京津冀(永清)国际服装城汇聚了来自原北京动批市场的3200余家商户。"
            "珞石(北京)科技有限公司在三河投资建设项目，总投资12.5亿元。\n")
    res = extract(tmp_path, body, title="河北承接北京产业疏解", published="2025-02-20", reference_year=2025)
    assert [(r["region"], r["year"]) for r in out(res, "3200余家")] == [("yongqing", 2024)]
    assert "beijing" not in regions(res, "12.5亿元")


def test_the_data_as_of_a_years_december_date_the_sentences_after_to_that_year(tmp_path):
    body = ("截止2019年12月，天津市拥有国家级科技企业孵化器41家。中关村企业在天津设立的分公司达712家，设立子公司735家。\n"
            "2018年10月，某园区正式揭牌。园区已入驻企业120家。\n")
    res = extract(tmp_path, body, title="天津承接北京科技成果转化情况", published="2021-01-08", reference_year=2021)
    assert [r["year"] for r in out(res, "712家")] == [2019]
    assert [r["year"] for r in out(res, "120家")] != [2018]  # an event's month dates the event, not the figures after it


def test_a_year_that_dates_only_a_signing_dates_none_of_the_sentences_after_it(tmp_path):
    body = ("2014年，北京儿童医院就与河北省儿童医院签署全面合作协议。北京专家直通车涵盖30余家三甲医院上百名知名专家。\n")
    res = extract(tmp_path, body, title="京津冀医疗合作惠及河北患者", published="2016-09-20", reference_year=2016)
    assert [r["year"] for r in out(res, "上百名")] == [2016]  # now, not the year of the signing


def test_projects_counted_across_the_kinds_listed_before_them_are_a_count_of_projects(tmp_path):
    body = ("4月2日，雄安新区2023年二季度重点项目集中开工。包括基础设施、公共服务、生态环境等61个项目，总投资925亿元。"
            "北京、天津、河北3地共同参加。\n")
    res = extract(tmp_path, body, title="雄安新区重点项目集中开工", published="2023-04-02", reference_year=2023)
    projects = out(res, "61个")
    assert [(r["region"], r["year"]) for r in projects] == [("xiongan", 2023)] and "项目" in projects[0]["candidate_id"]
    assert not out(res, "3地")  # the places just listed, counted


def test_a_count_before_an_event_has_no_year_and_leaves_the_count_of_now_alone(tmp_path):
    body = "张家口市旅游设施不断完善。京张高铁开通前，崇礼有5家星级酒店，目前已达到12家。\n"
    res = extract(tmp_path, body, title="张家口冬奥旅游持续升温", published="2022-12-15", reference_year=2022)
    assert not out(res, "5家")
    assert "before an event" in {s["reason"] for s in res.skipped if "5家" in s["quote"]}
    assert [(r["region"], r["year"]) for r in out(res, "12家")] == [("chongli", 2022)]


def test_a_time_before_an_event_run_into_the_place_without_a_comma_still_opens_the_sentence(tmp_path):
    body = "京张高铁开通前崇礼有5家星级酒店，目前已达到12家。森林覆盖率由工程实施之前的31.5%提高到了52.4%。\n"
    res = extract(tmp_path, body, title="崇礼冬奥旅游持续升温", published="2022-12-15", reference_year=2022)
    assert not out(res, "5家") and [r["year"] for r in out(res, "12家")] == [2022]
    assert [r["year"] for r in out(res, "52.4%")] == [2022]  # a from-point inside the sentence opens nothing
