"""Downloads as an analyst opens them: Excel-safe CSV (BOM, Chinese headers), a real XLSX, derived rows marked."""
from __future__ import annotations

import base64
import io

import pandas as pd
import pytest

from components.core import store
from components.core.downloads import as_download, csv_bytes, display_records, download_frame, markdown_link, table_download, xlsx_bytes
from components.core.i18n import t


@pytest.fixture
def gdp_frame(loaded_store):
    decimals = {i["id"]: int(i.get("decimals", 1)) for i in store.indicators()}
    return download_frame(display_records(store.observations("gdp"), decimals, "zh"), "zh")


def test_csv_starts_with_a_bom_and_has_chinese_headers(gdp_frame):
    data = csv_bytes(gdp_frame)
    assert data.startswith(b"\xef\xbb\xbf")
    header = data.decode("utf-8-sig").splitlines()[0].split(",")
    assert header[:4] == ["指标代码", "指标", "地区", "年份"]


def test_csv_keeps_every_vintage_and_spells_out_flags(gdp_frame):
    frame = pd.read_csv(io.BytesIO(csv_bytes(gdp_frame)), encoding="utf-8-sig")
    beijing_2021 = frame[(frame["地区"] == "北京") & (frame["年份"] == 2021)]
    assert sorted(beijing_2021["数值"]) == [40269.6, 44350.7]
    assert set(beijing_2021["图表采用"]) == {"是", "否"}


def test_xlsx_opens_with_the_same_rows(gdp_frame):
    frame = pd.read_excel(io.BytesIO(xlsx_bytes(gdp_frame)))
    assert list(frame.columns[:3]) == ["指标代码", "指标", "地区"]
    assert len(frame) == len(gdp_frame)


def test_english_download_uses_english_headers_and_names(loaded_store):
    decimals = {i["id"]: int(i.get("decimals", 1)) for i in store.indicators()}
    frame = download_frame(display_records(store.observations("gdp"), decimals, "en"), "en")
    assert list(frame.columns[:4]) == ["Indicator id", "Indicator", "Region", "Year"]
    assert "Beijing" in set(frame["Region"])


def test_qualifier_is_written_as_a_word_and_the_display_value_keeps_its_mark(loaded_store):
    decimals = {i["id"]: int(i.get("decimals", 1)) for i in store.indicators()}
    frame = download_frame(display_records(store.observations("zgc_branches_in_tjhb"), decimals, "zh"), "zh")
    assert frame["数值性质"].tolist() == ["以上(至少)"] and frame["显示值"].tolist() == ["≥9000家"]


def test_derived_is_a_column_of_every_download(gdp_frame):
    assert "推算" in gdp_frame.columns and set(gdp_frame["推算"]) == {"否"}


def test_table_download_has_the_shape_dcc_download_takes(gdp_frame):
    payload = table_download(gdp_frame, "gdp", as_xlsx=False)
    assert payload["filename"] == "gdp.csv" and payload["base64"] is True
    assert base64.b64decode(payload["content"]).startswith(b"\xef\xbb\xbf")
    assert as_download(b"x", "a.png")["filename"] == "a.png"


def test_square_brackets_cannot_end_a_markdown_link():
    assert markdown_link("[2024]报告", "https://example.org") == "[［2024］报告](https://example.org)"


def test_downloads_say_measures_and_methods_in_words_not_codes(gdp_frame):
    frame = download_frame(display_records(store.observations("pm25_change_vs_2013"), store.decimals()), "zh")
    assert set(frame[t("col.measure", "zh")]) == {"变化"}
    assert "curated" not in csv_bytes(frame).decode("utf-8-sig")
    assert ",level," not in csv_bytes(gdp_frame).decode("utf-8-sig")


def test_xlsx_has_a_frozen_header_and_filter_buttons(gdp_frame):
    from openpyxl import load_workbook  # noqa: PLC0415 - only this test reads the workbook back
    sheet = load_workbook(io.BytesIO(xlsx_bytes(gdp_frame))).active
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
