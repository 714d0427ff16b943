"""Observations as a reader sees them in a grid and downloads them: names in the page language,
qualifiers spelled out, derived values marked, Excel-safe CSV.

Excel guesses a CSV's encoding from its first bytes; without the UTF-8 BOM it shows Chinese
as mojibake, so the CSV always starts with one.
"""
from __future__ import annotations

import base64
import io

import numpy as np
import pandas as pd

from components.core.formatting import is_missing, row_label
from components.core.i18n import FULLWIDTH_BRACKETS, STRINGS, qualifier_word, t

# Columns of a download, in order: (table column, i18n key).
DOWNLOAD_COLUMNS = [
    ("indicator", "col.indicator_id"), ("indicator_name", "col.indicator"), ("region_name", "col.region"),
    ("year", "col.year"), ("period_start", "col.period_start"), ("base_year", "col.base_year"),
    ("value", "col.value"), ("unit", "col.unit"), ("display", "col.display"), ("qualifier", "col.qualifier"),
    ("raw", "col.raw"), ("measure", "col.measure"), ("vintage", "col.vintage"), ("preferred", "col.preferred"),
    ("conflict", "col.conflict"), ("derived", "col.derived"), ("source_title", "col.source_title"),
    ("source_publisher", "col.source_publisher"), ("source_date", "col.source_date"), ("source_url", "col.source_url"),
    ("quote", "col.quote"), ("method", "col.method"),
]
_FLAGS = ("preferred", "conflict", "derived")


def display_records(df: pd.DataFrame, decimals: dict[str, int], lang: str = "zh") -> list[dict]:
    """Rows as plain dicts (JSON-safe) with the formatted value and names in the page language."""
    suffix = "en" if lang == "en" else "zh"
    records = []
    for row in df.to_dict("records"):
        rec = {k: (None if is_missing(v) else v) for k, v in row.items() if not isinstance(v, (list, tuple))}
        rec["indicator_name"] = rec.get(f"indicator_name_{suffix}")
        rec["region_name"] = rec.get(f"region_name_{suffix}")
        rec["theme_name"] = rec.get(f"theme_name_{suffix}")
        rec["unit"] = rec.get("unit_en") if lang == "en" else rec.get("unit")
        rec["display"] = row_label(row, decimals.get(row["indicator"], 1), lang)
        rec["qualifier_label"] = qualifier_word(row["qualifier"], lang)
        rec["derived"] = bool(rec.get("derived"))
        for col in ("year", "period_start", "base_year"):
            rec[col] = int(rec[col]) if rec.get(col) is not None else None
        records.append(rec)
    return records


def download_frame(records: list[dict], lang: str = "zh") -> pd.DataFrame:
    """The rows a reader filtered, with headers in the page language."""
    frame = pd.DataFrame.from_records(records, columns=[c for c, _ in DOWNLOAD_COLUMNS])
    yes, no = t("yes", lang), t("no", lang)
    for col in _FLAGS:
        frame[col] = frame[col].map(lambda v: yes if v else no)
    frame["qualifier"] = frame["qualifier"].map(lambda q: qualifier_word(q, lang) if q else q)
    # Words, not the table's internal codes: 水平值 rather than level; a stated figure's method is just that.
    frame["measure"] = frame["measure"].map(lambda m: t(f"measure.{m}", lang) if m and f"measure.{m}" in STRINGS else m)
    stated = frame["derived"] != yes
    frame.loc[stated, "method"] = t("method.stated", lang)
    for col in ("year", "period_start", "base_year"):
        frame[col] = frame[col].astype("Int64")
    frame.columns = [t(key, lang) for _, key in DOWNLOAD_COLUMNS]
    return frame


def csv_bytes(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False).encode("utf-8-sig")


def xlsx_bytes(frame: pd.DataFrame, sheet: str = "data") -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        frame.to_excel(writer, index=False, sheet_name=sheet)
        sheet_obj = writer.sheets[sheet]
        sheet_obj.freeze_panes = "A2"  # the header stays in view
        sheet_obj.auto_filter.ref = sheet_obj.dimensions  # and carries Excel's filter buttons
        for i, column in enumerate(frame.columns, start=1):
            longest = frame[column].astype(object).fillna("").astype(str).str.len().max()
            width = min(60, max(8, int(longest if longest == longest else 0) + 2, len(str(column)) * 2 + 2))
            sheet_obj.column_dimensions[sheet_obj.cell(row=1, column=i).column_letter].width = width
    return buffer.getvalue()


def as_download(data: bytes, filename: str) -> dict:
    """Bytes in the shape dcc.Download takes (what dcc.send_bytes returns), without importing Dash."""
    return {"content": base64.b64encode(data).decode(), "filename": filename, "type": None, "base64": True}


def table_download(frame: pd.DataFrame, stem: str, as_xlsx: bool) -> dict:
    """The same rows as XLSX or as CSV with a BOM, for dcc.Download."""
    return as_download(xlsx_bytes(frame), f"{stem}.xlsx") if as_xlsx else as_download(csv_bytes(frame), f"{stem}.csv")


def grid_column(field: str, key: str, lang: str, **extra) -> dict:
    """One AG Grid column with its header in the page language."""
    return {"field": field, "headerName": t(key, lang), **extra}


def markdown_link(title: str | None, url: str | None) -> str:
    """A title as a link for the grids' markdown cells; square brackets in it would end the link text."""
    title = (title or "").translate(_BRACKETS)
    return f"[{title}]({url})" if url else title


_BRACKETS = str.maketrans(FULLWIDTH_BRACKETS)


# ---- the /data grid on the server: filter, sort and page a frame (AG Grid's infinite row model) -------
#
# The grid asks for one block of rows at a time with its filter and sort models; the browser never holds
# the table. A block is a slice of a frame filtered and sorted once per (table, view, filters, sort) and
# kept in a small cache, so scrolling costs a slice. Names, units and qualifier words are columns built
# once per table and language; the formatted value (`display`) is built only for the rows sent, or for
# the filtered rows when a filter reads it. Sorting by the formatted value sorts by the value.

GRID_TEXT_COLUMNS = ("indicator_name", "region_name", "theme_name", "unit", "qualifier_label", "vintage",
                     "source_title", "source_date", "quote", "display", "preferred", "conflict", "derived")
GRID_NUMBER_COLUMNS = ("year", "value", "period_start", "base_year")
_SORT_AS = {"display": "value"}
_INT_COLUMNS = ("year", "period_start", "base_year")
_BLOCK_MAX = 1000  # rows in one answer, whatever the request asks


def grid_frame(df: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    """The table with the grid's columns in the page language, vectorised (no per-row Python). Repeated
    text stays categorical (a million rows cost their codes, not a million strings)."""
    suffix = "en" if lang == "en" else "zh"
    frame = df.drop(columns=[c for c in ("corroborated_by",) if c in df.columns])  # a list per row: never shown
    for kind in ("indicator", "region", "theme"):
        frame[f"{kind}_name"] = df[f"{kind}_name_{suffix}"]
    frame["unit"] = df["unit_en"] if lang == "en" else df["unit"]
    qualifier = df["qualifier"].astype("category")
    frame["qualifier_label"] = qualifier.cat.rename_categories(
        [qualifier_word(q, lang) for q in qualifier.cat.categories]) if len(qualifier.cat.categories) else qualifier
    frame["derived"] = df["derived"].fillna(False).astype(bool)
    for col in ("preferred", "conflict"):
        frame[col] = df[col].fillna(False).astype(bool)
    for col in _INT_COLUMNS:
        frame[col] = pd.to_numeric(df[col], errors="coerce").astype("Int64")
    return frame.reset_index(drop=True)


def with_display(frame: pd.DataFrame, decimals: dict[str, int], lang: str = "zh") -> pd.DataFrame:
    """The frame with its formatted value column (one label per row: only for rows that need it)."""
    if "display" in frame.columns:
        return frame
    frame = frame.copy()
    frame["display"] = [row_label(row, decimals.get(row["indicator"], 1), lang)
                        for row in frame[["indicator", "value", "unit", "unit_en", "qualifier", "measure"]]
                        .to_dict("records")] if len(frame) else pd.Series(dtype=object)
    return frame


def _text_of(series: pd.Series) -> pd.Series:
    """A column as lower-case text for a text filter; a categorical one is lowered per category, not per row."""
    if series.dtype == bool:
        return series.map({True: "true", False: "false"})
    if isinstance(series.dtype, pd.CategoricalDtype):
        lowered = np.append(series.cat.categories.astype(str).str.lower().to_numpy(dtype=object), "")
        return pd.Series(lowered[series.cat.codes.to_numpy()], index=series.index)  # code -1 (missing) -> ""
    return series.astype(object).where(series.notna(), "").astype(str).str.lower()


def _text_condition(series: pd.Series, cond: dict) -> pd.Series:
    kind = cond.get("type") or "contains"
    if kind == "blank":
        return series.isna() | (series.astype(object).astype(str) == "")
    if kind == "notBlank":
        return ~_text_condition(series, {"type": "blank"})
    text, word = _text_of(series), str(cond.get("filter") or "").lower()
    tests = {"contains": lambda: text.str.contains(word, regex=False),
             "notContains": lambda: ~text.str.contains(word, regex=False),
             "equals": lambda: text == word, "notEqual": lambda: text != word,
             "startsWith": lambda: text.str.startswith(word), "endsWith": lambda: text.str.endswith(word)}
    return tests.get(kind, tests["contains"])() if word or kind in ("equals", "notEqual") else text == text


def _number(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _number_condition(series: pd.Series, cond: dict) -> pd.Series:
    values = pd.to_numeric(series, errors="coerce").astype(float)
    kind, low, high = cond.get("type") or "equals", _number(cond.get("filter")), _number(cond.get("filterTo"))
    if kind == "blank":
        return values.isna()
    if kind == "notBlank":
        return values.notna()
    if low is None:
        return pd.Series(True, index=series.index)
    tests = {"equals": lambda: values == low, "notEqual": lambda: values != low,
             "greaterThan": lambda: values > low, "greaterThanOrEqual": lambda: values >= low,
             "lessThan": lambda: values < low, "lessThanOrEqual": lambda: values <= low,
             "inRange": lambda: (values >= low) & (values <= (high if high is not None else low))}
    return tests.get(kind, tests["equals"])().fillna(False).astype(bool)


def _column_mask(series: pd.Series, spec: dict) -> pd.Series:
    """One column's filter model, simple or combined ({operator: AND|OR, conditions: [...]})."""
    test = _number_condition if spec.get("filterType") == "number" else _text_condition
    conditions = spec.get("conditions")
    if isinstance(conditions, list) and conditions:
        masks = [test(series, c) for c in conditions if isinstance(c, dict)]
        if not masks:
            return pd.Series(True, index=series.index)
        combined = masks[0]
        for mask in masks[1:]:
            combined = (combined | mask) if str(spec.get("operator", "AND")).upper() == "OR" else (combined & mask)
        return combined
    return test(series, spec)


def filter_rows(frame: pd.DataFrame, model: dict | None) -> pd.DataFrame:
    """Rows that pass AG Grid's filter model; a column the grid does not show is ignored."""
    known = set(GRID_TEXT_COLUMNS) | set(GRID_NUMBER_COLUMNS)
    mask = pd.Series(True, index=frame.index)
    for col, spec in (model or {}).items():
        if col in known and col in frame.columns and isinstance(spec, dict):
            mask &= _column_mask(frame[col], spec).to_numpy(dtype=bool)
    return frame[mask]


def sort_rows(frame: pd.DataFrame, sort_model: list | None) -> pd.DataFrame:
    """Rows in AG Grid's sort model order (stable, gaps last); the table's own order otherwise."""
    keys = [(_SORT_AS.get(s.get("colId"), s.get("colId")), s.get("sort") != "desc")
            for s in (sort_model or []) if isinstance(s, dict)]
    keys = [(col, asc) for col, asc in keys if col in frame.columns]
    if not keys:
        return frame
    return frame.sort_values([c for c, _ in keys], ascending=[a for _, a in keys], kind="stable", na_position="last",
                             key=_alphabetical)


def _alphabetical(series: pd.Series) -> pd.Series:
    """Categorical text sorts by its words, not by the order its categories were met."""
    return series.astype(object) if isinstance(series.dtype, pd.CategoricalDtype) else series


def block_records(frame: pd.DataFrame, start: int, end: int, decimals: dict[str, int], lang: str = "zh",
                  fields: list[str] | None = None) -> list[dict]:
    """Rows start..end (end excluded, at most _BLOCK_MAX) as JSON-safe dicts, with their formatted value;
    only `fields` when given (what the grid shows: a block stays small)."""
    start = max(0, int(start or 0))
    end = min(len(frame), max(start, int(end or 0)), start + _BLOCK_MAX)
    part = with_display(frame.iloc[start:end], decimals, lang)
    if fields:
        part = part[[f for f in fields if f in part.columns]]
    records = []
    for row in part.to_dict("records"):
        records.append({k: (None if is_missing(v) else (int(v) if k in _INT_COLUMNS else v)) for k, v in row.items()})
    return records


def frame_download(frame: pd.DataFrame, decimals: dict[str, int], lang: str = "zh") -> pd.DataFrame:
    """The filtered, sorted rows of the grid as a download (same columns and words as download_frame)."""
    part = with_display(frame, decimals, lang)
    return download_frame(part.astype(object).where(part.notna(), None).to_dict("records"), lang)
