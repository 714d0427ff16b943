"""The dev-set scorer's --blank-lines layout: the same releases with each paragraph a blank line apart."""
from __future__ import annotations

import csv

from bench.score_devset import score, spaced_copy

FRONT = ("---\ntitle: 2023年经济运行情况\npublisher: 测试\npublished: 2024-02-01\nreference_year: 2024\n"
         "language: zh-Hans\nurl: http://example.org/a\n---\n")
BODY = "2023年，武清区经济运行稳中向好。\n全年实现地区生产总值1015.6亿元，同比增长5.2%。\n"


def _set(root, body=BODY):
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "a.txt").write_text(FRONT + body, encoding="utf-8")
    with open(root / "labels.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "line", "genre", "indicator", "region", "year", "period_start", "base_year", "value", "unit",
                    "qualifier", "core"])
        w.writerow(["a.txt", 11, "stats_tj", "gdp", "wuqing", 2023, "", "", "1015.6", "亿元", "exact", 1])
    return root


def test_a_spaced_copy_puts_each_line_apart_and_keeps_the_front_matter(tmp_path):
    src = _set(tmp_path / "in")
    out = spaced_copy(["a.txt"], src / "sources", tmp_path / "out")
    text = (out / "a.txt").read_text(encoding="utf-8")
    assert text.startswith(FRONT)
    assert text[len(FRONT):].split("\n") == ["2023年，武清区经济运行稳中向好。", "",
                                             "全年实现地区生产总值1015.6亿元，同比增长5.2%。", ""]


def test_a_figure_is_found_in_both_layouts(tmp_path):
    src = _set(tmp_path / "in")
    joined = score(src / "labels.csv", src / "sources", name="joined")
    spaced = score(src / "labels.csv", spaced_copy(["a.txt"], src / "sources", tmp_path / "out"), name="spaced")
    assert [lab.file for lab in joined.labels if joined.is_found(lab)] == ["a.txt"]
    assert [lab.file for lab in spaced.labels if spaced.is_found(lab)] == ["a.txt"]
