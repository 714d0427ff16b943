"""Round 26 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, rows


def test_a_mirrors_lost_character_is_no_question_mark_between_a_place_and_its_figure(tmp_path):
    res = extract(tmp_path, "2020年，北京、河北经济总量分别为36102.6億元和36206.9億元;天津?qū)崿F地區生產總值14083.7億元。\n",
                  title="京津冀經濟運行", published="2021-02-01", reference_year=2021)
    assert rows(res, "14083.7亿元") == [("gdp", "tianjin", 2020)]


def test_a_first_in_the_country_is_no_national_figure_and_big_city_ills_no_county(tmp_path):
    res = extract(tmp_path, "据介绍，北京非首都功能疏解取得明显成效：出台全国首个以治理“大城市病”为目标的禁限目录，"
                  "累计退出一般制造业企业3000家。\n",
                  title="北京疏解工作新闻发布会", published="2020-01-18", reference_year=2020)
    assert rows(res, "3000家") == [("bj_manufacturing_firms_exited_cumulative", "beijing", 2019)]
    res = extract(tmp_path, "廊坊市积极承接北京非首都功能疏解，今年已签约项目25个。\n",
                  title="廊坊承接产业转移", published="2020-06-18", reference_year=2020)  # (the receiver's, still)
    assert [r["region"] for r in out(res, "25个")] == ["langfang"]


def test_hospital_cases_counted_as_case_times_keep_their_unit(tmp_path):
    res = extract(tmp_path, "2021年，宝坻区医疗机构出院病人3.8万例次。\n",
                  title="宝坻区人民医院", published="2022-03-01", reference_year=2022)
    assert [(r["unit"], r["value"]) for r in out(res, "3.8万例次")] == [("万例次", 3.8)]


def test_the_zhongguancun_zone_is_a_region_of_its_own_but_not_its_branch_parks(tmp_path):
    res = extract(tmp_path, "2020年，中关村示范区规模以上高新技术企业实现技术收入12345.6亿元，增长11.2%。"
                  "中关村科技园区通州园入驻企业1200家。\n",
                  title="北京高技术产业运行情况", published="2021-01-25", reference_year=2021)
    assert [(r["region"], r["year"]) for r in out(res, "12345.6亿元")] == [("zhongguancun", 2020)]
    assert [r["region"] for r in out(res, "1200家")] != ["zhongguancun"]


def test_zhongguancun_by_its_short_name_is_the_zone_but_not_a_park_named_after_it_nor_its_firms_elsewhere(tmp_path):
    res = extract(tmp_path, "去年，中关村企业实现总收入6.6万亿元，同比增长10.1%。京津中关村科技城注册企业1200家。"
                  "中关村企业已在津冀两地设立分支机构9000家。\n",
                  title="中关村总收入突破6万亿元", published="2022-01-10", reference_year=2022)
    assert [(r["region"], r["year"]) for r in out(res, "6.6万亿元")] == [("zhongguancun", 2021)]
    assert [r["region"] for r in out(res, "1200家")] == ["baodi"]
    assert [r["region"] for r in out(res, "9000家")] == ["tianjin_hebei"]


def test_a_pilot_free_trade_zones_figures_are_the_zones_not_the_citys(tmp_path):
    res = extract(tmp_path, "天津自贸试验区挂牌以来，累计新增市场主体5.6万户，注册资本1.2万亿元。\n",
                  title="天津自贸试验区五年成绩单", published="2020-04-21", reference_year=2020)
    assert [r["region"] for r in out(res, "5.6万户")] == ["tianjin_ftz"]


def test_years_listed_or_spanned_in_the_clause_before_pair_with_the_numbers_after_fenbie(tmp_path):
    res = extract(tmp_path, "天津市单位工业增加值能耗在“十三五”下降16%的基础上，2021年和2022年，又分别进一步下降8.5%和2.5%。"
                  "2019年至2021年，唐山固定资产投资增速分别为10.1%、4.7%、7.0%。\n",
                  title="天津绿色低碳发展", published="2023-06-06", reference_year=2023)
    assert [(r["year"], r["value"]) for raw in ("8.5%", "2.5%") for r in out(res, raw)] == [(2021, -8.5), (2022, -2.5)]
    assert [(r["year"], r["value"]) for raw in ("10.1%", "4.7%", "7.0%") for r in out(res, raw)] == [
        (2019, 10.1), (2020, 4.7), (2021, 7.0)]


def test_branch_offices_and_subsidiaries_counted_apart_are_parts_not_the_branches_total(tmp_path):
    res = extract(tmp_path, "截至目前，中关村企业在河北设立分公司1200家，投资成立子公司700家；在天津设立分公司600家，投资成立子公司650家。\n",
                  title="中关村企业在津冀设立分支机构", published="2015-06-01", reference_year=2015)
    assert rows(res, "1200家") == []
    assert [(r["region"], r["candidate_id"]) for r in out(res, "700家")] == [("hebei", "投资成立子公司|家")]
    assert [r["region"] for r in out(res, "650家")] == ["tianjin"]


def test_a_dated_deed_in_a_heading_is_read_when_the_body_never_states_it_again(tmp_path):
    res = extract(tmp_path, "2015年河北全省压减钢铁产能1200万吨\n\n据介绍，2015年全省压减炼铁产能560万吨、炼钢产能640万吨。\n",
                  title="2015年河北全省压减钢铁产能1200万吨", published="2016-02-29", reference_year=2016)
    assert [(r["region"], r["year"]) for r in out(res, "1200万吨")] == [("hebei", 2015)]
    res = extract(tmp_path, "2015年河北全省压减钢铁产能1200万吨\n\n据介绍，2015年全省共压减钢铁产能1200万吨，超额完成任务。\n",
                  title="2015年河北全省压减钢铁产能1200万吨", published="2016-02-29", reference_year=2016)
    assert [r["line"] for r in out(res, "1200万吨")] == [9]  # (the body's statement, not the headline's again)


def test_a_place_picked_out_of_a_ranking_takes_the_rankings_measure(tmp_path):
    res = extract(tmp_path, "2019年，按空气质量综合指数同比下降幅度由大到小的顺序依次是：廊坊、保定、承德、石家庄。"
                  "其中，廊坊同比下降18.2%，全省排第一。\n",
                  title="河北各市空气质量排名", published="2019-06-01", reference_year=2019)
    assert [(r["region"], r["phrase"], r["value"]) for r in out(res, "18.2%")] == [("langfang", "空气质量综合指数", -18.2)]


def test_a_figure_both_ports_reached_is_each_ones(tmp_path):
    res = extract(tmp_path, "2015年，秦皇岛港和黄骅港区集装箱吞吐量双双突破50万标准箱。\n",
                  title="河北港口集装箱吞吐量", published="2016-01-05", reference_year=2016)
    assert sorted(r["region"] for r in res.rows if r["value"] == 50) == ["huanghua_port", "qinhuangdao_port"]


def test_a_count_after_the_fields_it_lies_in_is_no_count_of_that_list(tmp_path):
    res = extract(tmp_path, "十年来，京津冀在投资审批、就业创业、住房保障、医疗卫生等方面200多项服务事项实现跨省通办。\n",
                  title="京津冀政务服务跨省通办十年", published="2024-02-26", reference_year=2024)
    assert [r["region"] for r in res.rows + res.candidates if r["value"] == 200] == ["jjj"]
    res = extract(tmp_path, "京津冀在金融、信息、科技3个行业开展合作。\n",
                  title="京津冀产业合作", published="2024-02-26", reference_year=2024)
    assert not res.rows + res.candidates  # (the count of the list just named stays skipped)


def test_the_end_of_a_change_keeps_the_starts_measure_across_a_comma_and_after_dao_le(tmp_path):
    res = extract(tmp_path, "2018年，京津城际铁路每日开行列车数量从最初的47对，增至现在的108.5对。"
                  "天津市国控断面优良水质比例由2017年的35%提高到了2020年的55%。衡水湖鸟类由保护区刚建立时的286种增加到332种。\n",
                  title="天津生态和交通", published="2021-08-01", reference_year=2021)
    assert [(r["phrase"], r["measure"], r["year"]) for r in out(res, "55%")] == [("国控断面优良水质比例", "share", 2020)]
    assert out(res, "286种") == [] and out(res, "47对") == []  # (starts, at times the text does not name)
    assert [(r["phrase"], r["region"]) for r in out(res, "108.5对")] == [("每日开行列车数量", "jingjin_intercity")]


def test_hebeis_regional_airports_are_sites_of_their_own(tmp_path):
    res = extract(tmp_path, "2016年，张家口机场全年完成旅客吞吐量35.2万人次，同比增长69.3%。\n",
                  title="河北各机场旅客吞吐量", published="2017-02-16", reference_year=2017)
    assert [r["region"] for r in out(res, "35.2万人次")] == ["zhangjiakou_airport"]
