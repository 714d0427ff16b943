"""Round 24 of issue 8: the year so far of a flow, a paragraph that breaks the one before down, a city and its
county run together, a level built on.
Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, rows, skip_reasons


def test_a_flow_so_far_this_year_is_the_months_not_the_year(tmp_path):
    res = extract(tmp_path, "记者获悉，今年截至10月底，全省港口货物吞吐量累计完成9.6亿吨，同比增长2.1%。\n",
                  title="河北港口生产平稳", published="2020-11-12", reference_year=2020)
    assert rows(res, "9.6亿吨") == []
    assert [r["candidate_id"] for r in out(res, "9.6亿吨")] == ["1-10月|港口货物吞吐量|亿吨|cumulative"]


def test_a_breakdown_paragraph_keeps_the_period_of_the_one_before(tmp_path):
    res = extract(tmp_path, "1-9月，全省港口完成货物吞吐量8.5亿吨。\n\n分港口看，唐山港完成货物吞吐量5.1亿吨。\n\n"
                  "2018年，全省港口完成货物吞吐量11.6亿吨。\n",
                  title="河北港口生产情况", published="2019-10-20", reference_year=2019)
    assert rows(res, "5.1亿吨") == [] and rows(res, "8.5亿吨") == []
    assert [(r["candidate_id"].split("|")[0], r["region"]) for r in out(res, "5.1亿吨")] == [("前三季度", "tangshan")]  # (1-9月 is keyed as the three quarters)
    assert rows(res, "11.6亿吨") == [("port_cargo_throughput", "hebei", 2018)]


def test_a_view_of_the_year_is_no_breakdown_of_the_paragraph_before(tmp_path):
    res = extract(tmp_path, "1-9月，全市港口完成货物吞吐量3.5亿吨。\n\n从全年看，2018年全市港口完成货物吞吐量4.7亿吨。\n",
                  title="天津港生产情况", published="2019-10-20", reference_year=2019)
    assert rows(res, "4.7亿吨") == [("port_cargo_throughput", "tianjin", 2018)]


def test_a_city_run_into_its_county_names_the_county(tmp_path):
    res = extract(tmp_path, "2021年，沧州黄骅港货物吞吐量达3.1亿吨。\n",
                  title="沧州港口建设", published="2022-05-01", reference_year=2022)
    assert rows(res, "3.1亿吨") == [("port_cargo_throughput", "huanghua", 2021)]


def test_a_level_built_on_with_no_year_is_no_figure(tmp_path):
    res = extract(tmp_path, "在前两年签约60个项目的基础上，2021年5月，北京与北三县再签约41个项目。\n",
                  title="北三县项目推介洽谈会", published="2021-05-14", reference_year=2021)
    assert rows(res, "41个") == [("bsx_fair_projects_signed", "beisanxian", 2021)]
    assert out(res, "60个") == [] and skip_reasons(res, "60个") == ["period start"]
