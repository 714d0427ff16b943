"""Round 62 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out, read_as_test
from tests.extract_support import release_front as _front

# (body, front matter, the figure as written, the (region, year) it is read as)
READ_AS = [
    pytest.param("截至目前，雄安新区开发面积超过150平方公里，3000栋楼宇拔地而起。\n",
                 _front("雄安新城建设见闻", "2024-03-28", 2024), "3000栋", ("xiongan", 2024),
                 id="a_count_as_of_now_told_in_march_is_of_march"),
    pytest.param("目前，河北省已开通6条进京公交线路。\n",
                 _front("河北进京公交", "2024-02-10", 2024), "6条", ("hebei", 2023),
                 id="a_count_as_of_now_told_in_february_is_still_last_years_latest"),
    pytest.param("【数说唐山】春节过后，某镇的李师傅又坐上了返京务工的大巴。\n2024年以来，我市新增农村劳动力转移就业3.2万人。\n",
                 _front("我市稳就业见实效", "2025-03-02", 2025), "3.2万人", ("tangshan", 2025),
                 id="the_city_people_return_to_for_work_is_no_subject_of_the_lead"),
    pytest.param("截至2月20日，天津市已有1200家规模以上工业企业复工。其中，滨海新区有480家企业复工，复工率达85%。\n",
                 _front("天津企业有序复工", "2021-02-22", 2021), "480家", ("binhai", 2021),
                 id="the_sentences_after_a_day_of_this_spring_are_of_that_day"),
    pytest.param("今年以来，河北加大京津农业项目转移承接力度，截至目前，已承接京津农业产业转移项目180个，签约引资额达560亿元。\n",
                 _front("河北承接京津农业项目", "2022-11-10", 2022), "180个", ("hebei", 2022),
                 id="the_sector_of_projects_from_beijing_and_tianjin_keeps_them_the_projects_origin"),
    pytest.param("近日召开的工作会议公布了第二批名单，京津冀医联体由2022年底的35个增至目前的66个。\n",
                 _front("京津冀医联体由2022年底的35个增至66个", "2023", 2023), "66个", ("jjj", 2023),
                 id="a_headline_year_a_change_starts_from_is_not_the_releases_year"),
    pytest.param("2023年，京津冀医联体建设取得积极进展。京津冀医联体由2022年底的35个增至目前的66个。\n",
                 _front("京津冀医联体扩容", "2024-06-10", 2024), "66个", ("jjj", 2024),
                 id="a_level_risen_to_now_is_of_now_not_of_the_year_said_before"),
    pytest.param("从2014年启程，京津冀医疗卫生协同走过10年。\n"
                 "承德医疗卫生事业交出协同发展成绩单：与京津累计签署合作协议150个，京津派驻专家8000人次，诊疗患者9.6万人次。\n",
                 _front("人城医产融合共生", "2024-02-20", 2024), "9.6万人次", ("chengde", 2023),
                 id="the_places_that_sent_experts_are_no_subject_of_the_receivers_scorecard"),
    pytest.param("总体情况：本月，武清区环境空气质量达标24天，PM2.5浓度31微克/立方米。\n",
                 _front("武清区环境空气质量月报（2023年9月）", "2023-10-12", 2023), "24天", ("wuqing", 2023),
                 id="a_monthly_report_dated_in_its_headline_is_that_months"),
    pytest.param("2024年一季度，天津市汽车出口45.6亿元。其中，新能源汽车出口迅猛，对全球40多个国家和地区均有出口，出口总值12.8亿元。\n",
                 _front("天津汽车出口快速增长", "2024-04-20", 2024), "12.8亿元", ("tianjin", 2024),
                 id="the_world_goods_are_sold_to_is_no_subject_of_the_figure_after_it"),
    pytest.param("本报讯（记者 王某）市统计局日前发布数据显示，今年1至7月，全市规模以上工业增加值按可比价格计算，同比增长6.2%。\n",
                 _front("前7月天津经济稳定恢复", "2023-08-20", 2023), "6.2%", ("tianjin", 2023),
                 id="who_said_it_and_when_are_no_measure_the_growth_after_them_is_of"),
    pytest.param("2024年，天津市与京冀共建28个京津冀医联体，覆盖全市各区。\n",
                 _front("天津医疗协同", "2024-11-20", 2024), "28个", ("jjj", 2024),
                 id="things_of_the_regions_kind_counted_by_a_part_are_the_regions"),
    pytest.param("2024年，天津市检测平台累计服务企业500余家，其中京津冀客户占40%以上。\n",
                 _front("天津检测平台服务京津冀", "2024-10-03", 2024), "40%以上", ("tianjin", 2024),
                 id="customers_named_by_where_they_come_from_are_a_share_of_the_servers_figure"),
    pytest.param("2023年，天津市千人口托位数达到3.86个。\n", _front("天津卫生健康事业发展", "2024-04-02", 2024), "3.86个",
                 ("tianjin", 2023), id="places_per_thousand_people_are_a_rate_in_tenths"),
]


test_read_as = read_as_test(READ_AS)


# (body, front matter, the number as written that is no figure)
def test_the_figures_of_a_months_bulletin_made_public_carry_the_month(tmp_path):
    body = ("本报北京10月13日讯 生态环境部今天公开今年9月重点区域和168个城市空气质量状况。\n"
            "据介绍，京津冀区域13个城市平均优良天数比例为78.2%，同比提高5.1个百分点。\n")
    res = extract(tmp_path, body, **_front("河北空气质量持续好转", "2023-10-14", 2023))
    assert [r for r in res.rows if r["value"] == 78.2] == []
    assert [r["candidate_id"].split("|")[0] for r in out(res, "78.2%")] == ["9月"]


def test_a_bulletin_on_months_across_two_years_is_the_heating_seasons_of_the_last(tmp_path):
    body = "PM2.5平均浓度最低的2个城市依次是北京和天津，分别为41微克/立方米和55微克/立方米。\n"
    res = extract(tmp_path, body, **_front("关于通报2+26城市2020年10月至2021年3月环境空气质量情况的函", "2021-04-20", 2021))
    assert {(r["region"], r["year"], r["candidate_id"].split("|")[0]) for r in out(res, "41微克/立方米")} == {
        ("beijing", 2021, "秋冬季")}


def test_the_new_ones_of_a_year_then_all_so_far_are_two_measures(tmp_path):
    body = "2023年，天津市与北京共建环京周边蔬菜生产基地12家，累计达47家。\n"
    res = extract(tmp_path, body, **_front("天津菜篮子建设", "2023-12-06", 2023))
    [new], [total] = out(res, "12家"), out(res, "47家")
    assert (total["region"], total["year"]) == ("tianjin", 2023)
    assert total["candidate_id"] == new["candidate_id"] + "|cumulative"


def test_a_view_paragraph_takes_the_year_the_paragraph_before_opened_on_not_one_said_inside_it(tmp_path):
    front = _front("天津专精特新企业发展", "2022-11-20", 2022)
    inside = ("从经济效益状况看，全市专精特新中小企业2021年营业收入1208.5亿元。\n\n"
              "从创新发展情况看，全市专精特新中小企业中高新技术企业862家。\n")
    assert {(r["region"], r["year"]) for r in out(extract(tmp_path, inside, **front), "862家")} == {("tianjin", 2022)}
    opened = ("2021年，全市专精特新中小企业营业收入1208.5亿元。\n\n"
              "从创新发展情况看，全市专精特新中小企业中高新技术企业862家。\n")
    assert {(r["region"], r["year"]) for r in out(extract(tmp_path, opened, **front), "862家")} == {("tianjin", 2021)}


def test_a_data_pages_title_names_its_tables_measure_past_the_bureau_the_months_and_by_district(tmp_path):
    body = ("单位：万元\n| 项目 | 2019年3月 | 同比增长(%) | 2019年1-3月 | 同比增长(%) |\n"
            "| 全市 | 8812345 | 4.1 | 26543210 | 4.6 |\n| 东城区 | 712345 | 3.2 | 2143210 | 3.9 |\n")
    res = extract(tmp_path, body, **_front("北京市统计局 2019年3月及1-3月分区社会消费品零售总额", "2019-04-20", 2019))
    [total] = out(res, "26543210万元")
    assert (total["region"], total["year"], total["candidate_id"]) == ("beijing", 2019, "Q1|社会消费品零售总额|万元")


def test_deaths_of_registered_residents_are_not_the_registered_population(tmp_path):
    body = "2021年，天津市户籍人口死亡数为65321人，户籍人口出生数为70215人。\n"
    res = extract(tmp_path, body, **_front("天津户籍人口出生数", "2022-04-10", 2022))
    assert [r for r in res.rows if r["indicator"] == "registered_population"] == []
    [deaths] = out(res, "65321人")
    assert (deaths["region"], deaths["year"], deaths["unit"]) == ("tianjin", 2021, "人")


NOT_READ = [
    pytest.param("2020年，承德市风能可开发量超过2000万千瓦，可开发太阳能资源储量达2500万千瓦。\n", _front("承德新能源", "2021-02-10", 2021),
                 "2500万千瓦", id="a_resource_that_could_be_developed_is_no_output"),
    pytest.param("2022年，全市专精特新中小企业涵盖16个区和开发区。\n", _front("天津专精特新企业", "2022-11-20", 2022), "16个",
                 id="the_places_a_group_covers_are_no_count_it_reports"),
    pytest.param("春运期间，天津市加开临客，车次为G8901/8902次，发送旅客3.2万人次。\n", _front("天津春运", "2024-03-06", 2024),
                 "8902次", id="the_other_half_of_a_trains_number_is_no_count_of_trips"),
    pytest.param("静海区辖16镇2乡、1个国家级开发区和2个街道，常住人口78万。\n", _front("静海区概况", "2020-05-20", 2020), "2个",
                 id="a_places_make_up_run_together_without_commas_is_no_count"),
    pytest.param("2023年，天津某化工50万吨乙烯、30万吨聚丙烯等一批重点项目建成投产。\n", _front("天津工业项目", "2024-01-20", 2024),
                 "30万吨", id="projects_named_by_their_capacity_are_no_output_of_the_place"),
    pytest.param("2023年10月，北京市重度及以上污染天数比例为3.2%，同比上升1.6个\n",
                 _front("北京市10月空气质量", "2023-11-15", 2023), "1.6个", id="a_count_in_tenths_is_a_unit_cut_off"),
]


@pytest.mark.parametrize("body, front, raw", NOT_READ)
def test_not_read(tmp_path, body, front, raw):
    assert out(extract(tmp_path, body, **front), raw) == []
