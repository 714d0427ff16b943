"""Round 69 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out, read_as_test
from tests.extract_support import release_front as _front

_INNS = "2018年，平谷区共有精品民宿120家，目前已达到310家。\n"
_INNS_FRONT = _front("平谷民宿产业", "2022-08-16", 2022)

_CAMPUSES = "其中，甲大学雄安校区占地约2400亩，预计将于2027年前后建成投用；乙大学雄安校区总占地约1800亩。\n"
_CAMPUSES_FRONT = _front("高校雄安校区建设", "2023-06-20", 2023)
_SECURED = "上半年，邢台市共争取国家和省科技项目86项；目前已争取到国家、省科技计划项目31项。下半年计划新开工项目40个。\n"
_SECURED_FRONT = _front("邢台科技工作", "2016-07-29", 2016)

_REFORMS = "截至2024年底，武清区累计出台215项改革举措。2025年全区工作会议提出28项重点任务。\n"
_REFORMS_FRONT = _front("武清区深化改革", "2025-02-10", 2025)

_PLANNED = ("同时，通州区还发布了30个2025年计划开工项目，总投资约120亿元。其中，产业项目12个，投资约80亿元。\n"
            "预计全年北京两场旅客吞吐量将突破1.2亿人次。其中，首都机场旅客吞吐量已经突破5800万人次，预计全年可完成6900万人次。\n")
_PLANNED_FRONT = _front("重点项目集中开工", "2024-12-10", 2024)

# (body, front matter, the figure as written, the (region, year) it is read as)
READ_AS = [
    pytest.param(_INNS, _INNS_FRONT, "310家", ("pinggu", 2022), id="a_level_reached_by_now_counts_what_the_clause_before_counted"),
    pytest.param(_INNS, _INNS_FRONT, "120家", ("pinggu", 2018), id="the_count_before_the_level_reached_keeps_its_year"),
    pytest.param("十年来，全市学前教育毛入园率做到91.6%。\n", _front("天津教育这十年", "2022-09-10", 2022), "91.6%",
                 ("tianjin", 2022), id="a_rate_done_to_a_level_names_its_measure_before_the_verb"),
    pytest.param("“全年接待游客3.1亿人次。”市政府工作报告里的这句话，让不少人眼前一亮。\n",
                 _front("河北2023年接待游客3.1亿人次", "2024-01-30", 2024), "3.1亿人次", ("hebei", 2023),
                 id="a_sentence_quoted_whole_states_its_figure"),
    pytest.param("据介绍，蔚县剪纸2009年被列入人类非物质文化遗产代表作名录。全县共有剪纸企业120家。\n",
                 _front("蔚县剪纸产业", "2024-06-12", 2024), "120家", ("yuxian", 2024),
                 id="the_year_a_site_was_listed_dates_no_figure_after_it"),
    pytest.param(_REFORMS, _REFORMS_FRONT, "215项", ("wuqing", 2024), id="measures_issued_over_the_years_are_a_count_done"),
    pytest.param("2022年，京津冀三地高新技术企业分别达到2.8万家、1.1万家和1.2万家，是2014年的3.8倍、2.6倍和6.5倍。\n",
                 _front("京津冀创新发展", "2023-03-10", 2023), "2.6倍", ("tianjin", 2022),
                 id="a_bare_list_after_a_paired_one_goes_on_with_its_places"),
    pytest.param("截至2023年底，怀柔科学城已布局落地科学设施35个。\n", _front("怀柔科学城建设", "2024-01-20", 2024), "35个",
                 ("huairou_science_city", 2023), id="huairou_science_city_is_a_region_of_its_own"),
    pytest.param(_PLANNED, _PLANNED_FRONT, "突破5800万人次", ("capital_airport", 2024), id="a_part_done_of_a_plans_breakdown_is_read"),
    pytest.param(_CAMPUSES, _CAMPUSES_FRONT, "约1800亩", ("xiongan", 2023), id="a_plans_year_closing_a_part_of_a_sentence_ends_there"),
    pytest.param(_SECURED, _SECURED_FRONT, "86项", ("xingtai", 2016), id="projects_secured_in_all_are_no_plan"),
    pytest.param(_SECURED, _SECURED_FRONT, "31项", ("xingtai", 2016), id="a_programmes_projects_secured_so_far_are_no_plan"),
]

test_read_as = read_as_test(READ_AS)

# (body, front matter, the figure as written): read as no figure at all
NOT_READ = [
    pytest.param("上半年，天津五大道文化街区客流量约650万人次，同比增长18%。\n", _front("天津文旅上半年", "2024-07-20", 2024),
                 "约650万人次", id="a_quarter_of_streets_has_its_own_visitors"),
    pytest.param("到2025年，全市可再生能源消费比重超过10%；可再生能源发电装机达到500万千瓦。\n",
                 _front("天津可再生能源规划", "2021-12-27", 2021), "500万千瓦", id="a_plan_opening_a_sentence_goes_on_past_its_parts"),
    pytest.param(_SECURED, _SECURED_FRONT, "40个", id="projects_planned_are_still_a_plan"),
    pytest.param(_PLANNED, _PLANNED_FRONT, "12个", id="the_breakdown_of_a_plan_is_planned"),
    pytest.param(_PLANNED, _PLANNED_FRONT, "约80亿元", id="the_breakdown_of_a_plans_money_is_planned"),
    pytest.param(_REFORMS, _REFORMS_FRONT, "28项", id="the_tasks_a_meeting_sets_are_a_plan"),
    pytest.param("1-8月，全市规模以上工业重点监测的85种产品中，有47种产品产量实现增长。\n",
                 _front("邢台工业经济运行", "2023-09-20", 2023), "47种", id="how_many_products_output_grew_is_no_figure"),
    pytest.param("国庆假期，朝阳区某购物广场接待顾客32.5万人次。\n", _front("朝阳区国庆消费", "2023-10-09", 2023),
                 "32.5万人次", id="a_plazas_visitors_are_the_plazas"),
]


@pytest.mark.parametrize("body, front, raw", NOT_READ)
def test_not_read(tmp_path, body, front, raw):
    assert not out(extract(tmp_path, body, **front), raw)


def test_a_name_in_quotes_is_still_no_figure(tmp_path):
    res = extract(tmp_path, "2023年，全市深入实施“3年100个项目”攻坚行动，完成投资215亿元。\n",
                  title="石家庄项目建设", published="2023-12-20", reference_year=2023)
    assert not out(res, "100个") and out(res, "215亿元")


def test_primary_and_middle_schools_built_are_schools_built(tmp_path):
    body = "记者从会上获悉，近年来北京已在城市副中心新建16所中小学、幼儿园，新增优质学位2.1万个。\n"
    res = extract(tmp_path, body, title="副中心教育发展", published="2024-09-10", reference_year=2024)
    assert [(r.get("indicator"), r["region"]) for r in out(res, "16所")] == [("schools_built", "subcentre")]


@pytest.mark.parametrize("body, title, raw, region", [
    pytest.param("截至2023年底，全市平原地区森林覆盖率达到32.4%。\n", "北京园林绿化", "32.4%", "beijing_plain",
                 id="the_plain_of_beijing_is_a_region_of_its_own"),
    pytest.param("2023年，北京平原区地下水平均埋深为16.8米。\n", "北京水务", "16.8米", "beijing_plain",
                 id="the_plain_named_with_the_city_is_the_plain"),
    pytest.param("截至2023年底，北京山区森林覆盖率达到67.8%。\n", "北京园林绿化", "67.8%", "beijing",
                 id="the_mountains_of_a_city_stay_the_citys_and_no_district_ending_in_shan"),
])
def test_a_kind_of_land_of_a_place(tmp_path, body, title, raw, region):
    res = extract(tmp_path, body, title=title, published="2024-03-12", reference_year=2024)
    assert {r["region"] for r in out(res, raw)} == {region}


def test_a_header_printed_one_cell_a_line_heads_the_table_below_it(tmp_path):
    body = ("表3 2020年各省(区、市)棉花产量 | ||||\n地区 |\n播种面积 (千公顷) |\n总产量 (万吨) |\n|\n"
            "全国总计 | 3169.9 | 591.0 | |\n天 津 | 2.1 | 0.3 | |\n河 北 | 203.4 | 20.7 | |\n山 东 | 142.9 | 18.3 | |\n")
    res = extract(tmp_path, body, title="国家统计局关于2020年棉花产量的公告", published="2020-12-18", reference_year=2020)
    assert [(r["region"], r["year"], r["unit"]) for r in out(res, "20.7万吨")] == [("hebei", 2020, "万吨")]
    assert [r["unit"] for r in out(res, "203.4千公顷")] == ["千公顷"]
