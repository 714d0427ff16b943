"""Numbers as a Chinese reader expects them: 4.97万亿元 rather than 49,670.2亿元, with the qualifier.

Units in the catalogue may already carry a magnitude (亿元, 万人); the value is rescaled to
the largest of 万 / 亿 / 万亿 that keeps it ≥ 1, so the same rule serves every unit. Units
that are ratios or measurements (%, 倍, 指数, 微克/立方米) are never rescaled.

Library and hand-written code, measured against each other (tests/components/core/test_formatting.py):
- Babel's `format_compact_decimal` writes the magnitudes: zh_CN short form for 万/亿/万亿 (equal to the
  old hand-written code on every case), en long form for million/billion/trillion.
- Hand-written, because Babel is worse there: which units may take a magnitude at all (Babel knows
  numbers, not 微克/立方米); English below a million (Babel writes "5 thousand yuan" where a briefing
  writes "5,000 yuan"); and the axis tick step (Babel has no notion of one).
"""
from __future__ import annotations

import functools
import math

import pandas as pd
from babel import Locale
from babel.numbers import format_compact_decimal

from components.core.i18n import COUNTABLE_UNITS, INDEX_UNIT_PREFIX, UNIT_MAGNITUDES, t

# Parsed once: Babel parses a locale given as a string on every call, which dominated long downloads.
_ZH, _EN = Locale.parse("zh_CN"), Locale.parse("en")

QUALIFIER_MARK = {"exact": "", "approx": "≈", "more_than": ">", "at_least": "≥"}

_EN_PREFIXES = (("100 million ", 1e8), ("10 thousand ", 1e4))


def is_missing(value) -> bool:
    """None, NaN and pandas' NA alike: the table's nullable columns give all three. (Plain Python values
    are answered without pandas: a redraw asks this tens of thousands of times.)"""
    if value is None or value is pd.NA:
        return True
    if isinstance(value, float):
        return value != value
    if isinstance(value, (str, int)):
        return False
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def text_or_empty(value) -> str:
    """A text cell for display: '' where the table has no value."""
    return "" if is_missing(value) else str(value)


def _split_unit(unit: str) -> tuple[float, str] | None:
    """'亿元' -> (1e8, '元'); None when the unit must not be rescaled."""
    for word, mult in UNIT_MAGNITUDES:
        if unit.startswith(word) and unit[len(word):] in COUNTABLE_UNITS:
            return mult, unit[len(word):]
    if unit in COUNTABLE_UNITS:
        return 1.0, unit
    return None


def is_count_unit(unit: str | None) -> bool:
    """Money, people, firms, items: amounts whose axis starts at zero (a rate or an index need not)."""
    return _split_unit(unit or "") is not None


def _fixed(value: float, decimals: int) -> str:
    text = f"{value:.{max(decimals, 0)}f}"
    return "0" if text in ("-0", "-0.0", "-0.00") else text


def _trim(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text


# Babel parses its locale data on every call (~0.1 ms); a chart redraw formats the same few hundred
# values again and again (hover, labels, alt text), so each (value, unit, decimals) is formatted once.
FORMAT_CACHE_SIZE = 65536


@functools.lru_cache(maxsize=FORMAT_CACHE_SIZE)
def _compact_zh(value: float, digits: int) -> str:
    return format_compact_decimal(value, format_type="short", locale=_ZH, fraction_digits=digits)


def chinese_number(value: float, unit: str, decimals: int = 1) -> str:
    """The number and unit only, rescaled the Chinese way: (49670.2, '亿元') -> '4.97万亿元'."""
    if is_missing(value):
        return "–"
    return _chinese_number(float(value), unit or "", int(decimals))


@functools.lru_cache(maxsize=FORMAT_CACHE_SIZE)
def _chinese_number(value: float, unit: str, decimals: int) -> str:
    split = _split_unit(unit)
    if split is None:
        return f"{_trim(_fixed(value, decimals))}{label_unit(unit)}"
    mult, base = split
    absolute = abs(value) * mult
    natural = next((scale for _, scale in UNIT_MAGNITUDES if absolute >= scale), 1.0)
    # In its own magnitude (247亿元, 2183.2万人) a value keeps the catalogue's decimals; rescaled, two.
    digits = max(decimals, 0) if natural == mult else 2
    if natural == 1.0 and mult != 1.0:
        digits = max(decimals, 0)
    return f"{_compact_zh(value * mult, digits)}{base}"


def label_unit(unit: str | None) -> str:
    """The unit as a value label carries it; an index's base ('指数(2014=100)') stays in the axis title."""
    unit = unit or ""
    return "" if unit.lower().startswith(INDEX_UNIT_PREFIX) else unit


def english_number(value: float, unit_en: str, decimals: int = 1) -> str:
    """English reads 4.97 trillion yuan where Chinese reads 4.97万亿元; '100 million yuan' is the catalogue's 亿元."""
    if is_missing(value):
        return "–"
    return _english_number(float(value), unit_en or "", int(decimals))


@functools.lru_cache(maxsize=FORMAT_CACHE_SIZE)
def _english_number(value: float, unit_en: str, decimals: int) -> str:
    unit_en = label_unit(unit_en)
    for prefix, mult in _EN_PREFIXES:
        if unit_en.startswith(prefix):
            absolute, base = value * mult, unit_en[len(prefix):]
            if abs(absolute) >= 1e6:
                words = format_compact_decimal(absolute, format_type="long", locale=_EN, fraction_digits=2)
                return f"{words} {base}"
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


def row_label(row, decimals: int, lang: str) -> str:
    """format_value for one table row (value, unit, unit_en, qualifier, measure)."""
    return format_value(row["value"], row["unit"], decimals, row["qualifier"], lang, unit_en=row["unit_en"],
                        signed=row["measure"] == "change")



def period_label(year: int, period_start: int | None, base_year: int | None, measure: str, lang: str = "zh") -> str:
    """What a number covers, when a year alone would mislead: '2019–2021累计', '较2013年'."""
    if measure == "cumulative":
        if is_missing(period_start):
            return t("period.cumulative_to", lang, year=int(year))
        return t("period.cumulative_since", lang, start=int(period_start), year=int(year))
    if measure == "change":
        return t("period.year_on_year", lang) if is_missing(base_year) else t("period.change_vs", lang, base=int(base_year))
    if measure == "multiple" and not is_missing(base_year):
        return t("period.multiple_of", lang, base=int(base_year))
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
    return ticks, [tick_label(tick * mult) for tick in ticks], base


def tick_label(value: float) -> str:
    """25000 -> '2.5万', 3e8 -> '3亿', 800 -> '800'."""
    return _compact_zh(value, 2)
