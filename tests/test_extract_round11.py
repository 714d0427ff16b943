"""Round 11 of issue 8: the two ends of a change (由…调整为, 从…提高到, 优化为…的). The year written at the
start dates the start value only; the end takes the sentence's own year. Sentences are our own."""
from __future__ import annotations

from tests.extract_support import extract, out, rows


def _release(tmp_path, body, title="测试稿"):
    return extract(tmp_path, body, title=title, reference_year=2025, published="2025-03")


# -- 1. the end of a change is of the sentence's year, not of the from-point's -------------------------------------
def test_structure_changed_from_a_base_year_gives_the_share_of_the_sentences_year(tmp_path):
    res = _release(tmp_path, "2024年，天津市三次产业结构由2014年的1.2:49.1:49.7调整为1.5:34.9:63.6。\n")
    assert rows(res, "63.6") == [("tertiary_share", "tianjin", 2024)]
    assert rows(res, "49.7") == [("tertiary_share", "tianjin", 2014)]  # the start, dated by its own year


def test_structure_start_without_its_year_is_no_figure(tmp_path):
    res = _release(tmp_path, "2024年，天津市三次产业结构由1.2:49.1:49.7调整为1.5:34.9:63.6。\n")
    assert out(res, "49.7") == []
    assert rows(res, "63.6") == [("tertiary_share", "tianjin", 2024)]


def test_share_raised_from_a_base_year_keeps_both_ends_in_their_own_years(tmp_path):
    res = _release(tmp_path, "2024年，天津市第三产业增加值占比由2014年的49.7%提高到63.6%。\n")
    assert rows(res, "49.7%") == [("tertiary_share", "tianjin", 2014)]
    assert rows(res, "63.6%") == [("tertiary_share", "tianjin", 2024)]


def test_level_lowered_from_a_base_year_is_the_sentences_year(tmp_path):
    res = _release(tmp_path, "2024年，北京市PM2.5年均浓度从2014年的85.9微克/立方米下降到30.5微克/立方米。\n")
    assert rows(res, "85.9微克/立方米") == [("pm25_annual_mean", "beijing", 2014)]
    assert rows(res, "30.5微克/立方米") == [("pm25_annual_mean", "beijing", 2024)]


def test_end_of_a_change_written_with_its_year_after_wei_is_its_time_not_a_base(tmp_path):
    res = _release(tmp_path, "河北三次产业结构由2014年的11.7:51.0:37.3优化为2024年的10.1:36.2:53.7。\n")
    assert rows(res, "53.7") == [("tertiary_share", "hebei", 2024)]


def test_a_multiple_of_a_year_after_wei_is_still_its_base(tmp_path):
    res = _release(tmp_path, "2024年京津冀地区生产总值为2013年的1.9倍。\n")
    assert rows(res, "1.9倍") == [("gdp_multiple_vs_2013", "jjj", 2024)]


def test_from_point_without_a_change_verb_still_dates_the_next_value(tmp_path):
    res = _release(tmp_path, "北京市PM2.5年均浓度从2014年的85.9微克/立方米，到2024年的30.5微克/立方米。\n")
    assert rows(res, "30.5微克/立方米") == [("pm25_annual_mean", "beijing", 2024)]


# -- 2. a share whose own clause names its whole borrows no whole from the clause before --------------------------
def test_a_share_of_its_own_gdp_is_not_a_share_of_jing_jin_ji(tmp_path):
    res = _release(tmp_path, "2024年，京津冀三地地区生产总值合计11.5万亿元；北京市数字经济增加值占GDP比重超过四成。\n")
    assert rows(res, "超过四成") == []
    assert [(c["region"], c["measure"]) for c in out(res, "超过四成")] == [("beijing", "share")]


def test_a_share_of_jing_jin_ji_named_in_its_own_clause_still_counts(tmp_path):
    res = _release(tmp_path, "2024年，北京市地区生产总值占京津冀地区生产总值的比重为43.4%。\n")
    assert rows(res, "43.4%") == [("gdp_share_of_jjj", "beijing", 2024)]


# -- 3. a bound, then the exact figure it rounded ------------------------------------------------------------------
def test_exact_figure_after_the_bound_that_rounds_it_is_kept(tmp_path):
    res = _release(tmp_path, "2024年，河北省地区生产总值突破4万亿元，达到47526.9亿元。\n")
    assert rows(res, "47526.9亿元") == [("gdp", "hebei", 2024)]


def test_a_smaller_second_figure_of_the_same_measure_is_still_skipped(tmp_path):
    res = _release(tmp_path, "2024年，河北省承接京津转入法人单位超过4000家，其中，转入1500家。\n")
    assert out(res, "1500家") == []


# -- 4. a share whose whole is a place: the part before 占 is the measure ------------------------------------------
def test_share_whose_whole_is_a_place_takes_the_part_as_its_measure(tmp_path):
    res = _release(tmp_path, "2024年，北京输出津冀技术合同成交额约占北京流向外省市的1/3。\n")
    found = out(res, "1/3")
    assert [(c["phrase"], c["measure"], c["year"]) for c in found] == [("技术合同成交额占比", "share", 2024)]
    assert abs(found[0]["value"] - 100 / 3) < 0.01
