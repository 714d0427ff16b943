"""Round 16 of issue 8: the market a supplier's goods go to, the partner of a joint build, the ring around a city;
Beijing's own words for the exits of manufacturing and the markets it relieved. Every sentence is written for the
test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, regions, rows

# -- the place a figure belongs to -------------------------------------------------------------------------------

def test_goods_sold_to_beijing_are_the_suppliers_figure(tmp_path):
    res = extract(tmp_path, "承德市今年销往北京批发市场的杂粮达12万吨。\n", title="承德杂粮直供北京启动",
                  published="2023-08-01", reference_year=2023)
    assert regions(res, "12万吨") == ["chengde"]


def test_a_share_of_beijings_market_is_the_suppliers_share(tmp_path):
    res = extract(tmp_path, "2022年，衡水市供京鸡蛋占北京冬季市场份额的18%。\n", title="衡水鸡蛋直供北京",
                  published="2023-01-10", reference_year=2023)
    assert regions(res, "18%") == ["hengshui"]


def test_beijings_market_share_written_together_is_not_beijing_and_a_field(tmp_path):
    res = extract(tmp_path, "2023年，河北主要农产品北京市场占有率达到35%。\n", title="河北农产品进京",
                  published="2024-01-10", reference_year=2024)
    assert regions(res, "35%") == ["hebei"]
    assert [r.get("candidate_id") for r in res.candidates if r["raw"] == "35%"][0].startswith("市场占有率")


def test_beijings_market_players_are_still_beijings(tmp_path):
    res = extract(tmp_path, "2023年，北京市场主体总量达到260万户。\n", title="测试稿", published="2024-01-10",
                  reference_year=2024)
    assert regions(res, "260万户") == ["beijing"]


def test_the_partner_of_a_joint_build_is_no_subject(tmp_path):
    res = extract(tmp_path, "截至2024年6月，保定市与天津共建蔬菜直供基地26家。\n", title="保定菜篮子工程",
                  published="2024-07-01", reference_year=2024)
    assert regions(res, "26家") == ["baoding"]


def test_a_partner_named_in_a_cooperation_clause_is_no_subject(tmp_path):
    res = extract(tmp_path, "衡水市已有80家合作社与北京多家商超建立稳定购销合作，全年销往北京的蔬菜达21万吨。\n",
                  title="衡水蔬菜进京", published="2023-12-01", reference_year=2023)
    assert regions(res, "21万吨") == ["hengshui"]


def test_a_partners_own_count_right_after_its_name_stays_the_partners(tmp_path):
    res = extract(tmp_path, "截至目前，北京、天津共180所学校与河北省260所中小学分别开展合作办学。\n",
                  title="京津冀教育协同", published="2023-05-01", reference_year=2023)
    assert regions(res, "260所") == ["hebei"]


def test_the_ring_around_beijing_is_not_beijing(tmp_path):
    res = extract(tmp_path, "2023年，河北新建环京蔬菜生产基地32家。\n", title="河北保障首都供应",
                  published="2024-02-01", reference_year=2024)
    assert regions(res, "32家") == ["hebei"]


def test_the_city_a_supply_base_serves_is_not_the_headlines_subject(tmp_path):
    res = extract(tmp_path, "本次活动中，30个农业项目集中签约，总金额25.6亿元。\n",
                  title="张家口加快建设京津优质农产品供应基地", published="2023-05-01", reference_year=2023)
    assert regions(res, "25.6亿元") == ["zhangjiakou"]


# -- the catalogue: Beijing's words for its relief --------------------------------------------------------------

def test_manufacturing_firms_relieved_in_all_are_the_exits_indicator(tmp_path):
    res = extract(tmp_path, "截至2018年底，北京疏解一般制造业企业累计达到2700家。\n", title="北京疏解非首都功能",
                  published="2019-02-01", reference_year=2019)
    assert rows(res, "2700家") == [("bj_manufacturing_firms_exited_cumulative", "beijing", 2018)]


def test_a_years_relief_of_manufacturing_firms_is_not_the_cumulative_count(tmp_path):
    res = extract(tmp_path, "2023年，北京疏解提质一般制造业企业95家。\n", title="北京疏解非首都功能",
                  published="2024-02-01", reference_year=2024)
    assert rows(res, "95家") == []


def test_markets_relieved_and_upgraded_are_the_markets_indicator_but_their_merchants_are_not(tmp_path):
    res = extract(tmp_path, "截至2018年底，北京累计疏解提升市场590家，疏解提升市场商户5万户。\n",
                  title="北京疏解非首都功能", published="2019-02-01", reference_year=2019)
    assert rows(res, "590家") == [("bj_markets_relocated_cumulative", "beijing", 2018)]
    assert rows(res, "5万户") == []


def test_the_average_rd_intensity_of_a_group_of_firms_is_not_the_regions(tmp_path):
    res = extract(tmp_path, "2022年，全省专精特新中小企业户均研发强度达到4.1%。\n", title="河北中小企业发展",
                  published="2023-03-01", reference_year=2023)
    assert rows(res, "4.1%") == []


def test_domestic_events_are_not_the_countrys_figure(tmp_path):
    res = extract(tmp_path, "截至目前，该市共承办国际赛事9项、国内专业赛事41项。\n", title="张家口冬奥场馆利用",
                  published="2025-06-01", reference_year=2025)
    assert regions(res, "41项") == ["zhangjiakou"]


def test_the_countrys_gdp_is_still_not_the_releases(tmp_path):
    res = extract(tmp_path, "2023年，国内生产总值超过126万亿元。\n", title="张家口经济运行", published="2024-02-01",
                  reference_year=2024)
    assert "zhangjiakou" not in regions(res, "126万亿元")


def test_a_count_of_what_a_list_of_parties_signed_is_one_total(tmp_path):
    res = extract(tmp_path, "2023年，河北高校、职业学校、中小学等与京津学校签署的合作协议超过260项。\n",
                  title="河北教育协同发展", published="2024-01-20", reference_year=2024)
    assert regions(res, "超过260项") == ["hebei"]



def test_a_note_on_the_currency_does_not_cut_a_clause(tmp_path):
    res = extract(tmp_path, "截至目前，总投资318亿元(人民币，下同)的36个协同发展项目已落地。\n", title="辛集承接京津产业",
                  published="2023-09-01", reference_year=2023)
    assert [r.get("candidate_id") for r in out(res, "36个")] == ["协同发展项目|个"]


def test_a_place_industries_move_out_of_is_no_subject(tmp_path):
    res = extract(tmp_path, "2023年，该市承接雄安新区外迁产业，31家企业签订了搬迁协议。\n", title="辛集承接产业转移",
                  published="2024-01-10", reference_year=2024)
    assert regions(res, "31家") == ["xinji"]


def test_a_place_in_the_quoted_name_of_a_meeting_is_no_subject(tmp_path):
    res = extract(tmp_path, "2023年，桃城区借助“衡水·北京投资环境说明会”，发布招商项目120余个。\n",
                  title="桃城区承接疏解十年", published="2024-03-01", reference_year=2024)
    assert regions(res, "120余个") == ["taocheng"]


def test_a_place_drawn_on_is_no_subject(tmp_path):
    res = extract(tmp_path, "桃城区融入京津、借力京津，2023年签约项目42个。\n", title="桃城区承接疏解十年",
                  published="2024-03-01", reference_year=2024)
    assert regions(res, "42个") == ["taocheng"]


def test_a_county_level_city_in_the_headline_is_the_releases_subject(tmp_path):
    res = extract(tmp_path, "2023年，引进京津项目28个，总投资96亿元。\n", title="定州承接京津产业转移成效明显",
                  published="2024-02-20", reference_year=2024)
    assert regions(res, "28个") == ["dingzhou"]


# -- time ---------------------------------------------------------------------------------------------------------

def test_a_year_named_on_the_line_before_with_no_figure_does_not_date_the_next_lines_figures(tmp_path):
    res = extract(tmp_path, "这是2016年规划确定的阶段目标之一。\n战略实施8年来，全市不予办理新设立登记业务2.6万件。\n",
                  title="北京疏解非首都功能", published="2022-03-01", reference_year=2022)
    assert [r["year"] for r in out(res, "2.6万件")] == [2021]


def test_a_year_that_dated_figures_on_one_line_goes_on_to_the_next(tmp_path):
    res = extract(tmp_path, "2019年，全市地区生产总值增长6.1%。\n全市新增高新技术企业420家。\n",
                  title="保定市经济运行", published="2020-08-01", reference_year=2020)
    assert [r["year"] for r in out(res, "420家")] == [2019]


def test_a_year_opening_a_line_still_dates_the_rest_of_that_line(tmp_path):
    res = extract(tmp_path, "2019年，北京疏解非首都功能取得新进展。全市不予办理新设立登记业务2.6万件。\n",
                  title="北京疏解非首都功能", published="2022-03-01", reference_year=2022)
    assert [r["year"] for r in out(res, "2.6万件")] == [2019]


def test_a_display_figure_on_a_line_of_its_own_is_no_figure(tmp_path):
    res = extract(tmp_path, "今天为您奉上第三期\n8.5%\n统计局数据显示，2021年全市固定资产投资增长8.5%。\n",
                  title="数读保定", published="2022-02-05", reference_year=2022)
    assert [r["line"] for r in out(res, "8.5%")] == [9]


# -- development zones reported as units of their own -----------------------------------------------------------

def test_beijings_e_town_is_a_region_of_its_own_not_beijing(tmp_path):
    res = extract(tmp_path, "2023年，北京经济技术开发区新增注册企业2100家。\n", title="北京经开区产业发展",
                  published="2024-01-20", reference_year=2024)
    assert regions(res, "2100家") == ["beijing_etdz"]


def test_the_airport_economic_zone_and_its_langfang_part_are_regions(tmp_path):
    res = extract(tmp_path, "截至2023年底，北京大兴国际机场临空经济区累计注册企业8800家。"
                  "2023年，廊坊临空经济区新签约项目46个。\n", title="临空经济区建设", published="2024-03-01",
                  reference_year=2024)
    assert regions(res, "8800家") == ["daxing_airport_zone"]
    assert regions(res, "46个") == ["langfang_linkong"]


# -- counts after a list of named projects ----------------------------------------------------------------------

def test_projects_signed_after_a_list_of_named_ones_are_the_days_total(tmp_path):
    res = extract(tmp_path, "大会现场，总投资52亿元的北京某某新材料、河北某某储能示范、年产30万吨饲料等9个项目现场签约。\n",
                  title="辛集市招商大会举办", published="2024-12-20", reference_year=2024)
    assert [(r.get("candidate_id"), r["region"]) for r in out(res, "9个")] == [("签约项目|个", "xinji")]


def test_a_place_opening_the_list_after_its_verb_is_still_the_subject(tmp_path):
    res = extract(tmp_path, "2023年，定州则有正大装备基地、中铁-定州物流基地、数据中心等11个项目正式签约。\n",
                  title="河北多市签约", published="2024-01-20", reference_year=2024)
    assert regions(res, "11个") == ["dingzhou"]


def test_a_count_of_listed_items_with_no_deed_is_still_no_figure(tmp_path):
    res = extract(tmp_path, "2023年，河北黄骅、任丘、泊头等12个县级市入选全国百强。\n", title="河北县域经济",
                  published="2024-01-20", reference_year=2024)
    assert out(res, "12个") == []


def test_the_district_a_park_lies_in_is_where_projects_land(tmp_path):
    res = extract(tmp_path, "日前，德力西、某某电气等18个重点项目落地位于武清区的京津中关村科技新城。\n", title="京津合作园区建设",
                  published="2024-03-10", reference_year=2024)
    assert regions(res, "18个") == ["wuqing"]


def test_a_district_placed_last_in_a_ranking_is_still_no_subject(tmp_path):
    res = extract(tmp_path, "2023年，全市经济增速6.1%，红桥区位于全市最后。\n", title="天津市经济运行", published="2024-02-01",
                  reference_year=2024)
    assert regions(res, "6.1%") == ["tianjin"]


# -- numbers that are no figure ---------------------------------------------------------------------------------

def test_how_far_a_place_lies_is_no_figure(tmp_path):
    res = extract(tmp_path, "2024年，张家口新建滑雪道12条，6公里外的云顶滑雪场游客如织，过去居民要多绕15公里。\n",
                  title="张家口冰雪产业", published="2025-01-10", reference_year=2025)
    assert out(res, "6公里") == [] and out(res, "15公里") == []
    assert regions(res, "12条") == ["zhangjiakou"]


def test_one_plants_yearly_capacity_is_no_figure_but_the_years_output_is(tmp_path):
    res = extract(tmp_path, "2024年，该市签约年产80万吨饲料等项目，全年产量达到320万吨。\n", title="衡水饲料产业",
                  published="2025-01-10", reference_year=2025)
    assert out(res, "80万吨") == []
    assert regions(res, "320万吨") == ["hengshui"]


def test_the_number_of_pollutants_a_bulletin_speaks_of_is_no_count(tmp_path):
    res = extract(tmp_path, "2021年，全省6项主要污染物浓度均同比下降，优良天数比例为66.7%。\n", title="河北省生态环境状况公报",
                  published="2022-06-02", reference_year=2022)
    assert out(res, "6项") == []


def test_after_a_sentence_about_now_the_next_ones_are_of_now_not_the_year_before(tmp_path):
    res = extract(tmp_path, "2023年，共引进央企子公司5家，目前，科创中心已落地企业7家。累计培育高新技术企业310家。\n",
                  title="大厂县协同发展十年", published="2024-06-20", reference_year=2024)
    assert [r["year"] for r in out(res, "310家")] == [2024]
    assert [r["year"] for r in out(res, "5家")] == [2023]


def test_a_running_total_after_a_years_figure_in_the_same_sentence_keeps_the_year(tmp_path):
    res = extract(tmp_path, "2023年，全县新增高新技术企业40家，累计达到310家。\n", title="大厂县科技创新",
                  published="2024-06-20", reference_year=2024)
    assert [r["year"] for r in out(res, "310家")] == [2023]


def test_a_total_reached_at_this_point_is_of_now(tmp_path):
    res = extract(tmp_path, "近日，科技部公布了2023年度国家级孵化器名单，河北3家入选。至此，河北省国家级孵化器总数达52家。\n",
                  title="河北新增国家级孵化器", published="2024-06-03", reference_year=2024)
    assert [r["year"] for r in out(res, "52家")] == [2024]


def test_a_rise_of_the_water_table_in_metres_is_a_figure(tmp_path):
    res = extract(tmp_path, "2023年，天津市地下水位同比回升0.87米。\n", title="天津地下水位持续回升", published="2024-03-22",
                  reference_year=2024)
    assert [(r.get("unit"), r["region"], r["year"], r["value"]) for r in out(res, "0.87米")] == [("米", "tianjin", 2023, 0.87)]


def test_people_counted_by_what_they_do_take_the_deed_as_measure(tmp_path):
    res = extract(tmp_path, "目前，邢台市有2.4万人在京津地区从事家政服务。2024年，全市约8.6万人次开展职业技能培训。\n",
                  title="邢台劳务协作", published="2024-12-01", reference_year=2024)
    assert [r.get("candidate_id") for r in out(res, "2.4万人")] == ["家政服务|万人"]
    assert [r.get("candidate_id") for r in out(res, "约8.6万人次")] == ["开展职业技能培训|万人次"]


def test_two_figures_restated_for_another_year_keep_the_measures_named_before(tmp_path):
    res = extract(tmp_path, "2023年，场馆举办赛事活动210项、接待训练2.6万人次，2024年两项数据分别增至265项、4.1万人次。\n",
                  title="崇礼冬奥场馆利用", published="2025-03-01", reference_year=2025)
    assert [(r.get("candidate_id"), r["year"]) for r in out(res, "265项")] == [("场馆举办赛事活动|项", 2024)]
    assert [(r.get("candidate_id"), r["year"]) for r in out(res, "4.1万人次")] == [("接待训练|万人次", 2024)]


def test_an_amount_of_money_written_without_yuan_is_still_money(tmp_path):
    res = extract(tmp_path, "2023年，安平县新签约项目28个，总投资46亿，技术合同成交额超过12亿。\n", title="安平县招商引资",
                  published="2024-02-01", reference_year=2024)
    assert [(r.get("unit"), r["region"]) for r in out(res, "46亿")] == [("亿元", "anping")]


def test_the_total_investment_of_a_list_of_named_projects_is_the_signing_places(tmp_path):
    res = extract(tmp_path, "大会现场，总投资38.2亿元的河北某某新材料、北京某某储能示范、某某酒店等9个项目现场签约。\n",
                  title="辛集市招商大会举办", published="2024-12-20", reference_year=2024)
    assert regions(res, "38.2亿元") == ["xinji"]
