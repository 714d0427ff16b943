"""The extractor on the hand-labelled dev set holds its floor (tests/devset/README.md).

Floors sit just below what the extractor achieved when they were last set; raise them as it improves,
never lower them to let a change through. The issue's target is precision >= 0.98 and core recall
>= 0.9 on both sets. The held-out set is only measured here: no extractor rule is written against it.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT.parent / "shared" / "sources"

# set 2026-12-02 13:40 UTC, after the round-4 swap (the old held-out ten moved into main; 12 releases
# labelled blind became the held-out set): main P 0.984 (486/494) core R 0.982 (161/164);
# held out P 0.755 (83/110) core R 0.562 (18/32)
# raised in round 5 (generalising from the unlabelled pool; three pool releases labelled into main):
# main P 0.985 (513/521) core R 0.982 (168/171); held out P 0.808 (84/104) core R 0.594 (19/32)
# raised in round 6 (province lists, Hebei cities, 年初 dating, growth words a clause before; nine pool releases
# labelled into main before the extractor was run on them): main P 0.987 (611/619) core R 0.980 (196/200);
# held out P 0.840 (89/106) core R 0.719 (23/32)
# round 7 (brackets, meeting totals, defaults that yield to a named region, 14 indicators): main P 0.987 (612/620)
# core R 0.985 (197/200); held out P 0.830 (88/106) core R 0.719 (23/32)
# round 8 (Chinese numerals, periods, receiving-side flows, three indicators back): main P 0.987 (614/622)
# core R 0.990 (198/200); held out P 0.838 (88/105) core R 0.719 (23/32)
# round 10 (rules from outside tuning sets A, C, D; the January–March status year of ../shared/README.md instead
# of January–June): main P 0.985 (596/605) core R 0.990 (198/200); held out P 0.833 (85/102) core R 0.688 (22/32).
# The held-out loss is one June release on last year's statistics whose undated figure is now read as of
# publication; the blind outside set B (14 releases, texts kept outside the project) went from P 0.585 R 0.500
# to P 0.824 R 0.773 in the same round, so the floor follows the documented convention.
FLOORS = {
    "main": {"precision": 0.98, "core_recall": 0.975},
    "heldout": {"precision": 0.82, "core_recall": 0.68},
}


def _scorer():
    spec = importlib.util.spec_from_file_location("score_devset", ROOT / "bench" / "score_devset.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["score_devset"] = mod  # dataclasses look their module up by name
    spec.loader.exec_module(mod)
    return mod


scorer = _scorer()
pytestmark = pytest.mark.skipif(not SOURCES.is_dir(), reason="shared sources folder not present")


@pytest.fixture(scope="module")
def scores():
    return {"main": scorer.score(scorer.MAIN_LABELS, SOURCES, name="main"),
            "heldout": scorer.score(scorer.HELDOUT_LABELS, SOURCES, name="heldout")}


def test_labels_are_well_formed():
    """Ids and numbers only, every labelled file exists, no release in both sets, at least 10 held out."""
    main, held = scorer.read_labels(scorer.MAIN_LABELS), scorer.read_labels(scorer.HELDOUT_LABELS)
    assert len({lab.file for lab in held}) >= 10
    assert len({lab.file for lab in main} | {lab.file for lab in held}) >= 40
    assert not ({lab.file for lab in main} & {lab.file for lab in held})
    for lab in main + held:
        assert (SOURCES / lab.file).is_file(), lab.file
        assert lab.qualifier in {"exact", "approx", "more_than", "at_least"}, lab.short()
        assert lab.indicator.replace("_", "").isalnum() and lab.indicator.isascii(), lab.short()
        assert lab.region.replace("_", "").isalnum() and lab.region.isascii(), lab.short()
        float(lab.value)
        assert 1990 <= lab.year <= 2030


def test_no_label_file_crashes_the_extractor(scores):
    for s in scores.values():
        assert not s.errors, s.errors


@pytest.mark.parametrize("name", ["main", "heldout"])
def test_precision_floor(scores, name):
    s = scores[name]
    assert s.precision is not None and s.precision >= FLOORS[name]["precision"], scorer.render(s)


@pytest.mark.parametrize("name", ["main", "heldout"])
def test_core_recall_floor(scores, name):
    s = scores[name]
    assert s.core_recall is not None and s.core_recall >= FLOORS[name]["core_recall"], scorer.render(s)


def test_unit_conversion_in_matching():
    assert scorer.same_amount(1.2, "万亿元", 12000, "亿元")
    assert scorer.same_amount(8, "成", 80, "%")
    assert scorer.same_amount(1, "万家", 10000, "家")
    assert scorer.same_amount(67, "所", 67, "家")  # institutions counted with either measure word: one count
    assert scorer.same_amount(22.8, "万元", 228000, "元")
    assert scorer.same_amount(1.13, "万公里", 11300, "公里")
    assert not scorer.same_amount(5.2, "%", 5.2, "个百分点")
    assert not scorer.same_amount(15695.05, "亿元", 15695, "亿元")
    # a label written in traditional script names the same unit (野生鳥類269種, 108.5對, 5.9萬公頃)
    assert scorer.same_amount(269, "种", 269, "種") and scorer.same_amount(108.5, "对", 108.5, "對")
    assert scorer.same_amount(5.9, "万公顷", 59000, "公頃")
    assert scorer.same_amount(51, "分钟", 51, "分鐘") and scorer.same_amount(3, "层", 3, "層")
    # a label that writes the multiplier alone (持卡人已近70万: 70 万) counts whatever the row counts
    assert scorer.same_amount(70, "万", 700000, "人") and scorer.same_amount(20, "萬", 20, "万人")
    assert scorer.same_amount(1, "千亿元", 1000, "亿元") and scorer.same_amount(2, "万千瓦", 20000, "千瓦")  # two multipliers; 千瓦 is one unit
    assert not scorer.same_amount(70, "万", 70, "人")


def test_matching_rules():
    lab = scorer.Label(file="f.txt", line=1, genre="g", indicator="gdp", region="beijing", year=2023,
                       value="4.37", unit="万亿元", qualifier="exact", core=True)
    new = scorer.Label(file="f.txt", line=2, genre="g", indicator="hsr_operating_length", region="jjj", year=2023,
                       value="2486", unit="公里", qualifier="exact", core=True)
    catalogued = {"gdp"}
    row = scorer.Output("f.txt", "row", "gdp", "beijing", 2023, 43700.0, "亿元")
    assert scorer.matches(row, lab, catalogued, {})
    assert not scorer.matches(scorer.Output("f.txt", "row", "gdp_growth_real", "beijing", 2023, 43700.0, "亿元"), lab, catalogued, {})
    assert not scorer.matches(scorer.Output("f.txt", "candidate", "地区生产总值|亿元", "beijing", 2023, 43700.0, "亿元"), lab, catalogued, {})
    assert not scorer.matches(scorer.Output("g.txt", "row", "gdp", "beijing", 2023, 43700.0, "亿元"), lab, catalogued, {})
    assert not scorer.matches(scorer.Output("f.txt", "row", "gdp", "beijing", 2022, 43700.0, "亿元"), lab, catalogued, {})
    cand = scorer.Output("f.txt", "candidate", "高铁总里程|公里", "jjj", 2023, 2486.0, "公里")
    assert scorer.matches(cand, new, catalogued, {})
    assert not scorer.matches(scorer.Output("f.txt", "candidate", "高铁总里程|公里", "beijing", 2023, 2486.0, "公里"), new, catalogued, {})
    # a proposed id the catalogue adopted under another name is mapped, not relabelled
    adopted = scorer.Output("f.txt", "row", "hsr_length_km", "jjj", 2023, 2486.0, "公里")
    assert not scorer.matches(adopted, new, catalogued | {"hsr_length_km"}, {})
    assert scorer.matches(adopted, new, catalogued | {"hsr_length_km"}, {("indicator", "hsr_operating_length"): "hsr_length_km"})
