"""Chart images: sizes, pixels, Chinese text, SVG/PDF content, limits, no browser."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import plotly.graph_objects as go
import pypdf
import pytest
from PIL import Image, ImageStat

from components.core.figures import FONT_FAMILY, build_figure
from components.core.formatting import QUALIFIER_MARK
from components.core.spec import ChartSpec
from components.export.images import (
    MAX_PIXELS,
    SLIDE_SIZES,
    ExportRequestError,
    chart_figure,
    chart_image,
    check_size,
    figure_context,
    layout_size,
    min_font_px,
    render,
    request_spec,
)

ROOT = Path(__file__).resolve().parents[3]


def approx() -> ChartSpec:
    return ChartSpec.resolve("tech_contract_turnover_to_tjhb", ["tianjin_hebei"], 2020, 2022)


def gdp() -> ChartSpec:
    return ChartSpec.resolve("gdp", ["beijing", "tianjin"], 2013, 2024)


def _png(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image.convert("RGB")


@pytest.mark.parametrize("size", ["16:9", "4:3"])
def test_png_has_the_slide_size_at_2x_and_is_not_blank(export_table, size):
    width, height = SLIDE_SIZES[size]
    image = _png(chart_image(gdp(), "png", width=width, height=height, scale=2))
    assert image.size == (width * 2, height * 2)
    assert len(image.getcolors(maxcolors=image.width * image.height)) > 50, "a chart has lines, labels and text"
    assert max(ImageStat.Stat(image).stddev) > 10


@pytest.mark.parametrize("width,height,scale", [(1234, 777, 1), (400, 300, 3), (3200, 2400, 1), (1601, 901, 2)])
def test_any_allowed_size_gives_exactly_that_many_pixels(kaleido_warm, width, height, scale):
    lw, lh, zoom = layout_size(width, height)
    assert lw <= max(1100, width // 1) and lw / lh == pytest.approx(width / height)
    image = _png(render(go.Figure(go.Bar(x=[1, 2], y=[3, 4])), "png", width=width, height=height, scale=scale))
    assert image.size == (width * scale, height * scale)


def _title_strip(title: str) -> Image.Image:
    fig = go.Figure(go.Scatter(x=[1, 2], y=[1, 2]),
                    layout={"title": {"text": title, "x": 0.01, "xanchor": "left"}, "font": {"family": FONT_FAMILY}})
    image = _png(render(fig, "png", width=1200, height=600, scale=1))
    return image.crop((0, 0, 600, 60))


def test_chinese_characters_really_render(kaleido_warm):
    # Without a CJK font every character is the same "tofu" box, so the two strips would be identical.
    a, b = _title_strip("京津冀地区生产总值"), _title_strip("京津冀年末常住人口")
    assert max(ImageStat.Stat(a).stddev) > 10, "the title area has text"
    assert a.tobytes() != b.tobytes()
    diff = sum(1 for p, q in zip(a.tobytes(), b.tobytes()) if p != q)
    assert diff > 600


def test_the_image_carries_its_context(export_table):
    context = figure_context(chart_figure(approx()))
    assert context.title.startswith("北京流向津冀技术合同成交额") and "亿元" in context.title
    assert "津冀" in context.subtitle and "2020–2022" in context.subtitle
    footer = " ".join(context.footer)
    assert "来源" in footer and "数据截至" in footer and "≈ 表示“约/近”" in footer
    svg = chart_image(approx(), "svg").decode()
    for text in ("北京流向津冀技术合同成交额", "来源", "数据截至", "≈ 表示“约/近”", "津冀"):
        assert text in svg.replace("&nbsp;", " "), text


def test_qualifier_notes_name_the_marks_in_the_labels(export_table):
    context = figure_context(chart_figure(ChartSpec.resolve("tech_contract_turnover_to_tjhb_cumulative")))
    notes = context.footer[-1]
    assert f"{QUALIFIER_MARK['more_than']} 表示“余/超”" in notes and "≈ 表示“约/近”" in notes
    assert not any("表示" in line for line in figure_context(chart_figure(gdp())).footer), "exact values need no note"


def test_english_export(export_table):
    spec = ChartSpec.resolve("gdp", ["beijing"], 2013, 2024, "en")
    svg = chart_image(spec, "svg").decode()
    assert "GDP" in svg and "Beijing" in svg and "Source" in svg


def test_svg_has_the_title_and_the_requested_size(export_table):
    svg = chart_image(gdp(), "svg", width=1600, height=900).decode()
    assert "地区生产总值" in svg
    assert 'width="1600"' in svg[:400] and 'height="900"' in svg[:400]


def test_pdf_is_one_page_with_the_cjk_font_embedded(export_table):
    reader = pypdf.PdfReader(io.BytesIO(chart_image(gdp(), "pdf")))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert float(page.mediabox.width) / float(page.mediabox.height) == pytest.approx(16 / 9, rel=0.01)
    names = []
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        names.append(str(font.get("/BaseFont", "")))
        if "/FontDescriptor" in font:
            names.append(str(font["/FontDescriptor"].get_object().get("/FontName", "")))
    assert any("CJK" in n or "Noto" in n for n in names), names


@pytest.mark.parametrize("width,height,scale", [(399, 900, 1), (3201, 900, 1), (1600, 299, 1), (1600, 2401, 1),
                                                (1600, 900, 0.5), (1600, 900, 4), (3200, 1800, 2)])
def test_sizes_out_of_bounds_are_refused(width, height, scale):
    with pytest.raises(ExportRequestError):
        check_size(width, height, scale)


def test_the_pixel_cap_allows_slides_at_3x():
    check_size(1600, 900, 3)
    assert 1600 * 900 * 9 <= MAX_PIXELS


@pytest.mark.parametrize("request_args,words", [
    (("no_such_indicator",), "unknown indicator"),
    (("gdp", ["beijing", "atlantis"]), "atlantis"),
    (("gdp", None, 2024, 2013), "after"),
    (("gdp", None, 1200, 2013), "year between"),
])
def test_bad_requests_are_refused_with_a_reason(export_table, request_args, words):
    with pytest.raises(ExportRequestError, match=words):
        request_spec(*request_args)


def test_without_a_browser_the_error_says_how_to_install_chromium():
    code = ("import plotly.graph_objects as go\n"
            "from components.export.images import render, ExportUnavailable\n"
            "try:\n    render(go.Figure(), 'png')\nexcept ExportUnavailable as e:\n    print('UNAVAILABLE', e)\n")
    env = {**os.environ, "BROWSER_PATH": "/nonexistent/chromium", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert "UNAVAILABLE" in out.stdout, out.stderr
    assert "apt-get install chromium" in out.stdout and "plotly_get_chrome" not in out.stdout


def test_concurrent_exports_each_get_their_own_image(kaleido_warm):
    # kaleido's sync server answers through one shared queue; without the lock threads swap images.
    sizes = [(400 + 40 * i, 300 + 30 * i) for i in range(6)]
    with ThreadPoolExecutor(6) as pool:
        images = list(pool.map(lambda wh: _png(render(go.Figure(), "png", width=wh[0], height=wh[1], scale=1)), sizes))
    assert [im.size for im in images] == sizes


def test_the_export_is_the_page_figure_plus_the_note(export_table):
    page = build_figure(approx())
    export = chart_figure(approx())
    assert export.data == page.data and export.layout.title == page.layout.title
    added = [a.text for a in export.layout.annotations if a not in page.layout.annotations]
    assert added == ["≈ 表示“约/近”"]


def test_a_16_9_png_projects_its_smallest_text_at_14_pt_or_more(export_table):
    """Fitted to a 13.33-inch slide, a layout pixel is 960 pt / layout width; 12 px must reach 14 pt."""
    lw, _lh, _zoom = layout_size(1600, 900)
    for spec in (gdp(), approx(), ChartSpec.resolve("tech_contract_turnover_to_tjhb")):
        assert min_font_px(chart_figure(spec)) * 13.333 * 72 / lw >= 14


def test_the_pdf_has_the_charts_title_and_its_sources_in_its_metadata(export_table):
    meta = pypdf.PdfReader(io.BytesIO(chart_image(gdp(), "pdf"))).metadata
    assert meta.title.startswith("地区生产总值") and "Kaleido" not in meta.title
    assert "国家统计局分省年度数据" in meta.get("/Keywords", "")
