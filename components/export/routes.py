"""GET /export/<indicator>.<png|svg|pdf>: the page's chart as an image, by URL.

For a briefing document that embeds a live chart, or a script. Every way a request can be wrong
answers 4xx with a plain-text sentence saying what to change; a missing browser or data file is
a 503 that says how to fix the server. Nothing here should ever surface as a bare 500, and no
answer echoes more of the request than a short, plain id (an error page is no place for a path).

Repeated parameters follow url_state's rule: every `region` value counts (so one unknown region
among them is a 400, not silently dropped), any other parameter takes its first value. Regions
and the indicator may be named by id, name or alias (北京 → beijing), as in the page paths.
"""
from __future__ import annotations

import re

from flask import Flask, Response, request

from components.core import store
from components.core.spec import ChartSpec
from components.core.url_state import MAX_REGIONS, region_ids
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
# What an answer may quote back of the request: a short id or name, nothing with slashes or markup.
_ECHO = re.compile(r"^[\w.,\- ]{1,40}$")


class _NotFound(ExportRequestError):
    """An indicator the catalogue does not know: 404."""


def _text(message: str, status: int) -> Response:
    return Response(message + "\n", status=status, mimetype="text/plain; charset=utf-8")


def shown(value) -> str:
    """A request value as an answer may quote it: short plain words as they are, anything else elided."""
    text = str(value)
    return repr(text) if _ECHO.match(text) else "(a value that is not a plain id)"


def _number(name: str, default, kind=int):
    raw = request.args.get(name, "").strip()  # the first of repeated values
    if not raw:
        return default
    try:
        return kind(raw)
    except (ValueError, OverflowError):
        raise ExportRequestError(f"{name} must be a number, got {shown(raw)}") from None


def _regions() -> list[str]:
    """Every `region` value, canonical ids in the order asked; an unknown one is a 400 naming it."""
    asked = region_ids(request.args.getlist("region"))
    if len(asked) > MAX_REGIONS:
        raise ExportRequestError(f"at most {MAX_REGIONS} regions, got {len(asked)}")
    ids, unknown = [], []
    for word in asked:
        try:
            rid = store.resolve("region", word)
        except store.UnknownId:
            unknown.append(shown(word))
            continue
        if rid not in ids:
            ids.append(rid)
    if unknown:
        raise ExportRequestError(f"unknown region(s): {', '.join(unknown)}")
    return ids


def parse_request(indicator: str) -> tuple[ChartSpec, dict]:
    unknown = sorted(set(request.args) - set(PARAMS))
    if unknown:
        raise ExportRequestError(f"unknown parameter(s): {', '.join(shown(u) for u in unknown[:5])}; "
                                 f"known: {', '.join(PARAMS)}")
    try:
        indicator = store.resolve("indicator", indicator)
    except store.UnknownId:
        raise _NotFound(f"unknown indicator {shown(indicator)}") from None
    regions = _regions()
    lang = request.args.get("lang", "zh")
    if lang not in ("zh", "en"):
        raise ExportRequestError(f"lang must be zh or en, got {shown(lang)}")
    size = {"width": _number("width", DEFAULT_WIDTH), "height": _number("height", DEFAULT_HEIGHT),
            "scale": _number("scale", DEFAULT_SCALE, float)}
    if size["scale"] != size["scale"]:  # NaN passes every range check
        raise ExportRequestError("scale must be a number")
    spec = request_spec(indicator, regions, _number("from", None), _number("to", None), lang)
    return spec, size


def export_view(name: str) -> Response:
    indicator, dot, fmt = name.rpartition(".")
    if not dot or fmt not in FORMATS:
        return _text(f"ask for /export/<indicator>.png, .svg or .pdf (got {shown(name)})", 404)
    try:
        spec, size = parse_request(indicator)
        data = chart_image(spec, fmt, **size)
    except _NotFound as err:
        return _text(str(err), 404)
    except ExportRequestError as err:
        return _text(str(err), 400)
    except (ExportUnavailable, store.DataUnavailable) as err:
        return _text(str(err), 503)
    response = Response(data, mimetype=FORMATS[fmt])
    response.headers["Content-Disposition"] = f'inline; filename="{spec.file_name}.{fmt}"'
    return response


def add_export_route(server: Flask) -> None:
    """Mount the route on the app's Flask server."""
    server.add_url_rule("/export/<name>", "export_image", export_view, methods=["GET"])
