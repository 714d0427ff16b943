"""Round 53 of issue 8. Every sentence is written for the test; none is copied from a release."""

from __future__ import annotations

from tests.extract_support import extract, out, regions


def test_the_share_after_an_age_groups_count_is_that_age_groups_share(tmp_path):
    body = "全市常住人口中，0-14岁人口为51234人，占18.21%；60岁及以上人口为60312人，占21.43%。\n"
    res = extract(tmp_path, body, title="迁安市第七次全国人口普查公报", published="2021-06-10", reference_year=2021)
    ids = [r["candidate_id"] for r in out(res, "18.21%") + out(res, "21.43%")]
    assert ids == ["0-14岁人口|%|share", "60岁及以上人口|%|share"]


def test_the_census_compared_with_is_no_other_place_and_no_measure(tmp_path):
    body = ("现将2020年11月1日零时全市人口的基本情况公布如下：全市常住人口为281234人，与2010年第六次全国人口普查的265432人相比，"
            "增加15802人，增长5.95%。与2010年第六次全国人口普查相比，65岁及以上人口的比重提高4.12个百分点。\n")
    res = extract(tmp_path, body, title="迁安市第七次全国人口普查公报", published="2021-06-10", reference_year=2021)
    assert [(r["candidate_id"], r["region"]) for r in out(res, "15802人")] == [("常住人口|人|change", "qian_an")]
    assert [r["candidate_id"] for r in out(res, "4.12个百分点")] == ["65岁及以上人口比重|个百分点|change"]


def test_a_census_communique_reposted_under_a_sites_own_lines_dates_its_figures_by_the_census(tmp_path):
    body = ("唐山总人口有多少？小编整理了一些资料，供大家参考。\n\n唐山人口这几年是增长还是下降，请看下文。\n\n"
            "唐山市第七次全国人口普查公报\n\n全市共有家庭户2612345户，集体户81234户。\n")
    res = extract(tmp_path, body, title="唐山人口有多少", published="2023-05-02", reference_year=2023)
    assert [r["year"] for r in out(res, "2612345户")] == [2020]


def test_the_census_moment_dates_the_yearless_paragraphs_after_it_on_a_page_that_began_with_a_later_year(tmp_path):
    body = ("2021年末，沧州市常住人口为730.1万人。\n\n2021年全市出生人口5.12万人。\n\n根据第七次人口普查数据，截至2020年11月1日零时，沧州市常住人口为7300783人。\n\n"
            "全市常住人口中，男性人口为368.12万人，占50.42%。\n")
    res = extract(tmp_path, body, title="沧州人口统计", published="2022-04", reference_year=2022)
    assert [r["year"] for r in out(res, "368.12万人")] == [2020]
    assert [r["year"] for r in out(res, "730.1万人")] == [2021]


def test_a_count_of_people_written_with_a_bare_ten_thousand_is_a_number_of_people(tmp_path):
    body = "2025年全市户籍人口数为1032.57万，比上年减少2.1万人。\n"
    res = extract(tmp_path, body, title="天津市居民健康状况报告", published="2026-06-10", reference_year=2026)
    assert [(r["indicator"], r["value"], r["year"]) for r in out(res, "1032.57万")] == [("registered_population", 1032.57, 2025)]


def test_a_places_bare_investment_growth_after_its_own_clause_is_its_fixed_asset_investment(tmp_path):
    body = "前三季度，雄安新区项目建设提速，投资同比增长41.2%；全省投资增长6.1%。\n"
    res = extract(tmp_path, body, title="河北省前三季度固定资产投资情况", published="2025-10-20", reference_year=2025)
    assert [(r.get("candidate_id") or r["indicator"], r["region"]) for r in out(res, "41.2%")] == [
        ("前三季度|固定资产投资|%|change", "xiongan")]


def test_a_bare_investment_growth_after_a_clause_about_something_else_names_no_measure(tmp_path):
    body = "前三季度，雄安新区签约项目12个，投资同比增长41.2%。\n"
    res = extract(tmp_path, body, title="雄安新区项目签约", published="2025-10-20", reference_year=2025)
    assert "固定资产投资" not in "".join(r.get("candidate_id") or r["indicator"] for r in out(res, "41.2%"))


def test_one_in_every_few_people_is_a_ratio_with_or_without_its_every(tmp_path):
    body = ("2025年全市60岁及以上户籍人口达到312万人，大约4人当中就有1位是老年人，每2.1名劳动力在抚养1名老年人，"
            "每2名户籍劳动力在抚养1名户籍老年人。\n")
    res = extract(tmp_path, body, title="天津市老年人口信息", published="2026-04-10", reference_year=2026)
    assert out(res, "4人") == [] and out(res, "1位") == [] and out(res, "1名") == [] and out(res, "2名") == []
    assert [r["value"] for r in out(res, "312万人")] == [312.0]


def test_programmes_named_after_the_cities_they_shield_are_no_subject_when_listed_as_a_places_works(tmp_path):
    body = ("近年来，丰宁县实施京津风沙源治理、京冀水源保护林等生态工程，为京津建设绿色屏障，"
            "以“21世纪首都水资源可持续利用”项目为依托，累计完成营造林面积98.6万亩。\n")
    res = extract(tmp_path, body, title="丰宁县涵养首都水源", published="2025-11-20", reference_year=2025)
    assert regions(res, "98.6万亩") == ["fengning"]


def test_a_joint_programme_as_the_subject_keeps_its_figures_from_any_one_city(tmp_path):
    body = "截至2025年底，京冀生态水源保护林建设合作项目已累计营造林130万亩。\n"
    res = extract(tmp_path, body, title="京冀生态水源保护林建设成效", published="2026-02-04", reference_year=2026)
    assert "beijing" not in regions(res, "130万亩") and "hebei" not in regions(res, "130万亩")


def test_alliances_set_up_are_counted_as_alliances(tmp_path):
    body = "2025年，京津冀三地累计组建18个跨区域医疗联盟、9个职业教育联盟。\n"
    res = extract(tmp_path, body, title="京津冀公共服务共建共享", published="2026-02-20", reference_year=2026)
    assert [r["value"] for r in out(res, "18个") + out(res, "9个")] == [18.0, 9.0]
    assert all("联盟" in r["candidate_id"] for r in out(res, "18个") + out(res, "9个"))


def test_cubic_and_square_metres_in_latin_letters_are_the_chinese_units(tmp_path):
    body = "2025年全市水资源总量为12.36亿m3，用水总量40.8亿m³，新建保障性住房建筑面积86.5万m²。\n"
    res = extract(tmp_path, body, title="保定市2025年水资源公报", published="2026-07-01", reference_year=2026)
    assert [(r["value"], r["unit"]) for r in out(res, "12.36亿m3") + out(res, "40.8亿m³")] == [
        (12.36, "亿立方米"), (40.8, "亿立方米")]
    assert [r["unit"] for r in out(res, "86.5万m²")] == ["万平方米"]


def test_how_often_a_days_flow_passed_a_bar_is_no_figure_and_neither_is_the_bar(tmp_path):
    body = "2025年，北京地铁全年客运量达到41.2亿人次，全年共有37次日客运量突破1300万人次。\n"
    res = extract(tmp_path, body, title="北京地铁2025年客运情况", published="2026-01-08", reference_year=2026)
    assert out(res, "37次") == [] and out(res, "突破1300万人次") == []
    assert [r["value"] for r in out(res, "41.2亿人次")] == [41.2]


def test_places_inside_a_list_of_works_carried_out_are_the_works_names(tmp_path):
    body = "2025年，张家口市深入实施“三北”防护林、首都周围绿化、京津风沙源治理等重点工程，完成营造林86.2万亩。\n"
    res = extract(tmp_path, body, title="张家口国土绿化", published="2026-03-12", reference_year=2026)
    assert regions(res, "86.2万亩") == ["zhangjiakou"]


def test_the_capitals_two_zones_are_a_hebei_citys_designation_not_beijing(tmp_path):
    body = "承德市扎实推进“首都”两区建设。\n\n2025年，该市完成营造林52.3万亩，森林覆盖率达到61.2%。\n"
    res = extract(tmp_path, body, title="承德生态建设", published="2026-03-12", reference_year=2026)
    assert regions(res, "52.3万亩") == ["chengde"]


def test_teda_in_latin_letters_names_the_zone_its_generic_name_stands_for(tmp_path):
    body = "2025年上半年，开发区实际利用内资增长12.4%，固定资产投资增长9.6%。\n"
    res = extract(tmp_path, body, title="TEDA 2025年上半年工作会议召开", published="2025-07-20", reference_year=2025)
    assert regions(res, "12.4%") == ["teda"] and regions(res, "9.6%") == ["teda"]


def test_listed_mortality_rates_keep_their_own_groups_and_none_is_the_death_rate(tmp_path):
    body = "2025年全市婴儿死亡率和5岁以下儿童死亡率分别为1.86‰和2.43‰，居民死亡率为6.35‰。\n"
    res = extract(tmp_path, body, title="天津市2025年居民健康状况", published="2026-06-10", reference_year=2026)
    assert [(r.get("indicator"), r.get("candidate_id")) for r in out(res, "2.43‰")] == [(None, "5岁以下儿童死亡率|‰")]
    assert [r.get("candidate_id") for r in out(res, "1.86‰")] == ["婴儿死亡率|‰"]
    assert [r["indicator"] for r in out(res, "6.35‰")] == ["death_rate"]


def test_the_rural_or_male_part_of_the_registered_population_is_not_the_whole(tmp_path):
    body = "2025年末，全区户籍人口为158.2万人。其中，男性为80.1万人；城镇户籍人口为140.6万人，乡村户籍人口为17.6万人。\n"
    res = extract(tmp_path, body, title="滨海新区2025年人口情况", published="2026-04-10", reference_year=2026)
    assert [r["value"] for r in res.rows if r["indicator"] == "registered_population"] == [158.2]


def test_a_terminals_handling_capacity_is_no_container_throughput(tmp_path):
    body = "2025年，天津集装箱中心站完成扩能改造，年集装箱办理能力从50万标准箱提升至90万标准箱。\n"
    res = extract(tmp_path, body, title="天津中欧班列", published="2025-09-05", reference_year=2025)
    assert all(r.get("indicator") != "port_container_throughput" for r in out(res, "90万标准箱"))


def test_the_year_of_a_goal_met_does_not_date_the_figures_after_it(tmp_path):
    body = ("2025年，全市孕产妇死亡率为5.12/10万，提前达到健康中国行动2030年≤12/10万的目标；婴儿死亡率为1.76‰，"
            "提前达到健康中国行动2030年≤5‰的目标。\n")
    res = extract(tmp_path, body, title="北京市2025年卫生健康统计", published="2026-05-20", reference_year=2026)
    assert [(r["value"], r["year"]) for r in out(res, "1.76‰")] == [(1.76, 2025)]
    assert out(res, "5‰") == []


def test_a_task_done_is_what_was_done_but_a_goal_beaten_is_still_only_a_goal(tmp_path):
    body = "2025年，全区率先完成2025年3.6万户清洁取暖改造任务。全区超额完成PM2.5浓度下降5%的目标。\n"
    res = extract(tmp_path, body, title="通州区清洁取暖", published="2025-11-20", reference_year=2025)
    assert [(r["candidate_id"], r["value"]) for r in out(res, "3.6万户")] == [("清洁取暖改造任务|万户", 3.6)]
    assert out(res, "5%") == []


def test_a_count_after_the_whole_places_anaphor_is_counted_by_the_noun_after_it(tmp_path):
    body = "截至2025年底，河北全省已有320多家医疗机构与京津医院建立合作关系。\n"
    res = extract(tmp_path, body, title="京津冀医疗协同", published="2026-02-10", reference_year=2026)
    assert [(r["candidate_id"], r["region"], r["value"]) for r in out(res, "320多家")] == [("医疗机构|家", "hebei", 320.0)]


def test_a_share_of_the_whole_city_said_by_its_anaphor_alone_is_the_clause_befores_measure(tmp_path):
    body = "2025年前三季度，民营经济实现税收863.5亿元，同比增长3.1%，占全市的46.3%。\n"
    res = extract(tmp_path, body, title="天津市民营经济发展情况", published="2025-10-28", reference_year=2025)
    assert [(r["region"], r["value"]) for r in out(res, "46.3%")] == [("tianjin", 46.3)]


def test_how_broad_growth_was_across_industries_is_no_figure(tmp_path):
    body = "1-10月，全市规上工业增加值同比增长6.2%，工业增长面达71.3%，增长面比上年同期扩大3.1个百分点。\n"
    res = extract(tmp_path, body, title="邢台市1-10月工业运行情况", published="2025-11-20", reference_year=2025)
    assert out(res, "71.3%") == [] and out(res, "3.1个百分点") == []
    assert [r["value"] for r in out(res, "6.2%")] == [6.2]


def test_a_quota_the_province_set_is_a_target_and_what_was_cut_is_the_figure(tmp_path):
    body = "2025年，唐山市省定压减炼钢产能800万吨，实际压减812万吨。\n"
    res = extract(tmp_path, body, title="唐山压减钢铁产能", published="2025-12-10", reference_year=2025)
    assert out(res, "800万吨") == []
    assert [abs(r["value"]) for r in out(res, "812万吨")] == [812.0]


def test_people_named_with_what_kind_they_are_after_a_bare_ten_thousand_are_people(tmp_path):
    body = "2025年，全省累计帮助150万困难群众解决住房问题，8.6万基层群众受益。\n"
    res = extract(tmp_path, body, title="河北住房保障", published="2026-01-20", reference_year=2026)
    assert [r["unit"] for r in out(res, "150万") + out(res, "8.6万")] == ["万人", "万人"]


def test_a_reach_within_some_metres_and_what_a_vehicle_can_run_are_no_figures(tmp_path):
    body = "2025年，全市公交与轨道交通50米内换乘站点占比达到90.2%；新投用的纯电动公交车充一次电能跑260公里。\n"
    res = extract(tmp_path, body, title="北京绿色出行", published="2026-01-10", reference_year=2026)
    assert out(res, "50米") == [] and out(res, "260公里") == []
    assert [r["value"] for r in out(res, "90.2%")] == [90.2]


def test_a_headline_said_again_before_the_lead_on_one_line_still_lets_the_lead_date_the_report(tmp_path):
    body = ("北京老年人口一年增加20万！再创新高|某某网站9月8日，论坛发布《2025年北京市老龄事业发展报告》。报告显示，2025年全市60岁及以上常住人口达530.2万人。\n\n"
            "据统计，全市80岁及以上常住人口70.3万人。\n")
    res = extract(tmp_path, body, title="北京老年人口一年增加20万！再创新高", published="2026-09-09", reference_year=2026)
    assert [r["year"] for r in out(res, "70.3万人")] == [2025]


def test_the_developed_countries_level_compared_with_is_no_figure_of_ours(tmp_path):
    body = "2025年北京全社会研发投入强度达6.6%，远超发达国家约2.8%的平均水平。\n"
    res = extract(tmp_path, body, title="北京科技创新", published="2026-03-01", reference_year=2026)
    assert out(res, "约2.8%") == []
    assert [r["indicator"] for r in out(res, "6.6%")] == ["rd_intensity"]


def test_units_that_moved_into_the_subcentre_are_the_subcentres_and_counted_as_relocated_units(tmp_path):
    body = "2019年1月，北京市级机关第一批35个部门、165家单位入驻北京城市副中心。\n"
    res = extract(tmp_path, body, title="北京市级机关搬迁", published="2019-01-12", reference_year=2019)
    assert [(r["indicator"], r["region"], r["value"]) for r in res.rows] == [("subcentre_relocated_units", "subcentre", 165.0)]


def test_firms_based_in_beijing_are_still_from_beijing(tmp_path):
    body = "2025年，保定市深挖驻京央企资源，引进央企二三级子公司18家。\n"
    res = extract(tmp_path, body, title="保定承接北京非首都功能", published="2026-01-20", reference_year=2026)
    assert regions(res, "18家") == ["baoding"]


def test_things_released_or_launched_are_counted_by_the_noun_after_the_count(tmp_path):
    body = "2025年，唐山市推介发布了86个农业项目，精心策划推出64项文旅活动。\n"
    res = extract(tmp_path, body, title="唐山农业招商", published="2025-10-09", reference_year=2025)
    assert [r["candidate_id"] for r in out(res, "86个") + out(res, "64项")] == ["发布农业项目|个", "推出文旅活动|项"]


def test_a_count_closing_a_list_of_names_is_the_total_when_a_deed_follows_its_noun(tmp_path):
    body = ("截至2025年9月，京东物流、顺丰速运等58家商贸物流类企业签约入驻廊坊临空经济区；北京积水潭医院张家口合作医院等"
            "3家合作医院先后落地张家口市。\n")
    res = extract(tmp_path, body, title="京冀合作", published="2025-10-13", reference_year=2025)
    assert [r["value"] for r in out(res, "58家")] == [58.0] and [r["value"] for r in out(res, "3家")] == [3.0]
