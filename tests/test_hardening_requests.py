"""Hostile requests against the whole app (Flask test client, fixture table): every one answers a
deliberate status, none answers 5xx, and no answer shows a server path or a traceback.

The table below is the suite's record of what a bad request gets: traversal under Dash's script
route and the assets, odd encodings, unknown ids, bad years, repeated parameters, script tags,
huge query strings, bad export formats and sizes, wrong methods and malformed callback bodies.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import app as dashboard
from components.core import store

ROOT = Path(__file__).resolve().parents[1]
LEAKS = ("/work", "/tmp", "/home", "Traceback", '.py"', str(ROOT))
REDIRECT, OK, BAD, NOT_FOUND, METHOD, TOO_LARGE = 302, 200, 400, 404, 405, 413

GETS = [
    # traversal and odd paths under Dash's script route and the assets
    ("/_dash-component-suites/../app.py", NOT_FOUND),
    ("/_dash-component-suites/dash/..%2F..%2Fapp.py", NOT_FOUND),
    ("/_dash-component-suites/dash%2F..%2F..%2Fapp.py", NOT_FOUND),
    ("/_dash-component-suites/dash/../../../etc/passwd", NOT_FOUND),
    ("/_dash-component-suites/dash/..%2f..%2f..%2fetc%2fpasswd", NOT_FOUND),
    ("/_dash-component-suites/dash/%2e%2e/%2e%2e/app.py", NOT_FOUND),
    ("/_dash-component-suites/dash/....//....//app.py", NOT_FOUND),
    ("/_dash-component-suites/dash/deps/%252e%252e%252fapp.py", NOT_FOUND),
    ("/_dash-component-suites/dash/%00.js", NOT_FOUND),
    ("/_dash-component-suites/nosuch/x.js", NOT_FOUND),
    ("/_dash-component-suites/dash/dcc/nosuch.js", NOT_FOUND),
    ("/_dash-component-suites/os/__init__.py", NOT_FOUND),
    ("/assets/../app.py", NOT_FOUND),
    ("/assets/..%2F..%2Fapp.py", NOT_FOUND),
    ("/assets/%2e%2e/app.py", NOT_FOUND),
    ("/export/..%2F..%2Fapp.py.png", NOT_FOUND),
    # names, aliases and odd encodings in paths
    ("/region/%E5%8C%97%E4%BA%AC", REDIRECT),
    ("/region/Beijing", REDIRECT),
    ("/region/beijing%20", REDIRECT),
    ("/indicator/GDP", REDIRECT),
    ("/region/%ZZ", NOT_FOUND),
    ("/region/%C0%AE%C0%AE", NOT_FOUND),
    ("/indicator/%00", NOT_FOUND),
    ("/theme/%E2%80%AE", NOT_FOUND),
    ("/%F0%9F%98%80", NOT_FOUND),
    # unknown ids and pages
    ("/region/atlantis", NOT_FOUND),
    ("/indicator/no_such_indicator", NOT_FOUND),
    ("/theme/nope", NOT_FOUND),
    ("/no/such/page", NOT_FOUND),
    ("/index.php", NOT_FOUND),
    ("/.git/config", NOT_FOUND),
    ("/.env", NOT_FOUND),
    ("/export/nope.png", NOT_FOUND),
    # the pages themselves
    ("/", OK), ("/theme/economy", OK), ("/region/beijing", OK), ("/indicator/gdp", OK), ("/data", OK),
    ("/sources", OK), ("/health", OK), ("/_dash-layout", OK), ("/_dash-dependencies", OK), ("/_reload-hash", OK),
    ("/assets/nosuch.css", NOT_FOUND), ("/_favicon.ico", OK),
    # bad years
    ("/theme/economy?from=abc&to=99999", OK),
    ("/indicator/gdp?from=-1&to=1e9", OK),
    ("/data?from=" + "9" * 5000, OK),
    ("/export/gdp.png?from=abc&to=99999", BAD),
    ("/export/gdp.png?from=2024&to=2013", BAD),
    ("/export/gdp.png?to=99999", BAD),
    ("/export/gdp.png?from=" + "9" * 5000, BAD),
    # repeated parameters: region values add up, any other parameter takes its first value
    ("/theme/economy?lang=en&lang=zh", OK),
    ("/region/beijing?region=beijing&region=atlantis", OK),
    ("/export/gdp.png?region=beijing&region=tianjin&region=atlantis", BAD),
    ("/export/gdp.png?lang=fr&lang=en", BAD),
    ("/export/gdp.png?from=abc&from=2015", BAD),
    # script tags
    ("/region/%3Cscript%3Ealert(1)%3C%2Fscript%3E", NOT_FOUND),
    ("/theme/economy?region=%3Cscript%3Ealert(1)%3C/script%3E", OK),
    ("/?lang=%3Cscript%3Ealert(1)%3C/script%3E", OK),
    ("/export/gdp.png?region=%3Cscript%3Ealert(1)%3C/script%3E", BAD),
    ("/export/%3Cscript%3E.png", NOT_FOUND),
    ("/export/gdp.png?lang=%22%3E%3Cscript%3E", BAD),
    # huge query strings and paths
    ("/theme/economy?region=" + "a," * 5000, OK),
    ("/?x=" + "a" * 100_000, OK),
    ("/export/gdp.png?region=" + "x," * 5000, BAD),
    ("/region/" + "a" * 5000, NOT_FOUND),
    # bad export formats and sizes
    ("/export/gdp.gif", NOT_FOUND),
    ("/export/gdp", NOT_FOUND),
    ("/export/gdp.png.exe", NOT_FOUND),
    ("/export/gdp.png?width=0", BAD),
    ("/export/gdp.png?width=-5", BAD),
    ("/export/gdp.png?width=1e10", BAD),
    ("/export/gdp.png?scale=inf", BAD),
    ("/export/gdp.png?scale=nan", BAD),
    ("/export/gdp.png?height=99999999999999999999999", BAD),
    ("/export/gdp.svg?width=3200&height=2400&scale=3", BAD),
    ("/export/gdp.png?foo=bar", BAD),
    ("/export/gdp.pdf?lang=xx", BAD),
]

def _dep(id_, prop, value=None):
    return {"id": id_, "property": prop, "value": value}


def _navbar(pathname="/", lang="zh", search=""):
    return {"output": "shell-navbar.children", "outputs": {"id": "shell-navbar", "property": "children"},
            "inputs": [_dep("url", "pathname", pathname), _dep("shell-lang", "data", lang)],
            "state": [_dep("url", "search", search)], "changedPropIds": ["url.pathname"]}


def _pages(pathname, search=""):
    return {"output": ".._pages_content.children..._pages_store.data..",
            "outputs": [{"id": "_pages_content", "property": "children"}, {"id": "_pages_store", "property": "data"}],
            "inputs": [_dep("_pages_location", "pathname", pathname), _dep("_pages_location", "search", search)],
            "changedPropIds": ["_pages_location.pathname"]}


def _redraw(regions, years, specs):
    key = '{"page":"theme","type":"%s"}'
    return {"output": "REDRAW", "outputs": [],
            "inputs": [{"id": json.loads(key % "filter-regions"), "property": "value", "value": regions},
                       {"id": json.loads(key % "filter-years"), "property": "value", "value": years}],
            "state": [[{"id": {"key": "gdp", "page": "theme", "type": "chart-spec"}, "property": "data", "value": specs}]],
            "changedPropIds": ['{"page":"theme","type":"filter-regions"}.value']}


def _download(spec):
    return {"output": "indicator-download.data", "outputs": {"id": "indicator-download", "property": "data"},
            "inputs": [_dep("indicator-download-csv", "n_clicks", 1), _dep("indicator-download-xlsx", "n_clicks", None)],
            "state": [_dep("indicator-id", "data", spec)], "changedPropIds": ["indicator-download-csv.n_clicks"]}


BAD_CALLBACK = (BAD,)
FITS = (200, 204, 400)  # a body of the right shape with odd values: handled, or refused, never a 500
POSTS = [
    ("not json", "notjson", BAD_CALLBACK),
    ("empty", "", BAD_CALLBACK),
    ("a list", "[1, 2]", BAD_CALLBACK),
    ("null", "null", BAD_CALLBACK),
    ("an empty object", "{}", BAD_CALLBACK),
    ("output not a string", json.dumps({"output": 5, "outputs": {}, "inputs": []}), BAD_CALLBACK),
    ("non-existent output", json.dumps({"output": "nope.children", "outputs": {"id": "nope", "property": "children"},
                                        "inputs": [], "changedPropIds": []}), BAD_CALLBACK),
    ("no inputs", json.dumps({**_navbar(), "inputs": []}), BAD_CALLBACK),
    ("inputs of another callback", json.dumps({**_navbar(), "inputs": [_dep("nav-toggler", "n_clicks", 1)] * 2}),
     BAD_CALLBACK),
    ("inputs not a list", json.dumps({**_navbar(), "inputs": "url"}), BAD_CALLBACK),
    ("state missing", json.dumps({k: v for k, v in _navbar().items() if k != "state"}), BAD_CALLBACK),
    ("wrong property", json.dumps({**_navbar(), "state": [_dep("url", "hash", "")]}), BAD_CALLBACK),
    ("changedPropIds not a list", json.dumps({**_navbar(), "changedPropIds": "url.pathname"}), BAD_CALLBACK),
    ("outputs wrong type", json.dumps({**_navbar(), "outputs": "shell-navbar"}), BAD_CALLBACK),
    ("navbar: pathname a number", json.dumps(_navbar(pathname=5)), FITS),
    ("navbar: search a list", json.dumps(_navbar(search=["?lang=en"])), FITS),
    ("navbar: script in search", json.dumps(_navbar(search="?lang=<script>alert(1)</script>")), (200,)),
    ("pages: traversal pathname", json.dumps(_pages("/../../etc/passwd")), (200,)),
    ("pages: pathname a dict", json.dumps(_pages({"a": 1})), FITS),
    ("pages: alias in the path", json.dumps(_pages("/region/%E5%8C%97%E4%BA%AC")), (200,)),
    ("pages: bad years", json.dumps(_pages("/theme/economy", "?from=abc&to=99999")), (200,)),
    ("redraw: regions a number", "REDRAW", FITS),
    ("redraw: specs wrong type", "REDRAW-SPECS", FITS),
    ("download: spec a string", json.dumps(_download("gdp")), FITS),
    ("download: unknown indicator", json.dumps(_download({"indicator": "nope", "lang": "zh"})), FITS),
]


@pytest.fixture(scope="module")
def client(fixture_table_path):
    store.init(fixture_table_path)
    yield dashboard.server.test_client()
    store.init(fixture_table_path)


def _leaks(body: bytes) -> list[str]:
    text = body.decode("utf-8", errors="replace")
    return [leak for leak in LEAKS if leak in text]


@pytest.mark.parametrize("url,status", GETS, ids=[u[:60] for u, _ in GETS])
def test_hostile_get(client, url, status):
    response = client.get(url)
    assert response.status_code == status, response.get_data(as_text=True)[:300]
    assert _leaks(response.data) == []
    assert b"<script>alert" not in response.data


def _body(raw: str) -> str:
    if not dashboard.app.callback_map:
        dashboard.server.test_client().get("/_dash-dependencies")  # Dash fills its callback map on a first request
    redraw = next(k for k in dashboard.app.callback_map if '"page":"theme","type":"chart-graph"' in k)
    if raw == "REDRAW":
        return json.dumps({**_redraw(5, "abc", {"indicator": "gdp"}), "output": redraw})
    if raw == "REDRAW-SPECS":
        return json.dumps({**_redraw(["beijing"], [2013, 2020], "not a spec"), "output": redraw})
    return raw


@pytest.mark.parametrize("name,raw,statuses", POSTS, ids=[p[0] for p in POSTS])
def test_hostile_callback_body(client, name, raw, statuses):
    client.get("/_dash-dependencies")  # Dash fills its callback map on the first request
    response = client.post("/_dash-update-component", data=_body(raw), content_type="application/json")
    assert response.status_code in statuses, response.get_data(as_text=True)[:300]
    assert _leaks(response.data) == []
    assert b"<script>alert" not in response.data


def test_the_table_is_big_enough():
    assert len(GETS) + len(POSTS) >= 70


@pytest.mark.parametrize("method,url", [("DELETE", "/"), ("POST", "/health"), ("PUT", "/export/gdp.png"),
                                        ("POST", "/export/gdp.png")])
def test_wrong_methods_are_405(client, method, url):
    response = client.open(url, method=method)
    assert response.status_code == 405 and _leaks(response.data) == []
    assert "GET" in response.headers["Allow"]


def test_a_body_over_the_limit_is_413(client):
    response = client.post("/_dash-update-component", data=b"x" * (dashboard.MAX_CALLBACK_BODY + 1),
                           content_type="application/json")
    assert response.status_code == 413 and _leaks(response.data) == []


def test_every_response_carries_the_security_headers(client):
    for url in ("/", "/health", "/export/gdp.gif", "/_dash-component-suites/x/y.js"):
        headers = client.get(url).headers
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["X-Frame-Options"] == "SAMEORIGIN"
        assert headers["Referrer-Policy"] == "same-origin"
        csp = headers["Content-Security-Policy"]
        script_src = next(d for d in csp.split(";") if d.strip().startswith("script-src"))
        assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
        assert "frame-ancestors 'self'" in csp and "object-src 'none'" in csp


def test_html_lang_is_the_page_language_and_the_first_lang_wins(client):
    assert b'<html lang="zh-CN"' in client.get("/").data
    assert b'<html lang="en"' in client.get("/theme/economy?lang=en&lang=zh").data


def test_an_alias_redirect_keeps_the_query(client):
    response = client.get("/region/%E5%8C%97%E4%BA%AC?lang=en&from=2015")
    assert response.status_code == 302 and response.headers["Location"] == "/region/beijing?lang=en&from=2015"


def test_health_reports_the_version_without_a_path(client, fixture_table_path):
    info = client.get("/health").get_json()
    assert info["status"] == "ok" and info["table_version"] == store.version() and info["rows"] > 0
    assert info["built_at"].endswith("+00:00")
    assert str(fixture_table_path.parent) not in json.dumps(info) and "file" not in info


def test_a_missing_table_shows_no_path_anywhere(client, tmp_path, fixture_table_path):
    store.init(tmp_path / "gone" / "indicators.parquet")
    try:
        responses = {url: client.get(url) for url in ("/", "/health", "/export/gdp.png", "/region/beijing")}
        responses["callback"] = client.post("/_dash-update-component", data=json.dumps(_pages("/theme/economy")),
                                            content_type="application/json")
    finally:
        store.init(fixture_table_path)
    assert responses["/health"].status_code == 503 and responses["/export/gdp.png"].status_code == 503
    for url, response in responses.items():
        assert response.status_code < 500 or response.status_code == 503, url
        assert _leaks(response.data) == [], url
        assert str(tmp_path) not in response.get_data(as_text=True), url
    assert "make data" in responses["/health"].get_json()["message"]
    assert "make data" in responses["callback"].get_data(as_text=True)


@pytest.mark.parametrize("pathname", ["/region/%E5%8C%97%E4%BA%AC", "/region/Beijing", "/indicator/GDP"])
def test_a_name_or_alias_in_a_path_opens_that_page_in_the_app_too(client, pathname):
    """Navigation inside the app (no page load, so no redirect): the page router gets the encoded path."""
    client.get("/_dash-dependencies")
    response = client.post("/_dash-update-component", data=json.dumps(_pages(pathname)), content_type="application/json")
    text = response.get_data(as_text=True)
    assert response.status_code == 200 and "page-message" not in text
    assert ("page page-region" in text) if "region" in pathname else ("page page-indicator" in text)
