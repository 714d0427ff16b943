"""A part never exceeds its whole: the build's one cross-source plausibility check.

Releases misprint (a district's GDP keyed as 11929.62 for 1192.962 亿元, larger than the city's own total) and the
extractor cannot tell from one sentence. Whenever the table also holds the figure of a region that contains this
one (河西区 in 天津, 霸州 in 廊坊 in 河北) for the same indicator, year and period, a part's amount or count larger
than every stated figure of the whole is impossible: it is set aside with its quote, like any number not used, and
never charted. Only additive measures are compared (amounts, counts, lengths); a rate, an average, a per-capita
figure or an index may well be larger in a part than in the whole.
"""
from __future__ import annotations

from collections import defaultdict

from etl.catalog import ancestor_chains as ancestors  # (the chains of containing regions)

# Units of measures that add up over the parts of a region (so a part's value is at most the whole's)
ADDITIVE_UNITS = frozenset({"亿元", "万亿元", "万元", "万人", "人", "家", "万家", "个", "项", "所", "公里", "万辆", "件",
                            "户", "万人次", "张", "万标准箱", "万吨"})
REASON = "larger than the whole it belongs to"


def _key(row: dict, region: str) -> tuple:
    return row["indicator"], region, row["year"], row.get("period_start")


def parts_within_wholes(observations: list[dict], indicators: dict[str, dict],
                        regions: dict[str, dict]) -> tuple[list[dict], list[dict]]:
    """(kept, set aside): observations of an additive measure whose value exceeds every figure of a containing
    region for the same indicator, year and period are set aside with a reason, the rest kept in order."""
    additive = {i for i, ind in indicators.items()
                if ind.get("measure") in ("level", "cumulative") and ind.get("unit") in ADDITIVE_UNITS}
    largest: dict[tuple, float] = defaultdict(lambda: float("-inf"))
    for row in observations:
        if row["indicator"] in additive:
            key = _key(row, row["region"])
            largest[key] = max(largest[key], row["value"])
    chains = ancestors(regions)
    kept, aside = [], []
    for row in observations:
        wholes = [largest[k] for r in chains.get(row["region"], ()) if (k := _key(row, r)) in largest] \
            if row["indicator"] in additive else []
        if wholes and all(row["value"] > w for w in wholes):
            aside.append({"source": row["source_location"].split("/")[-1].split(":")[0],
                          "location": row["source_location"], "raw": row.get("raw"), "quote": row.get("quote"),
                          "reason": REASON})
        else:
            kept.append(row)
    return kept, aside
