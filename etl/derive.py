"""Values we compute rather than read, each marked `derived` with its method and inputs.

Only arithmetic an analyst would accept without a footnote fight, and always from ONE vintage of
the official NBS provincial series (a ratio or sum across vintages would mix census revisions):

* Jing-Jin-Ji totals of GDP and population: the sum of the three provinces, per vintage, for years
  where all three are present (`province_totals`).
* Each province's share of Jing-Jin-Ji GDP: GDP(province, y) / (sum of the three, y) × 100, from the
  GDP vintage TREND_VINTAGE (`jjj_shares`).
* GDP as a multiple of 2013: GDP(region, y) / GDP(region, 2013), current prices, same vintage, for the
  three provinces and their sum (`multiples_of_base`).
* GDP per capita where no source states it: GDP(y) × 10⁸ / mean resident population × 10⁴ 元, where the
  mean population is (year-end y-1 + year-end y) / 2, the denominator NBS itself uses. GDP comes from
  TREND_VINTAGE, population from the latest NBS population series (POPULATION_VINTAGE; population is
  not revised by economic censuses). Years without both year ends are gaps (`per_capita_gdp`).

Reconciliation prefers any stated value over these ratios (etl/reconcile.py), so a derived value
shows only where no release, curated figure or official series states the figure. The JJJ totals are
sums of one official series and rank as that series.
"""
from __future__ import annotations

from collections import defaultdict

from etl.observation import observation

PROVINCES = ("beijing", "tianjin", "hebei")
SUMMABLE = ("gdp", "population_year_end")
TREND_VINTAGE = "nbs-2025-5th-census"   # the consistent GDP series for trend lines (shared/README.md)
POPULATION_VINTAGE = "nbs-2025"
BASE_YEAR = 2013


def _series(observations: list[dict], indicator: str, vintage: str) -> dict[str, dict[int, dict]]:
    """region -> year -> observation of one indicator in one vintage of the official series (not derived)."""
    out: dict[str, dict[int, dict]] = defaultdict(dict)
    for obs in observations:
        if (obs["source_kind"] == "statistics" and not obs.get("derived") and obs["indicator"] == indicator
                and obs.get("vintage") == vintage and obs["region"] in PROVINCES):
            out[obs["region"]][obs["year"]] = obs
    return out


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
            official_sum=True,  # ranks as the official series it sums (etl/reconcile.py)
        ))
    return derived


def _derived(indicator: str, region: str, year: int, value: float, inputs: list[dict], method: str,
             vintage: str, base_year: int | None = None, decimals: int = 6) -> dict:
    first = inputs[0]
    return observation(
        indicator=indicator, region=region, year=year, base_year=base_year, value=round(value, decimals),
        source_id=f"derived-{indicator}-{region}-{vintage}", source_kind="statistics",
        source_title=f"派生值：{first['source_title']}",
        source_publisher=first.get("source_publisher"), source_date=first.get("source_date"), source_url=first.get("source_url"),
        source_location="; ".join(o["source_location"] for o in inputs),
        method=method, derived=True, vintage=vintage,
    )


def jjj_shares(observations: list[dict], vintage: str = TREND_VINTAGE) -> list[dict]:
    """Each province's GDP as % of the three provinces' sum, per year where all three are present."""
    gdp = _series(observations, "gdp", vintage)
    years = sorted(set.intersection(*(set(gdp[p]) for p in PROVINCES))) if all(gdp.get(p) for p in PROVINCES) else []
    out = []
    for year in years:
        parts = [gdp[p][year] for p in PROVINCES]
        total = sum(o["value"] for o in parts)
        for p in PROVINCES:
            out.append(_derived(
                "gdp_share_of_jjj", p, year, gdp[p][year]["value"] / total * 100, parts,
                f"derived: GDP of the province / (北京 + 天津 + 河北 GDP) × 100, {year}, vintage {vintage}", vintage))
    return out


def multiples_of_base(observations: list[dict], vintage: str = TREND_VINTAGE, base_year: int = BASE_YEAR) -> list[dict]:
    """GDP (current prices) of each province and of their sum as a multiple of base_year, one vintage."""
    gdp = _series(observations, "gdp", vintage)
    out = []
    for p in PROVINCES:
        series = gdp.get(p, {})
        if base_year not in series:
            continue
        base = series[base_year]
        for year in sorted(y for y in series if y > base_year):
            out.append(_derived(
                "gdp_multiple_vs_2013", p, year, series[year]["value"] / base["value"], [series[year], base],
                f"derived: GDP {year} / GDP {base_year}, current prices, vintage {vintage}", vintage, base_year=base_year))
    if all(base_year in gdp.get(p, {}) for p in PROVINCES):
        common = set.intersection(*(set(gdp[p]) for p in PROVINCES))
        base_total = sum(gdp[p][base_year]["value"] for p in PROVINCES)
        for year in sorted(y for y in common if y > base_year):
            inputs = [gdp[p][year] for p in PROVINCES] + [gdp[p][base_year] for p in PROVINCES]
            out.append(_derived(
                "gdp_multiple_vs_2013", "jjj", year, sum(gdp[p][year]["value"] for p in PROVINCES) / base_total, inputs,
                f"derived: (北京 + 天津 + 河北 GDP) {year} / the same sum in {base_year}, current prices, vintage {vintage}",
                vintage, base_year=base_year))
    return out


def per_capita_gdp(observations: list[dict], vintage: str = TREND_VINTAGE,
                   population_vintage: str = POPULATION_VINTAGE) -> list[dict]:
    """GDP (亿元) × 10⁸ / mean year-end population (万人) × 10⁴ -> 元 per person."""
    gdp = _series(observations, "gdp", vintage)
    pop = _series(observations, "population_year_end", population_vintage)
    out = []
    for p in PROVINCES:
        for year in sorted(gdp.get(p, {})):
            people = pop.get(p, {})
            if year not in people or year - 1 not in people:
                continue
            mean_pop = (people[year - 1]["value"] + people[year]["value"]) / 2
            out.append(_derived(
                "gdp_per_capita", p, year, gdp[p][year]["value"] * 1e8 / (mean_pop * 1e4),
                [gdp[p][year], people[year - 1], people[year]],
                f"derived: GDP {year} (vintage {vintage}) / mean resident population "
                f"((year-end {year - 1} + year-end {year}) / 2, {population_vintage}), 元 per person",
                vintage, decimals=0))
    return out


def derive_all(observations: list[dict], region_names: dict[str, str]) -> list[dict]:
    """Every derived series, in a fixed order."""
    return (province_totals(observations, region_names) + jjj_shares(observations)
            + multiples_of_base(observations) + per_capita_gdp(observations))
