"""Round 68 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out


def test_money_in_another_currency_is_kept_in_it(tmp_path):
    body = "截至2020年6月底，河北在港上市企业累计融资约612亿港元，另有一家企业在欧洲发行债券3亿欧元。\n"
    res = extract(tmp_path, body, title="河北企业境外融资", published="2020-07-20", reference_year=2020)
    assert [(r["value"], r["unit"]) for r in out(res, "约612亿港元")] == [(612.0, "亿港元")]


def test_the_exchange_a_bond_is_sold_on_is_no_place_of_the_figure(tmp_path):
    body = "6月10日，天津市在深圳证券交易所成功发行2021年第3批政府债券236亿元。\n"
    res = extract(tmp_path, body, title="天津发行政府债券", published="2021-06-11", reference_year=2021)
    assert [r["region"] for r in out(res, "236亿元")] == ["tianjin"]


def test_a_firm_named_by_its_stock_code_has_its_own_figure_not_its_citys(tmp_path):
    body = "截至9月底，天津A股上市公司市值前三为：中远海能(600026.SH)512.3亿元、天士力(600535.SH)226.5亿元。\n"
    res = extract(tmp_path, body, title="天津上市公司市值", published="2021-10-08", reference_year=2021)
    assert not out(res, "512.3亿元") and not out(res, "226.5亿元")
