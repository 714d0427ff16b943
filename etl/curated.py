"""Curated reference series -> observations.

../shared/reference holds figures someone already read off official pages (figures.csv) and the
NBS provincial series with their census vintages (nbs_provincial.csv). They use plain labels;
etl/meta/reference_labels.yml maps them onto the catalogue. Anything the map does not know
stops the build with the file and line, because a silently dropped or mis-mapped official figure
is worse than a failed build.
"""
from __future__ import annotations

import csv
import hashlib
import math
from pathlib import Path

import yaml

from etl.errors import SourceError
from etl.observation import observation

LABELS_FILE = Path(__file__).parent / "meta" / "reference_labels.yml"

FIGURES_COLUMNS = ["indicator", "region", "year", "value", "unit", "qualifier", "published", "source_title", "source_url"]
NBS_COLUMNS = ["indicator", "region", "year", "value", "unit", "vintage", "source", "via"]


def load_labels(path: Path = LABELS_FILE) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _rows(path: Path, expected: list[str]):
    """Yield (line number, row) and check the header, so a wrong file fails on line 1, not deep inside."""
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            if reader.fieldnames is None:
                raise SourceError(path, 1, "empty file")
            missing = [c for c in expected if c not in reader.fieldnames]
            if missing:
                raise SourceError(path, 1, f"missing column(s) {', '.join(missing)} (header: {', '.join(reader.fieldnames)})")
            for row in reader:
                if not any((v or "").strip() for v in row.values()):
                    continue
                yield reader.line_num, row
    except UnicodeDecodeError as exc:
        raise SourceError(path, None, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def _number(path: Path, line: int, text: str) -> float:
    try:
        value = float((text or "").strip())
    except ValueError:
        raise SourceError(path, line, f"value {text!r} is not a number") from None
    if not math.isfinite(value):
        raise SourceError(path, line, f"value {text!r} is not a finite number")
    return value


def _year(path: Path, line: int, text: str) -> int:
    t = (text or "").strip()
    if not (t.isdigit() and 1949 <= int(t) <= 2100):
        raise SourceError(path, line, f"year {text!r} is not a year")
    return int(t)


def _region(path: Path, line: int, label: str, labels: dict, catalog) -> str:
    label = (label or "").strip()
    region = labels["regions"].get(label)
    if region is None:
        raise SourceError(path, line, f"unknown region {label!r}: add it to etl/meta/reference_labels.yml (regions)")
    if region not in catalog.regions:
        raise SourceError(path, line, f"region label {label!r} maps to {region!r}, which is not in regions.yml")
    return region


def _decimals(text: str) -> int:
    t = text.strip()
    return len(t.split(".", 1)[1]) if "." in t else 0


def source_id_for(title: str, url: str) -> str:
    """Stable id of a reference page: the same page cited on several rows is one source."""
    digest = hashlib.sha1(f"{title}|{url}".encode()).hexdigest()[:10]
    return f"ref-{digest}"


def read_figures(path: Path, catalog, labels: dict | None = None) -> tuple[list[dict], list[dict]]:
    """figures.csv -> (observations, skipped rows with reasons)."""
    labels = labels or load_labels()
    observations, skipped = [], []
    name = f"reference/{path.name}"
    for line, row in _rows(path, FIGURES_COLUMNS):
        label = (row["indicator"] or "").strip()
        spec = labels["indicators"].get(label)
        if spec is None:
            raise SourceError(path, line, f"unknown indicator label {label!r}: add it to etl/meta/reference_labels.yml (indicators)")
        if "skip" in spec:
            skipped.append({"source": name, "location": f"{name}:{line}", "raw": f"{row['value']} {row['unit']}",
                            "quote": f"{label} {row['region']} {row['year']}", "reason": spec["skip"]})
            continue
        indicator = spec["indicator"]
        meta = catalog.indicators.get(indicator)
        if meta is None:
            raise SourceError(path, line, f"label {label!r} maps to {indicator!r}, which is not in indicators.yml")
        region = _region(path, line, row["region"], labels, catalog)
        year = _year(path, line, row["year"])
        value = _number(path, line, row["value"])
        unit_spec = labels["units"].get((row["unit"] or "").strip())
        if unit_spec is None:
            raise SourceError(path, line, f"unknown unit {row['unit']!r}: add it to etl/meta/reference_labels.yml (units)")
        if unit_spec["unit"] != meta["unit"]:
            raise SourceError(path, line, f"unit {row['unit']!r} is {unit_spec['unit']}, but {indicator} is in {meta['unit']}")
        qualifier = labels["qualifiers"].get((row["qualifier"] or "").strip())
        if qualifier is None:
            raise SourceError(path, line, f"unknown qualifier {row['qualifier']!r} (expected one of {', '.join(labels['qualifiers'])})")
        title, url = row["source_title"].strip(), (row["source_url"] or "").strip()
        observations.append(observation(
            indicator=indicator, region=region, year=year,
            period_start=spec.get("period_start"),
            base_year=unit_spec.get("base_year", meta.get("base_year")),
            value=value * unit_spec["factor"], qualifier=qualifier,
            raw=f"{row['value'].strip()} {row['unit'].strip()}",
            precision=10 ** -_decimals(row["value"]) * unit_spec["factor"],
            source_id=source_id_for(title, url), source_kind="reference", source_title=title,
            source_date=(row["published"] or "").strip() or None, source_url=url or None,
            source_location=f"{name}:{line}", method=f"curated figure ({label})", vintage=spec.get("vintage"),
        ))
    return observations, skipped


def read_statistics(path: Path, catalog, labels: dict | None = None) -> tuple[list[dict], list[dict]]:
    """nbs_provincial.csv -> observations, one source per (series, vintage)."""
    labels = labels or load_labels()
    stats = labels["statistics"]
    observations = []
    name = f"reference/{path.name}"
    for line, row in _rows(path, NBS_COLUMNS):
        label = (row["indicator"] or "").strip()
        spec = labels["indicators"].get(label)
        if spec is None or "skip" in spec:
            raise SourceError(path, line, f"unknown indicator label {label!r}: add it to etl/meta/reference_labels.yml (indicators)")
        indicator = spec["indicator"]
        meta = catalog.indicators[indicator]
        region = _region(path, line, row["region"], labels, catalog)
        unit_spec = labels["units"].get((row["unit"] or "").strip())
        if unit_spec is None or unit_spec["unit"] != meta["unit"]:
            raise SourceError(path, line, f"unit {row['unit']!r} does not fit {indicator} ({meta['unit']})")
        vintage = (row["vintage"] or "").strip()
        if vintage not in stats["vintage_order"]:
            raise SourceError(path, line, f"unknown vintage {vintage!r}: add it to statistics.vintage_order in reference_labels.yml")
        series = row["source"].strip()
        value = _number(path, line, row["value"])
        observations.append(observation(
            indicator=indicator, region=region, year=_year(path, line, row["year"]),
            base_year=meta.get("base_year"),
            value=value * unit_spec["factor"],
            raw=f"{row['value'].strip()} {row['unit'].strip()}",
            precision=10 ** -_decimals(row["value"]) * unit_spec["factor"],
            source_id=f"nbs-{indicator}-{vintage}", source_kind="statistics", source_title=f"{series}，{vintage}",
            source_publisher=stats["publisher"],
            source_date=vintage.split("-")[1] if vintage.count("-") >= 1 else None,
            source_url=(row["via"] or "").strip() or None,
            source_location=f"{name}:{line}", method="official statistical series", vintage=vintage,
        ))
    return observations, []  # an official series has no free text, so nothing is skipped


CURATED_FILE = Path(__file__).parent / "meta" / "curated_figures.csv"
CURATED_COLUMNS = ["indicator", "region", "year", "value", "unit", "qualifier", "period_start", "base_year",
                   "source_title", "source_publisher", "source_date", "source_url"]
QUALIFIERS = ("exact", "approx", "at_least", "more_than")


def _optional_year(path: Path, line: int, text: str | None) -> int | None:
    return _year(path, line, text) if (text or "").strip() else None


def read_curated_figures(path: Path, catalog, _labels: dict | None = None) -> tuple[list[dict], list[dict]]:
    """etl/meta/curated_figures.csv -> observations.

    The project's own curated rows: figures looked up in public pages (statistical communiqués and
    news reports of them) for years the releases in ../shared/sources do not cover. Unlike
    figures.csv they already use catalogue ids, the indicator's unit and the table's qualifiers, and
    every row names its page (title, publisher, date, url). Numbers and citations only: no quotes.
    An optional `vintage` column names the revision of an official series a figure belongs to.
    A row that does not fit the catalogue stops the build with the file and line."""
    labels = _labels or load_labels()
    vintages = labels["statistics"]["vintage_order"]
    observations = []
    name = f"etl/meta/{path.name}"
    for line, row in _rows(path, CURATED_COLUMNS):
        indicator = (row["indicator"] or "").strip()
        meta = catalog.indicators.get(indicator)
        if meta is None:
            raise SourceError(path, line, f"unknown indicator {indicator!r}: use an id from etl/meta/indicators/")
        region = (row["region"] or "").strip()
        if region not in catalog.regions:
            raise SourceError(path, line, f"unknown region {region!r}: use an id from etl/meta/regions.yml")
        unit = (row["unit"] or "").strip()
        if unit != meta["unit"]:
            raise SourceError(path, line, f"unit {unit!r} is not {indicator}'s unit {meta['unit']!r}")
        qualifier = (row["qualifier"] or "").strip()
        if qualifier not in QUALIFIERS:
            raise SourceError(path, line, f"qualifier {qualifier!r} is not one of {', '.join(QUALIFIERS)}")
        title, url = (row["source_title"] or "").strip(), (row["source_url"] or "").strip()
        publisher = (row["source_publisher"] or "").strip()
        if not (title and url and publisher):
            raise SourceError(path, line, "a curated figure needs source_title, source_publisher and source_url")
        base_year = _optional_year(path, line, row["base_year"])
        if base_year != meta.get("base_year"):
            raise SourceError(path, line, f"base_year {base_year} does not fit {indicator} (base {meta.get('base_year')})")
        vintage = (row.get("vintage") or "").strip() or None   # optional column: revision of an official series
        if vintage is not None and vintage not in vintages:
            raise SourceError(path, line, f"unknown vintage {vintage!r} (known: {', '.join(vintages)})")
        value_text = (row["value"] or "").strip()
        observations.append(observation(
            indicator=indicator, region=region, year=_year(path, line, row["year"]),
            period_start=_optional_year(path, line, row["period_start"]), base_year=base_year,
            value=_number(path, line, value_text), qualifier=qualifier, raw=f"{value_text} {unit}",
            precision=10 ** -_decimals(value_text),
            source_id=source_id_for(title, url), source_kind="reference", source_title=title,
            source_publisher=publisher, source_date=(row["source_date"] or "").strip() or None, source_url=url,
            source_location=f"{name}:{line}", method=f"curated figure (search: {publisher})", vintage=vintage,
        ))
    return observations, []
