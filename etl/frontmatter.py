"""Reading a release file safely: one entry point, `read_source(path) -> SourceFile`, whose only
outcomes are a checked record or a `SourceError` naming the file, the line, the field, the value
and what was expected.

A release is UTF-8 text (a byte-order mark is dropped) that starts with a YAML front-matter block
between two `---` lines, followed by the body (see ../shared/README.md for the keys). The reader
refuses, with a message that says why:
  - other encodings: UTF-16/32 (byte-order mark or NUL bytes), GBK/GB18030 and Big5 are named;
  - anything that is not a regular file, or larger than MAX_SOURCE_BYTES (512 KiB; a real release is
    1-20 KB, a full statistical communique about 100 KB), checked before the file is read whole;
  - a front matter longer than FRONT_MAX_LINES / FRONT_MAX_CHARS, YAML anchors and aliases (no
    alias bombs), nesting deeper than FRONT_MAX_DEPTH, tags other than YAML's plain ones
    (`!!python/object`, `!!binary`, ...), duplicate keys, keys that are not plain names;
  - a value of the wrong kind or out of range (see `_Ctx`): titles and publisher are one line
    of text, `published` is YYYY, YYYY-MM or YYYY-MM-DD (an optional valid time of day is allowed
    and dropped) within a year of `reference_year`, `reference_year` and `status_year` are
    whole years, `language` is zh-Hans or zh-Hant, `url` is http(s) or a bare domain path;
  - a body that is empty, longer than MAX_BODY_LINES lines or MAX_LINE_CHARS characters per line,
    or that runs for more than MAX_RUN_CHARS characters or MAX_RUN_NUMBERS numbers without sentence
    or clause punctuation (。！？；：， and ASCII ,;:!?), has more than MAX_SENTENCE_NUMBERS numbers
    in a sentence or MAX_NUMBERS in all. No real release comes near (longest clause ~150 characters
    with at most 12 numbers, at most 50 numbers a sentence); such a body is not prose, and the
    extractor's cost grows with the square of a clause and of a sentence: it quotes the whole
    clause for every number in it, and walks back over the sentence's earlier clauses for each
    number (a 256 KB body without punctuation took 90 s and 8 GB before these limits).

Memory and time stay bounded: the worst bodies these limits let through (512 KB with 10,000
numbers in 200-number sentences or 1,000-character clauses, measured on 2026-12-02) make a build of
that one release peak at ~150 MB RSS, ~120 MB of it the build itself, in about a second.
A table's row (three or more cell bars, no sentence end: `is_table_row`) is no prose: the run and
sentence limits skip it, its numbers still count towards MAX_NUMBERS, and the extractor reads it as a
table or skips it whole (7 rows of 1,400 numbers, 9,800 in all, extract in 1.4 s at 66 MB, measured on
2026-12-05). So is a table of places a repost ran into one line with spaces (地 区 … 北 京 -9.18 -3.39 …,
etl/spaced_table.py): only the prose before and after it is measured.

Dates are parsed here, not by the YAML loader (whose timestamp constructor raises a bare ValueError
on `2023-02-30`), so the string as written is kept beside the parsed value.
Keys the reader does not know are kept (FrontMatter.extra, in file order) and listed.
"""
from __future__ import annotations

import calendar
import os
import re
import stat
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any, NoReturn

import yaml

from etl import spaced_table
from etl.errors import SourceError

MAX_SOURCE_BYTES = 512 * 1024    # refused before reading: a real release is 1-20 KB (see the module doc)
MAX_BODY_LINES = 20_000          # real releases: at most ~150 lines
MAX_LINE_CHARS = 10_000          # real releases: at most ~700 characters a line
MAX_RUN_CHARS = 1_000            # characters (whitespace not counted) between two punctuation marks; real: ~150
MAX_RUN_NUMBERS = 60             # numbers between two punctuation marks; real: at most 12
MAX_SENTENCE_NUMBERS = 200       # numbers between two sentence ends (。！？!?); real: at most 50
MAX_NUMBERS = 10_000             # numbers in the body; real: at most ~100 (a full communique: a few thousand)
FRONT_MAX_LINES = 100            # the closing '---' must come within this many lines
FRONT_MAX_CHARS = 32 * 1024
FRONT_MAX_DEPTH = 8              # nesting of lists/mappings in a front-matter value
TEXT_MAX_CHARS = {"title": 500, "subtitle": 500, "publisher": 500, "note": 8_000, "url": 2_048, "home_region": 40}
LANGUAGES = ("zh-Hans", "zh-Hant")
MIN_YEAR = 1949
MAX_YEAR = 2100
PUBLISHED_TOLERANCE = 1          # |published year - reference_year| at most this
REQUIRED_KEYS = ("title", "publisher", "published", "reference_year")
# What a release's `url` says when its address is not known: no address, not a malformed one.
UNKNOWN_URL = frozenset({"unknown", "n/a", "na", "none", "-", "—", "未知", "不详", "无"})
KNOWN_KEYS = ("title", "subtitle", "publisher", "published", "reference_year", "language", "url", "note",
              "home_region", "status_year")

_YAML = "tag:yaml.org,2002:"
_PLAIN_TAGS = {_YAML + t for t in ("str", "int", "float", "bool", "null", "seq", "map")}
_KIND = {_YAML + "int": "a number", _YAML + "float": "a number", _YAML + "bool": "a yes/no value",
         _YAML + "null": "empty", _YAML + "seq": "a list", _YAML + "map": "a mapping", _YAML + "str": "text"}
_PUBLISHED_RE = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2})"
    r"(?:(?:[Tt]|[ \t]+)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::?\d{2})?))?)?)?)?", re.ASCII)
_YEAR_RE = re.compile(r"[0-9]{4}")
_REGION_RE = re.compile(r"[a-z][a-z0-9_]*")
_KEY_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_-]{0,63}")
_HOST_RE = re.compile(r"(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,63}", re.UNICODE)
_BARE_RE = re.compile(r"(?P<host>[^/?#:\s]+)(?::(?P<port>\d{1,5}))?(?:[/?#]\S*)?")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_BREAKS = "。！？!?；;：:，,"
_RUN_RE = re.compile(f"[^{re.escape(_BREAKS)}]{{{MAX_RUN_NUMBERS + 1},}}")   # shorter runs cannot break either limit
_NUMBER_RE = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
_SENTENCE_RE = re.compile(r"[^。！？!?]+")
# a row of a table as a page renders it (| 西青区 | 3.08 | 71.0 | 21 |): cells, not prose, which sets no sentence end
_TABLE_ROW_RE = re.compile(r"[^。！？!?|｜]*(?:[|｜][^。！？!?|｜]*){3,}")


# |||||: a page's row of empty cells over a table it flattened one cell a line (项 目 | / 计量单位 | / 2016年9月 | …)
_BARS_RE = re.compile(r"\s*[|｜](?:\s*[|｜])+\s*")
_CELL_LINE_RE = re.compile(r"[^|｜]*[^|｜\s][^|｜]*[|｜]\s*")
_EMPTY_CELL_RE = re.compile(r"\s*[|｜]\s*")
# the header of a statistics table's label column (项目, 指标): table.py reads a row of years under it as a header
LABEL_HEAD = r"项\s*目|指\s*标|指标名称|主要指标"
_HEAD_CELL_RE = re.compile(rf"\s*(?:{LABEL_HEAD})\s*[|｜]\s*")
_VALUE_CELL_RE = re.compile(r"|[-—－]+|-?[\d,，.]+\s*[%％‰]?")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# a table given a row a line with spaces between its cells, or a cell a line with no bars (bar_spaced_rows,
# rejoin_bare_cell_lines): cells are short, rows and headers have a dozen cells at most
_MAX_CELLS = 12
_MAX_CELL_CHARS = 12
_PLACE_HEAD_LINE = re.compile(r"\s*(?:地\s*区|省\s*份|城\s*市|区\s*域|地\s*市)\s*")
_BARE_VALUE_RE = re.compile(r"[-+]?[\d,]+(?:\.\d+)?\s*[%‰]?")  # (a cell of its own line holds a digit: no empty or dash cell)
_NOTE_CELL_RE = re.compile(r"\s*(?:注|说明|备注|资料来源|数据来源)\s*[:：\d]")


def rejoin_cell_lines(body: tuple[str, ...]) -> tuple[str, ...]:
    """A table flattened one cell a line: under a row of bars (one bar between each two cells: ||||| over six columns),
    or opening on a header cell (项目 |, 指标 |) with no bars, its columns then told by the cells (a name, then numbers
    or empty cells, in every row). Its rows are joined again, each on the line of its last cell, the other cells' lines
    left empty so that every line keeps its number. Fewer than three whole rows, or a run that ends mid-row, is left
    as it is."""
    out = list(body)
    i = 0
    while i < len(out):
        headed = _HEAD_CELL_RE.fullmatch(out[i]) and not (i and _CELL_LINE_RE.fullmatch(out[i - 1]))
        if not (_BARS_RE.fullmatch(out[i]) or headed):
            i += 1
            continue
        first = i if headed else i + 1
        j = first
        while j < len(out) and (_CELL_LINE_RE.fullmatch(out[j]) or (headed and j > first and _EMPTY_CELL_RE.fullmatch(out[j]))) and not (
                headed and _NOTE_CELL_RE.match(out[j])):  # (注：1、人口数为… |: the table's note, after its last row)
            j += 1
        cells = [out[k].strip()[:-1].strip() for k in range(first, j)]
        n = None if headed else out[i].count("|") + out[i].count("｜") + 1
        if not _whole_rows(cells, n) and cells and _HEAD_CELL_RE.fullmatch(out[first]):
            n = _columns(cells)  # 项目 |: the cells tell the columns (||| over merged header cells miscounts them)
        if _whole_rows(cells, n):
            for start in range(0, len(cells), n):
                out[first + start:first + start + n] = [""] * (n - 1) + ["| " + " | ".join(cells[start:start + n]) + " |"]
        i = max(j, i + 1)
    return tuple(out)


def rejoin_bare_cell_lines(body: tuple[str, ...]) -> tuple[str, ...]:
    """A table flattened one cell a line with no bars at all, under a header cell that names the places (地区, 省份,
    城市): after the header's cells, each row is a name and then as many numbers as the first row has. Its rows are
    joined again with their bars (| 北京 | 21893095 | 1.55 |), each on the line of its last cell, the header's cells
    on the line of its last one; three whole rows or more, else the lines are left as they are."""
    out = list(body)
    i = 0
    while i < len(out):
        if not _PLACE_HEAD_LINE.fullmatch(out[i]):
            i += 1
            continue
        first = next((r for r in range(i + 1, min(len(out) - 1, i + 1 + _MAX_CELLS))
                      if _row_name(out[r]) and _bare_value(out[r + 1])), None)
        if first is None:
            i += 1
            continue
        k = 0
        while first + 1 + k < len(out) and _bare_value(out[first + 1 + k]):
            k += 1
        rows, r = [], first
        while r + k < len(out) and _row_name(out[r]) and all(_bare_value(out[r + 1 + j]) for j in range(k)):
            rows.append(r)
            r += k + 1
        if len(rows) >= 3 and k <= _MAX_CELLS:
            out[i:first] = [""] * (first - i - 1) + ["| " + " | ".join(c.strip() for c in out[i:first]) + " |"]
            for start in rows:
                cells = [out[start + j].strip() for j in range(k + 1)]
                out[start:start + k + 1] = [""] * k + ["| " + " | ".join(cells) + " |"]
            i = r
        else:
            i += 1
    return tuple(out)


def _row_name(line: str) -> bool:
    return bool(_CJK.search(line)) and not _bare_value(line) and len(line.strip()) <= _MAX_CELL_CHARS


def _bare_value(line: str) -> bool:
    return bool(_BARE_VALUE_RE.fullmatch(line.strip()))


def bar_spaced_rows(body: tuple[str, ...]) -> tuple[str, ...]:
    """A table a page gave one row a line with spaces between its cells (排序 城市 效用值 / 1 广东 59.49 / 2 北京 53.22 …):
    three rows or more in a row, each of the same number of short cells, a number among them and no punctuation, get
    their bars back (| 1 | 广东 | 59.49 |), with the header line above them when it has as many cells and no number. The
    prose limits then measure no table as a sentence, and the extractor reads it as any table (etl/extract/table.py)."""
    out = list(body)
    cells = [_spaced_cells(line) for line in out]
    i = 0
    while i < len(out):
        n = len(cells[i]) if cells[i] else 0
        j = i
        while j < len(out) and cells[j] and len(cells[j]) == n:
            j += 1
        if j - i >= 3:
            if i and _spaced_head(out[i - 1], n):
                i -= 1
            for k in range(i, j):
                out[k] = "| " + " | ".join(out[k].split()) + " |"
        i = max(j, i + 1)
    return tuple(out)


def _spaced_cells(line: str) -> list[str] | None:
    """The cells of a line that reads as a spaced table row: 2–12 short cells, a number among them, no punctuation,
    no bar (None for prose)."""
    parts = line.split()
    if not 2 <= len(parts) <= _MAX_CELLS or any(len(p) > _MAX_CELL_CHARS for p in parts) or any(c in line for c in _BREAKS + "|｜"):
        return None
    return parts if any(_VALUE_CELL_RE.fullmatch(p) for p in parts) else None


# the times and names a header's cells may hold (2018年前三季度GDP(亿元), 1-9月, PM2.5浓度): no numbers of a row
_HEAD_TIMES = re.compile(r"(?:19|20)\d\d\s*年|\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月|\d{1,2}\s*月|[1-4]\s*季度|PM\s*2\.5|PM\s*10")


def _spaced_head(line: str, n: int) -> bool:
    """The header over n spaced columns: as many cells, no number but a time or a pollutant's name, no punctuation
    (排序 省份 效用值, 排名 城市 2018年前三季度GDP(亿元) 实际增速)."""
    return bool(line.strip()) and not _NUMBER_RE.search(_HEAD_TIMES.sub("", line)) and not any(c in line for c in _BREAKS + "|｜") and (
        len(line.split()) == n)


def _whole_rows(cells: list[str], n: int | None) -> bool:
    """Three rows or more of n cells each, none cut short."""
    return bool(n) and len(cells) >= 3 * n and len(cells) % n == 0


def _columns(cells: list[str]) -> int | None:
    """How many columns a flattened table headed by 项目 has: the fewest with which every row below the header is a
    name and then numbers (or empty cells)."""
    for n in range(2, 9):
        rows = [cells[k:k + n] for k in range(n, len(cells), n)]
        if len(cells) % n == 0 and len(rows) >= 2 and all(
                _CJK.search(r[0]) and not _VALUE_CELL_RE.fullmatch(r[0]) and all(_VALUE_CELL_RE.fullmatch(c) for c in r[1:])
                for r in rows):
            return n
    return None


def is_table_row(line: str) -> bool:
    """Three or more cell bars and no sentence end: a table's row, which the prose limits do not measure (a table of 16
    districts has 90 numbers and no punctuation) and the extractor does not read as a sentence."""
    return ("|" in line or "｜" in line) and bool(_TABLE_ROW_RE.fullmatch(line.strip()))


@dataclass(frozen=True)
class Published:
    """`published` as written (`text`) and as parsed; month and day are None when not given."""
    year: int
    month: int | None
    day: int | None
    text: str

    @property
    def date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.month and self.day else None

    @property
    def iso(self) -> str:
        """YYYY, YYYY-MM or YYYY-MM-DD, zero-padded, without a time: the form stored in the table."""
        parts = [f"{self.year:04d}"] + [f"{p:02d}" for p in (self.month, self.day) if p]
        return "-".join(parts)

    def __str__(self) -> str:
        return self.iso


@dataclass(frozen=True)
class FrontMatter:
    title: str
    publisher: str
    published: Published
    reference_year: int
    subtitle: str | None = None
    language: str | None = None
    url: str | None = None
    note: str | None = None
    home_region: str | None = None
    status_year: int | None = None       # None also when written `none` (see `keys` for presence)
    keys: tuple[str, ...] = ()           # every key in file order
    lines: Mapping[str, int] = field(default_factory=dict)     # file line of each key
    extra: Mapping[str, Any] = field(default_factory=dict)     # keys the reader does not know, parsed by YAML

    @property
    def extra_keys(self) -> tuple[str, ...]:
        return tuple(self.extra)

    def as_dict(self) -> dict:
        """The front matter as a plain dict of the keys present (what `Release.front` has been):
        `published` as YYYY[-MM[-DD]] text, years as int, unknown keys as YAML parsed them."""
        out: dict[str, Any] = {}
        for key in self.keys:
            if key == "published":
                out[key] = self.published.iso
            elif key in KNOWN_KEYS:
                out[key] = getattr(self, key)
            else:
                out[key] = self.extra[key]
        return out


@dataclass(frozen=True)
class SourceFile:
    path: Path
    front: FrontMatter
    body: tuple[str, ...]   # the lines after the closing '---', without line ends
    body_line: int          # file line (1-based) of body[0]


def read_source(path: str | Path, regions: Collection[str] | None = None) -> SourceFile:
    """Read and check one release file. `regions`: the known region ids, to check `home_region`
    against (only its form is checked without them). Raises SourceError, never anything else
    (KeyboardInterrupt and the like aside)."""
    path = Path(path)
    try:
        return _read(path, regions)
    except SourceError:
        raise
    except (RecursionError, MemoryError) as exc:
        raise SourceError(path, None, f"too deeply nested or too large to read ({type(exc).__name__})") from None
    except Exception as exc:  # the contract: a SourceError naming the file, never a bare traceback
        raise SourceError(path, None, f"cannot be read: {type(exc).__name__} in the reader ({_clip(_one_line(exc), 200)}); "
                                       "this is a bug in etl/frontmatter.py") from exc


def _read(path: Path, regions: Collection[str] | None) -> SourceFile:
    lines = decode(path).split("\n")
    if not lines or lines[0].strip() != "---":
        raise SourceError(path, 1, "no YAML front matter: the file must start with a '---' line")
    close = next((i for i in range(1, min(len(lines), FRONT_MAX_LINES + 2)) if lines[i].strip() == "---"), None)
    if close is None:
        more = f" within {FRONT_MAX_LINES} lines" if len(lines) > FRONT_MAX_LINES + 1 else ""
        raise SourceError(path, 1, f"front matter is not closed: no second '---' line{more}")
    front = parse_front_matter(path, [line.rstrip("\r") for line in lines[1:close]], first_line=2, closing_line=close + 1,
                               regions=regions)
    body = bar_spaced_rows(rejoin_bare_cell_lines(rejoin_cell_lines(tuple(line.rstrip("\r") for line in lines[close + 1:]))))
    _check_body(path, body, close + 2)
    return SourceFile(path, front, body, close + 2)


# -- bytes to text ---------------------------------------------------------------------------------

def decode(path: Path) -> str:
    """The file's text: UTF-8 (a BOM is dropped), at most MAX_SOURCE_BYTES; SourceError otherwise."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise SourceError(path, None, "not a regular file")
        if info.st_size > MAX_SOURCE_BYTES:
            raise SourceError(path, None, _too_large(info.st_size))
        with open(path, "rb") as fh:
            data = fh.read(MAX_SOURCE_BYTES + 1)
    except OSError as exc:
        raise SourceError(path, None, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_SOURCE_BYTES:  # grew since stat
        raise SourceError(path, None, _too_large(len(data)))
    return decode_bytes(path, data)


def _too_large(size: int) -> str:
    return (f"file too large: {size:,} bytes, the maximum is {MAX_SOURCE_BYTES:,} (a release is 1-20 KB); "
            "split it or check that it is a release")


def decode_bytes(path: Path, data: bytes) -> str:
    if data[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        raise SourceError(path, 1, "not UTF-8 but UTF-32 (byte-order mark); save it as UTF-8")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise SourceError(path, 1, "not UTF-8 but UTF-16 (byte-order mark); save it as UTF-8")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    nul = data.find(b"\x00")
    if nul >= 0:
        raise SourceError(path, data[:nul].count(b"\n") + 1,
                          "NUL bytes: looks like UTF-16 or a binary file, not UTF-8 text; save it as UTF-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise SourceError(path, line, f"not UTF-8 (looks like {_guess_encoding(data)}): byte 0x{data[exc.start]:02x}; "
                                      "save it as UTF-8") from None


def _guess_encoding(data: bytes) -> str:
    """GBK and Big5 decode each other's bytes often; GBK text of common characters keeps to the
    GB2312 rows (both bytes >= 0xA1), while Big5 puts about half its trail bytes below 0xA1."""
    sample = data[:65536]
    pairs = in_gb2312 = 0
    i = 0
    while i < len(sample) - 1:
        if sample[i] < 0x80:
            i += 1
            continue
        pairs += 1
        in_gb2312 += 0xA1 <= sample[i] <= 0xF7 and 0xA1 <= sample[i + 1] <= 0xFE
        i += 2
    candidates = ("GBK/GB18030", "Big5") if pairs and in_gb2312 / pairs >= 0.9 else ("Big5", "GBK/GB18030")
    for name in candidates:
        try:
            data.decode("big5" if name == "Big5" else "gb18030")
            return name
        except UnicodeDecodeError:
            continue
    return "an unknown encoding"


# -- front matter ----------------------------------------------------------------------------------

class _Refused(Exception):
    def __init__(self, line: int, message: str):
        self.line, self.message = line, message


class _Loader(yaml.SafeLoader):
    """The pure-Python safe loader, composing only: no aliases or anchors, bounded nesting, and no
    timestamp resolution (dates are checked by `_published`)."""
    yaml_implicit_resolvers = {
        ch: [(tag, rx) for tag, rx in resolvers if tag != _YAML + "timestamp"]
        for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(event.start_mark.line, f"YAML alias *{_clip(event.anchor, 30)} is not allowed in front matter")
        if getattr(event, "anchor", None):
            raise _Refused(event.start_mark.line, f"YAML anchor &{_clip(event.anchor, 30)} is not allowed in front matter")
        if self._depth >= FRONT_MAX_DEPTH:
            raise _Refused(event.start_mark.line, f"values nested more than {FRONT_MAX_DEPTH} levels deep")
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def parse_front_matter(path: Path, lines: list[str], first_line: int = 2, closing_line: int | None = None,
                       regions: Collection[str] | None = None) -> FrontMatter:
    """The lines between the two '---' (lines[0] is file line `first_line`) as a checked FrontMatter."""
    closing_line = closing_line or first_line + len(lines)
    text = "\n".join(lines)
    if len(text) > FRONT_MAX_CHARS:
        raise SourceError(path, first_line, f"front matter too long: {len(text):,} characters, the maximum is {FRONT_MAX_CHARS:,}")
    node = _compose(path, text, first_line)
    if node is None:
        raise SourceError(path, first_line, "front matter is empty: it needs `key: value` lines")
    if not isinstance(node, yaml.MappingNode):
        raise SourceError(path, _line(node, first_line), f"front matter must be `key: value` lines, not {_kind(node)}")
    values: dict[str, yaml.Node] = {}
    where: dict[str, int] = {}
    for key_node, value_node in node.value:
        line = _line(key_node, first_line)
        key = _key(path, key_node, line)
        if key in values:
            raise SourceError(path, line, f"duplicate key `{key}` (first on line {where[key]})", field=key)
        _check_tags(path, key, value_node, first_line)
        values[key], where[key] = value_node, line
    return _record(path, values, where, closing_line, regions)


def _compose(path: Path, text: str, first_line: int) -> yaml.Node | None:
    loader = None
    try:
        loader = _Loader(text)   # checks for characters YAML does not allow (ReaderError)
        return loader.get_single_node()
    except _Refused as exc:
        raise SourceError(path, exc.line + first_line, exc.message) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark else first_line
        raise SourceError(path, line, f"front matter is not valid YAML: {_clip(exc.problem or _one_line(exc), 200)}") from None
    except yaml.YAMLError as exc:   # ReaderError: a character YAML does not allow
        position = getattr(exc, "position", None)
        line = text.count("\n", 0, position) + first_line if isinstance(position, int) else first_line
        raise SourceError(path, line, f"front matter is not valid YAML: {_clip(_one_line(exc), 200)}") from None
    finally:
        if loader is not None:
            loader.dispose()


def _key(path: Path, node: yaml.Node, line: int) -> str:
    if not isinstance(node, yaml.ScalarNode) or node.tag != _YAML + "str" or not _KEY_RE.fullmatch(node.value):
        shown = _show(node.value) if isinstance(node, yaml.ScalarNode) else _kind(node)
        raise SourceError(path, line, f"key {shown} is not a plain name (expected letters, digits, _ or -, like `title`)")
    return node.value


def _check_tags(path: Path, key: str, node: yaml.Node, first_line: int) -> None:
    stack = [node]
    while stack:
        n = stack.pop()
        if n.tag not in _PLAIN_TAGS:
            raise SourceError(path, _line(n, first_line), f"field `{key}`: YAML tag {_clip(n.tag, 60)!r} is not allowed "
                                                           "(plain text, numbers, lists and mappings only)", field=key)
        if isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)
        elif isinstance(n, yaml.MappingNode):
            stack.extend(x for pair in n.value for x in pair)


def _record(path: Path, values: dict[str, yaml.Node], where: dict[str, int], closing_line: int,
            regions: Collection[str] | None) -> FrontMatter:
    missing = [k for k in REQUIRED_KEYS if k not in values or _is_empty(values[k])]
    if missing:
        raise SourceError(path, closing_line, f"front matter lacks {', '.join(missing)} (required: {', '.join(REQUIRED_KEYS)})",
                          field=missing[0])
    ctx = _Ctx(path, values, where)
    reference_year = ctx.year("reference_year")
    published = ctx.published(reference_year)
    fields: dict[str, Any] = {
        "title": ctx.text("title"), "publisher": ctx.text("publisher"), "published": published, "reference_year": reference_year,
        "subtitle": ctx.text("subtitle"), "note": ctx.text("note", multiline=True),
        "language": ctx.choice("language", LANGUAGES), "url": ctx.url("url"),
        "home_region": ctx.region("home_region", regions), "status_year": ctx.status_year(reference_year),
    }
    extra = {k: ctx.construct(k) for k in values if k not in KNOWN_KEYS}
    return FrontMatter(**fields, keys=tuple(values), lines=MappingProxyType(dict(where)), extra=MappingProxyType(extra))


def _is_empty(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and (node.tag == _YAML + "null" or not node.value.strip())


@dataclass
class _Ctx:
    """Checks one field at a time; every failure names the field, its line and value."""
    path: Path
    values: dict[str, yaml.Node]
    where: dict[str, int]

    def fail(self, key: str, message: str) -> NoReturn:
        raise SourceError(self.path, self.where.get(key), f"field `{key}`: {message}", field=key)

    def scalar(self, key: str, expected: str) -> yaml.ScalarNode | None:
        node = self.values.get(key)
        if node is None or _is_empty(node):
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.fail(key, f"{_kind(node)} where {expected} belongs")
        return node

    def text(self, key: str, multiline: bool = False) -> str | None:
        node = self.scalar(key, "one text value")
        if node is None:
            return None
        if node.tag != _YAML + "str":
            self.fail(key, f"{_show(node.value)} is {_KIND[node.tag]}, expected text (put it in quotes if it is meant as text)")
        value = node.value.strip()
        limit = TEXT_MAX_CHARS.get(key, 500)
        if len(value) > limit:
            self.fail(key, f"{len(value):,} characters, the maximum is {limit:,}")
        bad = _CONTROL_RE.search(value) or (None if multiline else re.search(r"[\r\n\t]", value))
        if bad:
            what = "a line break or tab" if bad.group() in "\r\n\t" else f"control character U+{ord(bad.group()):04X}"
            self.fail(key, f"{_show(value)} contains {what}; expected one line of text")
        return value

    def year(self, key: str) -> int:
        node = self.scalar(key, "a year")
        value = node.value.strip()
        if node.tag not in (_YAML + "int", _YAML + "str") or not _YEAR_RE.fullmatch(value):
            self.fail(key, f"{_show(node.value)} is not a year (expected four digits, like 2022)")
        year = int(value)
        if not MIN_YEAR <= year <= MAX_YEAR:
            self.fail(key, f"{year} is out of range (expected a year from {MIN_YEAR} to {MAX_YEAR})")
        return year

    def published(self, reference_year: int) -> Published:
        node = self.scalar("published", "a date")
        text = node.value.strip()
        expected = "expected YYYY-MM or YYYY-MM-DD, like 2022-03 or 2022-03-15"
        m = _PUBLISHED_RE.fullmatch(text) if node.tag in (_YAML + "str", _YAML + "int") else None
        if not m:
            self.fail("published", f"{_show(node.value)} is not a date ({expected})")
        year, month, day = int(m["y"]), m["m"] and int(m["m"]), m["d"] and int(m["d"])
        problem = _date_problem(year, month, day, m)
        if problem:
            self.fail("published", f"{_show(text)} is not a valid date: {problem} ({expected})")
        if abs(year - reference_year) > PUBLISHED_TOLERANCE:
            self.fail("published", f"year {year} is far from reference_year {reference_year} "
                                   f"(expected the same year, at most {PUBLISHED_TOLERANCE} apart)")
        return Published(year, month or None, day or None, text)

    def choice(self, key: str, allowed: tuple[str, ...]) -> str | None:
        node = self.scalar(key, "one value")
        if node is None:
            return None
        if node.tag != _YAML + "str" or node.value.strip() not in allowed:
            self.fail(key, f"{_show(node.value)} is not one of {', '.join(allowed)}")
        return node.value.strip()

    def url(self, key: str) -> str | None:
        value = self.text(key)
        if value is None or re.split(r"[(（]", value, maxsplit=1)[0].strip().lower() in UNKNOWN_URL:
            return None  # url: unknown (a page stored without its address) says the address is not known, with or
            # without a note why in brackets (unknown (the search result gave no address))
        note = _URL_NOTE.search(value)
        if note and not _url_problem(value[:note.start()]):
            value = value[:note.start()]  # https://example.org/a (repost on example.com): the address, and a note why
        problem = _url_problem(value)
        if problem:
            self.fail(key, f"{_show(value)} is not a web address: {problem} "
                           "(expected http://…, https://… or a bare domain path like example.org/page)")
        return value

    def region(self, key: str, regions: Collection[str] | None) -> str | None:
        value = self.text(key)
        if value is None:
            return None
        if not _REGION_RE.fullmatch(value):
            self.fail(key, f"{_show(value)} is not a region id (expected lower-case letters, digits and _, like hebei)")
        if regions is not None and value not in regions:
            self.fail(key, f"unknown region {_show(value)} (expected an id from etl/meta/regions.yml)")
        return value

    def status_year(self, reference_year: int) -> int | None:
        node = self.values.get("status_year")
        if node is None or _is_empty(node) or (isinstance(node, yaml.ScalarNode) and node.value.strip() == "none"):
            return None
        year = self.year("status_year")
        if year > reference_year:
            self.fail("status_year", f"{year} is after reference_year {reference_year} (expected a year up to it, or none)")
        return year

    def construct(self, key: str) -> Any:
        loader = _Loader("")
        try:
            return loader.construct_document(self.values[key])
        except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
            self.fail(key, f"cannot be read: {_clip(_one_line(exc), 120)}")
        finally:
            loader.dispose()


def _date_problem(year: int, month: int | None, day: int | None, m: re.Match) -> str | None:
    if month is not None and not 1 <= month <= 12:
        return f"month {month} is not 1-12"
    if day is not None:
        days = calendar.monthrange(year, month)[1]
        if not 1 <= day <= days:
            return f"day {day} is not 1-{days} ({year}-{month:02d} has {days} days)"
    for group, name, top in (("H", "hour", 23), ("M", "minute", 59), ("S", "second", 59)):
        if m[group] is not None and int(m[group]) > top:
            return f"{name} {int(m[group])} is not 0-{top} (invalid time of day)"
    return None


_URL_NOTE = re.compile(r"\s+[(（][^()（）]*[)）]\s*$")


def _url_problem(value: str) -> str | None:
    if re.search(r"\s", value):
        return "it contains spaces"
    scheme = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", value)
    if scheme and not re.match(r"\d", value[scheme.end():]):  # example.org:8080/x is a bare domain with a port
        if scheme.group(1).lower() not in ("http", "https"):
            return f"scheme {scheme.group(1)!r} is not http or https"
        if not value[scheme.end():].startswith("//"):
            return "no // after the scheme"
        rest = value[scheme.end() + 2:]
    else:
        rest = value
    m = _BARE_RE.fullmatch(rest)
    host = m and m["host"].split("@")[-1]
    host = host and host.removesuffix(".")  # example.com./page: the root's dot, a name written in full, still the host
    if not m or not (host == "localhost" or _HOST_RE.fullmatch(host) or re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){3}", host)):
        return "no valid host name"
    if m["port"] and not 0 < int(m["port"]) < 65536:
        return f"port {m['port']} is out of range"
    return None


# -- body ------------------------------------------------------------------------------------------

def _check_body(path: Path, body: tuple[str, ...], first_line: int) -> None:
    if not any(line.strip() for line in body):
        raise SourceError(path, first_line if body else first_line - 1, "empty body: no text after the front matter")
    if len(body) > MAX_BODY_LINES:
        raise SourceError(path, first_line + MAX_BODY_LINES,
                          f"body too long: {len(body):,} lines, the maximum is {MAX_BODY_LINES:,} (a release has at most a few hundred)")
    for i, line in enumerate(body):
        if len(line) > MAX_LINE_CHARS:
            raise SourceError(path, first_line + i, f"line too long: {len(line):,} characters, the maximum is {MAX_LINE_CHARS:,}")
    rows = [is_table_row(line) for line in body]
    spaced = [None if row or len(line) <= spaced_table.MIN_LINE else spaced_table.split(line) for line, row in zip(body, rows)]
    text = "\n".join("。" if row else f"{t.before}。{t.after}" if t else line for line, row, t in zip(body, rows, spaced))
    total = sum(len(_NUMBER_RE.findall(line)) for line, row in zip(body, rows) if row) + sum(
        len(_NUMBER_RE.findall(" ".join(t.rows))) for t in spaced if t)
    for sentence in _SENTENCE_RE.finditer(text):
        numbers = len(_NUMBER_RE.findall(sentence.group()))
        total += numbers
        if numbers > MAX_SENTENCE_NUMBERS:
            _not_prose(path, text, sentence.start(), first_line, f"{numbers} numbers in one sentence, the maximum is {MAX_SENTENCE_NUMBERS}")
        for m in _RUN_RE.finditer(sentence.group()):
            run = m.group()
            chars = len(run) - sum(c.isspace() for c in run) if len(run) > MAX_RUN_CHARS else 0
            if chars > MAX_RUN_CHARS:
                _not_prose(path, text, sentence.start() + m.start(), first_line,
                           f"{chars:,} characters without sentence or clause punctuation ({_BREAKS}), the maximum is {MAX_RUN_CHARS:,}")
            numbers = len(_NUMBER_RE.findall(run))
            if numbers > MAX_RUN_NUMBERS:
                _not_prose(path, text, sentence.start() + m.start(), first_line,
                           f"{numbers} numbers without sentence or clause punctuation ({_BREAKS}), the maximum is {MAX_RUN_NUMBERS}")
    if total > MAX_NUMBERS:
        raise SourceError(path, first_line, f"{total:,} numbers in the body, the maximum is {MAX_NUMBERS:,} (a release has a few hundred)")


def _not_prose(path: Path, text: str, start: int, first_line: int, what: str) -> None:
    while start < len(text) and text[start].isspace():
        start += 1
    raise SourceError(path, first_line + text.count("\n", 0, start), f"{what}: not prose (a table?); split the text into sentences")


# -- helpers ---------------------------------------------------------------------------------------

def _line(node: yaml.Node, first_line: int) -> int:
    return node.start_mark.line + first_line


def _kind(node: yaml.Node) -> str:
    return _KIND.get(node.tag, "a value") if not isinstance(node, yaml.ScalarNode) else f"{_show(node.value)}"


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + f"… ({len(text):,} characters)"


def _show(value: object) -> str:
    return repr(_clip(value, 60)) if isinstance(value, str) else _clip(repr(value), 60)
