"""Plan targets: kept apart from the observations, cited, and written beside the table."""
from __future__ import annotations

import textwrap

import pyarrow.parquet as pq
import pytest

from etl import targets
from etl.catalog import load_catalog
from etl.errors import SourceError
from etl.schema import TARGET_SCHEMA

HEADER = "indicator,region,target_year,value,comparator,source_id,source_title,publisher,published,url\n"
GOOD = "pm25_annual_mean,beijing,2025,35,le,t1,某规划,某政府,2021-08,https://example.org/plan\n"


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def _curated(tmp_path, body):
    path = tmp_path / "curated_targets.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_curated_target_takes_the_indicator_unit_and_keeps_its_citation(tmp_path, catalog):
    [row] = targets.read_curated(_curated(tmp_path, GOOD), catalog)
    assert (row["indicator"], row["region"], row["target_year"], row["value"], row["comparator"]) == \
        ("pm25_annual_mean", "beijing", 2025, 35.0, "le")
    assert row["unit"] == catalog.indicators["pm25_annual_mean"]["unit"]
    assert row["url"] == "https://example.org/plan" and row["publisher"] == "某政府"


@pytest.mark.parametrize("bad, message", [
    (GOOD.replace("pm25_annual_mean", "no_such_indicator"), "unknown indicator"),
    (GOOD.replace("beijing", "shanghai"), "unknown region"),
    (GOOD.replace(",le,", ",below,"), "comparator"),
    (GOOD.replace("https://example.org/plan", ""), "url"),
    (GOOD.replace(",35,", ",三十五,"), "numbers"),
])
def test_a_bad_curated_target_names_file_and_line(tmp_path, catalog, bad, message):
    with pytest.raises(SourceError) as err:
        targets.read_curated(_curated(tmp_path, GOOD + bad), catalog)
    assert "curated_targets.csv" in str(err.value) and ":3" in str(err.value) and message in str(err.value)


def test_a_missing_curated_file_means_no_targets(tmp_path, catalog):
    assert targets.read_curated(tmp_path / "absent.csv", catalog) == []


def test_the_same_target_from_reposts_is_kept_once_and_in_a_stable_order(tmp_path, catalog):
    rows = targets.read_curated(_curated(tmp_path, GOOD + GOOD.replace("t1", "t0").replace(",le,", ",eq,")
                                         + GOOD.replace(",35,", ",30,")), catalog)
    table = targets.table(rows)
    assert table.schema.equals(TARGET_SCHEMA, check_metadata=False)
    assert [(r["value"], r["source_id"]) for r in table.to_pylist()] == [(35.0, "t0"), (30.0, "t1")]
    assert targets.table(list(reversed(rows))).equals(table)


def test_the_project_curated_targets_all_cite_a_page(catalog):
    rows = targets.read_curated(targets.CURATED_TARGETS, catalog)
    assert rows, "etl/meta/curated_targets.csv holds the targets no release in ../shared states"
    assert all(r["url"].startswith("http") and r["source_title"] and r["publisher"] for r in rows)


def test_the_build_writes_targets_beside_the_table_and_never_into_it(tmp_path):
    from etl.build import run
    src, ref = tmp_path / "sources", tmp_path / "reference"
    src.mkdir(), ref.mkdir()
    (ref / "figures.csv").write_text("indicator,region,year,value,unit,qualifier,published,source_title,source_url\n", encoding="utf-8")
    (ref / "nbs_provincial.csv").write_text("indicator,region,year,value,unit,vintage,source,via\n", encoding="utf-8")
    (src / "2021-08_plan.txt").write_text(textwrap.dedent("""\
        ---
        title: 测试规划
        publisher: 测试出版者
        published: 2021-08
        reference_year: 2021
        ---
        2020年北京PM2.5年均浓度38微克/立方米。
        """), encoding="utf-8")
    out = tmp_path / "out" / "indicators.parquet"
    run(out, src, ref, progress=lambda *a, **k: None)
    written = pq.read_table(out.with_name("targets.parquet"))
    assert written.num_rows == len(targets.read_curated(targets.CURATED_TARGETS, load_catalog()))
    table = pq.read_table(out).to_pylist()
    assert all(r["source_id"] not in set(written.column("source_id").to_pylist()) for r in table)
