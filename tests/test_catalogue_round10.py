"""Round 10 of issue 8: catalogue entries for families the releases state in several years (PM10/SO2/NO2 changes,
migrants' share and growth of the resident population, urban and rural income growth, consumption growth, high-tech
manufacturing growth, producer prices, R&D expenditure growth) and synonyms for phrases the match words miss.
Each entry has a sentence that extracts it and one that must not. Sentences are our own."""
from __future__ import annotations

from tests.extract_support import rows, spring


def _ids(res, raw):
    return [r[0] for r in rows(res, raw)]


def _value(res, raw):
    return [r["value"] for r in res.rows if r["raw"] == raw]


# -- air: PM10, SO2 and NO2 changes ---------------------------------------------------------------------------------
def test_pollutant_changes_year_on_year_from_a_list(tmp_path):
    res = spring(tmp_path, "2023年，天津PM2.5、PM10、SO2、NO2年均浓度同比分别下降4.2%、7.7%、12.5%、6.1%。\n")
    assert rows(res, "7.7%") == [("pm10_change_yoy", "tianjin", 2023)]
    assert rows(res, "12.5%") == [("so2_change_yoy", "tianjin", 2023)]
    assert rows(res, "6.1%") == [("no2_change_yoy", "tianjin", 2023)]
    assert _value(res, "7.7%") == [-7.7]


def test_pollutant_change_after_its_level_is_not_pm25s(tmp_path):
    body = "2023年，北京PM2.5年均浓度为32微克/立方米，同比下降3.0%；二氧化氮年均浓度为26微克/立方米，同比下降4.4%。\n"
    res = spring(tmp_path, body)
    assert rows(res, "4.4%") == [("no2_change_yoy", "beijing", 2023)]
    assert rows(res, "3.0%") == [("pm25_change_yoy", "beijing", 2023)]


def test_pollutant_changes_against_2013(tmp_path):
    res = spring(tmp_path, "与2013年相比，2023年河北PM10、二氧化硫、二氧化氮浓度分别下降41.3%、80.2%、21.9%。\n")
    assert rows(res, "41.3%") == [("pm10_change_vs_2013", "hebei", 2023)]
    assert rows(res, "80.2%") == [("so2_change_vs_2013", "hebei", 2023)]
    assert rows(res, "21.9%") == [("no2_change_vs_2013", "hebei", 2023)]


def test_emission_cuts_and_other_base_years_are_not_concentration_changes(tmp_path):
    res = spring(tmp_path, "2023年，河北二氧化硫、氮氧化物排放量分别削减4.5%、5.2%。\n")
    assert not rows(res, "4.5%")
    res = spring(tmp_path, "与2019年相比，2023年北京PM10、二氧化氮分别下降12.4%、20.3%。\n")
    assert not rows(res, "12.4%") and not rows(res, "20.3%")


# -- air: synonyms for day counts ------------------------------------------------------------------------------------
def test_heavy_pollution_days_written_without_tianshu(tmp_path):
    res = spring(tmp_path, "2023年，北京市优良天数271天；重污染6天。\n")
    assert rows(res, "6天") == [("heavy_pollution_days", "beijing", 2023)]


def test_heavy_pollution_change_is_not_the_level(tmp_path):
    res = spring(tmp_path, "2023年，北京市重污染6天，比上年减少3天。\n")
    assert "heavy_pollution_days" not in _ids(res, "3天")


def test_grade_one_days_with_de(tmp_path):
    res = spring(tmp_path, "2023年，北京全年一级优的天数有97天。\n")
    assert rows(res, "97天") == [("first_grade_air_days", "beijing", 2023)]


def test_grade_one_days_change_stays_out(tmp_path):
    res = spring(tmp_path, "2023年，北京全年一级优的天数比上年增加12天。\n")
    assert "first_grade_air_days" not in _ids(res, "12天")


# -- people -----------------------------------------------------------------------------------------------------------
def test_migrant_share_of_residents(tmp_path):
    body = "2023年末，全市常住人口1900.2万人。其中，常住外来人口610.5万人，占常住人口的比重为32.1%。\n"
    res = spring(tmp_path, body, title="北京市2023年国民经济和社会发展统计公报")
    assert rows(res, "32.1%") == [("resident_migrant_population_share", "beijing", 2023)]


def test_urban_share_beside_migrant_share_stays_urbanisation(tmp_path):
    body = "2023年，北京城镇人口1700.5万人，占常住人口的比重为87.2%；常住外来人口600.1万人，占常住人口的比重为31.5%。\n"
    res = spring(tmp_path, body)
    assert rows(res, "87.2%") == [("urbanisation_rate", "beijing", 2023)]
    assert rows(res, "31.5%") == [("resident_migrant_population_share", "beijing", 2023)]


def test_migrant_growth_is_not_the_share(tmp_path):
    res = spring(tmp_path, "2023年末，北京常住外来人口600.1万人，比上年末增加3.2万人，增长0.5%。\n")
    assert "resident_migrant_population_share" not in _ids(res, "0.5%")
    assert "resident_population_growth" not in _ids(res, "0.5%")


def test_resident_population_growth(tmp_path):
    res = spring(tmp_path, "2023年末，天津常住人口1350.2万人，比上年末增加6.3万人，增长0.5%。\n")
    assert rows(res, "0.5%") == [("resident_population_growth", "tianjin", 2023)]


def test_per_resident_patents_growth_is_not_population_growth(tmp_path):
    res = spring(tmp_path, "2023年，天津每万常住人口发明专利拥有量由上年的40.2件增加至45.0件，增长11.9%。\n")
    assert "resident_population_growth" not in _ids(res, "11.9%")


def test_urban_and_rural_income_growth_nominal(tmp_path):
    body = ("2023年，天津城镇居民人均可支配收入56000元，增长4.4%；农村居民人均可支配收入31000元，增长6.2%；"
            "扣除价格因素，城乡居民收入分别实际增长4.1%和5.9%。\n")
    res = spring(tmp_path, body)
    assert rows(res, "4.4%") == [("urban_disposable_income_per_capita_growth", "tianjin", 2023)]
    assert rows(res, "6.2%") == [("rural_disposable_income_per_capita_growth", "tianjin", 2023)]
    assert not rows(res, "4.1%") and not rows(res, "5.9%")


def test_median_income_growth_is_not_urban_growth(tmp_path):
    res = spring(tmp_path, "2023年，天津城镇居民人均可支配收入中位数增长3.8%。\n")
    assert "urban_disposable_income_per_capita_growth" not in _ids(res, "3.8%")


def test_long_form_income_synonyms(tmp_path):
    res = spring(tmp_path, "2023年，全市居民每人平均可支配收入为66100元，比上年增长5.1%。\n",
                 title="北京市2023年居民收入情况")
    assert rows(res, "66100元") == [("disposable_income_per_capita", "beijing", 2023)]
    assert rows(res, "5.1%") == [("disposable_income_per_capita_growth", "beijing", 2023)]


def test_consumption_expenditure_growth(tmp_path):
    body = "2023年，北京全市居民人均消费支出45200元，比上年增长7.3%。其中，城镇居民人均消费支出48100元，增长7.0%。\n"
    res = spring(tmp_path, body)
    assert rows(res, "7.3%") == [("consumption_expenditure_per_capita_growth", "beijing", 2023)]
    assert "consumption_expenditure_per_capita_growth" not in _ids(res, "7.0%")


# -- economy and innovation -----------------------------------------------------------------------------------------
def test_hightech_manufacturing_value_added_growth(tmp_path):
    res = spring(tmp_path, "2023年，天津高技术制造业增加值增长6.4%，快于全市规模以上工业2.0个百分点。\n")
    assert rows(res, "6.4%") == [("hightech_manufacturing_value_added_growth", "tianjin", 2023)]


def test_hightech_manufacturing_investment_is_not_value_added(tmp_path):
    res = spring(tmp_path, "2023年，天津高技术制造业、高技术服务业投资分别增长15.3%和8.8%。\n")
    assert "hightech_manufacturing_value_added_growth" not in _ids(res, "15.3%")
    res = spring(tmp_path, "2023年，天津高技术制造业投资增长15.3%。\n")
    assert "hightech_manufacturing_value_added_growth" not in _ids(res, "15.3%")


def test_producer_price_change_and_purchase_price(tmp_path):
    res = spring(tmp_path, "2023年，北京工业生产者出厂价格下降0.6%，工业生产者购进价格下降2.1%。\n")
    assert rows(res, "0.6%") == [("ppi_change", "beijing", 2023)]
    assert _value(res, "0.6%") == [-0.6]
    assert "ppi_change" not in _ids(res, "2.1%")


def test_farm_producer_prices_are_not_ppi(tmp_path):
    res = spring(tmp_path, "2023年，北京农产品生产者价格上涨1.4%。\n")
    assert "ppi_change" not in _ids(res, "1.4%")


def test_rd_expenditure_growth(tmp_path):
    body = "2023年，全省共投入研究与试验发展(R&D)经费700.5亿元，比上年增加50.2亿元，增长7.7%。\n"
    res = spring(tmp_path, body, title="河北省2023年科技经费投入统计公报")
    assert rows(res, "7.7%") == [("rd_expenditure_growth", "hebei", 2023)]
    assert rows(res, "700.5亿元") == [("rd_expenditure", "hebei", 2023)]


def test_rd_growth_of_a_performer_is_not_the_total(tmp_path):
    body = "2023年，河北各类企业研究与试验发展(R&D)经费支出600.3亿元，比上年增长9.2%；高等学校经费支出40.1亿元，增长5.5%。\n"
    res = spring(tmp_path, body)
    assert "rd_expenditure_growth" not in _ids(res, "9.2%")
    assert "rd_expenditure_growth" not in _ids(res, "5.5%")


def test_rd_growth_by_activity_type(tmp_path):
    body = ("2023年，全省R&D经费投入强度(与地区生产总值之比)为2.10%；全省用于基础研究的经费为30.1亿元，比上年下降2.2%；"
            "应用研究经费95.3亿元，增长8.8%；试验发展经费820.4亿元，增长6.6%。\n")
    res = spring(tmp_path, body, title="河北省2023年科技经费投入统计公报")
    assert rows(res, "2.2%") == [("basic_research_expenditure_growth", "hebei", 2023)]
    assert _value(res, "2.2%") == [-2.2]
    assert rows(res, "8.8%") == [("applied_research_expenditure_growth", "hebei", 2023)]
    assert rows(res, "6.6%") == [("experimental_development_expenditure_growth", "hebei", 2023)]


def test_total_rd_growth_and_multi_year_growth_are_not_an_activity_type(tmp_path):
    res = spring(tmp_path, "2023年，天津研究与试验发展经费增长6.9%。\n")
    assert "experimental_development_expenditure_growth" not in _ids(res, "6.9%")
    res = spring(tmp_path, "2023年，北京基础研究经费5年增长近45%。\n")
    assert "basic_research_expenditure_growth" not in _ids(res, "近45%")


def test_invention_patents_per_10k_residents(tmp_path):
    body = "2023年，区域有效发明专利拥有量60.2万件，每万常住人口拥有量55.1件，其中北京230.4件。\n"
    res = spring(tmp_path, body, title="2023年京津冀区域发展指数")
    assert rows(res, "55.1件") == [("invention_patents_per_10k_residents", "jjj", 2023)]
    assert rows(res, "230.4件") == [("invention_patents_per_10k_residents", "beijing", 2023)]
    assert not rows(res, "60.2万件")


def test_high_value_patents_per_10k_are_another_measure(tmp_path):
    res = spring(tmp_path, "2023年，河北每万人口高价值发明专利拥有量达到3.9件。\n")
    assert "invention_patents_per_10k_residents" not in _ids(res, "3.9件")
