"""Table versions: a rebuilt file is picked up and swapped in whole, a broken one never replaces a good
one, /health's facts carry no path, and ids are found by name or alias too."""
from __future__ import annotations

import json
import os

import pyarrow.parquet as pq
import pytest

from components.core import store
from tests.fixtures.make_table import _row, fixture_rows, write_table


def stamp(path, version: str) -> None:
    """What etl/publish.py does: the content hash in the schema metadata; written beside and renamed in."""
    table = pq.read_table(path)
    table = table.replace_schema_metadata({**table.schema.metadata, b"table_version": version.encode()})
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


@pytest.fixture
def watched(tmp_path, fixture_table_path):
    path = write_table(tmp_path / "indicators.parquet")
    stamp(path, "aaaa000000000001")
    store.init(path)
    yield path
    store.init(fixture_table_path)


def test_the_version_is_the_builds_stamp_and_health_facts_hold_no_path(watched):
    assert store.version() == "aaaa000000000001" == store.generation()
    info = store.status()
    assert info["status"] == "ok" and info["table_version"] == "aaaa000000000001" and info["rows"] > 0
    assert info["built_at"].endswith("+00:00") and info["build_report"] == "missing"
    assert str(watched.parent) not in json.dumps(info)


def test_an_unstamped_table_gets_a_content_hash_the_same_in_every_process(tmp_path, fixture_table_path):
    a = write_table(tmp_path / "a.parquet")
    (tmp_path / "b").mkdir()
    b = write_table(tmp_path / "b" / "indicators.parquet")
    try:
        store.init(a)
        first = store.version()
        store.init(b)
        assert store.version() == first and len(first) == 16
    finally:
        store.init(fixture_table_path)


def test_a_rebuilt_file_is_swapped_in_and_caches_change_key(watched):
    old_key, old_rows = store.generation(), len(store.table().df)
    write_table(watched, fixture_rows() + [_row("gdp", "hebei", 2013, 28442.1)])
    stamp(watched, "bbbb000000000002")
    assert store.refresh(force=True) is True
    assert store.version() == "bbbb000000000002" and store.generation() != old_key
    assert len(store.table().df) == old_rows + 1


def test_the_file_is_checked_at_most_once_per_interval(watched, monkeypatch):
    monkeypatch.setattr(store, "CHECK_INTERVAL_S", 3600.0)
    store.refresh(force=True)
    stamp(watched, "cccc000000000003")
    assert store.refresh() is False and store.version() == "aaaa000000000001"  # not looked at yet
    assert store.refresh(force=True) is True and store.version() == "cccc000000000003"


def test_an_unreadable_new_file_keeps_the_old_table_and_says_so(watched):
    tmp = watched.with_name(".broken.tmp")
    tmp.write_bytes(b"PAR1 not a parquet file at all")
    os.replace(tmp, watched)
    assert store.refresh(force=True) is False
    assert store.version() == "aaaa000000000001" and store.error() is None
    info = store.status()
    assert info["status"] == "stale" and "make data" in info["message"]
    assert str(watched.parent) not in info["message"]
    assert store.refresh(force=True) is False  # the same broken file is not loaded again and again
    write_table(watched)
    stamp(watched, "dddd000000000004")
    assert store.refresh(force=True) is True and store.status()["status"] == "ok"


def test_a_table_that_appears_later_is_picked_up(tmp_path, fixture_table_path):
    path = tmp_path / "late.parquet"
    store.init(path)
    try:
        assert store.error() and store.status()["status"] == "error"
        write_table(path)
        assert store.refresh(force=True) is True and store.error() is None
    finally:
        store.init(fixture_table_path)


def test_the_build_report_must_name_the_table_version(watched):
    report = watched.with_name("build_report.json")
    report.write_text(json.dumps({"table_version": "aaaa000000000001"}), encoding="utf-8")
    store.init(watched)
    assert store.status()["build_report"] == "ok"
    report.write_text(json.dumps({"table_version": "ffff000000000009"}), encoding="utf-8")
    store.init(watched)
    assert store.status()["build_report"] == "mismatch"


@pytest.mark.parametrize("word,expected", [("beijing", "beijing"), ("北京", "beijing"), ("Beijing", "beijing"),
                                           ("%E5%8C%97%E4%BA%AC", "beijing"), (" TIANJIN ", "tianjin"),
                                           ("雄安新区", "xiongan")])
def test_regions_are_found_by_id_name_or_encoded_name(loaded_store, word, expected):
    assert store.resolve("region", word) == expected
    assert store.region(word)["id"] == expected


def test_indicators_and_themes_by_name_and_unknown_words(loaded_store):
    assert store.indicator("GDP")["id"] == "gdp" and store.theme("Economy")["id"] == "economy"
    for word in ("atlantis", "", "%ZZ", None, 5):
        with pytest.raises(store.UnknownId):
            store.region(word)
