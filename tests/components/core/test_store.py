"""Data access: one load, preferred rows for charts, all rows for tables, clear errors for bad files."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from components.core import store
from etl.schema import COLUMN_NAMES
from tests.fixtures.make_table import CATALOG, _row, candidate_row, fixture_rows, write_candidates, write_table


def test_catalogue_comes_from_the_parquet_metadata(loaded_store):
    assert [t["id"] for t in store.themes()] == ["economy", "environment", "innovation"]
    assert store.region("beijing")["color"] == "#c0392b"
    assert store.indicator("gdp")["unit"] == "亿元"


def test_series_uses_only_preferred_rows_so_vintages_never_mix(loaded_store):
    rows = store.series("gdp", ["beijing"])
    assert rows["preferred"].all()
    assert rows.loc[rows["year"] == 2021, "value"].tolist() == [44350.7]
    assert set(rows["vintage"]) == {"nbs-2025-5th-census"}


def test_observations_keep_every_source_and_vintage(loaded_store):
    rows = store.observations("gdp")
    beijing_2021 = rows[(rows["region"] == "beijing") & (rows["year"] == 2021)]
    assert sorted(beijing_2021["value"]) == [40269.6, 44350.7]
    assert beijing_2021["conflict"].all()


def test_series_filters_regions_and_years(loaded_store):
    rows = store.series("gdp", ["tianjin"], 2014, 2017)
    assert rows["year"].tolist() == [2014, 2015, 2017]  # 2016 is a gap in the data, not a zero row


def test_regions_for_lists_regions_in_catalogue_order(loaded_store):
    assert store.regions_for("gdp") == ["beijing", "tianjin", "hebei"]
    assert store.regions_for("unused_indicator") == []


def test_unknown_ids_raise_unknown_id(loaded_store):
    with pytest.raises(store.UnknownId):
        store.indicator("no_such_indicator")
    with pytest.raises(store.UnknownId):
        store.region("atlantis")
    assert store.unknown_regions(["beijing", "atlantis"]) == ["atlantis"]


def test_peers_are_regions_of_the_same_level_and_parent(loaded_store):
    assert store.peers("tianjin") == ["beijing", "tianjin", "hebei"]
    assert store.peers("xiongan") == ["xiongan"]


def test_kpi_compares_with_the_previous_available_year_not_the_calendar_year(loaded_store):
    info = store.kpi("pm25_annual_mean", "tianjin")  # Tianjin has 2016, 2018, 2020 only
    assert int(info["latest"]["year"]) == 2020
    assert int(info["previous"]["year"]) == 2018


def test_kpi_without_an_earlier_value_has_no_previous(loaded_store):
    info = store.kpi("pm25_annual_mean", "hebei")
    assert info["previous"] is None


def test_sources_count_figures_and_conflicts(loaded_store):
    sources = store.sources().set_index("source_id")
    assert sources.loc["nbs", "figures"] == 12 + 11 + 1 + 3
    assert sources.loc["nbs-2022", "conflicts"] == 1


def test_coverage_grid_shows_gaps_as_zero_regions(loaded_store):
    grid = store.coverage()
    assert grid.loc["gdp", 2016] == 1      # Beijing only: Tianjin's 2016 is missing
    assert grid.loc["gdp", 2024] == 3
    assert grid.loc["pm25_annual_mean", 2017] == 1
    assert grid.loc["unused_indicator"].sum() == 0  # listed, so its absence is visible


def test_missing_file_gives_a_message_naming_the_file_and_rebuild_command(tmp_path, fixture_table_path):
    missing = tmp_path / "nothing.parquet"
    store.init(missing)
    try:
        message = store.error()
        assert "nothing.parquet" in message and "make data" in message
        assert str(tmp_path) not in message  # visitors see it: the file's name, never where it lives
        with pytest.raises(store.DataUnavailable):
            store.table()
    finally:
        store.init(fixture_table_path)


def test_corrupt_file_gives_the_same_kind_of_message(tmp_path, fixture_table_path):
    corrupt = tmp_path / "corrupt.parquet"
    corrupt.write_bytes(b"PAR1 this is not parquet")
    store.init(corrupt)
    try:
        assert "make data" in store.error() and "corrupt.parquet" in store.error()
        assert str(tmp_path) not in store.error()
    finally:
        store.init(fixture_table_path)


def test_file_without_catalogue_metadata_is_rejected(tmp_path, fixture_table_path):
    bare = tmp_path / "bare.parquet"
    pq.write_table(pa.table({"indicator": ["gdp"]}), bare)
    store.init(bare)
    try:
        assert store.error() and "make data" in store.error()
    finally:
        store.init(fixture_table_path)


def test_data_path_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("JJJ_DATA", str(tmp_path / "x.parquet"))
    assert store.data_path() == tmp_path / "x.parquet"


def test_required_columns_are_the_schemas():
    assert set(store.REQUIRED_COLUMNS) <= set(COLUMN_NAMES)
    assert set(COLUMN_NAMES) - set(store.REQUIRED_COLUMNS) == {"corroborated_by"}


def test_a_column_no_page_shows_is_checked_but_not_held_in_memory(tmp_path, fixture_table_path):
    path = write_table(tmp_path / "indicators.parquet")
    try:
        store.init(path)
        assert store.error() is None and "source_location" not in store.table().df.columns
        full = pq.read_table(path)
        pq.write_table(full.drop(["source_location"]).replace_schema_metadata(full.schema.metadata), path)
        store.init(path)
        assert store.error() is not None  # still part of the contract: a file without it is refused
    finally:
        store.init(fixture_table_path)


def test_without_a_candidates_file_nothing_is_pending(loaded_store):
    assert store.candidates().empty and store.candidates_error() is None


def test_candidates_are_loaded_beside_the_table(tmp_path, fixture_table_path):
    table = write_table(tmp_path / "indicators.parquet")
    write_candidates(tmp_path / "candidates.parquet", [candidate_row("集装箱吞吐量", "万标准箱", "tianjin", 2023, 2217.2)])
    store.init(table)
    try:
        rows = store.candidates()
        assert rows[["phrase", "unit", "region", "year", "value"]].values.tolist() == [
            ["集装箱吞吐量", "万标准箱", "tianjin", 2023, 2217.2]]
        assert "集装箱吞吐量" not in store.table().indicators  # listed, never charted
    finally:
        store.init(fixture_table_path)


def test_a_broken_candidates_file_is_reported_without_taking_the_table_down(tmp_path, fixture_table_path):
    table = write_table(tmp_path / "indicators.parquet")
    (tmp_path / "candidates.parquet").write_bytes(b"PAR1 not parquet")
    store.init(table)
    try:
        assert store.error() is None and store.candidates().empty
        assert "candidates.parquet" in store.candidates_error() and "make data" in store.candidates_error()
    finally:
        store.init(fixture_table_path)


def test_the_catalogue_may_carry_direction_references_family_and_new_themes(tmp_path, fixture_table_path):
    catalog = {**CATALOG, "themes": CATALOG["themes"] + [{"id": "transport", "name_zh": "交通", "name_en": "Transport"}],
               "indicators": [{**i, "direction": "up", "family": "gdp",
                               "references": [{"value": 5.0, "kind": "target", "label_zh": "目标", "label_en": "target",
                                               "year": 2025, "regions": ["beijing"], "source": "plan"}]}
                              for i in CATALOG["indicators"]]}
    store.init(write_table(tmp_path / "extended.parquet", fixture_rows(), catalog))
    try:
        assert store.error() is None
        assert [t["id"] for t in store.themes()][-1] == "transport"  # themes come from the data, not a list
        assert store.indicator("gdp")["direction"] == "up"
    finally:
        store.init(fixture_table_path)


def test_kpi_compares_derived_with_derived_never_with_a_stated_value(tmp_path, fixture_table_path):
    derived = [{**_row("gdp", "jjj", 2023, 105000.0), "derived": True, "method": "derived: sum"},
               {**_row("gdp", "jjj", 2024, 115000.0), "derived": True, "method": "derived: sum"}]
    stated = [_row("gdp", "jjj", 2022, 99000.0, source_kind="release", source_id="jjj-2022")]
    store.init(write_table(tmp_path / "derived.parquet", fixture_rows() + derived + stated))
    try:
        info = store.kpi("gdp", "jjj")
        assert int(info["latest"]["year"]) == 2024 and int(info["previous"]["year"]) == 2023
        assert bool(info["previous"]["derived"])
    finally:
        store.init(fixture_table_path)


def test_years_with_data_counts_distinct_years_per_region(loaded_store):
    assert store.years_with_data("pm25_annual_mean", "tianjin") == 3
    assert store.years_with_data("pm25_annual_mean", "hebei") == 1
    assert store.years_with_data("unused_indicator", "beijing") == 0
