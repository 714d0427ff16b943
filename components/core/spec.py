"""ChartSpec: what one chart shows, resolved once and used by the page, the redraw callback, the export
route and the briefing pack, so none of them goes back to ask what another already knew.

A spec is resolved from a request (indicator, regions asked for, years, language): the regions
actually drawn (an indicator that exists only for 津冀 still shows its data when the page asks
for 北京, and says so), the years and qualifiers among the drawn points, whether any point is
derived, and the file name an image of it gets. It travels through the browser as `to_data()`
(a dcc.Store) and comes back with `from_data()`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from components.core import store
from components.core.i18n import lang_of, name

# Fewer distinct years than this in the current view is a fact card, not a chart with one or two dots.
MIN_SERIES_YEARS = 3
# Characters a file name cannot carry on Windows or macOS.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass(frozen=True)
class ChartSpec:
    indicator: str
    regions: tuple[str, ...]              # drawn, in catalogue order
    year_from: int | None = None
    year_to: int | None = None
    lang: str = "zh"
    requested: tuple[str, ...] = ()       # what the page or URL asked for; () means every region with data
    default_regions: tuple[str, ...] = ()  # the card's own choice while the page filter is empty
    replaced: bool = False                # none of the requested regions has data: all available are drawn
    years: tuple[int, ...] = ()           # distinct years among the drawn points
    qualifiers: frozenset[str] = frozenset()
    derived: bool = False                 # a drawn point is computed, not stated

    @classmethod
    def resolve(cls, indicator: str, regions=None, year_from: int | None = None, year_to: int | None = None,
                lang: str = "zh", default_regions=()) -> ChartSpec:
        """Raises store.UnknownId for an indicator the catalogue does not know."""
        store.indicator(indicator)
        requested = tuple(regions or ())
        available = store.regions_for(indicator)
        chosen = [r for r in store.region_order(requested) if r in available] if requested else available
        replaced = bool(requested) and not chosen
        drawn = tuple(chosen or available)
        rows = store.series(indicator, list(drawn), year_from, year_to)
        return cls(indicator=indicator, regions=drawn, year_from=year_from, year_to=year_to, lang=lang_of(lang),
                   requested=requested, default_regions=tuple(default_regions or ()), replaced=replaced,
                   years=tuple(sorted(int(y) for y in rows["year"].dropna().unique())),
                   qualifiers=frozenset(rows["qualifier"].dropna().unique()), derived=bool(rows["derived"].any()))

    @classmethod
    def for_filter(cls, data: dict, regions, year_from: int | None, year_to: int | None) -> ChartSpec:
        """A card's stored spec (`to_data()`) under a new page filter, resolved once; an empty region
        choice falls back to the card's own regions."""
        defaults = tuple(data.get("default_regions") or ())
        return cls.resolve(str(data["indicator"]), list(regions or ()) or list(defaults), year_from, year_to,
                           data.get("lang", "zh"), defaults)

    @property
    def is_thin(self) -> bool:
        """Too few years for a trend: the page shows the figures as a fact card."""
        return len(self.years) < MIN_SERIES_YEARS

    @property
    def file_name(self) -> str:
        """indicator_regions_years: the name of the modebar PNG, the export menu's files and the /export image."""
        return f"{self.indicator}_{'-'.join(self.regions) or 'all'}_{self.year_from or ''}-{self.year_to or ''}"

    @property
    def download_name(self) -> str:
        """What a saved image is called, in the page language: 地区生产总值_北京-天津_2013-2024.
        (file_name stays the ASCII form for HTTP headers and URLs.)"""
        regions = store.table().regions
        words = [name(store.indicator(self.indicator), self.lang),
                 "-".join(name(regions.get(r, {"id": r}), self.lang) for r in self.regions) or "all",
                 f"{self.year_from or ''}-{self.year_to or ''}"]
        return _UNSAFE.sub("", "_".join(words)).replace(" ", "-")

    def to_data(self) -> dict:
        """The request part, for the card's dcc.Store; the rest is resolved again from it."""
        return {"indicator": self.indicator, "regions": list(self.requested), "from": self.year_from,
                "to": self.year_to, "lang": self.lang, "default_regions": list(self.default_regions)}

    @classmethod
    def from_data(cls, data: dict) -> ChartSpec:
        return cls.resolve(str(data["indicator"]), data.get("regions") or None, _year(data.get("from")),
                           _year(data.get("to")), data.get("lang", "zh"), data.get("default_regions") or ())


def series_first(specs: list[ChartSpec]) -> list[ChartSpec]:
    """Indicators with a series lead a page; thin ones (fact cards) follow, each group in catalogue order."""
    return sorted(specs, key=lambda spec: spec.is_thin)


def _year(value) -> int | None:
    return None if value in (None, "") else int(value)
