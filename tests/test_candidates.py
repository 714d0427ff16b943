"""Uncatalogued figures are kept with provenance and ranked, so the catalogue grows where the text is."""
from __future__ import annotations

import pyarrow as pa

from etl import candidates
from etl.schema import CANDIDATE_SCHEMA

SOURCE = {"source_id": "2024-01_a", "title": "某发布稿", "publisher": "某局", "published": "2024-01", "url": None}
NAMES = {"tianjin": ("天津", "Tianjin"), "hebei": ("河北", "Hebei")}


def cand(cid="引进京冀投资|亿元", region="tianjin", year=2023, value=1000.5, line=3, source=SOURCE, file="2024-01_a.txt"):
    phrase, unit = cid.split("|")
    raw = {"candidate_id": cid, "phrase": phrase, "unit": unit, "measure": "level", "region": region, "year": year,
           "period_start": None, "base_year": None, "value": value, "qualifier": "exact", "raw": f"{value}{unit}",
           "line": line, "quote": "自己写的句子"}
    return candidates.with_source(raw, source, file, NAMES)


def test_candidate_keeps_its_provenance_and_region_names():
    c = cand()
    assert c["source_location"] == "sources/2024-01_a.txt:3"
    assert (c["region_name_zh"], c["source_publisher"], c["source_date"]) == ("天津", "某局", "2024-01")


def test_table_has_the_declared_schema_sorted_and_without_repeats():
    rows = [cand(year=2023), cand(year=2022, line=5), cand(year=2023)]
    t = candidates.table(rows)
    assert t.schema.equals(CANDIDATE_SCHEMA, check_metadata=False)
    assert t.num_rows == 2
    assert t.column("year").to_pylist() == [2022, 2023]
    assert t.column("value").to_pylist() == [1000.5, 1000.5]  # as written, never rounded


def test_table_is_byte_stable_for_the_same_inputs():
    rows = [cand(year=y, line=y) for y in (2021, 2023, 2022)]
    sink1, sink2 = pa.BufferOutputStream(), pa.BufferOutputStream()
    for sink, order in ((sink1, rows), (sink2, rows[::-1])):
        with pa.ipc.new_stream(sink, CANDIDATE_SCHEMA) as w:
            w.write_table(candidates.table(order))
    assert sink1.getvalue().equals(sink2.getvalue())


def test_ranking_puts_the_phrase_stated_by_most_releases_first():
    other = {**SOURCE, "source_id": "2025-01_b"}
    rows = [cand("港口集装箱吞吐量|万标准箱", year=2022), cand("港口集装箱吞吐量|万标准箱", year=2023, source=other, file="b.txt"),
            cand("引进京冀投资|亿元")]
    ranking = candidates.ranked(rows)
    assert [g["candidate_id"] for g in ranking] == ["港口集装箱吞吐量|万标准箱", "引进京冀投资|亿元"]
    assert ranking[0]["releases"] == 2 and ranking[0]["years"] == [2022, 2023]
    lines = candidates.report_lines(ranking)
    assert any(line.startswith("| 港口集装箱吞吐量|万标准箱 | 万标准箱 | level | 2 | 2022–2023 (2)") for line in lines)
