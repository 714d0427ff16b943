"""The contract between the ETL and the app: the columns of data/indicators.parquet.

One row is one observation: one value of one indicator for one region and year, as one
source states it. The app reads only this table, so every name, unit and citation it shows
must be in a column here. Keep the column list, order and types in this one place; the ETL
casts to it before writing and the app checks it when loading.
"""
from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = "1"

_dict = pa.dictionary(pa.int32(), pa.string())

# (name, type, nullable, meaning) — the meaning is written into the parquet's field metadata.
COLUMNS: list[tuple[str, pa.DataType, bool, str]] = [
    ("indicator", _dict, False, "indicator id from etl/meta/indicators/<theme>.yml"),
    ("indicator_name_zh", _dict, False, "indicator name, Chinese"),
    ("indicator_name_en", _dict, False, "indicator name, English"),
    ("theme", _dict, False, "theme id from etl/meta/themes.yml"),
    ("theme_name_zh", _dict, False, "theme name, Chinese"),
    ("theme_name_en", _dict, False, "theme name, English"),
    ("region", _dict, False, "region id from etl/meta/regions.yml"),
    ("region_name_zh", _dict, False, "region name, Chinese"),
    ("region_name_en", _dict, False, "region name, English"),
    ("year", pa.int16(), False, "the year the value refers to (end year of a cumulative period)"),
    ("period_start", pa.int16(), True, "first year of a cumulative period (累计 since ...), else null"),
    ("base_year", pa.int16(), True, "base year of a change or multiple (较2013年, 是2015年的), else null"),
    ("value", pa.float64(), False, "the number in the indicator's unit"),
    ("qualifier", _dict, False, "exact | approx (约/近/左右) | more_than (超/余/多) | at_least (以上)"),
    ("raw", pa.string(), True, "the number as written in the source, e.g. 4800余家"),
    ("unit", _dict, False, "unit, Chinese (亿元, 微克/立方米, %, 倍, 家 ...)"),
    ("unit_en", _dict, False, "unit, English"),
    ("measure", _dict, False, "level | cumulative | change | multiple | share"),
    ("source_id", _dict, False, "stable id of the source (release file stem, or curated source id)"),
    ("source_kind", _dict, False, "release (text) | reference (curated figure) | statistics (official series)"),
    ("source_title", pa.string(), False, "title of the release or page"),
    ("source_publisher", pa.string(), True, "publisher, when known"),
    ("source_date", pa.string(), True, "publication date as given: YYYY, YYYY-MM or YYYY-MM-DD"),
    ("source_url", pa.string(), True, "where it was published, when known"),
    ("source_location", pa.string(), True, "file and line where the figure was read"),
    ("quote", pa.string(), True, "the clause the number came from (text sources)"),
    ("corroborated_by", pa.list_(pa.string()), False, "ids of other sources that state the same value (merged into this row)"),
    ("method", pa.string(), False, "how the value was obtained: extracted, curated, or derived with its method"),
    ("derived", pa.bool_(), False, "true when computed from other observations (method says how)"),
    ("vintage", _dict, True, "revision of a statistical series, e.g. nbs-2025-5th-census"),
    ("preferred", pa.bool_(), False, "the one observation per indicator/region/year that charts use"),
    ("conflict", pa.bool_(), False, "other sources give a different value for the same indicator/region/year"),
]

SCHEMA = pa.schema(
    [pa.field(name, typ, nullable=nullable, metadata={"description": desc}) for name, typ, nullable, desc in COLUMNS],
    metadata={"schema_version": SCHEMA_VERSION, "table": "jjj indicators"},
)

COLUMN_NAMES = [c[0] for c in COLUMNS]

# Rows are written in this order, so the same inputs give the same bytes.
SORT_KEYS = ["theme", "indicator", "region", "year", "preferred", "source_id", "value", "source_location"]

QUALIFIERS = ("exact", "approx", "more_than", "at_least")
MEASURES = ("level", "cumulative", "change", "multiple", "share")
SOURCE_KINDS = ("release", "reference", "statistics")

# The companion table data/candidates.parquet: numbers with a unit, a region and a year whose indicator
# the catalogue does not know yet. They pass the same precision rules as catalogued rows and keep full
# provenance; the app lists them (/sources) but never charts them. Mapping one is a YAML edit: a new
# indicator, or its candidate_id under an indicator's `synonyms`.
CANDIDATE_COLUMNS: list[tuple[str, pa.DataType, bool, str]] = [
    ("candidate_id", _dict, False, "normalised measure phrase + unit, e.g. 引进京冀投资|亿元"),
    ("phrase", _dict, False, "the measure phrase as normalised from the text, e.g. 引进京冀投资"),
    ("unit", _dict, False, "unit as the text states it (canonical form: 亿元, 万标准箱, %, 家 ...)"),
    ("measure", _dict, False, "level | cumulative | change | multiple | share"),
    ("region", _dict, False, "region id from etl/meta/regions.yml"),
    ("region_name_zh", _dict, False, "region name, Chinese"),
    ("region_name_en", _dict, False, "region name, English"),
    ("year", pa.int16(), False, "the year the value refers to (end year of a cumulative period)"),
    ("period_start", pa.int16(), True, "first year of a cumulative period, else null"),
    ("base_year", pa.int16(), True, "base year of a change or multiple, else null"),
    ("value", pa.float64(), False, "the number in `unit`, as written (never rounded)"),
    ("qualifier", _dict, False, "exact | approx | more_than | at_least"),
    ("raw", pa.string(), True, "the number as written in the source"),
    ("source_id", _dict, False, "release file stem"),
    ("source_title", pa.string(), False, "title of the release"),
    ("source_publisher", pa.string(), True, "publisher, when known"),
    ("source_date", pa.string(), True, "publication date as given"),
    ("source_url", pa.string(), True, "where it was published, when known"),
    ("source_location", pa.string(), False, "file and line where the number was read"),
    ("quote", pa.string(), False, "the clause the number came from"),
]

CANDIDATE_SCHEMA = pa.schema(
    [pa.field(name, typ, nullable=nullable, metadata={"description": desc}) for name, typ, nullable, desc in CANDIDATE_COLUMNS],
    metadata={"schema_version": SCHEMA_VERSION, "table": "jjj indicator candidates"},
)
CANDIDATE_SORT_KEYS = ["candidate_id", "region", "year", "source_id", "source_location", "value"]

# The companion table data/targets.parquet: plan targets a release states (到2025年…控制在…以下). They are
# not observations, so they never enter the series; charts draw them as reference marks at the target
# year, and the indicator page shows the gap to them. The file may be absent (older builds): no targets.
TARGET_COLUMNS: list[tuple[str, pa.DataType, bool, str]] = [
    ("indicator", pa.string(), False, "indicator id from etl/meta/indicators/<theme>.yml"),
    ("region", pa.string(), False, "region id from etl/meta/regions.yml"),
    ("target_year", pa.int32(), False, "the year by which the target is to be met"),
    ("value", pa.float64(), False, "the target in the indicator's unit"),
    ("unit", pa.string(), False, "the indicator's unit, Chinese"),
    ("comparator", pa.string(), False, "le (at most) | ge (at least) | eq (reach, about)"),
    ("source_id", pa.string(), False, "stable id of the source that states the target"),
    ("source_title", pa.string(), False, "title of the release or page"),
    ("publisher", pa.string(), True, "publisher, when known"),
    ("published", pa.string(), True, "publication date as given"),
    ("url", pa.string(), True, "where it was published, when known"),
    ("line", pa.int32(), True, "line of the release where the target was read (null for curated targets)"),
    ("quote", pa.string(), True, "the clause the target came from (text sources)"),
]
TARGET_SCHEMA = pa.schema(
    [pa.field(name, typ, nullable=nullable, metadata={"description": desc}) for name, typ, nullable, desc in TARGET_COLUMNS],
    metadata={"schema_version": SCHEMA_VERSION, "table": "jjj plan targets"},
)
TARGET_SORT_KEYS = ["indicator", "region", "target_year", "source_id", "value", "line"]
COMPARATORS = ("le", "ge", "eq")


def row_order(keys: list[str]):
    """Sort key over `keys` for the companion tables, nulls last: the same rows give the same bytes."""
    def key(row: dict) -> tuple:
        return tuple((row.get(k) is None, row.get(k) if row.get(k) is not None else 0) for k in keys)
    return key
