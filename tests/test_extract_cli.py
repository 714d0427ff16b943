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
