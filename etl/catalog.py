"""The indicator catalogue (etl/catalog/*.yml) as plain dicts, checked once on load.

The YAML is the one place where themes, regions, indicators, their units and the words that
identify them in text are defined; the ETL and the app both read it through here. Loading
validates cross-references so a typo in an id fails the build with the file and id named,
instead of silently dropping rows later. Loads are cached per directory and file mtimes:
the extractor asks for the catalogue once per release and must not re-parse YAML each time.
Treat the returned object as read-only; it is shared between callers.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

# libyaml's loader when present: a tenth of the time, same safe types.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

from etl.errors import CatalogError

DEFAULT_DIR = Path(__file__).resolve().parent / "catalog"

_MATCH_KEYS = {"all", "any", "none", "units", "regions"}
_REQUIRED = {
    "themes.yml": ("id", "name_zh", "name_en"),
    "regions.yml": ("id", "name_zh", "name_en"),
    "indicators.yml": ("id", "theme", "name_zh", "name_en", "unit", "measure"),
}
_MEASURES = {"level", "cumulative", "change", "multiple", "share"}


@dataclass
class Catalog:
    themes: dict[str, dict]
    regions: dict[str, dict]
    indicators: dict[str, dict]
    dir: Path
    # Compiled matchers, built on first use by etl.extract (kept here so they are built once per load).
    _compiled: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def region_name(self, region_id: str) -> str:
        return self.regions[region_id]["name_zh"]

    def indicator_name(self, indicator_id: str) -> str:
        return self.indicators[indicator_id]["name_zh"]

    def ancestors(self, region_id: str) -> list[str]:
        """Parents up to the root, nearest first (the chain is checked acyclic on load)."""
        out, cur = [], self.regions[region_id].get("parent")
        while cur:
            out.append(cur)
            cur = self.regions[cur].get("parent")
        return out


_cache: dict[tuple, Catalog] = {}


def load_catalog(dir: Path | str | None = None) -> Catalog:  # noqa: A002 - the brief's parameter name
    base = Path(dir) if dir is not None else DEFAULT_DIR
    files = [base / name for name in ("themes.yml", "regions.yml", "indicators.yml")]
    try:
        key = (str(base.resolve()),) + tuple(f.stat().st_mtime_ns for f in files)
    except FileNotFoundError as exc:
        raise CatalogError(f"catalogue file missing: {exc.filename}") from None
    if key not in _cache:
        _cache.clear()
        _cache[key] = _load(base, files)
    return _cache[key]


def _read_list(path: Path) -> list[dict]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise CatalogError(f"{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise CatalogError(f"{path}: expected a list of entries")
    for i, entry in enumerate(data):
        if not isinstance(entry, dict):
            raise CatalogError(f"{path}: entry {i + 1} is not a mapping")
        missing = [k for k in _REQUIRED[path.name] if entry.get(k) in (None, "")]
        if missing:
            raise CatalogError(f"{path}: entry {entry.get('id', i + 1)!r} lacks {', '.join(missing)}")
    return data


def _by_id(path: Path, entries: list[dict]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for entry in entries:
        eid = entry["id"]
        if eid in out:
            raise CatalogError(f"{path}: duplicate id {eid!r}")
        out[eid] = entry
    return out


def _load(base: Path, files: list[Path]) -> Catalog:
    themes_path, regions_path, indicators_path = files
    themes = _by_id(themes_path, _read_list(themes_path))
    regions = _by_id(regions_path, _read_list(regions_path))
    indicators = _by_id(indicators_path, _read_list(indicators_path))

    for rid, region in regions.items():
        parent = region.get("parent")
        if parent is not None and parent not in regions:
            raise CatalogError(f"{regions_path}: region {rid!r} has unknown parent {parent!r}")
        seen, cur = {rid}, parent
        while cur:
            if cur in seen:
                raise CatalogError(f"{regions_path}: region {rid!r} is its own ancestor")
            seen.add(cur)
            cur = regions[cur].get("parent")
        aliases = region.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
            raise CatalogError(f"{regions_path}: region {rid!r}: aliases must be a list of words")
    owner: dict[str, str] = {}
    for rid, region in regions.items():
        for alias in [region["name_zh"], *(region.get("aliases") or [])]:
            if owner.setdefault(alias, rid) != rid:
                raise CatalogError(f"{regions_path}: alias {alias!r} names both {owner[alias]!r} and {rid!r}")

    for iid, ind in indicators.items():
        where = f"{indicators_path}: indicator {iid!r}"
        if ind["theme"] not in themes:
            raise CatalogError(f"{where} has unknown theme {ind['theme']!r}")
        if ind["measure"] not in _MEASURES:
            raise CatalogError(f"{where} has unknown measure {ind['measure']!r}")
        default = ind.get("default_region")
        if default is not None and default not in regions:
            raise CatalogError(f"{where} has unknown default_region {default!r}")
        match = ind.get("match")
        if match is None:
            continue
        if not isinstance(match, dict) or set(match) - _MATCH_KEYS:
            raise CatalogError(f"{where}: match may only have {sorted(_MATCH_KEYS)}")
        if not (match.get("all") or match.get("any")):
            raise CatalogError(f"{where}: match needs `all` or `any` words")
        if not match.get("units"):
            raise CatalogError(f"{where}: match needs `units`")
        allowed = match.get("regions")
        if allowed is not None and allowed != "any":
            for rid in allowed:
                if rid not in regions:
                    raise CatalogError(f"{where}: match.regions names unknown region {rid!r}")
    return Catalog(themes=themes, regions=regions, indicators=indicators, dir=base)
