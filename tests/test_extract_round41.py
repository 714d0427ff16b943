"""Round 41 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out


def _ids(res, raw):
    return [r.get("indicator") or r.get("candidate_id") for r in out(res, raw)]


def test_a_place_before_its_first_or_third_sector_is_the_subject_not_a_rank(tmp_path):
    body = ("天津服务业发展较快。据统计，2020年京津冀第一产业增加值3900.1亿元，第三产业增加值58000.2亿元。"
            "2021年全区第三产业增加值比2016年增长80.2%。\n")
    res = extract(tmp_path, body, title="产业结构观察", published="2021-12-01", reference_year=2021)
    assert [(r["indicator"], r["region"]) for r in out(res, "3900.1亿元")] == [("value_added_primary", "jjj")]
    assert [(r["indicator"], r["region"]) for r in out(res, "58000.2亿元")] == [("value_added_tertiary", "jjj")]
    # 京津冀位居第一, 全区第三: a rank is still the scope of a rank, no subject
    body = "2020年，京津冀第一，长三角次之，区域GDP增长6.0%。\n"
    res = extract(tmp_path, body, title="区域观察", published="2021-12-01", reference_year=2021)
    assert not [r for r in res.rows if r["region"] == "jjj"]


def test_figures_of_the_yangtze_belt_or_the_yellow_river_basin_are_none_of_ours(tmp_path):
    body = ("2019年，京津冀地区生产总值84580.1亿元。长江经济带地区第二产业增加值180000.5亿元，"
            "第三产业增加值240000.7亿元。黄河流域生产总值250000.3亿元。\n")
    res = extract(tmp_path, body, title="三大区域比较", published="2020-12-14", reference_year=2020)
    assert [r["region"] for r in out(res, "84580.1亿元")] == ["jjj"]
    for raw in ("180000.5亿元", "240000.7亿元", "250000.3亿元"):
        assert not out(res, raw), raw


def test_a_sector_structure_named_as_value_added_shares_or_industry_structure_gives_the_tertiary_share(tmp_path):
    body = ("五年来，全区三次产业增加值比重由2016年的6.5:30.1:63.4调整为2021年的4.2:22.0:73.8。"
            "2021年，全区产业结构为4.2:22.0:73.8。\n")
    res = extract(tmp_path, body, title="怀柔区“十三五”产业结构变化", published="2022-03-01", reference_year=2022)
    shares = sorted((r["year"], r["value"]) for r in res.rows if r["indicator"] == "tertiary_share")
    assert shares == [(2016, 63.4), (2021, 73.8)]
    assert all(r["region"] == "huairou" for r in res.rows if r["indicator"] == "tertiary_share")
    # a ratio under no structure's name (投资比例) is no share of the sectors
    body = "2021年，全区投资比例为4.2:22.0:73.8。\n"
    res = extract(tmp_path, body, title="怀柔区投资", published="2022-03-01", reference_year=2022)
    assert not [r for r in res.rows if r["indicator"] == "tertiary_share"]


def test_a_services_share_is_the_tertiary_share_but_a_kind_of_services_share_is_not(tmp_path):
    body = ("2023年，河西区服务业占比达到91.5%。2023年，北京知识密集型服务业增加值占比达48.1%。"
            "北京科学研究企业中，科技推广和应用服务业占比90.2%。\n")
    res = extract(tmp_path, body, title="服务业观察", published="2024-03-01", reference_year=2024)
    assert [(r["indicator"], r["region"]) for r in out(res, "91.5%")] == [("tertiary_share", "hexi")]
    assert "tertiary_share" not in _ids(res, "48.1%")
    assert "tertiary_share" not in _ids(res, "90.2%")


def test_the_first_sentence_is_the_first_paragraph_that_ends_a_sentence_not_a_page_menu(tmp_path):
    body = ("更多栏目+\n所在位置: 首页 > 资讯 > 代表建议\n分享:\n"
            "记者1月20日从省人大会议获悉，河北把低空经济作为新的增长点。\n代表介绍，政策持续发力。\n"
            "石家庄、保定等地形成产业集群，2025年全省低空经济规模达180亿元，较上年增长35%。\n")
    res = extract(tmp_path, body, title="代表建议：发展低空经济", published="2026-01-25", reference_year=2026)
    assert [(r["region"], r["year"]) for r in out(res, "180亿元")] == [("hebei", 2025)]
    # a menu-only page with no sentence names no subject: 全省 stays unresolved
    body = "更多栏目+\n所在位置: 首页 > 资讯\n2025年全省低空经济规模达180亿元，较上年增长35%。\n"
    res = extract(tmp_path, body, title="代表建议：发展低空经济", published="2026-01-25", reference_year=2026)
    assert not out(res, "180亿元")


def test_a_month_in_the_headline_wins_over_a_season_named_in_the_first_sentence(tmp_path):
    body = ("北京市生态环境局通报，1月份，全月无重污染日，是2013年以来首个秋冬季无重污染日的月份。"
            "1月北京优良天比例达到82.5%。\n")
    res = extract(tmp_path, body, title="北京1月空气质量创同期最好", published="2019-02-08", reference_year=2019)
    assert [(r["year"], r["candidate_id"].split("|")[0]) for r in out(res, "82.5%")] == [(2019, "1月")]


def test_a_sentence_that_opens_on_what_will_be_done_lists_work_ahead_not_results(tmp_path):
    body = ("2018年，丰台区拆除违法建设500万平方米。"
            "同时，也将持续加大综合整治力度，整治“开墙打洞”250处、无照经营1200处，拟对300处地下空间进行环境恢复。"
            "同时，全区完成整治“开墙打洞”180处。\n")
    res = extract(tmp_path, body, title="丰台区2019年疏解整治计划", published="2019-01-09", reference_year=2019)
    for raw in ("250处", "1200处", "300处"):
        assert not out(res, raw), raw
    assert out(res, "180处")


def test_a_level_a_long_span_grew_to_has_no_base_year(tmp_path):
    body = ("与1978年相比，2018年全市地区生产总值增长达到3050.2亿元，年均增长8.9%；"
            "全部财政收入增长18.5%、首次突破320亿元。\n")
    res = extract(tmp_path, body, title="廊坊改革开放40年成就", published="2019-07-24", reference_year=2019)
    # (round 71: the level grown to is the GDP row itself, 增长 before 达到 naming no growth rate)
    assert [(r.get("indicator"), r["region"], r["year"], r["base_year"]) for r in out(res, "3050.2亿元")] == [
        ("gdp", "langfang", 2018, None)]
    # the level after a change and 首次: the same measure's level
    assert [(r["candidate_id"], r["value"]) for r in out(res, "突破320亿元")] == [("财政收入|亿元", 320)]
    # a change in 亿元 on a named base year is still a change
    body = "与2012年相比，2018年全市地区生产总值增加了1300.5亿元。\n"
    res = extract(tmp_path, body, title="廊坊经济", published="2019-07-24", reference_year=2019)
    assert "gdp" not in _ids(res, "1300.5亿元")


def test_households_and_people_counted_one_after_the_other_share_their_measure(tmp_path):
    body = ("截至2018年12月，本市城乡低保共覆盖6.2万户，10.5万人。"
            "其中城市低保共有3.1万户、 5.6万人。\n")
    res = extract(tmp_path, body, title="北京社会救助", published="2019-02-11", reference_year=2019)
    assert [(r["candidate_id"], r["region"], r["year"]) for r in out(res, "10.5万人")] == [("城乡低保|万人", "beijing", 2018)]
    assert _ids(res, "5.6万人") == ["城市低保|万人"]
    # a bare number after a sum of money is no count of the same
    body = "2018年，本市低保资金支出12.5亿元，8.3万人。\n"
    res = extract(tmp_path, body, title="北京社会救助", published="2019-02-11", reference_year=2019)
    assert not out(res, "8.3万人")


def test_a_standard_set_anew_is_this_years_and_the_one_it_replaces_last_years(tmp_path):
    body = ("记者从市民政局获悉，北京城市低保标准从家庭月人均1100元调整为1170元，"
            "城乡低收入家庭认定标准调整为家庭月人均2100元。调整后的标准于今年1月起实施。\n")
    res = extract(tmp_path, body, title="北京上调社会救助标准", published="2020-02-10", reference_year=2020)
    assert [(r["candidate_id"], r["year"]) for r in out(res, "1170元")] == [("城市低保标准|元", 2020)]
    assert [(r["candidate_id"], r["year"]) for r in out(res, "1100元")] == [("城市低保标准|元", 2019)]
    assert [(r["candidate_id"], r["year"]) for r in out(res, "2100元")] == [("城乡低收入家庭认定标准|元", 2020)]
    # an undated figure of another kind in the same February release is still last year's
    body = "北京城乡低保共覆盖6.2万户。\n"
    res = extract(tmp_path, body, title="北京上调社会救助标准", published="2020-02-10", reference_year=2020)
    assert [r["year"] for r in out(res, "6.2万户")] == [2019]


def test_jing_ji_the_capitals_hinterland_is_not_beijing(tmp_path):
    body = ("本报讯 以“京畿福地 活力保定”为主题的养老服务推介会在保定召开。\n"
            "保定市积极推动养老事业发展，截至目前，全市共有养老机构190家，建设区域居家养老服务中心150个。\n")
    res = extract(tmp_path, body, title="京津冀养老服务推介会举办", published="2024-11-07", reference_year=2024)
    assert [r["region"] for r in out(res, "190家")] == ["baoding"]
    # 建设区域…: 区域 is no district's 区
    assert [r["region"] for r in out(res, "150个")] == ["baoding"]


def test_the_figures_of_these_areas_together_are_none_of_ours(tmp_path):
    body = ("2015年，滨海新区户籍人口增加3.8万人。除老城区外，例如中新天津生态城、空港经济区等，配套设施不断完善，"
            "这些区域的人口也在增加，户籍人口达到了26100人。\n")
    res = extract(tmp_path, body, title="滨海新区户籍人口", published="2016-02-18", reference_year=2016)
    assert not out(res, "26100人")


def test_jiang_marking_what_was_done_over_past_years_is_no_plan(tmp_path):
    body = ("5年来，我市逐步提高社会救助标准，将低保标准从每人每月980元调整到1040元，累计将6.5万名困难群众纳入保障。"
            "明年将把低保标准调整到1080元。\n")
    res = extract(tmp_path, body, title="天津民政“十四五”成就", published="2025-12-18", reference_year=2025)
    assert [(r["candidate_id"], r["year"]) for r in out(res, "1040元")] == [("低保标准|元", 2025)]
    # the start of the span is no figure of the span's last year
    assert all(r["year"] < 2025 for r in out(res, "980元"))
    assert not out(res, "1080元")


def test_a_change_after_a_share_of_the_budget_done_is_the_revenues_not_the_budgets(tmp_path):
    body = ("2022年一般公共预算收入预计162,300万元，完成调整预算的101.2%，同比下降12.4%。"
            "2024年，全区一般公共预算收入平稳增长，完成52.7亿元，增长3.3%。\n")
    res = extract(tmp_path, body, title="红桥区2022年预算执行情况", published="2023-01-10", reference_year=2023)
    assert [(r["indicator"], r["region"], r["value"]) for r in out(res, "12.4%")] == [
        ("general_budget_revenue_growth", "hongqiao", -12.4)]
    # the level after a clause on the revenue's growth is the revenue
    assert [r["indicator"] for r in out(res, "52.7亿元")] == ["general_budget_revenue"]
    # a change over the five years is no year-on-year growth
    body = "“十四五”以来，全区一般公共预算收入累计增长40.5%。\n"
    res = extract(tmp_path, body, title="红桥区“十四五”成就", published="2025-10-10", reference_year=2025)
    assert "general_budget_revenue_growth" not in _ids(res, "40.5%")


def test_a_measure_whose_clause_says_it_fell_again_is_the_measure_of_the_rate_after_it(tmp_path):
    body = ("据国家统计局河北调查总队调查，11月份，河北省居民消费价格总水平涨幅再次回落，同比上涨1.1%。\n")
    res = extract(tmp_path, body, title="河北11月CPI", published="2015-12-17", reference_year=2015)
    assert [(r["region"], r["year"]) for r in out(res, "1.1%")] == [("hebei", 2015)]


def test_a_figure_per_head_keeps_its_per_head_unit(tmp_path):
    body = ("2019年，北京全员劳动生产率达到25.1万元/人，春节假期游客人均花费1500元/人次，"
            "入境游客人均天花费190.5美元/人天。\n")
    res = extract(tmp_path, body, title="北京经济观察", published="2020-03-01", reference_year=2020)
    assert [r["unit"] for r in out(res, "25.1万元")] == ["万元/人"]
    assert [r["unit"] for r in out(res, "1500元")] == ["元/人次"]
    assert [r["unit"] for r in out(res, "190.5美元")] == ["美元/人天"]


def test_the_year_a_place_was_founded_does_not_date_the_figures_after_it(tmp_path):
    body = ("1958年正式建丰宁县，1987年经国务院批准成立丰宁满族自治县。全县总面积8765.0平方公里，总人口40.12万人。\n")
    res = extract(tmp_path, body, title="丰宁县概况", publisher="丰宁县人民政府", published="2015-06-19", reference_year=2015)
    assert [r["year"] for r in out(res, "40.12万人")] == [2015]
    # the time before the founding is the figures' own
    body = "1992年建区(省级开发区)前，燕郊只是一个拥有8条村街，2.5万人口，财政收入4000万元的小镇。\n"
    res = extract(tmp_path, body, title="燕郊变迁", published="2014-02-10", reference_year=2014)
    assert [r["year"] for r in out(res, "2.5万人")] == [1992]


def test_figures_of_the_country_or_a_ministry_in_a_local_release_are_none_of_ours(tmp_path):
    body = ("东疆累计租赁飞机2100架。中国在册运输飞机从1600架增长至4100架，中国已有30家企业获批建设开放平台。"
            "商务部发布第五批25项“最佳实践案例”。\n")
    res = extract(tmp_path, body, title="天津东疆飞机租赁", published="2022-07-30", reference_year=2022)
    for raw in ("4100架", "30家", "25项"):
        assert not out(res, raw), raw
    # a firm named after the country is still a firm (中国华能所属的30家子公司完成迁址注册 in 雄安)
    body = "国家电网、中国华能所属的28家二三级子公司完成迁址注册。\n"
    res = extract(tmp_path, body, title="雄安新区疏解进展", published="2025-10-10", reference_year=2025)
    assert [r["region"] for r in out(res, "28家")] == ["xiongan"]


def test_a_headline_naming_its_place_by_anaphor_gives_its_part_of_the_year_to_sentences_naming_no_other(tmp_path):
    body = "2021年前三季度，全市生产总值11000.5亿元。\n·外贸进出口总额6100.25亿元，增长2.1%。\n·新增就业38.2万人。\n"
    res = extract(tmp_path, body, title="2021年我市前三季度经济数据", publisher="天津北方网",
                  published="2021-10-23", reference_year=2021)
    assert [(r["candidate_id"], r["region"]) for r in out(res, "6100.25亿元")] == [("前三季度|外贸进出口总额|亿元", "tianjin")]
    assert [r["candidate_id"] for r in out(res, "38.2万人")] == ["前三季度|新增就业|万人"]


def test_the_sites_listed_before_a_figure_are_its_subject_not_their_city(tmp_path):
    body = ("元旦假期，承德市金山岭、雾灵山等景区开展冰雪活动，推出30余种冰雪游乐项目，假期3天共接待游客2.1万人次。"
            "承德市共接待游客25.3万人次。\n")
    res = extract(tmp_path, body, title="盘点元旦小长假", publisher="河北新闻网", published="2019-01-03", reference_year=2019)
    assert not out(res, "2.1万人次")
    assert [r["region"] for r in out(res, "25.3万人次")] == ["chengde"]


def test_the_counties_of_a_province_together_are_not_the_province(tmp_path):
    body = ("今年上半年全省县域经济实现较快增长。全省118个县(市)实现生产总值11500.2亿元，同比增长6.1%。"
            "118个县(市)三次产业增加值比重为10.8:39.2:50.0。全省生产总值21000.3亿元。\n")
    res = extract(tmp_path, body, title="上半年河北县域经济较快增长", published="2024-08-05", reference_year=2024)
    for raw in ("11500.2亿元", "6.1%", "50.0"):
        assert not out(res, raw), raw
    assert [r["region"] for r in out(res, "21000.3亿元")] == ["hebei"]


def test_a_site_or_body_opening_the_sentence_is_the_subject_of_its_figures(tmp_path):
    body = ("今年以来，天津汽车产业加快恢复。一汽-大众华北基地产销两旺。基地前7个月整车交付13.5万辆，同比增长21%。"
            "北方演艺集团春节期间演出火爆，该集团共有250场演出上演。\n"
            "全市腾退物流基地23个、再生资源回收场站19个。\n")
    res = extract(tmp_path, body, title="天津汽车产业回暖", published="2023-08-14", reference_year=2023)
    for raw in ("13.5万辆", "21%", "250场"):
        assert not out(res, raw), raw
    # sites counted as what was done are the city's figures
    assert [r["region"] for r in out(res, "19个")] == ["tianjin"]
    # a class of hospitals is no one hospital
    body = "2018年，全市医疗机构编制床位127000张，其中医院117000张、社区卫生服务中心6600张。\n"
    res = extract(tmp_path, body, title="北京市卫生健康概况", published="2019-05-01", reference_year=2019)
    assert [r["region"] for r in out(res, "117000张")] == ["beijing"]


def test_a_core_zone_an_office_area_or_a_water_source_of_a_place_is_not_the_place(tmp_path):
    body = ("2022年，张家口市森林覆盖率达51%，崇礼冬奥核心区森林覆盖率超过82%，城市副中心行政办公区可再生能源占比达42%。"
            "怀柔应急水源地地下水水位回升2.8米。\n")
    res = extract(tmp_path, body, title="绿色发展成效", published="2023-02-07", reference_year=2023)
    assert [r["region"] for r in out(res, "51%")] == ["zhangjiakou"]
    for raw in ("82%", "42%", "2.8米"):
        assert not out(res, raw), raw



def test_the_titles_listed_under_related_reading_are_other_stories(tmp_path):
    body = ("2021年8月，密云水库蓄水量达到33.8亿立方米，创建库以来新高。\n\n相关阅读\n"
            "今年汛期来水偏多 密云水库蓄水量再破36亿立方米\n北京青年报客户端 2024-10-11\n")
    res = extract(tmp_path, body, title="密云水库蓄水量创新高", published="2021-08-24", reference_year=2021)
    assert [r["year"] for r in out(res, "33.8亿立方米")] == [2021]
    assert not out(res, "36亿立方米")


def test_last_years_policy_named_before_its_effect_dates_nothing(tmp_path):
    body = ("上半年，全市一般公共预算收入完成2900.1亿元，下降10%，主要是上年减税降费政策翘尾及疫情合计减收影响达450亿元。"
            "上半年，全市税收收入完成2400.5亿元，下降12.5%。\n")
    res = extract(tmp_path, body, title="关于北京市2020年上半年预算执行情况的报告", published="2020-07-29", reference_year=2020)
    assert [r["year"] for r in out(res, "2400.5亿元")] == [2020]
    # last year as a time still dates its figures
    res = extract(tmp_path, "上年，全市税收收入完成2700.5亿元。\n", title="北京财政", published="2020-07-29", reference_year=2020)
    assert [r["year"] for r in out(res, "2700.5亿元")] == [2019]
