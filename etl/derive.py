"""Values we compute rather than read, each marked `derived` with its method.

Only arithmetic that an analyst would accept without a footnote fight: the Jing-Jin-Ji total as
the sum of the three provinces, taken from ONE vintage of the official series and only for years
where all three are present (a sum across vintages would mix census revisions).
"""
from __future__ import annotations

from collections import defaultdict

from etl.observation import observation

PROVINCES = ("beijing", "tianjin", "hebei")
SUMMABLE = ("gdp", "population_year_end")


def province_totals(observations: list[dict], region_names: dict[str, str]) -> list[dict]:
    by_key: dict[tuple, dict[str, dict]] = defaultdict(dict)
    for obs in observations:
        if obs["source_kind"] == "statistics" and obs["indicator"] in SUMMABLE and obs["region"] in PROVINCES:
            by_key[(obs["indicator"], obs["vintage"], obs["year"])][obs["region"]] = obs
    derived = []
    for (indicator, vintage, year), parts in sorted(by_key.items()):
        if len(parts) != len(PROVINCES):
            continue
        names = "、".join(region_names[p] for p in PROVINCES)
        first = parts[PROVINCES[0]]
        derived.append(observation(
            indicator=indicator, region="jjj", year=year, base_year=first["base_year"],
            value=round(sum(parts[p]["value"] for p in PROVINCES), 6),
            precision=max(parts[p].get("precision") or 0.0 for p in PROVINCES) * len(PROVINCES),
            source_id=f"derived-{indicator}-jjj-{vintage}", source_kind="statistics",
            source_title=f"京津冀合计：{names}之和（{first['source_title']}）",
            source_publisher=first["source_publisher"], source_date=first["source_date"], source_url=first["source_url"],
            source_location="; ".join(parts[p]["source_location"] for p in PROVINCES),
            method=f"derived: sum of {names} in vintage {vintage}", derived=True, vintage=vintage,
        ))
    return derived
