"""Round 42 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out


def _reasons(res, raw):
    return [s["reason"] for s in res.skipped if raw in s["raw"]]


def test_the_development_zones_of_a_province_are_a_sub_area_not_the_province(tmp_path):
    body = ("2019年，全省开发区实现地区生产总值20512.3亿元，占全省比重为54%；税收收入2610.7亿元。"
            "2019年河北全省地区生产总值35104.5亿元。\n")
    res = extract(tmp_path, body, title="河北开发区发展综述", published="2020-06-11", reference_year=2020)
    for raw in ("20512.3亿元", "54%", "2610.7亿元"):
        assert not out(res, raw), raw
        assert _reasons(res, raw) == ["sub-area"], raw
    assert [(r["indicator"], r["region"]) for r in out(res, "35104.5亿元")] == [("gdp", "hebei")]


def test_a_zone_of_ours_keeps_its_own_figures(tmp_path):
    body = "2020年，北京经济技术开发区常住人口达到32.1万人，企业总收入突破1.3万亿元。\n"
    res = extract(tmp_path, body, title="北京经开区2020年经济运行", published="2021-01-22", reference_year=2021)
    assert [(r["indicator"], r["region"], r["value"]) for r in out(res, "32.1万人")] == [
        ("population_year_end", "beijing_etdz", 32.1)]
    assert [r["region"] for r in out(res, "突破1.3万亿元")] == ["beijing_etdz"]


def test_a_named_site_opening_its_clause_has_its_own_visitors(tmp_path):
    body = ("国庆假期，全市公园共接待游客420.5万人次，同比增长12.3%。其中，颐和园接待游客31.2万人次，"
            "天坛公园接待游客25.7万人次，中国园林博物馆接待观众3.3万人次，雁栖湖度假区7天共接待游客2.9万人次。\n")
    res = extract(tmp_path, body, title="北京国庆假期公园游客", published="2021-10-08", reference_year=2021)
    assert [r["region"] for r in out(res, "420.5万人次")] == ["beijing"]
    for raw in ("31.2万人次", "25.7万人次", "3.3万人次", "2.9万人次"):
        assert not out(res, raw), raw
        assert _reasons(res, raw) == ["sub-area"], raw


def test_a_class_of_sites_stays_the_places(tmp_path):
    body = ("2021年，全市A级景区接待游客1.2亿人次；市属公园接待游客9800万人次；"
            "人均公园绿地面积达到16.6平方米；幼儿园在园幼儿52.3万人。\n")
    res = extract(tmp_path, body, title="北京市2021年文化和旅游发展", published="2022-06-20", reference_year=2022)
    for raw in ("1.2亿人次", "9800万人次", "16.6平方米", "52.3万人"):
        assert [r["region"] for r in out(res, raw)] == ["beijing"], raw


def test_a_site_named_after_the_place_is_not_the_place(tmp_path):
    body = ("春节假期，北京接待游客1021.3万人次。首都博物馆接待观众5.8万人次，北京动物园接待游客18.6万人次；"
            "天津西站发送旅客36.5万人次。\n")
    res = extract(tmp_path, body, title="春节假期京津文旅", published="2023-01-28", reference_year=2023)
    assert [(r["region"], r["year"]) for r in out(res, "1021.3万人次")] == [("beijing", 2023)]
    for raw in ("5.8万人次", "18.6万人次", "36.5万人次"):
        assert not out(res, raw), raw


def test_a_winter_release_on_the_holiday_just_passed_is_this_years(tmp_path):
    body = "节日期间，全市85家博物馆共接待观众132.6万人次，推出展览40余项。\n"
    res = extract(tmp_path, body, title="北京85家博物馆接待观众132.6万人次", published="2019-02-12", reference_year=2019)
    assert [r["year"] for r in out(res, "132.6万人次")] == [2019]
    # a winter release on last year's results stays last year's
    body = "全年全市博物馆共接待观众5830.2万人次。\n"
    res = extract(tmp_path, body, title="北京博物馆年度报告发布", published="2019-02-12", reference_year=2019)
    assert [r["year"] for r in out(res, "5830.2万人次")] == [2018]


def test_a_sites_rate_after_its_level_is_the_sites_too(tmp_path):
    body = ("国庆假期，全市景区共接待游客512.3万人次。其中，居庸关长城累计接待9.6万人，同比减少3.1%；"
            "南锣鼓巷旅游区累计接待21.4万人，同比增长6.2%；该馆接待游客2.75万人次。\n")
    res = extract(tmp_path, body, title="北京国庆假期景区接待情况", published="2019-10-08", reference_year=2019)
    assert [r["region"] for r in out(res, "512.3万人次")] == ["beijing"]
    for raw in ("9.6万人", "3.1%", "21.4万人", "6.2%", "2.75万人次"):
        assert not out(res, raw), raw


def test_a_branch_park_of_zhongguancun_is_not_its_district(tmp_path):
    body = ("记者1月6日从北京市昌平区“两会”上获悉，中关村昌平园发展态势良好，2021年实现总收入3200.5亿元。\n"
            "2021年以来，昌平园新增上市企业5家，累计上市企业31家。新引进规模以上企业80家，新增千万级税源企业7家。\n")
    res = extract(tmp_path, body, title="中关村昌平园2021年总收入超3200亿元", published="2022-01-07", reference_year=2022)
    for raw in ("3200.5亿元", "5家", "31家", "80家", "7家"):
        assert not [r for r in out(res, raw) if r["region"] == "changping"], raw
    body = "2021年，昌平区地区生产总值1328.6亿元，北京园林绿化局在昌平区新增造林1.2万亩。\n"
    res = extract(tmp_path, body, title="昌平区2021年经济运行", published="2022-01-07", reference_year=2022)
    assert [(r["indicator"], r["region"]) for r in out(res, "1328.6亿元")] == [("gdp", "changping")]


def test_a_zone_said_alone_opening_its_sentence_is_no_place_of_ours(tmp_path):
    body = ("近日，唐山两家孵化器被认定为省级科技企业孵化器。这样，高新区已有6家国家级孵化器、8家省级孵化器，"
            "在孵企业720家，从业人员达2.1万人。\n")
    res = extract(tmp_path, body, title="唐山高新区孵化器建设提速", published="2016-05-10", reference_year=2016)
    for raw in ("6家", "8家", "720家", "2.1万人"):
        assert not [r for r in out(res, raw) if r["region"] == "tangshan"], raw
    # a release on a zone of ours: 开发区 said alone is that zone
    body = "截至目前，开发区已聚集企业3.1万家，常住人口达到16.2万人。\n"
    res = extract(tmp_path, body, title="天津经济技术开发区建区36周年", published="2020-12-10", reference_year=2020)
    assert [r["region"] for r in out(res, "3.1万家")] == ["teda"]


def test_the_zones_of_a_place_named_in_the_measure_are_theirs_but_how_many_there_are_is_the_places(tmp_path):
    body = ("今年1-6月，我省高新区实现营业收入11820.6亿元，同比增长7.7%。全省28个省级以上高新区工业增加值达2318.4亿元。"
            "\n")
    res = extract(tmp_path, body, title="河北上半年创新发展态势良好", published="2022-08-18", reference_year=2022)
    for raw in ("11820.6亿元", "7.7%", "2318.4亿元"):
        assert not out(res, raw), raw
    res = extract(tmp_path, "截至2021年底，廊坊市共设国家级开发区2个、省级开发区13个。\n", title="廊坊开发区建设成效",
                  published="2022-08-18", reference_year=2022)
    assert [r["region"] for r in out(res, "13个")] == ["langfang"]


def test_a_headline_naming_a_month_of_this_year_dates_a_spring_releases_figures(tmp_path):
    body = ("2025年1月，天津市基本医疗保险参保人数1170.3万人。其中，职工基本医保参保人数655.1万人，城乡居民基本医保参保人数515.2万人。"
            "生育保险参保人数421.6万人。\n基本医疗保险基金累计结余670.2亿元。\n")
    res = extract(tmp_path, body, title="2025年1月天津市基本医疗保险和生育保险运行情况", publisher="天津市医疗保障局", published="2025-03-20", reference_year=2025)
    for raw in ("1170.3万人", "421.6万人", "670.2亿元"):
        assert [r["year"] for r in out(res, raw)] == [2025], raw
    # a work report's date in its headline is no part of the year its review tells of
    body = "过去一年，全市地区生产总值增长6.1%，一般公共预算收入增长8.2%。\n"
    res = extract(tmp_path, body, title="政府工作报告——2025年1月15日在廊坊市第十届人民代表大会第四次会议上",
                  published="2025-01-20", reference_year=2025)
    assert {r["year"] for raw in ("6.1%", "8.2%") for r in out(res, raw)} == {2024}


def test_a_climate_bulletins_temperatures_and_departures_from_normal(tmp_path):
    body = ("2023年，全市年平均气温13.6℃，较常年偏高0.9℃。年降水量512.4毫米，比常年偏少8%；"
            "平均降雨量比常年偏多2成的区有3个。日最高气温≥35℃的高温日数为14天。"
            "年降水量比多年平均值少21.3毫米。最少的站点降水量301.5毫米。\n")
    res = extract(tmp_path, body, title="北京市2023年气候公报", published="2024-01-15", reference_year=2024)
    assert [(r["value"], r.get("unit")) for r in out(res, "13.6℃")] == [(13.6, "℃")]
    assert [r["value"] for r in out(res, "0.9℃")] == [0.9]
    assert [(r["value"], r.get("measure")) for r in out(res, "8%")] == [(-8, "change")]
    assert out(res, "35℃") == []  # the bar a hot day passes
    assert [r["value"] for r in out(res, "21.3毫米")] == [-21.3]
    assert [r["value"] for r in out(res, "301.5毫米")] == [301.5]  # 最少: the least, no fall


def test_a_forecast_is_no_figure(tmp_path):
    body = "据气象部门预测，今年6-8月全市平均气温为25.5℃左右，降水量为430毫米左右。\n"
    res = extract(tmp_path, body, title="北京入汛", published="2022-06-01", reference_year=2022)
    assert out(res, "25.5℃左右") == [] and out(res, "25.5℃") == []
    assert out(res, "430毫米左右") == [] and out(res, "430毫米") == []


def test_a_count_per_ten_thousand_people_is_a_unit_of_its_own(tmp_path):
    body = "2022年，全市每万人医疗机构床位数达到58.6张/万人，每千人执业医师4.9人/千人。\n"
    res = extract(tmp_path, body, title="北京卫生健康统计", published="2023-05-10", reference_year=2023)
    assert [r.get("unit") for r in out(res, "58.6张/万人")] == ["张/万人"]
    assert [r.get("unit") for r in out(res, "4.9人/千人")] == ["人/千人"]


def test_a_fall_narrowed_to_a_level_is_a_negative_growth(tmp_path):
    body = ("上半年，全省地区生产总值同比降幅较一季度收窄5.2个百分点至0.7%。社会消费品零售总额降幅较一季度收窄9.1个百分点至6.3%。"
            "规模以上工业增加值增速较一季度回升4.8个百分点至1.1%。邯郸名义增速负增长6.2%。"
            "全省财政收入降幅由1月的-5.4%扩大至4月的-11.9%。\n")
    res = extract(tmp_path, body, title="河北上半年经济运行分析", published="2020-08-10", reference_year=2020)
    assert [r["value"] for r in out(res, "0.7%")] == [-0.7]
    assert [(r["value"], r.get("measure")) for r in out(res, "6.3%")] == [(-6.3, "change")]
    assert [r["value"] for r in out(res, "1.1%")] == [1.1]
    assert [r["value"] for r in out(res, "6.2%")] == [-6.2]
    assert [r["value"] for r in out(res, "5.4%")] == [-5.4]  # a sign written stands


def test_a_year_in_an_aside_after_the_number_dates_it_only_when_it_is_a_year_note(tmp_path):
    body = ("10月2日，全市公园共接待游客176万人次，同比增加81%(2022年假期第二日游客量97万人次)。"
            "滨海新区经济总量占全市40%左右(2017年数据)。\n")
    res = extract(tmp_path, body, title="天津国庆公园游客", published="2023-10-03", reference_year=2023)
    assert [r["year"] for r in out(res, "81%")] == [2023]
    assert [r["year"] for r in out(res, "40%左右")] == [2017]


def test_the_days_a_holiday_figure_was_counted_over_are_no_figure_and_a_sites_rate_follows_its_level(tmp_path):
    body = ("五一假期，全市共接待游客312.4万人次。北京7天接待游客1020万人次。"
            "南戴河国际娱乐度假区3天共接待游客1.26万人次，同比增长66.2%。\n")
    res = extract(tmp_path, body, title="五一假期文旅市场", published="2019-05-05", reference_year=2019)
    assert out(res, "7天") == [] and out(res, "3天") == []
    assert [r["region"] for r in out(res, "1020万人次")] == ["beijing"]
    assert out(res, "1.26万人次") == [] and out(res, "66.2%") == []


def test_how_many_industries_or_goods_saw_prices_move_is_no_figure(tmp_path):
    body = ("1月，全市工业生产者出厂价格同比下降1.2%。31个工业行业大类中，9个行业出厂价格同比上涨，20个行业下降。"
            "监测的180种商品中，96种商品价格上涨，21种商品价格持平。\n")
    res = extract(tmp_path, body, title="北京1月工业生产者价格", published="2025-02-14", reference_year=2025)
    for raw in ("9个", "96种", "21种"):
        assert out(res, raw) == [], raw


def test_a_plan_earlier_in_the_paragraph_ends_where_a_report_of_work_done_begins(tmp_path):
    body = ("截至9月底，20项民心工程已累计完成12项，其余任务确保年底前全部完成。当前，在建项目稳步推进，有的已取得积极成效。"
            "全市城镇新增就业31.2万人。\n")
    res = extract(tmp_path, body, title="天津民心工程三季度进展", published="2023-10-18", reference_year=2023)
    assert [r["region"] for r in out(res, "31.2万人")] == ["tianjin"]
    body = "任务清单明确，年底前全市新增就业岗位5万个。新建社区食堂60个。\n"
    res = extract(tmp_path, body, title="天津民心工程任务清单", published="2023-03-18", reference_year=2023)
    assert out(res, "60个") == []  # the list goes on


def test_a_site_named_after_its_county_is_not_the_county(tmp_path):
    body = ("五一假期，昌黎县共接待游客18.6万人次。昌黎黄金海岸度假区3天共接待游客2.41万人次，同比增长35.2%；"
            "崇礼四大雪场首月接待游客26.3万人次。\n")
    res = extract(tmp_path, body, title="五一假期昌黎旅游", published="2019-05-05", reference_year=2019)
    assert [r["region"] for r in out(res, "18.6万人次")] == ["changli"]
    assert out(res, "2.41万人次") == [] and out(res, "35.2%") == []
    assert [r["region"] for r in out(res, "26.3万人次")] == ["chongli"]  # a class of sites counted: the county's


def test_how_many_stations_or_reservoirs_passed_a_bar_is_no_figure_nor_the_bar(tmp_path):
    body = ("7月，全省平均降水量186.2毫米。有18站降雨量超过100毫米，6个国家级气象站日最高气温突破历史极值，"
            "全省有17座水库超汛限水位运行。\n")
    res = extract(tmp_path, body, title="河北7月气候", published="2023-08-02", reference_year=2023)
    assert [r["region"] for r in out(res, "186.2毫米")] == ["hebei"]
    for raw in ("100毫米", "6个", "17座"):
        assert out(res, raw) == [], raw


def test_a_town_street_or_quarter_listed_with_its_own_figure_is_not_the_district(tmp_path):
    body = ("2022年末，密云区户籍人口43.6万人。其中，鼓楼街道81950人，大城子镇15231人，西田各庄镇39120人。\n"
            "22日全市平均降雨量41.2毫米，城区52.7毫米，西北部66.3毫米，东南部21.9毫米。\n")
    res = extract(tmp_path, body, title="密云区人口与降雨", published="2023-08-23", reference_year=2023)
    assert [r["region"] for r in out(res, "43.6万人")] == ["miyun"]
    for raw in ("81950人", "15231人", "39120人", "52.7毫米", "66.3毫米", "21.9毫米"):
        assert out(res, raw) == [], raw


def test_an_observatorys_readings_are_the_stations_not_the_citys(tmp_path):
    body = ("2022年，北京年平均气温13.3℃。北京观象台最高气温是6月24日的40.2℃，南郊观象台高温日数为21天。\n")
    res = extract(tmp_path, body, title="北京2022年气候公报", published="2023-01-10", reference_year=2023)
    assert [r["region"] for r in out(res, "13.3℃")] == ["beijing"]
    assert out(res, "40.2℃") == [] and out(res, "21天") == []


def test_the_climates_normal_is_no_years_reading(tmp_path):
    body = ("2023年，全市大风日数为14天，常年同期只有8.1天；近10年均值也有7.5天。年平均气温13.1℃，和常年平均值11.6℃相比偏高。\n")
    res = extract(tmp_path, body, title="北京2023年气候", published="2024-01-20", reference_year=2024)
    assert [r["region"] for r in out(res, "14天")] == ["beijing"]
    for raw in ("8.1天", "7.5天", "11.6℃"):
        assert out(res, raw) == [], raw


def test_a_february_headline_naming_january_dates_the_release_this_year(tmp_path):
    body = ("首 页    组织机构    工作动态\n您当前的位置 : 国家统计局天津调查总队  >  政策解读\n"
            "解读：1月份我市CPI环比上涨0.9%\n日期:2024-02-22  稿源:\n\n数据：2024年1月天津市居民消费价格指数\n\n"
            "国家统计局天津调查总队最新监测数据显示，1月份我市居民消费价格指数环比上涨0.9%，同比上涨0.6%。\n")
    res = extract(tmp_path, body, title="解读：1月份我市CPI环比上涨0.9%", publisher="国家统计局天津调查总队",
                  published="2024-02-22", reference_year=2024)
    assert {r["year"] for raw in ("0.9%", "0.6%") for r in out(res, raw)} == {2024}
    # a February review of last year keeps last year
    body = "全年全市居民消费价格上涨1.6%。\n"
    res = extract(tmp_path, body, title="天津市2023年物价运行情况", publisher="国家统计局天津调查总队",
                  published="2024-02-22", reference_year=2024)
    assert [r["year"] for r in out(res, "1.6%")] == [2023]


def test_the_output_of_farming_or_industry_is_no_gdp(tmp_path):
    body = "2024年，全区地区生产总值完成412.6亿元，农业生产总值预计完成41.3亿元。\n"
    res = extract(tmp_path, body, title="平谷区2024年经济运行", published="2025-01-09", reference_year=2025)
    assert [r.get("indicator") for r in out(res, "412.6亿元")] == ["gdp"]
    assert [r.get("indicator") for r in out(res, "41.3亿元")] == [None]  # a candidate, never the GDP


def test_beijingers_are_no_naming_of_beijing(tmp_path):
    body = ("端午假期，天津共接待游客612.4万人次。据携程数据显示，天津是北京人首选出游目的地；在线旅游交易人次同比增长8.7%。"
            "2023年末北京人口2185.8万人。\n")
    res = extract(tmp_path, body, title="天津端午假期接待游客612.4万人次", published="2024-06-11", reference_year=2024)
    assert [r["region"] for r in out(res, "8.7%")] == ["tianjin"]
    assert [r["region"] for r in out(res, "2185.8万人")] == ["beijing"]
