"""Coverage of the headline families: the build's one summary line and the grid of the build report."""
from __future__ import annotations

from etl import coverage

FAMILIES = {"gdp": "gdp", "pm25_annual_mean": "pm25", "good_air_days": "good_air_days", "good_air_days_ratio": "good_air_days"}


def row(indicator, region, year, preferred=True, derived=False):
    return {"indicator": indicator, "region": region, "year": year, "preferred": preferred, "derived": derived}


def rows_for(indicator, region, years, **kw):
    return [row(indicator, region, y, **kw) for y in years]


def test_a_family_counts_with_ten_of_the_years_2013_to_2024():
    rows = rows_for("gdp", "beijing", range(2015, 2025))              # 10 years: counts
    rows += rows_for("gdp", "tianjin", range(2016, 2025))             # 9 years: does not
    rows += rows_for("gdp", "hebei", range(2003, 2015))               # 12 years, only 2 in the window
    s = coverage.summary(rows, FAMILIES)
    assert s["provinces"]["beijing"]["families"] == ["gdp"]
    assert s["provinces"]["tianjin"]["count"] == 0 and s["provinces"]["tianjin"]["years"]["gdp"] == 9
    assert s["provinces"]["hebei"]["years"]["gdp"] == 2


def test_two_indicators_of_one_family_are_counted_together_and_only_preferred_rows_count():
    rows = rows_for("good_air_days", "hebei", range(2013, 2018))
    rows += rows_for("good_air_days_ratio", "hebei", range(2017, 2023))
    rows += rows_for("good_air_days_ratio", "hebei", [2023, 2024], preferred=False)
    s = coverage.summary(rows, FAMILIES)
    assert s["provinces"]["hebei"]["years"]["good_air_days"] == 10
    assert s["provinces"]["hebei"]["families"] == ["good_air_days"]


def test_indicators_with_eight_years_in_one_region():
    rows = rows_for("pm25_annual_mean", "beijing", range(2013, 2021))  # 8 in one region
    rows += rows_for("gdp", "beijing", range(2013, 2017)) + rows_for("gdp", "tianjin", range(2017, 2021))  # 4 + 4
    assert coverage.indicators_with_years(rows) == ["pm25_annual_mean"]


def test_summary_line_names_every_province():
    rows = rows_for("gdp", "beijing", range(2013, 2025))
    line = coverage.summary_line(coverage.summary(rows, FAMILIES))
    assert line == ("coverage: 1 indicators with ≥8 years; headline families with ≥10 of 2013–2024: "
                    "北京 1/12, 天津 0/12, 河北 0/12")


def test_grid_marks_derived_years_and_keeps_gaps_empty():
    rows = rows_for("gdp", "beijing", [2013, 2015]) + [row("gdp", "beijing", 2016, derived=True)]
    grid = coverage.grid(rows, {"gdp": "gdp"}, regions=("beijing",))
    assert grid == [{"family": "gdp", "indicator": "gdp", "region": "beijing", "years": [2013, 2015, 2016],
                     "derived_years": [2016], "years_in_window": 3}]
    table = coverage.grid_markdown(grid)
    cells = table[2].split("|")[4:-2]
    assert [c.strip() for c in cells[:4]] == ["●", "", "●", "○"]


def test_families_come_from_the_catalogue():
    from etl.catalog import load_catalog
    fams = coverage.families_of(load_catalog())
    assert set(fams.values()) <= set(coverage.FAMILY_IDS)
    assert set(fams.values()) == set(coverage.FAMILY_IDS), "every headline family has an indicator in the catalogue"
