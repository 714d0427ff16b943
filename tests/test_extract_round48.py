"""Round 48 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out


def test_a_count_the_sentence_says_is_the_censuss_is_the_census_count(tmp_path):
    body = ("2023年末，保定市常住人口为921.6万人，比上年末减少2.3万人。\n\n"
            "全年出生人口5.1万人，死亡人口7.4万人。\n\n"
            "据第七次全国人口普查数据，截至2020年11月1日零时，保定市常住人口为9242310人，与2010年相比增加123456人。\n")
    res = extract(tmp_path, body, title="保定市2023年人口变动情况", published="2024-03-10", reference_year=2024)
    assert [(r["indicator"], r["year"]) for r in out(res, "9242310人")] == [("population_census", 2020)]
    assert [(r["indicator"], r["year"]) for r in out(res, "921.6万人")] == [("population_year_end", 2023)]


def test_a_figure_compared_with_the_sixth_census_is_the_seventh_censuss(tmp_path):
    body = ("截至2023年末，沧州市户籍人口为780.2万人。\n\n"
            "全年出生人口4.9万人。\n\n"
            "全市共有家庭户243.6万户，平均每个家庭户的人口为2.86人，比2010年第六次全国人口普查的3.41人减少0.55人。\n")
    res = extract(tmp_path, body, title="沧州人口数据汇总", published="2024-05-20", reference_year=2024)
    assert {r["year"] for r in out(res, "243.6万户") + out(res, "2.86人")} == {2020}


def test_train_runs_counted_in_tang_and_people_who_travel_each_week_are_quantities(tmp_path):
    body = "2023年，廊坊市开行进京定制公交线路42条，每天发车320趟，其中3.2万人每周乘坐两次以上。\n"
    res = extract(tmp_path, body, title="廊坊进京公交", published="2024-01-10", reference_year=2024)
    assert [(r["unit"], r["value"]) for r in out(res, "320趟")] == [("趟", 320.0)]
    assert [(r["unit"], r["value"]) for r in out(res, "3.2万人")] == [("万人", 3.2)]


def test_a_part_of_the_year_before_the_verb_keeps_the_measure_the_trend_clause_named(tmp_path):
    body = "今年以来，唐山市港口货物吞吐量保持较快增长，1-8月达到5.6亿吨，同比增长6.2%。\n"
    res = extract(tmp_path, body, title="唐山港口运行情况", published="2023-09-20", reference_year=2023)
    assert [r["candidate_id"] for r in out(res, "5.6亿吨")] == ["1-8月|港口货物吞吐量|亿吨"]


def test_a_bare_deed_after_a_subjects_count_keeps_the_subject(tmp_path):
    body = "今年1-10月，天津市老旧小区改造新开工286个，完成年度任务的95%；建成203个，完成年度任务的87%。\n"
    res = extract(tmp_path, body, title="天津老旧小区改造进展", published="2023-11-15", reference_year=2023)
    assert [r["candidate_id"] for r in out(res, "203个")] == ["1-10月|老旧小区改造建成|个"]


def test_the_place_linked_with_a_partner_counts_the_links(tmp_path):
    body = "十年来，京津冀交通一体化加快推进，天津与北京、河北连通高速公路达到12条，天津与冀打通普通干线公路18条。\n"
    res = extract(tmp_path, body, title="天津交通一体化成效", published="2024-02-26", reference_year=2024)
    assert {r["region"] for r in out(res, "12条") + out(res, "18条")} == {"tianjin"}


def test_a_table_header_of_words_and_bare_years_is_read_as_a_header(tmp_path):
    body = ("2023年河北各城市GDP排名\n\n"
            "| 排名 | 城市 | 2023 | 2022 | 增量 | 名义增速 |\n"
            "| 1 | 唐山 | 9133.3 | 8900.5 | 232.8 | 2.62% |\n"
            "| 2 | 石家庄 | 7534.2 | 7100.6 | 433.6 | 6.11% |\n"
            "| 3 | 沧州 | 4440.2 | 4388.2 | 52 | 1.19% |\n")
    res = extract(tmp_path, body, title="城市经济总量排名", published="2024-02-20", reference_year=2024)
    assert [(r["region"], r["year"], r["value"]) for r in out(res, "2.62%") + out(res, "6.11%")] == [
        ("tangshan", 2023, 2.62), ("shijiazhuang", 2023, 6.11)]


def test_a_tables_caption_naming_the_parent_place_gives_each_row_its_own_place(tmp_path):
    body = ("2023年河北省各市地区生产总值（单位：亿元）\n\n"
            "| 城市 | 2023年 | 增速(%) |\n| 唐山 | 9133.3 | 6.2 |\n| 石家庄 | 7534.2 | 6.5 |\n| 沧州 | 4440.2 | 5.9 |\n")
    res = extract(tmp_path, body, title="河北各市经济数据", published="2024-02-20", reference_year=2024)
    assert [(r.get("indicator"), r["region"]) for r in out(res, "9133.3亿元")] == [("gdp", "tangshan")]
    assert not [r for r in res.rows if r["region"] == "hebei"]
    body = ("2023年北京市社会消费品零售总额（分区）（单位：亿元）\n\n"
            "| 地区 | 2023年 | 增长(%) |\n| 朝阳区 | 3133.3 | 6.2 |\n| 海淀区 | 2534.2 | 6.5 |\n| 西城区 | 1440.2 | 5.9 |\n")
    res = extract(tmp_path, body, title="北京分区数据", published="2024-02-20", reference_year=2024)
    assert {r["region"] for r in res.rows} == {"chaoyang", "haidian", "xicheng"}


def test_a_caption_ending_on_a_colon_after_its_unit_still_gives_the_unit(tmp_path):
    body = ("2023年，河北省各市地区生产总值如下（单位：亿元）：\n\n"
            "| 城市 | 地区生产总值 | 增速(%) |\n| 唐山 | 9133.3 | 6.2 |\n| 石家庄 | 7534.2 | 6.5 |\n| 沧州 | 4440.2 | 5.9 |\n")
    res = extract(tmp_path, body, title="河北经济", published="2024-02-20", reference_year=2024)
    assert [(r.get("indicator"), r["region"], r["value"]) for r in out(res, "7534.2亿元")] == [("gdp", "shijiazhuang", 7534.2)]


def test_a_total_to_a_day_of_december_is_the_year_so_far_not_the_years(tmp_path):
    body = "截至12月10日，今年唐山港集装箱吞吐量累计完成180.4万标箱，同比增长20.9%。\n"
    res = extract(tmp_path, body, title="唐山港集装箱吞吐量创新高", published="2024-12-15", reference_year=2024)
    assert not res.rows
    assert [(r["candidate_id"], r["year"]) for r in out(res, "180.4万标箱")] == [
        ("截至12月10日|集装箱吞吐量|万标准箱|cumulative", 2024)]


def test_a_flow_since_the_years_start_in_a_release_before_december_is_the_year_so_far(tmp_path):
    body = "今年以来，北京市一般公共预算收入完成3000亿元，同比增长2.5%。\n"
    res = extract(tmp_path, body, title="北京财政收支情况", published="2024-08-10", reference_year=2024)
    assert not res.rows
    assert [r["candidate_id"] for r in out(res, "3000亿元")] == ["年初至今|一般公共预算收入|亿元"]
    # a December review's 今年以来 is the year, as before
    res = extract(tmp_path, body, title="北京财政收支情况", published="2024-12-28", reference_year=2024)
    assert [(r["indicator"], r["year"]) for r in out(res, "3000亿元")] == [("general_budget_revenue", 2024)]


def test_a_mean_of_the_heating_period_is_no_annual_mean(tmp_path):
    body = "冬季供暖期间，北京市PM2.5平均浓度为45微克/立方米。采暖期内，天津市PM2.5平均浓度为60微克/立方米。\n"
    res = extract(tmp_path, body, title="京津空气质量", published="2024-04-10", reference_year=2024)
    assert not res.rows
    assert {r["candidate_id"].split("|")[0] for r in res.candidates} == {"采暖季"}


def test_general_public_revenue_said_short_has_its_growth_catalogued(tmp_path):
    body = "2023年，廊坊市一般公共收入完成300.5亿元，按可比口径增长5.1%。\n"
    res = extract(tmp_path, body, title="廊坊市财政预算执行情况", published="2024-01-20", reference_year=2024)
    assert [(r["indicator"], r["year"]) for r in out(res, "5.1%")] == [("general_budget_revenue_growth", 2023)]


def test_an_undated_rd_intensity_before_the_years_end_is_last_years_at_the_latest(tmp_path):
    body = "天津市科技创新能力不断增强，现在全社会研发投入强度达到3.58%，排名全国前列。\n"
    res = extract(tmp_path, body, title="天津市新闻发布会", published="2025-04-03", reference_year=2025)
    assert [(r["indicator"], r["year"]) for r in out(res, "3.58%")] == [("rd_intensity", 2024)]


def test_an_undated_year_end_population_before_december_is_last_years(tmp_path):
    res = extract(tmp_path, "目前，天津市常住人口1364万人。\n", title="天津人口发展", published="2024-08-10", reference_year=2024)
    assert [(r["indicator"], r["year"]) for r in out(res, "1364万人")] == [("population_year_end", 2023)]


def test_a_caption_naming_the_province_or_city_alone_still_gives_each_row_its_own_place(tmp_path):
    rows = "| 城市 | 2023年 | 增速(%) |\n| 唐山 | 9133.3 | 6.2 |\n| 石家庄 | 7534.2 | 6.5 |\n| 沧州 | 4440.2 | 5.9 |\n"
    res = extract(tmp_path, "2023年河北地区生产总值（单位：亿元）\n\n" + rows, title="河北经济", published="2024-02-20",
                  reference_year=2024)
    assert [(r["indicator"], r["region"]) for r in out(res, "9133.3亿元")] == [("gdp", "tangshan")]
    rows = "| 县（市、区） | 2023年 |\n| 迁安市 | 1100.5 |\n| 遵化市 | 534.2 |\n| 滦州市 | 440.2 |\n"
    res = extract(tmp_path, "2023年唐山市地区生产总值（单位：亿元）\n\n" + rows, title="唐山经济", published="2024-02-20",
                  reference_year=2024)
    assert {r["region"] for r in res.rows} == {"qian_an", "zunhua", "luanzhou"}
    rows = "| 城市 | 2023年（亿元） |\n| 唐山 | 9133.3 |\n| 石家庄 | 7534.2 |\n| 沧州 | 4440.2 |\n"
    res = extract(tmp_path, "2023年河北省11个设区市地区生产总值\n\n" + rows, title="河北经济", published="2024-02-20",
                  reference_year=2024)
    assert {r["region"] for r in res.rows} == {"tangshan", "shijiazhuang", "cangzhou"}
