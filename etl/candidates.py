"""Candidates: figures whose indicator the catalogue does not know yet, kept instead of dropped.

The world of Jing-Jin-Ji figures is open; a closed catalogue always trails the next release. So the
extractor keeps every number that has a unit, a region and a year, and the build stores the
uncatalogued ones in a companion table (data/candidates.parquet, columns in etl/schema.py) with the
same provenance as a catalogued row. The build report ranks them by how many releases and years
state them, so the next YAML edit goes where the text is: a new indicator, or the candidate id under
an existing indicator's `synonyms`.
"""
from __future__ import annotations

from collections import defaultdict

import pyarrow as pa

from etl.schema import CANDIDATE_COLUMNS, CANDIDATE_SCHEMA, CANDIDATE_SORT_KEYS, row_order

_NAMES = [c[0] for c in CANDIDATE_COLUMNS]


def with_source(candidate: dict, source: dict, file_name: str, region_names: dict[str, tuple[str, str]]) -> dict:
    """One extractor candidate with its release's provenance and the region's names."""
    zh, en = region_names[candidate["region"]]
    return {
        **candidate,
        "region_name_zh": zh, "region_name_en": en,
        "source_id": source["source_id"], "source_title": source["title"],
        "source_publisher": source.get("publisher"),
        "source_date": str(source["published"]) if source.get("published") else None,
        "source_url": source.get("url"),
        "source_location": f"sources/{file_name}:{candidate.get('line')}",
    }


def table(candidates: list[dict]) -> pa.Table:
    """The companion table, sorted and de-duplicated so the same inputs give the same bytes."""
    unique = {(c["source_location"], c["candidate_id"], c["value"], c["region"], c["year"]): c for c in candidates}
    rows = sorted(unique.values(), key=row_order(CANDIDATE_SORT_KEYS))
    return pa.Table.from_pylist([{n: r.get(n) for n in _NAMES} for r in rows], schema=CANDIDATE_SCHEMA)


def ranked(candidates: list[dict]) -> list[dict]:
    """Candidate ids with the releases and years that state them, most widely stated first."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for c in candidates:
        groups[c["candidate_id"]].append(c)
    out = []
    for cid, rows in groups.items():
        out.append({
            "candidate_id": cid, "phrase": rows[0]["phrase"], "unit": rows[0]["unit"], "measure": rows[0]["measure"],
            "releases": len({r["source_id"] for r in rows}), "years": sorted({r["year"] for r in rows}),
            "regions": sorted({r["region"] for r in rows}), "mentions": len(rows),
            "example": min(r["source_location"] for r in rows),
        })
    out.sort(key=lambda g: (-g["releases"], -len(g["years"]), g["candidate_id"]))
    return out


def report_lines(ranking: list[dict], top: int = 40) -> list[str]:
    lines = ["## Candidate indicators (not in the catalogue yet)", "",
             f"{len(ranking)} candidate ids. Map one with a YAML edit: a new indicator in etl/meta/indicators/, "
             "or the id under an existing indicator's `synonyms`.", "",
             "| candidate | unit | measure | releases | years | regions | example |", "|---|---|---|---:|---|---|---|"]
    for g in ranking[:top]:
        years = f"{g['years'][0]}–{g['years'][-1]} ({len(g['years'])})" if len(g["years"]) > 1 else str(g["years"][0])
        lines.append(f"| {g['candidate_id']} | {g['unit']} | {g['measure']} | {g['releases']} | {years} | "
                     f"{', '.join(g['regions'])} | {g['example']} |")
    if len(ranking) > top:
        lines.append(f"| … {len(ranking) - top} more in build_report.json | | | | | | |")
    return lines + [""]
