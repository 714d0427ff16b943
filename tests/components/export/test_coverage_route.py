"""GET /coverage.svg?lang=zh|en: the /sources coverage grid as an SVG, cached by the table's version."""
from __future__ import annotations

import gzip
import xml.etree.ElementTree as ET

import pytest
from flask import Flask

import app as dashboard  # the shell's after-request hooks (cache policy, security headers, compression)
from components.core import store
from components.core.coverage import coverage_svg, image_url
from components.export.coverage_route import add_coverage_route

IMMUTABLE = "public, max-age=31536000, immutable"


@pytest.fixture
def client(loaded_store):
    # Only the Flask server, as tests/components/export/test_routes.py does; the whole app is the last test's.
    server = Flask(__name__)
    add_coverage_route(server)
    return server.test_client()


def test_the_svg_in_the_asked_language(client):
    for lang, title in (("zh", "覆盖情况（指标 × 年份）"), ("en", "Coverage (indicator × year)")):
        r = client.get(f"/coverage.svg?lang={lang}")
        assert r.status_code == 200 and r.mimetype == "image/svg+xml"
        assert r.headers["Content-Type"] == "image/svg+xml; charset=utf-8"
        assert r.get_data(as_text=True) == coverage_svg(lang)
        root = ET.fromstring(r.data)
        assert root.find("{http://www.w3.org/2000/svg}title").text == title
    assert client.get("/coverage.svg").data == client.get("/coverage.svg?lang=zh").data  # Chinese by default


@pytest.mark.parametrize("query", ["lang=xx", "lang=fr", "lang=%3Cscript%3E", "lang="])
def test_an_unknown_language_is_a_400_sentence(client, query):
    r = client.get(f"/coverage.svg?{query}")
    text = r.get_data(as_text=True)
    assert r.status_code == 400 and r.mimetype == "text/plain"
    assert text.startswith("lang must be zh or en") and "<" not in text


def test_an_etag_from_the_table_version_and_language_and_a_304_for_it(client):
    first = client.get("/coverage.svg?lang=zh")
    etag = first.headers["ETag"]
    assert store.generation() in etag and "zh" in etag
    assert client.get("/coverage.svg?lang=en").headers["ETag"] != etag
    again = client.get("/coverage.svg?lang=zh", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b"" and again.headers["ETag"] == etag
    # compression appends the encoding to the tag it sends (…:gzip): that tag is the same image
    compressed = client.get("/coverage.svg?lang=zh", headers={"If-None-Match": etag[:-1] + ':gzip"'})
    assert compressed.status_code == 304
    assert client.get("/coverage.svg?lang=zh", headers={"If-None-Match": '"coverage-old-zh"'}).status_code == 200
    assert client.get("/coverage.svg?lang=en", headers={"If-None-Match": etag}).status_code == 200


def test_the_pages_url_names_the_table_version_and_is_kept_a_year_any_other_is_revalidated(client):
    url = image_url("zh")
    assert url == f"/coverage.svg?lang=zh&v={store.generation()}"
    assert client.get(url).headers["Cache-Control"] == IMMUTABLE
    assert client.get(url, headers={"If-None-Match": client.get(url).headers["ETag"]}).headers["Cache-Control"] == IMMUTABLE
    for other in ("/coverage.svg?lang=zh", "/coverage.svg?lang=zh&v=0123456789abcdef", "/coverage.svg?lang=zh&v="):
        assert client.get(other).headers["Cache-Control"] == "no-cache"


def test_in_the_whole_app_the_headers_hold_and_the_image_comes_compressed(loaded_store):
    client = dashboard.server.test_client()
    url = image_url("en")
    r = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert r.status_code == 200 and r.mimetype == "image/svg+xml"
    assert r.headers["Cache-Control"] == IMMUTABLE and r.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(r.data).decode("utf-8") == coverage_svg("en")
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    again = client.get(url, headers={"Accept-Encoding": "gzip", "If-None-Match": r.headers["ETag"]})
    assert again.status_code == 304 and again.headers["Cache-Control"] == IMMUTABLE
    assert client.get("/coverage.svg?lang=xx").status_code == 400
