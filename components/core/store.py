"""The app's only door to the data: data/indicators.parquet, read once at start-up.

Every page, callback and export asks this module, so a query is answered from memory
(no per-callback file reads) and the table's catalogue (names, units, colours) is the
same everywhere. A missing or unreadable file is not an exception that kills the worker:
it becomes `error()`, a message naming the file and the rebuild command, which every page
and /health show instead.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from components.core.i18n import t
from etl.schema import CANDIDATE_COLUMNS, COLUMNS

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PATH = ROOT / "data" / "indicators.parquet"
CANDIDATES_NAME = "candidates.parquet"  # the build writes it beside the main table
REBUILD_COMMAND = "make data"

# The columns the app needs are the table's contract (etl/schema.py); a file without one of them is
# treated as corrupt, not half-shown. corroborated_by is a list per row that no page shows: not loaded.
REQUIRED_COLUMNS = tuple(name for name, *_ in COLUMNS if name != "corroborated_by")
CANDIDATE_REQUIRED = tuple(name for name, *_ in CANDIDATE_COLUMNS)
_REPEATED_TEXT = ("source_title", "source_publisher", "source_date", "source_url", "quote", "method", "raw")


class DataUnavailable(RuntimeError):
    """The table cannot be used; the message is written for the person running the app."""


class UnknownId(KeyError):
    """A theme, region or indicator id that is not in the catalogue (usually from a URL)."""


@dataclass
class Table:
    path: Path
    df: pd.DataFrame
    catalog: dict
    themes: dict = field(default_factory=dict)
    regions: dict = field(default_factory=dict)
    indicators: dict = field(default_factory=dict)
    # Row positions per indicator, so a query on a million-row table touches only its indicator.
    by_indicator: dict = field(default_factory=dict)
    preferred_by_indicator: dict = field(default_factory=dict)
    cache: dict = field(default_factory=dict)
    # Numbers whose indicator the catalogue does not know yet (data/candidates.parquet): listed, never charted.
    candidates: pd.DataFrame | None = None
    candidates_error: str | None = None


def data_path() -> Path:
    return Path(os.environ.get("JJJ_DATA") or DEFAULT_PATH)


def _unavailable(path: Path, reason: str) -> DataUnavailable:
    """Both languages in one message: it is logged and shown before a page language is known."""
    values = {"path": path, "command": REBUILD_COMMAND, "reason_zh": t(reason, "zh"), "reason_en": t(reason, "en")}
    return DataUnavailable(t("data.unavailable", "zh", **values) + t("data.unavailable", "en", **values))


def _read(path: Path, required: tuple[str, ...]) -> tuple[pa.Table, dict]:
    """The columns the app reads, or DataUnavailable saying what is wrong with the file."""
    if not path.exists():
        raise _unavailable(path, "data.missing")
    try:
        schema = pq.read_schema(path)
        # Source columns repeat per source: as dictionaries a million rows cost tens of MB, not hundreds.
        arrow = pq.read_table(path, columns=[c for c in schema.names if c in required],
                              read_dictionary=[c for c in _REPEATED_TEXT if c in schema.names])
    except Exception as exc:  # any pyarrow failure means the same thing to the reader: rebuild it
        raise _unavailable(path, "data.unreadable") from exc
    if any(c not in arrow.column_names for c in required):
        raise _unavailable(path, "data.no_columns")
    return arrow, schema.metadata or {}


def load(path: Path | str) -> Table:
    path = Path(path)
    arrow, meta = _read(path, REQUIRED_COLUMNS)
    try:
        catalog = json.loads(meta[b"catalog"])
    except (KeyError, ValueError) as exc:
        raise _unavailable(path, "data.no_catalog") from exc

    df = arrow.to_pandas()  # dictionary columns arrive as categoricals: compact for a million rows
    del arrow
    pa.default_memory_pool().release_unused()  # hand the arrow buffers back instead of holding them
    for col in ("year", "period_start", "base_year"):
        df[col] = df[col].astype("Int64")

    table = Table(path=path, df=df, catalog=catalog)
    table.themes = {t["id"]: t for t in catalog.get("themes", [])}
    table.regions = {r["id"]: r for r in catalog.get("regions", [])}
    table.indicators = {i["id"]: i for i in catalog.get("indicators", [])}
    table.by_indicator = df.groupby("indicator", observed=True, sort=False).indices
    # Charts only ever read preferred rows: a small frame, kept with plain string columns so that
    # the figure code needs no categorical care.
    preferred = _plain(df[df["preferred"]]).sort_values(["indicator", "region", "year"], kind="stable")
    table.preferred_by_indicator = {ind: part for ind, part in preferred.groupby("indicator", sort=False)}
    table.candidates, table.candidates_error = load_candidates(path.with_name(CANDIDATES_NAME))
    return table


def load_candidates(path: Path) -> tuple[pd.DataFrame, str | None]:
    """The companion table, or an empty one: absent means nothing is pending (a fresh build), and a
    broken file is reported on /sources without taking the dashboard down."""
    empty = pd.DataFrame(columns=list(CANDIDATE_REQUIRED))
    if not path.exists():
        return empty, None
    try:
        arrow, _meta = _read(path, CANDIDATE_REQUIRED)
    except DataUnavailable as exc:
        return empty, str(exc)
    df = _plain(arrow.to_pandas())
    for col in ("year", "period_start", "base_year"):
        df[col] = df[col].astype("Int64")
    return df.sort_values(["phrase", "region", "year"], kind="stable").reset_index(drop=True), None


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    for col in frame.columns:
        if isinstance(frame[col].dtype, pd.CategoricalDtype):
            frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    return frame


_table: Table | None = None
_error: str | None = None
_loaded = False
_generation = 0


def init(path: Path | str | None = None) -> None:
    """(Re)load the table; the app calls this once at start-up, tests with a fixture path."""
    global _table, _error, _loaded, _generation
    try:
        _table, _error = load(path or data_path()), None
    except DataUnavailable as exc:
        _table, _error = None, str(exc)
    _loaded = True
    _generation += 1


def generation() -> int:
    """Changes whenever the table is (re)loaded: a key for caches of anything derived from it."""
    if not _loaded:
        init()
    return _generation


def error() -> str | None:
    if not _loaded:
        init()
    return _error


def table() -> Table:
    if not _loaded:
        init()
    if _table is None:
        raise DataUnavailable(_error)
    return _table


# ---- catalogue -------------------------------------------------------------------------

def themes() -> list[dict]:
    return list(table().themes.values())


def regions() -> list[dict]:
    return list(table().regions.values())


def indicators(theme_id: str | None = None) -> list[dict]:
    return [i for i in table().indicators.values() if theme_id is None or i["theme"] == theme_id]


def theme(theme_id: str) -> dict:
    try:
        return table().themes[theme_id]
    except KeyError:
        raise UnknownId(theme_id) from None


def region(region_id: str) -> dict:
    try:
        return table().regions[region_id]
    except KeyError:
        raise UnknownId(region_id) from None


def indicator(indicator_id: str) -> dict:
    try:
        return table().indicators[indicator_id]
    except KeyError:
        raise UnknownId(indicator_id) from None


def decimals() -> dict[str, int]:
    """Decimals per indicator, as the catalogue gives them, for formatting values in tables."""
    return {i["id"]: int(i.get("decimals", 1)) for i in table().indicators.values()}


def region_order(region_ids) -> list[str]:
    """Catalogue order, so the legend, colours and tables list regions the same way everywhere."""
    order = {r: i for i, r in enumerate(table().regions)}
    return sorted(set(region_ids), key=lambda r: order.get(r, len(order)))


def unknown_regions(region_ids) -> list[str]:
    known = table().regions
    return [r for r in region_ids if r not in known]


# ---- observations ------------------------------------------------------------------------

def _empty() -> pd.DataFrame:
    t = table()
    if "empty" not in t.cache:
        t.cache["empty"] = _plain(t.df.iloc[0:0])
    return t.cache["empty"]


def observations(indicator_id: str | None = None) -> pd.DataFrame:
    """Every row (all sources and vintages), for the tables that show where numbers come from."""
    t = table()
    if indicator_id is None:
        return t.df
    positions = t.by_indicator.get(indicator_id)
    return _empty() if positions is None else t.df.iloc[positions]


def series(indicator_id: str, regions: list[str] | None = None, year_from: int | None = None,
           year_to: int | None = None) -> pd.DataFrame:
    """Preferred rows only: the one value per indicator/region/year/period that charts draw."""
    df = table().preferred_by_indicator.get(indicator_id)
    if df is None:
        return _empty()
    mask = pd.Series(True, index=df.index)
    if regions:
        mask &= df["region"].isin(regions)
    if year_from is not None:
        mask &= df["year"] >= year_from
    if year_to is not None:
        mask &= df["year"] <= year_to
    return df[mask]


def regions_for(indicator_id: str) -> list[str]:
    df = table().preferred_by_indicator.get(indicator_id)
    return [] if df is None else region_order(df["region"].unique())


def indicators_for(region_id: str) -> list[dict]:
    t = table()
    if "regions_of" not in t.cache:  # asked for every region by every navbar render
        t.cache["regions_of"] = {iid: set(part["region"]) for iid, part in t.preferred_by_indicator.items()}
    regions_of = t.cache["regions_of"]
    return [i for iid, i in t.indicators.items() if region_id in regions_of.get(iid, ())]


def has_data(indicator_id: str) -> bool:
    return indicator_id in table().preferred_by_indicator


def year_span() -> tuple[int, int]:
    years = table().df["year"]
    if years.empty:
        return (2013, 2024)
    return int(years.min()), int(years.max())


def peers(region_id: str) -> list[str]:
    """Regions compared with this one: same catalogue level and parent (北京/天津/河北, the three circles)."""
    me = region(region_id)
    return [r["id"] for r in regions() if r.get("level") == me.get("level") and r.get("parent") == me.get("parent")]


def kpi(indicator_id: str, region_id: str) -> dict | None:
    """Latest preferred value of one series and what it changed from.

    Change is against the previous available year of the same series (same period start, base
    year, and stated or derived alike), because a gap must not be mistaken for "last year"; for change and multiple
    measures the value itself is the comparison with the base year the source gives.
    """
    df = series(indicator_id, [region_id])
    if df.empty:
        return None
    latest = df.sort_values(["year", "period_start"], na_position="first").iloc[-1]
    same = df[(df["year"] < latest["year"]) & (df["derived"] == latest["derived"])
              & (df["period_start"].fillna(-1) == (latest["period_start"] if pd.notna(latest["period_start"]) else -1))
              & (df["base_year"].fillna(-1) == (latest["base_year"] if pd.notna(latest["base_year"]) else -1))]
    previous = same.sort_values("year").iloc[-1] if not same.empty else None
    return {"latest": latest, "previous": previous, "history": df.sort_values("year")}


def candidates() -> pd.DataFrame:
    """Numbers the releases state whose indicator the catalogue does not know yet; empty when none."""
    return table().candidates


def candidates_error() -> str | None:
    return table().candidates_error


def years_with_data(indicator_id: str, region_id: str) -> int:
    """How many distinct years one region's preferred values of an indicator cover (a trend needs three)."""
    t = table()
    if "years_of" not in t.cache:  # asked for every indicator by every overview render
        counts = {}
        for iid, part in t.preferred_by_indicator.items():
            for region_id_, n in part.groupby("region", sort=False)["year"].nunique().items():
                counts[(iid, region_id_)] = int(n)
        t.cache["years_of"] = counts
    return t.cache["years_of"].get((indicator_id, region_id), 0)


def sources() -> pd.DataFrame:
    """One row per release or reference series: how many figures it gave and how many disagree."""
    t = table()
    if "sources" not in t.cache:  # the table never changes while the app runs
        t.cache["sources"] = _sources(t.df)
    return t.cache["sources"]


def _sources(df: pd.DataFrame) -> pd.DataFrame:
    if df.empty:
        return pd.DataFrame(columns=["source_id", "source_kind", "source_title", "source_publisher", "source_date",
                                     "source_url", "figures", "preferred", "conflicts", "indicators"])
    grouped = df.groupby("source_id", sort=False, observed=True)
    out = grouped.agg(
        source_kind=("source_kind", "first"), source_title=("source_title", "first"),
        source_publisher=("source_publisher", "first"), source_date=("source_date", "first"),
        source_url=("source_url", "first"), figures=("value", "size"), preferred=("preferred", "sum"),
        conflicts=("conflict", "sum"), indicators=("indicator", "nunique"),
    ).reset_index()
    out = _plain(out)
    return out.sort_values(["source_kind", "source_date", "source_id"], na_position="last").reset_index(drop=True)


def coverage() -> pd.DataFrame:
    """Indicator × year: how many regions have a preferred value (0 means a gap the reader should see).

    Every catalogue indicator has a row, so one that no source has given yet shows as an empty row."""
    t = table()
    pref = pd.concat(t.preferred_by_indicator.values()) if t.preferred_by_indicator else _empty()
    y0, y1 = year_span()
    grid = pref.groupby(["indicator", "year"])["region"].nunique().unstack(fill_value=0)
    grid = grid.reindex(index=list(t.indicators) + [i for i in grid.index if i not in t.indicators],
                        columns=range(y0, y1 + 1), fill_value=0)
    return grid
