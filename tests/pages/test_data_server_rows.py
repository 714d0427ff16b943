"""The /data grid filters, sorts and pages on the server: what a reader's header filters and sort
clicks ask for is what comes back, block by block, and a download holds the same rows."""
from __future__ import annotations

import io
import sys

import pandas as pd
import pytest

import app  # noqa: F401 - registers the pages
import app as dash_app
from components.core import store
from components.core.downloads import block_records, filter_rows, frame_download, grid_frame, sort_rows
from pages.data import CSV_CHUNK_ROWS, csv_chunks, download_href, rows, view_rows


@pytest.fixture(autouse=True)
def _store(loaded_store):
    return loaded_store


VIEW = {"all": False, "regions": [], "from": None, "to": None, "lang": "zh"}
ALL = {**VIEW, "all": True}


def charted() -> pd.DataFrame:
    df = store.observations()
    return df[df["preferred"].astype(bool)]


def test_text_filter_contains_keeps_only_matching_rows_and_counts_them():
    model = {"region_name": {"filterType": "text", "type": "contains", "filter": "天津"}}
    answer, count = rows({"startRow": 0, "endRow": 1000, "filterModel": model, "sortModel": []}, VIEW)
    expected = int(charted()["region_name_zh"].astype(str).str.contains("天津").sum())
    assert answer["rowCount"] == expected == len(answer["rowData"]) and count == f"共 {expected} 行"
    assert all("天津" in r["region_name"] for r in answer["rowData"])


def test_number_filters_and_combined_conditions():
    model = {"year": {"filterType": "number", "operator": "OR", "conditions": [
        {"filterType": "number", "type": "equals", "filter": 2015},
        {"filterType": "number", "type": "greaterThanOrEqual", "filter": 2023}]}}
    years = {r["year"] for r in rows({"startRow": 0, "endRow": 1000, "filterModel": model}, ALL)[0]["rowData"]}
    assert years and years <= {2015, 2023, 2024, 2025} and 2015 in years
    ranged = filter_rows(grid_frame(store.observations()),
                         {"year": {"filterType": "number", "type": "inRange", "filter": 2016, "filterTo": 2018}})
    assert set(ranged["year"]) <= {2016, 2017, 2018} and len(ranged)


def test_sorting_a_column_orders_the_rows_across_blocks():
    request = {"filterModel": {}, "sortModel": [{"colId": "value", "sort": "desc"}]}
    first = rows({**request, "startRow": 0, "endRow": 50}, VIEW)[0]["rowData"]
    second = rows({**request, "startRow": 50, "endRow": 100}, VIEW)[0]["rowData"]
    values = [r["value"] for r in first + second if r["value"] is not None]
    assert values == sorted(values, reverse=True) and values[0] == charted()["value"].max()


def test_sorting_the_formatted_value_sorts_by_the_number():
    frame = sort_rows(grid_frame(charted()), [{"colId": "display", "sort": "asc"}])
    values = frame["value"].dropna().tolist()
    assert values == sorted(values)


def test_a_block_is_a_slice_with_formatted_values_and_json_safe_cells():
    frame = view_rows(VIEW)
    block = block_records(frame, 10, 20, store.decimals(), "zh", fields=["display", "year", "period_start", "value"])
    assert len(block) == 10 and set(block[0]) == {"display", "year", "period_start", "value"}
    assert all(isinstance(r["year"], int) and (r["period_start"] is None or isinstance(r["period_start"], int))
               for r in block)
    assert all(isinstance(r["display"], str) and r["display"] for r in block)
    assert block_records(frame, 0, 10**9, store.decimals())[-1] is not None  # a huge request is capped, not fatal


def test_english_view_sends_english_names():
    answer, count = rows({"startRow": 0, "endRow": 5}, {**VIEW, "lang": "en"})
    assert count.endswith("rows") and all(r["region_name"].isascii() for r in answer["rowData"])


def test_download_is_built_on_the_server_from_the_filtered_sorted_rows():
    model = {"region_name": {"filterType": "text", "type": "contains", "filter": "天津"}}
    sort = [{"colId": "year", "sort": "asc"}]
    response = dash_app.server.test_client().get(download_href("csv", VIEW, model, sort))
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert 'filename="jjj_indicators.csv"' in response.headers["Content-Disposition"]
    content = response.get_data()
    assert content.startswith(b"\xef\xbb\xbf")
    table = pd.read_csv(io.BytesIO(content), encoding="utf-8-sig")
    assert list(table.columns[:4]) == ["指标代码", "指标", "地区", "年份"]
    assert len(table) == rows({"startRow": 0, "endRow": 10, "filterModel": model}, VIEW)[0]["rowCount"]
    assert set(table["地区"]) == {"天津"} and table["年份"].tolist() == sorted(table["年份"].tolist())


def test_the_csv_streams_in_chunks_with_one_header():
    frame = view_rows(ALL)
    chunks = list(csv_chunks(frame, "zh"))
    assert len(chunks) == 1 + -(-len(frame) // CSV_CHUNK_ROWS)
    text = b"".join(chunks).decode("utf-8-sig")
    assert text.count("指标代码") == 1 and len(text.strip().splitlines()) >= len(frame) + 1


def test_xlsx_download_holds_the_same_rows_and_junk_queries_are_no_filter():
    client = dash_app.server.test_client()
    model = {"region_name": {"filterType": "text", "type": "contains", "filter": "天津"}}
    response = client.get(download_href("xlsx", VIEW, model))
    assert response.status_code == 200
    sheet = pd.read_excel(io.BytesIO(response.get_data()))
    assert set(sheet["地区"]) == {"天津"}
    junk = client.get("/data/download.csv?view=%7B&grid=[1]&sort=nope")
    assert junk.status_code == 200
    assert len(pd.read_csv(io.BytesIO(junk.get_data()), encoding="utf-8-sig")) == len(charted())


def test_an_xlsx_too_big_for_memory_is_refused_with_a_message_and_the_csv_still_streams(monkeypatch):
    monkeypatch.setattr(sys.modules["pages.data"], "XLSX_MAX_ROWS", 5)
    client = dash_app.server.test_client()
    response = client.get(download_href("xlsx", ALL))
    assert response.status_code == 413 and response.mimetype == "text/plain"
    assert f"{len(view_rows(ALL)):,}行" in response.get_data(as_text=True) and "CSV" in response.get_data(as_text=True)
    english = client.get(download_href("xlsx", {**ALL, "lang": "en"})).get_data(as_text=True)
    assert english.startswith("The selection has")
    assert client.get(download_href("csv", ALL)).status_code == 200


def test_download_frame_from_the_server_matches_the_grid_columns():
    frame = frame_download(view_rows(VIEW), store.decimals(), "en")
    assert len(frame) == len(charted()) and "Indicator" in " ".join(frame.columns)
