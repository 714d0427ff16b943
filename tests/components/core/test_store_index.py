"""The pre-indexed redraw path: series() answers from per-indicator, per-region slices built once per
table version, exactly as a scan of the preferred rows would, and never touches the whole table."""
from __future__ import annotations

import pandas as pd
import pyarrow.parquet as pq
import pytest

from components.core import store
from tests.fixtures.make_table import _row, fixture_rows, write_table

YEAR_BOUNDS = [(None, None), (2013, None), (None, 2018), (2015, 2020), (2021, 2021), (2030, None), (2020, 2015),
               (1990, 2100)]


def scanned(indicator, regions=None, year_from=None, year_to=None) -> pd.DataFrame:
    """What series() answered before the index: a mask over the indicator's preferred rows."""
    df = store.table().preferred_by_indicator.get(indicator)
    if df is None:
        return store.series("no such indicator")
    mask = pd.Series(True, index=df.index)
    if regions:
        mask &= df["region"].isin(regions)
    if year_from is not None:
        mask &= df["year"] >= year_from
    if year_to is not None:
        mask &= df["year"] <= year_to
    return df[mask]


def _region_choices():
    ids = [r["id"] for r in store.regions()]
    return [None, [], ids[:1], ids[1:3], ids[2:], ["atlantis"], ids + ["atlantis"], ["hebei", "beijing"]]


def test_series_answers_as_a_scan_would(loaded_store):
    for indicator in [*store.table().indicators, "no_such_indicator"]:
        for regions in _region_choices():
            for year_from, year_to in YEAR_BOUNDS:
                got = store.series(indicator, regions, year_from, year_to)
                pd.testing.assert_frame_equal(got, scanned(indicator, regions, year_from, year_to))


def test_a_chart_query_never_reads_the_whole_table(loaded_store, monkeypatch):
    expected = store.series("gdp", ["beijing", "tianjin"], 2014, 2020).copy()
    span = store.year_span()
    monkeypatch.setattr(store.table(), "df", None)  # any scan of the full table would fail now
    pd.testing.assert_frame_equal(store.series("gdp", ["beijing", "tianjin"], 2014, 2020), expected)
    assert store.year_span() == span and store.regions_for("gdp") == ["beijing", "tianjin", "hebei"]


def test_a_caller_may_change_what_it_got(loaded_store):
    rows = store.series("gdp", ["beijing"])
    rows["value"] = 0.0
    everything = store.series("gdp")
    everything.loc[everything.index[0], "value"] = -1.0
    assert (store.series("gdp", ["beijing"])["value"] > 0).all()


def test_the_index_and_year_span_follow_a_new_table_version(tmp_path):
    path = write_table(tmp_path / "indicators.parquet")
    store.init(path)
    try:
        assert store.year_span() == (2013, 2024)
        assert store.series("gdp", ["hebei"])["year"].tolist() == [2024]
        rows = fixture_rows() + [_row("gdp", "hebei", 2025, 50000.0)]
        table = write_table(tmp_path / "next.parquet", rows)
        arrow = pq.read_table(table)
        pq.write_table(arrow.replace_schema_metadata({**arrow.schema.metadata, b"table_version": b"bbbb000000000002"}),
                       path)
        assert store.refresh(force=True) is True
        assert store.year_span() == (2013, 2025)
        assert store.series("gdp", ["hebei"])["year"].tolist() == [2024, 2025]
        assert store.series("gdp", ["hebei"], 2025)["value"].tolist() == [50000.0]
    finally:
        store.init(path)


@pytest.mark.parametrize("indicator", ["gdp", "pm25_annual_mean", "tech_contract_turnover_to_tjhb_cumulative"])
def test_rows_come_in_region_then_year_order(loaded_store, indicator):
    rows = store.series(indicator)
    assert rows[["region", "year"]].values.tolist() == rows.sort_values(["region", "year"], kind="stable")[
        ["region", "year"]].values.tolist()


def test_a_repeated_question_is_answered_from_memory_and_each_answer_is_the_callers_own(loaded_store):
    first = store.series("gdp", ["beijing"], 2014, 2020)
    first["value"] = 0.0
    first.loc[first.index[0], "region"] = "nowhere"
    again = store.series("gdp", ["beijing"], 2014, 2020)
    assert again is not first and (again["value"] > 0).all() and set(again["region"]) == {"beijing"}
    assert list(again["year"]) == list(range(2014, 2021))
    assert ("series", "gdp", ("beijing",), 2014, 2020) in store.table().cache["series"]
