"""The /sources coverage grid as an SVG image drawn on the server (docs/performance.md §22, issue 10).

Indicator × year: how many regions have a charted value (store.coverage()); an empty cell is a year no source
gave, which a reader should see before reading a trend into a line. It was a plotly heatmap: the page then
loaded, compiled and ran plotly.js and drew ~150 labels and ~650 numbers in the browser, for a picture that
never changes while the table does not. As an image it costs the page one cached request, and the page is
registered with charts=False (plotly.js comes after it is drawn, for the next page).

It looks as the heatmap did: years across the top, indicator names (whole) down the left, a filled cell on a
green scale by its count (#a9dfbf for one region → #1e8449 for the most) with its number in white, an empty
cell in the background colour, 1-px lines in the background colour between cells (each filled cell is drawn
one pixel short on the right and at the bottom, over one background rectangle). Each filled cell carries a
<title> saying how many regions have a value, which a viewer of the downloaded file sees on hover.

Every text is escaped (a name could hold < or &); the output depends on the table and the language only, so
the same table gives the same bytes (the route's ETag and the page's `v=` rely on it).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from urllib.parse import quote
from xml.sax.saxutils import escape

from components.core import store
from components.core.figures import FONT_FAMILY
from components.core.i18n import name, t

COVERAGE_FONT = 12  # indicator names
YEAR_FONT = 11
NUMBER_FONT = 9
COVERAGE_BACKGROUND = "#f4f6f7"
TEXT_COLOR = "#222"
LOW, HIGH = "#a9dfbf", "#1e8449"  # one region … the most regions of any cell
DARK_INK = "#145a32"  # a number on the lighter half of the scale
CELL_W, CELL_H = 14, 20  # a cell, with its 1-px line on the right and at the bottom
PAD = 8  # around the image
GAP = 8  # between the names and the grid, and between the years and the grid
GENEROUS = 1.12  # estimated text widths are stretched by this much, so a name is never cut by a wider font
SVG_PATH = "/coverage.svg"


@dataclass(frozen=True)
class Geometry:
    left: int  # x of the grid's left edge (the names end GAP before it)
    top: int  # y of the grid's top edge (the years end GAP above it)
    cell_w: int
    cell_h: int
    width: int
    height: int


@dataclass(frozen=True)
class CoverageImage:
    """The SVG of one table and language, its size, and what its alt text says."""
    svg: bytes
    width: int
    height: int
    indicators: int
    first_year: int | None
    last_year: int | None
    filled: int


def text_px(text: str, size: float) -> float:
    """About how wide a line of text is drawn: CJK characters are square, others about 0.62 em. Unlike
    figures.text_width it reads no markup out of the text (a name holding "<b>" is drawn as those characters)."""
    return sum(size if ord(ch) >= 0x2E80 else size * 0.62 for ch in str(text))


def geometry(labels: list[str], years: list[int], top_count: int) -> Geometry:
    """Where the grid goes: right of the widest name, below the years (drawn upright), cells wide enough for
    the largest count."""
    label_px = math.ceil(max([text_px(label, COVERAGE_FONT) for label in labels] or [0]) * GENEROUS)
    year_px = math.ceil(max([text_px(str(y), YEAR_FONT) for y in years] or [0]) * GENEROUS)
    cell_w = max(CELL_W, math.ceil(text_px(str(top_count), NUMBER_FONT)) + 2)
    left, top = PAD + label_px + GAP, PAD + year_px + GAP
    return Geometry(left=left, top=top, cell_w=cell_w, cell_h=CELL_H,
                    width=left + cell_w * len(years) + PAD, height=top + CELL_H * len(labels) + PAD)


def cell_color(n: int, top: int) -> str:
    """The heatmap's colour scale: LOW for one region to HIGH for `top` (at least 2), linear in RGB as plotly's."""
    frac = min(1.0, max(0.0, (n - 1) / (max(2, top) - 1)))
    low = [int(LOW[i:i + 2], 16) for i in (1, 3, 5)]
    high = [int(HIGH[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(a + (b - a) * frac):02x}" for a, b in zip(low, high, strict=True))


def _dark(n: int, top: int) -> bool:
    """Whether a cell's green is dark enough for a white number (the upper half of the scale)."""
    return (n - 1) / (max(2, top) - 1) >= 0.5


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _attr(text: str) -> str:
    return escape(str(text), {'"': "&quot;"})


def cell_title(label: str, year: int, n: int, lang: str) -> str:
    """地区生产总值 · 2021: 3个地区 — what a filled cell says on hover."""
    return f"{label} · {year}: {t('chart.coverage_regions', lang, n=n)}"


def draw(labels: list[str], years: list[int], counts: list[list[int]], lang: str) -> tuple[str, Geometry]:
    """The SVG of a grid (rows: labels, columns: years, counts[i][j] regions; 0 is a gap), and its geometry."""
    top_count = max([n for row in counts for n in row] or [0])
    g = geometry(labels, years, top_count)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{g.width}" height="{g.height}" '
             f'viewBox="0 0 {g.width} {g.height}" font-family="{_attr(FONT_FAMILY)}" role="img">',
             f"<title>{escape(t('sources.coverage', lang))}</title>",
             f"<desc>{escape(t('sources.coverage_hint', lang))}</desc>",
             f'<rect width="{g.width}" height="{g.height}" fill="#fff"/>']
    # Years upright above their columns, names right-aligned left of their rows.
    parts.append(f'<g font-size="{YEAR_FONT}" fill="{TEXT_COLOR}">')
    for j, year in enumerate(years):
        x = g.left + j * g.cell_w + (g.cell_w - 1) / 2 + YEAR_FONT * 0.35
        parts.append(f'<text transform="translate({_num(x)},{g.top - GAP // 2}) rotate(-90)">{year}</text>')
    parts.append("</g>")
    parts.append(f'<g font-size="{COVERAGE_FONT}" fill="{TEXT_COLOR}" text-anchor="end">')
    for i, label in enumerate(labels):
        y = g.top + i * g.cell_h + (g.cell_h - 1) / 2 + COVERAGE_FONT * 0.35
        parts.append(f'<text x="{g.left - GAP}" y="{_num(y)}">{escape(label)}</text>')
    parts.append("</g>")
    if labels and years:
        parts.append(f'<rect x="{g.left}" y="{g.top}" width="{g.cell_w * len(years) - 1}" '
                     f'height="{g.cell_h * len(labels) - 1}" fill="{COVERAGE_BACKGROUND}"/>')
    parts.append(f'<g font-size="{NUMBER_FONT}" fill="#fff" text-anchor="middle">')
    for i, (label, row) in enumerate(zip(labels, counts, strict=True)):
        for j, (year, n) in enumerate(zip(years, row, strict=True)):
            if n <= 0:
                continue
            x, y = g.left + j * g.cell_w, g.top + i * g.cell_h
            ink = "" if _dark(n, top_count) else f' fill="{DARK_INK}"'  # (white on the lightest green is hard to read)
            parts.append(f'<g><title>{escape(cell_title(label, year, n, lang))}</title>'
                         f'<rect x="{x}" y="{y}" width="{g.cell_w - 1}" height="{g.cell_h - 1}" fill="{cell_color(n, top_count)}"/>'
                         f'<text x="{_num(x + (g.cell_w - 1) / 2)}" y="{_num(y + (g.cell_h - 1) / 2 + NUMBER_FONT * 0.35)}"{ink}>'
                         f'{n}</text></g>')
    parts.append("</g></svg>")
    return "\n".join(parts) + "\n", g


def grid(lang: str) -> tuple[list[str], list[int], list[list[int]]]:
    """(names, years, counts) of the loaded table's coverage, as the heatmap read them."""
    frame = store.coverage()
    indicators = store.table().indicators
    labels = [name(indicators.get(iid, {"id": iid}), lang) for iid in frame.index]
    years = [int(y) for y in frame.columns]
    counts = [[int(n) for n in row] for row in frame.to_numpy()]
    return labels, years, counts


def coverage_svg(lang: str) -> str:
    """The coverage grid of the loaded table as an SVG document, in the page language."""
    return draw(*grid(lang), lang)[0]


def coverage_image(lang: str) -> CoverageImage:
    """The SVG (UTF-8) and its size, built once per table version and language."""
    return store.cached(("coverage_svg", lang), lambda: _image(lang))


def _image(lang: str) -> CoverageImage:
    labels, years, counts = grid(lang)
    svg, g = draw(labels, years, counts, lang)
    return CoverageImage(svg=svg.encode("utf-8"), width=g.width, height=g.height, indicators=len(labels),
                         first_year=years[0] if years else None, last_year=years[-1] if years else None,
                         filled=sum(1 for row in counts for n in row if n > 0))


def image_url(lang: str) -> str:
    """The image's address on the page: it names the table's version, so a rebuilt table is a new URL and the
    browser may keep each one for a year."""
    return f"{SVG_PATH}?lang={quote(lang)}&v={quote(store.generation(), safe='')}"
