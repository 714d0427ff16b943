"""Round 34 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, regions, why


def test_a_station_or_a_train_service_named_after_its_place_is_a_site(tmp_path):
    body = "2024年，保定站发送旅客520万人次，保定市地区生产总值4200亿元。\n"
    res = extract(tmp_path, body, title="保定交通运输", published="2025-01-20", reference_year=2025)
    assert why(res, "520万人次") == "sub-area"
    assert regions(res, "4200亿元") == ["baoding"]
    res = extract(tmp_path, "开行以来，雄安动车组累计发送旅客36.2万人次。\n", title="京雄铁路运输",
                  published="2018-05-02", reference_year=2018)
    assert why(res, "36.2万人次") == "sub-area"
    # a station hub built is the place's project
    res = extract(tmp_path, "2023年，副中心站综合交通枢纽主体结构完成75%。\n", title="城市副中心建设",
                  published="2024-01-10", reference_year=2024)
    assert regions(res, "75%") == ["subcentre"]


def test_a_total_since_a_year_up_to_now_ends_now_not_in_the_year_before(tmp_path):
    body = ("产业加快升级。2022年三地工业增加值突破2.4万亿元。"
            "企业主体不断壮大。2019年至今，京津冀累计培育高新技术企业9200家。\n")
    res = extract(tmp_path, body, title="京津冀产业发展报告发布", published="2023-11-28", reference_year=2023)
    assert [(r["year"], r["period_start"]) for r in out(res, "9200家")] == [(2023, 2019)]
    assert [r["year"] for r in out(res, "突破2.4万亿元")] == [2022]


def test_a_milestone_passed_with_no_value_beside_it_is_more_than_the_bar(tmp_path):
    body = "2024年，全区地区生产总值突破千亿元大关，一般公共预算收入首次超过60亿元。\n"
    res = extract(tmp_path, body, title="房山区经济运行", published="2025-01-22", reference_year=2025)
    assert [(r["indicator"], r["region"], r["year"], r["value"], r["qualifier"]) for r in out(res, "突破千亿元")] == [
        ("gdp", "fangshan", 2024, 1000, "more_than")]
    assert [(r["value"], r["qualifier"]) for r in out(res, "超过60亿元")] == [(60, "more_than")]
    # the exact value after the bar is the figure; a class reached (量级) and the steps counted (3个) are none
    body = ("2024年，全区地区生产总值跃上千亿元台阶，达到1036.2亿元。三地经济总量连跨3个万亿元台阶，"
            "北京、河北跨越4万亿元量级。\n")
    res = extract(tmp_path, body, title="房山区经济运行", published="2025-01-22", reference_year=2025)
    assert why(res, "上千亿元") == "threshold" and [r["value"] for r in out(res, "1036.2亿元")] == [1036.2]
    assert why(res, "3个") == "threshold" and why(res, "4万亿元") == "threshold"


def test_places_and_their_numbers_alone_take_the_measure_of_the_sentence_before(tmp_path):
    body = "会上介绍，河北拥有国家级非物质文化遗产项目163项，居全国前列。另外，北京有144项，天津45项。\n"
    res = extract(tmp_path, body, title="京津冀非遗保护", published="2016-06-10", reference_year=2016)
    assert [(r["candidate_id"], r["region"]) for r in out(res, "144项")] == [("国家级非物质文化遗产项目|项", "beijing")]
    assert [(r["candidate_id"], r["region"]) for r in out(res, "45项")] == [("国家级非物质文化遗产项目|项", "tianjin")]


def test_a_first_sentence_naming_one_place_as_the_city_makes_the_release_that_citys(tmp_path):
    body = ("本报记者 王静\n日前，市文旅局在全市文化和旅游工作会议上介绍，今年天津旅游收入预计增长8%左右。\n"
            "去年接待游客2.3亿人次\n回顾过去5年，全市文旅系统主动服务国家战略。\n"
            "文旅局相关负责人介绍，2023年，全年接待游客2.3亿人次，旅游收入超过2000亿元。\n")
    res = extract(tmp_path, body, title="去年接待游客2.3亿人次", published="2024-02-10", reference_year=2024)
    assert [(r["region"], r["year"]) for r in out(res, "超过2000亿元")] == [("tianjin", 2023)]


def test_where_a_route_goes_is_not_whose_it_is(tmp_path):
    body = "2024年，大厂县开通了6条到北京的通勤专线，日均服务乘客1.2万人次。\n"
    res = extract(tmp_path, body, title="大厂通勤", published="2024-12-10", reference_year=2024)
    assert regions(res, "6条") == ["dachang"] and regions(res, "1.2万人次") == ["dachang"]


def test_a_rate_written_with_a_slash_and_grain_in_jin_are_quantities(tmp_path):
    body = "2023年，天津市生活垃圾日均清运量2.6万吨/日，粮食总产量70.2亿斤。\n"
    res = extract(tmp_path, body, title="天津市2023年资源环境情况", published="2024-03-20", reference_year=2024)
    assert [(r["unit"], r["region"], r["year"]) for r in out(res, "2.6万吨/日")] == [("万吨/日", "tianjin", 2023)]
    assert [r["unit"] for r in out(res, "70.2亿斤")] == ["亿斤"]


def test_places_a_count_is_told_out_in_lend_no_subject_past_the_semicolon(tmp_path):
    body = ("截至2019年底，全省还有未脱贫县8个，分别是阜平、涞源、丰宁等5个深度贫困县以及围场县；"
            "建档立卡贫困村620个，剩余贫困人口12.3万人。\n")
    res = extract(tmp_path, body, title="河北脱贫攻坚进展", published="2020-03-10", reference_year=2020)
    assert regions(res, "620个") == ["hebei"] and regions(res, "12.3万人") == ["hebei"]


def test_a_zodiac_years_holiday_opens_a_period_and_page_controls_are_no_text(tmp_path):
    body = ("【字号: 大 中 小】 【背景色 杏仁黄 秋叶褐 银河白(默认色)\n\n"
            "  龙年春节假期期间,承德市多家景区人气火爆。全市共接待游客86万人次,同比增长31.2%。\n")
    res = extract(tmp_path, body, title="承德春节旅游红火", published="2024-02-19", reference_year=2024)
    assert [(r["region"], r["year"], r["candidate_id"]) for r in out(res, "86万人次")] == [
        ("chengde", 2024, "春节假期|接待游客|万人次")]


def test_a_sections_outline_number_over_its_heading_is_no_amount(tmp_path):
    body = ("2015年，全市用水总量38.2亿立方米。\n2.1 万元GDP能耗下降主要靠工业节能\n"
            "随着产业结构调整，2015年全市万元地区生产总值能耗比上年下降6.2%。\n")
    res = extract(tmp_path, body, title="北京市2015年能源利用情况", published="2016-03-01", reference_year=2016)
    assert not [r for r in res.rows if r["indicator"] == "gdp"]
    assert [r["value"] for r in out(res, "6.2%")] == [-6.2]


def test_a_month_named_in_a_statistics_headline_is_the_releases_period(tmp_path):
    res = extract(tmp_path, "全市PM2.5平均浓度为35微克/立方米，同比下降5.4%。\n", title="天津市9月空气质量综合指数同比下降25.4%",
                  published="2020-10-23", reference_year=2020)
    assert [r for r in res.rows if r["indicator"] == "pm25_annual_mean"] == []
    assert [(r["candidate_id"], r["year"]) for r in out(res, "35微克/立方米")] == [("9月|PM2.5平均浓度|微克/立方米", 2020)]
    # a date in a headline is no period
    res = extract(tmp_path, "全市PM2.5平均浓度为35微克/立方米。\n", title="9月1日起天津实施新的空气质量预警",
                  published="2020-09-02", reference_year=2020)
    assert out(res, "35微克/立方米")[0].get("candidate_id", "").startswith("9月") is False


def test_a_ranking_of_places_gives_each_the_measure_it_is_ranked_by(tmp_path):
    body = ("3月份，全省11个设区市PM2.5月均浓度由低到高顺序，依次是张家口25微克/立方米、承德31微克/立方米、"
            "秦皇岛44微克/立方米。\n")
    res = extract(tmp_path, body, title="3月河北省PM2.5平均浓度同比下降", published="2019-04-08", reference_year=2019)
    for raw, region in (("25微克/立方米", "zhangjiakou"), ("31微克/立方米", "chengde"), ("44微克/立方米", "qinhuangdao")):
        assert [(r["region"], r["year"], r["candidate_id"]) for r in out(res, raw)] == [
            (region, 2019, "3月|PM2.5月均浓度|微克/立方米")], raw


def test_a_rankings_bare_values_in_brackets_take_the_unit_of_its_measure(tmp_path):
    body = "二、全省11个设区市PM2.5平均浓度排名\n按PM2.5平均浓度由低到高的顺序依次是：张家口(31)、承德(40)和邢台(109)。\n"
    res = extract(tmp_path, body, title="河北省2月份空气质量排名出炉", published="2019-03-20", reference_year=2019)
    for raw, region in (("31", "zhangjiakou"), ("40", "chengde"), ("109", "xingtai")):
        assert [(r["region"], r["unit"], r["candidate_id"]) for r in out(res, raw)] == [
            (region, "微克/立方米", "2月|PM2.5平均浓度|微克/立方米")], raw
    # a district's count in brackets after its name is its own count, no aside
    body = "1-6月份，科技型中小企业排名前五位的区是滨海新区(2513家)、武清区(381家)、西青区(380家)。\n"
    res = extract(tmp_path, body, title="天津市科技型企业发展情况", published="2023-07-04", reference_year=2023)
    assert [r["region"] for r in out(res, "381家")] == ["wuqing"]


def test_a_measure_heading_that_leads_in_to_its_places_names_their_measure(tmp_path):
    body = "2020年，全市各区科技型企业数量分别是：东城区1203家，西城区1567家。\n"
    res = extract(tmp_path, body, title="北京市科技企业统计", published="2021-05-19", reference_year=2021)
    assert [(r["region"], r["year"]) for r in out(res, "1203家")] == [("dongcheng", 2020)]
    assert [(r["region"], r["year"]) for r in out(res, "1567家")] == [("xicheng", 2020)]


def test_aid_to_the_west_and_its_results_are_no_place_of_ours(tmp_path):
    body = ("上半年，我市拨付东西部协作财政资金18.2亿元，实施帮扶项目870个；助力受援地区退出贫困村2100个。"
            "上半年，全市地区生产总值8000亿元。\n")
    res = extract(tmp_path, body, title="天津市上半年经济运行和对口支援工作", published="2021-07-20", reference_year=2021)
    for raw in ("18.2亿元", "870个", "2100个"):
        assert out(res, raw) == [] and why(res, raw) == "other region", raw
    assert regions(res, "8000亿元") == ["tianjin"]


def test_aid_money_put_into_a_place_of_ours_is_counted_by_that_place(tmp_path):
    body = "2018年，北京市投入保定市6县帮扶资金3.2亿元，北京市地区生产总值30320亿元。\n"
    res = extract(tmp_path, body, title="京冀扶贫协作", published="2019-01-20", reference_year=2019)
    assert regions(res, "3.2亿元") == ["baoding"]
    assert regions(res, "30320亿元") == ["beijing"]


def test_only_the_milestone_itself_is_more_than_its_bar(tmp_path):
    body = "2019年，新增就业首次突破50万人，居民消费价格上涨2.7%。\n"
    res = extract(tmp_path, body, title="天津市2019年国民经济和社会发展计划执行情况", published="2020-01-20",
                  reference_year=2020)
    assert [r["qualifier"] for r in out(res, "突破50万人")] == ["more_than"]
    assert [r["qualifier"] for r in out(res, "2.7%")] == ["exact"]  # (its clause offset is the milestone's)
