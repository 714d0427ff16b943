"""`python -m etl.extract PATH...`: what the extractor reads from releases, as CSV, for checking a new
release by eye before it goes into the build. Rows go to stdout; skipped numbers go to stderr as
`file:line: reason: raw | quote` lines (or as CSV on stdout with --skipped). A malformed release
stops with its file and line named and exit code 2.

Candidates (figures with a unit, a region and a year that no indicator takes yet) are printed beside the
rows, marked `kind=candidate`, their `indicator` column holding the candidate id (phrase|unit[|measure]);
catalogued rows say `kind=row`. --no-candidates leaves them out. --targets adds the plan targets the
extractor attributes cleanly (`kind=target`: year is the target year; the comparator le/ge/eq goes in the
qualifier column); they are never printed by default, and their numbers stay in the skipped list as 'target'.
"""
from __future__ import annotations

import argparse
import csv
import sys

from etl.catalog import load_catalog
from etl.errors import CatalogError, SourceError
from etl.extract import extract_release

ROW_COLUMNS = ["source_id", "line", "kind", "indicator", "indicator_name_zh", "region", "region_name_zh", "year",
               "period_start", "base_year", "value", "unit", "qualifier", "raw", "quote"]
SKIP_COLUMNS = ["source_id", "line", "reason", "raw", "quote"]


def _number(value: float) -> str:
    """The value as stored, without float noise and without rounding (15695.05 stays 15695.05; :g would print 15695)."""
    return format(value, ".15g")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl.extract", description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", metavar="PATH", help="release text files (front matter + body)")
    parser.add_argument("--skipped", action="store_true", help="print the skipped numbers as CSV instead of the rows")
    parser.add_argument("--catalog", default=None, help="catalogue folder (default: etl/meta)")
    parser.add_argument("--no-candidates", action="store_true", help="print catalogued rows only")
    parser.add_argument("--targets", action="store_true", help="also print plan targets (kind=target)")
    args = parser.parse_args(argv)
    try:
        catalog = load_catalog(args.catalog)
    except CatalogError as exc:
        print(f"catalogue error: {exc}", file=sys.stderr)
        return 2
    sys.stdout.reconfigure(encoding="utf-8")
    sys.stderr.reconfigure(encoding="utf-8")
    writer = csv.DictWriter(sys.stdout, fieldnames=SKIP_COLUMNS if args.skipped else ROW_COLUMNS, lineterminator="\n")
    writer.writeheader()
    status = 0
    for path in args.paths:
        try:
            result = extract_release(path, catalog)
        except SourceError as exc:
            print(f"error: {exc}", file=sys.stderr)
            status = 2
            continue
        sid = result.source["source_id"]
        if args.skipped:
            for skip in result.skipped:
                writer.writerow({"source_id": sid, **skip})
            continue
        for row in result.rows:
            ind = catalog.indicators[row["indicator"]]
            writer.writerow({
                **{k: row[k] for k in ROW_COLUMNS if k in row},
                "source_id": sid, "kind": "row",
                "indicator_name_zh": ind["name_zh"],
                "region_name_zh": catalog.regions[row["region"]]["name_zh"],
                "unit": ind["unit"],
                "value": _number(row["value"]),
            })
        if not args.no_candidates:
            for cand in result.candidates:
                writer.writerow({
                    **{k: cand[k] for k in ROW_COLUMNS if k in cand},
                    "source_id": sid, "kind": "candidate",
                    "indicator": cand["candidate_id"],
                    "indicator_name_zh": cand["phrase"],
                    "region_name_zh": catalog.regions[cand["region"]]["name_zh"],
                    "value": _number(cand["value"]),
                })
        if args.targets:
            for target in result.targets:
                ind = catalog.indicators[target["indicator"]]
                writer.writerow({
                    "source_id": sid, "line": target["line"], "kind": "target", "indicator": target["indicator"],
                    "indicator_name_zh": ind["name_zh"], "region": target["region"],
                    "region_name_zh": catalog.regions[target["region"]]["name_zh"], "year": target["year"],
                    "value": _number(target["value"]), "unit": ind["unit"], "qualifier": target["comparator"],
                    "raw": target["raw"], "quote": target["quote"],
                })
        for skip in result.skipped:
            print(f"{path}:{skip['line']}: {skip['reason']}: {skip['raw']} | {skip['quote']}", file=sys.stderr)
        print(f"{path}: {len(result.rows)} rows, {len(result.candidates)} candidates, {len(result.skipped)} numbers skipped",
              file=sys.stderr)
    return status


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `... | head`: the reader has seen enough
        sys.stderr.close()
        sys.exit(0)
