"""Chart images for briefings: a ChartSpec in, PNG/SVG/PDF bytes out.

The export menu, the /export URL and the briefing pack all come through `chart_figure` and
`render`, so an image looks the same whichever way it was asked for, and it is always the figure
factory's figure (what the page shows). The factory already puts title, unit, regions, years,
source line and 数据截至 inside the figure; this layer adds only what a pasted image still lacks
(what the qualifier marks mean, from the spec's qualifiers) and sizes the figure for a slide.
"""
from __future__ import annotations

import io
import math
import os
import re
import threading
from dataclasses import dataclass

import kaleido
import plotly.graph_objects as go
import plotly.io as pio
from choreographer.browsers.chromium import Chromium

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
    """Kaleido titles every PDF "Kaleido-fier": write the chart's own title and its sources instead.

    Without pypdf the PDF is returned as it is."""
    try:
        from pypdf import PdfReader, PdfWriter  # noqa: PLC0415 - optional, third-party
    except ImportError:
        return pdf
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    writer.add_metadata({"/Title": title, "/Subject": subject, "/Keywords": keywords, "/Creator": "jjj-dashboard"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


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
