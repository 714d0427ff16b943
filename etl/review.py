"""`python -m etl.review FILE...`: what adding these releases would change, without writing anything.

    python -m etl.review ../shared/sources/2026-03_new.txt          # dropped in: reviewed against the folder without it
    python -m etl.review ~/inbox/2026-03_new-release.txt            # from elsewhere, against ../shared/sources
    python -m etl.review a.txt b.txt --sources DIR --reference DIR  # other folders
    python -m etl.review a.txt --json                               # the same, machine-readable

The build runs twice on temporary folders of symlinks: once on the sources folder without the new
files, once with them (a file already in the sources folder is left out of the first build; a file
from elsewhere with the name of a release there replaces it). The two results are compared and the
review lists

- new rows (figures the table would gain), rows that would go, and old rows that an equal new row
  takes over (the old source then corroborates it);
- existing figures that the new release corroborates (same value);
- changed preferred values: the value a chart would draw for a series point, old -> new, with both sources;
- new conflicts: series points where values that cannot both be true would meet;
- candidates: figures with a unit, region and year whose indicator the catalogue does not know yet;
- the numbers of the new releases that were not used, with their quotes and the reasons.

Nothing is written to the sources folder, the table or the build report. Workflow: docs/review.md.
Exit codes: 0 reviewed; 1 a new file could not be read (the message says why); 2 bad arguments.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from etl import build

KEY = ("indicator", "region", "year", "period_start", "base_year")
SUFFIXES = tuple(getattr(build, "RELEASE_SUFFIXES", (".txt", ".md")))


def _quiet(*_args, **_kwargs):
    pass


@dataclass
class Review:
    files: list[str]                       # names of the reviewed files, as they would be in the sources folder
    replaced: list[str]                    # ... of which these replace a release already there
    rows_before: int
    rows_after: int
    new_rows: list[dict] = field(default_factory=list)
    gone_rows: list[dict] = field(default_factory=list)
    merged_rows: list[dict] = field(default_factory=list)        # old rows now corroborating an equal new row
    corroborated: list[dict] = field(default_factory=list)
    changed_preferred: list[dict] = field(default_factory=list)   # {key, old, new}
    new_conflicts: list[dict] = field(default_factory=list)       # build report groups
    candidates: list[dict] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def _key(row: dict) -> tuple:
    return tuple(row.get(k) for k in KEY)


def _identity(row: dict) -> tuple:
    return (*_key(row), row.get("source_id"), row.get("value"), row.get("source_location"))


def _link_folder(folder: Path, sources: Path, extra: list[Path], leave_out: set[str] = frozenset()) -> None:
    folder.mkdir(parents=True)
    names = {p.name for p in extra} | set(leave_out)
    for p in sorted(sources.iterdir()):
        if p.is_file() and p.suffix in SUFFIXES and p.name not in names:
            (folder / p.name).symlink_to(p.resolve())
    for p in extra:
        (folder / p.name).symlink_to(p.resolve())


def _candidates(result, new_files: list[Path], new_ids: set[str]) -> list[dict]:
    """Candidates of the new files: from the build when it keeps them, else from the extractor itself."""
    kept = getattr(result, "candidates", None)
    if kept is not None:
        return [c for c in kept if c.get("source_id") in new_ids]
    out = []
    try:
        from etl.catalog import load_catalog
        from etl.extract import extract_release
        catalog = load_catalog()
    except Exception:  # noqa: BLE001 - no candidates is a smaller loss than no review
        return out
    for path in new_files:
        try:
            res = extract_release(path, catalog)
        except Exception:  # noqa: BLE001 - the build already reported an unreadable file
            continue
        for c in getattr(res, "candidates", None) or []:
            c = dict(c)
            c.setdefault("source_location", f"sources/{path.name}:{c.get('line')}")
            out.append(c)
    return out


def review(files: list[Path], sources: Path | None = None, reference: Path | None = None, progress=_quiet) -> Review:
    """Build with and without `files` in a temporary copy of the sources folder and compare."""
    sources = Path(sources) if sources else build.sources_dir()
    reference = Path(reference) if reference else build.reference_dir()
    files = [Path(f) for f in files]
    existing = {p.name for p in sources.iterdir() if p.is_file()} if sources.is_dir() else set()
    # A file already dropped into the sources folder is reviewed against the folder without it;
    # a file from elsewhere with the name of a release there is reviewed as replacing that release.
    dropped_in = [f for f in files if f.name in existing and (sources / f.name).resolve() == f.resolve()]
    with tempfile.TemporaryDirectory(prefix="jjj-review-") as tmp:
        before_dir, after_dir = Path(tmp) / "before", Path(tmp) / "after"
        _link_folder(before_dir, sources, [], leave_out={f.name for f in dropped_in})
        _link_folder(after_dir, sources, files)
        progress(f"building without the new files ({sum(1 for _ in before_dir.iterdir())} releases)")
        before = build.collect(before_dir, reference, keep_going=True, progress=_quiet)
        progress(f"building with them ({sum(1 for _ in after_dir.iterdir())} releases)")
        after = build.collect(after_dir, reference, keep_going=True, progress=_quiet)
        new_files = [after_dir / f.name for f in files]
        new_ids = {f.stem for f in files}
        candidates = _candidates(after, new_files, new_ids)
    return compare(before, after, files, existing - {f.name for f in dropped_in}, candidates)


def compare(before, after, files: list[Path], existing: set[str], candidates: list[dict]) -> Review:
    names = [f.name for f in files]
    new_ids = {f.stem for f in files}
    rev = Review(files=names, replaced=[n for n in names if n in existing],
                 rows_before=len(before.rows), rows_after=len(after.rows), candidates=candidates)

    old_ids = {_identity(r) for r in before.rows}
    new_idents = {_identity(r) for r in after.rows}
    rev.new_rows = [r for r in after.rows if _identity(r) not in old_ids]
    gone = [r for r in before.rows if _identity(r) not in new_idents]
    backed = {(_key(r), r.get("value"), s) for r in after.rows for s in r.get("corroborated_by") or []}
    rev.merged_rows = [r for r in gone if (_key(r), r.get("value"), r.get("source_id")) in backed]
    rev.gone_rows = [r for r in gone if r not in rev.merged_rows]
    rev.corroborated = [r for r in after.rows if _identity(r) in old_ids and r.get("source_id") not in new_ids
                        and any(s in new_ids for s in r.get("corroborated_by") or [])]

    pref_before = {_key(r): r for r in before.rows if r.get("preferred")}
    for r in after.rows:
        if not r.get("preferred"):
            continue
        old = pref_before.get(_key(r))
        if old is not None and (old.get("value") != r.get("value") or old.get("qualifier") != r.get("qualifier")):
            rev.changed_preferred.append({"key": dict(zip(KEY, _key(r))), "old": old, "new": r})

    old_conflicts = {_group_key(g) for g in before.groups if g.get("status") == "conflict"}
    rev.new_conflicts = [g for g in after.groups if g.get("status") == "conflict" and _group_key(g) not in old_conflicts]

    rev.skipped = [s for s in after.skipped if s.get("source") in names]
    rev.warnings = [w for w in after.warnings if any(n in w for n in names)]
    rev.unreadable = [n for n in names if any(w.startswith(f"skipped {n}") for w in after.warnings)]
    return rev


def _group_key(g: dict) -> tuple:
    k = g.get("key") or {}
    return tuple(k.get(x) for x in KEY)


# ---------------------------------------------------------------- printing

def _point(row_or_key: dict) -> str:
    k = row_or_key
    s = f"{k.get('indicator')} / {k.get('region')} / {k.get('year')}"
    if k.get("period_start"):
        s += f" (since {k['period_start']})"
    if k.get("base_year"):
        s += f" (vs {k['base_year']})"
    return s


def _value(row: dict) -> str:
    v = row.get("value")
    v = f"{v:g}" if isinstance(v, float) else str(v)
    q = row.get("qualifier") or "exact"
    return f"{v} {row.get('unit') or ''}".rstrip() + ("" if q == "exact" else f" [{q}]")


def _where(row: dict) -> str:
    return f"{row.get('source_id')} ({row.get('source_location') or '-'})"


def _quote(text, width: int = 70) -> str:
    text = " ".join(str(text or "").split())
    if not text:
        return ""
    return f"  «{text if len(text) <= width else text[:width - 1] + '…'}»"


NOT_A_QUANTITY = "not a quantity"


def render(rev: Review, sources: Path | None = None, show_all: bool = False) -> str:
    out = [f"Review of {len(rev.files)} release(s) against {sources or 'the sources folder'} — nothing was written."]
    for n in rev.files:
        out.append(f"  {'~ replaces the release of the same name' if n in rev.replaced else '+ new'}: {n}")
    out.append(f"Rows in the table: {rev.rows_before} -> {rev.rows_after} "
               f"({len(rev.new_rows)} new, {len(rev.gone_rows)} gone)")
    if rev.unreadable:
        out += ["", "NOT READABLE (the build would skip these files):"] + [f"  ! {w}" for w in rev.warnings]

    out += ["", f"New rows ({len(rev.new_rows)}):"]
    for r in rev.new_rows:
        flags = " preferred" if r.get("preferred") else ""
        flags += " CONFLICT" if r.get("conflict") else ""
        out.append(f"  + {_point(r)}: {_value(r)}{flags}  <- {_where(r)}{_quote(r.get('quote'))}")
    if rev.gone_rows:
        out += ["", f"Rows that would go ({len(rev.gone_rows)}):"]
        out += [f"  - {_point(r)}: {_value(r)}  <- {_where(r)}" for r in rev.gone_rows]
    if rev.merged_rows:
        out += ["", f"Existing figures a new row now states too; the new row is kept, the old source corroborates it ({len(rev.merged_rows)}):"]
        out += [f"  = {_point(r)}: {_value(r)}  (was {_where(r)})" for r in rev.merged_rows]
    if rev.corroborated:
        out += ["", f"Existing figures the new release(s) also state ({len(rev.corroborated)}):"]
        out += [f"  = {_point(r)}: {_value(r)}  (kept from {_where(r)})" for r in rev.corroborated]

    out += ["", f"Changed preferred values ({len(rev.changed_preferred)}):"]
    for c in rev.changed_preferred:
        out.append(f"  ~ {_point(c['key'])}: {_value(c['old'])} ({_where(c['old'])}) -> {_value(c['new'])} ({_where(c['new'])})")

    out += ["", f"New conflicts ({len(rev.new_conflicts)}):"]
    for g in rev.new_conflicts:
        vals = "; ".join(f"{v['value']:g} {v.get('qualifier') or ''} [{v.get('location') or v.get('source_id')}]" for v in g["values"])
        out.append(f"  ! {_point(g['key'])}: preferred {g['preferred']['value']:g} from {g['preferred']['source_id']} — {vals}")

    out += ["", f"Candidates: figures whose indicator the catalogue does not know ({len(rev.candidates)}):"]
    for c in rev.candidates:
        period = f" (since {c['period_start']})" if c.get("period_start") else ""
        out.append(f"  ? {c.get('candidate_id')} / {c.get('region')} / {c.get('year')}{period}: {_value(c)}"
                   f"  <- {c.get('source_location') or c.get('line')}{_quote(c.get('quote'))}")

    shown = [s for s in rev.skipped if show_all or s.get("reason") != NOT_A_QUANTITY]
    hidden = len(rev.skipped) - len(shown)
    out += ["", f"Numbers not used ({len(rev.skipped)}" + (f"; {hidden} dates, years and bare numbers ('{NOT_A_QUANTITY}') not shown, --all shows them" if hidden else "") + "):"]
    for s in shown:
        out.append(f"  - `{s.get('raw')}` at {s.get('location')}: {s.get('reason')}{_quote(s.get('quote'))}")
    out += ["", "To take the release(s) in: copy them into the sources folder and run `make data` (see docs/review.md)."]
    return "\n".join(out)


def _jsonable(rev: Review) -> dict:
    def clean(x):
        if isinstance(x, dict):
            return {k: clean(v) for k, v in x.items()}
        if isinstance(x, (list, tuple)):
            return [clean(v) for v in x]
        if isinstance(x, (str, int, float, bool)) or x is None:
            return x
        return str(x)
    return clean(rev.as_dict())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m etl.review", description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path, help="release files to review (front matter + text)")
    ap.add_argument("--sources", type=Path, help="sources folder (default $JJJ_SOURCES or ../shared/sources)")
    ap.add_argument("--reference", type=Path, help="reference folder (default $JJJ_REFERENCE or ../shared/reference)")
    ap.add_argument("--json", action="store_true", help="print the review as JSON")
    ap.add_argument("--all", action="store_true", help="list every number not used, dates and years too")
    ap.add_argument("--verbose", action="store_true", help="say what is being built")
    args = ap.parse_args(argv)

    sources = args.sources or build.sources_dir()
    bad = [f for f in args.files if not f.is_file() or f.suffix not in SUFFIXES]
    if bad:
        for f in bad:
            print(f"etl.review: {f}: not a release file ({'/'.join(SUFFIXES)})", file=sys.stderr)
        return 2
    if len({f.name for f in args.files}) != len(args.files):
        print("etl.review: two files with the same name; the sources folder keeps one file per name", file=sys.stderr)
        return 2
    if not Path(sources).is_dir():
        print(f"etl.review: sources folder not found: {sources}", file=sys.stderr)
        return 2
    progress = (lambda *a, **k: print(*a, file=sys.stderr)) if args.verbose else _quiet
    rev = review(args.files, sources, args.reference, progress=progress)
    if args.json:
        print(json.dumps(_jsonable(rev), ensure_ascii=False, indent=1, default=str))
    else:
        print(render(rev, sources, show_all=args.all))
    return 1 if rev.unreadable else 0


if __name__ == "__main__":
    sys.exit(main())
