"""Round 57 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out


def test_a_designation_named_after_the_country_leaves_the_figure_to_the_province(tmp_path):
    body = "河北省加快建设全国产业转型升级试验区，2022年高新技术产业增加值占规上工业比重达到21.0%，常住人口城镇化率达60.5%。\n"
    res = extract(tmp_path, body, title="河北协同发展", reference_year=2022, published="2022-12-20")
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "60.5%")] == [("urbanisation_rate", "hebei", 2022)]
    assert [r["region"] for r in out(res, "21.0%")] == ["hebei"]


def test_the_countrys_own_figure_is_still_no_provinces(tmp_path):
    body = "2022年全国技术合同成交额达到4.7万亿元，河北省技术合同成交额达到880亿元。\n"
    res = extract(tmp_path, body, title="河北技术市场", reference_year=2023, published="2023-02-10")
    assert out(res, "4.7万亿元") == []
    assert [r["region"] for r in out(res, "880亿元")] == ["hebei"]


def test_roads_opened_with_both_partners_named_as_one_pair_are_the_subjects(tmp_path):
    body = "2023年，河北省与京津联手打通拓宽“对接路”1800公里，累计承接京津转入企业和单位近3万家。\n"
    res = extract(tmp_path, body, title="河北协同发展", reference_year=2023, published="2023-12-10")
    assert [(r["indicator"], r["region"]) for r in out(res, "1800公里")] == [("bottleneck_roads_opened_km", "hebei")]


def test_roads_opened_with_one_partner_stay_the_subjects(tmp_path):
    body = "2023年，天津市与北京携手打通断头路300公里。\n"
    res = extract(tmp_path, body, title="天津交通", reference_year=2023, published="2023-12-10")
    assert [(r["indicator"], r["region"]) for r in out(res, "300公里")] == [("bottleneck_roads_opened_km", "tianjin")]


def test_one_service_industrys_value_added_is_not_the_tertiary_sectors(tmp_path):
    body = ("2020年，全市第三产业实现增加值30000.0亿元。其中，科学研究和技术服务业实现增加值2900.0亿元，"
            "居民服务、修理和其他服务业实现增加值120.5亿元。\n")
    res = extract(tmp_path, body, title="北京经济运行", reference_year=2021, published="2021-01-20")
    assert [r["indicator"] for r in res.rows if r["raw"] in ("2900.0亿元", "120.5亿元")] == []
    assert [r["indicator"] for r in out(res, "30000.0亿元")] == ["value_added_tertiary"]


def test_an_aside_on_one_figure_does_not_refuse_the_next_figure_of_the_sentence(tmp_path):
    body = "2023年，通州区优良天数265天（扣除沙尘影响），较2013年增加90多天；重污染天4天，较2013年减少70天。\n"
    res = extract(tmp_path, body, title="通州区空气质量", reference_year=2024, published="2024-03-10")
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "4天")] == [("heavy_pollution_days", "tongzhou", 2023)]


def test_a_place_inside_a_quoted_service_name_is_not_the_subject(tmp_path):
    body = "2025年，滨海新区政务服务实现“京津冀+雄安”线上自助办220项，自贸试验区间210个事项实现同标准办理。\n"
    res = extract(tmp_path, body, title="滨海新区政府工作报告", reference_year=2026, published="2026-01-20")
    assert sorted(c["region"] for c in res.candidates if c["raw"] in ("220项", "210个")) == ["binhai", "binhai"]


def test_one_place_said_twice_in_a_row_is_no_list_of_places(tmp_path):
    body = "北京首都功能布局不断优化，十年来，城市“留白增绿”超8000公顷，城乡建设用地减量120平方公里。\n"
    res = extract(tmp_path, body, title="京津冀协同发展十年", reference_year=2024, published="2024-02-20")
    assert [c["region"] for c in res.candidates if c["raw"] in ("超8000公顷", "120平方公里")] == ["beijing", "beijing"]


def test_now_said_before_a_figure_outside_brackets_still_dates_it(tmp_path):
    body = "目前，滨海新区高新技术企业达到2500家，科技领军企业130家。\n"
    res = extract(tmp_path, body, title="滨海新区经济", reference_year=2019, published="2019-07-26")
    assert [(c["region"], c["year"]) for c in out(res, "130家")] == [("binhai", 2019)]


def test_a_share_raised_since_the_end_of_a_plan_period_is_still_a_change(tmp_path):
    body = "预计全区地区生产总值增长5%左右，占全市比重较“十三五”末提升2.5个百分点。\n"
    res = extract(tmp_path, body, title="滨海新区政府工作报告", reference_year=2026, published="2026-01-10")
    assert [(c["region"], c["year"]) for c in out(res, "2.5个百分点")] == [("binhai", 2025)]


def test_heavy_pollution_days_of_one_primary_pollutant_are_not_all_heavy_pollution_days(tmp_path):
    body = "2015年北京重污染天数共46天，其中以PM2.5为首要污染物的重污染天数共40天。\n"
    res = extract(tmp_path, body, title="北京空气质量", reference_year=2016, published="2016-02-04")
    assert [r["indicator"] for r in res.rows if r["raw"] == "46天"] == ["heavy_pollution_days"]
    assert [r["indicator"] for r in res.rows if r["raw"] == "40天"] == []


def test_a_good_days_share_after_the_days_counted_is_the_good_air_days_ratio(tmp_path):
    body = "2020年，崇礼区优级天数170天，良级天数180天，优良比例达95.6%。\n"
    res = extract(tmp_path, body, title="崇礼区生态环境", reference_year=2021, published="2021-03-18")
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "95.6%")] == [("good_air_days_ratio", "chongli", 2020)]


def test_the_partners_named_before_the_roads_they_link_are_not_the_subject(tmp_path):
    body = "截至2022年底，河北打通拓宽京津“对接路”40条段、2400公里。\n"
    res = extract(tmp_path, body, title="河北交通", reference_year=2023, published="2023-04-02")
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "2400公里")] == [("bottleneck_roads_opened_km", "hebei", 2022)]


def test_a_count_after_a_list_that_is_not_the_lists_length_counts_something_else(tmp_path):
    body = "2022年，北京中小学、幼儿园与北三县15所学校合作办学。\n"
    res = extract(tmp_path, body, title="通州区与北三县协同发展", reference_year=2023, published="2023-01-30")
    assert [c["region"] for c in out(res, "15所")] == ["beisanxian"]


def test_manufacturers_relocated_as_of_a_year_end_are_the_running_total(tmp_path):
    body = "截至2022年底，北京疏解一般制造业企业3100家。\n"
    res = extract(tmp_path, body, title="北京疏解", reference_year=2023, published="2023-09-23")
    assert [(r["indicator"], r["year"]) for r in out(res, "3100家")] == [("bj_manufacturing_firms_exited_cumulative", 2022)]


def test_a_bulletins_part_of_the_year_named_in_headline_and_text_dates_every_paragraph(tmp_path):
    body = ("生态环境部日前通报今年前5月全国环境空气质量状况：全国339个城市平均优良天数比例为84.0%。\n"
            "京津冀及周边地区“2+26”城市平均优良天数比例为65.0%；PM2.5浓度为50微克/立方米。北京市PM2.5浓度为32微克/立方米。\n")
    res = extract(tmp_path, body, title="今年前五月全国城市空气质量优良天数同比上升", reference_year=2022, published="2022-06-20")
    got = out(res, "32微克/立方米")
    assert [(c["candidate_id"].split("|")[0], c["region"], c["year"]) for c in got] == [("1-5月", "beijing", 2022)]
    assert [r for r in res.rows if r["raw"] in ("32微克/立方米", "50微克/立方米")] == []


def test_a_place_opening_the_name_of_a_document_issued_is_not_the_headlines_subject(tmp_path):
    body = "记者从天津市人社局获悉，天津市人大常委会审议通过了相关规定。\n全市建设1700个服务网点、16个社保卡体验中心。\n"
    res = extract(tmp_path, body, title="天津出台京津冀社会保障卡一卡通地方性法规", reference_year=2024, published="2024-10-09")
    assert [c["region"] for c in out(res, "1700个")] == ["tianjin"]


def test_the_place_trained_for_is_not_the_subject_of_the_trainers_count(tmp_path):
    body = "2018年，天津职业院校已先后为河北省职业院校培训干部教师1900余人。\n"
    res = extract(tmp_path, body, title="天津推进京津冀教育协同", reference_year=2019, published="2019-01-09")
    assert [c["region"] for c in out(res, "1900余人")] == ["tianjin"]


def test_a_year_standing_alone_before_from_since_is_the_start_of_a_running_total(tmp_path):
    body = "2014年，从战略实施以来，北京市疏解提升区域性专业市场和物流中心近900家。\n"
    res = extract(tmp_path, body, title="京津冀协同发展十年", reference_year=2024, published="2024-02-27")
    assert [(r["indicator"], r["year"], r["period_start"]) for r in out(res, "近900家")] == [
        ("bj_markets_relocated_cumulative", 2023, 2014)]


def test_markets_named_after_the_city_in_a_list_of_markets_closed_leave_the_area_its_figures(tmp_path):
    body = "此前大红门地区已经关停了北京世贸天地皮草城、天海服装批发市场、京都轻纺城3家市场，消减商铺3000个。\n"
    res = extract(tmp_path, body, title="大红门地区疏解", reference_year=2015, published="2015-07-29")
    assert [c["region"] for c in out(res, "3000个")] == ["dahongmen"]


def test_key_projects_all_started_in_a_year_are_the_years_project_starts(tmp_path):
    body = "2019年，雄安新区由规划编制转入实质性建设阶段，60个重点项目全面开工。\n"
    res = extract(tmp_path, body, title="河北协同发展六年", reference_year=2020, published="2020-02-26")
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "60个")] == [("xiongan_projects_started", "xiongan", 2019)]


# Numbers that are no figure of a region at all: no row and no candidate may come of them.
NO_FIGURE = [
    pytest.param("北京、天津空气质量持续改善，十年来，城市“留白增绿”超8000公顷。\n",
                 "京津冀协同发展十年", 2024, "2024-02-20", ('超8000公顷',), id="a_list_of_two_places_before_a_later_clause_stays_ambiguous"),
    pytest.param("2019年上半年，滨海新区经济平稳运行。独角兽企业超12家（目前4家），公开上市的科技企业40家（目前26家）。\n",
                 "滨海新区经济", 2019, "2019-07-26", ('超12家', '40家'), id="a_value_with_the_current_one_in_brackets_beside_it_is_a_target"),
    pytest.param("力争2022年，高新技术企业超6000家（目前2500家），科技领军企业和领军培育企业130家。\n",
                 "滨海新区经济", 2019, "2019-07-26", ('130家',), id="now_said_in_a_bracket_does_not_end_a_target_years_list"),
    pytest.param("“十二五”时期，全市地区生产总值年均增长7.6%，比“十一五”时期低3.2个百分点。\n",
                 "北京市统计公报", 2016, "2016-02-16", ('3.2个百分点',), id="a_plan_periods_rate_against_the_period_before_is_a_gap_not_a_change"),
    pytest.param("上半年，河北打造了沙河玻璃、临西轴承、唐山路北特种机器人、永年紧固件、清河羊绒5个省级集群发展标杆。\n",
                 "河北产业集群", 2025, "2025-07-29", ('5个',), id="a_count_as_long_as_the_list_before_it_is_the_lists"),
    pytest.param("2022年，北辰区坤鼎智能制造产业园、中船重工707所产业基地等重大项目签约落地。\n",
                 "北辰区引进北京企业", 2022, "2022-10-08", ('707所',), id="a_numbered_institute_is_no_count_of_schools"),
    pytest.param("河北省70多家省级以上开发区、北京市80余家知名总部企业、现代服务企业共计300多人参加推介会。\n",
                 "河北开发区推介会", 2017, "2017-08-24", ('80余家', '70多家'), id="organisations_listed_before_the_people_who_attended_are_attendees"),
    pytest.param("2015年7月，河北省邢台等8个城市的达标天数比例不足50%。\n",
                 "河北7月空气质量", 2015, "2015-08-19", ('50%',), id="a_place_heading_a_group_of_places_does_not_own_the_groups_figure"),
    pytest.param("2026年春运期间，9天春节假期拉动效应明显，天津市接待游客1200万人次。\n",
                 "天津春运", 2026, "2026-03-15", ('9天',), id="the_length_of_a_holiday_is_no_figure"),
    pytest.param("2020年，官厅水库向永定河生态补水，补水流量每秒6立方米左右，累计补水1.5亿立方米。\n",
                 "永定河生态补水", 2020, "2020-06-19", ('6立方米左右', '每秒6立方米左右'), id="a_flow_per_second_is_a_rate_not_an_amount"),
    pytest.param("在天安门向东30余公里处，城市副中心建设加快推进，2022年完成投资1000亿元。\n",
                 "城市副中心建设", 2023, "2023-04-02", ('30余公里',), id="how_far_a_place_lies_in_a_direction_is_a_distance"),
]


@pytest.mark.parametrize(("body", "title", "reference_year", "published", "raws"), NO_FIGURE)
def test_numbers_that_are_no_figure_give_no_output(tmp_path, body, title, reference_year, published, raws):
    res = extract(tmp_path, body, title=title, reference_year=reference_year, published=published)
    assert [r["raw"] for r in res.rows + res.candidates if r["raw"] in raws] == []


# Figures whose measure is not the catalogued indicator the words seem to name: no catalogued row.
NOT_THE_INDICATOR = [
    pytest.param("扣除沙尘天气影响后，2023年通州区重污染天4天。\n",
                 "通州区空气质量", 2024, "2024-03-10", ('4天',), id="a_sentence_that_discounts_sand_for_all_its_figures_still_refuses"),
    pytest.param("2020年，全市地表水国考断面水质优良比例达到60.0%。\n",
                 "天津生态环境", 2021, "2021-03-18", ('60.0%',), id="a_water_quality_good_share_is_not_the_good_air_days_ratio"),
    pytest.param("2017年，北京疏解一般制造业企业651家。\n",
                 "北京疏解", 2018, "2018-01-20", ('651家',), id="manufacturers_relocated_in_one_year_are_not_the_running_total"),
    pytest.param("2016年起，北京市用于市级医疗资源向城市副中心疏解建设的投资达110亿元，新增床位5000张。\n",
                 "城市副中心医疗资源", 2023, "2023-04-02", ('110亿元',), id="an_investment_for_one_purpose_is_not_the_areas_total_investment"),
]


@pytest.mark.parametrize(("body", "title", "reference_year", "published", "raws"), NOT_THE_INDICATOR)
def test_figures_of_another_measure_give_no_catalogued_row(tmp_path, body, title, reference_year, published, raws):
    res = extract(tmp_path, body, title=title, reference_year=reference_year, published=published)
    assert [r["indicator"] for r in res.rows if r["raw"] in raws] == []
