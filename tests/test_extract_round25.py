"""Round 25 of issue 8: a running total after a dated beginning, a month's bulletin, places ranked with values in brackets,
a plan looked back on, a bare verb after a mark passed, plans and conditions that are no figures, the county 全县 means.
Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, rows


def test_a_running_total_after_a_dated_beginning_is_counted_up_to_now(tmp_path):
    res = extract(tmp_path, "据了解，河北香河国际家具城于2012年6月开工建设，占地5000亩，已吸引家具企业410家入驻。\n",
                  title="香河家具产业园承接北京企业", published="2016-09-20", reference_year=2016)
    assert [(r["region"], r["year"], r["period_start"]) for r in out(res, "410家")] == [("xianghe", 2016, 2012)]


def test_a_months_air_bulletin_dates_its_figures_that_month_not_last_year(tmp_path):
    res = extract(tmp_path, "本报北京2月18日讯 环境保护部今天发布了2015年1月份重点区域和74个城市空气质量状况。\n\n"
                  "京津冀区域13个城市平均达标天数比例为31.2%，重度及以上污染天数比例为22.7%。\n",
                  title="环保部通报1月份空气质量", published="2015-02-19", reference_year=2015)
    assert rows(res, "31.2%") == []
    assert [(r["region"], r["year"], r["candidate_id"]) for r in out(res, "31.2%")] == [
        ("jjj", 2015, "1月|城市平均达标天数比例|%|share")]


def test_the_regions_thirteen_city_average_is_its_good_air_days_ratio(tmp_path):
    res = extract(tmp_path, "2017年，京津冀区域13个城市平均优良天数比例为56.0%，同比上升0.8个百分点。\n",
                  title="2017年重点区域空气质量", published="2018-01-20", reference_year=2018)
    assert rows(res, "56.0%") == [("good_air_days_ratio", "jjj", 2017)]


def test_places_ranked_with_their_values_in_brackets_take_their_own_value(tmp_path):
    res = extract(tmp_path, "2018年，各地居民人均消费支出排名前五位的分别是上海(43351元)、北京(39843元)、浙江(29471元)、"
                  "天津(29903元)、广东(26054元)。\n", title="各地居民消费支出排行", published="2019-03-01", reference_year=2019)
    assert rows(res, "39843元") == [("consumption_expenditure_per_capita", "beijing", 2018)]
    assert rows(res, "29903元") == [("consumption_expenditure_per_capita", "tianjin", 2018)]
    assert rows(res, "43351元") == []


def test_looking_back_on_a_plan_dates_its_figures_by_the_plans_last_year(tmp_path):
    res = extract(tmp_path, "回顾“十三五”，张家口坚持生态优先，地区生产总值实现1600.1亿元，一般公共预算收入达到150.2亿元。\n",
                  title="张家口绿色发展纪实", published="2021-07-10", reference_year=2021)
    assert rows(res, "1600.1亿元") == [("gdp", "zhangjiakou", 2020)]
    assert rows(res, "150.2亿元") == [("general_budget_revenue", "zhangjiakou", 2020)]


def test_a_from_point_at_a_plans_or_years_end_dates_only_its_own_value(tmp_path):
    res = extract(tmp_path, "2020年，承德市清洁能源装机占全部装机比重从“十二五”末的31%提高到58%，"
                  "森林覆盖率从2015年末的56.7%提高到60.0%。\n",
                  title="承德绿色发展", published="2021-03-20", reference_year=2021)
    assert [(r["year"], r["phrase"]) for r in out(res, "31%")] == [(2015, "清洁能源装机占装机比重")]
    assert [r["year"] for r in out(res, "58%")] == [2020]
    assert [r["year"] for r in out(res, "60.0%")] == [2020]


def test_the_year_a_meeting_sat_does_not_date_the_figures_after_it(tmp_path):
    res = extract(tmp_path, "在今年两会上，政府工作报告指出，京津冀协同发展取得明显进展。全市疏解一般制造业企业累计达到2648家。\n",
                  title="北京疏解非首都功能", published="2019-03-10", reference_year=2019)
    assert rows(res, "2648家") == [("bj_manufacturing_firms_exited_cumulative", "beijing", 2018)]


def test_a_deed_headline_about_last_year_keeps_a_span_at_the_year_just_closed(tmp_path):
    res = extract(tmp_path, "京津冀协同发展五年来，北京市疏解一般制造业企业累计达到2648家。\n",
                  title="北京外迁企业超2600家 去年超四分之一落户津冀", published="2019-03", reference_year=2019)
    assert rows(res, "2648家") == [("bj_manufacturing_firms_exited_cumulative", "beijing", 2018)]


def test_chips_counted_in_hundred_millions_and_a_road_density_are_quantities(tmp_path):
    res = extract(tmp_path, "2023年，北京市集成电路产量达到180.5亿块。城市副中心城市路网密度达到4.6公里/平方公里。"
                  "一支笔卖3块。\n", title="北京产业和城市建设", published="2024-02-20", reference_year=2024)
    assert [(r["region"], r["unit"], r["value"]) for r in out(res, "180.5亿块")] == [("beijing", "亿块", 180.5)]
    assert [(r["region"], r["unit"]) for r in out(res, "4.6公里/平方公里")] == [("subcentre", "公里/平方公里")]
    assert out(res, "3块") == []


def test_a_bare_verb_measures_what_the_mark_or_record_clause_before_it_names(tmp_path):
    res = extract(tmp_path, "今年1-6月，唐山港集装箱吞吐量突破百万标箱，达到112.3万标箱，同比增长21.5%。\n",
                  title="唐山港上半年生产", published="2019-07-12", reference_year=2019)
    assert [r["candidate_id"] for r in out(res, "112.3万标箱")] == ["上半年|集装箱吞吐量|万标准箱"]
    assert [r["candidate_id"] for r in out(res, "21.5%")] == ["上半年|集装箱吞吐量|%|change"]
    res = extract(tmp_path, "春节假期，我市接待游客人数再创新高，共计215.6万人次，同比增长12.4%。\n",
                  title="承德春节旅游", published="2024-02-18", reference_year=2024)
    assert [r["candidate_id"].split("|")[1] for r in out(res, "215.6万人次")] == ["接待游客人数"]


def test_works_begun_in_a_season_count_their_running_total_up_to_now(tmp_path):
    res = extract(tmp_path, "2018年春季，张家口启动了坝上地区造林绿化工程，累计造林45万亩。\n",
                  title="张家口水源涵养林建设", published="2021-06-05", reference_year=2021)
    assert [(r["region"], r["year"], r["period_start"]) for r in out(res, "45万亩")] == [("zhangjiakou", 2021, 2018)]


def test_the_general_public_revenue_is_the_budget_revenue(tmp_path):
    res = extract(tmp_path, "2016年，全省一般公共收入完成2849.9亿元。\n",
                  title="河北2016年财政", published="2017-02-20", reference_year=2017)
    assert rows(res, "2849.9亿元") == [("general_budget_revenue", "hebei", 2016)]


def test_a_green_industry_share_of_gdp_is_no_tertiary_share(tmp_path):
    res = extract(tmp_path, "2020年，承德第三产业增加值占比提高7.4个百分点，绿色产业增加值占GDP比重提高到50%。\n",
                  title="承德绿色发展", published="2021-06-01", reference_year=2021)
    assert rows(res, "50%") == []


def test_a_rate_after_a_from_to_pair_changes_from_its_from_point(tmp_path):
    res = extract(tmp_path, "2015年至2020年，北京市PM2.5年均浓度从2015年的80.6微克/立方米降至2020年的38微克/立方米，降幅52.9%。\n",
                  title="京津大气治理成效", published="2021-03-01", reference_year=2021)
    assert rows(res, "52.9%") == []
    assert [r["base_year"] for r in out(res, "52.9%")] == [2015]



def test_planned_design_and_required_amounts_are_no_figures(tmp_path):
    res = extract(tmp_path, "2022年，沧州港规划码头岸线120公里，规划布局15个内陆港，新建学校设计容量2400人，"
                  "全市需压减炼钢产能300万吨，港口货物吞吐量完成3.2亿吨。\n",
                  title="沧州港口建设", published="2023-01-20", reference_year=2023)
    for raw in ("120公里", "15个", "2400人", "300万吨"):
        assert out(res, raw) == [], raw
    assert out(res, "3.2亿吨") != []


def test_a_villages_count_is_no_regions_figure(tmp_path):
    res = extract(tmp_path, "2017年，通州区完成“煤改电”6.9万户。目前全村共412户完成“煤改电”，近30户村民开起了民宿。\n",
                  title="通州煤改电", published="2017-12-20", reference_year=2017)
    assert out(res, "412户") == [] and out(res, "30户") == []
    assert [r["region"] for r in out(res, "6.9万户")] == ["tongzhou"]


def test_the_whole_county_is_the_county_the_paragraph_named_not_the_releases_district(tmp_path):
    res = extract(tmp_path, "北京市丰台区与涞源县结对帮扶。\n\n据介绍，涞源县是国家扶贫开发工作重点县。"
                  "截至2018年底，全县建档立卡人口为49861人，贫困发生率为7.39%。\n",
                  title="丰台区扶贫协作成果展示", published="2019-07-21", reference_year=2019)
    assert {r["region"] for r in out(res, "49861人")} == {"laiyuan"}


def test_a_growth_speed_is_a_rate_not_a_speed(tmp_path):
    res = extract(tmp_path, "“十三五”时期，天津经济年均增长速度为5.6%，京津城际最高时速为350公里。\n",
                  title="天津十三五回顾", published="2020-11-26", reference_year=2020)
    assert [r["region"] for r in out(res, "5.6%")] == ["tianjin"]
    assert out(res, "350公里") == []


def test_a_press_conference_on_a_quarter_makes_the_release_that_quarters(tmp_path):
    res = extract(tmp_path, "北京市统计局召开一季度北京市经济运行情况新闻发布会，介绍一季度相关领域运行情况。\n\n"
                  "全市市场总消费额同比下降12.5%，实现社会消费品零售总额2716.5亿元，下降21.5%。\n",
                  title="北京市统筹推进疫情防控和经济社会发展工作", published="2020-04-24", reference_year=2020)
    assert rows(res, "2716.5亿元") == []
    assert [r["candidate_id"] for r in out(res, "2716.5亿元")] == ["Q1|社会消费品零售总额|亿元"]


def test_an_amount_reached_as_a_condition_is_no_figure(tmp_path):
    res = extract(tmp_path, "业内认为，港口集装箱吞吐量达到100万标箱后，就会进入快速增长期。2014年，唐山港集装箱吞吐量完成101.4万标箱。\n",
                  title="唐山港集装箱突破百万标箱", published="2014-12-15", reference_year=2014)
    assert out(res, "100万标箱") == []
    assert rows(res, "101.4万标箱") == [("port_container_throughput", "tangshan_port", 2014)]


def test_a_plan_execution_report_dated_by_its_year_only_reviews_the_year_before(tmp_path):
    res = extract(tmp_path, "一、2023年国民经济和社会发展计划执行情况\n\n"
                  "一年来，全区上下攻坚克难，地区生产总值增长5.6%，细颗粒物年均浓度32微克/立方米。\n",
                  title="关于顺义区国民经济和社会发展计划执行情况的报告", published="2024", reference_year=2024)
    assert rows(res, "32微克/立方米") == [("pm25_annual_mean", "shunyi", 2023)]


def test_a_spun_estimate_of_a_later_year_is_a_plan_that_dates_nothing_after_it(tmp_path):
    res = extract(tmp_path, "上半年，副中心主题公园一期进入设施安装阶段，估量在本年落成、2021年开园。"
                  "上半年，天津实际利用内资1421.4亿元。\n",
                  title="上半年京津冀地区经济运行", published="2020-08-12", reference_year=2020)
    assert [(r["region"], r["year"]) for r in out(res, "1421.4亿元")] == [("tianjin", 2020)]
