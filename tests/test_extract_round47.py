"""Round 47 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, regions


def _reasons(res, raw):
    return [s["reason"] for s in res.skipped if raw in s["raw"]]


def test_an_amount_in_renminbi_after_wan_is_money_not_people(tmp_path):
    body = "2023年，武清区引进项目中投资额在5000万人民币以上的有120个，全年实到内资80亿人民币。\n"
    res = extract(tmp_path, body, title="武清区招商引资", published="2024-01-20", reference_year=2024)
    assert not [r for r in res.candidates if r["unit"] == "万人"]
    assert [(r["unit"], r["value"]) for r in out(res, "80亿人民币")] == [("亿元", 80.0)]


def test_a_year_after_xiangdui_is_the_base_of_the_change(tmp_path):
    body = "今年国庆假期，承德市旅游收入相对2019年同期增长12.5%，接待游客相较2019年增长8.1%。\n"
    res = extract(tmp_path, body, title="承德国庆假期旅游", published="2023-10-08", reference_year=2023)
    assert {r["year"] for r in out(res, "12.5%") + out(res, "8.1%")} == {2023}


def test_a_cap_after_bu_chao_is_a_norm_not_a_count(tmp_path):
    body = "2024年，廊坊市新建的3所小学开学，每班不超40人，每校招生规模不超过480人，共招收新生1260人。\n"
    res = extract(tmp_path, body, title="廊坊新建小学开学", published="2024-09-02", reference_year=2024)
    assert not [r for r in res.rows + res.candidates if r["value"] in (40.0, 480.0)]
    assert [r["value"] for r in out(res, "1260人")] == [1260.0]


def test_the_size_of_each_machine_is_no_figure_of_the_place_but_their_count_is(tmp_path):
    body = ("2017年，唐山市丰润区关停2座450立方米高炉和3座50吨转炉，新投用10.5米纯电动公交车120辆。\n")
    res = extract(tmp_path, body, title="丰润区去产能", published="2017-12-20", reference_year=2017)
    assert not out(res, "450立方米") and not out(res, "50吨") and not out(res, "10.5米")
    assert [r["value"] for r in out(res, "120辆")] == [120.0]


def test_a_plan_with_its_amount_inside_is_the_plan_and_the_share_of_it_is_no_level(tmp_path):
    body = ("1-10月，天津市棚户区改造完成年度3万套开工任务的118%，完成全年260亿元投资任务的96%。\n")
    res = extract(tmp_path, body, title="天津棚户区改造进展", published="2016-11-15", reference_year=2016)
    assert not (out(res, "3万套") + out(res, "118%") + out(res, "260亿元") + out(res, "96%"))
    assert "target" in _reasons(res, "260亿元") and "share of a plan" in _reasons(res, "118%")


def test_each_year_of_a_list_after_the_measure_keeps_the_measure(tmp_path):
    body = ("十年来，涿州市税收收入2021年完成31.2亿元、2022年完成35.6亿元、今年截至目前完成29.8亿元。\n")
    res = extract(tmp_path, body, title="涿州财政十年", published="2023-09-30", reference_year=2023)
    rows = sorted((r["year"], r["value"]) for r in out(res, "31.2亿元") + out(res, "35.6亿元"))
    assert rows == [(2021, 31.2), (2022, 35.6)]
    assert {r["candidate_id"] for r in out(res, "31.2亿元") + out(res, "35.6亿元")} == {"税收收入|亿元"}


def test_a_paragraph_opening_on_nian_nei_goes_on_with_the_year_the_release_is_about(tmp_path):
    body = ("【概况】2019年，宝坻区居民收入稳步增长。全区城镇居民人均可支配收入38210元。\n\n"
            "【消费】年内，宝坻区城镇居民人均消费支出25120元，同比增长6.2%。\n\n"
            "【住房】当年，宝坻区农村居民人均住房面积41.5平方米。\n")
    res = extract(tmp_path, body, title="人民生活", published="2021-03-10", reference_year=2021)
    assert {r["year"] for r in out(res, "25120元") + out(res, "41.5平方米")} == {2019}
    body = "2024年，宝坻区累计引进北京项目320个。\n\n年内，宝坻区城镇居民人均消费支出27120元。\n"
    res = extract(tmp_path, body, title="宝坻区2024年经济运行", published="2024-12-20", reference_year=2024)
    assert [r["year"] for r in out(res, "27120元")] == [2024]  # (a release on this year: the same year)



def test_money_spoken_of_as_a_ratio_is_no_gdp(tmp_path):
    body = "北京环球度假区位于通州区。据测算，每1元钱的门票收入可以带动当地产生6元钱的GDP。\n"
    res = extract(tmp_path, body, title="环球度假区带动消费", published="2022-10-12", reference_year=2022)
    assert not res.rows and not res.candidates
    assert "ratio" in _reasons(res, "6元")


def test_a_bare_wan_after_a_count_named_in_trips_or_people_takes_that_unit(tmp_path):
    body = ("2022/2023雪季，张家口市滑雪人次统计为280万，同比增长12%。\n\n"
            "2023年3月，张家口市举办春季招聘会，吸引2万求职者前来应聘。\n")
    res = extract(tmp_path, body, title="张家口冰雪与就业", published="2023-04-20", reference_year=2023)
    assert [(r["unit"], r["value"]) for r in out(res, "280万")] == [("万人次", 280.0)]
    assert [r["candidate_id"] for r in out(res, "280万")] == ["滑雪人次|万人次"]
    assert [(r["unit"], r["value"]) for r in out(res, "2万")] == [("万人", 2.0)]


def test_an_age_groups_change_is_the_age_groups_not_the_populations(tmp_path):
    body = "天津市60岁及以上常住人口从2016年底的298.6万人上升到2020年底的345.2万人。\n"
    res = extract(tmp_path, body, title="天津老龄事业发展报告", published="2021-10-12", reference_year=2021)
    assert not res.rows
    assert {r["candidate_id"] for r in out(res, "345.2万人") + out(res, "298.6万人")} == {"60岁及以上常住人口|万人"}


def test_an_age_band_written_as_a_range_names_the_candidate(tmp_path):
    body = "2020年末，静海区0-14岁人口12.3万人，15—59岁人口51.6万人。\n"
    res = extract(tmp_path, body, title="静海区第七次人口普查公报", published="2021-06-01", reference_year=2021)
    assert [r["candidate_id"] for r in out(res, "12.3万人") + out(res, "51.6万人")] == [
        "0-14岁人口|万人", "15—59岁人口|万人"]


def test_a_paragraph_on_the_registered_population_gives_no_resident_population_rows(tmp_path):
    body = ("年末户籍人口为68.2万人，其中城镇人口41.5万人，乡村人口26.7万人。年内出生人口5120人，人口出生率为7.51‰。\n\n"
            "年末常住人口75.3万人，其中城镇人口49.8万人。\n")
    res = extract(tmp_path, body, title="大厂县2022年国民经济和社会发展统计公报", published="2023-04-01", reference_year=2023)
    assert not [r for r in res.rows if r["raw"] in ("41.5万人", "26.7万人", "5120人", "7.51‰")]
    assert [(r["indicator"], r["value"]) for r in res.rows if r["raw"] == "49.8万人"] == [("urban_population", 49.8)]
    body = ("年末全省常住人口7420.5万人。户籍人口城镇化率为40.12%，比上年末提高1.2个百分点。出生人口61.3万人，人口出生率为8.25‰。"
            "\n\n石家庄市户籍人口1012.3万，常住人口1120.5万。\n")
    res = extract(tmp_path, body, title="河北省2021年人口发展", published="2022-03-01", reference_year=2022)
    assert {r["indicator"] for r in res.rows} >= {"births", "birth_rate", "population_year_end"}  # (a rate of theirs)
    assert ("population_year_end", "shijiazhuang") in {(r["indicator"], r["region"]) for r in res.rows}  # (its own count)


def test_a_sector_after_zhan_is_the_whole_of_the_share_not_its_part(tmp_path):
    body = "2023年，东丽区服务业发展良好。物流业带动作用增强，增加值占第三产业比重达到16.2%。\n"
    res = extract(tmp_path, body, title="东丽区经济运行", published="2024-01-20", reference_year=2024)
    assert not res.rows and [r["candidate_id"] for r in out(res, "16.2%")] == ["增加值占第三产业比重|%|share"]


def test_a_sectors_workers_or_assets_falling_is_no_fall_of_its_value_added(tmp_path):
    body = ("2023年末，全市第二产业从业人员96.4万人，减少5.1万人，下降5.0%；第三产业法人单位资产总计8.6万亿元，增长12.4%。\n")
    res = extract(tmp_path, body, title="天津市第五次全国经济普查公报", published="2024-12-26", reference_year=2024)
    assert not res.rows


def test_a_clause_holding_only_a_verb_measures_what_the_trend_clause_before_names(tmp_path):
    body = ("今年前8个月，曹妃甸港区货物吞吐量完成2.1亿吨。集装箱吞吐量继续保持较快增长势头，完成58.2万标箱，同比增长21.3%。"
            "“十三五”以来，黄骅港吞吐量增长一直保持全省前列，去年完成26103.5万吨。\n")
    res = extract(tmp_path, body, title="唐山港口运行", published="2021-09-10", reference_year=2021)
    assert [(r["candidate_id"], r["year"]) for r in out(res, "58.2万标箱")] == [("1-8月|集装箱吞吐量|万标准箱", 2021)]
    assert [(r["candidate_id"], r["year"]) for r in out(res, "26103.5万吨")] == [("吞吐量|万吨", 2020)]  # (a whole year)


def test_the_measure_a_sentences_figures_are_examples_of_names_them(tmp_path):
    body = "三地公共文化服务仍有差距。以人均公共图书馆藏书为例，2015年河北为0.31册，北京为1.21册，天津为1.12册。\n"
    res = extract(tmp_path, body, title="京津冀发展差距", published="2016-05-01", reference_year=2016)
    assert sorted((r["region"], r["candidate_id"]) for r in out(res, "0.31册") + out(res, "1.21册") + out(res, "1.12册")) == [
        ("beijing", "人均公共图书馆藏书|册"), ("hebei", "人均公共图书馆藏书|册"), ("tianjin", "人均公共图书馆藏书|册")]


def test_a_later_point_of_a_years_series_fallen_to_a_level_keeps_the_measure(tmp_path):
    body = "在大气治理方面，2013年天津PM2.5为96微克/立方米，2023年降为41微克/立方米，重污染天数大幅减少。\n"
    res = extract(tmp_path, body, title="天津生态十年", published="2024-03-01", reference_year=2024)
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "41微克/立方米")] == [("pm25_annual_mean", "tianjin", 2023)]


def test_retired_people_and_money_named_after_a_bare_yi_take_their_units(tmp_path):
    body = "2024年，全市285万退休人员养老金通过社保卡发放。\n\n2024年，唐山市京津项目到位120亿资金。\n"
    res = extract(tmp_path, body, title="唐山社保与投资", published="2024-12-01", reference_year=2024)
    assert [(r["unit"], r["value"]) for r in out(res, "285万")] == [("万人", 285.0)]
    assert [(r["unit"], r["value"]) for r in out(res, "120亿")] == [("亿元", 120.0)]


def test_a_place_where_the_subject_held_its_events_is_not_whose_figures_follow(tmp_path):
    body = "积极承接北京非首都功能疏解，在京举办专题招商推介会30余场次，引进北京企业512家，注册资金61.5亿元。\n"
    res = extract(tmp_path, body, title="河西区政府工作报告", published="2021-01-20", reference_year=2021)
    assert set(regions(res, "512家") + regions(res, "61.5亿元")) == {"hexi"}


def test_where_a_place_has_built_after_gong_zai_is_not_whose_figures_follow(tmp_path):
    body = "截至2019年底，天津港共在京津冀地区布局建设了12个内陆无水港。\n"
    res = extract(tmp_path, body, title="天津港内陆港建设", published="2020-01-15", reference_year=2020)
    assert regions(res, "12个") == ["tianjin_port"]


def test_a_place_after_zai_before_a_share_in_it_is_the_whole_not_the_subject(tmp_path):
    body = "2019年，天津市在京津冀机场群旅客吞吐量中占比达到16.8%，提升0.5个百分点。\n"
    res = extract(tmp_path, body, title="天津机场", published="2020-01-15", reference_year=2020)
    assert regions(res, "16.8%") == ["tianjin"]


def test_how_many_places_things_are_spread_over_is_no_count_of_the_things(tmp_path):
    body = "2020年，河北省光伏扶贫电站分布在全省62个贫困县，年收益约9.1亿元。\n"
    res = extract(tmp_path, body, title="河北光伏扶贫", published="2020-11-12", reference_year=2020)
    assert not out(res, "62个") and "count of places" in _reasons(res, "62个")
    assert [r["value"] for r in out(res, "约9.1亿元")] == [9.1]


def test_the_parts_of_a_registered_population_are_named_as_registered_candidates(tmp_path):
    body = "年末户籍人口为68.2万人，其中城镇人口41.5万人，60周岁以上人口14.3万人。年内出生人口5120人。\n"
    res = extract(tmp_path, body, title="大厂县2022年国民经济和社会发展统计公报", published="2023-04-01", reference_year=2023)
    assert [r["candidate_id"] for r in out(res, "41.5万人") + out(res, "14.3万人") + out(res, "5120人")] == [
        "户籍城镇人口|万人", "60周岁以上户籍人口|万人", "户籍出生人口|人"]


def test_a_province_whose_first_it_was_is_not_the_subject_of_the_figures_after_it(tmp_path):
    body = ("2022年，唐山港至宁波港集装箱航线正式开通，首次开启河北省海铁联运新模式，港口吞吐量完成7.68亿吨。\n")
    res = extract(tmp_path, body, title="唐山市人民政府工作报告", published="2023-01-16", reference_year=2023)
    assert regions(res, "7.68亿吨") == ["tangshan"]
