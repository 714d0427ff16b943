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
