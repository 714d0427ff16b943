"""GET /export/<indicator>.<png|svg|pdf>: the page's chart as an image, by URL.

For a briefing document that embeds a live chart, or a script. Every way a request can be wrong
answers 4xx with a plain-text sentence saying what to change; a missing browser or data file is
a 503 that says how to fix the server. Nothing here should ever surface as a bare 500.
"""
from __future__ import annotations

from flask import Flask, Response, request

from components.core import store
from components.core.spec import ChartSpec
from components.export.images import (
    DEFAULT_HEIGHT,
    DEFAULT_SCALE,
    DEFAULT_WIDTH,
    FORMATS,
    ExportRequestError,
    ExportUnavailable,
    chart_image,
    request_spec,
)

PARAMS = ("region", "from", "to", "lang", "width", "height", "scale")


def _text(message: str, status: int) -> Response:
    return Response(message + "\n", status=status, mimetype="text/plain; charset=utf-8")


def _number(name: str, default, kind=int):
    raw = request.args.get(name, "").strip()
    if not raw:
        return default
    try:
        return kind(raw)
    except ValueError:
        raise ExportRequestError(f"{name} must be a number, got {raw!r}") from None


def parse_request(indicator: str) -> tuple[ChartSpec, dict]:
    unknown = sorted(set(request.args) - set(PARAMS))
    if unknown:
        raise ExportRequestError(f"unknown parameter(s): {', '.join(unknown)}; known: {', '.join(PARAMS)}")
    regions = [r.strip() for r in request.args.get("region", "").split(",") if r.strip()]
    lang = request.args.get("lang", "zh")
    if lang not in ("zh", "en"):
        raise ExportRequestError(f"lang must be zh or en, got {lang!r}")
    size = {"width": _number("width", DEFAULT_WIDTH), "height": _number("height", DEFAULT_HEIGHT),
            "scale": _number("scale", DEFAULT_SCALE, float)}
    spec = request_spec(indicator, regions, _number("from", None), _number("to", None), lang)
    return spec, size


def export_view(name: str) -> Response:
    indicator, dot, fmt = name.rpartition(".")
    if not dot or fmt not in FORMATS:
        return _text(f"ask for /export/<indicator>.png, .svg or .pdf (got {name!r})", 404)
    try:
        spec, size = parse_request(indicator)
        data = chart_image(spec, fmt, **size)
    except ExportRequestError as err:
        status = 404 if str(err).startswith("unknown indicator") else 400
        return _text(str(err), status)
    except (ExportUnavailable, store.DataUnavailable) as err:
        return _text(str(err), 503)
    response = Response(data, mimetype=FORMATS[fmt])
    response.headers["Content-Disposition"] = f'inline; filename="{spec.file_name}.{fmt}"'
    return response


def add_export_route(server: Flask) -> None:
    """Mount the route on the app's Flask server."""
    server.add_url_rule("/export/<name>", "export_image", export_view, methods=["GET"])
