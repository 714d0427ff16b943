"""Round 43 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out


def _reasons(res, raw):
    return [s["reason"] for s in res.skipped if raw in s["raw"]]


def test_how_many_monitored_waters_met_a_class_is_no_figure(tmp_path):
    body = ("2022年，全市地表水优良水体比例为71.4%。其中5个断面达到Ⅱ类，3个断面实现升类；"
            "全市12个县级及以上集中式饮用水水源地水质均达到Ⅲ类标准，6个地下水监测点位水质全部达标。"
            "全市建成污水处理厂42座。\n")
    res = extract(tmp_path, body, title="廊坊市2022年生态环境状况公报", published="2023-06-05", reference_year=2023)
    assert [(r["region"], r["value"]) for r in out(res, "71.4%")] == [("langfang", 71.4)]
    for raw in ("5个", "3个", "12个", "6个"):
        assert not out(res, raw), raw
    assert [r["region"] for r in out(res, "42座")] == ["langfang"]


def test_the_district_the_subcentre_lies_in_keeps_the_rest_of_its_sentence(tmp_path):
    body = ("副中心建设稳步推进。2023年，副中心所在的通州区实现地区生产总值1400.2亿元，按现价计算，是2013年的2.4倍。"
            "副中心全年完成固定资产投资1000亿元以上。\n")
    res = extract(tmp_path, body, title="北京城市副中心建设十年", published="2024-02-20", reference_year=2024)
    assert [r["region"] for r in out(res, "1400.2亿元")] == ["tongzhou"]
    assert [r["region"] for r in out(res, "2.4倍")] == ["tongzhou"]
    assert {r["region"] for r in out(res, "1000亿元以上")} == {"subcentre"}


def test_staff_moved_into_the_subcentre_said_from_its_side_are_the_relocated_staff(tmp_path):
    body = "首批市级机关迁入副中心涉及约1.6万人。第二批市级机关迁入副中心约2万人。\n"
    res = extract(tmp_path, body, title="北京城市副中心建设新闻发布会", published="2023-02-23", reference_year=2023)
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "约1.6万人")] == [
        ("subcentre_relocated_staff", "subcentre", 2022)]
    assert not [r for r in out(res, "约2万人") if r.get("indicator") == "subcentre_relocated_staff"]


def test_a_table_given_one_spaced_row_a_line_is_read_and_the_prose_around_it_too(tmp_path):
    provinces = ["广东", "北京", "江苏", "上海", "浙江", "山东", "重庆", "湖北", "天津", "安徽", "四川", "陕西",
                 "福建", "湖南", "河南", "辽宁", "江西", "河北", "吉林", "黑龙江", "广西", "贵州", "云南", "山西",
                 "内蒙古", "甘肃", "海南", "宁夏", "新疆", "青海", "西藏"]
    rows = "\n".join(f"{i} {p} {60 - i * 1.3:.2f}" for i, p in enumerate(provinces, 1))
    body = f"2024年，北京研发经费投入强度为6.58%。各省份创新能力排名如下：\n排序 省份 效用值\n{rows}\n天津研发经费投入强度为3.64%。\n"
    res = extract(tmp_path, body, title="2024年区域创新能力报告", published="2025-11-04", reference_year=2025)
    assert [r["region"] for r in out(res, "6.58%")] == ["beijing"]
    assert [(r["region"], r["year"]) for r in out(res, "3.64%")] == [("tianjin", 2024)]


def test_prose_with_spaces_is_no_table(tmp_path):
    body = "本报记者 张三 李四\n2023年 天津 实现地区生产总值16737.3亿元\n同比 增长 4.3%\n全年 新增 就业 38.1万人\n"
    res = extract(tmp_path, body, title="天津2023年经济运行", published="2024-01-20", reference_year=2024)
    assert [r["region"] for r in out(res, "16737.3亿元")] == ["tianjin"]


def test_a_place_label_leads_its_section_of_a_bulletin(tmp_path):
    body = ("1月20日，生态环境部发布2021年12月和1-12月全国及重点区域空气质量状况。\n\n"
            "京津冀区域：\n13个城市12月平均优良天数比例为60.2%。\n\n"
            "1-12月，平均优良天数比例为67.2%，同比上升4.7个百分点。\n\n"
            "PM2.5浓度为43微克/立方米，同比下降15.7%。\n\n"
            "长三角地区：\n1-12月，41个城市平均优良天数比例为86.7%。\n\n"
            "PM2.5浓度为31微克/立方米。\n")
    res = extract(tmp_path, body, title="2021年全国空气质量状况", published="2022-01-20", reference_year=2022)
    assert [(r["region"], r["year"]) for r in out(res, "67.2%")] == [("jjj", 2021)]
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "43微克/立方米")] == [
        ("pm25_annual_mean", "jjj", 2021)]
    for raw in ("86.7%", "31微克/立方米"):
        assert not out(res, raw), raw


def test_three_places_just_listed_are_what_santi_counts(tmp_path):
    body = ("在新增就业方面，江苏、浙江、山东位居前三——三地去年新增就业分别为130万人、112万人、118万人。"
            "京津冀三地新增就业分别为26万人、38万人、90万人。\n")
    res = extract(tmp_path, body, title="各省份2023年就业数据", published="2024-05-20", reference_year=2024)
    for raw in ("130万人", "112万人", "118万人"):
        assert not out(res, raw), raw
    assert [r["region"] for r in out(res, "26万人")] == ["beijing"]
    assert [r["region"] for r in out(res, "90万人")] == ["hebei"]


def test_where_a_places_pull_reaches_is_not_the_subject(tmp_path):
    body = "北京对津冀的辐射带动作用持续增强，全年认定高新技术企业5800家。天津对河北的帮扶力度加大，全年投入帮扶资金12亿元。\n"
    res = extract(tmp_path, body, title="2021年京津冀创新发展报告", published="2022-03-10", reference_year=2022)
    assert [r["region"] for r in out(res, "5800家")] == ["beijing"]
    assert [r["region"] for r in out(res, "12亿元")] == ["hebei"]


def test_the_field_a_place_leads_in_is_not_the_subject(tmp_path):
    body = ("固安县全县规模以上工业企业达到186家，工业总产值突破800亿元，在廊坊各县(市、区)中名列前茅。"
            "拥有中国驰名商标5件。固安县拥有河北省县级首家人工智能产业园，新增专利授权416项，在河北省保持领先地位。\n")
    res = extract(tmp_path, body, title="实体经济雄厚的固安", published="2017-10-12", reference_year=2017)
    assert [r["region"] for r in out(res, "186家")] == ["gu_an"]
    assert [r["region"] for r in out(res, "5件")] == ["gu_an"]
    assert [r["region"] for r in out(res, "416项")] == ["gu_an"]


def test_beijing_projects_landed_in_a_tianjin_district_are_projects_taken_in(tmp_path):
    body = "截至2022年底，西青区累计落地北京项目512个。2022年，武清区落地北京项目136个，签约北京项目80个。\n"
    res = extract(tmp_path, body, title="天津各区承接北京非首都功能疏解", published="2023-03-15", reference_year=2023)
    assert [(r["indicator"], r["region"]) for r in out(res, "512个")] == [("bj_hb_projects_in_tianjin_cumulative", "xiqing")]
    assert [(r["indicator"], r["region"]) for r in out(res, "136个")] == [("bj_hb_projects_in_tianjin", "wuqing")]
    assert not [r for r in out(res, "80个") if r.get("indicator") == "bj_hb_projects_in_tianjin"]


def test_firms_settled_in_the_canal_business_district_are_its_registered_firms(tmp_path):
    body = "副中心产业资源加速聚集，运河商务区入驻企业超1.8万家。\n"
    res = extract(tmp_path, body, title="北京城市副中心建设进展", published="2023-10-11", reference_year=2023)
    assert [(r["indicator"], r["region"]) for r in out(res, "超1.8万家")] == [
        ("canal_business_district_registered_firms", "subcentre")]


def test_the_district_a_release_about_its_zone_names_goes_on_in_the_sentence_after(tmp_path):
    body = "记者了解到，大兴区建成全国首批数据跨境公共服务平台，通关时限从15天压缩至3天。携手“新两翼”实现180项事权跨省通办。\n"
    res = extract(tmp_path, body, title="大兴机场今年新增航线", published="2024-09-20", reference_year=2024)
    assert [r["region"] for r in out(res, "180项")] == ["daxing"]


def test_basic_units_moved_in_from_beijing_and_tianjin_are_hebeis(tmp_path):
    body = "2021年，全省京津转入基本单位4280个。\n"
    res = extract(tmp_path, body, title="河北省2021年协同发展新闻发布会", published="2022-01-27", reference_year=2022)
    assert [(r["indicator"], r["region"], r["year"]) for r in out(res, "4280个")] == [
        ("units_transferred_to_hebei", "hebei", 2021)]


def test_what_a_figure_must_fall_by_is_a_target(tmp_path):
    body = ("五年前定下的目标是，全市PM2.5平均浓度要下降20%，优良天数要达到200天。"
            "五年下来，全市PM2.5平均浓度下降了35.2%，优良天数达到226天。\n")
    res = extract(tmp_path, body, title="天津大气污染防治五年成效", published="2018-03-20", reference_year=2018)
    for raw in ("20%", "200天"):
        assert not out(res, raw), raw
    assert [r["region"] for r in out(res, "35.2%")] == ["tianjin"]


def test_a_pages_comment_and_vote_counters_are_no_figures(tmp_path):
    body = ("2023年，雄安新区完成投资超过1000亿元。\n"
            "• 点赞 12票\n网友评论 已有 3 条评论, 点击查看>>\n发表评论 取消回复\n已有 3 条评\n")
    res = extract(tmp_path, body, title="雄安新区2023年建设成效", published="2024-01-20", reference_year=2024)
    assert [r["region"] for r in res.rows + res.candidates] == ["xiongan"]


def test_an_institute_named_by_a_number_read_digit_by_digit_is_no_count(tmp_path):
    body = "九年来，北辰区引进了七〇二所产业化基地、三〇四医院分院等一批项目，累计落地北京项目512个。\n"
    res = extract(tmp_path, body, title="北辰区协同发展九年", published="2023-05-27", reference_year=2023)
    assert not out(res, "七〇二所")
    assert [r["region"] for r in out(res, "512个")] == ["beichen"]


def test_who_took_a_measure_up_or_where_a_first_was_is_not_the_subject(tmp_path):
    body = ("深化改革激发活力。31项改革措施为地方首创，18项获国家和河北省推广，市场主体从20.1万户增加到35.2万户。"
            "我市获批全省首家试点城市，在全省率先开展“揭榜挂帅”，首批发布技术需求榜单23项。\n")
    res = extract(tmp_path, body, title="邢台市政府工作报告", published="2022-01-20", reference_year=2022)
    for raw in ("35.2万户", "23项"):
        assert [r["region"] for r in out(res, raw)] == ["xingtai"], raw


def test_a_figure_the_national_bureau_published_with_no_place_named_is_the_countrys(tmp_path):
    body = ("1月17日，根据国家统计局发布的2023年数据显示，2023年人口出生率为6.39‰。"
            "2023年末河北常住人口7393万人。\n")
    res = extract(tmp_path, body, title="河北出生人口统计", published="2024-02-10", reference_year=2024)
    assert not out(res, "6.39‰")
    assert [r["region"] for r in out(res, "7393万人")] == ["hebei"]
    res = extract(tmp_path, "经国家统计局核定，2023年全省地区生产总值43944.1亿元。\n", title="河北省2023年经济运行",
                  published="2024-01-20", reference_year=2024)
    assert [r["region"] for r in out(res, "43944.1亿元")] == ["hebei"]


def test_a_table_flattened_one_bare_cell_a_line_no_longer_refuses_its_release(tmp_path):
    places = ["全 国", "北 京", "天 津", "河 北", "山 西", "内蒙古", "辽 宁", "吉 林", "黑龙江", "上 海", "江 苏", "浙 江",
              "安 徽", "福 建", "江 西", "山 东", "河 南", "湖 北", "湖 南", "广 东", "广 西"]
    rows = "\n".join(f"{p}\n{100000 + i * 7919}\n{i + 0.5:.2f}\n{i + 0.25:.2f}" for i, p in enumerate(places))
    body = (f"2020年末，北京常住人口2189.3万人。\n表1 各地区人口\n单位:人、%\n地区\n人口数\n比重\n2020年\n2010年\n{rows}\n"
            "2020年末，天津常住人口1386.6万人。\n")
    res = extract(tmp_path, body, title="第七次全国人口普查公报", published="2021-05-11", reference_year=2021)
    assert [r["region"] for r in out(res, "2189.3万人")] == ["beijing"]
    assert [r["region"] for r in out(res, "1386.6万人")] == ["tianjin"]


def test_a_citys_three_sectors_listed_before_fenbie_are_its_own_not_the_regions_three_places(tmp_path):
    body = ("2022年天津市实现地区生产总值16311.3亿元，是京津冀城市群经济较强的城市之一，也是北方最大的港口城市，"
            "其第一、二、三产业增加值分别为273.2亿元、6038.9亿元、9999.2亿元。\n")
    res = extract(tmp_path, body, title="京津冀城市群城市概况(天津)", published="2023-06-01", reference_year=2023)
    got = {raw: [(r["indicator"], r["region"]) for r in out(res, raw)] for raw in ("273.2亿元", "6038.9亿元", "9999.2亿元")}
    assert got == {"273.2亿元": [("value_added_primary", "tianjin")], "6038.9亿元": [("value_added_secondary", "tianjin")],
                   "9999.2亿元": [("value_added_tertiary", "tianjin")]}


def test_the_field_a_city_is_the_best_of_is_no_subject(tmp_path):
    body = "2023年北京市实现地区生产总值43760.7亿元，可以说是京津冀城市群经济最好的城市，其常住人口2185.8万人。\n"
    res = extract(tmp_path, body, title="京津冀城市群城市概况(北京)", published="2024-03-01", reference_year=2024)
    assert [r["region"] for r in out(res, "2185.8万人")] == ["beijing"]


def test_a_rate_that_turned_is_the_period_befores_and_the_rate_it_turned_to_is_the_figure(tmp_path):
    body = "前三季度，北京地区生产总值由上半年下降2.1%转为增长0.6%，河北由下降0.3%转为增长1.2%。\n"
    res = extract(tmp_path, body, title="2020年前三季度京津冀经济运行", published="2020-11-20", reference_year=2020)
    assert [(r["region"], r["value"]) for r in out(res, "0.6%")] == [("beijing", 0.6)]
    assert [(r["region"], r["value"]) for r in out(res, "1.2%")] == [("hebei", 1.2)]
    for raw in ("2.1%", "0.3%"):
        assert not out(res, raw), raw


def test_a_stock_learnt_at_a_spring_work_meeting_is_last_years(tmp_path):
    body = ("天津2月4日电 (记者 王某)中新天津生态城4日召开2022年工作会议。记者从会上获悉，生态城已累计导入北京项目4500余个，"
            "市场主体突破1.2万家。\n")
    res = extract(tmp_path, body, title="中新天津生态城已累计导入北京项目4500余个", published="2022-02-04", reference_year=2022)
    assert [(r["region"], r["year"]) for r in out(res, "4500余个")] == [("tianjin_eco_city", 2021)]
    assert [(r["region"], r["year"]) for r in out(res, "突破1.2万家")] == [("tianjin_eco_city", 2021)]


def test_a_zone_of_ours_said_short_in_its_own_release_is_that_zone(tmp_path):
    body = "昨天，记者从天津经济技术开发区工作会议上了解到，2022年，经开区规上工业增加值增长5.2%，固定资产投资增长8.1%。\n"
    res = extract(tmp_path, body, title="天津经济技术开发区2023年工作会议", published="2023-01-28", reference_year=2023)
    assert [(r["indicator"], r["region"]) for r in out(res, "5.2%")] == [("industrial_value_added_growth", "teda")]
    res = extract(tmp_path, "这样，高新区已有国家级孵化器4家，在孵企业660家。\n", title="石家庄推进创新创业",
                  published="2023-05-10", reference_year=2023)
    assert not out(res, "660家")


def test_beijing_subcentre_said_without_chengshi_is_the_subcentre(tmp_path):
    body = "北京副中心综合实力不断提升，2016-2022年地区生产总值年均增长6.5%，高于全市1.1个百分点。\n"
    res = extract(tmp_path, body, title="北京副中心建设成效", published="2023-10-11", reference_year=2023)
    assert [(r["region"], r["year"]) for r in out(res, "6.5%")] == [("subcentre", 2022)]


def test_the_built_up_area_is_a_measure_of_the_place_not_a_district(tmp_path):
    body = "与5年前相比，生态城建成区面积达到21平方公里；常住人口达到11万人。\n"
    res = extract(tmp_path, body, title="中新天津生态城2022年工作会议", published="2022-02-04", reference_year=2022)
    assert [r["region"] for r in out(res, "21平方公里")] == ["tianjin_eco_city"]
    assert [r["region"] for r in out(res, "11万人")] == ["tianjin_eco_city"]


def test_a_place_a_district_works_with_in_quotes_is_no_subject(tmp_path):
    body = "大兴区建成数据跨境公共服务平台。联动“京津冀”完成312项创新政策同标互认。\n"
    res = extract(tmp_path, body, title="大兴机场今年新增航线", published="2024-09-20", reference_year=2024)
    assert [r["region"] for r in out(res, "312项")] == ["daxing"]


def test_the_points_of_a_growth_series_after_a_sentence_naming_the_rate_are_that_rate(tmp_path):
    body = "近五年，海淀区GDP增速一直很稳。2020年增长1.2%，2021年反弹8.1%，2022年增长1.3%，2023年增长5.8%。\n"
    res = extract(tmp_path, body, title="海淀区经济发展", published="2024-06-10", reference_year=2024)
    for raw, year in (("1.2%", 2020), ("8.1%", 2021), ("1.3%", 2022), ("5.8%", 2023)):
        assert [(r.get("indicator"), r["region"], r["year"]) for r in out(res, raw)] == [("gdp_growth_real", "haidian", year)], raw


def test_the_whole_a_share_is_of_is_no_figure(tmp_path):
    body = ("2018年，全市禁止和限制的行业有151项，占《国民经济行业分类》1380项的11%。"
            "新区占全国8.3%的份额。项目占地320亩的园区已投用。\n")
    res = extract(tmp_path, body, title="北京新增产业禁止和限制目录", published="2018-10-10", reference_year=2018)
    assert not out(res, "1380项")
    assert _reasons(res, "1380项") == ["share base"]
    assert out(res, "151项")
    for raw in ("8.3%", "320亩"):  # the share itself, and land a project takes up (占地), are no share's whole
        assert "share base" not in _reasons(res, raw), raw


def test_the_regions_total_after_the_strategys_name_is_jing_jin_jis(tmp_path):
    body = ("副中心建设成果斐然。北京市统计局表示，2014年以来，京津冀协同发展持续推进，区域经济总量十年来连跨5个万亿元台阶。"
            "2023年，区域地区生产总值为10.4万亿元。\n")
    res = extract(tmp_path, body, title="北京城市副中心连续五年保持千亿级投资", published="2024-02-21", reference_year=2024)
    assert [(r["indicator"], r["region"]) for r in out(res, "10.4万亿元")] == [("gdp", "jjj")]
    res = extract(tmp_path, "2023年，区域地区生产总值为1.2万亿元。\n", title="北京城市副中心建设成效", published="2024-02-21",
                  reference_year=2024)
    assert not out(res, "1.2万亿元")


def test_a_multiplier_written_twice_and_the_unit_once_is_each_numbers(tmp_path):
    body = "此外，贵州和河北去年出生人口分别为38.2万和37.6万人，分列第五和第六位。\n"
    res = extract(tmp_path, body, title="31省份人口数据", published="2025-06-20", reference_year=2025)
    assert [(r["indicator"], r["region"], r["value"]) for r in out(res, "37.6万人")] == [("births", "hebei", 37.6)]
    assert _reasons(res, "38.2万") == ["other region"]


def test_a_change_several_places_share_is_each_of_theirs(tmp_path):
    body = "2023年，北京、天津常住人口均增加1.2万人。天津、西藏和宁夏常住人口均增加0.8万人。\n"
    res = extract(tmp_path, body, title="31省份人口数据", published="2024-06-20", reference_year=2024)
    assert {r["region"] for r in out(res, "1.2万人")} == {"beijing", "tianjin"}
    assert not out(res, "0.8万人")  # (a list with other provinces gives nothing, as round 10 decided for 均为)
