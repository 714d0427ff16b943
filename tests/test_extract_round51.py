"""Round 51 of issue 8. Every sentence is written for the test; none is copied from a release."""

from __future__ import annotations

from tests.extract_support import extract, out, regions


def test_a_year_that_dates_a_rank_does_not_date_the_next_sentence(tmp_path):
    body = ("全县地区生产总值年均增长6.1%，2025年达到280亿元，在全市排名由2020年第9位上升到第5位。"
            "城乡居民人均可支配收入分别达到41230元、16750元。\n")
    res = extract(tmp_path, body, title="涿鹿县“十四五”发展成就", published="2026-02-12", reference_year=2026)
    assert {r["year"] for r in out(res, "41230元")} == {2025}


def test_a_years_first_pass_over_a_bar_is_that_years_level_of_the_measure_before(tmp_path):
    body = "全县地区生产总值年均增长6.1%，2025年首次突破280亿元。\n"
    res = extract(tmp_path, body, title="藁城区“十四五”发展成就", published="2026-02-12", reference_year=2026)
    assert [(r["indicator"], r["year"], r["value"]) for r in out(res, "突破280亿元")] == [("gdp", 2025, 280.0)]


def test_a_years_first_pass_is_read_for_a_measure_the_catalogue_does_not_know(tmp_path):
    body = "近年来全县旅游收入以每年近3亿元的速度增长，2019年首次突破20亿元。\n"
    res = extract(tmp_path, body, title="崇礼区冰雪经济", published="2020-03-12", reference_year=2020)
    assert [(r["year"], r["value"]) for r in out(res, "突破20亿元")] == [(2019, 20.0)]


def test_a_first_pass_over_a_bar_with_no_year_after_the_level_is_no_second_figure(tmp_path):
    body = "全市法人单位资产总量122.1万亿元，比上次普查增加57.4万亿元，首次突破百万亿元。\n"
    res = extract(tmp_path, body, title="北京市经济普查公报", published="2014-12-22", reference_year=2014)
    assert out(res, "突破百万亿元") == []


def test_a_year_written_in_chinese_digits_dates_the_figures_after_it(tmp_path):
    body = "根据二〇二三年的统计，全县户籍人口三十二万一千人、常住人口二十九万六千人。\n"
    res = extract(tmp_path, body, title="沽源县概况", published="2025", reference_year=2025)
    assert {r["year"] for r in out(res, "三十二万一千人") + out(res, "二十九万六千人")} == {2023}
    assert "三十二万一千人" in out(res, "三十二万一千人")[0]["quote"]


def test_a_plan_period_with_its_years_in_brackets_ends_in_the_last_year_written(tmp_path):
    body = "“十四五”以来（2021—2024年），北京流向津冀的技术合同成交额2100.5亿元。\n"
    res = extract(tmp_path, body, title="区域协同发展指数继续提升", published="2025-12-20", reference_year=2025)
    assert [(r["indicator"], r["year"], r["period_start"]) for r in out(res, "2100.5亿元")] == [
        ("tech_contract_turnover_to_tjhb_cumulative", 2024, 2021)]


def test_a_towns_page_on_its_countys_site_gives_the_county_none_of_the_towns_figures(tmp_path):
    body = "大营镇位于县城北部，辖18个行政村。2023年，全镇户籍人口21560人，农村居民人均可支配收入1.6万元。\n"
    res = extract(tmp_path, body, title="大营镇概况", publisher="宽城满族自治县人民政府",
                  published="2024-01-05", reference_year=2024)
    assert out(res, "21560人") == [] and out(res, "1.6万元") == []


def test_the_countys_own_page_on_its_site_still_gives_the_county_its_figures(tmp_path):
    body = "2023年，全县户籍人口25.6万人，农村居民人均可支配收入1.6万元。\n"
    res = extract(tmp_path, body, title="县情概况", publisher="宽城满族自治县人民政府",
                  published="2024-01-05", reference_year=2024)
    assert {r["region"] for r in out(res, "1.6万元")} == {"kuancheng"}


def test_a_county_named_by_its_former_name_is_the_renamed_region(tmp_path):
    body = "2015年，蓟县地区生产总值完成409亿元，一般公共预算收入38.6亿元。\n"
    res = extract(tmp_path, body, title="政府工作报告", published="2016-01-16", reference_year=2016)
    assert {r["region"] for r in out(res, "409亿元")} == {"jizhou"}


def test_new_jobs_written_with_a_lower_bound_are_the_years_new_urban_jobs(tmp_path):
    body = "2024年，全区固定资产投资预计完成62亿元，新增就业1.5万人以上。\n"
    res = extract(tmp_path, body, title="河东区2024年计划执行情况", published="2025-01-08", reference_year=2025)
    assert [(r["indicator"], r["year"], r["qualifier"]) for r in out(res, "1.5万人以上")] == [
        ("new_urban_jobs", 2024, "at_least")]


def test_new_jobs_held_above_a_floor_are_still_a_bar_not_a_figure(tmp_path):
    body = "2024年，全区新增就业保持在1.5万人以上。\n"
    res = extract(tmp_path, body, title="河东区2024年计划执行情况", published="2025-01-08", reference_year=2025)
    assert [r for r in out(res, "1.5万人以上") if r.get("indicator") == "new_urban_jobs"] == []


def test_the_central_districts_a_district_came_first_among_are_not_where_its_figures_are(tmp_path):
    body = "2019年，和平区在中心城区率先实现一般公共预算收入42.3亿元，服务业增加值占比95%。\n"
    res = extract(tmp_path, body, title="和平区2019年经济成绩单", published="2020-03-02", reference_year=2020)
    assert {r["region"] for r in out(res, "42.3亿元")} == {"heping"}


def test_a_news_sites_dateline_names_no_place_of_the_figures(tmp_path):
    body = "天津北方网讯：2019年，全区一般公共预算收入42.3亿元，固定资产投资增长8%。\n"
    res = extract(tmp_path, body, title="和平区2019年经济成绩单", published="2020-03-02", reference_year=2020)
    assert {r["region"] for r in out(res, "42.3亿元")} == {"heping"}


def test_a_level_past_a_mark_written_with_po_is_more_than_the_mark(tmp_path):
    body = "2019年，和平区地区生产总值破千亿元，创历史新高。\n"
    res = extract(tmp_path, body, title="和平区2019年经济成绩单", published="2020-03-02", reference_year=2020)
    assert [(r["indicator"], r["value"], r["qualifier"]) for r in out(res, "破千亿元")] == [("gdp", 1000.0, "more_than")]


def test_a_record_broken_is_no_figure_past_a_mark(tmp_path):
    body = "2019年，和平区游客人数打破3项纪录。\n"
    res = extract(tmp_path, body, title="和平区2019年经济成绩单", published="2020-03-02", reference_year=2020)
    assert all("破" not in r["raw"] for r in res.rows + res.candidates)


def test_tianjins_hitech_zone_by_its_short_name_is_the_binhai_hitech_zone(tmp_path):
    body = "天津高新区目前拥有市级以上孵化器15家，其中国家级孵化器10家。\n"
    res = extract(tmp_path, body, title="孵化器年度评价获佳绩", published="2021-12-10", reference_year=2021)
    assert set(regions(res, "15家")) == {"binhai_hitech"}



def test_a_mark_passed_right_after_the_measures_growth_is_its_level(tmp_path):
    body = "五年来，全区地区生产总值年均增长6.2%，突破千亿元大关；居民人均可支配收入年均增长6%，突破5万元。\n"
    res = extract(tmp_path, body, title="顺义区政府工作报告", published="2021-12-20", reference_year=2021)
    assert [(r["indicator"], r["value"], r["qualifier"]) for r in out(res, "突破千亿元")] == [("gdp", 1000.0, "more_than")]
    assert [r["indicator"] for r in out(res, "突破5万元")] == ["disposable_income_per_capita"]


def test_a_mark_in_chinese_numerals_with_no_unit_after_money_words_is_money(tmp_path):
    body = "2021年，保税区GDP破千亿；区级税收增长20.8%。\n"
    res = extract(tmp_path, body, title="天津港保税区2021年成绩单", published="2022-02-09", reference_year=2022)
    assert [(r["indicator"], r["value"], r["qualifier"]) for r in out(res, "破千亿")] == [("gdp", 1000.0, "more_than")]


def test_a_mark_in_chinese_numerals_with_no_unit_and_no_money_words_is_no_figure(tmp_path):
    body = "2021年，保税区游客突破千万，增长20.8%。\n"
    res = extract(tmp_path, body, title="天津港保税区2021年成绩单", published="2022-02-09", reference_year=2022)
    assert out(res, "突破千万") == []


def test_a_headline_naming_a_county_in_its_city_and_a_national_word_is_about_the_county(tmp_path):
    body = "河北省平泉县是蔬菜生产大县。到目前，全县蔬菜生产总面积达到14.2万亩，年产量95万吨。\n"
    res = extract(tmp_path, body, title="'[承德]:河北平泉县建全国统一蔬菜大棚基地'", published="2014-09-09",
                  reference_year=2014)
    assert set(regions(res, "14.2万亩")) == {"pingquan"}


def test_the_county_anaphor_stands_for_a_county_level_city_that_was_a_county(tmp_path):
    body = "滦县撤县设市。截止到去年年底，全县现有规模以上工业企业92家。\n"
    res = extract(tmp_path, body, title="滦县撤县设市", published="2018-09-30", reference_year=2018)
    assert set(regions(res, "92家")) == {"luanzhou"}


def test_the_area_anaphor_in_a_release_on_two_places_is_the_group_they_make(tmp_path):
    body = "二是交通一体化建设稳步推进。区域内已建成跨界道路9条，开通跨界公交19条。\n"
    res = extract(tmp_path, body, title="通州辐射带动北三县协同发展", published="2022-11-20", reference_year=2022)
    assert set(regions(res, "9条")) == {"tongzhou_bsx"}


def test_the_area_anaphor_in_a_release_on_one_place_beside_another_not_grouped_stays_unresolved(tmp_path):
    body = "二是交通一体化建设稳步推进。区域内已建成跨界道路9条。\n"
    res = extract(tmp_path, body, title="通州辐射带动固安协同发展", published="2022-11-20", reference_year=2022)
    assert "tongzhou_bsx" not in set(regions(res, "9条"))


def test_a_provinces_one_character_name_opening_a_roads_name_is_no_place_of_the_figure(tmp_path):
    body = "十年来，京津冀织密交通网，津石、塘承高速等先后全线贯通，公路里程合计达到23.9万公里。\n"
    res = extract(tmp_path, body, title="轨道上的京津冀", published="2024-02-26", reference_year=2024)
    assert set(regions(res, "23.9万公里")) == {"jjj"}


def test_a_class_of_firms_rd_spending_is_not_the_regions_rd_expenditure(tmp_path):
    body = "全省“专精特新”中小企业中高新技术企业1480家；2021年研发投入125亿元，户均研发强度超4%。\n"
    res = extract(tmp_path, body, title="河北专精特新企业发展", published="2022-11-29", reference_year=2022)
    assert [r.get("indicator") for r in out(res, "125亿元")] != ["rd_expenditure"]
    assert out(res, "125亿元")  # still a figure: a candidate, the class's own


def test_the_regions_rd_expenditure_is_still_read_beside_firms_in_general(tmp_path):
    body = "2021年，全省研究与试验发展经费投入745亿元，其中企业投入占比超过八成。\n"
    res = extract(tmp_path, body, title="河北科技创新", published="2022-11-29", reference_year=2022)
    assert [r.get("indicator") for r in out(res, "745亿元")] == ["rd_expenditure"]


def test_the_tertiary_share_of_the_employed_is_not_the_economys_tertiary_share(tmp_path):
    body = "2022年，北京法人单位从业人员中，第三产业比重为85.1%，较2013年提高6.9个百分点。\n"
    res = extract(tmp_path, body, title="京津冀协同发展九年成就", published="2023-02-27", reference_year=2023)
    assert all(r.get("indicator") != "tertiary_share" for r in out(res, "85.1%"))


def test_the_level_reached_right_after_a_bar_passed_is_the_measures_level(tmp_path):
    body = "2024年，全市40个集群营收首次突破5000亿元达到5230亿元，超百亿集群达20个。\n"
    res = extract(tmp_path, body, title="邢台特色产业集群发布会", published="2025-04-22", reference_year=2025)
    assert [(r["phrase"], r["year"]) for r in out(res, "5230亿元")] == [("集群营收", 2024)]
    assert out(res, "突破5000亿元") == []


def test_money_from_one_place_to_another_written_as_a_route_belongs_to_where_it_went(tmp_path):
    body = "2015年至2018年北京到津冀投资的认缴出资额累计超过6500亿元。\n"
    res = extract(tmp_path, body, title="产业协同从北京减量到津冀增量", published="2019-03-01", reference_year=2019)
    assert set(regions(res, "超过6500亿元")) == {"tianjin_hebei"}


def test_a_route_between_two_places_still_gives_neither_its_figures(tmp_path):
    body = "2019年，北京到天津的城际列车日均开行110对。\n"
    res = extract(tmp_path, body, title="京津城际运营", published="2020-01-10", reference_year=2020)
    assert not {"beijing", "tianjin"} & set(regions(res, "110对"))


def test_the_value_after_a_mark_passed_in_the_clause_before_is_that_measures(tmp_path):
    body = "2022年，全省发明专利授权量首次突破万件，达11350件，同比增长35%。\n"
    res = extract(tmp_path, body, title="河北知识产权发展态势", published="2023-02-17", reference_year=2023)
    assert [(r["phrase"], r["year"]) for r in out(res, "11350件")] == [("发明专利授权量", 2022)]
