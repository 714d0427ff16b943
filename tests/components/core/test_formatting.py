"""Chinese number formatting: magnitudes (万/亿/万亿), qualifiers, periods, axis ticks."""
from __future__ import annotations

import pandas as pd
import pytest

from components.core.formatting import QUALIFIER_MARK, axis_ticks, chinese_number, english_number, format_value, period_label, tick_label
from components.core.i18n import QUALIFIER_MEANINGS, QUALIFIER_WORDS
from etl.schema import QUALIFIERS


@pytest.mark.parametrize("value, unit, decimals, expected", [
    (49670.2, "亿元", 1, "4.97万亿元"),        # 亿元 beyond 1万 becomes 万亿元
    (247, "亿元", 1, "247亿元"),               # no trailing .0
    (0.5, "亿元", 1, "5000万元"),              # below 1亿 steps down to 万
    (2183.2, "万人", 1, "2183.2万人"),          # already in its natural magnitude
    (12000, "家", 0, "1.2万家"),
    (4800, "家", 0, "4800家"),
    (89.5, "微克/立方米", 1, "89.5微克/立方米"),  # a measurement is never rescaled
    (-65.94, "%", 1, "-65.9%"),
    (2.5, "倍", 1, "2.5倍"),
    (145.0, "指数(2014=100)", 1, "145"),         # an index's base belongs in the axis title
])
def test_chinese_number_rescales_counts_and_money_only(value, unit, decimals, expected):
    assert chinese_number(value, unit, decimals) == expected


@pytest.mark.parametrize("qualifier, expected", [
    ("exact", "247亿元"), ("approx", "≈247亿元"), ("at_least", "≥247亿元"), ("more_than", ">247亿元"),
])
def test_qualifier_mark_leads_the_label(qualifier, expected):
    assert format_value(247, "亿元", 1, qualifier) == expected


def test_change_values_are_signed():
    assert format_value(5.8, "%", 1, "exact", signed=True) == "+5.8%"
    assert format_value(-5.8, "%", 1, "exact", signed=True) == "-5.8%"


def test_english_uses_separators_and_english_unit():
    assert format_value(9000, "家", 0, "at_least", lang="en", unit_en="branches") == "≥9,000 branches"
    assert english_number(89.5, "μg/m³", 1) == "89.5 μg/m³"


@pytest.mark.parametrize("value, unit_en, expected", [
    (49670.2, "100 million yuan", "4.97 trillion yuan"),
    (247, "100 million yuan", "24.7 billion yuan"),
    (2183.2, "10 thousand persons", "21.83 million persons"),
    (0.5, "100 million yuan", "50 million yuan"),
])
def test_english_rescales_the_catalogues_chinese_magnitudes(value, unit_en, expected):
    assert english_number(value, unit_en) == expected


@pytest.mark.parametrize("missing", [None, float("nan"), pd.NA])
def test_missing_value_is_a_dash_not_zero(missing):
    assert chinese_number(missing, "亿元") == "–"


def test_period_labels_name_the_period_or_base_year():
    assert period_label(2021, 2019, None, "cumulative") == "2019–2021累计"
    assert period_label(2021, pd.NA, None, "cumulative") == "截至2021年累计"
    assert period_label(2021, None, 2013, "change") == "较2013年"
    assert period_label(2021, None, 2013, "change", "en") == "vs 2013"
    assert period_label(2021, None, None, "level") == ""


def test_axis_ticks_carry_their_magnitude_for_money():
    ticks, labels, title = axis_ticks([2113.6, 49670.2], "亿元")
    assert ticks[0] == 0 and ticks[-1] >= 49670.2
    assert "5万亿" in labels and "1万亿" in labels and title == "元"


def test_axis_ticks_for_population_in_wan_read_as_yi():
    _, labels, title = axis_ticks([1300, 11000], "万人")
    assert "1亿" in labels and title == "人"


def test_axis_ticks_leave_small_values_to_plotly():
    assert axis_ticks([30, 89.5], "微克/立方米") is None
    assert axis_ticks([30, 890], "亿元") is not None  # 890亿 is past 1万 of 元


def test_tick_label_magnitudes():
    assert tick_label(25000) == "2.5万"
    assert tick_label(300000000) == "3亿"
    assert tick_label(800) == "800"
    assert tick_label(0) == "0"
    assert tick_label(-35000) == "-3.5万"


def test_babel_rounds_across_a_magnitude_where_the_old_code_wrote_10000wan():
    assert chinese_number(9999.99, "万人", 1) == "1亿人"


def test_english_below_a_million_keeps_digits_where_babel_would_write_thousand():
    # format_compact_decimal(5000, "long", "en") gives "5 thousand": a briefing writes 5,000 yuan.
    assert english_number(0.00005, "100 million yuan") == "5,000 yuan"
    assert english_number(12, "10 thousand persons") == "120,000 persons"


def test_every_qualifier_of_the_schema_has_a_mark_and_words():
    assert set(QUALIFIER_MARK) == set(QUALIFIERS) == set(QUALIFIER_WORDS)
    assert set(QUALIFIER_MEANINGS) == set(QUALIFIERS) - {"exact"}
