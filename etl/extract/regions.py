"""Region names in a clause, from the catalogue's aliases (one combined regex, longest alias first).

Besides where each name is, the extractor needs two facts about it: whether it is the whole a
share is taken of (占京津冀地区生产总值的比重: 京津冀 is the denominator, not the subject), and
which names form one enumeration (北京、天津、河北 … 分别为 …), so it can pair them with the numbers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_GROUP_GAP = re.compile(r"[、和及与“”\"'‘’「」『』\s]*(?:以及)?[、和及与“”\"'‘’「」『』\s]*")


@dataclass
class RegionMention:
    start: int
    end: int
    region: str
    whole: bool = False     # after 占: the denominator of a share
    group: int = 0          # mentions with the same group number are one enumeration


class RegionFinder:
    def __init__(self, regions: dict[str, dict]):
        alias_to_id: dict[str, str] = {}
        for rid, region in regions.items():
            for alias in [region["name_zh"], *(region.get("aliases") or [])]:
                alias_to_id[alias] = rid
        self.alias_to_id = alias_to_id
        # 京津冀三地 … 分别为 a、b、c: a region's parts are its children of one level, in file order
        self.parts: dict[str, list[str]] = {}
        for rid in regions:
            children = [c for c, r in regions.items() if r.get("parent") == rid]
            by_level: dict[str, list[str]] = {}
            for c in children:
                by_level.setdefault(regions[c].get("level"), []).append(c)
            self.parts[rid] = max(by_level.values(), key=len) if by_level else []
        words = sorted(alias_to_id, key=len, reverse=True)
        self.pattern = re.compile("|".join(map(re.escape, words))) if words else None

    def split(self, text: str) -> list[str] | None:
        """'天津、河北' (one alias, for 津冀) as its parts, when an enumeration needs them one by one."""
        parts = [p for p in re.split(r"[、和及与]", text) if p]
        if len(parts) < 2 or not all(p in self.alias_to_id for p in parts):
            return None
        return [self.alias_to_id[p] for p in parts]

    def find(self, text: str) -> list[RegionMention]:
        if self.pattern is None:
            return []
        out: list[RegionMention] = []
        share_at = text.find("占")
        group = 0
        for m in self.pattern.finditer(text):
            if out:
                gap = text[out[-1].end:m.start()]
                if not _GROUP_GAP.fullmatch(gap):
                    group += 1
            out.append(RegionMention(m.start(), m.end(), self.alias_to_id[m.group()],
                                     whole=0 <= share_at < m.start(), group=group))
        return out
