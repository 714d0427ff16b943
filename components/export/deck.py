"""Briefing pack builders: chart specs → a 16:9 PowerPoint deck, or a ZIP of PNGs.

Pure functions, so the background callback, the benchmark and the tests drive exactly the same
code. Each slide carries the same self-explaining image the export menu gives, plus its source
line as slide text and speaker notes, because a slide is often edited and the image alone may be
cropped.
"""
from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

import plotly.graph_objects as go
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Inches, Pt

from components.core import store
from components.core.figures import alt_text, citations
from components.core.i18n import join, labelled, name, t
from components.core.spec import ChartSpec
from components.export.images import (
    DECK_LAYOUT_WIDTH,
    SLIDE_SIZES,
    ChartContext,
    chart_figure,
    figure_context,
    render,
    validate,
    without_title,
)

SLIDE_W, SLIDE_H = Inches(13.333), Inches(7.5)
GREY = RGBColor(0x44, 0x44, 0x44)
PICTURE_TOP, PICTURE_HEIGHT = Inches(0.85), Inches(5.85)
MAX_SOURCE_LINES = 14

Progress = Callable[[int, int, str], None]
# (spec, its figure, size {"width", "height", "scale"}, for a slide?) → PNG bytes. The default renders in this
# process; a background job passes one that asks the app's own /export route (components/export/jobs.py).
PngRenderer = Callable[[ChartSpec, go.Figure, dict, bool], bytes]


@dataclass(frozen=True)
class RenderedChart:
    spec: ChartSpec
    context: ChartContext
    png: bytes
    citations: tuple[str, ...] = ()
    alt: str = ""


def drawable(specs: Iterable[ChartSpec]) -> list[ChartSpec]:
    """The charts worth a slide: a chart with no data in the selection says only 暂无数据, so it is left out."""
    return [spec for spec in specs if spec.years]


def local_png(spec: ChartSpec, fig: go.Figure, size: dict, for_slides: bool) -> bytes:
    """The chart's PNG from this process's warm kaleido. For a slide the image leaves its title to the slide
    and is laid out small enough that its text projects at 14 pt or more (fig is changed in place)."""
    if for_slides:
        return render(without_title(fig), "png", **size, screen_width=DECK_LAYOUT_WIDTH)
    return render(fig, "png", **size)


def render_charts(specs: Iterable[ChartSpec], *, size: str = "16:9", scale: float = 2,
                  on_progress: Progress | None = None, for_slides: bool = False,
                  renderer: PngRenderer | None = None) -> list[RenderedChart]:
    """One PNG per spec that has data; on_progress(done, total, title) after each, for the progress bar."""
    specs = list(specs)
    width, height = SLIDE_SIZES[size]
    pixels = {"width": width, "height": height, "scale": scale}
    renderer = renderer or local_png
    out = []
    for spec in specs:  # all checked before the first (slow) render
        validate(spec)
    specs = drawable(specs)
    for i, spec in enumerate(specs, 1):
        fig = chart_figure(spec)
        context = figure_context(fig)  # read before the slide renderer takes the title off
        png = renderer(spec, fig, pixels, for_slides)
        out.append(RenderedChart(spec, context, png, tuple(citations(spec)), alt_text(spec)))
        if on_progress:
            on_progress(i, len(specs), context.title)
    return out


def filter_lines(charts: list[RenderedChart], page_title: str, lang: str, today: date) -> list[str]:
    """What the cover says about the selection, so a reader of the deck knows what was filtered."""
    ids = store.region_order({r for c in charts for r in c.spec.requested})
    regions = [name(store.table().regions.get(r, {"id": r}), lang) for r in ids]
    starts = [c.spec.year_from for c in charts if c.spec.year_from is not None]
    ends = [c.spec.year_to for c in charts if c.spec.year_to is not None]
    years = f"{min(starts) if starts else ''}–{max(ends) if ends else ''}" if starts or ends else t("deck.all", lang)
    return [
        labelled(t("deck.date", lang), today.isoformat(), lang),
        labelled(t("deck.page", lang), page_title, lang),
        labelled(t("deck.regions", lang), join(regions, lang) if regions else t("deck.all", lang), lang),
        labelled(t("deck.years", lang), years, lang),
        labelled(t("deck.charts", lang), str(len(charts)), lang),
    ]


def _text_box(slide, left, top, width, height, lines: list[str], size: int, color=None):
    frame = slide.shapes.add_textbox(left, top, width, height).text_frame
    frame.word_wrap = True
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text = line
        para.font.size = Pt(size)
        if color is not None:
            para.font.color.rgb = color
    return frame


def _place_title(shape, text: str, size: int) -> None:
    # The default template's placeholders sit where a 4:3 slide has them; move them onto 16:9.
    shape.left, shape.top, shape.width, shape.height = Inches(0.5), Inches(0.25), SLIDE_W - Inches(1.0), Inches(0.8)
    shape.text_frame.text = text
    shape.text_frame.paragraphs[0].font.size = Pt(size)
    shape.text_frame.paragraphs[0].font.bold = True


def build_pptx(charts: list[RenderedChart], *, page_title: str, lang: str = "zh", today: date | None = None) -> bytes:
    today = today or date.today()
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H

    cover = prs.slides.add_slide(prs.slide_layouts[5])  # "Title Only"
    _place_title(cover.shapes.title, t("deck.title", lang), 32)
    cover.shapes.title.top = Inches(2.2)
    _text_box(cover, Inches(0.5), Inches(3.3), SLIDE_W - Inches(1.0), Inches(3.0),
              filter_lines(charts, page_title, lang, today), 18, GREY)

    for chart in charts:
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        _place_title(slide.shapes.title, chart.context.title, 24)
        slide.shapes.title.top, slide.shapes.title.height = Inches(0.1), Inches(0.75)
        # The image has no title of its own (one title per slide); its text is ≥ 14 pt at this size.
        picture = slide.shapes.add_picture(io.BytesIO(chart.png), 0, PICTURE_TOP, height=PICTURE_HEIGHT)
        picture.left = (SLIDE_W - picture.width) // 2
        picture._element.nvPicPr.cNvPr.set("descr", chart.alt)  # noqa: SLF001 - python-pptx has no alt-text API
        _text_box(slide, Inches(0.5), PICTURE_TOP + PICTURE_HEIGHT, SLIDE_W - Inches(1.0), Inches(0.6),
                  [join(chart.context.footer, lang, kind="gap")], 14, GREY)
        slide.notes_slide.notes_text_frame.text = "\n".join(
            [chart.context.title, chart.context.subtitle, *chart.context.footer, "", *chart.citations])

    sources = list(dict.fromkeys(c for chart in charts for c in chart.citations))  # chart order, main source first
    if sources:
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        _place_title(slide.shapes.title, t("deck.sources", lang), 28)
        shown = sources[:MAX_SOURCE_LINES]
        if len(sources) > len(shown):
            shown.append(t("deck.sources_more", lang, n=len(sources) - len(shown)))
        _text_box(slide, Inches(0.5), Inches(1.2), SLIDE_W - Inches(1.0), SLIDE_H - Inches(1.5), shown, 14, GREY)
        slide.notes_slide.notes_text_frame.text = "\n".join(sources)

    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


def build_zip(charts: list[RenderedChart], *, page_title: str, lang: str = "zh", today: date | None = None) -> bytes:
    today = today or date.today()
    buf = io.BytesIO()
    readme = [t("deck.title", lang), *filter_lines(charts, page_title, lang, today), "", t("deck.readme", lang)]
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as zf:  # PNGs are already compressed
        for i, chart in enumerate(charts, 1):
            name = f"{i:02d}_{chart.spec.download_name}.png"
            zf.writestr(name, chart.png)
            readme += ["", name, chart.context.title, chart.context.subtitle, *chart.context.footer, *chart.citations]
        zf.writestr("README.txt", "\n".join(readme) + "\n")
    return buf.getvalue()


def briefing_pack(specs: Iterable[ChartSpec], kind: str = "pptx", *, page_key: str = "page", page_title: str = "",
                  lang: str = "zh", on_progress: Progress | None = None, today: date | None = None,
                  renderer: PngRenderer | None = None) -> tuple[str, bytes]:
    """(filename, bytes) of the whole pack; kind is "pptx" or "zip". renderer: where the PNGs come from
    (default: this process's kaleido)."""
    today = today or date.today()
    charts = render_charts(specs, on_progress=on_progress, for_slides=kind == "pptx", renderer=renderer)
    build = build_pptx if kind == "pptx" else build_zip
    data = build(charts, page_title=page_title or page_key, lang=lang, today=today)
    return f"briefing_{page_key}_{today.isoformat()}.{'pptx' if kind == 'pptx' else 'zip'}", data
