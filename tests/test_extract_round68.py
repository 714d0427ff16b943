"""Round 68 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out


def test_money_in_another_currency_is_kept_in_it(tmp_path):
    body = "截至2020年6月底，河北在港上市企业累计融资约612亿港元，另有一家企业在欧洲发行债券3亿欧元。\n"
    res = extract(tmp_path, body, title="河北企业境外融资", published="2020-07-20", reference_year=2020)
    assert [(r["value"], r["unit"]) for r in out(res, "约612亿港元")] == [(612.0, "亿港元")]
