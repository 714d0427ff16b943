"""Chart images for briefings: a ChartSpec in, PNG/SVG/PDF bytes out.

The export menu, the /export URL and the briefing pack all come through `chart_figure` and
`render`, so an image looks the same whichever way it was asked for, and it is always the figure
factory's figure (what the page shows). The factory already puts title, unit, regions, years,
source line and 数据截至 inside the figure; this layer adds only what a pasted image still lacks
(what the qualifier marks mean, from the spec's qualifiers) and sizes the figure for a slide.
"""
from __future__ import annotations

import functools
import io
import logging
import math
import os
import re
import subprocess
import threading
import unicodedata
from dataclasses import dataclass

import kaleido
import plotly.graph_objects as go
import plotly.io as pio
from choreographer.browsers.chromium import Chromium

try:  # the PDF text layer reads the embedded font's tables; without fontTools only radicals are fixed
    from fontTools.ttLib import TTFont, TTLibError
except ImportError:  # pragma: no cover - fontTools is pinned in pyproject.toml
    TTFont, TTLibError = None, Exception

from components.core import store
from components.core.figures import build_figure, citations
from components.core.formatting import QUALIFIER_MARK
from components.core.i18n import both, join, qualifier_meaning, t
from components.core.spec import ChartSpec

FORMATS = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}
SLIDE_SIZES = {"16:9": (1600, 900), "4:3": (1200, 900)}
DEFAULT_WIDTH, DEFAULT_HEIGHT, DEFAULT_SCALE = 1600, 900, 2
WIDTH_RANGE, HEIGHT_RANGE, SCALE_RANGE = (400, 3200), (300, 2400), (1, 3)
# Chromium holds the whole bitmap in memory: 1600×900 at 3× (13 Mpx) passes, 3200×1800 at 2× (23 Mpx) does not.
MAX_PIXELS = 16_000_000
YEAR_RANGE = (1949, 2100)
# A render that takes longer than this is stuck; kaleido then raises instead of holding the worker.
RENDER_TIMEOUT_S = 30
# The factory draws for a card about this wide; a bigger image is that layout zoomed, so text keeps its
# on-screen proportion instead of shrinking to a caption once the image is fitted onto a slide.
# 800 layout pixels across a 16:9 slide (13.33 in) is 1.2 pt a pixel: the figure's smallest text (12 px)
# projects at 14 pt or more.
SCREEN_WIDTH = 800
# A deck slide shows the image under its own title, 10.4 in wide: 640 layout pixels keep 12 px at 14 pt.
DECK_LAYOUT_WIDTH = 640
INSTALL_HINT = both("export.install_hint")
log = logging.getLogger(__name__)


class ExportUnavailable(RuntimeError):
    """No browser to render with: the app keeps running and exports say how to fix the server."""


class ExportRequestError(ValueError):
    """The request itself is wrong (unknown indicator or region, bad years, too large): a 4xx, not a 500."""


@dataclass(frozen=True)
class ChartContext:
    """The words of an exported chart, read back from the figure so slides and images agree."""

    title: str
    subtitle: str
    footer: tuple[str, ...] = ()


def request_spec(indicator: str, regions=None, year_from: int | None = None, year_to: int | None = None,
                 lang: str = "zh") -> ChartSpec:
    """A spec from an outside request (a URL), refused in words the person typing it can act on."""
    try:
        spec = ChartSpec.resolve(indicator, regions, year_from, year_to, lang)
    except store.UnknownId:
        raise ExportRequestError(f"unknown indicator {indicator!r}") from None
    validate(spec)
    return spec


def validate(spec: ChartSpec) -> None:
    """Reject what the page would never ask for: unknown regions, years out of range or reversed."""
    unknown = store.unknown_regions(spec.requested)
    if unknown:
        raise ExportRequestError(f"unknown region(s): {', '.join(unknown)}")
    for key, year in (("from", spec.year_from), ("to", spec.year_to)):
        if year is not None and not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
            raise ExportRequestError(f"{key} must be a year between {YEAR_RANGE[0]} and {YEAR_RANGE[1]}, got {year}")
    if spec.year_from is not None and spec.year_to is not None and spec.year_from > spec.year_to:
        raise ExportRequestError(f"from ({spec.year_from}) is after to ({spec.year_to})")


def qualifier_note(qualifiers, lang: str = "zh") -> str:
    """'> 表示“余/超”；≈ 表示“约/近”' for the qualifiers among the plotted values, in the marks the labels use."""
    present = set(qualifiers)
    return join((t("export.means", lang, mark=QUALIFIER_MARK[q], meaning=qualifier_meaning(q, lang))
                 for q in ("more_than", "at_least", "approx") if q in present), lang, kind="clauses")


def _footer_annotations(fig: go.Figure) -> list:
    """The factory's lines under the plot (source, 数据截至, marker note), top to bottom."""
    below = [a for a in fig.layout.annotations if a.yref == "paper" and a.y == 0 and (a.yshift or 0) < 0]
    return sorted(below, key=lambda a: (-(a.yshift or 0), a.x or 0))


def export_figure(fig: go.Figure, note: str) -> go.Figure:
    """The factory's figure with the qualifier note as one more footer line, below its last one.

    Changes fig in place (it is a fresh figure from the factory; a copy costs ~10 ms of a 250 ms export).
    """
    if not note or any(note in (a.text or "") for a in fig.layout.annotations):
        return fig
    shift = min((a.yshift for a in _footer_annotations(fig)), default=-42) - 20
    fig.add_annotation(text=note, showarrow=False, xref="paper", yref="paper", x=0, y=0, yshift=shift,
                       xanchor="left", yanchor="top", align="left", font={"size": 12, "color": "#666"})
    fig.update_layout(margin={"b": max(fig.layout.margin.b or 0, -shift + 22)})
    return fig


def figure_context(fig: go.Figure) -> ChartContext:
    """Title, subtitle and footer as the image shows them, for slide titles, notes and the ZIP's README."""
    title = fig.layout.title
    return ChartContext(
        title=_plain(title.text or ""),
        subtitle=_plain(title.subtitle.text or "") if title.subtitle else "",
        footer=tuple(_plain(a.text) for a in _footer_annotations(fig) if a.text),
    )


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html.replace("<br>", " ")).strip()


def chart_figure(spec: ChartSpec) -> go.Figure:
    """The page's figure plus the export layer; the factory is the only place a chart is drawn."""
    return export_figure(build_figure(spec), qualifier_note(spec.qualifiers, spec.lang))


def without_title(fig: go.Figure) -> go.Figure:
    """The figure for a slide that carries the title itself: one title per slide. The legend and the
    unit above the plot keep their band (in place)."""
    unit_shift = max((a.yshift or 0 for a in fig.layout.annotations if a.name == "unit"), default=0)
    fig.update_layout(title={"text": "", "subtitle": {"text": ""}}, margin={"t": unit_shift + 30})
    return fig


def min_font_px(fig: go.Figure) -> float:
    """The smallest text size in a figure (layout, axes, legend, annotations, trace text), in layout pixels."""
    full = fig.to_dict()
    sizes = []

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("font", "textfont", "tickfont") and isinstance(value, dict) and value.get("size"):
                    sizes.append(float(value["size"]))
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)
    walk(full)
    for text in re.findall(r"font-size:\s*(\d+(?:\.\d+)?)px", str(full)):
        sizes.append(float(text))
    return min(sizes or [13.0])


def set_pdf_metadata(pdf: bytes, title: str, subject: str = "", keywords: str = "") -> bytes:
    """Kaleido titles every PDF "Kaleido-fier": write the chart's own title and its sources instead,
    and repair the text layer (see `repair_text_layer`) so what a reader copies is what the page shows.

    Without pypdf the PDF is returned as it is."""
    try:
        from pypdf import PdfReader, PdfWriter  # noqa: PLC0415 - optional, third-party
    except ImportError:
        return pdf
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    try:
        repair_text_layer(writer)
    except Exception:  # noqa: BLE001 - a PDF whose text copies badly beats no PDF at all
        log.exception("could not repair the PDF's text layer; serving Chromium's")
    writer.add_metadata({"/Title": title, "/Subject": subject, "/Keywords": keywords, "/Creator": "jjj-dashboard"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --- the PDF's text layer ---------------------------------------------------------------------------
# Chromium's PDF writer (Skia) cannot embed a CFF-flavoured OpenType font such as Noto Sans CJK, so it
# draws every glyph as a Type 3 font and writes each glyph's text from the font's cmap read backwards:
# - a glyph that only shaping reaches has no code point and copies as U+0000. Digits in a Latin run
#   (tick labels, "PM2.5") are such glyphs: with no `lang` in the exported SVG, HarfBuzz applies the
#   font's `locl` lookup of latn/dflt, which swaps 0–9 for other glyph ids;
# - a glyph with several code points gets the lowest: 立方米 share their glyphs with the Kangxi
#   radicals U+2F74 U+2F45 U+2F76, so they copy as ⽴⽅⽶.
# The glyphs are right; only the text beside them is wrong. Rewriting each Type 3 font's ToUnicode from
# the same font file (its cmap preferring unified ideographs, plus what its GSUB substitutions reach)
# fixes the copied text without touching a pixel of the page.

# Code points that share a glyph with a unified ideograph: CJK radicals supplement, Kangxi radicals,
# CJK compatibility ideographs (and their supplement).
_VARIANT_BLOCKS = ((0x2E80, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
_SKIA_GLYPH = re.compile(r"^/g([0-9A-Fa-f]+)$")
_HEX = "[0-9A-Fa-f]"


def _is_variant(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in _VARIANT_BLOCKS)


def _plain_text(text: str) -> str:
    """Radicals and compatibility ideographs as the ideographs they stand for; NULs dropped."""
    return "".join(unicodedata.normalize("NFKC", ch) if _is_variant(ord(ch)) else ch
                   for ch in text if ch != "\0")


def _font_file(ps_name: str) -> tuple[str, int] | None:
    """The file and face index of an installed font by PostScript name, through fontconfig (which Chromium
    used to find it); None when fontconfig or the font is missing."""
    try:
        out = subprocess.run(["fc-list", f":postscriptname={ps_name}", "-f", "%{file}\t%{index}\n"],
                             capture_output=True, text=True, timeout=5, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    for line in out.splitlines():
        path, _, index = line.partition("\t")
        if path and index.isdigit():
            return path, int(index)
    return None


def _substitutions(font) -> list[tuple[str, tuple[str, ...]]]:
    """(glyph, the glyphs it replaces) for every single, alternate and ligature substitution in GSUB."""
    pairs = []
    if "GSUB" not in font:
        return pairs
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for sub in lookup.SubTable:
            sub = getattr(sub, "ExtSubTable", sub)
            kind = getattr(sub, "LookupType", None)
            if kind == 1:
                pairs += [(dst, (src,)) for src, dst in sub.mapping.items()]
            elif kind == 3:
                pairs += [(alt, (src,)) for src, alts in sub.alternates.items() for alt in alts]
            elif kind == 4:
                pairs += [(lig.LigGlyph, (first, *lig.Component))
                          for first, ligs in sub.ligatures.items() for lig in ligs]
    return pairs


@functools.lru_cache(maxsize=8)
def font_glyph_text(ps_name: str) -> dict[int, str]:
    """Glyph id → the text it shows, for an installed font (empty when it or fontTools is missing).

    From the cmap, preferring a unified ideograph to a radical that shares its glyph; then, for glyphs
    only shaping reaches, the text of the glyphs they replace (a few passes reach chained lookups).
    About 0.3 s for Noto Sans CJK (measured here), once per process and font.
    """
    found = _font_file(ps_name)
    if TTFont is None or found is None:
        return {}
    try:
        font = TTFont(found[0], fontNumber=found[1], lazy=True)
        cmap, order, pairs = font.getBestCmap(), font.getGlyphOrder(), _substitutions(font)
    except (OSError, TTLibError, KeyError, AttributeError):
        return {}
    text: dict[str, str] = {}
    for cp, glyph in sorted(cmap.items(), key=lambda item: (_is_variant(item[0]), item[0])):
        text.setdefault(glyph, chr(cp))
    for _ in range(3):
        for glyph, sources in pairs:
            if glyph not in text and all(s in text for s in sources):
                text[glyph] = "".join(text[s] for s in sources)
    ids = {name: gid for gid, name in enumerate(order)}
    return {ids[name]: value for name, value in text.items() if name in ids}


def _utf16(hex_text: str) -> str:
    return bytes.fromhex(hex_text).decode("utf-16-be", errors="replace") if hex_text else ""


def _range_entries(lo: int, hi: int, dst: str) -> dict[int, str]:
    if dst.startswith("["):
        return {lo + i: _utf16(d) for i, d in enumerate(re.findall(f"<({_HEX}*)>", dst))}
    base, width = int(dst[1:-1], 16), len(dst) - 2
    return {code: _utf16(f"{base + code - lo:0{width}X}") for code in range(lo, hi + 1)}


def read_to_unicode(cmap: bytes) -> dict[int, str]:
    """A ToUnicode CMap's bfchar and bfrange entries as {character code: text}."""
    source = cmap.decode("latin-1")
    entries: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", source, re.S):
        for src, dst in re.findall(f"<({_HEX}+)>\\s*<({_HEX}*)>", block):
            entries[int(src, 16)] = _utf16(dst)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", source, re.S):
        for lo, hi, dst in re.findall(f"<({_HEX}+)>\\s*<({_HEX}+)>\\s*(<{_HEX}*>|\\[[^\\]]*\\])", block):
            entries.update(_range_entries(int(lo, 16), int(hi, 16), dst))
    return entries


def write_to_unicode(entries: dict[int, str]) -> bytes:
    """A one-byte-code ToUnicode CMap (what Type 3 fonts use) with one bfchar line per code."""
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<00> <FF>", "endcodespacerange"]
    items = sorted((code, text) for code, text in entries.items() if text)
    for start in range(0, len(items), 100):  # a bfchar block holds at most 100 entries
        chunk = items[start:start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [f"<{code:02X}> <{text.encode('utf-16-be').hex().upper()}>" for code, text in chunk]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def _type3_glyphs(font) -> dict[int, int]:
    """Character code → glyph id of a Type 3 font Skia wrote (its /Differences name glyphs /g<hex id>)."""
    glyphs, code = {}, 0
    for item in _dict(font.get("/Encoding")).get("/Differences", []):
        if isinstance(item, int):
            code = item
            continue
        match = _SKIA_GLYPH.match(str(item))
        if match:
            glyphs[code] = int(match.group(1), 16)
        code += 1
    return glyphs


def _ps_name(font) -> str:
    """'NotoSansCJKsc-Regular' from a subset font name such as /AAAAAA+NotoSansCJKsc-Regular."""
    name = str(_dict(font.get("/FontDescriptor")).get("/FontName", ""))
    return name.lstrip("/").split("+", 1)[-1]


def _repair_type3(font) -> int:
    """Rewrite one Type 3 font's ToUnicode; returns the number of codes whose text changed."""
    stream = font["/ToUnicode"].get_object()
    old = read_to_unicode(stream.get_data())
    glyph_text = font_glyph_text(_ps_name(font))
    new = dict(old)
    for code, gid in _type3_glyphs(font).items():
        new[code] = glyph_text.get(gid) or old.get(code, "")
    new = {code: _plain_text(text) for code, text in new.items()}
    changed = sum(1 for code in set(old) | set(new) if old.get(code, "") != new.get(code, ""))
    if changed:
        stream.set_data(write_to_unicode(new))
    return changed


def _dict(value) -> dict:
    """A PDF dictionary behind a reference, or {} for anything else (a name, null, a missing key)."""
    value = value.get_object() if hasattr(value, "get_object") else value
    return value if isinstance(value, dict) else {}


def _fonts(resources, seen: set[int]):
    """Every font dictionary of a resource dictionary and of the form XObjects it draws."""
    resources = _dict(resources)
    for ref in _dict(resources.get("/Font")).values():
        yield ref.get_object()
    for ref in _dict(resources.get("/XObject")).values():
        xobject = ref.get_object()
        if id(xobject) not in seen and xobject.get("/Subtype") == "/Form":
            seen.add(id(xobject))
            yield from _fonts(xobject.get("/Resources"), seen)


def repair_text_layer(writer) -> int:
    """Give each Type 3 font of a Chromium PDF a ToUnicode that copies as the text shown (see above).

    Returns the number of character codes whose text changed; glyphs, positions and pages are untouched.
    """
    changed, seen = 0, set()
    for page in writer.pages:
        for font in _fonts(page.get("/Resources"), seen):
            if font.get("/Subtype") == "/Type3" and "/ToUnicode" in font:
                changed += _repair_type3(font)
    return changed


def chart_image(spec: ChartSpec, fmt: str = "png", *, width: int = DEFAULT_WIDTH, height: int = DEFAULT_HEIGHT,
                scale: float = DEFAULT_SCALE) -> bytes:
    """Spec → image bytes: what the export menu and the /export URL serve (render checks the size).
    A PDF carries the chart's title and its full citations in its metadata."""
    fig = chart_figure(spec)
    data = render(fig, fmt, width=width, height=height, scale=scale)
    if fmt == "pdf":
        context = figure_context(fig)
        data = set_pdf_metadata(data, context.title, context.subtitle, "; ".join(citations(spec)))
    return data


def check_size(width: int, height: int, scale: float) -> None:
    for key, value, (lo, hi) in (("width", width, WIDTH_RANGE), ("height", height, HEIGHT_RANGE),
                                 ("scale", scale, SCALE_RANGE)):
        if not lo <= value <= hi:
            raise ExportRequestError(f"{key} must be between {lo} and {hi}, got {value}")
    pixels = width * height * scale * scale
    if pixels > MAX_PIXELS:
        raise ExportRequestError(f"{width}×{height} at scale {scale} is {int(pixels):,} pixels; the limit is {MAX_PIXELS:,}")


def layout_size(width: int, height: int, screen_width: int = SCREEN_WIDTH) -> tuple[int, int, float]:
    """(layout width, layout height, zoom): about SCREEN_WIDTH wide, the same shape, zoom × layout = request.

    The product must be exact in floating point: SVG writes it as the image size (900.0000000000001
    is not 900) and Chromium floors it to whole PNG pixels.
    """
    g = math.gcd(width, height)
    for k in range(max(1, min(g, screen_width * g // width)), 0, -1):
        lw, lh = width // g * k, height // g * k
        zoom = width / lw
        if lw * zoom == width and lh * zoom == height:
            return lw, lh, zoom
    return width, height, 1.0


# --- the warm kaleido server: one per process, started on first use -------------------------------

_lock = threading.Lock()


def _after_fork_in_child() -> None:
    """A forked child (a gunicorn --preload worker, a Dash background job) inherits a server whose thread
    did not come along, so every call would wait forever, and maybe a held lock. Forget both."""
    global _lock
    _lock = threading.Lock()
    kaleido._global_server._initialized = False  # noqa: SLF001 - kaleido has no public reset


os.register_at_fork(after_in_child=_after_fork_in_child)


def browser_path() -> str | None:
    """The Chrome/Chromium kaleido will launch (BROWSER_PATH, PATH, usual places), or None.

    Checked before starting the server: a browser that fails to launch kills kaleido's server thread
    and leaves the first export waiting forever.
    """
    path = Chromium.find_browser(skip_local=False)
    return path if path and os.access(path, os.X_OK) else None


def _ensure_server() -> None:
    server = kaleido._global_server  # noqa: SLF001
    if server.is_running() and server._thread.is_alive():  # noqa: SLF001
        return
    server._initialized = False  # noqa: SLF001 - a dead server thread would swallow every task
    if not browser_path():
        raise ExportUnavailable(INSTALL_HINT)
    pio.defaults.headers = None  # otherwise every call warns that its kopts are ignored by the warm server
    kaleido.start_sync_server(mathjax=False, silence_warnings=True, timeout=RENDER_TIMEOUT_S)


def warm_up() -> None:
    """Start this process's browser now rather than on the first export (tests, benchmarks).

    start_sync_server returns at once and the browser starts with the first task, hence one tiny render.
    """
    render(go.Figure(), "svg", width=400, height=300, scale=1)


def render(fig: go.Figure, fmt: str, *, width: int = DEFAULT_WIDTH, height: int = DEFAULT_HEIGHT,
           scale: float = DEFAULT_SCALE, screen_width: int = SCREEN_WIDTH) -> bytes:
    """Figure → bytes through this process's warm kaleido server; scale applies to PNG only.

    The lock is there because kaleido's sync server pairs requests and answers through shared queues:
    two threads calling at once can each receive the other's image.
    """
    if fmt not in FORMATS:
        raise ExportRequestError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    check_size(width, height, scale)
    lw, lh, zoom = layout_size(width, height, screen_width)
    with _lock:
        _ensure_server()
        try:
            # Chromium floors the bitmap size: 825 × 2.1818… must give 1800 pixels, not 1799.
            factor = zoom * scale * (1 + 1e-9) if fmt == "png" else zoom
            return pio.to_image(fig, format=fmt, width=lw, height=lh, scale=factor)
        except RuntimeError as err:  # plotly words a missing browser as "run plotly_get_chrome": needs internet
            if "chrome" in str(err).lower():
                raise ExportUnavailable(INSTALL_HINT) from err
            raise
