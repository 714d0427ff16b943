"""etl.review: what adding a release would change, without writing anything.

The releases here are written for this test (front matter + made-up sentences); the sources and
reference folders are small ones in tmp_path, so the build runs on four files, not the corpus.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl import review

FRONT = """---
title: {title}
publisher: 测试生态环境局
published: {published}
reference_year: {ref_year}
language: zh-Hans
url: https://example.invalid/review/{name}
note: synthetic release written for the review tests; sentences and figures are made up.
---
"""

OLD = "2022年，北京市PM2.5年均浓度为30微克/立方米。\n"          # already in the sources folder
ADDS = "2023年，北京市PM2.5年均浓度为32微克/立方米。\n"         # a year the table does not have yet
CHANGES = "2022年，北京市PM2.5年均浓度为31微克/立方米。\n"      # the same year, a later release, another value


def write_release(folder: Path, name: str, body: str, published: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.txt"
    head = FRONT.format(title=f"测试发布{name}", published=published, ref_year=published[:4], name=name)
    path.write_text(head + "\n" + body, encoding="utf-8")
    return path


@pytest.fixture
def folders(tmp_path):
    sources, reference, inbox = tmp_path / "sources", tmp_path / "reference", tmp_path / "inbox"
    write_release(sources, "2023-01_old-air", OLD, "2023-01-05")
    reference.mkdir()
    (reference / "figures.csv").write_text(
        "indicator,region,year,value,unit,qualifier,published,source_title,source_url\n", encoding="utf-8")
    (reference / "nbs_provincial.csv").write_text(
        "indicator,region,year,value,unit,vintage,source,via\n", encoding="utf-8")
    return sources, reference, inbox


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_release_that_adds_rows(folders):
    sources, reference, inbox = folders
    new = write_release(inbox, "2024-01_new-air", ADDS, "2024-01-04")
    before = _snapshot(sources)

    rev = review.review([new], sources, reference)

    assert _snapshot(sources) == before, "the review must not write into the sources folder"
    added = [(r["indicator"], r["region"], r["year"], r["value"]) for r in rev.new_rows]
    assert ("pm25_annual_mean", "beijing", 2023, 32.0) in added
    assert all(r["source_id"] == "2024-01_new-air" for r in rev.new_rows)
    assert rev.rows_after == rev.rows_before + len(rev.new_rows) - len(rev.gone_rows) - len(rev.merged_rows)
    assert not rev.changed_preferred and not rev.new_conflicts and not rev.gone_rows
    assert rev.files == ["2024-01_new-air.txt"] and not rev.replaced

    text = review.render(rev, sources)
    assert "+ pm25_annual_mean / beijing / 2023: 32" in text
    assert "Changed preferred values (0)" in text


def test_a_release_that_changes_a_preferred_value(folders):
    sources, reference, inbox = folders
    new = write_release(inbox, "2024-02_revised-air", CHANGES, "2024-02-01")

    rev = review.review([new], sources, reference)

    [change] = [c for c in rev.changed_preferred if c["key"]["indicator"] == "pm25_annual_mean"]
    assert change["key"]["region"] == "beijing" and change["key"]["year"] == 2022
    assert change["old"]["value"] == 30.0 and change["old"]["source_id"] == "2023-01_old-air"
    assert change["new"]["value"] == 31.0 and change["new"]["source_id"] == "2024-02_revised-air"
    # 30 and 31 cannot both be exact: the review says a conflict would appear
    assert any(g["key"]["indicator"] == "pm25_annual_mean" and g["key"]["year"] == 2022 for g in rev.new_conflicts)

    text = review.render(rev, sources)
    assert "~ pm25_annual_mean / beijing / 2022: 30" in text and "-> 31" in text
    assert "2023-01_old-air" in text and "2024-02_revised-air" in text


def test_a_release_already_dropped_into_the_sources_folder(folders):
    """The documented workflow: drop the file in, review it against the folder without it, then build."""
    sources, reference, _ = folders
    dropped = write_release(sources, "2024-01_new-air", ADDS, "2024-01-04")
    before = _snapshot(sources)
    rev = review.review([dropped], sources, reference)
    assert _snapshot(sources) == before
    assert not rev.replaced
    assert ("pm25_annual_mean", "beijing", 2023, 32.0) in [(r["indicator"], r["region"], r["year"], r["value"]) for r in rev.new_rows]


def test_a_file_from_elsewhere_with_an_existing_name_replaces_it(folders):
    sources, reference, inbox = folders
    fixed = write_release(inbox, "2023-01_old-air", CHANGES, "2023-01-05")  # same name, corrected figure
    rev = review.review([fixed], sources, reference)
    assert rev.replaced == ["2023-01_old-air.txt"]
    assert [(r["year"], r["value"]) for r in rev.gone_rows] == [(2022, 30.0)]
    [change] = rev.changed_preferred
    assert (change["old"]["value"], change["new"]["value"]) == (30.0, 31.0)
    assert not rev.new_conflicts  # the old statement is gone, so nothing disagrees


def test_an_equal_value_corroborates_instead_of_adding(folders):
    sources, reference, inbox = folders
    new = write_release(inbox, "2024-03_same-air", OLD, "2024-03-01")
    rev = review.review([new], sources, reference)
    assert not rev.changed_preferred and not rev.new_conflicts
    assert rev.rows_after == rev.rows_before  # one figure, now stated by two releases


def test_skipped_numbers_are_listed_with_reasons(folders):
    sources, reference, inbox = folders
    body = ADDS + "上海市PM2.5年均浓度为28微克/立方米。\n"  # another city's figure: never a row for 北京
    new = write_release(inbox, "2024-04_with-shanghai", body, "2024-04-01")
    rev = review.review([new], sources, reference)
    assert not any(r["value"] == 28.0 for r in rev.new_rows)
    assert all(s["source"] == "2024-04_with-shanghai.txt" and s.get("reason") for s in rev.skipped)
    assert any("28" in str(s.get("raw")) for s in rev.skipped) or any(c.get("value") == 28.0 for c in rev.candidates)


def test_cli_prints_and_writes_nothing(folders, capsys):
    sources, reference, inbox = folders
    new = write_release(inbox, "2024-01_new-air", ADDS, "2024-01-04")
    before = _snapshot(sources)
    assert review.main([str(new), "--sources", str(sources), "--reference", str(reference)]) == 0
    out = capsys.readouterr().out
    assert "nothing was written" in out and "New rows" in out and "Numbers not used" in out
    assert review.main([str(new), "--sources", str(sources), "--reference", str(reference), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["files"] == ["2024-01_new-air.txt"] and data["new_rows"]
    assert _snapshot(sources) == before


def test_cli_rejects_a_missing_file(folders, capsys):
    sources, reference, _ = folders
    assert review.main(["/nonexistent/release.txt", "--sources", str(sources), "--reference", str(reference)]) == 2


def test_an_unreadable_release_is_reported_not_built(folders, capsys):
    sources, reference, inbox = folders
    inbox.mkdir(parents=True, exist_ok=True)
    broken = inbox / "2024-05_no-front-matter.txt"
    broken.write_text("2023年，北京市PM2.5年均浓度为32微克/立方米。\n", encoding="utf-8")
    assert review.main([str(broken), "--sources", str(sources), "--reference", str(reference)]) == 1
    out = capsys.readouterr().out
    assert "NOT READABLE" in out and "front matter" in out
