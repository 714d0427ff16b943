"""Find every number in a clause and say what it is: a quantity (value, unit, qualifier) or not.

Every Arabic number is reported, so the extractor can account for each one (a row, or a skip
with a reason). Chinese numerals are reported only where they are used as quantities, i.e.
directly before a unit or after a qualifier (十余家, 超千家, 三个): counting words such as 一是,
四大功能 or 十四五 are vocabulary, not figures.

Qualifiers follow the wording of the reference data: 约/近/左右 approx; 超/超过/逾/突破/余/多
more_than; 以上/不少于 at_least. A figure rounded to 万亿 (3.9万亿元) with at most one decimal
and no qualifier of its own is also marked approx: the writer rounded a precise total.
A unit written once after a list of numbers ("32、41和38.6微克/立方米") is every number's unit.
A concentration may put the volume first ("每立方米32微克", usual in Hong Kong): the same unit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from etl.extract.units import ALL_UNIT_WORDS, BASES, MULTIPLIERS

APPROX_PRE = ("大约", "约为", "约", "接近", "将近", "近")
MORE_PRE = ("超过", "超出", "超", "逾", "突破", "多于", "高于")
LEAST_PRE = ("不少于", "不低于", "至少")
_PRE = sorted(APPROX_PRE + MORE_PRE + LEAST_PRE, key=len, reverse=True)

# A one-character qualifier that is really the end of another word: 签约52个 is not "about 52".
_FALSE_PRE = {"约": set("签合预节制履邀违和"), "近": set("附最临邻靠亲"), "超": set("赶高")}

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}

NUMBER_RE = re.compile(
    r"(?=[\d一二两三四五六七八九十百千万大约接将近超逾突多高不至])"  # cheap first-character filter
    r"(?P<pre>" + "|".join(map(re.escape, _PRE)) + r")?"
    r"(?P<num>\d{1,3}(?:,\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?"
    r"|[一二两三四五六七八九十][〇零一二两三四五六七八九十百千]*|[百千万])"
    r"(?P<suf1>余|多)?(?P<mult>万亿|亿|万|千|百)?(?P<suf2>余|多)?"
    r"\s?(?P<unit>" + "|".join(map(re.escape, ALL_UNIT_WORDS)) + r")?"
    r"(?P<post>左右|以上|上下|之多)?"
)
_YEAR_NEXT = re.compile(r"\s*(?:年|[-—–~～至到]\s*(?:19|20)\d\d)")
_LIST_GAP = re.compile(r"\s*(?:、|和|及|与|或)\s*")
_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d\s*年?\s*[-—–~～至到]\s*$")
_INDEX_BEFORE = re.compile(r"指数(?:值)?(?:为|达到|达|是|升至|提高到)?$")
_PER_CUBIC_METRE_BEFORE = re.compile(r"每立方米(?:为|达到|达|是)?$")
_DURATION_AFTER = ("来", "间", "内", "前", "后", "以来")


@dataclass
class Mention:
    start: int          # first character of raw (including a qualifier word)
    num_start: int      # first character of the number itself
    end: int
    raw: str
    kind: str           # 'quantity' | 'year' | 'not a quantity'
    number: Decimal | None = None
    scale: Decimal = Decimal(1)     # multiplier as written (万, 亿, ...), times the base factor (成 = 10 %)
    base: str | None = None         # canonical base unit (元, 家, %, ...) or None for other count words
    unit_written: str = ""
    qualifier: str = "exact"
    chinese: bool = False
    bare: bool = False              # digits with no unit of their own


def cn_to_int(text: str) -> int | None:
    """一千二百 -> 1200, 十五 -> 15, 千 -> 1000 (as in 超千家). None when it is not a numeral."""
    if text == "万":
        return 10000
    total, current = 0, None
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch] if current is None else current * 10 + _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (1 if current is None else current) * _CN_UNITS[ch]
            current = None
        else:
            return None
    return total + (current or 0)


def find_numbers(text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in NUMBER_RE.finditer(text):
        num = m.group("num")
        pre, unit, mult = m.group("pre"), m.group("unit"), m.group("mult")
        start = m.start()
        num_start = m.start("num")
        if pre and len(pre) == 1 and start > 0 and text[start - 1] in _FALSE_PRE.get(pre, ()):
            pre, start = None, num_start
        chinese = not num[0].isdigit()
        if chinese:
            if num in "百千万" and not pre:
                continue  # 百万亩, 万亿元台阶: not a count
            if unit is None and mult is None:
                continue  # 一是, 四大功能: vocabulary
            if num_start > 0 and text[num_start - 1] == "第":
                continue
        end = m.end()
        mention = Mention(start=start, num_start=num_start, end=end, raw=text[start:end].strip(), kind="quantity",
                          chinese=chinese, unit_written=(mult or "") + (unit or ""))
        before = text[num_start - 1] if num_start > 0 else ""
        after = text[m.end("num")] if m.end("num") < len(text) else ""
        if chinese:
            value = cn_to_int(num)
            if value is None:
                continue
            mention.number = Decimal(value)
        else:
            mention.number = Decimal(num.replace(",", ""))
        if not chinese and "." not in num and len(num) == 4 and 1900 <= int(num) <= 2100 and not mult and (
            _YEAR_NEXT.match(text, m.end("num")) or _YEAR_BEFORE.search(text, max(0, num_start - 12), num_start)
        ):
            mention.kind = "year"
            mention.raw = num + ("年" if after == "年" else "")
            mention.start, mention.end = num_start, m.end("num") + (1 if after == "年" else 0)
            out.append(mention)
            continue
        if (before and (before.isascii() and before.isalpha() or before in "+＋")) or (
            not unit and not mult and after and (after.isascii() and after.isalpha() or after in "+＋")):
            _not_quantity(mention, text, m)
            out.append(mention)
            continue
        if before == "第":
            _not_quantity(mention, text, m)
            out.append(mention)
            continue
        if unit == "微克" and _PER_CUBIC_METRE_BEFORE.search(text, max(0, start - 8), start):
            unit = "微克/立方米"  # 每立方米32微克, the Hong Kong word order
            mention.unit_written = unit
        if unit is None and mult is None and _INDEX_BEFORE.search(text, max(0, start - 8), start):
            unit = "指数"
            mention.unit_written = "指数"
        if unit is None:
            if not chinese:
                _not_quantity(mention, text, m)
                mention.bare = not mult and not pre and after not in "月日号"
                out.append(mention)
            continue
        rest = text[end:end + 2]
        if unit == "年" or (unit == "个" and rest.startswith("月")) or unit in ("小时", "分钟"):
            if unit == "个" and rest.startswith("月"):
                mention.end += 1
                mention.raw += "月"
            mention.kind = "not a quantity"  # a duration: 26年来, 连续三年, 3个月
            out.append(mention)
            continue
        if unit in BASES:
            base, factor = BASES[unit]
            mention.base = base
            mention.scale = factor * (MULTIPLIERS[mult] if mult else Decimal(1))
        else:
            mention.base = None
            mention.scale = MULTIPLIERS[mult] if mult else Decimal(1)
        mention.qualifier = _qualifier(pre, m.group("suf1") or m.group("suf2"), m.group("post"), num, mult)
        out.append(mention)
    _share_units(text, out)
    return out


def _share_units(text: str, mentions: list[Mention]) -> None:
    """32、41和38.6微克/立方米: the unit written once, after the last number, is every number's."""
    for left, right in zip(reversed(mentions[:-1]), reversed(mentions[1:])):
        if left.bare and right.kind == "quantity" and _LIST_GAP.fullmatch(text, left.end, right.start):
            left.kind, left.base, left.scale, left.unit_written = "quantity", right.base, right.scale, right.unit_written
            left.qualifier = "exact"


def _not_quantity(mention: Mention, text: str, m: re.Match) -> None:
    """Names, codes, ordinals and dates: report only the digits, not a unit guessed after them."""
    mention.kind = "not a quantity"
    mention.start, mention.end = m.start("num"), m.end("num")
    mention.raw = text[mention.start:mention.end]


def _qualifier(pre: str | None, suffix: str | None, post: str | None, num: str, mult: str | None) -> str:
    if post == "以上" or pre in LEAST_PRE:
        return "at_least"
    if pre in MORE_PRE or suffix:
        return "more_than"
    if pre in APPROX_PRE or post in ("左右", "上下"):
        return "approx"
    if mult == "万亿" and len(num.partition(".")[2]) <= 1:
        return "approx"
    return "exact"
