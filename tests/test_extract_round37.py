"""Round 37 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, regions, why


def test_a_tables_unit_given_on_a_line_of_its_own_under_the_caption_is_each_levels(tmp_path):
    body = ("2022年1-10月各设区市PM2.5平均浓度\n浓度单位：微克/立方米\n排名 | 城市名称 | PM2.5平均浓度 |\n"
            "1 | 承德市 | 21 |\n2 | 张家口市 | 23 |\n3 | 秦皇岛市 | 31 |\n")
    res = extract(tmp_path, body, title="全省空气质量通报", published="2022-11-20", reference_year=2022)
    assert [(r["region"], r["unit"], r["year"]) for r in out(res, "21微克/立方米")] == [("chengde", "微克/立方米", 2022)]
    assert regions(res, "31微克/立方米") == ["qinhuangdao"]
    # the unit said at the end of the caption itself serves the same
    body = "2021年各区地区生产总值（单位：亿元）\n地区 | 地区生产总值 | 增速(%) |\n宝坻区 | 812.5 | 6.1 |\n武清区 | 1206.3 | 5.2 |\n"
    res = extract(tmp_path, body, title="各区经济", published="2022-03-01", reference_year=2022)
    assert [(r["region"], r["indicator"]) for r in out(res, "1206.3亿元")] == [("wuqing", "gdp")]
    assert [r["value"] for r in out(res, "5.2%")] == [5.2]  # a growth column keeps its own unit


def test_a_line_opening_the_sentence_keeps_its_length_past_the_count_of_its_stations(tmp_path):
    body = ("京唐城际铁路起自北京城市副中心站，向东途经燕郊、大厂、香河、宝坻至唐山，设7座车站，新建线路全长148.7公里。\n")
    res = extract(tmp_path, body, title="京唐城际铁路开通", published="2022-12-30", reference_year=2022)
    assert regions(res, "148.7公里") == ["jingtang_intercity"]
    # a figure of another kind between the line and the length still breaks the route
    body = "京唐城际铁路起自北京城市副中心站，途经宝坻，总投资300亿元，其中一座大桥全长8公里。\n"
    res = extract(tmp_path, body, title="京唐城际铁路", published="2022-12-30", reference_year=2022)
    assert why(res, "8公里") == "dimension"


def test_the_points_of_a_series_after_a_sentence_of_its_trend_are_of_the_measure_it_names(tmp_path):
    body = ("2019年开展跨省交易以来，廊坊光伏发电量保持快速增长。2020年增长120%，至3.5亿千瓦时；2021年增长80%，"
            "达6.3亿千瓦时；2022年、2023年分别增长40%、25%，至8.8亿千瓦时、11亿千瓦时。\n")
    res = extract(tmp_path, body, title="廊坊光伏发电", published="2024-01-20", reference_year=2024)
    got = {(r["phrase"], r["year"], r["value"]) for r in res.candidates if r["region"] == "langfang"}
    assert {("光伏发电量", 2020, 3.5), ("光伏发电量", 2021, 6.3), ("光伏发电量", 2022, 8.8), ("光伏发电量", 2023, 11.0)} <= got
    assert [r["year"] for r in out(res, "120%")] == [2020]
    # a sentence that names no trend lends no measure to the points after it
    res = extract(tmp_path, "廊坊大力发展光伏产业。2020年增长120%，至3.5亿千瓦时。\n", title="廊坊光伏",
                  published="2024-01-20", reference_year=2024)
    assert out(res, "3.5亿千瓦时") == []


def test_a_standard_of_pay_set_for_the_year_is_its_figure_not_a_norm(tmp_path):
    body = ("自2024年7月1日起，天津市最低工资标准由每月2180元调整到每月2320元。河北省第一档月最低工资标准为2200元。"
            "城乡居民基础养老金由每人每月150元提高到每人每月175元。\n")
    res = extract(tmp_path, body, title="天津调整最低工资标准", published="2024-06-20", reference_year=2024)
    assert [(r["region"], r["year"], r["phrase"]) for r in out(res, "2320元")] == [("tianjin", 2024, "最低工资标准")]
    assert why(res, "2180元") == "period start"  # the standard it replaced is the change's start
    assert [r["region"] for r in out(res, "2200元")] == ["hebei"]
    assert [r["phrase"] for r in out(res, "175元")] == ["城乡居民基础养老金"]
    # a programme's payment per month, and a norm of air quality, are still none
    res = extract(tmp_path, "西城区每月补贴600元。PM2.5国家二级标准为35微克/立方米。\n", title="西城区", published="2024-06-20",
                  reference_year=2024)
    assert why(res, "600元") == "norm" and why(res, "35微克/立方米") == "reference value"


def test_5g_is_a_word_of_the_measure_not_a_number_cut_out(tmp_path):
    body = "截至2023年底，全市累计建成5G基站3.2万个，每万人拥有5G基站23个。\n"
    res = extract(tmp_path, body, title="天津市2023年数字经济", published="2024-03-20", reference_year=2024)
    phrases = {r["raw"]: r["phrase"] for r in res.candidates}
    assert "5G基站" in phrases["3.2万个"] and phrases["23个"].startswith("每万人")


def test_places_that_rank_first_by_a_measure_each_take_it_with_their_share(tmp_path):
    body = ("2023年末，全市第二产业和第三产业[注二]法人单位从业人员位居前三位的区是：滨海新区120.5万人，占25.1%；"
            "西青区40.2万人，占8.4%；武清区35.8万人，占7.5%。\n")
    res = extract(tmp_path, body, title="天津市第五次全国经济普查公报", published="2025-03-20", reference_year=2025)
    got = {(r["region"], r["value"]) for r in res.candidates if "从业人员" in r["phrase"]}
    assert {("binhai", 120.5), ("xiqing", 40.2), ("wuqing", 35.8), ("binhai", 25.1), ("wuqing", 7.5)} <= got
    assert {r["year"] for r in res.candidates} == {2023}
    # items under a heading that names no measure and ranks nothing are still none
    res = extract(tmp_path, "重点区域是：滨海新区120.5万人，西青区40.2万人。\n", title="天津", published="2025-03-20",
                  reference_year=2025)
    assert out(res, "120.5万人") == []


def test_a_count_of_trips_in_wan_with_no_unit_is_in_person_trips(tmp_path):
    body = "2016年，天津滨海机场旅客吞吐量1687.2万，同比增长17.8%；全市旅客发送量达到9800万。\n"
    res = extract(tmp_path, body, title="天津机场客流", published="2017-01-10", reference_year=2017)
    assert [(r["region"], r["unit"], r["value"]) for r in out(res, "1687.2万")] == [("tianjin_airport", "万人次", 1687.2)]
    assert [r["unit"] for r in out(res, "9800万")] == ["万人次"]
    # a bare 万 after a measure that counts no trips stays unread
    res = extract(tmp_path, "2016年，全市绿化面积达到1600万。\n", title="天津绿化", published="2017-01-10", reference_year=2017)
    assert out(res, "1600万") == []


def test_a_dash_after_a_headline_phrase_ends_its_clause_and_a_ranking_of_firms_is_no_place(tmp_path):
    body = ("总部经济全国领先——2015年在津世界500强企业总部18家，比2010年增加6家。"
            "产业结构持续优化——服务业比重由2010年的46%提高到52%左右。\n")
    res = extract(tmp_path, body, title="天津十二五回顾", published="2016-01-20", reference_year=2016)
    assert [(r["region"], r["year"]) for r in out(res, "18家")] == [("tianjin", 2015)]
    assert "世界500强" in out(res, "18家")[0]["phrase"]
    assert [(r["indicator"], r["year"]) for r in out(res, "52%左右")] == [("tertiary_share", 2015)]
    # the services' share of jobs is no share of output
    res = extract(tmp_path, "2015年，天津服务业从业人员比重为48%。\n", title="天津就业", published="2016-01-20", reference_year=2016)
    assert [r.get("indicator") for r in out(res, "48%")] != ["tertiary_share"]


def test_patents_per_ten_thousand_told_from_one_year_to_another_are_both_years_figures(tmp_path):
    body = "十年间，天津万人发明专利拥有量增长三倍多，从2014年的9件提高到2023年的39件。\n"
    res = extract(tmp_path, body, title="天津科技十年", published="2024-05-10", reference_year=2024)
    assert {(r["indicator"], r["year"]) for r in out(res, "9件") + out(res, "39件")} == {
        ("invention_patents_per_10k_residents", 2014), ("invention_patents_per_10k_residents", 2023)}
    res = extract(tmp_path, "2023年，天津每万人口发明专利拥有量39件，比上年增加5件。\n", title="天津科技",
                  published="2024-05-10", reference_year=2024)
    assert [r.get("indicator") for r in out(res, "5件")] != ["invention_patents_per_10k_residents"]  # the change is none


def test_now_in_a_summer_review_of_last_years_results_is_this_years_count(tmp_path):
    body = ("2019年，天津上市企业整体实现营业收入1.2万亿元。2019年，天津上市企业净利润达1000亿元，较2018年有所增加。"
            "2019年，营收超百亿的企业有12家。\n"
            "截至目前，注册地在天津的A股上市企业共62家。\n")
    res = extract(tmp_path, body, title="天津上市企业分析", published="2020-06-09", reference_year=2020)
    assert [r["year"] for r in out(res, "62家")] == [2020]
    assert [r["year"] for r in out(res, "1000亿元")] == [2019]
    # in February, last year's figures are the latest: now is still last year's
    res = extract(tmp_path, body, title="天津上市企业分析", published="2020-02-09", reference_year=2020)
    assert [r["year"] for r in out(res, "62家")] == [2019]


def test_the_second_and_third_sectors_named_together_are_one_measures_words(tmp_path):
    body = "2023年末，全市第二产业和第三产业法人单位从业人员612.4万人，比四经普时增长2.1%。\n"
    res = extract(tmp_path, body, title="天津市第五次全国经济普查公报", published="2025-03-20", reference_year=2025)
    assert [(r["phrase"], r["year"]) for r in out(res, "612.4万人")] == [("二三产业法人单位从业人员", 2023)]


def test_the_start_of_reform_named_for_a_year_dates_the_figure_1978(tmp_path):
    body = "改革开放之初，天津的地区生产总值为82.7亿元，2007年突破5000亿元。\n"
    res = extract(tmp_path, body, title="天津改革开放40年", published="2018-12-10", reference_year=2018)
    assert [(r["indicator"], r["year"]) for r in out(res, "82.7亿元")] == [("gdp", 1978)]
    # a period's start (从改革开放之初的…) is still no figure of its own
    res = extract(tmp_path, "天津地区生产总值从改革开放之初的82.7亿元增长到2017年的18549亿元。\n", title="天津改革开放40年",
                  published="2018-12-10", reference_year=2018)
    assert why(res, "82.7亿元") == "period start"


def test_a_trend_said_with_its_adverb_after_the_verb_names_the_series_after_it(tmp_path):
    body = "“十二五”以来天津市万元GDP水耗下降明显，从2010年的21.5吨/万元下降至2015年的15.2吨/万元。\n"
    res = extract(tmp_path, body, title="天津用水情况", published="2016-02-01", reference_year=2016)
    got = {(r["phrase"], r["year"], r["value"]) for r in res.candidates}
    assert ("万元GDP水耗", 2015, 15.2) in got and ("万元GDP水耗", 2010, 21.5) in got


def test_this_year_so_far_opening_a_paragraph_holds_for_the_sentences_after_it(tmp_path):
    body = "今年截至3月29日，全省港口建设投资完成6.1亿元，超额完成一季度6亿元的投资目标。港口货物吞吐量完成2.4亿吨，同比增长4.1%。\n"
    res = extract(tmp_path, body, title="河北港口确保首季开门红", published="2017-03-31", reference_year=2017)
    got = [(r["region"], r["year"], r["phrase"]) for r in out(res, "2.4亿吨")]
    assert got == [("hebei", 2017, "港口货物吞吐量")]
    assert out(res, "2.4亿吨")[0]["candidate_id"].startswith("1-3月|")  # the year so far, not the year's plan
