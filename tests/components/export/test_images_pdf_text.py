"""A chart PDF's text copies as what it shows: title, unit (立方米, not Kangxi radicals) and digits (not NULs).

Chromium writes Noto Sans CJK as Type 3 fonts whose ToUnicode it derives from the font's cmap read
backwards; components.export.images rewrites those maps from the same font file. These tests read the
text back with pypdf (and poppler's pdftotext when installed), as a reader copying from the PDF would.
"""
from __future__ import annotations

import io
import shutil
import subprocess

import pypdf
import pytest

from components.core.spec import ChartSpec
from components.export.images import (
    _plain_text,
    chart_figure,
    chart_image,
    figure_context,
    font_glyph_text,
    read_to_unicode,
    render,
    set_pdf_metadata,
    write_to_unicode,
)
from components.export.images import browser_path as _browser_path

needs_chromium = pytest.mark.skipif(_browser_path() is None, reason="no Chromium to render with")
KANGXI = range(0x2F00, 0x2FE0)
UNIT = "\u7acb\u65b9\u7c73"  # 立方米 as unified ideographs


def pm25() -> ChartSpec:
    return ChartSpec.resolve("pm25_annual_mean", ["beijing"], 2013, 2024)


@pytest.fixture(scope="module")
def pm25_pdf(export_table) -> bytes:
    return chart_image(pm25(), "pdf")


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


@needs_chromium
def test_the_pdf_text_has_the_title_the_unit_and_the_digits(pm25_pdf, export_table):
    text = _text(pm25_pdf)
    title = figure_context(chart_figure(pm25())).title
    assert title.startswith("PM2.5") and title in text
    assert UNIT in text
    assert "30.5" in text, "Beijing's 2024 end label"
    assert "2020" in text and "40" in text, "axis ticks"
    assert "\x00" not in text
    assert not [ch for ch in text if ord(ch) in KANGXI]


@needs_chromium
def test_the_pdf_metadata_title_is_the_chart_title(pm25_pdf, export_table):
    meta = pypdf.PdfReader(io.BytesIO(pm25_pdf)).metadata
    assert meta.title == figure_context(chart_figure(pm25())).title
    assert "Kaleido" not in meta.title


@needs_chromium
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdftotext_reads_the_same_text(pm25_pdf, tmp_path):
    path = tmp_path / "chart.pdf"
    path.write_bytes(pm25_pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "PM2.5" in text and UNIT in text and "30.5" in text and "2024" in text
    assert "\x00" not in text and not [ch for ch in text if ord(ch) in KANGXI]


@needs_chromium
def test_the_repair_changes_only_the_text_layer_not_what_is_drawn(export_table):
    raw = render(chart_figure(pm25()), "pdf")
    fixed = set_pdf_metadata(raw, "t")
    before, after = (pypdf.PdfReader(io.BytesIO(pdf)).pages[0] for pdf in (raw, fixed))
    assert before.get_contents().get_data() == after.get_contents().get_data()
    fonts = [(before["/Resources"]["/Font"][name].get_object(), after["/Resources"]["/Font"][name].get_object())
             for name in before["/Resources"]["/Font"]]
    for old, new in fonts:
        assert old["/CharProcs"].keys() == new["/CharProcs"].keys()
        assert list(old["/Widths"]) == list(new["/Widths"])
    assert "\x00" in _text(raw), "Chromium's own text layer has the NULs this repairs"
    assert "\x00" not in _text(fixed)


def test_to_unicode_maps_round_trip_including_ranges():
    cmap = (b"1 begincodespacerange\n<00> <FF>\nendcodespacerange\n2 beginbfchar\n<01> <0020>\n<A8> <0000>\n"
            b"endbfchar\n2 beginbfrange\n<10> <12> <002F>\n<20> <21> [<2F74> <D83DDE00>]\nendbfrange\n")
    entries = read_to_unicode(cmap)
    assert entries == {0x01: " ", 0xA8: "\x00", 0x10: "/", 0x11: "0", 0x12: "1", 0x20: "\u2f74", 0x21: "\U0001f600"}
    assert read_to_unicode(write_to_unicode(entries)) == {k: v for k, v in entries.items()}


def test_radicals_become_the_ideographs_they_share_a_glyph_with():
    assert _plain_text("\u2f74\u2f45\u2f76") == UNIT
    assert _plain_text("PM\x00.\x00") == "PM."
    assert _plain_text("\uff1a37.7") == "\uff1a37.7", "full-width punctuation is what the page shows; kept"


@pytest.mark.skipif(not font_glyph_text("NotoSansCJKsc-Regular"), reason="Noto Sans CJK SC or fontTools missing")
def test_the_font_map_covers_shaped_digits_and_prefers_ideographs():
    glyphs = font_glyph_text("NotoSansCJKsc-Regular")
    text = set(glyphs.values())
    assert set("0123456789") <= text and set(UNIT) <= text
    # In this font 立方米 share their glyphs with the Kangxi radicals U+2F74 U+2F45 U+2F76: the ideographs win.
    assert not {"\u2f74", "\u2f45", "\u2f76"} & text
    twos = [g for g, t in glyphs.items() if t == "2"]
    assert len(twos) > 1, "the cmap's 2 and the glyphs shaping swaps it for (locl, fwid, hwid) all copy as 2"
