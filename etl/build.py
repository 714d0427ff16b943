"""Rebuild data/indicators.parquet from the declared inputs, all or nothing.

Inputs: the releases in the sources folder (JJJ_SOURCES, default ../shared/sources), the curated
reference files (JJJ_REFERENCE, default ../shared/reference) and the YAML catalogue. The output
is a pure function of them: rows are sorted, dictionaries are built in that order, no timestamps
are written, so the same inputs give the same bytes and CI can compare the committed table with
a rebuild. The table and its reports are written to temp files and renamed into place only when
everything succeeded; a failing build leaves the old files as they were.

Every input is read by one reader (READERS); whatever goes wrong in it, the build sees a SourceError
naming the file (an unexpected exception keeps its type in the message), so `--keep-going` can skip
it with a warning and build the rest. Ctrl-C and SystemExit still stop the build. Releases are
checked first by etl/frontmatter.py (size limit, encoding, front matter).

The reports stay small whatever the texts: at most SKIPPED_PER_SOURCE unused numbers are listed per
source (quantities before dates and bare numbers), the rest are counted, and quotes are cut to
QUOTE_MAX characters.
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from etl import candidates, coverage, curated, derive, plausible, publish, reconcile, targets
from etl.catalog import Catalog, load_catalog
from etl.errors import SourceError
from etl.extract import extract_release
from etl.observation import observation
from etl.schema import COLUMN_NAMES, SCHEMA, SORT_KEYS

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "data" / "indicators.parquet"
RELEASE_SUFFIXES = (".txt", ".md")
SKIPPED_PER_SOURCE = 20   # unused numbers listed per source in build_report.md/.json; the rest are counted
QUOTE_MAX = 200           # characters of a quote kept for the reports (real quotes: under 200)
NOT_A_QUANTITY = "not a quantity"   # the extractor's reason for dates, years and bare numbers: listed last


def sources_dir() -> Path:
    return Path(os.environ.get("JJJ_SOURCES") or ROOT.parent / "shared" / "sources")


def reference_dir() -> Path:
    return Path(os.environ.get("JJJ_REFERENCE") or ROOT.parent / "shared" / "reference")


@dataclass
class BuildResult:
    rows: list[dict]
    groups: list[dict]
    skipped: list[dict]
    warnings: list[str] = field(default_factory=list)
    catalog: Catalog | None = None
    coverage: dict = field(default_factory=dict)   # etl/coverage.py: summary and grid of the headline families
    candidates: list[dict] = field(default_factory=list)   # uncatalogued figures, see etl/candidates.py
    release_ids: list[str] = field(default_factory=list)   # every release read, to name those that gave nothing
    targets: list[dict] = field(default_factory=list)   # plan targets, see etl/targets.py


@dataclass
class Reading:
    """What one reader makes of one input."""
    observations: list[dict]
    skipped: list[dict]
    candidates: list[dict] = field(default_factory=list)
    targets: list[dict] = field(default_factory=list)


def collect(sources: Path, reference: Path, keep_going: bool = False, progress=print,
            curated_file: Path | None = None) -> BuildResult:
    """Read every input and reconcile; raise SourceError on the first bad input unless keep_going.
    curated_file: the project's own curated figures (default etl/meta/curated_figures.csv)."""
    catalog = load_catalog()
    labels = curated.load_labels()
    if not sources.is_dir():
        raise SourceError(sources, None, "sources folder not found (set JJJ_SOURCES to the folder of release texts)")
    if not reference.is_dir():
        raise SourceError(reference, None, "reference folder not found (set JJJ_REFERENCE to the folder of figures.csv and nbs_provincial.csv)")

    observations, skipped, warnings, found_candidates, found_targets = [], [], [], [], []
    releases = sorted(p for p in sources.iterdir() if p.suffix in RELEASE_SUFFIXES and p.is_file())
    inputs = [("release", p) for p in releases] + [("figures", reference / "figures.csv"), ("statistics", reference / "nbs_provincial.csv"),
                                                   ("curated", Path(curated_file or curated.CURATED_FILE)),
                                                   ("targets", targets.CURATED_TARGETS)]
    for n, (kind, path) in enumerate(inputs, 1):
        try:
            reading = READERS[kind](path, catalog, labels)
        except Exception as exc:  # not BaseException: Ctrl-C and SystemExit stop the build
            err = source_error(path, exc)
            if not keep_going:
                raise err from (None if err is exc or isinstance(exc, OSError) else exc)
            warnings.append(f"skipped {path.name}: {_clip(str(err), 500)}")
            progress(f"[{n}/{len(inputs)}] {kind:<10} {path.name}: SKIPPED — {_clip(str(err), 500)}", file=sys.stderr)
            continue
        observations += reading.observations
        skipped += reading.skipped
        found_candidates += reading.candidates
        found_targets += reading.targets
        progress(f"[{n}/{len(inputs)}] {kind:<10} {path.name}: {len(reading.observations)} figures, "
                 f"{len(reading.candidates)} candidates, {len(reading.skipped)} numbers not used")

    region_names = {rid: r["name_zh"] for rid, r in catalog.regions.items()}
    derived = derive.derive_all(observations, region_names)
    progress(f"derived    {len(derived)} values (Jing-Jin-Ji totals, shares, multiples of 2013, GDP per capita), one vintage each")
    plausible_rows, implausible = plausible.parts_within_wholes(observations + derived, catalog.indicators, catalog.regions)
    skipped += implausible
    if implausible:
        progress(f"set aside  {len(implausible)} figure(s) larger than the whole they belong to (etl/plausible.py)")
    rows, groups = reconcile.reconcile(plausible_rows, labels["statistics"]["vintage_order"])
    rows = [_with_names(r, catalog) for r in rows]
    rows.sort(key=lambda r: tuple(_sortable(r[k], k) for k in SORT_KEYS))
    families = coverage.families_of(catalog)
    cov = {"summary": coverage.summary(rows, families), "grid": coverage.grid(rows, families)}
    return BuildResult(rows=rows, groups=groups, skipped=skipped, warnings=warnings, catalog=catalog, coverage=cov,
                       candidates=found_candidates, release_ids=[p.stem for p in releases], targets=found_targets)


def source_error(path: Path, exc: Exception) -> SourceError:
    """Any failure to read an input as a SourceError naming the file."""
    if isinstance(exc, SourceError):
        return exc
    if isinstance(exc, OSError):
        return SourceError(path, None, f"cannot read: {exc.strerror or _one_line(exc)}")
    return SourceError(path, None, f"cannot be read: {type(exc).__name__}: {_clip(_one_line(exc), 300)}")


def _release_observations(path: Path, catalog, _labels: dict) -> Reading:
    result = extract_release(path, catalog)  # reads the file through etl/frontmatter.py (size, encoding, front matter)
    src = result.source
    out = [observation(
        indicator=row["indicator"], region=row["region"], year=int(row["year"]),
        period_start=row.get("period_start"), base_year=row.get("base_year"),
        value=float(row["value"]), qualifier=row["qualifier"], raw=row.get("raw"), quote=row.get("quote"),
        precision=reconcile.written_precision(row.get("raw"), float(row["value"])),
        source_id=src["source_id"], source_kind="release", source_title=src["title"],
        source_publisher=src.get("publisher"), source_date=str(src["published"]) if src.get("published") else None,
        source_url=src.get("url"), source_location=f"sources/{path.name}:{row['line']}",
        method="extracted from release text",
    ) for row in result.rows]
    skipped = [{"source": path.name, "location": f"sources/{path.name}:{s.get('line')}", "raw": _clip(s.get("raw"), 60),
                "quote": _clip(s.get("quote"), QUOTE_MAX), "reason": s.get("reason")} for s in result.skipped]
    names = {rid: (r["name_zh"], r["name_en"]) for rid, r in catalog.regions.items()}
    found = [candidates.with_source(c, src, path.name, names) for c in getattr(result, "candidates", [])]
    planned = [targets.from_release(t, src, catalog) for t in getattr(result, "targets", [])]
    return Reading(out, skipped, found, planned)


def _table_reader(reader):
    """A reader of a CSV series: it has no free text, so it finds no candidates."""
    def read(path: Path, catalog, labels: dict) -> Reading:
        return Reading(*reader(path, catalog, labels))
    return read


# Every input kind has one reader with one signature: (path, catalogue, label map) -> (observations, skipped).
READERS = {
    "release": _release_observations,
    "figures": _table_reader(curated.read_figures),
    "statistics": _table_reader(curated.read_statistics),
    "curated": _table_reader(curated.read_curated_figures),
    "targets": lambda path, catalog, _labels: Reading([], [], targets=targets.read_curated(path, catalog)),
}


def _with_names(row: dict, catalog) -> dict:
    ind = catalog.indicators[row["indicator"]]
    theme = catalog.themes[ind["theme"]]
    region = catalog.regions[row["region"]]
    url = row.get("source_url")
    if url and "://" not in url:
        url = "https://" + url
    return {
        **row,
        "indicator_name_zh": ind["name_zh"], "indicator_name_en": ind["name_en"],
        "theme": ind["theme"], "theme_name_zh": theme["name_zh"], "theme_name_en": theme["name_en"],
        "region_name_zh": region["name_zh"], "region_name_en": region["name_en"],
        "unit": ind["unit"], "unit_en": ind["unit_en"], "measure": ind["measure"],
        "source_url": url,
    }


def _sortable(value, key):
    if key == "preferred":
        return not value  # preferred row first
    return (value is None, value if value is not None else 0)


def to_table(rows: list[dict], catalog_json: str, sources_json: str) -> pa.Table:
    """Rows cast to the declared schema; pyarrow dictionary-encodes the id columns itself."""
    meta = dict(SCHEMA.metadata)
    meta[b"catalog"] = catalog_json.encode("utf-8")
    meta[b"sources"] = sources_json.encode("utf-8")
    return pa.Table.from_pylist([{name: r.get(name) for name in COLUMN_NAMES} for r in rows],
                                schema=SCHEMA.with_metadata(meta))


def catalog_json(cat: Catalog) -> str:
    """The catalogue the app needs (names, units, colours, definitions), without the text-matching rules."""
    drop = {"match", "synonyms"}  # aliases stay: the app matches regions by alias in paths
    payload = {
        "themes": [dict(t) for t in cat.themes.values()],
        "regions": [{k: v for k, v in r.items() if k not in drop} for r in cat.regions.values()],
        "indicators": [{k: v for k, v in i.items() if k not in drop} for i in cat.indicators.values()],
    }
    return json.dumps(payload, ensure_ascii=False, sort_keys=True)


def sources_summary(result: BuildResult) -> list[dict]:
    counts, corroborations, conflicts = Counter(), Counter(), Counter()
    info: dict[str, dict] = {}
    for r in result.rows:
        sid = r["source_id"]
        counts[sid] += 1
        conflicts[sid] += bool(r["conflict"])
        for other in r["corroborated_by"]:
            corroborations[other] += 1
        info.setdefault(sid, {"source_id": sid, "kind": r["source_kind"], "title": r["source_title"],
                              "publisher": r["source_publisher"], "date": r["source_date"], "url": r["source_url"]})
    for r in result.rows:  # a source whose every figure was merged into another row still appears
        for other in r["corroborated_by"]:
            info.setdefault(other, {"source_id": other, "kind": None, "title": other, "publisher": None, "date": None, "url": None})
    return [{**info[s], "rows": counts[s], "corroborates": corroborations[s], "conflicting_rows": conflicts[s]}
            for s in sorted(info)]


def silent_releases(result: BuildResult, sources: list[dict]) -> dict[str, Counter]:
    """Releases that gave neither a figure nor a candidate, with why their numbers were not used."""
    giving = {s["source_id"] for s in sources if s["rows"] or s["corroborates"]} | {c["source_id"] for c in result.candidates}
    reasons: dict[str, Counter] = defaultdict(Counter)
    for s in result.skipped:
        reasons[Path(s["source"]).stem][s["reason"]] += 1
    return {sid: reasons[sid] for sid in sorted(result.release_ids) if sid not in giving}


def silent_releases_lines(result: BuildResult, sources: list[dict]) -> list[str]:
    silent = silent_releases(result, sources)
    lines = [f"## Releases that give no figure ({len(silent)})", ""]
    for sid, why in silent.items():
        told = "; ".join(f"{reason} ({n})" for reason, n in why.most_common()) or "no number in the text"
        lines.append(f"- {sid}: {told}")
    return lines + [""]


def report_markdown(result: BuildResult, sources: list[dict]) -> str:
    lines = ["# Build report: data/indicators.parquet", ""]
    lines += [f"- observations: {len(result.rows)} ({sum(r['preferred'] for r in result.rows)} preferred)",
              f"- sources: {len(sources)}",
              f"- groups with several sources: {len(result.groups)} "
              f"({sum(g['status'] == 'conflict' for g in result.groups)} conflicts, "
              f"{sum(g['status'] == 'revision' for g in result.groups)} revisions, "
              f"{sum(g['status'] == 'agree' for g in result.groups)} agree)",
              f"- numbers in the texts not turned into figures: {len(result.skipped)}", ""]
    if result.coverage:
        lines += [f"- {coverage.summary_line(result.coverage['summary'])}", ""]
    lines.insert(-1, f"- candidates (figures whose indicator is not in the catalogue yet): {len(result.candidates)}")
    lines.insert(-1, f"- plan targets (drawn as reference marks, never as values): {len(result.targets)}")
    if result.warnings:
        lines += ["## Warnings", ""] + [f"- {w}" for w in result.warnings] + [""]
    lines += silent_releases_lines(result, sources)
    lines += candidates.report_lines(candidates.ranked(result.candidates))
    lines += ["## Rows per source", "", "| source | kind | title | rows | also confirms |", "|---|---|---|---:|---:|"]
    lines += [f"| {s['source_id']} | {s['kind']} | {s['title']} | {s['rows']} | {s['corroborates']} |" for s in sources]
    per_indicator = Counter(r["indicator"] for r in result.rows)
    lines += ["", "## Rows per indicator", "", "| indicator | rows |", "|---|---:|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(per_indicator.items())]
    if result.coverage:
        lines += ["", "## Coverage of the headline families", "",
                  f"Preferred values per year, {coverage.WINDOW[0]}–{coverage.WINDOW[-1]}: ● stated, ○ derived, blank a gap "
                  f"(a family counts for a province with ≥{coverage.FAMILY_MIN_YEARS} years).", ""]
        lines += coverage.grid_markdown(result.coverage["grid"])
    for status, heading in (("conflict", "Conflicts (values that cannot both be true, same vintage)"),
                            ("revision", "Revisions (different vintages of a series)")):
        lines += ["", f"## {heading}", ""]
        for g in (g for g in result.groups if g["status"] == status):
            k = g["key"]
            head = f"- {k['indicator']} / {k['region']} / {k['year']}"
            head += f" (since {k['period_start']})" if k["period_start"] else ""
            vals = "; ".join(f"{v['value']:g} {v['qualifier']} [{v['vintage'] or '-'}] {v['location']}" for v in g["values"])
            lines.append(f"{head}: preferred {g['preferred']['value']:g} from {g['preferred']['source_id']} — {vals}")
    listed, not_listed = bounded_skipped(result.skipped)
    totals = Counter(s["reason"] for s in result.skipped)
    by_reason = defaultdict(list)
    for s in listed:
        by_reason[s["reason"]].append(s)
    lines += ["", "## Numbers not turned into figures", ""]
    if not_listed:
        lines += [f"At most {SKIPPED_PER_SOURCE} per source are listed, quantities before dates and bare numbers "
                  f"('{NOT_A_QUANTITY}'); {sum(n['count'] for n in not_listed.values())} more are counted at the end.", ""]
    for reason in sorted(totals):
        shown = by_reason.get(reason, [])
        count = f"{len(shown)} of {totals[reason]}" if len(shown) < totals[reason] else str(totals[reason])
        lines += [f"### {reason} ({count})", ""]
        lines += [f"- `{s['raw']}` at {s['location']}: {s['quote']}" for s in shown]
        lines.append("")
    if not_listed:
        lines += ["### Not listed", "", "| source | numbers | by reason |", "|---|---:|---|"]
        lines += [f"| {src} | {n['count']} | {', '.join(f'{r}: {k}' for r, k in n['by_reason'].items())} |"
                  for src, n in not_listed.items()]
        lines.append("")
    return "\n".join(lines) + "\n"


def bounded_skipped(skipped: list[dict], per_source: int = SKIPPED_PER_SOURCE) -> tuple[list[dict], dict[str, dict]]:
    """The unused numbers the reports list, at most `per_source` a source (quantities first, then dates and
    bare numbers, each in file order), and per source the count of the others by reason. Deterministic."""
    by_source: dict[str, list[dict]] = defaultdict(list)
    for s in skipped:
        by_source[s.get("source")].append(s)
    listed: list[dict] = []
    not_listed: dict[str, dict] = {}
    for source in sorted(by_source, key=lambda x: (x is None, x or "")):
        ranked = sorted(by_source[source], key=lambda s: s.get("reason") == NOT_A_QUANTITY)  # stable: file order kept
        kept = {id(s) for s in ranked[:per_source]}
        listed += [{**s, "quote": _clip(s.get("quote"), QUOTE_MAX)} for s in by_source[source] if id(s) in kept]
        rest = Counter(s.get("reason") for s in ranked[per_source:])
        if rest:
            not_listed[source] = {"count": sum(rest.values()), "by_reason": dict(sorted(rest.items(), key=lambda kv: (-kv[1], str(kv[0]))))}
    return listed, not_listed


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


def _clip(text, limit: int):
    if not isinstance(text, str) or len(text) <= limit:
        return text
    return text[:limit - 1] + "…"


def write_outputs(result: BuildResult, output: Path) -> None:
    sources = sources_summary(result)
    table = to_table(result.rows, catalog_json(result.catalog or load_catalog()), json.dumps(sources, ensure_ascii=False, sort_keys=True))
    listed, not_listed = bounded_skipped(result.skipped)
    report = {"groups": result.groups, "skipped": listed, "skipped_not_listed": not_listed, "skipped_total": len(result.skipped),
              "skipped_per_source": SKIPPED_PER_SOURCE, "sources": sources, "warnings": result.warnings,
              "coverage": result.coverage, "candidates": candidates.ranked(result.candidates),
              "releases_without_figures": {sid: dict(why) for sid, why in silent_releases(result, sources).items()}}

    def render(version: str) -> dict[str, str]:
        return {
            "build_report.json": json.dumps({**report, "table_version": version}, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
            "build_report.md": report_markdown(result, sources).replace("\n", f"\n\n- table version: `{version}`", 1),
        }

    with publish.build_lock(output) as removed:
        result.warnings.extend(f"removed {name}, left by a build that was killed" for name in removed)
        publish.publish(output, table, render, {"candidates.parquet": candidates.table(result.candidates),
                                                "targets.parquet": targets.table(result.targets)})


def run(output: Path = DEFAULT_OUTPUT, sources: Path | None = None, reference: Path | None = None,
        keep_going: bool = False, progress=print, curated_file: Path | None = None) -> BuildResult:
    result = collect(sources or sources_dir(), reference or reference_dir(), keep_going=keep_going, progress=progress,
                     curated_file=curated_file)
    write_outputs(result, Path(output))
    return result
