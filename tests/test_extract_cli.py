"""`python -m etl.extract`: CSV of rows on stdout, skipped numbers on stderr, exit 2 on a bad file."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from etl.extract.__main__ import main

FIXTURE = Path(__file__).parent / "fixtures" / "releases" / "2023-02_stats-sample.txt"


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_rows_as_csv_with_names_and_units(capsys):
    code, out, err = run(capsys, FIXTURE)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {"indicator", "indicator_name_zh", "region", "region_name_zh", "year", "value", "unit", "qualifier",
            "raw", "quote", "period_start", "base_year", "source_id", "line"} <= set(rows[0])
    gdp = next(r for r in rows if r["indicator"] == "gdp" and r["region"] == "jjj")
    assert (gdp["value"], gdp["unit"], gdp["region_name_zh"], gdp["qualifier"]) == ("100000", "亿元", "京津冀", "approx")
    assert "target: 120个" in err


def test_skipped_as_csv(capsys):
    code, out, _ = run(capsys, "--skipped", FIXTURE)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and {"raw", "reason", "line", "quote"} <= set(rows[0])
    assert any(r["reason"] == "target" for r in rows)


def test_bad_file_names_file_and_line_and_exits_2(capsys, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("---\ntitle: x\n---\n正文。\n", encoding="utf-8")
    code, out, err = run(capsys, FIXTURE, bad)
    assert code == 2
    assert f"{bad}:3:" in err
    assert "gdp" in out  # the good file before it was still printed


def test_candidates_are_printed_beside_rows_marked_as_such(capsys, tmp_path):
    release = tmp_path / "cand.txt"
    release.write_text("---\ntitle: 测试\npublisher: 测试\npublished: 2022-09\nreference_year: 2022\n---\n"
                       "2021年，天津地区生产总值15695.05亿元，冷链仓库面积达到35.6万平方米。\n", encoding="utf-8")
    code, out, err = run(capsys, release)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [r["kind"] for r in rows] == ["row", "candidate"]
    assert (rows[0]["indicator"], rows[0]["value"]) == ("gdp", "15695.05")
    assert (rows[1]["indicator"], rows[1]["unit"], rows[1]["value"], rows[1]["region"]) == ("冷链仓库面积|万平方米", "万平方米", "35.6", "tianjin")
    assert "1 rows, 1 candidates" in err
    code, out, _ = run(capsys, "--no-candidates", release)
    assert [r["kind"] for r in csv.DictReader(io.StringIO(out))] == ["row"]
