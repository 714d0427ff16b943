"""Round 28 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, said


def test_a_year_whose_level_is_matched_is_a_base_and_the_figures_keep_the_releases_year(tmp_path):
    res = extract(tmp_path, "2023年10月末，本市地下水平均埋深为15.20米，接近2003年的水平；与2016年同期相比，平均回升8.30米，"
                  "地下水储量增加42.5亿立方米。\n",
                  title="北京地下水位持续回升", published="2023-11-10", reference_year=2023)
    assert said(res, "8.30米", "year") == {2023} and said(res, "42.5亿立方米", "year") == {2023}


def test_a_spring_releases_figure_dated_by_a_day_already_past_is_no_plan(tmp_path):
    res = extract(tmp_path, "2024年3月11日，全市地下水平均埋深为13.05米。\n",
                  title="北京市水务局通报地下水动态", published="2024-03-15", reference_year=2024)
    assert said(res, "13.05米", "year") == {2024}
    res = extract(tmp_path, "天津3月8日，全市今年将安排重点项目600个。\n",  # a dateline is no date of the figure
                  title="天津今年安排重点项目", published="2024-03-09", reference_year=2024)
    assert said(res, "600个") == set() and out(res, "600个") == []


def test_tianjins_tiankai_park_and_wuqings_jingbin_park_report_as_parks_not_as_their_city(tmp_path):
    res = extract(tmp_path, "天开园累计注册企业2600家，带动就业1.2万人，新增税收1.9亿元。\n",
                  title="天开高教科创园成立一周年", published="2024-05-20", reference_year=2024)
    assert {r for raw in ("2600家", "1.2万人", "1.9亿元") for r in said(res, raw)} == {"tiankai_park"}
    res = extract(tmp_path, "今年上半年，京滨工业园实现规模工业产值38.6亿元，同比增长12.4%；完成固定资产投资3.2亿元。\n",
                  title="武清区京滨工业园上半年经济运行良好", published="2023-08-10", reference_year=2023)
    assert {r for raw in ("38.6亿元", "3.2亿元") for r in said(res, raw)} == {"wuqing_jingbin_park"}


def test_a_park_a_numberless_clause_describes_is_no_subject_of_the_citys_figures_after_it(tmp_path):
    res = extract(tmp_path, "五年来，中新天津生态城成为绿色发展新地标，35家全国重点实验室聚力赋能，国家科技型中小企业超1.1万家。\n",
                  title="天津市政府工作报告", published="2025-01-20", reference_year=2025)
    assert said(res, "1.1万家") == {"tianjin"}


def test_guanting_reservoirs_figures_are_the_reservoirs(tmp_path):
    res = extract(tmp_path, "官厅水库建库70年来，累计发电80亿千瓦时，拦蓄泥沙6.1亿立方米。\n",
                  title="官厅水库建成70周年", published="2024-05-16", reference_year=2024)
    assert said(res, "80亿千瓦时") == {"guanting_reservoir"}


def test_a_city_beijing_aids_outside_the_region_has_figures_that_are_not_beijings(tmp_path):
    res = extract(tmp_path, "北京援藏医疗队帮助拉萨市人民医院率先实施25余项新技术，惠及3万多名群众。\n",
                  title="北京扶贫协作和对口支援工作综述", published="2020-01-14", reference_year=2020)
    assert "beijing" not in said(res, "25余项") | said(res, "3万多名")


def test_firms_registered_in_beijing_counted_where_they_settled_are_not_beijings(tmp_path):
    res = extract(tmp_path, "目前，落户园区的京籍药企达到96家。\n",
                  title="沧州生物医药产业园", published="2018-03-05", reference_year=2018)
    assert "beijing" not in said(res, "96家")


def test_a_year_before_a_short_act_and_yilai_starts_a_running_total(tmp_path):
    res = extract(tmp_path, "2015年精准识别以来，全省共有30个贫困县摘帽、210万贫困人口脱贫。\n",
                  title="河北脱贫攻坚取得决定性进展", published="2019-10-16", reference_year=2019)
    assert said(res, "30个", "year") == {2019} and said(res, "210万", "year") == {2019}


def test_the_countrys_cities_or_listed_companies_are_national_figures_not_the_headlines_city(tmp_path):
    res = extract(tmp_path, "中国城市上市公司总市值2022年底合计超过80万亿元。\n",
                  title="城市市值排行榜发布：北京总市值居首", published="2023-01-07", reference_year=2023)
    assert said(res, "80万亿元") == set() and out(res, "80万亿元") == []


def test_listed_companies_market_value_is_a_regions_figure_not_one_firms(tmp_path):
    res = extract(tmp_path, "天津512家上市公司去年底总市值达1.35万亿元。\n",
                  title="城市市值排行榜", published="2020-01-07", reference_year=2020)
    assert said(res, "1.35万亿元") == {"tianjin"}


def test_buildings_listed_as_carriers_and_a_ministry_city_partnership_name_no_subject(tmp_path):
    res = extract(tmp_path, "五年来，我区用好部市合作平台，打造金融街中心、天津国际金融大厦等承接载体，累计引进北京项目500余个。\n",
                  title="和平区人民政府工作报告", published="2021-12-12", reference_year=2021)
    assert {r["region"] for r in out(res, "500余个")} == {"heping"}


def test_investment_from_beijings_direction_lands_where_the_release_is(tmp_path):
    res = extract(tmp_path, "2024年，我区落地北京方向投资额超25亿元。\n",
                  title="天津市河东区2024年国民经济和社会发展计划执行情况", published="2025-01-23", reference_year=2025)
    assert said(res, "25亿元") == {"hedong"}


def test_how_far_a_work_or_campaign_has_got_is_no_figure(tmp_path):
    res = extract(tmp_path, "上半年，全区专项行动整体进度达65%。地铁22号线平谷段已完成总工程量的52%。2022年，平谷区农产品出口额增长12.5%。\n",
                  title="平谷区上半年重点工作进展", published="2023-07-20", reference_year=2023)
    assert out(res, "65%") == [] and out(res, "52%") == [] and said(res, "12.5%") == {"pinggu"}


def test_the_days_a_figure_was_counted_over_and_what_something_could_do_are_no_figures(tmp_path):
    res = extract(tmp_path, "“五一”假期，白洋淀景区5天共接待游客12.6万人次。每辆氢能公交车可以续航450公里。\n",
                  title="雄安新区“五一”假期旅游市场", published="2023-05-04", reference_year=2023)
    assert out(res, "5天") == [] and out(res, "450公里") == []
    # (the visitors are still read, as the scenic area's own: a sub-area, no region of ours, since round 42)
    assert [s["reason"] for s in res.skipped if s["raw"] == "12.6万人次"] == ["sub-area"]


def test_a_component_of_disposable_income_is_not_the_income(tmp_path):
    res = extract(tmp_path, "2019年，工资性收入在城镇居民人均可支配收入中占比60.1%；城镇居民工资性收入为44100.5元/人，"
                  "城镇居民经营净收入为1030.2元/人。\n",
                  title="北京居民收入结构", published="2020-03-01", reference_year=2020)
    assert [r for raw in ("44100.5元", "1030.2元") for r in out(res, raw)
            if r.get("indicator") == "urban_disposable_income_per_capita"] == []


def test_a_yardstick_and_one_persons_story_are_no_figures_of_a_place(tmp_path):
    res = extract(tmp_path, "2022年，滨海新区光伏发电量相当于25万户居民的年用电量。在沧州，现在他花30万元买下了50平方米的商铺。"
                  "2022年，沧州新增市场主体4.2万户。据他介绍2022年沧州新增就业8.1万人。\n",
                  title="滨海新区和沧州的新变化", published="2023-01-10", reference_year=2023)
    assert out(res, "25万户") == [] and out(res, "30万元") == [] and out(res, "50平方米") == []
    assert said(res, "4.2万户") == {"cangzhou"} and out(res, "8.1万人") != []  # (an official quoted still counts)


def test_an_organ_of_a_city_government_publishing_about_wo_shi_makes_its_city_the_subject(tmp_path):
    res = extract(tmp_path, "生物医药规上企业达240家，其中化学药企业50家。\n",
                  title="我市生物医药产业发展势头强劲", publisher="天津市工业和信息化局", published="2025-12-19",
                  reference_year=2025)
    assert said(res, "240家") == {"tianjin"} and said(res, "50家") == {"tianjin"}


def test_a_new_areas_start_area_is_a_stage_of_its_plan_not_another_place(tmp_path):
    res = extract(tmp_path, "2023年，雄安新区大规模开发建设势头良好。启动区重点市政基础设施基本建成，全年固定资产投资增长18%。\n",
                  title="雄安新区2023年建设综述", published="2024-01-22", reference_year=2024)
    assert {r["region"] for r in out(res, "18%")} == {"xiongan"}
