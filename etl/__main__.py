"""`python -m etl`: rebuild data/indicators.parquet (and its build report) from all sources.

Exit codes: 0 built (or --check: identical), 1 --check found a difference, 2 a source is bad
(the message names the file and line; the old table is left untouched). With --keep-going a bad
source is skipped instead, and a warning naming it goes to stderr (even with --quiet) and into the
build report.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from etl.build import DEFAULT_OUTPUT, run
from etl.coverage import summary_line as coverage_line
from etl.errors import CatalogError, SourceError


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m etl", description=__doc__.splitlines()[0])
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="parquet to write (default data/indicators.parquet)")
    ap.add_argument("--sources", type=Path, help="folder of release texts (default $JJJ_SOURCES or ../shared/sources)")
    ap.add_argument("--reference", type=Path, help="folder of figures.csv and nbs_provincial.csv (default $JJJ_REFERENCE or ../shared/reference)")
    ap.add_argument("--keep-going", action="store_true", help="skip a bad source with a warning instead of stopping")
    ap.add_argument("--check", action="store_true", help="rebuild into a temp folder and fail if it differs from --output")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)

    def progress(*a, **kw):
        if not args.quiet:
            print(*a, **kw)

    started = time.perf_counter()
    try:
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                fresh = Path(tmp) / args.output.name
                run(fresh, args.sources, args.reference, keep_going=args.keep_going, progress=progress)
                same = args.output.exists() and fresh.read_bytes() == args.output.read_bytes()
            if not same:
                print(f"{args.output} differs from a rebuild of the sources: run `make data` and commit it", file=sys.stderr)
                return 1
            print(f"{args.output} is up to date ({time.perf_counter() - started:.2f} s)")
            return 0
        result = run(args.output, args.sources, args.reference, keep_going=args.keep_going, progress=progress)
    except (SourceError, CatalogError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        print(f"nothing written; {args.output} is unchanged", file=sys.stderr)
        return 2
    skipped = [w for w in result.warnings if w.startswith("skipped ")]
    if skipped:
        print(f"warning: {len(skipped)} source(s) skipped (details in {args.output.with_name('build_report.md').name}):", file=sys.stderr)
        for w in skipped:
            print(f"  {w}", file=sys.stderr)
    progress(f"wrote {args.output}: {len(result.rows)} observations in {time.perf_counter() - started:.2f} s "
             f"(report: {args.output.with_name('build_report.md')})")
    if result.coverage:
        print(coverage_line(result.coverage["summary"]))  # the one summary line, even with --quiet
    return 0


if __name__ == "__main__":
    sys.exit(main())
