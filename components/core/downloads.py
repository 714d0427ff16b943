"""Observations as a reader sees them in a grid and downloads them: names in the page language,
qualifiers spelled out, derived values marked, Excel-safe CSV.

Excel guesses a CSV's encoding from its first bytes; without the UTF-8 BOM it shows Chinese
as mojibake, so the CSV always starts with one.
"""
from __future__ import annotations

import base64
import io

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
