"""GET /export/<indicator>.<fmt>: good requests give the image, bad ones a 4xx sentence, never a 500."""
from __future__ import annotations

import io

import pytest
from flask import Flask
from PIL import Image

from components.core import store
from components.export.routes import add_export_route


@pytest.fixture(scope="module")
def client(export_table):
    # Only the Flask server: a Dash app here would take the process's registered callbacks on its first request.
    server = Flask(__name__)
    add_export_route(server)
    return server.test_client()


def test_png_by_url(client):
    r = client.get("/export/gdp.png?region=beijing,tianjin&from=2013&to=2024&lang=zh&width=1200&height=900&scale=2")
    assert r.status_code == 200 and r.mimetype == "image/png"
    assert Image.open(io.BytesIO(r.data)).size == (2400, 1800)
    assert 'filename="gdp_beijing-tianjin_2013-2024.png"' in r.headers["Content-Disposition"]


@pytest.mark.parametrize("fmt,mimetype,magic", [("svg", "image/svg+xml", b"<svg"), ("pdf", "application/pdf", b"%PDF")])
def test_vector_formats_by_url(client, fmt, mimetype, magic):
    r = client.get(f"/export/pm25_annual_mean.{fmt}?region=beijing&lang=en")
    assert r.status_code == 200 and r.mimetype == mimetype and r.data.startswith(magic)


def test_defaults_are_a_16_9_slide_at_2x(client):
    r = client.get("/export/gdp.png")
    assert r.status_code == 200 and Image.open(io.BytesIO(r.data)).size == (3200, 1800)


@pytest.mark.parametrize("url,status,words", [
    ("/export/atlantis_gdp.png", 404, "unknown indicator"),
    ("/export/gdp.gif", 404, ".png, .svg or .pdf"),
    ("/export/gdp", 404, ".png, .svg or .pdf"),
    ("/export/gdp.png?region=beijing,atlantis", 400, "atlantis"),
    ("/export/gdp.png?from=2024&to=2013", 400, "after"),
    ("/export/gdp.png?from=twenty", 400, "from must be a number"),
    ("/export/gdp.png?width=wide", 400, "width must be a number"),
    ("/export/gdp.png?scale=1e400", 400, "scale"),
    ("/export/gdp.png?scale=nan", 400, "scale"),
    ("/export/gdp.png?width=10000", 400, "width must be between"),
    ("/export/gdp.png?width=3200&height=2400&scale=3", 400, "pixels"),
    ("/export/gdp.png?lang=fr", 400, "lang"),
    ("/export/gdp.png?regions=beijing", 400, "unknown parameter"),
    ("/export/gdp.png?layout=poster", 400, "layout must be page or slide"),
    ("/export/gdp.svg?layout=slide", 400, "PNG only"),
])
def test_bad_requests_get_a_4xx_sentence(client, url, status, words):
    r = client.get(url)
    assert r.status_code == status, r.get_data(as_text=True)
    assert r.mimetype == "text/plain" and words in r.get_data(as_text=True)


def test_missing_data_is_a_503_that_says_how_to_rebuild(client, tmp_path, export_table):
    store.init(tmp_path / "missing.parquet")
    try:
        r = client.get("/export/gdp.png")
    finally:
        store.init(export_table.path)
    assert r.status_code == 503 and "make data" in r.get_data(as_text=True)


@pytest.mark.parametrize("url,status,words", [
    ("/export/gdp.png?region=beijing&region=tianjin&region=atlantis", 400, "atlantis"),  # repeats add up
    ("/export/gdp.png?lang=fr&lang=en", 400, "lang must be zh or en"),                  # the first one counts
    ("/export/gdp.png?region=%3Cscript%3E", 400, "not a plain id"),                     # never echoed
    ("/export/%2E%2E%5Cetc%5Cpasswd.png", 404, "unknown indicator"),
    ("/export/gdp.png?region=" + ",".join(f"r{i}" for i in range(200)), 400, "at most"),
])
def test_repeated_and_hostile_parameters(client, url, status, words):
    r = client.get(url)
    text = r.get_data(as_text=True)
    assert r.status_code == status and words in text, text
    assert "<script" not in text and "etc" not in text


def test_regions_and_the_indicator_by_name_or_alias(client):
    r = client.get("/export/GDP.svg?region=%E5%8C%97%E4%BA%AC&region=Tianjin&region=beijing")
    assert r.status_code == 200 and r.mimetype == "image/svg+xml"
    assert 'filename="gdp_beijing-tianjin_-.svg"' in r.headers["Content-Disposition"]


def test_missing_data_message_names_no_path(client, tmp_path, export_table):
    store.init(tmp_path / "missing.parquet")
    try:
        text = client.get("/export/gdp.png").get_data(as_text=True)
    finally:
        store.init(export_table.path)
    assert "missing.parquet" in text and str(tmp_path) not in text
