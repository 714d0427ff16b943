"""A table a page flattened onto one line with spaces between its cells (… 公布如下: 地 区 能耗降低率(%) 电耗降低率(%)
北 京 -9.18 -3.39 天 津 -3.07 -1.87 … 附注: …), told apart from the prose around it.

National bulletins reposted as plain text lose their table's bars and line breaks: a header cell that names the
places (地区, 省份, 城市), the column headers, then each place (often spaced out, 北 京) and one number per column.
`split` finds such a run and gives it back as table rows (| 北京 | -9.18 | -3.39 |), so that the prose check
(etl/frontmatter.py) measures only the prose around it, and the extractor reads the rows as any table's
(etl/extract/table.py) under the line's number. A run that does not read clearly (a header count that does not
match the rows', fewer than three rows) is no table: the line is left as it is."""
from __future__ import annotations

import re
from dataclasses import dataclass

_HEAD = re.compile(r"(?:^|(?<=[\s:：]))(?:地\s?区|省\s?份|地\s?市|城\s?市|区\s?县)\s")
_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?%?")
_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}")
_BRACKETED = re.compile(r"[(（].{0,8}[)）]")
MIN_ROWS = 3
MIN_LINE = 120  # characters: a shorter line holds no header and three rows (the check is skipped for speed)
MAX_COLUMNS = 12


@dataclass(frozen=True)
class SpacedTable:
    before: str            # the prose before the table (its caption)
    rows: tuple[str, ...]  # the header row, then a row per place, with bars
    after: str             # the prose after it (a note)


def split(line: str) -> SpacedTable | None:
    head = _HEAD.search(line)
    if head is None:
        return None
    spans = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", line[head.end():])]
    first = next((i for i, (t, _, _) in enumerate(spans) if _NUMBER.fullmatch(t)), None)
    if first is None:
        return None
    start = _name_start(spans, first)
    if start is None:
        return None
    headers = _headers([t for t, _, _ in spans[:start]])
    columns = next((j for j in range(first, len(spans)) if not _NUMBER.fullmatch(spans[j][0])), len(spans)) - first
    if not headers or len(headers) != columns or columns > MAX_COLUMNS:
        return None
    rows, end = _rows(spans, start, columns)
    if len(rows) < MIN_ROWS:
        return None
    label = re.sub(r"\s", "", head.group())
    table = ("| " + " | ".join([label, *headers]) + " |", *("| " + " | ".join(r) + " |" for r in rows))
    cut = head.end() + spans[end - 1][2]
    return SpacedTable(line[:head.start()].strip(), table, line[cut:].strip())


def _name_start(spans: list[tuple[str, int, int]], first: int) -> int | None:
    """Where the first place's name begins before its first number: one word (内蒙古) or single characters (北 京)."""
    if first >= 2 and all(len(spans[k][0]) == 1 and _NAME.fullmatch(spans[k][0]) for k in (first - 2, first - 1)):
        return first - 3 if first >= 3 and len(spans[first - 3][0]) == 1 and _NAME.fullmatch(spans[first - 3][0]) else first - 2
    return first - 1 if first >= 1 and _NAME.fullmatch(spans[first - 1][0]) and len(spans[first - 1][0]) <= 4 else None


def _headers(tokens: list[str]) -> list[str]:
    """The column headers: a bracket alone (能源消费总量增速 (%)) belongs to the header before it; (±%) is (%)."""
    out: list[str] = []
    for token in tokens:
        if _BRACKETED.fullmatch(token) and out:
            out[-1] += token
        else:
            out.append(token)
    return [h.replace("±", "") for h in out]


def _rows(spans: list[tuple[str, int, int]], start: int, columns: int) -> tuple[list[list[str]], int]:
    """Each place and its numbers, until a token that is neither; a place with no numbers (西 藏, its data missing)
    before the next is left out."""
    rows: list[list[str]] = []
    i = end = start
    while i < len(spans):
        names = []
        while i < len(spans) and _NAME.fullmatch(spans[i][0]):
            names.append(spans[i][0])
            i += 1
        numbers = []
        while i < len(spans) and _NUMBER.fullmatch(spans[i][0]) and len(numbers) < columns:
            numbers.append(spans[i][0])
            i += 1
        name = _place(names)
        if name is None or len(numbers) != columns:
            break
        rows.append([name, *numbers])
        end = i
    return rows, end


def _place(names: list[str]) -> str | None:
    if len(names) == 1 and len(names[0]) <= 4:
        return names[0]
    if names and all(len(n) == 1 for n in names):
        if len(names) in (2, 3):
            return "".join(names)
        if len(names) == 4:
            return "".join(names[2:])  # 西 藏 陕 西: a place with no figures, then the row's
    if len(names) >= 2 and len(names[-1]) >= 2 and len(names[-1]) <= 4:
        return names[-1]
    return None
