"""The app's only door to the data: data/indicators.parquet, read at start-up and again when it changes.

Every page, callback and export asks this module, so a query is answered from memory
(no per-callback file reads) and the table's catalogue (names, units, colours) is the
same everywhere. A missing or unreadable file is not an exception that kills the worker:
it becomes `error()`, a message naming the file (never its path: visitors see it) and the
rebuild command, which every page and /health show instead; the path goes to the server log.

A rebuilt table is picked up without a restart: at most once a second (per worker) a query
stats the file, and when its identity (inode, size, mtime) changed the new table is loaded
beside the old one and swapped in with one assignment, so a request sees one table or the
other, never a mix. If the new file cannot be read, the old table keeps serving and `status()`
says so. `version()` is the table's content hash (`table_version` in its metadata, written by
the build): every worker that loaded the same file reports the same version, and caches of
anything derived from the table are keyed by it (`generation()`).
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from components.core.i18n import t
from etl.schema import CANDIDATE_COLUMNS, COLUMNS

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PATH = ROOT / "data" / "indicators.parquet"
CANDIDATES_NAME = "candidates.parquet"  # the build writes it beside the main table
TARGETS_NAME = "targets.parquet"  # plan targets (etl/targets.py), beside the main table too; may be absent
TARGET_FIELDS = ("indicator", "region", "target_year", "value", "unit", "comparator", "source_id", "source_title",
                 "publisher", "published", "url", "line", "quote")
REBUILD_COMMAND = "make data"
REPORT_NAME = "build_report.json"  # names the table version it describes (etl/publish.py)
VERSION_KEY = b"table_version"
CHECK_INTERVAL_S = 1.0  # how often a worker stats the file, at most
SERIES_MEMO = 512  # series() answers kept per table (a page redraw asks each one three times)

log = logging.getLogger(__name__)

# The columns the app needs are the table's contract (etl/schema.py); a file without one of them is
# treated as corrupt, not half-shown. corroborated_by is a list per row that no page shows: not loaded.
REQUIRED_COLUMNS = tuple(name for name, *_ in COLUMNS if name != "corroborated_by")
# Checked as part of the contract but never read into memory: no page, chart or download shows them, and
# source_location (file:line, unique per row) alone is a tenth of a million-row table's memory.
NOT_LOADED = ("source_location",)
CANDIDATE_REQUIRED = tuple(name for name, *_ in CANDIDATE_COLUMNS)
_REPEATED_TEXT = ("source_title", "source_publisher", "source_date", "source_url", "quote", "method", "raw")


class DataUnavailable(RuntimeError):
    """The table cannot be used; the message names the file and the fix, never the file's path."""


class UnknownId(KeyError):
    """A theme, region or indicator id that is not in the catalogue (usually from a URL)."""


@dataclass
class Table:
    path: Path
    df: pd.DataFrame
    catalog: dict
    version: str = ""      # content hash: the build's table_version, else a hash of the file's bytes
    built_at: str = ""     # the file's mtime, UTC ISO 8601 (the parquet itself holds no time)
    report: str = "missing"  # build_report.json beside it: "ok", "mismatch" or "missing"
    cache_key: str = ""    # version, plus the candidates' when they are not of the same build
    themes: dict = field(default_factory=dict)
    regions: dict = field(default_factory=dict)
    indicators: dict = field(default_factory=dict)
    # Row positions per indicator, so a query on a million-row table touches only its indicator.
    by_indicator: dict = field(default_factory=dict)
    preferred_by_indicator: dict = field(default_factory=dict)
    # indicator -> region -> (first row, end of rows with a year, end of rows) in its preferred frame, and the
    # frame's years: a chart query is a slice and a binary search, never a scan (see `_series_index`).
    series_index: dict = field(default_factory=dict)
    regions_by_indicator: dict = field(default_factory=dict)
    years: tuple[int, int] | None = None  # first and last year in the whole table
    cache: dict = field(default_factory=dict)
    # Numbers whose indicator the catalogue does not know yet (data/candidates.parquet): listed, never charted.
    candidates: pd.DataFrame | None = None
    candidates_error: str | None = None
    # Plan targets per indicator (data/targets.parquet): drawn as reference marks, never as values.
    targets: dict = field(default_factory=dict)


def data_path() -> Path:
    return Path(os.environ.get("JJJ_DATA") or DEFAULT_PATH)


def _unavailable(path: Path, reason: str) -> DataUnavailable:
    """Both languages in one message: it is shown before a page language is known. Visitors see it,
    so it names the file, not where it lives; the full path is logged for whoever runs the server."""
    log.error("data file %s: %s", path, t(reason, "en"))
    values = {"path": path.name, "command": REBUILD_COMMAND, "reason_zh": t(reason, "zh"), "reason_en": t(reason, "en")}
    return DataUnavailable(t("data.unavailable", "zh", **values) + t("data.unavailable", "en", **values))


def _read(path: Path, required: tuple[str, ...], skip: tuple[str, ...] = ()) -> tuple[pa.Table, dict]:
    """The columns the app reads (required ones, less `skip`, which must only exist), or DataUnavailable
    saying what is wrong with the file."""
    if not path.exists():
        raise _unavailable(path, "data.missing")
    try:
        schema = pq.read_schema(path)
        # Source columns repeat per source: as dictionaries a million rows cost tens of MB, not hundreds.
        arrow = pq.read_table(path, columns=[c for c in schema.names if c in required and c not in skip],
                              read_dictionary=[c for c in _REPEATED_TEXT if c in schema.names])
    except Exception as exc:  # any pyarrow failure means the same thing to the reader: rebuild it
        raise _unavailable(path, "data.unreadable") from exc
    if any(c not in arrow.column_names and not (c in skip and c in schema.names) for c in required):
        raise _unavailable(path, "data.no_columns")
    return arrow, schema.metadata or {}


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()[:16]


def _report_state(path: Path, version: str) -> str:
    """Whether build_report.json beside the table describes this table (a build killed between
    writing its reports and its table leaves new reports beside the old table)."""
    try:
        reported = json.loads(path.with_name(REPORT_NAME).read_text(encoding="utf-8")).get("table_version")
    except (OSError, ValueError, AttributeError):
        return "missing"
    return "ok" if reported == version else "mismatch"


def load(path: Path | str) -> Table:
    path = Path(path)
    try:
        mtime = path.stat().st_mtime
    except OSError:
        mtime = None
    arrow, meta = _read(path, REQUIRED_COLUMNS, NOT_LOADED)
    try:
        catalog = json.loads(meta[b"catalog"])
    except (KeyError, ValueError) as exc:
        raise _unavailable(path, "data.no_catalog") from exc
    try:
        version = (meta.get(VERSION_KEY) or b"").decode("ascii").strip() or _file_hash(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise _unavailable(path, "data.unreadable") from exc

    df = arrow.to_pandas()  # dictionary columns arrive as categoricals: compact for a million rows
    del arrow
    pa.default_memory_pool().release_unused()  # hand the arrow buffers back instead of holding them
    for col in ("year", "period_start", "base_year"):
        df[col] = df[col].astype("Int64")

    built_at = datetime.fromtimestamp(mtime, UTC).isoformat(timespec="seconds") if mtime else ""
    table = Table(path=path, df=df, catalog=catalog, version=version, built_at=built_at,
                  report=_report_state(path, version))
    table.themes = {t["id"]: t for t in catalog.get("themes", [])}
    table.regions = {r["id"]: r for r in catalog.get("regions", [])}
    table.indicators = {i["id"]: i for i in catalog.get("indicators", [])}
    table.by_indicator = df.groupby("indicator", observed=True, sort=False).indices
    # Charts only ever read preferred rows: a small frame, kept with plain string columns so that
    # the figure code needs no categorical care.
    preferred = _plain(df[df["preferred"]]).sort_values(["indicator", "region", "year"], kind="stable")
    # copy(): one block per dtype, so taking a chart's rows is a few array takes, not one per column.
    # Plain (object) column labels: pandas 3 would keep them as an arrow string index, which costs a
    # pyarrow lookup on every column a chart reads (thousands per redraw).
    preferred.columns = pd.Index(list(preferred.columns), dtype=object)
    table.preferred_by_indicator = {ind: part.copy() for ind, part in preferred.groupby("indicator", sort=False)}
    table.series_index = {ind: _series_index(part) for ind, part in table.preferred_by_indicator.items()}
    order = {r: i for i, r in enumerate(table.regions)}
    table.regions_by_indicator = {
        ind: sorted(regions_, key=lambda r: order.get(r, len(order)))
        for ind, (regions_, _years) in table.series_index.items()}
    years = df["year"]
    table.years = (int(years.min()), int(years.max())) if years.notna().any() else None
    table.candidates, table.candidates_error = load_candidates(path.with_name(CANDIDATES_NAME))
    table.targets = load_targets(path.with_name(TARGETS_NAME), table.indicators)
    companions = [_companion_version(path.with_name(name_)) for name_ in (CANDIDATES_NAME, TARGETS_NAME)]
    table.cache_key = "+".join([version] + [c for c in companions if c not in (None, version)])
    return table


def load_targets(path: Path, indicators: dict) -> dict[str, list[dict]]:
    """indicator -> its plan targets as plain dicts, sorted by region and year. An old build has no file and
    a broken one must not take the charts down: both mean no targets (a broken file is logged). Targets of
    indicators the catalogue does not know are left out, like any row the app could not name."""
    if not path.exists():
        return {}
    try:
        frame = pq.read_table(path).to_pandas()
        missing = [c for c in ("indicator", "region", "target_year", "value") if c not in frame.columns]
        if missing:
            raise ValueError(f"no column {', '.join(missing)}")
        out: dict[str, list[dict]] = {}
        for rec in frame.to_dict("records"):
            if rec["indicator"] not in indicators or pd.isna(rec["value"]) or pd.isna(rec["target_year"]):
                continue
            row = {k: (None if _blank(rec.get(k)) else rec.get(k)) for k in TARGET_FIELDS}
            row.update(target_year=int(rec["target_year"]), value=float(rec["value"]),
                       comparator=row["comparator"] if row["comparator"] in ("le", "ge", "eq") else "eq")
            out.setdefault(row["indicator"], []).append(row)
    except Exception as exc:  # noqa: BLE001 - any reading failure means the same: draw no targets
        log.error("targets file %s cannot be used (%s): no targets are drawn", path, exc)
        return {}
    for rows in out.values():
        rows.sort(key=lambda r: (r["region"], r["target_year"], r["value"]))
    return out


def _blank(value) -> bool:
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _series_index(part: pd.DataFrame) -> tuple[dict, np.ndarray]:
    """region -> (start, end of dated rows, stop) of one indicator's preferred frame (sorted by region, then
    year with missing years last), and the frame's years as int64 (-1 where missing)."""
    years = part["year"].to_numpy(dtype="int64", na_value=-1)
    dated = part["year"].notna().to_numpy()
    regions_ = part["region"].to_numpy()
    index: dict = {}
    start = 0
    n = len(part)
    while start < n:
        region_ = regions_[start]
        stop = start + 1
        while stop < n and regions_[stop] == region_:
            stop += 1
        index[region_] = (start, start + int(dated[start:stop].sum()), stop)
        start = stop
    return index, years


def _companion_version(path: Path) -> str | None:
    """The version a candidates file was published with (the build stamps its table's), else its hash."""
    try:
        stamp = (pq.read_schema(path).metadata or {}).get(VERSION_KEY)
        return stamp.decode("ascii") if stamp else _file_hash(path)
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - a broken companion is reported by load_candidates; any key will do
        return "unreadable"


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


@dataclass(frozen=True)
class _State:
    """What a worker serves: replaced as a whole, so a reader never sees half of a swap."""
    path: Path | None = None
    table: Table | None = None
    error: str | None = None       # no table at all: every page shows this
    stale: str | None = None       # a newer file could not be read: the old table keeps serving
    signature: tuple | None = None  # (inode, size, mtime) of the file the state was made from
    checked: float = 0.0


_state = _State()
_reload_lock = threading.Lock()


def _signature(path: Path) -> tuple | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def init(path: Path | str | None = None) -> None:
    """(Re)load the table now; the app calls this once at start-up, tests with a fixture path.
    The file is watched from then on (see `refresh`)."""
    global _state
    path = Path(path or data_path())
    with _reload_lock:
        signature = _signature(path)
        try:
            _state = _State(path, load(path), None, None, signature, time.monotonic())
        except DataUnavailable as exc:
            _state = _State(path, None, str(exc), None, signature, time.monotonic())


def refresh(force: bool = False) -> bool:
    """Pick up a rebuilt table: stat the file (at most once per CHECK_INTERVAL_S unless forced) and, if it
    changed, load it and swap it in. Returns whether a new table now serves.

    One thread per worker loads; the others keep answering from the current table meanwhile. An
    unreadable new file keeps the old table (and is not retried until the file changes again).
    """
    global _state
    state = _state
    if state.path is None:
        init()
        return True
    now = time.monotonic()
    if not force and now - state.checked < CHECK_INTERVAL_S:
        return False
    if not _reload_lock.acquire(blocking=force):
        return False  # another thread is checking or loading
    try:
        state = _state
        signature = _signature(state.path)
        if signature == state.signature:
            _state = _State(state.path, state.table, state.error, state.stale, signature, now)
            return False
        try:
            table_ = load(state.path)
        except DataUnavailable as exc:
            if state.table is None:
                _state = _State(state.path, None, str(exc), None, signature, now)
            else:
                log.error("kept table version %s: the new data file cannot be used", state.table.version)
                _state = _State(state.path, state.table, None, str(exc), signature, now)
            return False
        if state.table is not None and table_.version != state.table.version:
            log.warning("data table version %s replaces %s", table_.version, state.table.version)
        _state = _State(state.path, table_, None, None, signature, time.monotonic())
        return True
    finally:
        _reload_lock.release()


def _current() -> _State:
    if _state.path is None:
        init()
    else:
        refresh()
    return _state


def generation() -> str:
    """The table's version (or the error's text): a key for caches of anything derived from the table."""
    state = _current()
    return state.table.cache_key if state.table is not None else f"error:{state.error}"


def version() -> str | None:
    state = _current()
    return state.table.version if state.table is not None else None


def error() -> str | None:
    return _current().error


def status() -> dict:
    """What /health reports: version, rows, build time and whether a newer file failed; no paths."""
    state = _current()
    if state.table is None:
        return {"status": "error", "message": state.error}
    t_ = state.table
    out = {"status": "ok", "table_version": t_.version, "built_at": t_.built_at, "rows": int(len(t_.df)),
           "indicators": len(t_.indicators), "build_report": t_.report}
    if state.stale:
        out.update(status="stale", message=state.stale)
    return out


def table() -> Table:
    state = _current()
    if state.table is None:
        raise DataUnavailable(state.error)
    return state.table


# ---- catalogue -------------------------------------------------------------------------

def themes() -> list[dict]:
    return list(table().themes.values())


def regions() -> list[dict]:
    return list(table().regions.values())


def indicators(theme_id: str | None = None) -> list[dict]:
    return [i for i in table().indicators.values() if theme_id is None or i["theme"] == theme_id]


def _key(word) -> str:
    """How a word from a URL is compared with ids, names and aliases: percent-decoded (a browser's path
    arrives encoded), NFKC (fullwidth forms), trimmed, case-folded."""
    return unicodedata.normalize("NFKC", unquote(str(word))).strip().casefold()


def _aliases(entries: dict) -> dict[str, str]:
    """word -> id: ids first, then names in both languages, then the catalogue's aliases if it carries them;
    a word that would name two entries keeps its first owner."""
    words: dict[str, str] = {}
    for fields in (("id",), ("name_zh", "name_en"), ("aliases",)):
        for entry_id, entry in entries.items():
            for f in fields:
                values = entry.get(f)
                for value in (values if isinstance(values, list) else [values]):
                    if isinstance(value, str) and value.strip():
                        words.setdefault(_key(value), entry_id)
    return words


def resolve(kind: str, word) -> str:
    """The catalogue id a URL word means (an id, a name in either language or an alias), or UnknownId.
    kind: "theme", "region" or "indicator"."""
    t_ = table()
    entries = {"theme": t_.themes, "region": t_.regions, "indicator": t_.indicators}[kind]
    if isinstance(word, str) and word in entries:
        return word
    try:
        return cached(f"aliases:{kind}", lambda: _aliases(entries))[_key(word)]
    except (KeyError, TypeError):
        raise UnknownId(word) from None


def theme(theme_id: str) -> dict:
    return table().themes[resolve("theme", theme_id)]


def region(region_id: str) -> dict:
    """The region an id names; a name or alias (北京, Beijing, %E5%8C%97%E4%BA%AC) finds it too."""
    return table().regions[resolve("region", region_id)]


def indicator(indicator_id: str) -> dict:
    return table().indicators[resolve("indicator", indicator_id)]


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
    return cached("empty", lambda: _plain(table().df.iloc[0:0]))


def observations(indicator_id: str | None = None) -> pd.DataFrame:
    """Every row (all sources and vintages), for the tables that show where numbers come from."""
    t = table()
    if indicator_id is None:
        return t.df
    positions = t.by_indicator.get(indicator_id)
    return _empty() if positions is None else t.df.iloc[positions]


def series(indicator_id: str, regions: list[str] | None = None, year_from: int | None = None,
           year_to: int | None = None) -> pd.DataFrame:
    """Preferred rows only: the one value per indicator/region/year/period that charts draw.

    Answered from the per-indicator index built at load: each region's rows are a slice, the years a
    binary search, so a query costs the same on a million-row table as on the fixture. Rows come in the
    frame's order (region, then year) with their original labels.

    One redraw asks the same question three times per card (its spec, its figure, its text alternative), so
    the last SERIES_MEMO answers of this table are kept. Each caller gets its own (shallow, copy-on-write)
    copy, so it may change what it got without changing what the next caller sees."""
    t = table()
    key = ("series", indicator_id, tuple(regions) if regions else None, year_from, year_to)
    memo = t.cache.setdefault("series", {})
    found = memo.get(key)
    if found is None:
        found = memo[key] = _series(t, indicator_id, regions, year_from, year_to)
        while len(memo) > SERIES_MEMO:
            try:
                del memo[next(iter(memo))]  # the oldest answer
            except (KeyError, StopIteration, RuntimeError):  # another thread evicted it first
                break
    return found.copy(deep=False)


def _series(t: Table, indicator_id: str, regions, year_from: int | None, year_to: int | None) -> pd.DataFrame:
    df = t.preferred_by_indicator.get(indicator_id)
    if df is None:
        return _empty()
    index, years = t.series_index[indicator_id]
    wanted = set(regions) if regions else None
    bounded = year_from is not None or year_to is not None
    pieces = []
    for region_, (start, dated_end, stop) in index.items():
        if wanted is not None and region_ not in wanted:
            continue
        if not bounded:  # every row, the undated ones too
            pieces.append(np.arange(start, stop))
            continue
        lo, hi = start, dated_end  # a year bound leaves out rows without a year
        if year_from is not None:
            lo = start + int(np.searchsorted(years[start:dated_end], year_from, side="left"))
        if year_to is not None:
            hi = start + int(np.searchsorted(years[start:dated_end], year_to, side="right"))
        if hi > lo:
            pieces.append(np.arange(lo, hi))
    if len(pieces) == len(index) and not bounded:
        return df.copy()
    positions = np.concatenate(pieces) if pieces else np.arange(0)
    return df.iloc[positions]


def regions_for(indicator_id: str) -> list[str]:
    return list(table().regions_by_indicator.get(indicator_id, ()))


def indicators_for(region_id: str) -> list[dict]:
    t = table()
    regions_of = cached("regions_of", lambda: {  # asked for every region by every navbar render
        iid: set(part["region"]) for iid, part in t.preferred_by_indicator.items()})
    return [i for iid, i in t.indicators.items() if region_id in regions_of.get(iid, ())]


def has_data(indicator_id: str) -> bool:
    return indicator_id in table().preferred_by_indicator


def year_span() -> tuple[int, int]:
    """First and last year in the table (worked out once per table version, at load)."""
    return table().years or (2013, 2024)


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


def cached(key, build):
    """What `build()` gives, built once per loaded table (the table never changes while the app runs)."""
    t_ = table()
    if key not in t_.cache:
        t_.cache[key] = build()
    return t_.cache[key]


def candidates() -> pd.DataFrame:
    """Numbers the releases state whose indicator the catalogue does not know yet; empty when none."""
    return table().candidates


def candidates_error() -> str | None:
    return table().candidates_error


def targets(indicator_id: str, regions=None) -> list[dict]:
    """The plan targets of one indicator for the given regions (all when none given), in catalogue region
    order, then by target year; [] when the build wrote no targets file. Callers get copies."""
    t_ = table()
    rows = t_.targets.get(indicator_id, [])
    wanted = set(regions) if regions else None
    order = {r: i for i, r in enumerate(t_.regions)}
    chosen = [dict(r) for r in rows if wanted is None or r["region"] in wanted]
    return sorted(chosen, key=lambda r: (order.get(r["region"], len(order)), r["target_year"], r["value"]))


def years_with_data(indicator_id: str, region_id: str) -> int:
    """How many distinct years one region's preferred values of an indicator cover (a trend needs three)."""
    return cached("years_of", _years_of).get((indicator_id, region_id), 0)  # asked for every indicator by every overview render


def _years_of() -> dict[tuple[str, str], int]:
    counts = {}
    for iid, part in table().preferred_by_indicator.items():
        for region_id, n in part.groupby("region", sort=False)["year"].nunique().items():
            counts[(iid, region_id)] = int(n)
    return counts


def sources() -> pd.DataFrame:
    """One row per release or reference series: how many figures it gave and how many disagree."""
    return cached("sources", lambda: _sources(table().df))


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
