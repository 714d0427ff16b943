"""Round 68 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out, read_as_test
from tests.extract_support import release_front as _front

_RANKINGS = ("2024年5月，全市PM2.5平均浓度为31微克/立方米。\n"
             "2024年5月份各区PM2.5浓度统计表\n单位:微克/立方米\n排名 | 区 | 5月浓度 | 排名 | 区 | 1-5月浓度 |\n"
             "1 | 延庆区 | 25 | 1 | 密云区 | 33 |\n2 | 门头沟区 | 26 | 2 | 延庆区 | 34 |\n3 | 昌平区 | 28 | 3 | 怀柔区 | 36 |\n")
_RANKINGS_FRONT = _front("5月各区空气质量排名", "2024-06-05", 2024)
_PAIR = "全力支持雄安新区建设，新建医院工程顺利推进。9家医院与承德市7家医院对接合作，累计指导合作医院新设科室18个。\n"
_PAIR_FRONT = _front("北京医疗卫生协同发展", "2022-11-08", 2022)
_AID = ("内蒙古某县是门头沟区京蒙东西部协作定点帮扶地区，2023年，门头沟区安排区级财政支援协作资金1350余万元，"
        "助力受援地区建成产业项目9个。\n")
_AID_FRONT = _front("门头沟区京蒙协作", "2023-11-20", 2023)
_ESTIMATE = ("五年来，区域经济持续向好。预计地区生产总值从1210.4亿元增长到1850亿元，年均增长8.8%；"
             "区级一般公共预算收入从110.2亿元增长到152.3亿元。\n")
_ESTIMATE_FRONT = _front("西城区政府工作报告", "2016-12-20", 2016)
_AREAS = "1-5月，首都功能核心区完成投资120.5亿元；城市功能拓展区完成投资802.3亿元。\n"
_AREAS_FRONT = _front("北京1-5月固定资产投资", "2015-06-20", 2015)
_FIRMS = "截至目前，沧州市共吸引国内外45家医药企业的62个项目落户，总投资150亿元。\n"
_FIRMS_FRONT = _front("沧州承接医药产业转移", "2023-04-20", 2023)
_CENSUS = "2018年末，全区共有法人单位5.2万个，比2013年末(2013年是第三次全国经济普查年份，下同)增长31.5%。产业活动单位6.1万个。\n"
_CENSUS_FRONT = _front("大兴区第四次全国经济普查公报", "2020-05-20", 2020)

# (body, front matter, the figure as written, the (region, year) it is read as)
READ_AS = [
    pytest.param("6月10日，天津市在深圳证券交易所成功发行2021年第3批政府债券236亿元。\n",
                 _front("天津发行政府债券", "2021-06-11", 2021), "236亿元", ("tianjin", 2021),
                 id="the_exchange_a_bond_is_sold_on_is_no_place_of_the_figure"),
    pytest.param("2024年，核心区完成平房申请式退租1860户。\n", _front("北京城市更新", "2025-03-10", 2025), "1860户",
                 ("bj_core_area", 2024), id="the_capitals_core_area_has_figures_of_its_own"),
    pytest.param(_AREAS, _AREAS_FRONT, "120.5亿元", ("bj_core_area", 2015), id="the_core_area_beside_the_other_functional_areas"),
    pytest.param("核心区(东城区和西城区)常住人口由2015年的220.3万人下降至2023年的178.6万人。\n",
                 _front("北京人口疏解成效", "2024-05-01", 2024), "178.6万人", ("bj_core_area", 2023),
                 id="the_core_area_with_its_two_districts_in_brackets_is_the_core_area"),
    pytest.param("截至2024年底，北京市累计疏解首都功能核心区、中心城区(首都功能核心区除外)床位2800余张。\n",
                 _front("医疗资源疏解", "2024-12-20", 2024), "2800余张", ("beijing", 2024),
                 id="a_place_a_scope_leaves_out_and_the_place_shed_from_are_not_the_subject"),
    pytest.param("据统计，目前环京通勤人员约65万人，其中北三县通勤者超过18万。\n", _front("环京通勤", "2024-06-20", 2024),
                 "约65万人", ("huanjing", 2024), id="the_commuter_ring_around_beijing_has_figures_of_its_own"),
    pytest.param("2023年，河北新认定环京周边蔬菜生产基地42家。\n", _front("河北蔬菜供应北京", "2023-12-20", 2023), "42家",
                 ("hebei", 2023), id="a_ring_of_vegetable_bases_around_beijing_is_no_place"),
    pytest.param("据介绍，截至3月5日，全市规上工业企业复工率达到86%。\n从各区看，东丽区复工率达到97%。\n",
                 _front("工业企业复工情况向好", "2020-03-06", 2020, publisher="天津日报"), "97%", ("dongli", 2020),
                 id="a_spring_release_counting_as_of_a_day_this_spring_is_of_this_year"),
    pytest.param("截至2月底，天津市新增市场主体1.2万户，去年全年新增15.6万户。\n东丽区共有规上工业企业520家。\n",
                 _front("天津工业经济", "2020-03-06", 2020), "520家", ("dongli", 2019),
                 id="a_spring_release_on_last_year_keeps_its_undated_figures_in_last_year"),
    pytest.param(_CENSUS, _CENSUS_FRONT, "31.5%", ("daxing", 2018), id="a_note_naming_the_base_year_dates_no_change"),
    pytest.param(_CENSUS, _CENSUS_FRONT, "6.1万个", ("daxing", 2018), id="a_note_naming_the_base_year_dates_no_later_figure"),
    pytest.param(_RANKINGS, _RANKINGS_FRONT, "33微克/立方米", ("miyun", 2024), id="the_second_ranking_names_its_own_first"),
    pytest.param(_RANKINGS, _RANKINGS_FRONT, "26微克/立方米", ("mentougou", 2024), id="the_first_ranking_keeps_its_places"),
    pytest.param(_RANKINGS, _RANKINGS_FRONT, "36微克/立方米", ("huairou", 2024), id="the_second_ranking_names_its_own_third"),
    pytest.param(_PAIR, _PAIR_FRONT, "7家", ("chengde", 2022), id="the_partners_own_count_is_the_partners"),
    pytest.param(_FIRMS, _FIRMS_FRONT, "45家", ("cangzhou", 2023), id="firms_counted_with_the_projects_they_brought"),
    pytest.param(_FIRMS, _FIRMS_FRONT, "62个", ("cangzhou", 2023), id="the_projects_the_counted_firms_brought"),
    pytest.param("网易首页 > 网易河北 > 正文\n\n198.5万人次,15.2亿元!张家口市文旅市场“热辣滚烫”\n\n0\n分享至\n\n"
                 "在这个春节长假，张家口推出冰雪、民俗等特色文旅产品，旅游市场实现开门红。\n"
                 "假期8天，全市共接待游客198.5万人次，旅游收入15.2亿元。\n",
                 _front("198.5万人次,15.2亿元!张家口市文旅市场“热辣滚烫” ", "2024-02-18", 2024), "15.2亿元",
                 ("zhangjiakou", 2024), id="a_headline_printed_again_over_the_text_is_not_the_releases_opening"),
    pytest.param(_ESTIMATE, _ESTIMATE_FRONT, "110.2亿元", ("xicheng", 2011), id="an_estimated_periods_first_level_is_known"),
    pytest.param("以“大红门”为代表的区域性批发市场全部疏解，常住人口由2015年的115.6万人降至101.3万人。\n",
                 _front("丰台区政府工作报告", "2021-01-15", 2021), "101.3万人", ("fengtai", 2020),
                 id="a_place_named_as_an_example_is_not_the_subject"),
    pytest.param(_AID, _AID_FRONT, "1350余万元", ("mentougou", 2023), id="the_aid_money_a_district_puts_in_is_its_own_figure"),
    pytest.param("截至10月7日，全区重点监测景区、宾馆酒店、城市综合体等45处旅游接待设施，假期累计接待游客约215.4万人次。\n",
                 _front("国庆假期滨城游客", "2023-10-08", 2023, publisher="天津滨海新区融媒体"), "约215.4万人次", ("binhai", 2023),
                 id="a_whole_place_opening_a_list_of_sites_is_whose_the_sites_are"),
]

test_read_as = read_as_test(READ_AS)

# (body, front matter, the figure as written): read as no figure at all
NOT_READ = [
    pytest.param("截至9月底，天津A股上市公司市值前三为：中远海能(600026.SH)512.3亿元、天士力(600535.SH)226.5亿元。\n",
                 _front("天津上市公司市值", "2021-10-08", 2021), "512.3亿元", id="a_firm_named_by_its_stock_code_has_its_own_figure"),
    pytest.param(_AREAS, _AREAS_FRONT, "802.3亿元", id="beijings_other_functional_areas_are_none_of_ours"),
    pytest.param("截至2024年底，天津南水的供水范围已覆盖16个行政区中的15个。\n", _front("南水北调通水十年", "2025-01-10", 2025),
                 "16个", id="the_set_a_count_is_picked_from_stays_its_scope"),
    pytest.param(_PAIR, _PAIR_FRONT, "9家", id="one_side_of_a_pair_of_counts_takes_no_place_from_the_sentence_before"),
    pytest.param(_ESTIMATE, _ESTIMATE_FRONT, "8.8%", id="a_sentence_opening_on_an_estimate_estimates_its_first_clause"),
    pytest.param(_ESTIMATE, _ESTIMATE_FRONT, "152.3亿元", id="a_sentence_opening_on_an_estimate_estimates_every_clause"),
    pytest.param(_AID, _AID_FRONT, "9个", id="what_the_aid_built_is_the_paired_places_none_of_ours"),
]


@pytest.mark.parametrize("body, front, raw", NOT_READ)
def test_not_read(tmp_path, body, front, raw):
    assert not out(extract(tmp_path, body, **front), raw)


def test_money_in_another_currency_is_kept_in_it(tmp_path):
    body = "截至2020年6月底，河北在港上市企业累计融资约612亿港元，另有一家企业在欧洲发行债券3亿欧元。\n"
    res = extract(tmp_path, body, title="河北企业境外融资", published="2020-07-20", reference_year=2020)
    assert [(r["value"], r["unit"]) for r in out(res, "约612亿港元")] == [(612.0, "亿港元")]


@pytest.mark.parametrize("body, title, published, raw, region", [
    pytest.param("2021年，崇礼冬奥核心区新建雪道12条。\n", "崇礼冰雪", "2021-12-10", "12条", "bj_core_area",
                 id="a_core_area_run_into_another_places_name_is_that_places_site"),
    pytest.param("数据显示，燕郊在环京地区中通勤量占比达到68.5%。\n", "环京通勤报告", "2017-04-18", "68.5%", "huanjing",
                 id="a_place_named_as_the_whole_of_a_share_after_in_is_not_its_subject"),
])
def test_a_place_in_another_role_is_not_the_figures(tmp_path, body, title, published, raw, region):
    res = extract(tmp_path, body, title=title, published=published, reference_year=int(published[:4]))
    assert region not in {r["region"] for r in out(res, raw)}


def test_schools_the_three_places_help_in_xiongan_are_not_beijings_supported_schools(tmp_path):
    body = "2019年，三地已帮扶雄安38所学校。北京已对接支持雄安12所学校。\n"
    res = extract(tmp_path, body, title="京津冀教育协同发展", published="2020-01-10", reference_year=2020)
    assert [r.get("indicator") for r in out(res, "38所")] == [None]
    assert [r["indicator"] for r in out(res, "12所")] == ["xiongan_schools_supported"]
