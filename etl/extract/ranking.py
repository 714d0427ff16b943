"""A ranked list of places, one a line under a caption that names the measure (2021年唐山市19个区县GDP排名: /
1、迁安市, 1160.3亿 ,增速 6.7% / 2、丰润区, 980.0亿 ,增速 1.5% / …), read back into the sentences it stands for.

Aggregator and local-portal pages give county and city rankings this way: no line names its measure or year, the
caption does. Each item line is rewritten in place as the sentence it says (迁安市2021年GDP为1160.3亿，增速6.7%。),
so line numbers stay. Only a list that reads clearly is rewritten: three or more items in a row, each a name (after
its rank, if any) and the same columns (a number with the same unit, then the same words and a percentage, or
nothing), under a caption that names a scope of places (区县, 各市, 城市, 省份) and, after it, a measure."""
from __future__ import annotations

import re

from etl.extract.table import TIME

_ITEM = re.compile(r"\s*(?:\d{1,3}\s*[、.．]|第\s*\d{1,3}\s*名\s*[:：、]?)?\s*(?P<name>[\u4e00-\u9fff]{2,12}?)(?:\s*[,，:：]\s*|\s+)(?P<value>\d[\d,]*(?:\.\d+)?)\s*"
                   r"(?P<unit>[^\d\s,，.、:：;；]{0,6}?)\s*(?:[,，;；]\s*(?P<words>[\u4e00-\u9fff]{2,6})\s*[:：]?\s*"
                   r"(?P<change>-?\d+(?:\.\d+)?%))?\s*[。;；]?\s*")
# the caption: its scope of places, then the measure (区县GDP排名, 各市地区生产总值排行榜)
_PLACES = r"区县|县区|县市区|设区市|县[(（]市、区[)）]|地市|城市|省份|省区市"
_SCOPE = re.compile(rf"^.*?(?:(?:\d+个|各)(?:{_PLACES}|区|县|市|省)|{_PLACES})(?=[A-Za-z\u4e00-\u9fff])")
_CAPTION_END = re.compile(r"(?:排名|排行榜?|榜单|一览|情况|数据|出炉)?\s*(?:如下)?\s*[:：]?\s*$")
_OUTLINE = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．]|[（(][一二三四五六七八九十\d]+[)）])\s*")
_MEASURE = re.compile(r"(?=.*[A-Za-z\u4e00-\u9fff])[A-Za-z0-9.\u4e00-\u9fff]{2,16}")
MIN_ITEMS = 3


def rewrite_ranked_lists(lines: list[str], title: str = "") -> list[str]:
    out = list(lines)
    i = 0
    while i < len(out):
        items = []
        j = i
        while j < len(out) and (m := _ITEM.fullmatch(out[j])):
            items.append(m)
            j += 1
        if len(items) >= MIN_ITEMS and _one_shape(items):
            caption = next((out[k] for k in range(i - 1, -1, -1) if out[k].strip()), "")
            said = _caption(caption, title)
            if said is not None:
                time, measure = said
                for k, m in enumerate(items):
                    out[i + k] = _sentence(m, time, measure)
        i = max(j, i + 1)
    return out


def _one_shape(items: list[re.Match]) -> bool:
    return len({(m["unit"], m["words"], m["change"] is None) for m in items}) == 1


def _caption(caption: str, title: str) -> tuple[str, str] | None:
    """(time, measure) the caption says, the time from the title when the caption names none; None when it names
    no scope of places or no measure after it."""
    text = _OUTLINE.sub("", caption).strip()
    time = TIME.search(text) or TIME.search(title)
    text = _CAPTION_END.sub("", TIME.sub("", text))
    scope = _SCOPE.match(text)
    measure = text[scope.end():] if scope else ""
    if not time or not _MEASURE.fullmatch(measure):
        return None
    return re.sub(r"\s+", "", time.group()), measure


def _sentence(m: re.Match, time: str, measure: str) -> str:
    joint = "为" if measure[-1].isascii() else ""
    change = f"，{m['words']}{m['change']}" if m["change"] else ""
    return f"{m['name']}{time}{measure}{joint}{m['value']}{m['unit']}{change}。"
