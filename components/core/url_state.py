"""The shareable part of a view (regions, years, language) as a query string, both ways.

A copied link must reproduce the view, so everything a reader can choose lives in the URL
and nowhere else; pages read it from their layout kwargs, filters write it back, and every
link the app draws carries it on.
Example: /theme/economy?region=beijing,tianjin&from=2013&to=2024&lang=en

Repeated parameters follow one rule here, in /export and in the browser (URLSearchParams.get):
`region` is a list, so every value counts (`region=a&region=b` is `region=a,b`); any other
parameter takes its FIRST value (`lang=en&lang=zh` is English, on the whole page).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from urllib.parse import parse_qs, parse_qsl, urlencode

from components.core.i18n import DEFAULT_LANG, LANGS


@dataclass(frozen=True)
class ViewState:
    regions: tuple[str, ...] = field(default_factory=tuple)
    year_from: int | None = None
    year_to: int | None = None
    lang: str = DEFAULT_LANG

    def with_(self, **changes) -> ViewState:
        return replace(self, **changes)


def _int(value) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


# A URL can carry anything: bound what one view keeps (no page offers more regions than this).
MAX_REGIONS = 64
MAX_ID_LENGTH = 64


def _first(value):
    """The first of repeated values: Dash Pages passes a list, a cached layout's key a tuple."""
    if isinstance(value, (list, tuple)):
        return value[0] if value else None
    return value


def region_ids(values) -> list[str]:
    """Every region id of one or more `region` values ('a,b' and repeats), in order, without duplicates."""
    if values is None:
        return []
    if not isinstance(values, (list, tuple)):
        values = [values]
    out: list[str] = []
    for chunk in values:
        for r in str(chunk).split(","):
            r = r.strip()[:MAX_ID_LENGTH]
            if r and r not in out:
                out.append(r)
    return out


def canonical_regions(words, resolve) -> tuple[str, ...]:
    """Region words as catalogue ids, in order and without duplicates. `resolve(word)` gives the id that a
    name or alias means (the region's Chinese or English name, its short form) or None; a word it does not
    know stays as typed, so the unknown-region message can name it."""
    out: list[str] = []
    for word in words:
        rid = resolve(word) or word
        if rid not in out:
            out.append(rid)
    return tuple(out)


def canonical_query(query: str, resolve) -> str | None:
    """The query with region names and aliases as ids, for a redirect to the canonical link, as a path
    alias gets one: '?region=<name>,tianjin&lang=en' → '?region=beijing,tianjin&lang=en'. Other parameters
    stay as they were; the region values become one `region` where the first stood. None when no region
    word is an alias, or when there are more than a view keeps (then the page's own rules apply)."""
    pairs = parse_qsl(query.lstrip("?"), keep_blank_values=True)
    asked = region_ids([value for key, value in pairs if key == "region"])
    if not asked or len(asked) > MAX_REGIONS:
        return None
    ids = canonical_regions(asked, resolve)
    if list(ids) == asked:
        return None
    out: list[tuple[str, str]] = []
    for key, value in pairs:
        if key != "region":
            out.append((key, value))
        elif ("region", ",".join(ids)) not in out:
            out.append(("region", ",".join(ids)))
    return "?" + urlencode(out, safe=",")


def parse(query: str | dict | None) -> ViewState:
    """From '?region=a,b&from=2013&to=2024&lang=en' or Dash Pages' layout kwargs; junk is dropped, not fatal."""
    if isinstance(query, str):
        raw = {k: v for k, v in parse_qs(query.lstrip("?"), keep_blank_values=True).items()}
    else:
        raw = dict(query or {})
    regions = region_ids(raw.get("region"))[:MAX_REGIONS]
    year_from, year_to = _int(_first(raw.get("from"))), _int(_first(raw.get("to")))
    if year_from is not None and year_to is not None and year_from > year_to:
        year_from, year_to = year_to, year_from
    lang = _first(raw.get("lang"))
    return ViewState(tuple(regions), year_from, year_to, lang if lang in LANGS else DEFAULT_LANG)


def to_query(state: ViewState) -> str:
    """'?region=a,b&from=…' with defaults left out, so the plain path is the default view."""
    params: list[tuple[str, str]] = []
    if state.regions:
        params.append(("region", ",".join(state.regions)))
    if state.year_from is not None:
        params.append(("from", str(state.year_from)))
    if state.year_to is not None:
        params.append(("to", str(state.year_to)))
    if state.lang != DEFAULT_LANG:
        params.append(("lang", state.lang))
    return "?" + urlencode(params, safe=",") if params else ""


def href(path: str, state: ViewState, keep_regions: bool = True) -> str:
    """A link that carries the view on; links to a region page drop the region choice of the current page."""
    return path + to_query(state if keep_regions else state.with_(regions=()))


# With no year in the URL, views start at 2013: the baseline year that the coordinated-development
# releases compare against (the strategy began in 2014). Older history stays one slider move away.
DEFAULT_FROM = 2013


def clamp_years(state: ViewState, lo: int, hi: int) -> tuple[int, int]:
    """The year range a page shows: the URL's, kept within the data's span."""
    default_from = DEFAULT_FROM if lo <= DEFAULT_FROM <= hi else lo
    y0 = default_from if state.year_from is None else min(max(state.year_from, lo), hi)
    y1 = hi if state.year_to is None else max(min(state.year_to, hi), lo)
    return (y0, y1) if y0 <= y1 else (lo, hi)
