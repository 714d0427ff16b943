"""Rebuild data/indicators.parquet from the declared inputs, all or nothing.

Inputs: the releases in the sources folder (JJJ_SOURCES, default ../shared/sources), the curated
reference files (JJJ_REFERENCE, default ../shared/reference) and the YAML catalogue. The output
is a pure function of them: rows are sorted, dictionaries are built in that order, no timestamps
are written, so the same inputs give the same bytes and CI can compare the committed table with
a rebuild. The table and its reports are written to temp files and renamed into place only when
everything succeeded; a failing build leaves the old files as they were.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from etl import curated, derive, reconcile
from etl.catalog import load_catalog
from etl.errors import SourceError
from etl.extract import extract_release
from etl.observation import observation
from etl.schema import COLUMNS, SCHEMA, SORT_KEYS

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "data" / "indicators.parquet"
RELEASE_SUFFIXES = (".txt", ".md")


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


def collect(sources: Path, reference: Path, keep_going: bool = False, progress=print) -> BuildResult:
    """Read every input and reconcile; raise SourceError on the first bad input unless keep_going."""
    catalog = load_catalog()
    labels = curated.load_labels()
    if not sources.is_dir():
        raise SourceError(sources, None, "sources folder not found (set JJJ_SOURCES to the folder of release texts)")
    if not reference.is_dir():
        raise SourceError(reference, None, "reference folder not found (set JJJ_REFERENCE to the folder of figures.csv and nbs_provincial.csv)")

    observations, skipped, warnings = [], [], []
    releases = sorted(p for p in sources.iterdir() if p.suffix in RELEASE_SUFFIXES and p.is_file())
    inputs = [("release", p) for p in releases] + [("figures", reference / "figures.csv"), ("statistics", reference / "nbs_provincial.csv")]
    for n, (kind, path) in enumerate(inputs, 1):
        try:
            if kind == "release":
                found, dropped = _release_observations(path, catalog)
            elif kind == "figures":
                found, dropped = curated.read_figures(path, catalog, labels)
            else:
                found, dropped = curated.read_statistics(path, catalog, labels), []
        except (SourceError, OSError) as exc:
            err = exc if isinstance(exc, SourceError) else SourceError(path, None, str(exc))
            if not keep_going:
                raise err
            warnings.append(f"skipped {path.name}: {err}")
            progress(f"[{n}/{len(inputs)}] {kind:<10} {path.name}: SKIPPED — {err}", file=sys.stderr)
            continue
        observations += found
        skipped += dropped
        progress(f"[{n}/{len(inputs)}] {kind:<10} {path.name}: {len(found)} figures, {len(dropped)} numbers not used")

    region_names = {rid: r["name_zh"] for rid, r in catalog.regions.items()}
    derived = derive.province_totals(observations, region_names)
    progress(f"derived    {len(derived)} Jing-Jin-Ji totals from one vintage each")
    rows, groups = reconcile.reconcile(observations + derived, labels["statistics"]["vintage_order"])
    rows = [_with_names(r, catalog) for r in rows]
    rows.sort(key=lambda r: tuple(_sortable(r[k], k) for k in SORT_KEYS))
    return BuildResult(rows=rows, groups=groups, skipped=skipped, warnings=warnings)


def _release_observations(path: Path, catalog) -> tuple[list[dict], list[dict]]:
    result = extract_release(path, catalog)
    src = result.source
    out = [observation(
        indicator=row["indicator"], region=row["region"], year=int(row["year"]),
        period_start=row.get("period_start"), base_year=row.get("base_year"),
        value=float(row["value"]), qualifier=row["qualifier"], raw=row.get("raw"), quote=row.get("quote"),
        source_id=src["source_id"], source_kind="release", source_title=src["title"],
        source_publisher=src.get("publisher"), source_date=str(src["published"]) if src.get("published") else None,
        source_url=src.get("url"), source_location=f"sources/{path.name}:{row['line']}",
        method="extracted from release text",
    ) for row in result.rows]
    skipped = [{"source": path.name, "location": f"sources/{path.name}:{s.get('line')}", "raw": s.get("raw"),
                "quote": s.get("quote"), "reason": s.get("reason")} for s in result.skipped]
    return out, skipped


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
    arrays = []
    for name, typ, _nullable, _desc in COLUMNS:
        values = [r.get(name) for r in rows]
        if pa.types.is_dictionary(typ):
            arrays.append(pa.array(values, type=pa.string()).dictionary_encode())
        else:
            arrays.append(pa.array(values, type=typ))
    meta = dict(SCHEMA.metadata)
    meta[b"catalog"] = catalog_json.encode("utf-8")
    meta[b"sources"] = sources_json.encode("utf-8")
    return pa.Table.from_arrays(arrays, schema=SCHEMA.with_metadata(meta))


def catalog_json() -> str:
    """The catalogue the app needs (names, units, colours, definitions), without the text-matching rules."""
    cat = load_catalog()
    drop = {"match", "aliases"}
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


def report_markdown(result: BuildResult, sources: list[dict]) -> str:
    lines = ["# Build report: data/indicators.parquet", ""]
    lines += [f"- observations: {len(result.rows)} ({sum(r['preferred'] for r in result.rows)} preferred)",
              f"- sources: {len(sources)}",
              f"- groups with several sources: {len(result.groups)} "
              f"({sum(g['status'] == 'conflict' for g in result.groups)} conflicts, "
              f"{sum(g['status'] == 'revision' for g in result.groups)} revisions, "
              f"{sum(g['status'] == 'agree' for g in result.groups)} agree)",
              f"- numbers in the texts not turned into figures: {len(result.skipped)}", ""]
    if result.warnings:
        lines += ["## Warnings", ""] + [f"- {w}" for w in result.warnings] + [""]
    lines += ["## Rows per source", "", "| source | kind | title | rows | also confirms |", "|---|---|---|---:|---:|"]
    lines += [f"| {s['source_id']} | {s['kind']} | {s['title']} | {s['rows']} | {s['corroborates']} |" for s in sources]
    per_indicator = Counter(r["indicator"] for r in result.rows)
    lines += ["", "## Rows per indicator", "", "| indicator | rows |", "|---|---:|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(per_indicator.items())]
    for status, heading in (("conflict", "Conflicts (values that cannot both be true, same vintage)"),
                            ("revision", "Revisions (different vintages of a series)")):
        lines += ["", f"## {heading}", ""]
        for g in (g for g in result.groups if g["status"] == status):
            k = g["key"]
            head = f"- {k['indicator']} / {k['region']} / {k['year']}"
            head += f" (since {k['period_start']})" if k["period_start"] else ""
            vals = "; ".join(f"{v['value']:g} {v['qualifier']} [{v['vintage'] or '-'}] {v['location']}" for v in g["values"])
            lines.append(f"{head}: preferred {g['preferred']['value']:g} from {g['preferred']['source_id']} — {vals}")
    by_reason = defaultdict(list)
    for s in result.skipped:
        by_reason[s["reason"]].append(s)
    lines += ["", "## Numbers not turned into figures", ""]
    for reason in sorted(by_reason):
        lines += [f"### {reason} ({len(by_reason[reason])})", ""]
        lines += [f"- `{s['raw']}` at {s['location']}: {s['quote']}" for s in by_reason[reason]]
        lines.append("")
    return "\n".join(lines) + "\n"


def _atomic_write(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the served table must be readable like any file
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_outputs(result: BuildResult, output: Path) -> None:
    sources = sources_summary(result)
    table = to_table(result.rows, catalog_json(), json.dumps(sources, ensure_ascii=False, sort_keys=True))
    report = {"groups": result.groups, "skipped": result.skipped, "sources": sources, "warnings": result.warnings}
    report_md = report_markdown(result, sources)
    # Everything is rendered before anything is renamed, so a failure cannot leave a mixed set of files.
    _atomic_write(output, lambda tmp: pq.write_table(table, tmp, compression="zstd", write_statistics=True))
    _atomic_write(output.with_name("build_report.json"),
                  lambda tmp: Path(tmp).write_text(json.dumps(report, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"))
    _atomic_write(output.with_name("build_report.md"), lambda tmp: Path(tmp).write_text(report_md, encoding="utf-8"))


def run(output: Path = DEFAULT_OUTPUT, sources: Path | None = None, reference: Path | None = None,
        keep_going: bool = False, progress=print) -> BuildResult:
    result = collect(sources or sources_dir(), reference or reference_dir(), keep_going=keep_going, progress=progress)
    write_outputs(result, Path(output))
    return result
