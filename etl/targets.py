"""Plan targets -> data/targets.parquet.

Work plans and five-year plans state where an indicator should be by a year (到2025年PM2.5…控制在…以下).
The extractor keeps such numbers out of the observations (a target is not a result) and hands them back
as `targets`; curated targets with a full citation come from etl/meta/curated_targets.csv. Both become
one small table the charts draw as reference marks. A target value stated by several releases is kept
once (the first source by id), so the table does not grow with reposts, and a chart never draws two marks
on one spot because one release wrote 控制在60左右 and another 60以下.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pyarrow as pa

from etl.errors import SourceError
from etl.schema import COMPARATORS, TARGET_COLUMNS, TARGET_SCHEMA, TARGET_SORT_KEYS, row_order

CURATED_TARGETS = Path(__file__).parent / "meta" / "curated_targets.csv"
CURATED_COLUMNS = ["indicator", "region", "target_year", "value", "comparator", "source_id", "source_title",
                   "publisher", "published", "url"]
_NAMES = [c[0] for c in TARGET_COLUMNS]


def from_release(target: dict, source: dict, catalog) -> dict:
    """One extractor target with its release's provenance and the indicator's unit."""
    return {
        "indicator": target["indicator"], "region": target["region"], "target_year": int(target["year"]),
        "value": float(target["value"]), "unit": catalog.indicators[target["indicator"]]["unit"],
        "comparator": target.get("comparator") or "eq",
        "source_id": source["source_id"], "source_title": source["title"], "publisher": source.get("publisher"),
        "published": str(source["published"]) if source.get("published") else None, "url": source.get("url"),
        "line": target.get("line"), "quote": target.get("quote"),
    }


def read_curated(path: Path, catalog) -> list[dict]:
    """Curated targets: every row names a known indicator and region, a comparator and a page to cite."""
    if not path.is_file():
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in CURATED_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise SourceError(path, 1, f"missing columns: {', '.join(missing)}")
        return [_curated_row(path, n, row, catalog) for n, row in enumerate(reader, 2)]


def _curated_row(path: Path, line: int, row: dict, catalog) -> dict:
    def bad(why: str) -> SourceError:
        return SourceError(path, line, why)
    if row["indicator"] not in catalog.indicators:
        raise bad(f"unknown indicator {row['indicator']!r}")
    if row["region"] not in catalog.regions:
        raise bad(f"unknown region {row['region']!r}")
    if row["comparator"] not in COMPARATORS:
        raise bad(f"comparator must be one of {', '.join(COMPARATORS)}, not {row['comparator']!r}")
    if not row["url"].startswith(("http://", "https://")) or not row["source_title"].strip():
        raise bad("a curated target needs a source title and the url of the page that states it")
    try:
        year, value = int(row["target_year"]), float(row["value"])
    except ValueError as exc:
        raise bad(f"target_year and value must be numbers ({exc})") from None
    return {
        "indicator": row["indicator"], "region": row["region"], "target_year": year, "value": value,
        "unit": catalog.indicators[row["indicator"]]["unit"], "comparator": row["comparator"],
        "source_id": row["source_id"], "source_title": row["source_title"], "publisher": row["publisher"] or None,
        "published": row["published"] or None, "url": row["url"], "line": None, "quote": None,
    }


def table(targets: list[dict]) -> pa.Table:
    """Sorted, one row per (indicator, region, year, value): the same inputs give the same bytes."""
    unique: dict[tuple, dict] = {}
    for t in sorted(targets, key=row_order(TARGET_SORT_KEYS)):
        unique.setdefault((t["indicator"], t["region"], t["target_year"], t["value"]), t)
    return pa.Table.from_pylist([{n: r.get(n) for n in _NAMES} for r in unique.values()], schema=TARGET_SCHEMA)
