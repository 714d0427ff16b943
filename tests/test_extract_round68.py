"""Round 68 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out


def test_money_in_another_currency_is_kept_in_it(tmp_path):
    body = "截至2020年6月底，河北在港上市企业累计融资约612亿港元，另有一家企业在欧洲发行债券3亿欧元。\n"
    res = extract(tmp_path, body, title="河北企业境外融资", published="2020-07-20", reference_year=2020)
    assert [(r["value"], r["unit"]) for r in out(res, "约612亿港元")] == [(612.0, "亿港元")]


def test_the_exchange_a_bond_is_sold_on_is_no_place_of_the_figure(tmp_path):
    body = "6月10日，天津市在深圳证券交易所成功发行2021年第3批政府债券236亿元。\n"
    res = extract(tmp_path, body, title="天津发行政府债券", published="2021-06-11", reference_year=2021)
    assert [r["region"] for r in out(res, "236亿元")] == ["tianjin"]


def test_a_firm_named_by_its_stock_code_has_its_own_figure_not_its_citys(tmp_path):
    body = "截至9月底，天津A股上市公司市值前三为：中远海能(600026.SH)512.3亿元、天士力(600535.SH)226.5亿元。\n"
    res = extract(tmp_path, body, title="天津上市公司市值", published="2021-10-08", reference_year=2021)
    assert not out(res, "512.3亿元") and not out(res, "226.5亿元")


def test_the_capitals_core_area_has_figures_of_its_own(tmp_path):
    body = "2024年，核心区完成平房申请式退租1860户。首都功能核心区常住人口为176.9万人。\n"
    res = extract(tmp_path, body, title="北京城市更新", published="2025-03-10", reference_year=2025)
    assert [r["region"] for r in out(res, "1860户") + out(res, "176.9万人")] == ["bj_core_area", "bj_core_area"]


def test_a_core_area_run_into_another_places_name_is_that_places_site(tmp_path):
    res = extract(tmp_path, "2021年，崇礼冬奥核心区新建雪道12条。\n", title="崇礼冰雪", published="2021-12-10",
                  reference_year=2021)
    assert "bj_core_area" not in {r["region"] for r in out(res, "12条")}


def test_beijings_other_functional_areas_are_none_of_ours(tmp_path):
    body = "1-5月，首都功能核心区完成投资120.5亿元；城市功能拓展区完成投资802.3亿元。\n"
    res = extract(tmp_path, body, title="北京1-5月固定资产投资", published="2015-06-20", reference_year=2015)
    assert [r["region"] for r in out(res, "120.5亿元")] == ["bj_core_area"] and not out(res, "802.3亿元")


def test_a_place_a_scope_leaves_out_and_the_place_shed_from_are_not_the_subject(tmp_path):
    body = "截至2024年底，北京市累计疏解首都功能核心区、中心城区(首都功能核心区除外)床位2800余张。\n"
    res = extract(tmp_path, body, title="医疗资源疏解", published="2024-12-20", reference_year=2024)
    assert [r["region"] for r in out(res, "2800余张")] == ["beijing"]


def test_the_commuter_ring_around_beijing_has_figures_of_its_own(tmp_path):
    body = "据统计，目前环京通勤人员约65万人，其中北三县通勤者超过18万。\n"
    res = extract(tmp_path, body, title="环京通勤", published="2024-06-20", reference_year=2024)
    assert [r["region"] for r in out(res, "约65万人")] == ["huanjing"]


def test_a_ring_of_vegetable_bases_around_beijing_is_no_place(tmp_path):
    body = "2023年，河北新认定环京周边蔬菜生产基地42家。\n"
    res = extract(tmp_path, body, title="河北蔬菜供应北京", published="2023-12-20", reference_year=2023)
    assert [r["region"] for r in out(res, "42家")] == ["hebei"]


def test_a_place_named_as_the_whole_of_a_share_after_in_is_not_its_subject(tmp_path):
    body = "数据显示，燕郊在环京地区中通勤量占比达到68.5%。\n"
    res = extract(tmp_path, body, title="环京通勤报告", published="2017-04-18", reference_year=2017)
    assert "huanjing" not in {r["region"] for r in out(res, "68.5%")}


def test_a_spring_release_counting_as_of_a_day_this_spring_is_of_this_year(tmp_path):
    body = ("据介绍，截至3月5日，全市规上工业企业复工率达到86%。\n"
            "从各区看，东丽区复工率达到97%。\n")
    res = extract(tmp_path, body, title="工业企业复工情况向好", published="2020-03-06", reference_year=2020,
                  publisher="天津日报")
    assert [r["year"] for r in out(res, "97%")] == [2020]


def test_a_spring_release_on_last_year_keeps_its_undated_figures_in_last_year(tmp_path):
    body = "截至2月底，天津市新增市场主体1.2万户，去年全年新增15.6万户。\n东丽区共有规上工业企业520家。\n"
    res = extract(tmp_path, body, title="天津工业经济", published="2020-03-06", reference_year=2020)
    assert [r["year"] for r in out(res, "520家")] == [2019]


def test_a_note_naming_the_base_year_dates_no_figure(tmp_path):
    body = "2018年末，全区共有法人单位5.2万个，比2013年末(2013年是第三次全国经济普查年份，下同)增长31.5%。产业活动单位6.1万个。\n"
    res = extract(tmp_path, body, title="大兴区第四次全国经济普查公报", published="2020-05-20", reference_year=2020)
    assert [r["year"] for r in out(res, "31.5%") + out(res, "6.1万个")] == [2018, 2018]


def test_two_rankings_side_by_side_give_each_figure_its_own_district(tmp_path):
    body = ("2024年5月，全市PM2.5平均浓度为31微克/立方米。\n"
            "2024年5月份各区PM2.5浓度统计表\n单位:微克/立方米\n排名 | 区 | 5月浓度 | 排名 | 区 | 1-5月浓度 |\n"
            "1 | 延庆区 | 25 | 1 | 密云区 | 33 |\n"
            "2 | 门头沟区 | 26 | 2 | 延庆区 | 34 |\n"
            "3 | 昌平区 | 28 | 3 | 怀柔区 | 36 |\n")
    res = extract(tmp_path, body, title="5月各区空气质量排名", published="2024-06-05", reference_year=2024)
    assert [r["region"] for r in out(res, "33微克/立方米")] == ["miyun"]
    assert [r["region"] for r in out(res, "26微克/立方米")] == ["mentougou"]
    assert [r["region"] for r in out(res, "36微克/立方米")] == ["huairou"]


def test_firms_counted_with_the_projects_they_brought_are_two_counts(tmp_path):
    body = "截至目前，沧州市共吸引国内外45家医药企业的62个项目落户，总投资150亿元。\n"
    res = extract(tmp_path, body, title="沧州承接医药产业转移", published="2023-04-20", reference_year=2023)
    assert out(res, "45家") and out(res, "62个")


def test_the_set_a_count_is_picked_from_stays_its_scope(tmp_path):
    body = "截至2024年底，天津南水的供水范围已覆盖16个行政区中的15个。\n"
    res = extract(tmp_path, body, title="南水北调通水十年", published="2025-01-10", reference_year=2025)
    assert not out(res, "16个")


def test_the_core_area_with_its_two_districts_in_brackets_is_the_core_area(tmp_path):
    body = "核心区(东城区和西城区)常住人口由2015年的220.3万人下降至2023年的178.6万人。\n"
    res = extract(tmp_path, body, title="北京人口疏解成效", published="2024-05-01", reference_year=2024)
    assert [r["region"] for r in out(res, "178.6万人")] == ["bj_core_area"]


def test_one_side_of_a_pair_of_counts_takes_no_place_from_the_sentence_before(tmp_path):
    body = "全力支持雄安新区建设，新建医院工程顺利推进。9家医院与承德市7家医院对接合作，累计指导合作医院新设科室18个。\n"
    res = extract(tmp_path, body, title="北京医疗卫生协同发展", published="2022-11-08", reference_year=2022)
    assert not out(res, "9家") and [r["region"] for r in out(res, "7家")] == ["chengde"]


def test_schools_the_three_places_help_in_xiongan_are_not_beijings_supported_schools(tmp_path):
    body = "2019年，三地已帮扶雄安38所学校。北京已对接支持雄安12所学校。\n"
    res = extract(tmp_path, body, title="京津冀教育协同发展", published="2020-01-10", reference_year=2020)
    assert [r.get("indicator") for r in out(res, "38所")] == [None]
    assert [r["indicator"] for r in out(res, "12所")] == ["xiongan_schools_supported"]


def test_a_headline_printed_again_over_the_text_is_not_the_releases_opening(tmp_path):
    body = ("网易首页 > 网易河北 > 正文\n\n198.5万人次,15.2亿元!张家口市文旅市场“热辣滚烫”\n\n0\n分享至\n\n"
            "在这个春节长假，张家口推出冰雪、民俗等特色文旅产品，旅游市场实现开门红。\n"
            "假期8天，全市共接待游客198.5万人次，旅游收入15.2亿元。\n")
    res = extract(tmp_path, body, title="198.5万人次,15.2亿元!张家口市文旅市场“热辣滚烫” ", published="2024-02-18",
                  reference_year=2024)
    assert [r["year"] for r in out(res, "15.2亿元")] == [2024]


def test_a_sentence_opening_on_an_estimate_estimates_every_clause_of_it(tmp_path):
    body = "五年来，区域经济持续向好。预计地区生产总值从1210.4亿元增长到1850亿元，年均增长8.8%；区级一般公共预算收入从110.2亿元增长到152.3亿元。\n"
    res = extract(tmp_path, body, title="西城区政府工作报告", published="2016-12-20", reference_year=2016)
    assert not out(res, "8.8%") and not out(res, "152.3亿元")
    assert [r["year"] for r in out(res, "110.2亿元")] == [2011]  # the period's first level, already known


def test_a_place_named_as_an_example_is_not_the_subject(tmp_path):
    body = "以“大红门”为代表的区域性批发市场全部疏解，常住人口由2015年的115.6万人降至101.3万人。\n"
    res = extract(tmp_path, body, title="丰台区政府工作报告", published="2021-01-15", reference_year=2021)
    assert [r["region"] for r in out(res, "101.3万人")] == ["fengtai"]


def test_the_aid_money_a_district_puts_in_is_its_own_figure(tmp_path):
    body = ("内蒙古某县是门头沟区京蒙东西部协作定点帮扶地区，2023年，门头沟区安排区级财政支援协作资金1350余万元，"
            "助力受援地区建成产业项目9个。\n")
    res = extract(tmp_path, body, title="门头沟区京蒙协作", published="2023-11-20", reference_year=2023)
    assert [r["region"] for r in out(res, "1350余万元")] == ["mentougou"]
    assert not out(res, "9个")  # what the aid built is the paired place's, none of ours


def test_a_whole_place_opening_a_list_of_sites_is_whose_the_sites_are(tmp_path):
    body = "截至10月7日，全区重点监测景区、宾馆酒店、城市综合体等45处旅游接待设施，假期累计接待游客约215.4万人次。\n"
    res = extract(tmp_path, body, title="国庆假期滨城游客", published="2023-10-08", reference_year=2023, publisher="天津滨海新区融媒体")
    assert [r["region"] for r in out(res, "约215.4万人次")] == ["binhai"]
