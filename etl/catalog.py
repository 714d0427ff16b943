"""The indicator catalogue (etl/meta/*.yml) as plain dicts, validated once on load.

The YAML is the one place where themes, regions, indicators, their units and the words that
identify them in text are defined; the ETL and the app both read it through here (the app through
the table's metadata). Every entry is checked by a pydantic model that forbids unknown keys: a
YAML slip such as an unquoted comma in a flow mapping (`name_en: Sanhe, Dachang`) turns into
stray keys and is refused with the file and entry named, instead of shipping a clipped name.
Cross-references (theme, parent, default region, match regions, aliases) are checked after.

Indicators live one file per theme in etl/meta/indicators/<theme>.yml, so the file a newcomer
opens is the theme's name. Loads are cached per directory and file mtimes: the extractor asks for
the catalogue once per release and must not re-parse YAML each time. Treat the returned object as
read-only; it is shared between callers.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from etl.errors import CatalogError

# libyaml's loader when present: a tenth of the time, same safe types.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

DEFAULT_DIR = Path(__file__).resolve().parent / "meta"

Words = list[str | list[str]]


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Named(_Entry):
    id: str
    name_zh: str
    name_en: str


class Theme(_Named):
    description_zh: str | None = None
    description_en: str | None = None


class Region(_Named):
    level: str | None = None
    parent: str | None = None
    color: str | None = None
    aliases: list[str] = []
    hosts: list[str] = []  # events held in the region every year (服贸会): a release about one, naming no place, is the region's
    nav: bool = True  # offered in the navbar's region menu (a Tianjin district or a ring county has its page, not a menu entry)

    @field_validator("aliases")
    @classmethod
    def _words(cls, aliases: list[str]) -> list[str]:
        if not all(a.strip() for a in aliases):
            raise ValueError("aliases must be a list of words")
        return aliases


class Match(_Entry):
    """How the text extractor recognises the indicator in a clause (see the header of any indicators file)."""
    all: Words = []
    any: Words = []
    none: Words = []
    none_in_sentence: Words = []  # words that refuse from anywhere in the sentence, not only the clauses lending words
    units: list[str]
    regions: Literal["any"] | list[str] | None = None
    # the largest size (in the indicator's unit, either sign) a year's figure of it has: a larger one is a total over
    # years (在GDP增长了110%的同时, 十余年来) or another measure, and is not read as it
    largest: float | None = None
    # the year's total (港口全年完成的货物吞吐量): a release of the year itself, before December, can give only the year so
    # far (8月24日，…2021年天津港货物吞吐量突破3亿吨), which is not read as it
    whole_year: bool = False

    @model_validator(mode="after")
    def _needs_words(self) -> Match:
        if not (self.all or self.any):
            raise ValueError("match needs `all` or `any` words")
        return self


class Reference(_Entry):
    """A line a chart draws for comparison: a national standard or a plan target, with its source."""
    value: float
    kind: Literal["standard", "target"]
    label_zh: str
    label_en: str
    year: int | None = None
    regions: list[str] | None = None
    source: str


class Indicator(_Named):
    theme: str
    unit: str
    unit_en: str | None = None
    measure: Literal["level", "cumulative", "change", "multiple", "share"]
    decimals: int | None = None
    chart: Literal["line", "bar"] | None = None
    base_year: int | None = None
    definition_zh: str | None = None
    definition_en: str | None = None
    default_region: str | None = None
    # Headline family for the coverage summary (gdp, growth, population, ...); None for the rest.
    family: str | None = None
    # Which way is good: up (income), down (PM2.5) or neutral (population); KPI cards say so.
    direction: Literal["up", "down", "neutral"] | None = None
    references: list[Reference] = []
    # Candidate ids (normalised measure phrases) that mean this indicator: mapping one is this edit.
    synonyms: list[str] = []
    match: Match | None = None


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
        return list(ancestor_chains(self.regions)[region_id])


def ancestor_chains(regions: dict[str, dict]) -> dict[str, tuple[str, ...]]:
    """Each region's chain of containing regions, nearest first; a parent the catalogue does not hold, or a cycle
    (for region dicts that were not loaded through the checks), ends the walk."""
    out = {}
    for rid in regions:
        chain, parent = [], regions[rid].get("parent")
        while parent and parent in regions and parent not in chain and parent != rid:
            chain.append(parent)
            parent = regions[parent].get("parent")
        out[rid] = tuple(chain)
    return out


_cache: dict[tuple, Catalog] = {}


def _files(base: Path) -> list[Path]:
    themes, regions, folder = base / "themes.yml", base / "regions.yml", base / "indicators"
    for required in (themes, regions, folder):
        if not required.exists():
            raise CatalogError(f"catalogue file missing: {required}")
    return [themes, regions, *sorted(folder.glob("*.yml"))]


def load_catalog(dir: Path | str | None = None) -> Catalog:  # noqa: A002 - the brief's parameter name
    base = Path(dir) if dir is not None else DEFAULT_DIR
    files = _files(base)
    key = (str(base.resolve()),) + tuple((f.name, f.stat().st_mtime_ns) for f in files)
    if key not in _cache:
        _cache.clear()
        _cache[key] = _load(base, files)
    return _cache[key]


def _read_list(path: Path) -> list:
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
    return data


def _explain(error: ValidationError) -> str:
    parts = []
    for e in error.errors():
        loc = ".".join(str(p) for p in e["loc"])
        if e["type"] == "missing":
            parts.append(f"lacks {loc}")
        elif e["type"] == "extra_forbidden":
            parts.append(f"unknown key {loc!r} (a typo, or an unquoted comma in a flow mapping?)")
        else:
            msg = e["msg"].removeprefix("Value error, ")
            parts.append(f"{loc}: {msg}" if loc else msg)
    return "; ".join(parts)


def _validated(path: Path, model: type[_Entry]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for i, raw in enumerate(_read_list(path), 1):
        if not isinstance(raw, dict):
            raise CatalogError(f"{path}: entry {i} is not a mapping")
        name = raw.get("id", f"#{i}")
        try:
            entry = model.model_validate(raw)
        except ValidationError as exc:
            raise CatalogError(f"{path}: {model.__name__.lower()} {name!r}: {_explain(exc)}") from None
        if entry.id in out:
            raise CatalogError(f"{path}: duplicate id {entry.id!r}")
        # Only the keys the YAML gave: the table's metadata stays as small as the YAML itself.
        out[entry.id] = entry.model_dump(exclude_unset=True)
    return out


def _check_regions(path: Path, regions: dict[str, dict]) -> None:
    for rid, region in regions.items():
        seen, cur = {rid}, region.get("parent")
        if cur is not None and cur not in regions:
            raise CatalogError(f"{path}: region {rid!r} has unknown parent {cur!r}")
        while cur:
            if cur in seen:
                raise CatalogError(f"{path}: region {rid!r} is its own ancestor")
            seen.add(cur)
            cur = regions[cur].get("parent")
    owner: dict[str, str] = {}
    for rid, region in regions.items():
        for alias in [region["name_zh"], *region.get("aliases", [])]:
            if owner.setdefault(alias, rid) != rid:
                raise CatalogError(f"{path}: alias {alias!r} names both {owner[alias]!r} and {rid!r}")


def _check_indicator(where: str, ind: dict, themes: dict, regions: dict) -> None:
    if ind["theme"] not in themes:
        raise CatalogError(f"{where} has unknown theme {ind['theme']!r}")
    default = ind.get("default_region")
    if default is not None and default not in regions:
        raise CatalogError(f"{where} has unknown default_region {default!r}")
    named = [r for ref in ind.get("references", []) for r in ref.get("regions") or []]
    allowed = (ind.get("match") or {}).get("regions")
    named += allowed if isinstance(allowed, list) else []
    for rid in named:
        if rid not in regions:
            raise CatalogError(f"{where} names unknown region {rid!r}")


def _load(base: Path, files: list[Path]) -> Catalog:
    themes_path, regions_path, *indicator_paths = files
    themes = _validated(themes_path, Theme)
    regions = _validated(regions_path, Region)
    _check_regions(regions_path, regions)
    per_file: dict[str, dict[str, dict]] = {}
    owner: dict[str, Path] = {}
    for path in indicator_paths:
        if path.stem not in themes:
            raise CatalogError(f"{path}: the file name must be a theme id from themes.yml")
        entries = _validated(path, Indicator)
        for iid, ind in entries.items():
            where = f"{path}: indicator {iid!r}"
            if iid in owner:
                raise CatalogError(f"{path}: duplicate id {iid!r} (also in {owner[iid].name})")
            if ind["theme"] != path.stem:
                raise CatalogError(f"{where} has theme {ind['theme']!r} but sits in {path.name}")
            _check_indicator(where, ind, themes, regions)
            owner[iid] = path
        per_file[path.stem] = entries
    # Theme order (themes.yml) then file order: the navbar, the overview and the table all follow it.
    indicators = {iid: ind for tid in themes for iid, ind in per_file.get(tid, {}).items()}
    return Catalog(themes=themes, regions=regions, indicators=indicators, dir=base)
