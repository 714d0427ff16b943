"""GET /coverage.svg?lang=zh|en: the /sources coverage grid as an SVG image (components/core/coverage.py).

The page links to `/coverage.svg?lang=…&v=<table version>` (coverage.image_url), so a rebuilt table is a new
URL: that address is answered `immutable` and the browser keeps it a year; any other `v` (or none) is answered
`no-cache`, to be revalidated. The ETag is the table version and the language, so a revalidation is a 304
without drawing anything; the SVG itself is drawn once per table version and language (store.cached).
An unknown language is a 400 with a sentence, a missing table a 503 with the data message; never a 500.
"""
from __future__ import annotations

from flask import Flask, Response, request

from components.core import store
from components.core.coverage import SVG_PATH, coverage_image
from components.core.i18n import LANGS
from components.export.routes import IMMUTABLE, held_etags, plain_text

REVALIDATE = "no-cache"
MIMETYPE = "image/svg+xml"


def etag_of(generation: str, lang: str) -> str:
    return f"coverage-{generation}-{lang}"


def coverage_view() -> Response:
    lang = request.args.get("lang", "zh")
    if lang not in LANGS:
        shown = lang if lang.isalnum() and len(lang) <= 8 else "that"
        return plain_text(f"lang must be zh or en, not {shown}", 400)
    try:
        generation = store.generation()
        image = coverage_image(lang)
    except store.DataUnavailable as err:
        return plain_text(str(err), 503)
    etag = etag_of(generation, lang)
    policy = IMMUTABLE if request.args.get("v") == generation else REVALIDATE
    if etag in held_etags(request.headers.get("If-None-Match")):
        response = Response(status=304)
    else:
        response = Response(image.svg, content_type=f"{MIMETYPE}; charset=utf-8")
        response.headers["Content-Disposition"] = 'inline; filename="coverage.svg"'
    response.set_etag(etag)
    response.headers["Cache-Control"] = policy
    return response


def add_coverage_route(server: Flask) -> None:
    """Mount the route on the app's Flask server."""
    server.add_url_rule(SVG_PATH, "coverage_svg", coverage_view, methods=["GET"])
