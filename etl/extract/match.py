"""Which catalogue indicator a number reports, from the `match` blocks in indicators.yml.

The words that name an indicator are often not next to the number: "…技术合同成交额350.4亿元，累计
1760亿元" gives 累计1760亿元 the words of the clause before it. So the words of a rule are looked up
in widening views of the text, and the rule that needs the narrowest view wins:
  level 0  the number's own phrase (its segment of an enumeration, plus the clause head)
  level 1  the rest of its clause (minus other numbers' phrases)
  level 2+ earlier clauses of the same sentence, nearest first
Candidates are ranked by (most words in the number's own phrase, shallowest view needed, most words,
nearest words). `none` words are looked for in the clause and in the earlier clauses the rule borrowed from. A clause inside a cumulative period
(累计, 2019年以来, inherited from an earlier clause) counts as containing the word 累计, so the
cumulative indicator, not the annual one, takes "…2019年以来累计签约项目120余个，意向投资额约800亿元";
likewise a sub-annual period named earlier in the sentence (一季度, 上半年) counts as present.

Units filter first (an indicator accepts the unit bases of its `match.units`), and so do base years:
a change or multiple with a catalogue base_year needs that base year in the text; a level, share or
cumulative figure must not have one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from etl.errors import CatalogError
from etl.extract.units import split_unit

CUMULATIVE_WORD = "累计"
_INTENT = "意向"


@dataclass
class Rule:
    id: str
    all: list[str]
    any: list[list[str]]
    none: list[str]
    bases: set[str]
    scale: Decimal          # catalogue unit as (scale, base): values are converted to it
    unit_base: str
    allowed_regions: frozenset[str] | None   # None: any region the text names
    default_region: str | None
    base_year: int | None
    measure: str
    largest: Decimal | None = None  # the largest size a year's figure has (catalogue `match.largest`)
    whole_year: bool = False  # the year's total: not given by a release of that year before December (`match.whole_year`)
    none_in_sentence: tuple[str, ...] = ()   # 天津承接北京转移项目300个，技术合同成交额…: the sentence's flow verb refuses
    words: tuple[str, ...] = ()     # every all/any word, for the pre-filter
    all_set: frozenset[str] = frozenset()
    any_sets: tuple[frozenset[str], ...] = ()


@dataclass
class Views:
    local: str
    clause: str
    earlier: list[str]      # earlier clauses of the sentence, nearest first
    num_pos: int            # position of the number in `clause`
    virtual: frozenset[str]  # words the context implies: 累计 in a cumulative period, 一季度 in a quarter
    levels: dict = field(default_factory=dict)   # word -> level, shared by the rules tried on one number


def compile_rules(indicators: dict[str, dict]) -> tuple[list[Rule], dict[str, list[Rule]]]:
    rules: list[Rule] = []
    for iid, ind in indicators.items():
        match = ind.get("match")
        if not match:
            continue
        target = split_unit(str(ind["unit"]))
        if target is None:
            raise CatalogError(f"indicator {iid!r}: unit {ind['unit']!r} is not one the extractor can convert to")
        bases = set()
        for unit in match["units"]:
            parsed = split_unit(str(unit))
            if parsed is None:
                raise CatalogError(f"indicator {iid!r}: match unit {unit!r} is unknown")
            bases.add(parsed[1])
        allowed = match.get("regions")
        if allowed == "any":
            allowed_set = None
        elif allowed:
            allowed_set = frozenset(allowed)
        elif ind.get("default_region"):
            allowed_set = frozenset([ind["default_region"]])
        else:
            allowed_set = None
        rules.append(Rule(
            id=iid,
            all=[w for entry in match.get("all") or [] for w in ([entry] if isinstance(entry, str) else entry)],
            any=[[entry] if isinstance(entry, str) else list(entry) for entry in match.get("any") or []],
            none=[str(w) for w in match.get("none") or []],
            none_in_sentence=tuple(str(w) for w in match.get("none_in_sentence") or []),
            bases=bases, scale=target[0], unit_base=target[1],
            allowed_regions=allowed_set, default_region=ind.get("default_region"),
            base_year=ind.get("base_year"), measure=ind["measure"],
            largest=Decimal(str(match["largest"])) if match.get("largest") is not None else None,
            whole_year=bool(match.get("whole_year")),
        ))
    by_base: dict[str, list[Rule]] = {}
    for rule in rules:
        rule.words = tuple(rule.all) + tuple(w for alt in rule.any for w in alt)
        rule.all_set = frozenset(w for w in rule.all if w != CUMULATIVE_WORD)
        rule.any_sets = tuple(frozenset(w for w in alt if w != CUMULATIVE_WORD) for alt in rule.any)
        for base in rule.bases:
            by_base.setdefault(base, []).append(rule)
    return rules, by_base


class WordIndex:
    """Which catalogue words occur in a sentence: only the words that start with a character of the
    sentence are looked for (a tenth of the substring searches of trying every word)."""

    def __init__(self, rules: list[Rule]):
        self.by_first: dict[str, tuple[str, ...]] = {}
        for w in sorted({w for r in rules for w in r.words}):
            self.by_first[w[0]] = (*self.by_first.get(w[0], ()), w)

    def present(self, text: str) -> frozenset[str]:
        by_first = self.by_first
        return frozenset(w for ch in set(text).intersection(by_first) for w in by_first[ch] if w in text)


def viable(rules: list[Rule], present: frozenset[str]) -> list[Rule]:
    """The rules whose words all occur somewhere in the sentence (`present`, from WordIndex): a cheap
    pre-filter, so the ranking runs on one or two rules per number instead of every rule with the
    number's unit. 累计 may be implied by the context rather than written, so it never rules a rule out."""
    return [r for r in rules if r.all_set <= present and (not r.any_sets or any(alt <= present for alt in r.any_sets))]


YEAR_TOTAL = re.compile(r"(?<!全年)(?<!年内)(?<!当年)(?<!本年)累计")  # 全年累计完成投资: the year's total, no running one


def _contains(word: str, text: str) -> bool:
    return word in text if word != CUMULATIVE_WORD else YEAR_TOTAL.search(text) is not None


def _level(word: str, views: Views) -> int | None:
    cache = views.levels
    if word in cache:
        return cache[word]
    level = None
    if word in views.virtual or _contains(word, views.local):
        level = 0
    elif _contains(word, views.clause):
        level = 1
    else:
        for k, text in enumerate(views.earlier):
            if _contains(word, text):
                level = 2 + k
                break
    cache[word] = level
    return level


def score(rule: Rule, views: Views) -> tuple | None:
    """Rank key of a rule for a number (smaller is better), or None when the rule does not apply."""
    for word in rule.none:
        if word in views.virtual or _refuses(word, views.clause):
            return None
    if any(_refuses(word, text) for word in rule.none_in_sentence
           for text in (views.clause, *(_ASIDE.sub("", e) for e in views.earlier))):
        return None  # (优良天数267天（扣除沙尘影响）；重污染天5天: an aside on an earlier figure is that figure's alone)
    if _INTENT in views.local and not any(_INTENT in w for w in rule.words):
        return None  # 20家意向入驻企业: firms that signed an intent to come, not firms come (意向投资额 is a measure of its own)
    found = _found_words(rule, views)
    if found is None:
        return None
    # (a change verb at home, 增长5.1%, says nothing of which measure: 固定资产投资…增长6.6%；规模以上工业增加值…，增长5.1%
    # is the nearer measure's growth)
    at_home = sum(1 for word, lv in found if lv == 0 and word not in _VERB_WORDS)
    depth = max(lv for _, lv in found)
    reached = bool(_REACHED_START.match(views.clause))  # 人均生产总值增长103倍，达到32810元: the level reached
    exempt = (_TREND_VERBS if SERIES_POINT.fullmatch(views.clause, 0, views.num_pos) or _FROM_TO.match(views.clause)
              else _REACHED_VERBS | _ADDED_VERBS if reached else frozenset())
    for level in {lv for _, lv in found if lv >= 2}:  # a clause lent words: its `none` words count too
        if any(_refuses(word, views.earlier[level - 2]) for word in rule.none if word not in exempt):
            return None
    distance = 0
    for word, lv in found:
        if lv <= 1:
            at = views.clause.find(word)
            distance += abs(at - views.num_pos) if at >= 0 else 0
        else:
            distance += 1000 * lv
    return (-at_home, depth, -len(found), distance)


# 成交额由2013年的71.2亿元增长至2023年的748.7亿元: a growth verb before 至/到 names the value reached, not growth
_REACHED_VERBS = frozenset({"增长", "提高", "上升", "提升", "增加", "下降", "减少", "降低"})  # (下降到, 减少到: the level fallen to)
# 铁路新增109公里，达到8050公里: what was added in the clause before, the level reached in this one
_ADDED_VERBS = frozenset({"新增", "新建"})
FIRST_TIME = r"(?:首次|首度|一举)"  # 首次突破, 一举跨越: the words that make a level reached a first
_REACHED_START = re.compile(r"\s*(?:总里程|总量|总数|总规模|总计)?(?:达到|增至|升至|提高到|提升到"
                            rf"|{FIRST_TIME}?(?:突破|跨越|迈上|跃上|站上|迈过)(?=\s*[\d一二两三四五六七八九十百千万]))")
# (地区生产总值年均增长6.6%，突破千亿元大关: the level the growth carried it past)
# 地区生产总值稳步增长，2013年为19800亿元，2023年达到43760.7亿元; 重污染天数逐年减少，从2013年的58天，减少到2018年的15天:
# a clause holding only a year and its value is a point of the series the clause before names, whose trend verb
# (增长, 减少) tells how the series moved and is not the number's measure
SERIES_POINT = re.compile(r"\s*(?:从|由|到|至|再到|(?:增加|增长|减少|下降|降低|上升|提高|提升)(?:到|至)|[增减降升]至|降到)?"
                          rf"(?:19|20)\d\d年(?:底|末)?{FIRST_TIME}?(?:的|为|达到?|是|有|突破|超过|(?:增加|增长|减少|下降|降低|上升|提高|提升)(?:到|至|为)"
                          r"|[增减降升]至|降到|降为)?(?:约|近|超过?|逾)?\s*")  # (2023年降为32微克/立方米)
# …人均可支配收入基本以相同速度增长，北京由44563.9元增加至57275.3元: a place's series from one value to another, of the
# measure the clause before says moved (its trend verb is not the number's measure)
_FROM_TO = re.compile(r"\s*[\u4e00-\u9fff]{0,4}?(?:由|从)(?:(?:19|20)\d\d年的?)?\d[\d.]*[^，,；;。\d]{0,4}(?:增加|增长|提高|上升|提升|下降|减少|降低)?(?:至|到)")
_VERB_WORDS = frozenset({"增", "降", "涨", "升", "增长", "下降", "增加", "减少", "提高", "降低", "上升", "回落"})
_TREND_VERBS = _REACHED_VERBS | {"回落"}


# 全省设区城市…优良天数平均为152天: the mean over a province's prefecture cities is the province's own figure
_PROVINCE_MEAN = re.compile(r"(?:全省|河北省?)(?:\d+个)?设区(?:城)?市[^，,。；;]{0,16}平均")


_LISTED_CITIES = re.compile(r"[、和与及][\u4e00-\u9fff]{2,4}(?:[两三四五六七八九十]|\d{1,2})个设区市的优良")


_ASIDE = re.compile(r"[(（][^()（）]{0,30}[)）]")


def _refuses(word: str, text: str) -> bool:
    """A `none` word occurs in the text (a growth verb only where it is no 增长至 / 提高到)."""
    if word == "设区市的优良" and _LISTED_CITIES.search(text):
        return False  # 承德、张家口两个设区市的优良天数分别为…: the cities just listed, each its own figure
    if word == "城市" and "设区城市" in text and text.count("城市") == text.count("设区城市") and _PROVINCE_MEAN.search(text):
        return False
    if word == CUMULATIVE_WORD:
        return _contains(word, text)
    at = text.find(word)
    if at < 0 or word not in _REACHED_VERBS:
        return at >= 0
    while at >= 0:
        if text[at + len(word):at + len(word) + 1] not in ("至", "到"):
            return True
        at = text.find(word, at + 1)
    return False


def _found_words(rule: Rule, views: Views) -> list[tuple[str, int]] | None:
    """(word, level) for every `all` word and the shallowest `any` alternative; None when one is missing."""
    found: list[tuple[str, int]] = []
    for word in rule.all:
        level = _level(word, views)
        if level is None:
            return None
        found.append((word, level))
    if rule.any:
        best = None
        for alternative in rule.any:
            levels = [_level(w, views) for w in alternative]
            if any(lv is None for lv in levels):
                continue
            if best is None or max(levels) < max(lv for _, lv in best):
                best = list(zip(alternative, levels))
        if best is None:
            return None
        found.extend(best)
    return found


def names_word(rule: Rule, word: str) -> bool:
    return word in rule.all or any(word in alt for alt in rule.any)


def words_match_locally(rule: Rule, clause: str) -> bool:
    """The rule's words are all in the clause (units aside): used to tell 'unit mismatch' from 'no indicator'."""
    if any(w in clause for w in rule.none):
        return False
    if not all(w in clause for w in rule.all):
        return False
    return not rule.any or any(all(w in clause for w in alt) for alt in rule.any)
