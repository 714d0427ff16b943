"""Round 72 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out, read_as_test
from tests.extract_support import release_front as _front

# (body, front matter, the figure as written, the (region, year) it is read as)
READ_AS = [
    pytest.param("截至2018年底，武清区累计引进北京项目1200个。其中，京津产业新城实现了北京研发、天津转化、河北制造，"
                 "两年内吸引了356家科技企业落户，注册资本总额58亿元。\n", _front("武清区累计引进北京项目1200个", "2019-02-20", 2019),
                 "356家", ("wuqing", 2018), id="places_in_a_slogan_of_roles_name_no_subject"),
    pytest.param("日前，南开区与某科技全国总部、某物流区域总部等15个项目签约。\n", _front("南开区15个项目集中签约", "2023-03-10", 2023),
                 "15个", ("nankai", 2023), id="guard_a_firms_national_headquarters_in_a_list_is_no_national_figure"),
    pytest.param("一、2024年计划执行情况\n2024年以来，静海区全面落实市委各项部署，聚焦高质量发展，经济运行总体平稳。\n"
                 "（一）协同发展扎实推进\n持续承接非首都功能疏解。引进北京资源落地项目42个，总投资120.5亿元。\n",
                 _front("一、2024年计划执行情况", "2025-02-10", 2025), "42个", ("jinghai", 2024),
                 id="a_report_with_no_place_in_its_headline_is_the_place_its_opening_sentence_acts"),
    pytest.param("截至目前，固安已有240多家在京温商落户，总投资150亿元。\n", _front("固安承接北京产业", "2019-06-12", 2019),
                 "240多家", ("gu_an", 2019), id="things_counted_where_they_are_before_the_verb_are_the_measure"),
    pytest.param("截至目前，共引进北京项目236个，协议投资额820亿元。\n", _front("武清融入京津冀城市群 筑牢京津冀生态屏障", "2020-03-02", 2020),
                 "236个", ("wuqing", 2020), id="a_belt_a_place_builds_named_after_the_area_is_no_subject_of_its_headline"),
    pytest.param("2024年国庆假期，北京市重点监测景区累计接待游客620.5万人次。城六区景区客流较往年有所分流，郊区游持续升温。"
                 "星级饭店平均出租率为68.2%。\n", _front("2024国庆假期北京接待游客620.5万人次", "2024-10-08", 2024),
                 "68.2%", ("beijing", 2024), id="a_group_of_districts_a_numberless_sentence_opens_on_is_no_topic_of_the_release"),
    pytest.param("2023年，大厂县拆迁安置房建设加快，8项道路工程开工建设。\n", _front("大厂县城市建设提速", "2023-12-20", 2023),
                 "8项", ("dachang", 2023), id="resettlement_housing_names_no_county_city"),
    pytest.param("2022年，宝坻区坚决扛起首都“护城河”责任，累计排查入境车辆3.6万辆。\n", _front("宝坻区2022年工作回顾", "2023-01-10", 2023),
                 "3.6万辆", ("baodi", 2022), id="a_role_a_place_plays_for_the_capital_names_no_subject"),
    pytest.param("市场疏解后，对服装产业进行整体承接的白沟迎来了2600余家商户入驻。\n", _front("服装商户外迁", "2018-11-22", 2018),
                 "2600余家", ("baigou", 2018), id="a_place_that_received_named_after_a_relative_clause_is_the_subject"),
    pytest.param("2024年，红桥区引进北京项目18个，新增北京投资额12.6亿元。\n", _front("红桥区2024年计划执行情况", "2025-02-10", 2025),
                 "12.6亿元", ("hongqiao", 2024), id="money_newly_added_from_a_place_is_that_places_origin_not_subject"),
    pytest.param("三河市瞄准服务北京城市副中心的目标定位，深入落实协同发展战略，以科创园建设为抓手承接北京产业转移。\n\n"
                 "目前，已建及在建各类科创园15个，累计入驻科技型企业420家。\n\n下一步，燕郊高新区将与大厂县加强合作。\n",
                 _front("科创园成为承接北京产业转移的重要平台", "2021-04-11", 2021), "420家", ("sanhe", 2021),
                 id="a_paragraph_with_no_figure_opening_on_its_place_hands_it_to_the_next_paragraph"),
    pytest.param("交通一体化建设稳步推进。\n\n已建成跨界道路12条，开通跨界公交线路25条。\n",
                 _front("通州区与北三县一体化发展取得新进展", "2024-01-30", 2024), "25条", ("tongzhou_bsx", 2023),
                 id="a_headline_on_a_pair_working_together_gives_the_pair_its_unplaced_figures"),
]

test_read_as = read_as_test(READ_AS)


def test_an_index_with_no_base_stated_is_a_candidate_as_written(tmp_path):
    body = "据统计监测办公室测算，2020年京津冀区域发展指数为131.2，比上年提高4.1。\n"
    res = extract(tmp_path, body, title="京津冀区域发展指数稳步提升", published="2021-12-20", reference_year=2021)
    assert [(r.get("indicator"), r["region"], r["year"], r["unit"]) for r in out(res, "131.2")] == [
        (None, "jjj", 2020, "指数")]
    assert "基期未明" in out(res, "131.2")[0]["candidate_id"]  # never mapped by mistake onto a series with a base


def test_a_city_naming_its_suburban_rail_after_a_verb_is_no_other_city(tmp_path):
    body = "截至2023年底，天津已建成市郊铁路共120公里，轨道交通线网里程达301公里。\n"
    res = extract(tmp_path, body, title="天津交通建设", published="2024-03-20", reference_year=2024)
    assert [(r.get("indicator"), r["region"]) for r in out(res, "301公里")] == [("urban_rail_km", "tianjin")]
    assert [r["region"] for r in out(res, "120公里")] == ["tianjin"]


def test_a_firm_named_then_called_the_company_states_its_own_figure(tmp_path):
    body = ("春节假期，黄骅港一派繁忙。沧州黄骅港矿石港务有限公司生产部负责人介绍，假期期间，公司累计完成吞吐量312.5万吨，"
            "同比增长6.2%。\n")
    res = extract(tmp_path, body, title="黄骅港春节生产忙", published="2024-02-18", reference_year=2024)
    assert not out(res, "312.5万吨") and not out(res, "6.2%")


def test_a_reposts_lead_dating_its_meeting_makes_that_year_its_this_year(tmp_path):
    body = ("日前，记者从2016年河北省港口工作会议上获悉，今年上半年，全省港口完成货物吞吐量4.6亿吨，同比增长5.1%。\n")
    res = extract(tmp_path, body, title="河北港口上半年运行平稳", published="2019-05-04", reference_year=2019)
    assert [r["year"] for r in out(res, "4.6亿吨")] == [2016]


def test_what_another_province_received_is_no_figure_of_the_release_place(tmp_path):
    body = "南水北调工程改变了沿线城乡供水格局。东线一期工程累计向山东调水超65亿立方米。\n"
    res = extract(tmp_path, body, title="雄安新区喝上南水", published="2024-05-15", reference_year=2024)
    assert not [r for r in res.rows + res.candidates if r["value"] == 65.0]
    assert [s["reason"] for s in res.skipped if s["raw"].endswith("65亿立方米")] == ["other region"]


def test_a_place_a_city_is_near_to_is_no_subject(tmp_path):
    body = "批发市场疏解后，距离北京较近的地区迎来了3000余家商户入驻。\n"
    res = extract(tmp_path, body, title="服装商户外迁", published="2018-11-22", reference_year=2018)
    assert not out(res, "3000余家")  # the nearby places are not named: no region, not Beijing's


def test_schools_opened_are_schools_built(tmp_path):
    body = "截至2024年底，城市副中心已开办中小学32所，新增学位2.1万个。\n"
    res = extract(tmp_path, body, title="城市副中心教育发展", published="2025-01-15", reference_year=2025)
    assert [(r.get("indicator"), r["region"]) for r in out(res, "32所")] == [("schools_built", "subcentre")]


def test_key_projects_launched_since_the_start_are_no_count_under_construction(tmp_path):
    body = "截至目前，雄安新区共启动实施重点项目210个，累计完成投资3800多亿元。\n"
    res = extract(tmp_path, body, title="雄安新区建设加速", published="2022-03-30", reference_year=2022)
    assert [r.get("indicator") for r in out(res, "210个")] == [None]
