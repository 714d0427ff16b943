"""GET /export/<indicator>.<png|svg|pdf>: the page's chart as an image, by URL (issue #4).

For a briefing document that embeds a live chart, or a script. Every way a request can be wrong
answers 4xx with a plain-text sentence saying what to change; a missing browser or data file is
a 503 that says how to fix the server. Nothing here should ever surface as a bare 500.
"""
from __future__ import annotations

from flask import Response, request

from components.export_images import (DEFAULT_HEIGHT, DEFAULT_SCALE, DEFAULT_WIDTH, FORMATS, ChartSpec,
                                      ExportRequestError, ExportUnavailable, chart_image, file_stem)

PARAMS = "region, from, to, lang, width, height, scale"


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
    unknown = sorted(set(request.args) - {p.strip() for p in PARAMS.split(",")})
    if unknown:
        raise ExportRequestError(f"unknown parameter(s): {', '.join(unknown)}; known: {PARAMS}")
    regions = [r.strip() for r in request.args.get("region", "").split(",") if r.strip()]
    lang = request.args.get("lang", "zh")
    if lang not in ("zh", "en"):
        raise ExportRequestError(f"lang must be zh or en, got {lang!r}")
    spec = ChartSpec(indicator, tuple(regions) or None, _number("from", None), _number("to", None), lang)
    size = {"width": _number("width", DEFAULT_WIDTH), "height": _number("height", DEFAULT_HEIGHT),
            "scale": _number("scale", DEFAULT_SCALE, float)}
    return spec, size


def export_view(name: str) -> Response:
    from components import store

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
    response.headers["Content-Disposition"] = f'inline; filename="{file_stem(spec)}.{fmt}"'
    return response


def register(app) -> None:
    """The export feature's wiring; app.py calls this once, before the first request.

    Importing the menu and the briefing modules here registers their callbacks at start-up: Dash
    collects callbacks on the first request, and a card imports the menu only when a page is drawn.
    """
    import components.briefing  # noqa: F401
    import components.export_menu  # noqa: F401

    app.server.add_url_rule("/export/<name>", "export_image", export_view, methods=["GET"])
