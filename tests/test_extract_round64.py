"""Round 64 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import extract, out, read_as_test, rows
from tests.extract_support import release_front as _front

# (body, front matter, the figure as written, the (region, year) it is read as)
READ_AS = [
    pytest.param("2022年，廊坊市多条跨界道路建成通车，36个合作项目进展顺利。\n",
                 _front("通州与北三县协同发展", "2023-01-10", 2023), "36个", ("langfang", 2022),
                 id="a_count_whose_noun_opens_on_a_verb_like_word_counts_that_noun"),
    pytest.param("今年以来，保定市近200个建设工地有序复工，超过8万名建设者回到岗位。\n",
                 _front("保定重点项目复工", "2021-04-12", 2021), "超过8万名", ("baoding", 2021),
                 id="builders_counted_after_the_number_are_no_single_project_built"),
    pytest.param("截至目前，首批疏解至雄安新区的3家高校已全部开工建设。\n",
                 _front("雄安新区疏解项目进展", "2024-06-18", 2024), "3家", ("xiongan", 2024),
                 id="a_count_after_a_relative_clause_counts_the_noun_after_it"),
    pytest.param("目前，雄安新区建设工人突破12万，各类项目加快推进。\n",
                 _front("雄安新区建设热火朝天", "2022-08-10", 2022), "突破12万", ("xiongan", 2022),
                 id="workers_in_ten_thousands_are_people_though_no_unit_follows"),
    pytest.param("据市交管局统计，天津市机动车保有量达到398万，同比增加15万。\n",
                 _front("天津机动车保有量", "2022-07-05", 2022), "398万", ("tianjin", 2022),
                 id="vehicles_in_ten_thousands_are_vehicles_though_no_unit_follows"),
    pytest.param("国庆假期前三天，天津市各景区入园人数共计6.2万，同比增长12%。\n",
                 _front("天津国庆假期文旅消费", "2023-10-04", 2023), "6.2万", ("tianjin", 2023),
                 id="a_head_count_said_as_a_total_is_people"),
    pytest.param("调查显示，今年河北省秋粮平均单产为5820.4公斤/公顷，同比增长2.1%。\n",
                 _front("河北秋粮生产情况", "2022-12-20", 2022), "5820.4公斤/公顷", ("hebei", 2022),
                 id="a_yield_per_hectare_is_a_quantity"),
    pytest.param("北京海关支持天津港集装箱吞吐量由2019年的1730万标箱提高到2022年的2102万标箱。\n",
                 _front("海关服务港口发展", "2023-03-15", 2023), "2102万标箱", ("tianjin_port", 2022),
                 id="a_place_helped_whose_own_measure_follows_is_that_measures_place"),
    pytest.param("截至2022年底，天津经开区西区累计注册企业3650，注册资本超过800亿元。\n",
                 _front("天津经开区西区发展", "2023-02-10", 2023), "3650", ("teda", 2022),
                 id="firms_counted_with_no_count_word_at_a_clauses_end_are_firms"),
    pytest.param("截至2016年底，“动批”地区共疏解市场9家，摊位8000余个。\n",
                 _front("动批疏解进展", "2017-01-20", 2017), "8000余个", ("dongwuyuan_market", 2016),
                 id="the_zoo_wholesale_markets_are_a_site_of_their_own"),
    pytest.param("2019年，白沟新城箱包产量达到7亿只，市场交易额1000亿元。\n",
                 _front("白沟箱包产业", "2020-06-10", 2020), "7亿只", ("baigou", 2019),
                 id="baigou_is_a_site_of_its_own"),
    pytest.param("2023年，新发地市场蔬菜日均上市量超过1.8万吨。\n",
                 _front("北京菜篮子供应", "2024-01-10", 2024), "超过1.8万吨", ("xinfadi", 2023),
                 id="the_xinfadi_market_is_a_site_of_its_own"),
    pytest.param("截至6月底，廊坊市智能算力规模达到1.2万P，通用算力达到0.8EFLOPS。\n",
                 _front("廊坊算力产业发展", "2024-07-20", 2024), "1.2万P", ("langfang", 2024),
                 id="computing_power_in_p_after_ten_thousand_is_a_quantity"),
]


test_read_as = read_as_test(READ_AS)


def test_a_p_after_a_plain_number_with_no_computing_named_is_no_unit(tmp_path):
    res = extract(tmp_path, "2023年，唐山市新能源汽车销量增长，其中5P车型占比提高。\n")
    assert not out(res, "5P")


def test_the_noun_counted_names_the_candidate(tmp_path):
    res = extract(tmp_path, "2022年，廊坊市多条跨界道路建成通车，36个合作项目进展顺利。\n",
                  **_front("通州与北三县协同发展", "2023-01-10", 2023))
    assert [c["candidate_id"].split("|")[0] for c in out(res, "36个")] == ["合作项目"]


def test_tenths_and_a_half_are_read_whole(tmp_path):
    res = extract(tmp_path, "2023年，天津市民营企业数量占全市企业总数超过八成半。\n", **_front("天津民营经济", "2024-03-10", 2024))
    assert [r["value"] for r in out(res, "超过八成半")] == [85.0]


def test_a_growth_rate_as_a_multiple_of_another_years_is_no_figure(tmp_path):
    res = extract(tmp_path, "2016年，亦庄新城专利申请量达到1.2万件，同比增长45%，增速是2015年的近6倍。\n",
                  **_front("亦庄创新发展", "2017-02-10", 2017))
    assert not out(res, "近6倍")
    assert out(res, "1.2万件")


# (body, front matter, the figure as written, the catalogued (indicator, region, year) it is read as)
CATALOGUED_AS = [
    pytest.param("京津冀的研发经费支出占GDP比重从2015年的3.02%上升到2022年的4.22%。\n",
                 _front("京津冀创新投入", "2023-09-20", 2023), "4.22%", ("rd_intensity", "jjj", 2022),
                 id="r_and_d_spending_as_a_share_of_gdp_is_r_and_d_intensity_not_a_gdp_share"),
    pytest.param("2023年，天津市技术交易合同成交额2006.1亿元。\n",
                 _front("天津技术市场", "2024-02-20", 2024), "2006.1亿元", ("tech_contract_turnover", "tianjin", 2023),
                 id="technology_trade_contracts_are_technology_contracts"),
    pytest.param("2023年，河北省吸纳来自北京的技术合同额810.3亿元。\n",
                 _front("京冀科技协同", "2024-03-20", 2024), "810.3亿元", ("tech_contract_turnover_to_tjhb", "hebei", 2023),
                 id="contracts_taken_in_from_beijing_are_the_flow_read_from_the_other_side"),
    pytest.param("2023年，天津市居民可支配收入增长了4.9%。\n",
                 _front("天津居民收入", "2024-01-20", 2024), "4.9%", ("disposable_income_per_capita_growth", "tianjin", 2023),
                 id="residents_disposable_income_without_per_head_is_the_per_capita_measure"),
    pytest.param("2023年，武清区城镇常住居民人均可支配收入51234元，农村常住居民人均可支配收入30125元。\n",
                 _front("武清区居民收入", "2024-02-05", 2024), "30125元", ("rural_disposable_income_per_capita", "wuqing", 2023),
                 id="rural_resident_residents_income_is_rural_residents_income"),
    pytest.param("2022年，阜平县城乡居民可支配收入分别达到29810元、13403元。\n",
                 _front("阜平县政府工作报告", "2023-01-12", 2023), "29810元", ("urban_disposable_income_per_capita", "fuping", 2022),
                 id="urban_and_rural_income_without_per_head_are_the_two_per_capita_measures"),
    pytest.param("2017年，天津市空气重污染是23天。\n",
                 _front("天津空气质量", "2018-01-10", 2018), "23天", ("heavy_pollution_days", "tianjin", 2017),
                 id="heavy_air_pollution_counted_in_days_is_heavy_pollution_days"),
]


@pytest.mark.parametrize("body, front, raw, expected", CATALOGUED_AS)
def test_catalogued_as(tmp_path, body, front, raw, expected):
    assert rows(extract(tmp_path, body, **front), raw) == [expected]


def test_what_a_plan_sets_up_or_installs_is_no_figure(tmp_path):
    res = extract(tmp_path, "2023年，廊坊市养老中心一期建成，规划设置床位3200张；数据中心规划安装的2800多台机柜陆续到位。\n",
                  **_front("廊坊养老与算力项目", "2023-08-10", 2023))
    assert not out(res, "3200张") and not out(res, "2800多台")


def test_a_year_after_firms_is_no_count_of_firms(tmp_path):
    res = extract(tmp_path, "据统计，廊坊市规上企业2021，营收增长明显。\n", **_front("廊坊企业发展", "2022-03-10", 2022))
    assert not out(res, "2021")
