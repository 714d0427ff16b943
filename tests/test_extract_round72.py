"""Round 72 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out


def test_an_index_with_no_base_stated_is_a_candidate_as_written(tmp_path):
    body = "据统计监测办公室测算，2020年京津冀区域发展指数为131.2，比上年提高4.1。\n"
    res = extract(tmp_path, body, title="京津冀区域发展指数稳步提升", published="2021-12-20", reference_year=2021)
    assert [(r.get("indicator"), r["region"], r["year"], r["unit"]) for r in out(res, "131.2")] == [
        (None, "jjj", 2020, "指数")]
