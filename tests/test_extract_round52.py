"""Round 52 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, regions, why


def test_a_trillion_written_with_the_rest_of_the_amount_is_one_value(tmp_path):
    body = "2025年全市实现地区生产总值5兆1234.5亿元，社会消费品零售总额1万亿2345.6亿元。\n"
    res = extract(tmp_path, body, title="天津市2025年经济运行情况", published="2026-01-20", reference_year=2026)
    assert [(r["indicator"], r["value"]) for r in res.rows if r["year"] == 2025] == [("gdp", 51234.5), ("retail_sales", 12345.6)]


def test_a_trillion_said_short_before_the_hundred_millions_is_never_read_as_them_alone(tmp_path):
    body = "2025年全市实现地区生产总值5万1234.5亿元。\n"
    res = extract(tmp_path, body, title="天津市2025年经济运行情况", published="2026-01-20", reference_year=2026)
    assert [r["value"] for r in res.rows] == [51234.5]


def test_a_taiwan_papers_trillion_is_read_in_simplified_script_too(tmp_path):
    body = "2025年天津实现地区生产总值人民币1.9兆元。\n"
    res = extract(tmp_path, body, title="天津经济", published="2026-01-20", reference_year=2026)
    assert [(r["indicator"], r["value"]) for r in res.rows] == [("gdp", 19000.0)]


def test_a_mainland_megawatt_is_no_trillion(tmp_path):
    body = "2025年全市新增光伏装机容量320兆瓦。\n"
    res = extract(tmp_path, body, title="天津能源", published="2026-01-20", reference_year=2026)
    assert [r["unit"] for r in out(res, "320兆瓦")] == ["兆瓦"]


def test_a_taiwan_papers_branch_name_is_the_branch_not_the_tertiary_sector(tmp_path):
    body = ("2025年全市第三产业增加值比上年增长5.1%。其中，资讯传输、软体和资讯技术服务业实现增加值3456.7亿元，增长9.2%；"
            "商品房销售面积812.3万平方公尺。\n")
    res = extract(tmp_path, body, title="天津经济", published="2026-01-20", reference_year=2026)
    assert [r.get("indicator") for r in out(res, "3456.7亿元")] == [None]  # a candidate of its own
    assert [r["unit"] for r in out(res, "812.3万平方米")] == ["万平方米"]


def test_a_bar_passed_with_its_currency_named_is_no_figure(tmp_path):
    body = "继北京之后，天津成为北方第二个经济规模突破人民币2万亿元的城市。\n"
    res = extract(tmp_path, body, title="天津经济", published="2026-01-20", reference_year=2026)
    assert res.rows + res.candidates == [] and why(res, "突破人民币2万亿元") == "threshold"


def test_a_land_ports_trains_are_the_ports_not_the_citys(tmp_path):
    body = "1-8月，保定国际陆港共开行中欧班列312列，发运标箱2.6万个。\n"
    res = extract(tmp_path, body, title="保定国际陆港班列开行情况", published="2025-09-02", reference_year=2025)
    assert out(res, "312列") == [] and out(res, "2.6万个") == []


def test_a_railway_stations_passengers_are_the_stations_not_the_citys(tmp_path):
    body = "春运40天，唐山火车站共发送旅客186万人次。全市春节假期接待游客312.5万人次。\n"
    res = extract(tmp_path, body, title="唐山春运", published="2026-03-14", reference_year=2026)
    assert out(res, "186万人次") == []
    assert regions(res, "312.5万人次") == ["tangshan"]


def test_the_size_of_an_area_being_built_is_no_figure_of_the_city(tmp_path):
    body = "今年，全市一是推进26平方公里北湖片区建设，二是启动8.5平方公里的西站片区规划建设，全年完成造林12万亩。\n"
    res = extract(tmp_path, body, title="邢台市城市建设", published="2018-12-26", reference_year=2018)
    assert out(res, "26平方公里") == [] and out(res, "8.5平方公里") == []
    assert regions(res, "12万亩") == ["xingtai"]


def test_a_count_that_went_from_one_number_to_another_is_no_count_of_parts(tmp_path):
    body = "到2020年底，全市水泥企业由58家减至21家。\n"
    res = extract(tmp_path, body, title="唐山市压减过剩产能", published="2021-03-02", reference_year=2021)
    assert [(r["year"], r["value"]) for r in out(res, "21家")] == [(2020, 21.0)]


def test_since_the_end_of_a_year_the_level_reached_is_todays(tmp_path):
    body = "2021年底至今，天津的国家级专精特新“小巨人”企业从40家增长到273家。\n"
    res = extract(tmp_path, body, title="天津专精特新企业发展", published="2025-09-12", reference_year=2025)
    assert [r["year"] for r in out(res, "273家")] == [2025]


def test_a_photo_credit_with_the_papers_name_does_not_run_into_the_next_paragraph(tmp_path):
    body = ("1月6日，东城区第十七届人民代表大会新闻发布会举行。北京日报 王小明摄\n"
            "东城区商务局局长介绍，去年，商贸服务业实现稳定增长。预计全年实现社会消费品零售总额1156亿元、增长3.8%。\n")
    res = extract(tmp_path, body, title="王府井商圈焕新", published="2020-01-06", reference_year=2020)
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "1156亿元")] == [("retail_sales", "dongcheng", 2019)]


def test_the_stock_markets_a_firm_is_listed_on_are_no_places(tmp_path):
    body = ("截至6月末，天津市境内上市公司71家，其中沪市35家、深市30家、北交所6家。上市公司总市值为9876.5亿元，"
            "较年初增加2.1%。\n")
    res = extract(tmp_path, body, title="天津市境内上市公司达71家", published="2025-07-20", reference_year=2025)
    assert regions(res, "9876.5亿元") == ["tianjin"]


def test_declarations_and_banquet_tables_are_counts(tmp_path):
    body = "2024年，天津海关共受理进出口报关单86.3万票；春节期间全市重点餐饮企业预订年夜饭1.2万桌。\n"
    res = extract(tmp_path, body, title="天津口岸与消费", published="2025-02-10", reference_year=2025)
    assert [r["unit"] for r in out(res, "86.3万票")] == ["万票"]
    assert [r["unit"] for r in out(res, "1.2万桌")] == ["万桌"]


def test_each_bullet_of_a_summary_is_a_sentence_of_its_own(tmp_path):
    body = ("■ 节日期间，全市重点监测的120家商业企业实现零售额9.6亿元，同比增长6.2%\n"
            "■ 蓟州古城日均客流突破5万人次，节日期间消费突破千万元\n"
            "■ 全市42家监测餐饮企业累计接待宴席1.6万桌，同比增长8.5%\n")
    res = extract(tmp_path, body, title="天津国庆假期消费市场火热", published="2024-10-08", reference_year=2024)
    assert regions(res, "1.6万桌") == ["tianjin"]
    assert all(not r["quote"].startswith("同比增长6.2%■") for r in out(res, "6.2%"))


def test_the_province_a_county_ranks_in_is_not_the_subject_of_the_figures_after(tmp_path):
    body = "迁安的经济总量为1050.2亿元，在河北省也是位居前三位的，其中第二产业增加值达到612.4亿元。\n"
    res = extract(tmp_path, body, title="迁安县域经济观察", published="2019-09-27", reference_year=2019)
    assert regions(res, "612.4亿元") == ["qian_an"]


def test_how_many_industries_grew_is_no_figure_of_the_province(tmp_path):
    body = ("1-8月，全市规上工业35个大类行业中，21个行业利润总额比上年同期增加，3个行业扭亏为盈。"
            "规上工业利润总额增长6.3%。\n")
    res = extract(tmp_path, body, title="天津市1-8月工业经济运行", published="2021-09-20", reference_year=2021)
    assert why(res, "21个") == "count of industries" and why(res, "3个") == "count of industries"
    assert [r["value"] for r in out(res, "6.3%")] == [6.3]


def test_one_project_named_before_a_count_of_projects_lends_them_no_place(tmp_path):
    body = "一季度，保定高新区光伏智能制造产业园等186个重点项目集中开工，总投资892.6亿元。\n"
    res = extract(tmp_path, body, title="保定市一季度重点项目集中开工", published="2023-03-15", reference_year=2023)
    assert regions(res, "186个") == ["baoding"] and regions(res, "892.6亿元") == ["baoding"]


def test_parks_named_in_a_place_keep_the_place_as_their_subject(tmp_path):
    body = "目前，仅在固安县的肽谷生物医药基地等12个科创园，就已入驻科技型企业415家。\n"
    res = extract(tmp_path, body, title="廊坊承接北京产业转移", published="2020-09-14", reference_year=2020)
    assert regions(res, "415家") == ["gu_an"]



def test_the_people_taking_part_in_an_event_are_no_figure_of_the_place(tmp_path):
    body = ("2019年，全市冰雪运动会共有来自18支代表队共计1200余名运动员、教练员和裁判员参加，"
            "群众组超过3000名运动员参赛；全市冰雪运动参与人数达到210万人次。\n")
    res = extract(tmp_path, body, title="北京市民快乐冰雪季", published="2019-12-30", reference_year=2019)
    assert why(res, "1200余名") == "participants" and why(res, "超过3000名") == "participants"
    assert regions(res, "210万人次") == ["beijing"]
