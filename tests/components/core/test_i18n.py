"""Words by language: names, units, lists, brackets and the two-language messages."""
from __future__ import annotations

from components.core.i18n import STRINGS, both, bracket, join, labelled, name, t, unit, year_label


def test_every_string_has_both_languages():
    assert all(zh and en for zh, en in STRINGS.values())


def test_words_are_put_together_by_language():
    assert join(["北京", "天津"], "zh") == "北京、天津" and join(["Beijing", "Tianjin"], "en") == "Beijing, Tianjin"
    assert labelled("地区", "北京", "zh") == "地区：北京" and labelled("Regions", "Beijing", "en") == "Regions: Beijing"
    assert bracket("亿元", "zh") == "（亿元）" and bracket("yuan", "en") == " (yuan)"
    assert year_label(2024, "zh") == "2024年" and year_label(2024, "en") == "2024"


def test_names_and_units_fall_back_to_chinese():
    entry = {"id": "x", "name_zh": "北京", "unit": "亿元", "unit_en": "100 million yuan"}
    assert name(entry, "en") == "北京" and unit(entry, "en") == "100 million yuan" and unit(entry, "zh") == "亿元"
    assert name({"id": "x"}, "zh") == "x"


def test_a_message_for_an_unknown_reader_has_both_languages():
    assert both("briefing.empty") == f"{t('briefing.empty', 'zh')} / {t('briefing.empty', 'en')}"
