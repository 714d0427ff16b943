"""Round 31 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, regions, rows, skip_reasons, why


def test_a_named_mall_or_garment_city_is_a_site_of_its_own_not_its_city(tmp_path):
    body = ("沧州华北商贸城目前已累计签约5200余户北京商户，华北商贸城D座营业面积4.2万平方米。\n"
            "截至目前，累计签约北京商户5200余户，全市新增市场主体1.1万户。\n")
    res = extract(tmp_path, body, title="沧州承接北京批发市场", published="2019-06-12", reference_year=2019)
    assert "sub-area" in skip_reasons(res, "5200余户") and why(res, "4.2万平方米") == "sub-area"
    assert out(res, "5200余户") == []  # said again without the mall: still the mall's, not 沧州's
    assert regions(res, "1.1万户") == ["cangzhou"]  # the city's own figure stays the city's
    res = extract(tmp_path, "2020年，永清国际服装城入驻企业310家。\n", title="永清承接服装产业",
                  published="2021-05-10", reference_year=2021)
    assert why(res, "310家") == "sub-area"


def test_the_place_a_leaders_speech_addressed_is_not_the_subject_of_a_district_report(tmp_path):
    body = ("过去五年，全区深入贯彻习近平总书记对北京重要讲话精神，在建设用地净减6平方公里的情况下，"
            "单位产值水耗下降21%。\n")
    res = extract(tmp_path, body, title="2022年北京市顺义区政府工作报告", published="2021-12-20", reference_year=2021)
    assert regions(res, "21%") == ["shunyi"] and regions(res, "6平方公里") == ["shunyi"]
    assert [r["phrase"] for r in out(res, "6平方公里")] == ["建设用地"]  # neither 在 nor 净 is part of the measure
    # a place that acts in the same sentence is still the subject
    res = extract(tmp_path, "2021年，北京认真落实总书记重要讲话精神，北京地区生产总值增长8.5%。\n",
                  title="北京经济运行", published="2022-01-20", reference_year=2022)
    assert regions(res, "8.5%") == ["beijing"]


def test_the_head_the_last_item_of_a_list_carries_is_every_items(tmp_path):
    body = "2019年，全市二氧化硫、氮氧化物和氨氮排放总量比上年分别下降11.2%、8.7%和4.1%。\n"
    res = extract(tmp_path, body, title="天津市2019年环境状况公报", published="2020-06-05", reference_year=2020)
    assert out(res, "11.2%") and not [r for r in res.rows if r["raw"] == "11.2%"]  # emissions, not the SO2 concentration
    assert [r["phrase"] for r in out(res, "11.2%")] == ["二氧化硫排放总量"]
    assert [r["phrase"] for r in out(res, "8.7%")] == ["氮氧化物排放总量"]
    # the concentration of SO2 is still the catalogue's
    res = extract(tmp_path, "2019年，全市二氧化硫、二氧化氮年均浓度分别下降20%和9.5%。\n",
                  title="天津市2019年环境状况公报", published="2020-06-05", reference_year=2020)
    assert [r["indicator"] for r in res.rows if r["raw"] == "20%"] == ["so2_change_yoy"]


def test_since_the_start_of_the_release_year_in_spring_is_this_year_so_far_not_the_year_just_closed(tmp_path):
    body = "2023年，港口集装箱吞吐量完成2200万标准箱；2024年以来，天津港集装箱吞吐量完成190万标准箱。\n"
    res = extract(tmp_path, body, title="天津港生产", published="2024-02-20", reference_year=2024)
    assert [(r["year"], r["value"]) for r in res.rows if r["indicator"] == "port_container_throughput"] == [(2023, 2200)]
    assert not [r for r in out(res, "190万标准箱") if r["year"] == 2023]  # two months of 2024 are no figure of 2023
    # since an earlier year, it is still a running total up to the year just closed
    res = extract(tmp_path, "2014年以来，天津累计引进北京项目超过6000个。\n", title="京津合作", published="2024-02-20",
                  reference_year=2024)
    assert [(r["year"], r["period_start"]) for r in out(res, "超过6000个")] == [(2023, 2014)]


def test_how_many_districts_met_a_bar_is_no_figure(tmp_path):
    res = extract(tmp_path, "五年来，全市拆除违法建设2.3亿平方米，9个区及经济技术开发区率先实现基本无违法建设区创建目标。\n",
                  title="北京市政府工作报告", published="2023-01-15", reference_year=2023)
    assert why(res, "9个") == "count of places"
    assert regions(res, "2.3亿平方米") == ["beijing"]
    res = extract(tmp_path, "2022年，全市16个区全部实现垃圾分类示范片区创建。\n", title="北京垃圾分类",
                  published="2023-01-15", reference_year=2023)
    assert out(res, "16个") == []


def test_a_line_that_opens_the_sentence_keeps_its_length_past_the_places_it_runs_through(tmp_path):
    body = ("京雄城际铁路起自北京西站，经北京市大兴区、河北省廊坊市固安县，进入雄安新区，线路全长91公里。\n"
            "津兴城际铁路与京雄城际铁路共线运行，线路从固安东站向东引出，经廊坊市永清县，胜芳至北辰段长38公里。\n")
    res = extract(tmp_path, body, title="京雄城际铁路开通", published="2020-12-27", reference_year=2020)
    assert regions(res, "91公里") == ["jingxiong_intercity"]  # not 雄安新区, the last place it runs through
    assert [(r["region"], r["phrase"]) for r in out(res, "38公里")] == [("jinxing_intercity", "区段长度")]
    # a bridge's length after a line's route is still a dimension
    res = extract(tmp_path, "京雄城际铁路经固安，其中永定河特大桥全长11公里。\n", title="京雄城际铁路",
                  published="2020-12-27", reference_year=2020)
    assert why(res, "11公里") == "dimension"


def test_a_spring_headline_that_puts_a_scheme_into_force_dates_its_first_batch_to_its_own_year(tmp_path):
    body = "三地卫生部门决定，2018年1月1日起正式实施检验结果互认。首批互认的医疗机构共296家，互认项目共27项。\n"
    res = extract(tmp_path, body, title="京津冀医疗机构检验结果互认正式实施", published="2018-01-05", reference_year=2018)
    assert {r["year"] for r in out(res, "296家") + out(res, "27项")} == {2018}
    # a spring report on last year's work still dates its figures to the year just closed
    res = extract(tmp_path, "京津冀检验结果互认的医疗机构共296家，互认项目共27项。\n", title="京津冀医疗协作工作会议",
                  published="2018-01-05", reference_year=2018)
    assert {r["year"] for r in out(res, "296家") + out(res, "27项")} == {2017}


def test_a_places_gdp_worded_as_the_countrys_measure_is_the_places_gdp(tmp_path):
    body = "2017年北京地区国内生产总值超过2.8万亿元，北京人均国内生产总值达到19,100美元。\n"
    res = extract(tmp_path, body, title="北京改革开放40年经济成就", published="2018-12-27", reference_year=2018)
    assert rows(res, "超过2.8万亿元") == [("gdp", "beijing", 2017)]
    assert [(r["region"], r["year"], r["value"]) for r in out(res, "19,100美元")] == [("beijing", 2017, 19100)]
    # the country's own GDP in a Beijing release is still no figure of Beijing
    res = extract(tmp_path, "2017年国内生产总值增长6.9%，北京地区生产总值增长6.7%。\n", title="北京经济",
                  published="2018-01-20", reference_year=2018)
    assert out(res, "6.9%") == [] and regions(res, "6.7%") == ["beijing"]


def test_baiyangdian_lake_is_a_site_of_its_own_but_not_what_is_named_after_it(tmp_path):
    body = "2022年，白洋淀淀区总磷浓度同比下降12.5%，野生鸟类增加至276种。\n"
    res = extract(tmp_path, body, title="雄安新区生态环境持续向好", published="2023-01-10", reference_year=2023)
    assert regions(res, "12.5%") == ["baiyangdian"] and regions(res, "276种") == ["baiyangdian"]
    res = extract(tmp_path, "2015年，保定白洋淀科技城签约项目13个，总投资313亿元。\n", title="保定白洋淀科技城开建",
                  published="2015-10-19", reference_year=2015)
    assert "baiyangdian" not in regions(res, "313亿元") + regions(res, "13个")


def test_three_places_listed_before_san_di_are_those_places_not_jing_jin_ji(tmp_path):
    res = extract(tmp_path, "京、津、廊三地目前已实施教育协作项目186个。北京、天津、河北三地已实施教育协作项目420个。\n",
                  title="教育协同发展", published="2019-04-12", reference_year=2019)
    assert out(res, "186个") == []  # 廊坊 is no part of 京津冀 as a whole
    assert regions(res, "420个") == ["jjj"]


def test_the_three_science_cities_and_one_zone_are_a_place_of_their_own(tmp_path):
    res = extract(tmp_path, "1-8月，“三城一区”规模以上企业研发人员占比接近六成，全市研发经费增长9.1%。\n",
                  title="北京市前三季度经济运行", published="2021-10-21", reference_year=2021)
    assert regions(res, "接近六成") == ["sancheng_yiqu"] and regions(res, "9.1%") == ["beijing"]


def test_a_clause_on_how_cooperation_goes_is_no_subject_of_the_figures_after_it(tmp_path):
    body = "记者从北京市园林绿化工作会上获悉，京津冀三地林业合作持续走向深入，新增造林6万亩。\n"
    res = extract(tmp_path, body, title="北京去年新增造林6万亩", published="2019-01-24", reference_year=2019)
    assert regions(res, "6万亩") == ["beijing"]
    # the cooperation's own count is still the region's
    res = extract(tmp_path, "2018年，京津冀三地合作项目达到120个。\n", title="京津冀协同发展", published="2019-01-24",
                  reference_year=2019)
    assert regions(res, "120个") == ["jjj"]


def test_a_total_over_years_counted_back_is_no_years_level(tmp_path):
    res = extract(tmp_path, "京津城际在过去的十年间累计发送旅客2.5亿人次，2017年发送旅客3100万人次。\n",
                  title="京津城际开通十周年", published="2018-08-01", reference_year=2018)
    assert rows(res, "2.5亿人次") == []  # ten years' passengers are no figure of 2018's
    assert [(r["year"], r["period_start"], r["phrase"]) for r in out(res, "2.5亿人次")] == [(2018, 2008, "发送旅客")]
    # the line's own year (round 32: a line's passengers are a candidate, not the area's yearly railway passengers)
    assert rows(res, "3100万人次") == []
    assert [(r["region"], r["year"]) for r in res.candidates if r["raw"] == "3100万人次"] == [("jingjin_intercity", 2017)]


def test_a_change_that_fell_to_a_value_is_that_value_not_a_fall_of_it(tmp_path):
    res = extract(tmp_path, "常住人口增量从2011年的56.7万人降至2016年的2.4万人。\n", title="北京五年发展回顾",
                  published="2017-06-13", reference_year=2017)
    assert [(r["year"], r["value"]) for r in res.rows if r["raw"] == "2.4万人"] == [(2016, 2.4)]
    # a fall of so much is still negative
    res = extract(tmp_path, "2016年末常住人口比上年末减少2.4万人。\n", title="北京人口", published="2017-01-22",
                  reference_year=2017)
    assert [r["value"] for r in res.rows if r["raw"] == "2.4万人"] == [-2.4]


def test_a_rate_set_as_the_years_growth_target_is_a_target(tmp_path):
    body = "2018年，天津市生产总值增长3.6%左右。而天津市2019年设定的4.5%左右的GDP增速目标又创下近年来新低。\n"
    res = extract(tmp_path, body, title="天津2019年经济增速目标", published="2019-01", reference_year=2019)
    assert why(res, "4.5%左右") == "target"
    assert rows(res, "3.6%左右") == [("gdp_growth_real", "tianjin", 2018)]


def test_a_rate_per_unit_of_output_names_no_area(tmp_path):
    body = "2018年，全区地区生产总值增长6.5%，单位地区生产总值能耗下降3.8%，细颗粒物年均浓度下降到52微克/立方米。\n"
    res = extract(tmp_path, body, title="东城区2018年国民经济和社会发展计划执行情况", published="2019-01-08",
                  reference_year=2019)
    assert regions(res, "3.8%") == ["dongcheng"] and regions(res, "52微克/立方米") == ["dongcheng"]
