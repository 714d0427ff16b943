"""A table as a page renders it (| 西青区 | 3.08 | 71.0 | 21 |), read back into the sentences a release would write.

Statistics pages put their figures in tables: a monthly air report ranks the districts, a tourism page gives each
measure by quarter. The page text keeps only the cells, one row a line between bars, so no sentence names a
figure's measure, place or period: the row's label and the column's header do. Each data row becomes one sentence of
what its cells say (2022年7月，西青区综合指数3.08，优良天数比率71.0%，PM2.5浓度21µg/m3。), which the extractor then
reads like any other, under the row's own line number.

Only a table that reads clearly is rewritten: header rows first (no number in them), then at least two data rows,
each a label and numbers only, their count matching the headers'. Anything else (a flattened table whose cells ran
together, a page's link bar) is left as it is, and the extractor skips its cells as a table's.
"""
from __future__ import annotations

import re
from collections import Counter

from etl.frontmatter import LABEL_HEAD

MAX_COLUMNS = 24  # value cells a row may have: real tables have a handful; a longer row is left unread, as prose of
# that many numbers would be refused (etl/frontmatter.py)
_SPLIT = re.compile(r"\s*[|｜]\s*")
_NUMBER = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?%?")
_BLANK = re.compile(r"[-—–/]*")  # an empty cell, or one marked as having no figure
_RANK = re.compile(r"排名|序号|名次|排序|位次|^序$")
_UNIT = re.compile(r"\s*[(（]\s*([^()（）]{1,12}?)\s*[)）]\s*$")
_PERCENT_HEAD = re.compile(r"\s*[(（]?\s*%\s*[)）]?\s*$")
TIME = re.compile(r"(?:19|20)\d\d\s*年(?:\s*\d{1,2}(?:\s*[-—~至]\s*\d{1,2})?\s*月|\s*[1-4一二三四](?:\s*[-—~至]\s*[1-4一二三四])?\s*季度"
                   r"|上半年|前三季度|全年)?")
_PLACE_HEAD = re.compile(r"(?:地区|城市|区域|区县|省份|区名|地名|名称|省|市|区|县)$")
_PLACE_LABEL = re.compile(r"^(?:全(?:市|省|区|国)|[\u4e00-\u9fff]{1,8}(?:区|县|市|省|新区|自治区))$")
_UNIT_HEAD = re.compile(r"(?:计量)?单位")
# a header row of years under the label column's header (| 项目 | 2015 |, | 指标 | 2022年 | 2023年 |): not a data row
_YEAR_HEAD = re.compile(LABEL_HEAD)
_YEAR_CELL = re.compile(r"(?:19|20)\d\d年?")
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
_SUB_ROW = re.compile(r"\s*其中\s*[:：]?")
_CHANGE_HEAD = re.compile(r"增长|增速|增幅|同比|比上年|比去年")
# the unit a caption gives the whole table (浓度单位：微克/立方米, （单位：亿元）): one unit, said last; a line that says
# only that stands between the caption and the table
_CAPTION_UNIT = re.compile(r"单位\s*[:：]\s*([^\s()（）,，、;；。:：|｜]{1,12})\s*[)）]?\s*[:：]?\s*[|｜]?\s*$")  # (…如下（单位：亿元）：)
# 单位：人、% over | 地区 | 人口数 | 比重 |: one unit for each of the header's measures, in their order
_CAPTION_UNITS = re.compile(r"单位\s*[:：]\s*((?:[^\s()（）,，、;；。:：|｜]{1,8}、)+[^\s()（）,，、;；。:：|｜]{1,8})\s*[)）]?\s*[:：]?\s*[|｜]?\s*$")
_UNIT_LINE = re.compile(r"[（(]?\s*[\u4e00-\u9fff]{0,6}单位\s*[:：].{1,16}")


def cells(line: str) -> list[str]:
    """The cells of a table row, without the empty ones the outer bars leave at either end."""
    parts = _SPLIT.split(line.strip())
    while parts and not parts[0]:
        parts.pop(0)
    while parts and not parts[-1]:
        parts.pop()
    return parts


def is_unit_line(text: str) -> bool:
    """浓度单位：微克/立方米 on a line of its own over a table: its unit, the caption on the line before."""
    return bool(_UNIT_LINE.fullmatch(text))


def _numeric(cell: str) -> bool:
    return bool(_NUMBER.fullmatch(cell))


def _data_row(row: list[str]) -> tuple[str, list[str]] | None:
    """(label, values) of a row that is a label and numbers only (a rank before the label is dropped)."""
    at = next((i for i, c in enumerate(row) if not _numeric(c) and not _BLANK.fullmatch(c)), None)
    if at is None or at > 1:
        return None
    values = row[at + 1:]
    if not values or not all(_numeric(v) or _BLANK.fullmatch(v) for v in values) or not any(_numeric(v) for v in values):
        return None
    label = row[at]
    if _SPACED_NAME.fullmatch(label) and len(label.replace(" ", "")) <= 5:
        label = label.replace(" ", "")  # 全 市, 北 京, 石家庄 市: a short name spaced out to line up the column, one word
    return label, values


_SPACED_NAME = re.compile(r"[\u4e00-\u9fff]+(?: [\u4e00-\u9fff]+)+")


def read_table(rows: list[str], caption: str = "", title: str = "") -> dict[int, str] | None:
    """Index of each data row -> the sentence(s) it says: two rankings side by side (| 排名 | 区 | 5月浓度 | 排名 | 区 |
    1-5月浓度 |) are read as two tables, each row's two sentences joined (see _one_table)."""
    halves = _side_by_side(rows)
    if halves is None:
        return _one_table(rows, caption, title)
    left, right = (_one_table(half, caption, title) or {} for half in halves)
    out = {i: " ".join(s for s in (left.get(i), right.get(i)) if s) for i in sorted({*left, *right})}
    return out or None


def _side_by_side(rows: list[str]) -> tuple[list[str], list[str]] | None:
    """The two halves of each row when the header is one ranking's header twice (| 排名 | 区 | 5月浓度 | 排名 | 区 |
    1-5月浓度 |): its second label column names other places than the first, so dropping it as a column of words would
    give the first place the second ranking's figure."""
    table = [cells(r) for r in rows]
    header = next((row for row in table if row and not any(_numeric(c) for c in row)), None)
    if header is None or len(header) < 4 or len(header) % 2:
        return None
    h = len(header) // 2
    if not (header[0] == header[h] and _PLACE_HEAD.search(header[1]) and header[1] == header[h + 1]):
        return None
    if not all(len(row) in (len(header), 0) or not any(_numeric(c) for c in row) for row in table):
        return None
    return ([_half(row, slice(0, h), len(header)) for row in table],
            [_half(row, slice(h, None), len(header)) for row in table])


def _half(row: list[str], part: slice, width: int) -> str:
    """One ranking's cells of a row of two side by side; a row of another width (a caption, a note) stays whole."""
    return row_line(row[part]) if len(row) == width else " | ".join(row)


def row_line(row: list[str]) -> str:
    """A table row written as the readers here expect it: | a | b |."""
    return "| " + " | ".join(row) + " |"


def _one_table(rows: list[str], caption: str = "", title: str = "") -> dict[int, str] | None:
    """Index of each data row -> the sentence it says; None when the rows are no table this reads (see module doc).
    `title`, the release's, names the measure of a table of places whose columns name only times and whose caption
    names none (a data page titled 2018年1-8月社会消费品零售总额(分区) over | 项目 | 2018年8月 | 同比增长(%) |).
    A row with fewer or more cells than most (全省 | 26575.01 | 28301.4 |… with no rank and a column fewer) is left
    unread: which column each of its numbers is under cannot be told."""
    table, units = _unit_column([cells(r) for r in rows])
    table = _without_text_columns(table)
    found = _data_rows(table, rows)
    if not found:
        return None
    unit = _CAPTION_UNIT.search(caption)
    n = Counter(len(values) for _, _, values, _ in found).most_common(1)[0][0]
    out: dict[int, str] = {}
    for i, label, values, above in found:
        if len(values) != n:
            continue
        columns, label_head, groups = _columns(above, n)
        if columns is None or _undated_repeats(columns, groups):
            return None
        if several := _CAPTION_UNITS.search(caption):
            columns = _with_units(columns, several.group(1).split("、"))
        head = " ".join(h[0] for h in above if len(h) == 1)  # a title row over the header (2013年河北各市GDP排名 | ||||)
        out[i] = _sentence(label, values, columns, groups, label_head, f"{head} {caption}".strip(),
                           units.get(i) or (unit.group(1) if unit else ""), own_unit=i in units, title=title)
    return out if len(out) >= 2 else None


def _data_rows(table: list[list[str]], rows: list[str]) -> list | None:
    """(index, label, values, header rows above) of each data row; None when a row makes the whole no table."""
    headers: list[list[str]] = []
    found = []
    for i, row in enumerate(table):
        if all(_BLANK.fullmatch(c) for c in row):
            continue  # |---|---|: a markdown rule under the header (|||||: a row of empty cells over it)
        if (_YEAR_HEAD.fullmatch(row[0]) and len(row) > 1 and all(_YEAR_CELL.fullmatch(c) for c in row[1:])) or (
                not found and _years_among_words(row)):
            # | 项目 | 2015 |, | 排名 | 城市 | 2018 | 2017 | 增量 |: the years of a header, no data
            row = [c + "年" if _BARE_YEAR.fullmatch(c) else c for c in row]
        data = _data_row(row)
        if data is None and headers and len(row) == 1 and len(_SPLIT.split(rows[i].strip())) > 3:
            continue  # | 卫生人员总数(人) |  |: a row whose cells are empty, no header
        if data is None:
            if found and len(row) <= 1:
                break  # 注：… after the rows
            if any(_numeric(c) for c in row) or not row:
                return None
            headers.append(row)
            continue
        if not headers or len(data[1]) > MAX_COLUMNS:
            return None
        if not _SUB_ROW.match(data[0]):  # | 其中:户籍人口 | 8.80 |: a part of the row above, whose measure it does not say
            found.append((i, *data, list(headers)))
    return found


def _years_among_words(row: list[str]) -> bool:
    """A header row of words and bare years (| 排名 | 城市 | 2018 | 2017 | 增量 | 名义增速 |), no data row."""
    years = [c for c in row if _BARE_YEAR.fullmatch(c)]
    words = [c for c in row if not _numeric(c) and not _BLANK.fullmatch(c)]
    return bool(years) and len(words) >= 2 and len(years) + len(words) == len(row)


def _without_text_columns(table: list[list[str]]) -> list[list[str]]:
    """A column of words in a table of figures (| 排名 | 城市名称 | 综合指数 | 首要污染物 | over | 1 | 张家口市 | 2.58 |
    O3-8h-90per |): no figure, and no reason to leave the rows unread; taken out of the rows and their header."""
    figured = [row for row in table if any(_numeric(c) for c in row)]
    if len(figured) < 2:
        return table
    n = Counter(len(row) for row in figured).most_common(1)[0][0]
    same = [row for row in figured if len(row) == n]
    label_at = max(next((k for k, c in enumerate(row) if not _numeric(c)), 0) for row in same)
    words = [j for j in range(label_at + 1, n)
             if all(not _numeric(row[j]) and not _BLANK.fullmatch(row[j]) for row in same)]
    if not words or len(words) == n - label_at - 1:
        return table
    return [[c for j, c in enumerate(row) if j not in words] if len(row) == n else row for row in table]


def _unit_column(table: list[list[str]]) -> tuple[list[list[str]], dict[int, str]]:
    """A statistics bureau's column of units (| 指标 | 计量单位 | 9月 | 同比增长(%) |, | 邮政行业业务总量 | 亿元 | 32.35 |
    …): taken out of every row that has it, each data row's unit kept by its index."""
    head = next((row for row in table if not any(_numeric(c) for c in row) and any(_UNIT_HEAD.fullmatch(c) for c in row)), None)
    if head is None:
        return table, {}
    at = next(k for k, c in enumerate(head) if _UNIT_HEAD.fullmatch(c))
    out, units = [], {}
    for i, row in enumerate(table):
        if len(row) > at + 1 and not _numeric(row[at]):
            if any(_numeric(c) for c in row[at + 1:]) and not _UNIT_HEAD.fullmatch(row[at]):
                units[i] = row[at]
            row = row[:at] + row[at + 1:]
        out.append(row)
    return out, units


def _columns(headers: list[list[str]], n: int) -> tuple[list[str] | None, str, list[str]]:
    """The header over each of the n value columns (the last header row with enough cells, right-aligned), the
    label column's header, and the group header over each column (a row above whose cells each span several)."""
    at = next((k for k in range(len(headers) - 1, -1, -1) if len(headers[k]) >= n), None)
    if at is None:
        return None, "", []
    row = _spanned(headers[at], n)
    columns = row[len(row) - n:]
    # the label column's header: the cell before the value columns, or the first cell of a header row over it
    # (| 地区 | 2022年 | | 2023年 | over | | GDP(亿元) | 增速(%) | …)
    label_head = row[len(row) - n - 1] if len(row) > n else next(
        (h[0] for h in headers if len(h) >= 2 and _PLACE_HEAD.search(h[0])), "")
    groups = [""] * n
    above = next((h for h in reversed(headers[:at]) if 2 <= len(h) < n and n % len(h) == 0), None)
    if above is not None:
        span = n // len(above)
        groups = [above[j // span] for j in range(n)]
    return columns, label_head, groups


def _with_units(columns: list[str], units: list[str]) -> list[str]:
    """Each column's unit from a caption's list of them, one for each measure the header names in turn (| 人口数 |
    比重 2020年 | 比重 2010年 | under 单位：人、%: 人, then %, %); the columns as they were when the count differs or a
    column says its own."""
    heads = [c.split(" ")[0] for c in columns]
    measures = list(dict.fromkeys(heads))
    if len(measures) != len(units) or any(_UNIT.search(c) for c in columns):
        return columns
    return [f"{c}({units[measures.index(h)]})" for c, h in zip(columns, heads)]


def _spanned(row: list[str], n: int) -> list[str]:
    """| 地区 | 人口数 | 比重 | 2020年 | 2010年 | over rows of three values: a header one cell too long whose last cells are
    times is a group (比重) over them, flattened into the row: | 地区 | 人口数 | 比重 2020年 | 比重 2010年 |."""
    times = 0
    while times < len(row) and TIME.fullmatch(row[len(row) - 1 - times].strip()):
        times += 1
    if len(row) != n + 2 or times < 2:
        return row
    group = row[len(row) - times - 1]
    return [*row[:len(row) - times - 1], *(f"{group} {t}" for t in row[len(row) - times:])]


def _undated_repeats(columns: list[str], groups: list[str]) -> bool:
    """The same header twice with no time to tell the columns apart (| GDP(亿元) | 增速(%) | GDP(亿元) | 增速(%) | under
    years this reader could not place): which value is which year's cannot be told."""
    told = list(zip(_column_times(columns, groups), columns))
    return len(set(told)) < len(told)


def _column_times(columns: list[str], groups: list[str], caption: str = "") -> list[str]:
    """The time each column names; a growth column that names none is the time of the level before it (| 2016年9月 |
    同比增长(%) | 2016年1-9月 | 同比增长(%) |); any other, the caption's."""
    out: list[str] = []
    for head, group in zip(columns, groups):
        own = _time(head, group)
        out.append(own or (out[-1] if out and out[-1] and _CHANGE_HEAD.search(head) else _time(caption)))
    return out


def _unit_of(head: str) -> tuple[str, str]:
    """(words, unit) of a header: 优良天数比率(%) -> (优良天数比率, %), 增长% -> (增长, %)."""
    unit = _UNIT.search(head)
    if unit:
        return head[:unit.start()].strip(), unit.group(1).strip()
    percent = _PERCENT_HEAD.search(head)
    if percent and percent.start() > 0:
        return head[:percent.start()].strip(), "%"
    return head.strip(), ""


def _time(*texts: str) -> str:
    """The first time the texts name; a day's date (国家统计局 2021年8月23日 现将2020年…公布如下) is when the table
    was published, not its time."""
    for text in texts:
        for found in TIME.finditer(text):
            if not _DAY_AFTER.match(text, found.end()):
                return re.sub(r"\s+", "", found.group())
    return ""


_DAY_AFTER = re.compile(r"\s*\d{1,2}\s*[日号]")
# 能耗上升或下降(±%): a signed change, its sign the direction (-9.18 is a fall of 9.18%)
_SIGNED_CHANGE = re.compile(r"(?:上升|增长|提高|增加)或(?:下降|降低|减少)|增减|升降")


def _amount(value: str, unit: str) -> str:
    value = value.replace(",", "")
    return value if value.endswith("%") or not unit else value + unit


def _joined(words: str, amount: str) -> str:
    """GDP为43760.7亿元: a name ending on a letter or digit would run into the number (GDP43760.7)."""
    return f"{words}为{amount}" if words[-1:].isascii() and words[-1:].isalnum() else words + amount


def _change(value: str) -> str:
    value = value.replace(",", "").rstrip("%")
    return f"下降{value[1:]}%" if value.startswith("-") else f"增长{value.lstrip('+')}%"


def _sentence(label: str, values: list[str], columns: list[str], groups: list[str], label_head: str, caption: str,
              unit: str, own_unit: bool = False, title: str = "") -> str:
    """西青区综合指数3.08，… for a row of a place; 2025年1-4季度，游客总量38926.7万人次，增长4.8%。… for a row of a
    measure (the extractor reads 1-4季度 as the whole year). `unit` is the caption's, for a level that names none."""
    if _PLACE_LABEL.match(label) or _PLACE_HEAD.search(label_head):
        return _place_sentence(label, values, columns, groups, caption, unit, title)
    return _measure_sentence(label, values, columns, groups, caption, unit, own_unit)


def _place_sentence(label: str, values: list[str], columns: list[str], groups: list[str], caption: str,
                    table_unit: str, title: str = "") -> str:
    """A place's row: its label, then each column's words and value. A column that names its year (| 2012年GDP(亿元) |,
    or years over groups of columns) keeps it; in such a table one that names none is the table's time, or, for a
    growth column, the level's before it. A column that names only a time has the caption's measure (the title's
    when the caption names none)."""
    time = _time(caption, *groups)
    dated = any(TIME.search(head) or TIME.search(group) for head, group in zip(columns, groups))
    times = _column_times(columns, groups, caption)
    measure = None
    parts = []
    for value, head, column_time in zip(values, columns, times):
        if _BLANK.fullmatch(value) or _RANK.search(head):
            continue
        words, unit = _unit_of(head)
        if not unit and not _CHANGE_HEAD.search(head):
            unit = table_unit  # (浓度单位：微克/立方米 over | 城市名称 | PM2.5平均浓度 |)
        if TIME.fullmatch(words.replace(" ", "")):
            if measure is None:
                measure = _caption_measure(caption) or _caption_measure(title)
            words += measure
        own = column_time if dated and not TIME.search(head) else ""
        signed = _SIGNED_CHANGE.search(words)
        if signed and unit == "%":
            parts.append(own + words[:signed.start()] + words[signed.end():] + _change(value))
            continue
        parts.append(own + _joined(words, _amount(value, unit)))
    return (f"{time}，" if time and not dated else "") + label + "，".join(parts) + "。"


_CAPTION_NOISE = re.compile(r"\[[^\]]*\]|[(（][^()（）]*[)）]|[（(]?\s*[\u4e00-\u9fff]{0,6}单位\s*[:：]\S{1,12}|附?表\s*\d+|[|｜\s]"
                            # (北京市统计局 2018年8月及1-8月分区社会消费品零售总额: the publisher, the months, by district)
                            r"|^[\u4e00-\u9fff]{2,8}(?:统计局|调查总队)(?=\s)|及?(?<![\d年])\d{1,2}\s*[-—~至]\s*\d{1,2}月份?|(?:(?<=月)|^)分(?:区县|地区|区|县)(?=[\u4e00-\u9fff]{2})")


def _caption_measure(text: str) -> str:
    """社会消费品零售总额 of 2018年1-8月社会消费品零售总额(分区): a caption's words without its time, unit and notes;
    empty unless that leaves one name of a measure."""
    # (河北省地区生产总值, 唐山市地区生产总值(分县) over | 迁安 | 1100.5 |: the table's scope, each row names its own place)
    words = _PARENT_PLACE.sub("", _EACH_PLACE.sub("", _PROVINCE.sub("", _CAPTION_NOISE.sub("", TIME.sub("", text)))))
    return words if re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9.]{2,16}", words) and _CJK_WORD.search(words) and not (
        _NO_MEASURE.search(words)) else ""


_CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2}")
# 河北省各市地区生产总值, 北京各区常住人口, 11个设区市…, 主要城市…: the places the rows name; the measure is what follows
_PROVINCE = re.compile(r"^(?:京津冀|北京|天津|河北)(?:省|市)?(?=[\u4e00-\u9fffA-Za-z]{2})")
_PARENT_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,3}?(?:省|市)(?=[\u4e00-\u9fff]{2})")
_EACH_PLACE = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:各|\d+个|[一二三四五六七八九十]+个|主要)(?:设区市|地级市|城市|地市|区县|县区|县市区|县市|市|区|县|省份|省区市|省市|省)(?:[(（][^()（）]*[)）])?")
_NO_MEASURE = re.compile(r"数据|情况|指标|统计|一览|排名|表$")  # 分区数据, 主要指标, 经济运行情况: a page of several measures


_NAME_HEAD = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _names_only(columns: list[str], groups: list[str], caption: str) -> bool:
    """Every value column headed by a bare name (no time, unit or change: 石家庄, 唐山, 第一产业), none by the caption's time."""
    return len(columns) >= 2 and all(_NAME_HEAD.fullmatch(h.replace(" ", "")) and not _CHANGE_HEAD.search(h)
                                     and not _RANK.search(h) and not TIME.search(h) for h in columns) and not any(groups)


def _cell_sentence(name: str, measure: str, value: str, unit: str) -> str:
    signed = _SIGNED_CHANGE.search(measure)
    if _CHANGE_HEAD.search(measure) and unit == "%":
        words = measure[:signed.start()] + measure[signed.end():] if signed else measure
        return f"{name.replace(' ', '')}{words}{_change(value)}。"
    return f"{name.replace(' ', '')}{_joined(measure, _amount(value, unit))}。"


def _measure_sentence(label: str, values: list[str], columns: list[str], groups: list[str], caption: str,
                      table_unit: str, own_unit: bool = False) -> str:
    """A measure's row: one sentence per period its columns name (| 2025年4季度 | 2025年1-4季度 | over level and
    growth columns), the level with the row's unit, a growth column as 增长 or 下降. A row with a unit of its own (the
    table's unit column) keeps its label whole (邮电业务总量(2010年不变价格): a basis, not a unit)."""
    measure, unit = (label, table_unit) if own_unit else _unit_of(label)
    if _names_only(columns, groups, caption):
        # | 指标 | 石家庄 | 唐山 | over | GDP(亿元) | 4605.2 | 4921.4 |: a column each place, a sentence each cell
        return "".join(_cell_sentence(head, measure, value, unit or table_unit) for value, head in zip(values, columns)
                       if not _BLANK.fullmatch(value))
    sentences, current, clauses = [], None, []
    for value, head, time in zip(values, columns, _column_times(columns, groups, caption)):
        if _BLANK.fullmatch(value) or _RANK.search(head):
            continue  # (| 指标 | 2022年 | 2023年 |: each column its year)
        if time != current and clauses:
            sentences.append("，".join(clauses) + "。")
            clauses = []
        current = time
        opening = f"{time}，" if time and not clauses else ""
        if _CHANGE_HEAD.search(head):
            clauses.append(("" if clauses else opening + measure) + _change(value))
        else:
            clauses.append(opening + _joined(measure, _amount(value, unit or _unit_of(head)[1] or table_unit)))
    if clauses:
        sentences.append("，".join(clauses) + "。")
    return "".join(sentences)
