"""Coverage of the headline families: which years each indicator has, per region (pure functions).

An indicator's `family` (catalogue) puts it in one of the twelve headline families (good_air_days has
two indicators: the count and the ratio). Only preferred rows count, one per indicator/region/year;
derived rows count too and are listed apart, so the grid can mark them.

* An indicator "has N years" when one region has preferred values for N distinct years: that is the
  length of the line a chart can draw.
* A family "counts" for a province when its indicators together have values for at least
  FAMILY_MIN_YEARS of the years WINDOW (2013–2024).
"""
from __future__ import annotations

from collections import defaultdict

FAMILIES = (
    ("gdp", "GDP", "地区生产总值"),
    ("gdp_growth_real", "real growth", "增速"),
    ("gdp_per_capita", "per-capita GDP", "人均GDP"),
    ("population", "population", "常住人口"),
    ("urbanisation_rate", "urbanisation", "城镇化率"),
    ("tertiary_share", "tertiary share", "三产比重"),
    ("rd_intensity", "R&D intensity", "研发强度"),
    ("disposable_income_per_capita", "income", "人均可支配收入"),
    ("pm25", "PM2.5", "PM2.5"),
    ("good_air_days", "good-air days", "优良天数"),
    ("gdp_share_of_jjj", "share of Jing-Jin-Ji GDP", "占京津冀比重"),
    ("gdp_multiple_vs_2013", "multiple of 2013", "相当于2013年倍数"),
)
FAMILY_IDS = tuple(f[0] for f in FAMILIES)
PROVINCES = ("beijing", "tianjin", "hebei")
PROVINCE_NAMES = {"beijing": "北京", "tianjin": "天津", "hebei": "河北"}
WINDOW = tuple(range(2013, 2025))
INDICATOR_MIN_YEARS = 8
FAMILY_MIN_YEARS = 10


def years_by_indicator_region(rows: list[dict]) -> dict[tuple[str, str], dict[int, bool]]:
    """(indicator, region) -> {year: derived?} over the preferred rows."""
    out: dict[tuple[str, str], dict[int, bool]] = defaultdict(dict)
    for r in rows:
        if r.get("preferred"):
            out[(r["indicator"], r["region"])][int(r["year"])] = bool(r.get("derived"))
    return out


def indicators_with_years(rows: list[dict], minimum: int = INDICATOR_MIN_YEARS) -> list[str]:
    """Indicators with at least `minimum` years in one region, sorted."""
    best: dict[str, int] = defaultdict(int)
    for (indicator, _region), years in years_by_indicator_region(rows).items():
        best[indicator] = max(best[indicator], len(years))
    return sorted(i for i, n in best.items() if n >= minimum)


def family_years(rows: list[dict], families: dict[str, str]) -> dict[tuple[str, str], set[int]]:
    """(family, region) -> years of WINDOW with a value for any indicator of the family.
    `families` maps indicator id -> family id (from the catalogue)."""
    out: dict[tuple[str, str], set[int]] = defaultdict(set)
    for (indicator, region), years in years_by_indicator_region(rows).items():
        family = families.get(indicator)
        if family:
            out[(family, region)] |= {y for y in years if y in WINDOW}
    return out


def summary(rows: list[dict], families: dict[str, str]) -> dict:
    """The numbers of the build's one summary line, as data."""
    fy = family_years(rows, families)
    per_province = {}
    for p in PROVINCES:
        counted = [f for f in FAMILY_IDS if len(fy.get((f, p), ())) >= FAMILY_MIN_YEARS]
        per_province[p] = {"families": counted, "count": len(counted),
                           "years": {f: len(fy.get((f, p), ())) for f in FAMILY_IDS}}
    indicators = indicators_with_years(rows)
    return {"indicators_with_8_years": indicators, "indicator_count": len(indicators),
            "window": [WINDOW[0], WINDOW[-1]], "family_min_years": FAMILY_MIN_YEARS,
            "indicator_min_years": INDICATOR_MIN_YEARS, "provinces": per_province}


def summary_line(s: dict) -> str:
    provinces = ", ".join(f"{PROVINCE_NAMES[p]} {s['provinces'][p]['count']}/{len(FAMILY_IDS)}" for p in PROVINCES)
    return (f"coverage: {s['indicator_count']} indicators with ≥{s['indicator_min_years']} years; "
            f"headline families with ≥{s['family_min_years']} of {s['window'][0]}–{s['window'][1]}: {provinces}")


def grid(rows: list[dict], families: dict[str, str], regions: tuple[str, ...] = PROVINCES + ("jjj",)) -> list[dict]:
    """Indicator × region × year for the headline families: one entry per indicator and region, in
    family order, with the years that have a preferred value and which of them are derived."""
    by_key = years_by_indicator_region(rows)
    order = {f: i for i, f in enumerate(FAMILY_IDS)}
    out = []
    for indicator, family in sorted(families.items(), key=lambda kv: (order.get(kv[1], len(order)), kv[0])):
        for region in regions:
            years = by_key.get((indicator, region), {})
            out.append({"family": family, "indicator": indicator, "region": region,
                        "years": sorted(years), "derived_years": sorted(y for y, d in years.items() if d),
                        "years_in_window": sum(1 for y in years if y in WINDOW)})
    return out


def grid_markdown(entries: list[dict]) -> list[str]:
    """The grid as a markdown table: ● stated, ○ derived, blank a gap."""
    head = "| family | indicator | region | " + " | ".join(str(y)[2:] for y in WINDOW) + " | years |"
    lines = [head, "|" + "---|" * (4 + len(WINDOW))]
    for e in entries:
        stated, derived = set(e["years"]) - set(e["derived_years"]), set(e["derived_years"])
        cells = ["●" if y in stated else "○" if y in derived else "" for y in WINDOW]
        lines.append(f"| {e['family']} | {e['indicator']} | {e['region']} | " + " | ".join(cells) + f" | {e['years_in_window']} |")
    return lines


def families_of(catalog) -> dict[str, str]:
    """indicator id -> family id, for the indicators the catalogue puts in a headline family."""
    return {iid: ind["family"] for iid, ind in catalog.indicators.items() if ind.get("family")}
