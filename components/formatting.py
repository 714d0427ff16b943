"""Numbers as a Chinese reader expects them: 4.97万亿元 rather than 49,670.2亿元, with the qualifier.

Units in the catalogue may already carry a magnitude (亿元, 万人); the value is rescaled to
the largest of 万 / 亿 / 万亿 that keeps it ≥ 1, so the same rule serves every unit. Units
that are ratios or measurements (%, 倍, 指数, 微克/立方米) are never rescaled.
"""
from __future__ import annotations

import math

import pandas as pd

QUALIFIER_MARK = {"exact": "", "approx": "≈", "more_than": ">", "at_least": "≥"}
QUALIFIER_WORD = {
    "zh": {"exact": "准确值", "approx": "约数", "more_than": "超过", "at_least": "以上(至少)"},
    "en": {"exact": "exact", "approx": "approximate", "more_than": "more than", "at_least": "at least"},
}

_PREFIXES = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4))
_SCALES = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4))
# Base units that are counts or money: a magnitude word in front of them reads naturally.
_COUNTABLE = ("元", "人", "人次", "家", "项", "个", "所", "户", "套", "辆", "吨", "平方米", "亩")


def is_missing(value) -> bool:
    """None, NaN and pandas' NA alike: the table's nullable columns give all three."""
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _split_unit(unit: str) -> tuple[float, str] | None:
    """'亿元' -> (1e8, '元'); None when the unit must not be rescaled."""
    for word, mult in _PREFIXES:
        if unit.startswith(word) and unit[len(word):] in _COUNTABLE:
            return mult, unit[len(word):]
    if unit in _COUNTABLE:
        return 1.0, unit
    return None


def _fixed(value: float, decimals: int) -> str:
    text = f"{value:.{max(decimals, 0)}f}"
    return "0" if text in ("-0", "-0.0", "-0.00") else text


def _trim(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text


def chinese_number(value: float, unit: str, decimals: int = 1) -> str:
    """The number and unit only, rescaled the Chinese way: (49670.2, '亿元') -> '4.97万亿元'."""
    if is_missing(value):
        return "–"
    split = _split_unit(unit or "")
    if split is None:
        return f"{_trim(_fixed(value, decimals))}{label_unit(unit)}"
    mult, base = split
    absolute = abs(value) * mult
    for word, scale in _SCALES:
        if absolute >= scale:
            if scale == mult:  # already in its natural magnitude: keep the catalogue's decimals
                return f"{_trim(_fixed(value, decimals))}{word}{base}"
            return f"{_trim(_fixed(value * mult / scale, 2))}{word}{base}"
    if mult == 1.0:
        return f"{_trim(_fixed(value, decimals))}{base}"
    return f"{_trim(_fixed(value * mult, max(decimals, 0)))}{base}"


def label_unit(unit: str | None) -> str:
    """The unit as a value label carries it; an index's base ('指数(2014=100)') stays in the axis title."""
    unit = unit or ""
    return "" if unit.startswith("指数") or unit.lower().startswith("index") else unit


_EN_PREFIXES = (("100 million ", 1e8), ("10 thousand ", 1e4))
_EN_SCALES = (("trillion", 1e12), ("billion", 1e9), ("million", 1e6))


def english_number(value: float, unit_en: str, decimals: int = 1) -> str:
    """English reads 4.97 trillion yuan where Chinese reads 4.97万亿元; '100 million yuan' is the catalogue's 亿元."""
    if is_missing(value):
        return "–"
    unit_en = label_unit(unit_en)
    for prefix, mult in _EN_PREFIXES:
        if unit_en.startswith(prefix):
            absolute, base = value * mult, unit_en[len(prefix):]
            for word, scale in _EN_SCALES:
                if abs(absolute) >= scale:
                    return f"{_trim(f'{absolute / scale:,.2f}')} {word} {base}"
            return f"{_trim(f'{absolute:,.0f}')} {base}"
    number = _trim(f"{value:,.{max(decimals, 0)}f}")
    if not unit_en:
        return number
    return f"{number}{unit_en}" if unit_en == "%" else f"{number} {unit_en}"


def format_value(value: float, unit: str, decimals: int = 1, qualifier: str = "exact", lang: str = "zh",
                 unit_en: str | None = None, signed: bool = False) -> str:
    """A label as charts, cards and tables show it: '≈247亿元', '≥9000家', '+5.8%'."""
    text = english_number(value, unit_en or unit, decimals) if lang == "en" else chinese_number(value, unit, decimals)
    if signed and value is not None and value > 0:
        text = "+" + text
    return QUALIFIER_MARK.get(qualifier or "exact", "") + text


def qualifier_word(qualifier: str, lang: str = "zh") -> str:
    return QUALIFIER_WORD["en" if lang == "en" else "zh"].get(qualifier or "exact", qualifier or "")


def period_label(year: int, period_start: int | None, base_year: int | None, measure: str, lang: str = "zh") -> str:
    """What a number covers, when a year alone would mislead: '2019–2021累计', '较2013年'."""
    def has(v):
        return not is_missing(v)
    if measure == "cumulative" and has(period_start):
        return f"{int(period_start)}–{int(year)} cumulative" if lang == "en" else f"{int(period_start)}–{int(year)}累计"
    if measure == "cumulative":
        return f"cumulative to {int(year)}" if lang == "en" else f"截至{int(year)}年累计"
    if measure == "change" and has(base_year):
        return f"vs {int(base_year)}" if lang == "en" else f"较{int(base_year)}年"
    if measure == "change":
        return "year on year" if lang == "en" else "同比"
    if measure == "multiple" and has(base_year):
        return f"× {int(base_year)} level" if lang == "en" else f"为{int(base_year)}年的倍数"
    return ""


def axis_ticks(values: list, unit: str = "", count: int = 5) -> tuple[list[float], list[str], str] | None:
    """Tick positions, Chinese labels and the axis title for a value axis; None leaves plotly's ticks.

    Plotly's SI suffixes (10k, 1M) are not how Chinese readers count. For money and counts the
    ticks carry their own magnitude (5000亿, 1万亿) and the axis title the base unit (元);
    other units keep their title and write 1万 only where values reach it.
    """
    finite = [float(v) for v in values if not is_missing(v)]
    if not finite:
        return None
    split = _split_unit(unit or "")
    mult, base = split if split else (1.0, unit)
    lo, hi = min(0.0, min(finite)), max(0.0, max(finite))
    if hi == lo or (hi - lo) * mult < 1e4:  # no 万 in sight: plotly's ticks are already right
        return None
    raw_step = (hi - lo) / count
    magnitude = 10 ** math.floor(math.log10(raw_step))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw_step)
    ticks, v = [], math.floor(lo / step) * step
    while v <= hi + step * 0.5:
        ticks.append(round(v, 6))
        v += step
    return ticks, [tick_label(t * mult) for t in ticks], base


def tick_label(value: float) -> str:
    for word, scale in _SCALES:
        if abs(value) >= scale:
            return f"{_trim(_fixed(value / scale, 2))}{word}"
    return _trim(_fixed(value, 2))
