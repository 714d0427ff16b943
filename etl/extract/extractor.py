"""Release text -> observation rows: walk paragraphs, sentences and clauses, carrying the time and
the subject forward the way a reader does, and account for every number (a row or a skip).

Context carried forward:
  - time (year, cumulative period, target): from clause to clause within a sentence; only the
    plain year goes on to the next sentences of the paragraph. Nothing crosses paragraphs.
  - region: a clause without one takes the nearest region named earlier in its sentence (the
    subject: "现代化首都都市圈实现…，占京津冀…的比重超4成"); then the indicator's default_region.
    An indicator with a default_region (or a `match.regions` list) accepts only those regions, so
    actors such as 北京 in "北京与29所雄安新区学校…" do not become the region.
  - 分别: "A、B … 分别为 x、y" pairs the enumerated regions with the numbers after 分别, in order;
    a single collective name pairs through its parts ("京津冀三地…分别为a、b、c": its province-level
    children in regions.yml order), and a multi-region alias splits ("天津、河北" is 津冀 alone, two here).
  - comparison: a base year (较2013年) holds for later clauses of the sentence that state a change
    ("北京比2013年下降64.2%，河北下降64.3%").
Years: see years.py (roles of a year, and the status year for figures the text gives no year).
Numbers in headings are skipped ('heading'): headlines restate body figures without their context.
Figures for part of a year (一季度, 上半年, 1-9月, named anywhere earlier in the sentence) are skipped
('sub-annual period') unless the indicator is itself sub-annual (its match words name the period) or
cumulative (a running total as of mid-year is still that year's figure).
A second figure for the same indicator, region and year in one sentence ("其中，北京转入4395个")
is a breakdown the region cannot express: skipped as 'ambiguous region'.
A change without a catalogue base year is year on year: a comparison with any other year ("比2014年
增长66.1%") is not it, and 同比/按年 stops an earlier clause's base year from carrying over.
An average rate over a period (年均增长20%, 两年平均增长) is no year's change ('average annual rate').
A release published in the first half of its reference year looks back on the year before; its
figures for the reference year itself are plans even when not worded as targets ("今年要推动…扩大到
600项"): skipped as 'target', unless cumulative (今年以来累计), sub-annual (一季度) or as of a date (截至).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from etl.catalog import Catalog, load_catalog
from etl.extract.match import Views, compile_rules, names_word, score, viable, words_match_locally
from etl.extract.numbers import Mention, find_numbers
from etl.extract.regions import RegionFinder, RegionMention
from etl.extract.release import read_release
from etl.extract.units import convert
from etl.extract.years import YearRef, status_year, year_refs

_SENTENCE_RE = re.compile(r"[^。！？!?]+[。！？!?]*[”’」』)）\"']*")
_CLAUSE_RE = re.compile(r"[，；;：:]|,(?!\d{3}(?!\d))")
_SEPARATORS = ("以及", "、", "和", "及", "与")
_TARGET_RE = re.compile(r"力争|预计|目标|计划|争取|确保|将(?!近)")
_CHANGE_VERB_RE = re.compile(r"下降|降低|减少|回落|下滑|增长|增加|提高|上升|提升")
_DECREASE_RE = re.compile(r"下降|降低|减少|回落|下滑|降幅|缩小|减")
_TIME_ROLES = ("time", "since", "range", "target")
_AVERAGE_RATE_RE = re.compile(r"(?:年均|平均)(?:增长|增速|增幅|递增|提高|上升|下降|降幅|递减|减少)")
_AS_OF_RE = re.compile(r"截至|截止")
_YOY_RE = re.compile(r"同比|按年")
_SUBANNUAL_RE = re.compile(r"[一二三四]季度|第[一二三四]季度|前三季度|上半年|下半年|前\d{1,2}个月|\d{1,2}[-—–~至]\d{1,2}月")


@dataclass
class ExtractionResult:
    source: dict
    rows: list[dict] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)


@dataclass
class TimeContext:
    year: int | None = None
    period_start: int | None = None
    cumulative: bool = False
    target: bool = False
    explicit: bool = False      # came from a year written in this sentence (carried on to the paragraph)


class _Compiled:
    def __init__(self, catalog: Catalog):
        self.rules, self.by_base = compile_rules(catalog.indicators)
        self.regions = RegionFinder(catalog.regions)


def compiled(catalog: Catalog) -> _Compiled:
    """Matchers are built once per loaded catalogue, not once per release."""
    if "extract" not in catalog._compiled:
        catalog._compiled["extract"] = _Compiled(catalog)
    return catalog._compiled["extract"]


def extract_release(path: str | Path, catalog: Catalog | None = None) -> ExtractionResult:
    catalog = catalog or load_catalog()
    comp = compiled(catalog)
    release = read_release(path)
    result = ExtractionResult(source=release.source)
    ref_year = release.source["reference_year"]
    status = status_year(release.front)
    for para in release.paragraphs:
        if para.heading:
            for m in find_numbers(para.text):
                reason = "heading" if m.kind == "quantity" else "not a quantity"
                result.skipped.append(_skip(m.raw, para.text, para.line_at(m.num_start), reason))
            continue
        para_year: int | None = None
        for sm in _SENTENCE_RE.finditer(para.text):
            ctx = _Sentence(comp, para, sm.start(), sm.group(), ref_year, status, para_year, result)
            ctx.run()
            if ctx.explicit_year is not None:
                para_year = ctx.explicit_year
    return result


def _skip(raw: str, quote: str, line: int, reason: str) -> dict:
    return {"raw": raw, "quote": " ".join(quote.split()), "line": line, "reason": reason}


class _Sentence:
    def __init__(self, comp, para, offset, text, ref_year, status, para_year, result):
        self.comp, self.para, self.offset, self.text = comp, para, offset, text
        self.ref_year, self.status, self.result = ref_year, status, result
        self.ctx = TimeContext(year=para_year)
        self.explicit_year: int | None = None
        self.clauses: list[tuple[int, int]] = []
        self.earlier_regions: list[list[RegionMention]] = []   # per earlier clause
        self.subannual: str | None = None     # 一季度, 上半年 ...: named once, true for the rest of the sentence
        self._viable: dict[str, list] = {}    # unit base -> rules whose words occur in this sentence
        self._present: dict[str, bool] = {}
        self._earlier: list[str] = []         # earlier clause texts, nearest first
        self.emitted: set[tuple] = set()
        self.last_base: YearRef | None = None

    def run(self) -> None:
        start = 0
        bounds = []
        for m in _CLAUSE_RE.finditer(self.text):
            bounds.append((start, m.start()))
            start = m.end()
        bounds.append((start, len(self.text)))
        for cstart, cend in bounds:
            if cend > cstart:
                self.clause(cstart, cend)
                self.clauses.append((cstart, cend))
                self._earlier.insert(0, self.text[cstart:cend])

    # -- one clause -------------------------------------------------------------------------
    def clause(self, cstart: int, cend: int) -> None:
        text = self.text[cstart:cend]
        mentions = find_numbers(text)
        refs = year_refs(text, self.ref_year) if "年" in text else []
        inherited = self.ctx
        cumulative_word = "累计" in text
        sub = _SUBANNUAL_RE.search(text)
        if sub:
            self.subannual = sub.group()
        regions = self.comp.regions.find(text)
        quantities = [m for m in mentions if m.kind == "quantity"]
        for m in mentions:
            if m.kind != "quantity":
                self._skip(m, cstart, text, "not a quantity")
        if quantities:
            segments = _segments(text, quantities)
            pairs = self._enumeration(text, regions, quantities)
            for q in quantities:
                self.number(q, text, cstart, refs, inherited, cumulative_word, regions, segments, pairs)
        self.ctx = self._next_context(refs, inherited, cumulative_word)
        for ref in refs:
            if ref.role == "base":
                self.last_base = ref
        self.earlier_regions.append([r for r in regions if not r.whole])

    def _next_context(self, refs: list[YearRef], inherited: TimeContext, cumulative_word: bool) -> TimeContext:
        timed = [r for r in refs if r.role in _TIME_ROLES]
        if not timed:
            return TimeContext(inherited.year, inherited.period_start, inherited.cumulative or cumulative_word,
                               inherited.target, inherited.explicit)
        ctx = self._time_of(timed[-1], inherited)
        ctx.cumulative = ctx.cumulative or cumulative_word
        if ctx.explicit and not ctx.target:
            self.explicit_year = ctx.year
        return ctx

    def _time_of(self, ref: YearRef, inherited: TimeContext) -> TimeContext:
        if ref.role == "time":
            return TimeContext(ref.year, None, False, False, True)
        if ref.role == "target":
            return TimeContext(ref.year, None, False, True, True)
        if ref.role == "range":
            return TimeContext(ref.year, ref.start, True, False, True)
        end = inherited.year if inherited.year and inherited.year >= (ref.start or 0) else self.status
        return TimeContext(end, ref.start, True, inherited.target, inherited.explicit)

    # -- one number ---------------------------------------------------------------------------
    def number(self, q: Mention, text: str, cstart: int, refs, inherited, cumulative_word,
               regions, segments, pairs) -> None:
        before = [r for r in refs if r.pos < q.num_start]
        timed_before = [r for r in before if r.role in _TIME_ROLES]
        timed_after = [r for r in refs if r.pos >= q.num_start and r.role in _TIME_ROLES]
        if timed_before:
            time = self._time_of(timed_before[-1], inherited)
        elif timed_after:
            time = self._time_of(timed_after[0], inherited)
        else:
            time = inherited
        cumulative = time.cumulative or cumulative_word
        if time.target or _TARGET_RE.search(text, 0, q.start):
            self._skip(q, cstart, text, "target")
            return
        bases = [r for r in before if r.role == "base"]
        if (not bases and self.last_base and _CHANGE_VERB_RE.search(text, 0, q.start)
                and not _YOY_RE.search(text, 0, q.start)):
            bases = [self.last_base]  # 北京比2013年下降64.2%，河北下降64.3%: the comparison goes on
        year = time.year if time.year is not None else self.status
        base_year = None
        if bases:
            base_year = (year - 1 if year is not None else None) if bases[-1].previous else bases[-1].year
            base_year = base_year or -1  # a comparison stays a comparison even when its year is unknown

        virtual = frozenset(w for w in ("累计" if cumulative else None, self.subannual) if w)
        views = self._views(text, q, segments, virtual)
        rule, reason = self._best_rule(q, views, base_year, year, text)
        if rule is None:
            self._skip(q, cstart, text, reason)
            return
        if self.subannual and rule.measure != "cumulative" and not names_word(rule, self.subannual):
            # a quarter's or half-year's flow is not the year's; a running total "as of" mid-year is
            self._skip(q, cstart, text, "sub-annual period")
            return
        if year is None:
            self._skip(q, cstart, text, "no year")
            return
        if rule.measure == "change" and _AVERAGE_RATE_RE.search(text, 0, q.start) and not names_word(rule, "年均"):
            self._skip(q, cstart, text, "average annual rate")  # 年均增长20%: over a period, not on the year before
            return
        if (year == self.ref_year and self.status is not None and self.status < year and not cumulative
                and not self.subannual and not _AS_OF_RE.search(self.text)):
            # a spring release reports the year just closed; its figures for the year under way are plans
            # (今年要推动…扩大到600项), worded as targets or not
            self._skip(q, cstart, text, "target")
            return
        region, reason = self._region(rule, q, regions, pairs)
        if region is None:
            self._skip(q, cstart, text, reason)
            return
        key = (rule.id, region, year, time.period_start, base_year)
        if key in self.emitted:  # "其中，北京转入4395个": a breakdown the region cannot express
            self._skip(q, cstart, text, "ambiguous region")
            return
        self.emitted.add(key)
        value = convert(q.number, q.scale, rule.scale)
        if rule.measure == "change" and _DECREASE_RE.search(text, max(0, q.start - 12), q.start):
            value = -value
        depth = self._depth
        quote_start = self.clauses[-(depth - 1)][0] if depth >= 2 and len(self.clauses) >= depth - 1 else cstart
        quote = self.text[quote_start:cstart + len(text)]
        self.result.rows.append({
            "indicator": rule.id,
            "region": region,
            "year": int(year),
            "period_start": time.period_start if rule.measure == "cumulative" else None,
            "base_year": rule.base_year,  # None for year-on-year changes; a fixed base was checked against the text
            "value": value,
            "qualifier": q.qualifier,
            "raw": q.raw,
            "quote": " ".join(quote.split()),
            "line": self.para.line_at(self.offset + cstart + q.num_start),
        })

    def _views(self, text: str, q: Mention, segments, virtual: frozenset[str]) -> Views:
        earlier = self._earlier
        if len(segments) <= 1:
            return Views(text, text, earlier, q.num_start, virtual)
        own = next(s for s in segments if s[0] <= q.start < s[1])
        head = text[:segments[0][0]]
        masked = head + "".join(text[a:b] if (a, b) == own else " " * (b - a) for a, b in segments)
        return Views(head + text[own[0]:own[1]], masked, earlier, q.num_start, virtual)

    def _best_rule(self, q: Mention, views: Views, base_year: int | None, year: int | None, text: str):
        self._depth = 0
        if q.base is None:
            return None, "no indicator"
        best, best_key = None, None
        rules = self._viable.get(q.base)
        if rules is None:
            rules = self._viable[q.base] = viable(self.comp.by_base.get(q.base, []), self.text, self._present)
        other_base = []  # changes and multiples that would fit but for their base year
        for rule in rules:
            if rule.measure in ("change", "multiple"):
                if rule.base_year is not None and base_year != rule.base_year:
                    other_base.append(rule)
                    continue
                if rule.base_year is None and base_year is not None and (year is None or base_year != year - 1):
                    other_base.append(rule)  # 比2014年增长66.1%: a change over ten years is not the year-on-year one
                    continue
            elif base_year is not None:
                continue
            key = score(rule, views)
            if key is not None and (best_key is None or key < best_key):
                best, best_key = rule, key
        if best is None:
            if base_year is not None and any(score(r, views) is not None for r in other_base):
                return None, "other base year"  # 是2014年的1.8倍: the catalogue has the multiple of 2013 only
            mismatch = any(words_match_locally(r, text) for r in self.comp.rules if q.base not in r.bases)
            return None, "unit mismatch" if mismatch else "no indicator"
        self._depth = best_key[1]
        return best, ""

    def _region(self, rule, q: Mention, regions: list[RegionMention], pairs: dict[int, str | None]):
        allowed = rule.allowed_regions
        if q.num_start in pairs:
            region = pairs[q.num_start]
            if region is None:
                return None, "ambiguous region"
            if allowed is None or region in allowed:
                return region, ""
        local = [r for r in regions if not r.whole]
        before = [r for r in reversed(local) if r.end <= q.start]
        earlier = [r for clause in reversed(self.earlier_regions) for r in reversed(clause)]
        after = [r for r in local if r.start >= q.end]
        for rank, mention in enumerate(before + earlier + after):
            if allowed is not None and mention.region not in allowed:
                continue
            if allowed is None and rank == 0 and mention in before:
                group = {r.region for r in local if r.group == mention.group}
                if len(group) > 1:
                    return None, "ambiguous region"
            return mention.region, ""
        if rule.default_region:
            return rule.default_region, ""
        return None, "no region"

    def _enumeration(self, text: str, regions: list[RegionMention], quantities: list[Mention]) -> dict[int, str | None]:
        """分别: pair the last enumeration of regions before it with the numbers after it."""
        at = text.find("分别")
        if at < 0:
            return {}
        named = [r for r in regions if not r.whole and r.end <= at]
        source = text
        if not named:
            for (a, b), clause in zip(reversed(self.clauses), reversed(self.earlier_regions)):
                if clause:
                    named, source = clause, self.text[a:b]
                    break
        group_mentions = [r for r in named if r.group == named[-1].group] if named else []
        after = [q for q in quantities if q.start > at]
        group = []  # 北京、天津、河北: the alias 天津、河北 (津冀) counts as two regions here
        for r in group_mentions:
            group.extend(self.comp.regions.split(source[r.start:r.end]) or [r.region])
        if len(group) == 1 and len(self.comp.regions.parts.get(group[0], ())) == len(after) > 1:
            group = self.comp.regions.parts[group[0]]  # 京津冀三地 … 分别为 a、b、c
        if len(group) < 2:
            return {}
        if len(after) == len(group):
            return {q.num_start: region for q, region in zip(after, group)}
        return {q.num_start: None for q in after}

    def _skip(self, m: Mention, cstart: int, text: str, reason: str) -> None:
        self.result.skipped.append(_skip(m.raw, text, self.para.line_at(self.offset + cstart + m.num_start), reason))


def _segments(text: str, quantities: list[Mention]) -> list[tuple[int, int]]:
    """Split a clause into one phrase per enumerated number ("35个部门、165个单位、约1.5万人")."""
    cuts = []
    for prev, cur in zip(quantities, quantities[1:]):
        gap = text[prev.end:cur.start]
        best = -1
        for sep in _SEPARATORS:
            at = gap.rfind(sep)
            if at >= 0 and at + len(sep) > best:
                best = at + len(sep)
        if best >= 0:
            cuts.append(prev.end + best)
    if not cuts:
        return [(0, len(text))]
    starts = [quantities[0].start, *cuts]
    ends = [*cuts, len(text)]
    return list(zip(starts, ends))
