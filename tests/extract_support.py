"""Helpers the extractor tests share: a release written for the test, and lookups in what it gave."""
from __future__ import annotations

import pytest

from etl.extract import extract_release


def extract(tmp_path, body: str, catalog=None, **front):
    """Extract from a release with our own `body`; `front` overrides or (with None) drops front-matter keys."""
    header = {"title": "测试稿", "publisher": "测试", "published": "2022-09", "reference_year": 2022, **front}
    lines = [f"{k}: {v}" for k, v in header.items() if v is not None]
    path = tmp_path / "release.txt"
    path.write_text("---\n" + "\n".join(lines) + "\n---\n" + body, encoding="utf-8")
    return extract_release(path, catalog)


def why(res, raw):
    """The reason the number written `raw` was not used."""
    found = [s["reason"] for s in res.skipped if s["raw"] == raw]
    assert found, (raw, res.rows, res.candidates, res.skipped)
    return found[0]


def out(res, raw):
    """Every row and candidate read from the number written `raw`."""
    return [r for r in res.rows + res.candidates if r["raw"] == raw]


def regions(res, raw):
    """The region of every row and candidate read from the number written `raw`."""
    return [r["region"] for r in out(res, raw)]


def measures(res, raw):
    """The measure phrase (the first part of the candidate id) of every row and candidate read from `raw`; '' for a row."""
    return [r.get("candidate_id", "").split("|")[0] for r in out(res, raw)]


def skip_reasons(res, raw):
    """Every reason the number written `raw` was skipped for."""
    return [s["reason"] for s in res.skipped if s["raw"] == raw]


def rows(res, raw):
    """(indicator, region, year) of every catalogued row read from the number written `raw`."""
    return [(r["indicator"], r["region"], r["year"]) for r in res.rows if r["raw"] == raw]


def spring(tmp_path, body, **front):
    """A release published in spring 2024 about 2023."""
    return extract(tmp_path, body, reference_year=2024, published="2024-03", **front)


def said(res, raw: str, key: str = "region") -> set:
    """The `key` of every candidate whose quote holds `raw`."""
    return {c[key] for c in res.candidates if raw in c["quote"]}


def release_front(title, published, reference_year, publisher="测试") -> dict:
    """The front matter of a case in a round's tables of cases (READ_AS, NOT_READ)."""
    return {"title": title, "published": published, "reference_year": reference_year, "publisher": publisher}


def places_and_years(tmp_path, body: str, front: dict, raw: str) -> list:
    """The (region, year) of every row and candidate read from the number written `raw` in a release of `body`."""
    return [(r["region"], r["year"]) for r in out(extract(tmp_path, body, **front), raw)]


def read_as_test(cases: list):
    """The test of a round's READ_AS table (body, front matter, figure as written, (region, year)): each figure is read
    with exactly that place and year."""
    @pytest.mark.parametrize("body, front, raw, expected", cases)
    def test_read_as(tmp_path, body, front, raw, expected):
        assert set(places_and_years(tmp_path, body, front, raw)) == {expected}
    return test_read_as


def measured_as_test(cases: list, published: str = "2024-05-10"):
    """The test of a round's MEASURED_AS table (body, figure as written, measure phrase): each figure is read as one
    candidate whose id opens on exactly that phrase."""
    @pytest.mark.parametrize("body, raw, measure", cases)
    def test_measured_as(tmp_path, body, raw, measure):
        res = extract(tmp_path, body, title="地方动态", published=published, reference_year=int(published[:4]))
        assert measures(res, raw) == [measure]
    return test_measured_as
