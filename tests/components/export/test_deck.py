"""Briefing pack: the deck and the ZIP hold every chart of the page with its title and sources."""
from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from components.core.spec import ChartSpec
from components.export.deck import briefing_pack
from components.export.images import DECK_LAYOUT_WIDTH, ExportRequestError, chart_figure, min_font_px, without_title

TODAY = date(2025, 3, 1)


@pytest.fixture(scope="module")
def specs(export_table):
    return [ChartSpec.resolve("gdp", ["beijing", "tianjin"], 2013, 2024),
            ChartSpec.resolve("pm25_annual_mean", ["beijing"], 2013, 2024),
            ChartSpec.resolve("tech_contract_turnover_to_tjhb", None, 2020, 2022)]


@pytest.fixture(scope="module")
def deck(specs):
    steps = []
    name, data = briefing_pack(specs, "pptx", page_key="economy", page_title="经济发展", today=TODAY,
                               on_progress=lambda done, total, title: steps.append((done, total, title)))
    return name, Presentation(io.BytesIO(data)), steps


def test_deck_is_16_9_with_a_cover_one_slide_per_chart_and_a_sources_slide(deck, specs):
    name, prs, _ = deck
    assert name == "briefing_economy_2025-03-01.pptx"
    assert prs.slide_width / prs.slide_height == pytest.approx(16 / 9, rel=0.01)
    assert len(prs.slides) == 1 + len(specs) + 1
    cover_text = " ".join(s.text_frame.text for s in prs.slides[0].shapes if s.has_text_frame)
    for words in ("2025-03-01", "经济发展", "北京、天津", "2013–2024"):
        assert words in cover_text


def test_each_chart_slide_has_its_title_picture_and_sources(deck):
    _, prs, _ = deck
    titles = [slide.shapes.title.text for slide in list(prs.slides)[1:-1]]
    assert titles[0].startswith("地区生产总值") and titles[1].startswith("PM2.5年均浓度")
    assert titles[2].startswith("北京流向津冀技术合同成交额")
    for slide in list(prs.slides)[1:-1]:
        pictures = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert len(pictures) == 1
        pic = pictures[0]
        assert pic.left >= 0 and pic.left + pic.width <= prs.slide_width and pic.top + pic.height <= prs.slide_height
        assert Image.open(io.BytesIO(pic.image.blob)).size == (3200, 1800)
        text = " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
        assert "来源" in text and "数据截至" in text
        assert "来源" in slide.notes_slide.notes_text_frame.text
    last = " ".join(s.text_frame.text for s in list(prs.slides)[-2].shapes if s.has_text_frame)
    assert "≈ 表示“约/近”" in last


def test_progress_is_reported_after_every_chart(deck, specs):
    *_, steps = deck
    assert [(d, t) for d, t, _ in steps] == [(i, len(specs)) for i in range(1, len(specs) + 1)]
    assert steps[0][2].startswith("地区生产总值")


def test_zip_has_one_png_per_chart_and_a_readme(specs):
    name, data = briefing_pack(specs, "zip", page_key="economy", page_title="经济发展", today=TODAY)
    assert name == "briefing_economy_2025-03-01.zip"
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = zf.namelist()
        assert names[:3] == ["01_地区生产总值_北京-天津_2013-2024.png", "02_PM2.5年均浓度_北京_2013-2024.png",
                             "03_北京流向津冀技术合同成交额_津冀_2020-2022.png"]
        readme = zf.read("README.txt").decode()
        assert "经济发展" in readme and sum(line.startswith("来源") for line in readme.splitlines()) == len(specs)
        assert Image.open(io.BytesIO(zf.read(names[0]))).size == (3200, 1800)


def test_a_bad_spec_fails_before_any_rendering(specs):
    with pytest.raises(ExportRequestError, match="atlantis"):
        briefing_pack([*specs, ChartSpec.resolve("gdp", ["atlantis"])], "pptx",
                      on_progress=lambda *a: pytest.fail("rendered before checking"))


def test_the_last_slide_lists_every_source_in_full(deck):
    _, prs, _ = deck
    last = list(prs.slides)[-1]
    assert last.shapes.title.text == "数据来源"
    text = " ".join(s.text_frame.text for s in last.shapes if s.has_text_frame)
    assert "国家统计局 · 国家统计局分省年度数据" in text and "https://data.stats.gov.cn/" in text
    notes = list(prs.slides)[1].notes_slide.notes_text_frame.text
    assert "国家统计局分省年度数据" in notes  # full citations in the chart slide's notes too


def test_chart_text_projects_at_14_pt_or_more(deck, specs):
    """The image fills PICTURE_HEIGHT of the slide; its smallest text, scaled to that size, is ≥ 14 pt."""
    _, prs, _ = deck
    for slide, spec in zip(list(prs.slides)[1:-1], specs, strict=True):
        pic = next(s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE)
        width_pt = pic.width / 12700  # EMU per point
        smallest = min_font_px(without_title(chart_figure(spec)))
        assert smallest * width_pt / DECK_LAYOUT_WIDTH >= 14, (spec.indicator, smallest, width_pt)


def test_one_title_per_slide_the_image_leaves_it_to_the_slide(specs):
    fig = without_title(chart_figure(specs[0]))
    assert not fig.layout.title.text and not fig.layout.title.subtitle.text


def test_charts_without_data_in_the_selection_get_no_slide(export_table):
    specs = [ChartSpec.resolve("gdp", ["beijing"], 2013, 2024), ChartSpec.resolve("gdp", ["hebei"], 2013, 2020)]
    assert not specs[1].years
    _, data = briefing_pack(specs, "pptx", page_key="economy", page_title="经济发展", today=TODAY)
    prs = Presentation(io.BytesIO(data))
    assert len(prs.slides) == 1 + 1 + 1
    texts = " ".join(s.text_frame.text for slide in prs.slides for s in slide.shapes if s.has_text_frame)
    assert "暂无数据" not in texts
