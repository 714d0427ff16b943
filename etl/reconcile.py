"""Several sources, one figure: decide which value a chart uses without losing the others.

Observations are grouped by (indicator, region, year, period_start, base_year).

* Equal values from several sources are ONE observation; the others are listed in `corroborated_by`.
* Different values are all kept. Exactly one row per group is `preferred`, by this rule, in order:
  1. official statistical series over releases and curated news figures, and any stated figure over a
     derived one: a derived ratio (share of Jing-Jin-Ji GDP, multiple of 2013, GDP per capita; see
     etl/derive.py) is used only where no release, curated figure or series states the figure. A
     Jing-Jin-Ji total summed from one official series (`official_sum`) ranks as that series;
  2. the latest vintage of a statistical series (vintage order in reference_labels.yml), then the
     latest publication date;
  3. exact over approximate or bounded ("约", "超", "以上");
  4. a stated figure over a derived one (for the sums that rank as their series);
  5. for a stable result, the smaller source id, then the smaller location.
  Then one correction: a value that is only a rounding of a finer value in its group (a 2018 release
  recalling 2013's PM2.5 as "90" beside the bulletin's 89.5) gives way to the finer one of the same rank.
* Values that cannot both be true are a *conflict* when they belong to the same vintage (or none);
  different values from different vintages are *revisions* (GDP is rewritten after each census).
  Values that fit each other (≈ 4.0万亿 and 40269.6亿; "超9000" and "超10000") are neither.
"""
from __future__ import annotations

import re
from collections import defaultdict

KEY = ("indicator", "region", "year", "period_start", "base_year")
KIND_RANK = {"statistics": 2, "release": 1, "reference": 1}
DERIVED_RANK = 0  # below every stated figure (rule 1); sums of one official series keep their series' rank
APPROX_TOLERANCE = 0.05  # "约/近" figures agree with a value within 5 %


def _same_value(a: dict, b: dict) -> bool:
    return abs(a["value"] - b["value"]) <= 1e-9 * max(1.0, abs(a["value"]), abs(b["value"]))


def consistent(a: dict, b: dict) -> bool:
    """Can both statements be true at once?"""
    bounds = ("more_than", "at_least")
    qa, qb = a["qualifier"], b["qualifier"]
    if qa in bounds and qb in bounds:
        return True
    if qa in bounds or qb in bounds:
        low, other = (a, b) if qa in bounds else (b, a)
        slack = APPROX_TOLERANCE * abs(other["value"]) if other["qualifier"] == "approx" else 0.0
        return other["value"] + slack >= low["value"]
    tolerance = max(a.get("precision") or 0.0, b.get("precision") or 0.0) / 2
    if "approx" in (qa, qb):
        tolerance = max(tolerance, APPROX_TOLERANCE * max(abs(a["value"]), abs(b["value"])))
    return abs(a["value"] - b["value"]) <= tolerance + 1e-9


_DIGITS = re.compile(r"\d+(?:\.(\d+))?")


def written_precision(raw: str | None, value: float) -> float | None:
    """Step of the last digit written in `raw` ("90微克" → 1, "4.0万亿元" stored as 40000亿元 → 1000), in the
    stored unit; None when the number is not written in Arabic digits (千余, 近七成)."""
    match = _DIGITS.search((raw or "").replace(",", ""))
    if not match or not float(match.group()):
        return None
    return 10 ** -len(match.group(1) or "") * abs(value / float(match.group()))


def _finer_first(merged: list[dict]) -> list[dict]:
    """The preferred value gives way to a finer one of the same rank and vintage that it merely rounds."""
    top = merged[0]
    step = top.get("precision") if top["qualifier"] in ("exact", "approx") else None  # "超1万" says more than "9000余"
    finer = [b for b in merged[1:] if step and b.get("precision") and b["precision"] < step and b["qualifier"] == "exact"
             and kind_rank(b) == kind_rank(top) and b.get("vintage") == top.get("vintage") and consistent(top, b)]
    if not finer:
        return merged
    best = min(finer, key=lambda b: b["precision"])
    return [best] + [m for m in merged if m is not best]


def kind_rank(row: dict) -> int:
    if row.get("derived") and not row.get("official_sum"):
        return DERIVED_RANK
    return KIND_RANK.get(row["source_kind"], 0)


def preference(row: dict, vintage_order: list[str]) -> tuple:
    """Sort key: the smallest is preferred (see the module docstring for the rule)."""
    vintage = row.get("vintage")
    vintage_rank = vintage_order.index(vintage) if vintage in vintage_order else len(vintage_order)
    date = row.get("source_date") or ""
    return (
        -kind_rank(row),
        vintage_rank,
        date == "",  # an undated source never outranks a dated one
        tuple(-ord(c) for c in date),  # later dates first
        row["qualifier"] != "exact",
        bool(row.get("derived")),
        row["source_id"],
        row.get("source_location") or "",
    )


def group_key(row: dict) -> tuple:
    return tuple(row.get(k) for k in KEY)


def reconcile(observations: list[dict], vintage_order: list[str]) -> tuple[list[dict], list[dict]]:
    """-> (rows with preferred/conflict/corroborated_by set, one report entry per group with several values)."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for obs in observations:
        groups[group_key(obs)].append(obs)

    rows, report = [], []
    for key in sorted(groups, key=lambda k: tuple((v is None, v) for v in k)):
        members = sorted(groups[key], key=lambda r: preference(r, vintage_order))
        merged: list[dict] = []
        for obs in members:  # best first, so each merged row is the best of its equal values
            twin = next((m for m in merged if _same_value(m, obs)), None)
            if twin is None:
                merged.append({**obs, "corroborated_by": []})
            elif obs["source_id"] != twin["source_id"] and obs["source_id"] not in twin["corroborated_by"]:
                twin["corroborated_by"].append(obs["source_id"])
        merged = _finer_first(merged)
        conflicts, revisions = [], []
        for i, a in enumerate(merged):
            for b in merged[i + 1:]:
                if not consistent(a, b):
                    (conflicts if a.get("vintage") == b.get("vintage") else revisions).append((a, b))
        for i, row in enumerate(merged):
            row["preferred"] = i == 0
            row["conflict"] = any(row is a or row is b for a, b in conflicts)
            rows.append(row)
        if len(members) > 1:
            report.append({
                "key": dict(zip(KEY, key)),
                "status": "conflict" if conflicts else "revision" if revisions else "agree",
                "preferred": _describe(merged[0]),
                "values": [_describe(r) for r in merged],
                "sources": len(members),
            })
    return rows, report


def _describe(row: dict) -> dict:
    return {
        "value": row["value"],
        "qualifier": row["qualifier"],
        "raw": row.get("raw"),
        "vintage": row.get("vintage"),
        "source_id": row["source_id"],
        "source_date": row.get("source_date"),
        "location": row.get("source_location"),
        "corroborated_by": list(row.get("corroborated_by", [])),
    }
