"""Find every number in a clause and say what it is: a quantity (value, unit, qualifier) or not.

Every Arabic number is reported, so the extractor can account for each one (a row, or a skip
with a reason). Chinese numerals are reported only where they are used as quantities, i.e.
directly before a unit or after a qualifier (十余家, 超千家, 三个): counting words such as 一是,
四大功能 or 十四五 are vocabulary, not figures.

Qualifiers follow the wording of the reference data: 约/近/左右 approx; 超/超过/逾/突破/余/多
more_than; 以上/不少于 at_least. A figure rounded to 万亿 (3.9万亿元) with at most one decimal
and no qualifier of its own is also marked approx: the writer rounded a precise total.
Digit groups may be separated by a comma or a (thin) space: 1 364万人 is 1364万人.
A unit written once after a list of numbers ("32、41和38.6微克/立方米") is every number's unit.
Fractions (1/3, 三分之一, with 以上/左右 after) and 百分之五点二 are shares in %; 千余家, 百余个 are counts ("about a
thousand, more"), as are 上百项, 上千家 (a round bound reached); 一万二千 and 二千一百八十五点八 are one numeral each; 几十, 数千, 二三十 are no figure.
A concentration may put the volume first ("每立方米32微克", usual in Hong Kong): the same unit; and one
written in full may be shortened later in the clause ("从104微克/立方米降至38.8微克"): the same unit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from etl.extract.units import ALL_UNIT_WORDS, BASES, MULTIPLIERS, PRICE_GOODS, PRICE_PER

APPROX_PRE = ("大约", "约为", "约", "接近", "将近", "近")
MORE_PRE = ("超过", "超出", "超", "逾", "突破", "破", "多于", "高于")  # (地区生产总值破千亿元: past the mark, 突破 in a headline's word)
LEAST_PRE = ("不少于", "不低于", "至少")
_PRE = sorted(APPROX_PRE + MORE_PRE + LEAST_PRE, key=len, reverse=True)

# A one-character qualifier that is really the end of another word: 签约52个 is not "about 52".
_FALSE_PRE = {"约": set("签合预节制履邀违和"), "近": set("附最临邻靠亲"), "超": set("赶高"), "破": set("打攻击爆冲识侦")}

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}

# a unit word that is the start of another word: 跃升上千亿台阶 (a step passed, no machines), 增加3500根据统计 (根据 opens
# the next words, no posts), 区十一次党代会 (the eleventh congress, no count of meetings)
_UNIT_GUARDS = {"台": "台(?!阶)", "级": "级(?=地震)", "分": "分(?![钟之别析公局行类配布享红解流散期批段担摊数支会队厂店子项])", "起": "起(?![来步飞始点航])", "眼": "眼(?![光界前下里睛中])", "期": "期(?![工项间末货刊待望限满内中次])", "根": "根(?![据本源治除植基])", "次": "次(?!党代会|党员代表大会|代表大会|全会|全体会议|人代会)",
                "个百分点": r"个百\s?分点", "个": r"个(?!百\s*$)",
                "天": "天(?!津|然气|安门|坛)", "P": "P(?![A-Za-z0-9.])"}  # (提高8.2个百 分点: a page's stray space; 4.7个百 at a cut page's end: no count; 1200多万天津市民: no days)
NUMBER_RE = re.compile(
    r"(?=[\d一二两三四五六七八九十百千万廿卅大约接将近超逾突破多高不至])"  # cheap first-character filter
    r"(?:(?P<pre>" + "|".join(map(re.escape, _PRE)) + r")\s?(?:人民币)?)?"  # (突破人民币5万亿元: the bar, its currency said)
    r"(?P<num>\d{1,3}(?:[, \u2009\u00a0]\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?"
    r"|[一二两三四五六七八九十廿卅][〇零一二两三四五六七八九十百千廿卅]*(?:万[〇零一二两三四五六七八九十百千廿卅]*[一二两三四五六七八九十百千廿卅])?"
    r"(?:点[〇零一二三四五六七八九]+)?"
    r"|[百千万])"   # 一万二千余家: 万 inside a Chinese numeral is part of it; 二千一百八十五点八万人: its decimals
    r"(?P<suf1>余|多)?(?:\s?(?P<mult>万亿|亿|万|千(?!瓦|米|克|分点)|百(?!分点)))?(?P<suf2>余|多)?(?P<mult2>(?<=万[余多])亿)?"   # 4万多亿元
    r"\s?(?P<unit>" + "|".join(_UNIT_GUARDS.get(u, re.escape(u).replace("/", r"\s?/\s?")) for u in ALL_UNIT_WORDS) + r")?"
    r"(?P<post>左右|以上|上下|之多)?"
)
_GROUP_SEPARATORS = str.maketrans("", "", ", \u2009\u00a0")
_YEAR_NEXT = re.compile(r"\s*(?:年|[-—–~～至到]\s*(?:19|20)\d\d)")
_LIST_GAP = re.compile(r"\s*(?:、|和|及|与|或)\s*")
_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d\s*年?\s*[-—–~～至到]\s*$")
# 指数53.22, 综合指数平均为4.26, 创新指数分别为53.22、28.83和21.86: an index value, unit-less (each of a list too)
_INDEX_BEFORE = re.compile(r"指数(?:值)?(?:平均|均值)?(?:分别)?(?:为|达到|达|是|升至|提高到)?(?:\d+(?:\.\d+)?[、和及与])*$"
                           # 指数从2018年的0.38上升至2023年的0.58: its values said along its series
                           r"|指数(?:值)?(?:从|由)(?:(?:19|20)\d\d年的?)?$"
                           r"|指数(?:值)?(?:从|由)(?:(?:19|20)\d\d年的?)?\d+(?:\.\d+)?(?:上升|提高|提升|增长|增加|下降|降低)?(?:至|到)"
                           r"(?:(?:19|20)\d\d年的?)?$")
_PER_CUBIC_METRE_BEFORE = re.compile(r"每立方米(?:为|达到|达|是)?$")
# 河北的PM2.5是56微克, 细颗粒物浓度降到42微克: a pollutant's reading, spoken short for 微克/立方米
_POLLUTANT_BEFORE = re.compile(r"(?:PM2\.5|PM10|细颗粒物|可吸入颗粒物|臭氧|二氧化硫|二氧化氮|浓度)[^，,。；;\d]{0,8}$")
_DURATION_AFTER = ("来", "间", "内", "前", "后", "以来")
_DAYS_COUNTED_OVER_AFTER = re.compile(r"(?:假期|长假|小长假|黄金周)?(?:里|内|中|间)?(?:共|累计|合计|总计)?"
                                      r"(?:接待|客流|发送|运送|游客|旅客|入园|累计接待)")


@dataclass(slots=True)
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
    term: str = ""                  # 第一产业 for the first term of 三次产业结构为a:b:c (its share of GDP, in %)


def cn_to_int(text: str) -> int | None:
    """一千二百 -> 1200, 十五 -> 15, 千 -> 1000 (as in 超千家), 一万二千 -> 12000. None when it is not a numeral."""
    if text == "万":
        return 10000
    if "万" in text:
        high, _, low = text.partition("万")
        high_value, low_value = cn_to_int(high), cn_to_int(low)
        if high_value is None or low_value is None or "万" in low:
            return None
        return (high_value or 1) * 10000 + low_value
    total, current = 0, None
    for i, ch in enumerate(text):
        if ch in _CN_DIGITS and i and text[i - 1] in _CN_DIGITS and _CN_DIGITS[ch] and _CN_DIGITS[text[i - 1]]:
            return None  # 二三十所, 三五个: a vague range, no figure (一〇五 is read digit by digit)
        if ch in _CN_TENS:
            total += _CN_TENS[ch] + (current or 0)
            current = None
        elif ch in _CN_DIGITS:
            current = _CN_DIGITS[ch] if current is None else current * 10 + _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (1 if current is None else current) * _CN_UNITS[ch]
            current = None
        else:
            return None
    return total + (current or 0)


def cn_to_number(text: str) -> Decimal | None:
    """cn_to_int with decimals read digit by digit: 八点三 -> 8.3, 二千一百八十五点八 -> 2185.8."""
    whole, dot, decimals = text.partition("点")
    value = cn_to_int(whole)
    if value is None or (dot and not decimals):
        return None
    if not dot:
        return Decimal(value)
    digits = "".join(str(_CN_DIGITS[ch]) for ch in decimals if ch in _CN_DIGITS)
    return Decimal(f"{value}.{digits}") if len(digits) == len(decimals) else None


# 上百项, 上千家, 上万人: "reaching a hundred (thousand…)", a round bound passed, as 超百 is (成千上万, 成百上千: an
# idiom for "very many", no bound)
_UP_TO_ROUND = re.compile(r"(?<![以之马百千])上(?=[百千万](?![分米]))")


_HUNDRED_MILLIONS_SAID = re.compile(r"(?<=[\d两一二三四五六七八九十百千])个亿(?![元])")


# 壹仟贰佰卅八亿元: the formal (大写) numerals of a cheque or a Taiwanese page, read as the plain ones they stand for,
# only in a run of two numerals or more (队伍, 陆续 and 收拾 keep their words); 廿, 卅 are twenty and thirty
_FORMAL_DIGITS = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟", "一二二三三四五六六七八九十百千")
_FORMAL_CHARS = re.compile(r"[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅]")
_FORMAL_RUN = re.compile(r"[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟〇零一二两三四五六七八九十百千万廿卅]{2,}")
_CN_TENS = {"廿": 20, "卅": 30}


def find_numbers(text: str) -> list[Mention]:
    fractions = _fractions(text)
    taken = [(f.start, f.end) for f in fractions]
    out: list[Mention] = list(fractions)
    read = _UP_TO_ROUND.sub("超", text) if "上" in text else text  # 上百项 is read as 超百项, its raw stays as written
    if "个亿" in read:
        read = _HUNDRED_MILLIONS_SAID.sub("亿元", read)  # 拟出资100个亿: 100亿元, said colloquially (as long, so offsets hold)
    if _FORMAL_CHARS.search(read):
        read = _FORMAL_RUN.sub(lambda m: m.group().translate(_FORMAL_DIGITS) if _FORMAL_CHARS.search(m.group()) else m.group(), read)
    for m in NUMBER_RE.finditer(read):
        if taken and any(a <= m.start("num") < b for a, b in taken):
            continue
        mention = _mention(read, m)
        if mention is not None:
            if read is not text:
                mention.raw = text[mention.start:mention.end]
            out.append(mention)
    if fractions:
        out.sort(key=lambda x: x.start)
    _compound_numerals(text, out)
    _share_units(text, out)
    if "每" in text:
        _price_per_unit(text, out)
    if "约" in text:
        _split_approx(text, out)
    _shortened_concentration(out)
    if "成半" in text:
        _half_a_tenth(text, out)
    if "《" in text:
        _in_titles(text, out)
    return out


def _half_a_tenth(text: str, out: list[Mention]) -> None:
    """超过六成半, 近三成半: tenths and a half (65 %, 35 %), not six or three tenths."""
    for q in out:
        if q.unit_written == "成" and q.number is not None and text.startswith("半", q.end):
            q.number += Decimal("0.5")
            q.end += 1
            q.raw += "半"


# 《…》: a document's title (years.py reads it too: a year inside it dates no figure)
DOCUMENT_TITLE = re.compile(r"《[^《》]{0,60}》")


def _in_titles(text: str, mentions: list[Mention]) -> None:
    """《大气十条》, 《打赢蓝天保卫战三年行动计划》: a number in a document's title names it, it counts nothing."""
    spans = [(t.start(), t.end()) for t in DOCUMENT_TITLE.finditer(text)]
    for mention in mentions:
        if any(a < mention.start and mention.end < b for a, b in spans):
            mention.kind = "not a quantity"


# 约占四分之一, 约占地区生产总值的62%, 约为全国平均水平的1.5倍: 约 stands before the verb, the number comes later in
# the same clause with no other number between (签约占比 is not 约; a clause break ends the reach).
_SPLIT_APPROX = re.compile(r"(?<![签合预节制履邀违和])约(?:占|为|是|相当于)[^，。；,;、：:\d０-９]{0,16}$")


def _split_approx(text: str, out: list[Mention]) -> None:
    for q in out:
        if q.kind == "quantity" and q.qualifier == "exact" and _SPLIT_APPROX.search(text, 0, q.start):
            q.qualifier = "approx"


_COMPOUND_MULT = {"万": Decimal(10000), "亿": Decimal(100000000), "万亿": Decimal(10) ** 12}


def _compound_numerals(text: str, mentions: list[Mention]) -> None:
    """2172万9000人, 2亿3000万元, 5万亿2073.4亿元: a larger unit's count written straight before the rest is one number
    (read apart, the 万 alone is no quantity and the rest, 9000人, a wrong value)."""
    i = 0
    while i + 1 < len(mentions):
        head, rest = mentions[i], mentions[i + 1]
        mult = _COMPOUND_MULT.get(head.unit_written)
        if head.unit_written == "万" and rest.unit_written.startswith("亿") and text[head.end:rest.start] in ("", "万"):
            mult = _COMPOUND_MULT["万亿"]  # 5万2073.4亿元: 万亿 said short before the 亿 it tops (2073.4亿元 alone: wrong)
        if (mult is not None and head.kind != "quantity" and rest.kind == "quantity"
                and text[head.end:rest.start] in ("", head.unit_written)
                and head.number is not None and rest.number is not None and rest.number * rest.scale < mult
                and head.qualifier == "exact"):
            rest.number = (head.number * mult + rest.number * rest.scale) / rest.scale
            rest.raw, rest.start, rest.num_start = text[head.start:rest.end], head.start, head.num_start
            del mentions[i]
            continue
        i += 1


def _shortened_concentration(mentions: list[Mention]) -> None:
    """从104微克/立方米降至38.8微克: a concentration written in full earlier in the clause, then shortened."""
    full = None
    for q in mentions:
        if q.kind != "quantity":
            continue
        if q.unit_written == "微克/立方米":
            full = q
        elif q.unit_written == "微克" and full is not None:
            q.base, q.scale, q.unit_written = full.base, full.scale, full.unit_written


def _mention(text: str, m: re.Match) -> Mention | None:
    """One regex match as a Mention, or None when it is vocabulary (一是, 四大功能, 第三)."""
    num, unit, mult = m.group("num"), (m.group("unit") or "").replace(" ", "") or None, m.group("mult")
    # (64.1 毫克/ 升: a converted page's spacing around a unit's slash)
    if m.group("mult2"):
        mult = "万亿"  # 4万多亿元: more than 4 万亿元
    pre, start, num_start = m.group("pre"), m.start(), m.start("num")
    if pre and len(pre) == 1 and start > 0 and text[start - 1] in _FALSE_PRE.get(pre, ()):
        pre, start = None, num_start
    chinese = not num[0].isdigit()
    suffix = m.group("suf1") or m.group("suf2")
    if chinese and _vocabulary(text, num, num_start, pre, suffix, unit, mult):
        return None
    value = cn_to_number(num) if chinese else Decimal(num.translate(_GROUP_SEPARATORS) if len(num) > 4 else num)
    if value is None:
        return None
    mention = Mention(start=start, num_start=num_start, end=m.end(), raw=text[start:m.end()].strip(), kind="quantity",
                      number=Decimal(value), chinese=chinese, unit_written=(mult or "") + (unit or ""))
    if not chinese and _is_year(text, m, num, mult):
        after_year = m.end("num") < len(text) and text[m.end("num")] == "年"
        mention.kind = "year"
        mention.raw = num + ("年" if after_year else "")
        mention.start, mention.end = num_start, m.end("num") + (1 if after_year else 0)
        return mention
    if _code_or_ordinal(text, m, unit, mult):
        _not_quantity(mention, text, m)
        return mention
    unit = _unit_in_context(text, start, unit, mult)
    if unit is not None and (_not_the_unit(text, m.end("unit"), unit) or _word_not_the_unit(text, m, unit, mult, chinese)):
        unit = mult = None
    if unit is None and (not chinese or (pre and mult in ("亿", "万亿"))):  # (GDP破千亿: a mark passed, in money)
        unit = _implied_unit(text, start, m.end(), mult, bool(pre or suffix))
    if unit is None:
        if chinese:
            return None
        _not_quantity(mention, text, m)
        after = text[m.end("num")] if m.end("num") < len(text) else ""
        mention.bare = not mult and not pre and after not in "月日号"
        return mention
    mention.unit_written = (mult or "") + unit
    if _duration(text, mention, unit):
        return mention
    base, factor = BASES.get(unit, (None, Decimal(1)))
    mention.base = base
    mention.scale = factor * (MULTIPLIERS[mult] if mult else Decimal(1))
    mention.qualifier = _qualifier(pre, suffix, m.group("post"), num, mult)
    return mention


_CHENG_WORD = re.compile(r"[绩果功本为立员长熟就都型交品效色]|不变")


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_DESIGNATED = ("所", "厂", "医院", "号")  # what is named by a number read digit by digit (七〇七所, 三〇四医院)


def _vocabulary(text: str, num: str, num_start: int, pre, suffix, unit, mult) -> bool:
    """Chinese numerals are figures only before a unit or after a qualifier (超千家, 千余家, 三个)."""
    if num in "百千万" and not (pre or suffix):
        return True  # 百万亩, 万亿元台阶: not a count
    if unit is None and mult is None:
        return True  # 一是, 四大功能
    if unit == "次" and text.startswith("产业", num_start + len(num) + 1):
        return True  # 三次产业: the three sectors
    if unit == "成" and _CHENG_WORD.match(text, num_start + len(num) + 1):
        return True  # 这一成绩, 一成不变, 三成本: 成 starts a word, it is no tenth
    if len(num) == 1 and num in "一二两三四五六七八九" and not (pre or suffix or mult) and unit not in ("成", "倍"):
        return True  # 一份说明, 三个清单, 六项污染物: a counting word, not a figure (三成 and 两倍 are)
    if "〇" in num and not any(c in num for c in "十百千万") and unit in _DESIGNATED and (
            text[num_start - 1:num_start] == "、" or _CJK_CHAR.match(text, num_start + len(num) + len(unit))):
        return True  # 、七〇七所军工基地: an institute named by its number read digit by digit (医院一〇五所。 is a count)
    if num_start > 0 and text[num_start - 1] in "几数点":
        return True  # 几十所, 数十家: some tens, no figure; 点八万人: the decimals of a numeral not read
    return num_start > 0 and text[num_start - 1] == "第"


def _is_year(text: str, m: re.Match, num: str, mult) -> bool:
    if "." in num or len(num) != 4 or mult or not 1900 <= int(num) <= 2100:
        return False
    num_start = m.start("num")
    return bool(_YEAR_NEXT.match(text, m.end("num")) or _YEAR_BEFORE.search(text, max(0, num_start - 12), num_start))


_CLOCK_BEFORE = re.compile(r"(?<!\d)\d{1,2}[:：]$")
_GDP_BEFORE = re.compile(r"(?<![A-Za-z])GDP$", re.IGNORECASE)


_CODE_BEFORE_SLASH = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,2}\d+/$")


def _code_or_ordinal(text: str, m: re.Match, unit, mult) -> bool:
    """PM2.5, G20, 5G, 2+26, 第3批: a name or an ordinal, not a quantity."""
    num_start, num_end = m.start("num"), m.end("num")
    before = text[num_start - 1] if num_start > 0 else ""
    after = text[num_end] if num_end < len(text) else ""
    if before and (before.isascii() and before.isalpha() or before in "+＋第兆"):
        # 北京(GDP36102.6亿元), 河北省实现GDP9559.8亿元: an abbreviated measure right before an amount, not a name
        return not ((unit or mult) and _GDP_BEFORE.search(text, max(0, num_start - 4), num_start))  # PM2.5, 第3批, 2兆5000億 (a Japanese compound numeral)
    if after == "." and text[num_end + 1:num_end + 2] and not text[num_end + 1].isdigit() and not unit:
        return True  # 1.区域创新发展: a list number
    if before == "/" and _CODE_BEFORE_SLASH.search(text, max(0, num_start - 10), num_start):
        return True  # 车次为D6655/6656次: the other half of a train's number
    if _CLOCK_BEFORE.search(text, max(0, num_start - 3), num_start) and num_end - num_start == 2:
        return True  # 10:47天津北方网讯: the minutes of a time stamp, not 47天
    return not unit and not mult and bool(after) and (after.isascii() and after.isalpha() or after in "+＋")


_COMPUTING_BEFORE = re.compile(r"算力")  # (智能算力供给超2万P: computing power, in P)
# 2021天津两会: 天 starts a place's name, it is no day; 4.75公里/百平方公里, 3000元/吨: a rate, not an amount
_COIN = re.compile(r"[卖花价付收售]了?$")  # 一支笔卖3块, 花了3块钱: 块 as money, not a count
_PLACE_AFTER_UNIT = {"天": "津", "台": "湾"}
_NOT_A_COUNT_AFTER = re.compile(r"[门委署分长队团件织成]")
# (16.1平方米/人, 24万元/人 stay: a per-head figure, 人均 says so before it)
_HOW_OFTEN = re.compile(r"每(?:周|天|日|年)(?![\d一二两三四五六七八九十])")
_COUNTED_HOW_OFTEN = frozenset(("人", "名", "家", "户"))
_RATE_AFTER = re.compile(r"\s*(?:/|每)\s*(?!人|户)(?:[百千万]|平方|立方|[\u4e00-\u9fff])")


_PEOPLE = (r"(?:农村|城镇|城市|城乡|贫困|常住|户籍|受益|服务|覆盖|基层|困难|低收入|建档立卡|棚户区|棚改)?(?:人口|居民|群众|农民|市民|村民|游客|旅客|老年人|老人|患者|学生"
            r"|建设大军|建设者|农民工|(?:建设|产业)?工人"
           r"|通勤者|通勤人员|从业人员|务工人员|就业人员|就业困难人员|失业人员|劳动力|职工|员工|持卡人|用户|会员"
           r"|工作人员|干部职工|干部|医务人员|医护人员|科研人员|技术人员|教职工|求职者|应聘者|观众|志愿者|参保人员?|乘客|(?:离)?退休人员|退休职工)")  # (3万多工作人员已迁至副中心办公)
_PEOPLE_AFTER = re.compile(r"的?(?:京津冀|北京|天津|河北|京津|京冀|津冀|三地|全市|全省)?" + _PEOPLE)  # (1.15亿京津冀群众: the people of a
# place; 超过40万的贫困人口: the people, after 的)
# (老年人口从59.5万上升到63.3万: the noun before a from-to pair counts both)
_PEOPLE_BEFORE = re.compile(_PEOPLE + r"(?:的?(?:总数|数量|总量|人数|规模|数))?(?:已|在|达到|达|超过|超|近|约|逾|共|为|有|从|由|分别|控制在|、|\d+(?:\.\d+)?万"
                            r"|上升|增加|增长|提高|下降|减少|到|至)*$")  # (通勤人员的总数在70万左右, 持卡人已近70万)
# (流动人口分别为1047.97万、841.84万: each of a list; 户籍人口数为1044.40万: the count of them)
# 突破3万亿大关, 迈上2万亿元新台阶: the mark a value passed, named after it
MILESTONE_AFTER = re.compile(r"的?(?:新的?|历史性)?(?:台阶|大关|关口)")
_CLAUSE_END = re.compile(r"\s*(?:左右|以上)?\s*(?:[，,。；;、）)]|[(（](?![\u4e00-\u9fff]{0,2}[)）])|$)|\s+(?=[\u4e00-\u9fff])"  # (a headline's space: GDP总量14104亿 常住人口…)
                         r"|(?<=左右)(?![的地])")  # (…常住人口已达140万左右⏎这些新市民…: a poster's lines run together; 左右 ends the amount)


_MONEY_BEFORE = re.compile(r"(?:总投资|投资额?|资金|金额|产值|收入|营收|销售额|成交额|交易额|生产总值|GDP(?:总量)?|经济总量|增加值|利润"
                           r"|税收|零售总额|进出口总值|进出口总额)(?:约|达到?|超过?|近|为|共|实现|突破|逾)?$")  # (地区生产总值达到28301.4亿)


def _implied_unit(text: str, start: int, end: int, mult: str | None, qualified: bool) -> str | None:
    """The unit of a 万 or 亿 written with none: people (1200多万市民直接受益, 受益人口超1600万) or money (谋划推进了总投资
    90亿，…, 技术合同成交额超过300亿，…); of a qualified number with no multiplier, the noun it counts (约300多北京商户)."""
    if not mult:
        return _unit_of_noun_after(text, end) if qualified else _bare_count_unit(text, start, end)
    if mult not in ("万", "亿", "万亿"):
        return None
    counted = mult != "万亿"  # people, households and trips come in 万 and 亿 (no 万亿 of them: GDP实现1.44万亿 is money)
    if counted and _people_counted(text, start, end):
        return "人"
    if mult == "万" and _VEHICLES_BEFORE.search(text, max(0, start - 12), start) and _CLAUSE_END.match(text, end):
        return "辆"  # 机动车达到562万, 汽车保有量超过600万: vehicles
    if counted and _HOUSEHOLDS_AFTER.match(text, end):
        return "户"  # 约110万农户改造, 5万贫困户: households
    if _MONEY_BEFORE.search(text, max(0, start - 8), start) and (_CLAUSE_END.match(text, end) or text.startswith("的", end)):
        return "元"
    if mult != "万" and _MONEY_NOUN_AFTER.match(text, end):
        return "元"  # 保定获313亿投资: the money named after its amount (万 may count people: 3万投资者)
    if (mult == "万亿" or (mult == "亿" and not any(c.isdigit() for c in text[start:end]))) and MILESTONE_AFTER.match(text, end):
        return "元"  # 河北省突破了3万亿大关: a trillion passed is money (亿 may count trips or tonnes); 跃升上千亿台阶: so is
        # a step of hundreds or thousands of 亿 in words
    if counted and _TRIPS_BEFORE.search(text, max(0, start - 10), start) and _CLAUSE_END.match(text, end):
        return "人次"  # 旅客吞吐量1207.3万, 游客接待量1200万: trips made, counted as 人次 (接待游客3000万: people, above)
    if counted and (named := _COUNT_NAMED_BEFORE.search(text, max(0, start - 10), start)) and _CLAUSE_END.match(text, end):
        return "人次" if named.group(1) == "人次" else "人"  # 滑雪人次统计为221万, 参保人数达到1800万: the unit is in the name
    return None


_VEHICLES_BEFORE = re.compile(r"(?:机动车|汽车|小客车|小汽车|新能源汽车|电动汽车)(?:保有量|总量|数量|拥有量)?(?:已经?|达到?|超过?|近|约|为|突破|增至)*$")
_TRIPS_BEFORE = re.compile(r"(?:旅客吞吐量|旅客发送量|旅客运输量|旅客运送量|客运量|客流量|游客接待量|游客量|接待旅游者)"
                           r"(?:约|达到?|超过?|近|为|共|实现|完成|突破)?$")


_MONEY_NOUN_AFTER = re.compile(r"(?:元)?(?:的)?(?:投资|资金|资本|融资|贷款|补贴|奖励|订单|营收|收入|销售额|成交额)(?![者人户])")
_COUNT_NAMED_BEFORE = re.compile(r"(人次|人数)(?:统计|合计|总计|累计)?(?:约为?|达到?|超过?|近|为|是|共计?|突破|逾)?$")  # (入园人数共计10.5万)
_HOUSEHOLDS_AFTER = re.compile(r"[多余]?(?:农|贫困|脱贫|居民|城镇|农村|低收入|商)户")  # (1.1万多商户: merchants)
_NOUN_COUNTED_AFTER = re.compile(r"(?:北京|天津|河北|京津|京冀|津冀|京籍|外地|本地)?(?:(?P<shop>商户)|(?P<firm>企业)|" + _PEOPLE + ")")


# 累计注册企业4900，…; 全区共有重点建设项目245: firms or projects counted, the count word left out at the clause's end
_FIRMS_OR_PROJECTS_BEFORE = re.compile(r"(?:(?P<firm>企业)|项目)(?:总数|数量)?(?:已|共|达到?|超过?|为|有)*$")


def _bare_count_unit(text: str, start: int, end: int) -> str | None:
    """The count word of a bare whole number (never a year's) that ends its clause after the firms or projects it counts."""
    digits = text[start:end]
    if not digits.isdigit() or len(digits) < 2 or (len(digits) == 4 and digits[:2] in ("19", "20")) or not _CLAUSE_END.match(text, end):
        return None
    named = _FIRMS_OR_PROJECTS_BEFORE.search(text, max(0, start - 12), start)
    return ("家" if named.group("firm") else "个") if named else None


def _unit_of_noun_after(text: str, end: int) -> str | None:
    """300多北京商户, 2000余家…: the count word a noun right after a qualified number stands for (户, 家, 人)."""
    m = _NOUN_COUNTED_AFTER.match(text, end)
    if m is None:
        return None
    return "户" if m.group("shop") else "家" if m.group("firm") else "人"


def _people_counted(text: str, start: int, end: int) -> bool:
    """The number of some people, written with no 人 (the noun after it, or the noun before it ending the clause)."""
    return bool(_PEOPLE_AFTER.match(text, end) or (
        _PEOPLE_BEFORE.search(text, max(0, start - 24), start) and _CLAUSE_END.match(text, end)))


def _word_not_the_unit(text: str, m: re.Match, unit: str, mult, chinese: bool) -> bool:
    """A unit word that is something else after this number: 25度 a temperature or an angle (1.2亿度 is electricity);
    三块 or 卖3块 a coin (258亿块 are chips, 97块冰面 are counted); 从2020起 a year it runs from; 十分重要 is "very" and
    7点30分 a clock's minutes, no score (nor 三级 a quake)."""
    if unit == "P":  # 2万P of computing power (算力…1.75万P); no P after a plain number (5P, a model or a grade)
        return mult != "万" and not _COMPUTING_BEFORE.search(text, max(0, m.start() - 24), m.start())
    if unit in ("度", "块"):
        return mult not in ("万", "亿") and (chinese or unit == "度" or bool(_COIN.search(text, max(0, m.start() - 3), m.start()))
                                           or text.startswith("钱", m.end()))
    if unit == "起":  # (1970万起 are cases, 2020起 a year)
        return not mult and re.fullmatch(r"(?:19|20)\d\d", m.group("num")) is not None
    if unit == "期":  # 二期工程: a phase's name; 《农林科技》2020年2期, 第3期: a journal's issue, no count of issues
        return chinese or text[m.start("num") - 1:m.start("num")] in ("年", "第")
    if unit in ("分", "级"):
        return chinese or text[m.start("num") - 1:m.start("num")] in ("点", "时", ":", "：")
    return False


def _not_the_unit(text: str, unit_end: int, unit: str) -> bool:
    if unit_end < 0:
        return False
    if unit in ("部", "组") and _NOT_A_COUNT_AFTER.match(text, unit_end):
        return True  # 5部门, 3部委, 10组团: a body or a cluster named, not a count of things
    after = _PLACE_AFTER_UNIT.get(unit)
    if after and text.startswith(after, unit_end):
        return True
    if unit in _COUNTED_HOW_OFTEN and _HOW_OFTEN.match(text, unit_end):
        return False  # 4.5万人每周往来两城: people who do a thing each week, counted; not people per week
    return "/" not in unit and bool(_RATE_AFTER.match(text, unit_end))


def _unit_in_context(text: str, start: int, unit, mult):
    if unit == "微克" and _PER_CUBIC_METRE_BEFORE.search(text, max(0, start - 8), start):
        return "微克/立方米"  # 每立方米32微克, the Hong Kong word order
    if unit == "微克" and _POLLUTANT_BEFORE.search(text, max(0, start - 24), start):
        return "微克/立方米"
    if unit is None and mult is None and _INDEX_BEFORE.search(text, max(0, start - 40), start):
        return "指数"
    return unit


# (平均通勤时间, 通关时间, 办理时长: a time taken by people or goods; not 节目时长约40分钟, how long a show runs)
_TIME_TAKEN_BEFORE = re.compile(r"(?:平均|通勤|通关|出行|办理|审批|等候|候车|运输|配送)[^，,。；;\d]{0,6}?(?:时间|时长|耗时|用时|时耗)"
                                r"(?:为|是|约为?|约|达到?|缩短至|缩短到|缩短为|压缩至|压缩到|控制在|仅为?|平均)?$"
                                # 年日照时数2652.3小时: the hours of sunshine a year had, a climate bulletin's measure
                                r"|日照(?:时数|时间)?(?:为|是|达到?|共|有)?$")
_TIME_LIMIT_BEFORE = re.compile(r"(?:时限|时间|用时|耗时)[^。；;]*$")
_HOURS_AFTER = re.compile(r"多?(?:小时|钟头|工作日|年头|星期)")


_AHEAD_BY_BEFORE = re.compile(r"(?:提前|推迟|延后|晚了?|早了?)$")


def _duration(text: str, mention: Mention, unit: str) -> bool:
    """26年来, 连续三年, 3个月, 2小时: a duration is not a quantity."""
    month = unit == "个" and text[mention.end:mention.end + 1] == "月"
    hours = unit == "个" and _HOURS_AFTER.match(text, mention.end)  # 4个多小时
    if unit == "天" and (_DAYS_COUNTED_OVER_AFTER.match(text, mention.end) or _AHEAD_BY_BEFORE.search(text, max(0, mention.start - 3), mention.start)):
        mention.kind = "not a quantity"
        return True  # 北京7天接待游客1151万人次, 假期3天共接待…: the days the figure was counted over (提前60天突破…: how early)
    if unit not in ("年", "小时", "分钟", "个工作日") and not month and not hours:
        return False
    if unit in ("小时", "分钟") and _TIME_TAKEN_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        return False  # 平均通勤时间为51分钟, 通关时间压缩至12小时: a time taken is a measure, not how long something lasted
    if unit == "个工作日" and _TIME_LIMIT_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return False  # 审批时限…压缩到目前的39个工作日: the limit set, a measure (5个工作日内办结: how long)
    if month:
        mention.end += 1
        mention.raw += "月"
    mention.kind = "not a quantity"
    return True


# 1/3, 三分之一 (with an optional qualifier before it): a share, stored in % to two places (1/3 is 33.33%, as a
# reader writes it down; the unending 33.333… would be a precision the text never gave)
_FRACTION_PLACES = Decimal("0.01")
_FRACTION_RE = re.compile(
    r"(?P<pre>" + "|".join(map(re.escape, _PRE)) + r")?"
    r"(?:(?<![\d./])(?P<a>[1-9])\s*/\s*(?P<b>[2-9]|10)(?![\d./%])"
    r"|(?P<cb>[二三四五六七八九十])分之(?P<ca>[一二三四五六七八九])(?!十)"
    r"|(?P<half>一半|半数)(?=以上|[，,。；;、）)]|$))"   # 超过一半, 近半数: half, with a qualifier (see _fractions)
)


_FRACTION_POST = re.compile(r"以上|左右|上下")
# 百分之八点三: a percentage written out
_PERCENT_WORDS_RE = re.compile(
    r"(?P<pre>" + "|".join(map(re.escape, _PRE)) + r")?百分之(?P<pc>[一二两三四五六七八九十][〇零一二两三四五六七八九十百]*"
    r"(?:点[〇零一二三四五六七八九]+)?|百)(?![百千万亿])"
)


def _fractions(text: str) -> list[Mention]:
    if "/" not in text and "分之" not in text and "半" not in text:
        return []
    out = []
    for m in _FRACTION_RE.finditer(text):
        if m.group("half"):
            if not m.group("pre") and not text.startswith("以上", m.end()):
                continue  # 一半: a bare half is a manner of speaking; 超过一半, 一半以上 state a share
            a, b = 1, 2
        elif m.group("a"):
            a, b = int(m.group("a")), int(m.group("b"))
        else:
            a, b = _CN_DIGITS[m.group("ca")], cn_to_int(m.group("cb"))
        if not 0 < a < b:
            continue
        pre = m.group("pre")
        start = m.start()
        num_start = m.start("a") if m.group("a") else m.start("half") if m.group("half") else m.start("cb")
        if pre and len(pre) == 1 and start > 0 and text[start - 1] in _FALSE_PRE.get(pre, ()):
            pre, start = None, num_start
        post = _FRACTION_POST.match(text, m.end())   # 三分之一以上, 1/3左右
        end = post.end() if post else m.end()
        out.append(Mention(start=start, num_start=num_start, end=end, raw=text[start:end], kind="quantity",
                           number=(Decimal(a) / Decimal(b) * 100).quantize(_FRACTION_PLACES), base="%", unit_written="%",
                           qualifier=_qualifier(pre, None, post.group() if post else None, "", None)))
    if "百分之" in text:
        out.extend(_written_percentages(text))
        out.sort(key=lambda x: x.start)
    return out


def _written_percentages(text: str) -> list[Mention]:
    out = []
    for m in _PERCENT_WORDS_RE.finditer(text):
        value = Decimal(100) if m.group("pc") == "百" else cn_to_number(m.group("pc"))
        if value is None:
            continue
        pre, start = m.group("pre"), m.start()
        if pre and len(pre) == 1 and start > 0 and text[start - 1] in _FALSE_PRE.get(pre, ()):
            pre, start = None, m.start("pc") - 3
        post = _FRACTION_POST.match(text, m.end())
        end = post.end() if post else m.end()
        out.append(Mention(start=start, num_start=m.start("pc") - 3, end=end, raw=text[start:end], kind="quantity",
                           number=value, base="%", unit_written="%", chinese=True,
                           qualifier=_qualifier(pre, None, post.group() if post else None, "", None)))
    return out


def _multiplier_only(left: Mention, right: Mention, text: str) -> bool:
    """The left number wrote its 万 or 亿 and no unit, the right one the same 万 or 亿 and a unit (41.1万和41万人)."""
    return (left.kind != "quantity" and left.unit_written in MULTIPLIERS and text.startswith(left.unit_written, left.end)
            and right.unit_written.startswith(left.unit_written) and right.unit_written != left.unit_written)


def _share_units(text: str, mentions: list[Mention]) -> None:
    """32、41和38.6微克/立方米: the unit written once, after the last number, is every number's; so is
    个百分点 after 0.1个和4.6个百分点 (each number writes 个, the last one the whole unit)."""
    for left, right in zip(reversed(mentions[:-1]), reversed(mentions[1:])):
        if left.bare and right.kind == "quantity" and _LIST_GAP.fullmatch(text, left.end, right.start):
            left.kind, left.base, left.scale, left.unit_written = "quantity", right.base, right.scale, right.unit_written
            left.qualifier = "exact"
        elif (right.kind == "quantity" and _multiplier_only(left, right, text)
              and _LIST_GAP.fullmatch(text, left.end + len(left.unit_written), right.start)):
            # 41.1万和41万人: the 万 written twice, the unit once after the last
            left.end += len(left.unit_written)
            left.kind, left.base, left.scale, left.unit_written = "quantity", right.base, right.scale, right.unit_written
            left.raw, left.qualifier = text[left.start:left.end], "exact"
        elif (left.kind == "quantity" and left.unit_written == "个" and right.unit_written == "个百分点"
              and _LIST_GAP.fullmatch(text, left.end, right.start)):
            left.base, left.scale, left.unit_written = right.base, right.scale, right.unit_written


_PRICE_PER = re.compile("每(" + "|".join(PRICE_GOODS) + r")(?:为|是|约|达|在)?\s*$")
_PRICE_LIST_GAP = re.compile(rf"\s*(?:、|和|及|与)\s*(?:{PRICE_PER})?\s*")


def _price_per_unit(text: str, mentions: list[Mention]) -> None:
    """每斤0.98元、2.66元、3.08元: a price per unit of a good written before it is the price's unit (元/斤), and so for
    the prices listed after it."""
    per = None
    for i, q in enumerate(mentions):
        if q.kind != "quantity" or q.base != "元":
            per = None
            continue
        m = _PRICE_PER.search(text, max(0, q.start - 8), q.start)
        if m:
            per = m.group(1)
        elif per is None or not _PRICE_LIST_GAP.fullmatch(text, mentions[i - 1].end, q.start):
            per = None
            continue
        q.base, q.unit_written = BASES[f"元/{per}"][0], q.unit_written + "/" + per


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
