"""The project's curated figures (etl/meta/curated_figures.csv): numbers and citations, checked row by row."""
from __future__ import annotations

import csv

import pytest

from etl.catalog import load_catalog
from etl.curated import CURATED_COLUMNS, CURATED_FILE, read_curated_figures
from etl.errors import SourceError

HEADER = ",".join(CURATED_COLUMNS) + ",vintage\n"
GOOD = "gdp_growth_real,tianjin,2014,10.0,%,exact,,,A page,某统计局,2015-01-20,https://example.org/a,\n"


def write(tmp_path, *rows):
    path = tmp_path / "curated_figures.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def test_a_good_row_becomes_a_curated_reference_observation(tmp_path):
    (obs,), skipped = read_curated_figures(write(tmp_path, GOOD), load_catalog())
    assert skipped == []
    assert (obs["indicator"], obs["region"], obs["year"], obs["value"]) == ("gdp_growth_real", "tianjin", 2014, 10.0)
    assert obs["source_kind"] == "reference" and obs["method"] == "curated figure (search: 某统计局)"
    assert obs["source_url"] == "https://example.org/a" and obs["source_publisher"] == "某统计局"
    assert obs["source_location"].endswith("curated_figures.csv:2") and obs["quote"] is None
    assert obs["precision"] == pytest.approx(0.1) and not obs["derived"]


def test_vintage_column_is_optional_and_checked(tmp_path):
    row = "gdp_per_capita,hebei,2015,35994,元,exact,,,A page,维基百科,,https://example.org/b,nbs-2023-4th-census\n"
    (obs,), _ = read_curated_figures(write(tmp_path, row), load_catalog())
    assert obs["vintage"] == "nbs-2023-4th-census"
    with pytest.raises(SourceError, match="unknown vintage 'nbs-1999'"):
        read_curated_figures(write(tmp_path, row.replace("nbs-2023-4th-census", "nbs-1999")), load_catalog())


@pytest.mark.parametrize("bad, message", [
    (GOOD.replace("gdp_growth_real", "gdp_growth"), "unknown indicator 'gdp_growth'"),
    (GOOD.replace("tianjin", "天津"), "unknown region '天津'"),
    (GOOD.replace(",%,", ",个百分点,"), "is not gdp_growth_real's unit"),
    (GOOD.replace("exact", "about"), "qualifier 'about'"),
    (GOOD.replace("10.0", "十"), "is not a number"),
    (GOOD.replace("2014", "14"), "is not a year"),
    (GOOD.replace("https://example.org/a", ""), "needs source_title, source_publisher and source_url"),
    (GOOD.replace("exact,,,", "exact,,2013,"), "base_year 2013 does not fit"),
])
def test_a_bad_row_names_the_file_and_line(tmp_path, bad, message):
    with pytest.raises(SourceError) as exc:
        read_curated_figures(write(tmp_path, GOOD, bad), load_catalog())
    assert message in str(exc.value)
    assert "curated_figures.csv:3" in str(exc.value)


def test_missing_column_fails_on_line_1(tmp_path):
    path = tmp_path / "curated_figures.csv"
    path.write_text("indicator,region,year,value\n", encoding="utf-8")
    with pytest.raises(SourceError, match="missing column"):
        read_curated_figures(path, load_catalog())


def test_the_committed_curated_file_loads_and_every_row_cites_a_page():
    observations, _ = read_curated_figures(CURATED_FILE, load_catalog())
    assert observations, "the project's curated figures are read"
    with open(CURATED_FILE, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(observations)
    for row in rows:
        assert row["source_url"].startswith("http") and row["source_publisher"].strip() and row["source_title"].strip()
    keys = [(o["indicator"], o["region"], o["year"], o["base_year"]) for o in observations]
    assert len(keys) == len(set(keys)), "one curated figure per key: a second one would be a conflict with itself"
