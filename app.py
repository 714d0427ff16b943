"""The Dash app: the shell (URL, navbar, page language), the page container, /health, /export and /coverage.svg.

Run with `make run` (gunicorn, debug off) or `python app.py` for development. The data file
is data/indicators.parquet unless JJJ_DATA names another; a missing or broken file shows a
message on every page and makes /health answer 503, instead of failing the worker. A rebuilt
file is picked up by every worker within about a second (components/core/store.py).
Pages (pages/) register themselves and their callbacks; components/ holds what they share.

What the shell does for every request, whatever the page:
- bounds the request body (MAX_BODY, MAX_CALLBACK_BODY: 413 beyond);
- answers bad requests with a 4xx in plain words: a path outside Dash's registered scripts is a
  404, a callback body that does not match a registered callback is a 400; anything unexpected is
  logged with its traceback and answered with a sentence, never a traceback or a server path;
- answers 404 (still with the friendly page) for a path no page claims or an id the catalogue
  lacks, and redirects a name or alias in a path to the canonical id (/region/北京 → /region/beijing);
- sets <html lang> to the page language, and the security headers (see CSP below).
"""
from __future__ import annotations

import logging
import os
import pkgutil
import re
import sys
from urllib.parse import quote, urlsplit

import dash
import dash_ag_grid
from dash import Dash, Input, Output, clientside_callback, dcc, html
from dash._pages import _parse_query_string, _path_to_page
from dash.exceptions import DashException, InvalidResourceError
from flask import Response, has_request_context, jsonify, redirect, request
from werkzeug.exceptions import HTTPException
from werkzeug.http import generate_etag

from components.core import store
from components.core.i18n import t
from components.core.url_state import parse
from components.export.coverage_route import add_coverage_route
from components.export.routes import IMMUTABLE, add_export_route, held_etags, plain_text
from components.ui.briefing import background_manager
from components.ui.filters import filter_bar
from components.ui.navbar import LANG_STORE, shell_navbar
from components.ui.page_guard import canonical_search

logging.basicConfig(level=os.environ.get("JJJ_LOG_LEVEL", "WARNING"))  # errors of pages and callbacks
log = logging.getLogger("app")
store.init()

MB = 1024 * 1024
MAX_BODY = MB  # nothing but a callback posts a body
# The data page posts its grid rows back for a download (about 1.3 kB a row, twice): room for a few thousand.
MAX_CALLBACK_BODY = int(os.environ.get("JJJ_MAX_CALLBACK_BODY") or 8 * MB)
CALLBACK_PATH = "/_dash-update-component"
SUITES_PREFIX = "/_dash-component-suites/"
HTML_LANG = {"zh": "zh-CN", "en": "en"}


# Scripts Dash puts on every page that this app's pages do not all need (docs/performance.md):
# - AG Grid's bundle (1.3 MB, about a fifth of a cold page's script time) goes only on pages with a grid;
#   on the others assets/lazy_grid.js stands in and loads it if the reader moves to a grid page in the app;
# - Babel's polyfill: Chromium, Firefox and Safari of the last years need none, and the one global the Dash
#   bundles still use (regeneratorRuntime) is set by dash-bootstrap-components' bundle, loaded before them;
# - dash_table's bundle: no page uses DataTable;
# - on a page without charts (registered with charts=False), plotly.js is fetched after the page is drawn
#   (assets/later_scripts.js), so it is cached when the reader moves on to a chart.
_GRID_SCRIPT = re.compile(r'<script src="(?P<src>[^"]*/_dash-component-suites/dash_ag_grid/dash_ag_grid\.[^"]+\.js)"></script>\n?')
_PLOTLY_SCRIPTS = re.compile(r'<script src="(?P<src>[^"]*/assets/plotly-[^"]+)"></script>\n?')
_DCC_SCRIPT = re.compile(r'<script src="(?P<dir>[^"]*/_dash-component-suites/dash/dcc)/dash_core_components\.[^"]+\.js"></script>')
_UNUSED_SCRIPTS = re.compile(r'<script src="[^"]*/_dash-component-suites/dash/(?:deps/polyfill@|dash_table/bundle)'
                             r'[^"]*"></script>\n?')


def page_uses_grid(path: str) -> bool:
    """Whether the page that claims a path draws an AG Grid (its module imports dash_ag_grid)."""
    page, _ = _page_for(path)
    module = sys.modules.get(page["module"]) if page else None
    return module is not None and any(value is dash_ag_grid for value in vars(module).values())


def page_chunks(page: dict) -> list[str]:
    """The dcc chunks a page's first render loads (dcc.Graph, and the filter bar's dropdown and range slider).

    dcc loads a component's code (`async-graph.js` …) only once the renderer meets the component, that is after
    `/_dash-layout` has arrived: one more round trip before the first chart, and on a warm visit a revalidation
    (the chunks are not fingerprinted, so they are not cached for a year). Preloaded, they come with the page's
    other scripts (docs/performance.md §9)."""
    module = sys.modules.get(page["module"])
    chunks = [] if page.get("charts") is False or page["module"].endswith("not_found_404") else ["async-graph.js"]
    if module is not None and any(value is filter_bar for value in vars(module).values()):
        chunks += ["async-dropdown.js", "async-slider.js"]
    return chunks


def page_scripts(scripts: str, metas: str, path: str) -> tuple[str, str]:
    """The index's script tags for one page, and a meta naming the grid bundle for the lazy loader.

    A grid page also preloads the grid's lazy chunk, which the bundle would otherwise ask for only once
    the grid mounts (one more round trip before the first rows)."""
    scripts = _UNUSED_SCRIPTS.sub("", scripts)
    page, _ = _page_for(path)
    if page is not None and page.get("charts") is False:
        later = [m["src"] for m in _PLOTLY_SCRIPTS.finditer(scripts)]
        scripts = _PLOTLY_SCRIPTS.sub("", scripts)
        metas += f'\n<meta name="jjj-later-scripts" content="{" ".join(later)}">'
    dcc_dir = _DCC_SCRIPT.search(scripts)
    if page is not None and dcc_dir:
        for chunk in page_chunks(page):
            metas += f'\n<link rel="preload" as="script" href="{dcc_dir["dir"]}/{chunk}">'
    if page is not None:
        prefix = app.config.requests_pathname_prefix
        for name in ("_dash-layout", "_dash-dependencies"):
            metas += f'\n<link rel="preload" as="fetch" crossorigin="anonymous" href="{prefix}{name}">'
    found = _GRID_SCRIPT.search(scripts)
    if found:
        metas += f'\n<meta name="jjj-grid-script" content="{found["src"]}">'
        if not page_uses_grid(path):
            scripts = scripts.replace(found.group(0), "")
        else:
            chunk = found["src"].rsplit("/", 1)[0] + "/async-community.js"
            metas += f'\n<link rel="preload" as="script" href="{chunk}">'
    return scripts, metas


class ShellDash(Dash):
    """Dash whose index page says its language (<html lang>): screen readers, fonts and hyphenation need it;
    and which sends each page only the scripts it uses (page_scripts)."""

    def interpolate_index(self, **kwargs):
        if has_request_context():
            kwargs["scripts"], kwargs["metas"] = page_scripts(kwargs.get("scripts", ""), kwargs.get("metas", ""),
                                                              request.path)
        page = super().interpolate_index(**kwargs)
        query = request.query_string.decode("latin-1") if has_request_context() else ""
        lang = HTML_LANG[parse(query).lang]
        return re.sub(r"<html(?=[\s>])", f'<html lang="{lang}"', page, count=1)


app = ShellDash(
    __name__,
    use_pages=True,
    serve_locally=True,  # offline: Dash's own scripts from the package, Bootstrap and plotly.js from assets/
    compress=True,
    background_callback_manager=background_manager(),  # the briefing pack runs as a background job
    suppress_callback_exceptions=True,
    include_pages_meta=False,  # social-card meta tags would echo the request URL into every page
    title=t("app.title"),
    update_title=None,
    meta_tags=[{"name": "viewport", "content": "width=device-width, initial-scale=1"}],
)
server = app.server
server.config["MAX_CONTENT_LENGTH"] = MAX_CALLBACK_BODY

def page_address() -> tuple[str | None, str]:
    """(path, query) of the page a layout request comes from: the renderer fetches /_dash-layout from the page,
    and the Referer names it (Referrer-Policy same-origin keeps it whole inside the app). (None, "") when there
    is none, or it is another site's."""
    if not has_request_context() or not request.referrer:
        return None, ""
    parts = urlsplit(request.referrer)
    if f"{parts.scheme}://{parts.netloc}/" != request.host_url or not parts.path:
        return None, ""
    return parts.path, parts.query


def shell_location(path: str | None, query: str):
    """The shell's dcc.Location. Given the page's address it starts with it, so mounting it changes no
    property and fires no callback: the navbar built for that address stays as it is (docs/performance.md §7).
    Without an address it fills itself from the browser, which rebuilds the navbar once."""
    if path is None:
        return dcc.Location(id="url", refresh=False)
    search = f"?{query}" if query else ""
    return dcc.Location(id="url", refresh=False, pathname=path, search=search, hash="", href=request.referrer)


# The ids of Dash's page container (dash.page_container): its router fills `_pages_content` from `_pages_location`.
PAGES_LOCATION, PAGES_CONTENT, PAGES_STORE, PAGES_DUMMY = "_pages_location", "_pages_content", "_pages_store", "_pages_dummy"


def page_container(path: str | None, query: str):
    """Dash's page container, with the page already in it when the layout request names the page.

    Dash's router callback fills the container once its dcc.Location has mounted and reported the address: a
    page load costs a second server round trip after `/_dash-layout`, and the renderer takes the page in as a
    callback's output. Its callback is `prevent_initial_call`, so a Location that starts with the page's
    address fires nothing, and the page's layout (the one the router would have built from the same path and
    query) comes in the first answer (docs/performance.md §9). The router still runs for every move inside the
    app. A path no page claims, or no usable Referer: the plain container, filled by the router as before."""
    if path is None:
        return dash.page_container
    page, variables = _path_to_page(app.strip_relative_path(path))
    if not page:
        return dash.page_container
    search = f"?{query}" if query else ""
    layout, title = page.get("layout", ""), page["title"]
    try:
        content = layout(**{**(variables or {}), **_parse_query_string(search)}) if callable(layout) else layout
        if callable(title):
            title = title(**(variables or {}))
    except Exception:  # noqa: BLE001 - a page that cannot be built here is left to the router, as before this lever
        logging.getLogger(__name__).exception("page %s not built into the first layout; the router builds it", path)
        return dash.page_container
    return html.Div([
        dcc.Location(id=PAGES_LOCATION, refresh="callback-nav", pathname=path, search=search, hash="",
                     href=request.referrer),
        html.Div(content, id=PAGES_CONTENT, disable_n_clicks=True),
        dcc.Store(id=PAGES_STORE, data={"title": title}),
        html.Div(id=PAGES_DUMMY, disable_n_clicks=True),
    ])


def shell_layout():
    """The shell, with the navbar and the page built for the page being loaded (no callback round trip)."""
    path, query = page_address()
    return html.Div([
        shell_location(path, query),
        shell_navbar(path, query),
        dcc.Store(id="shell-html-lang"),
        html.Div(page_container(path, query), className="container-fluid page-container"),
    ], className="shell")


app.layout = shell_layout

# A language switch inside the app (no page load) updates <html lang> too.
clientside_callback(
    """
    function(lang) {
        const tag = lang === "en" ? "en" : "zh-CN";
        document.documentElement.setAttribute("lang", tag);
        return tag;
    }
    """,
    Output("shell-html-lang", "data"), Input(LANG_STORE, "data"),
)


# ---- health ---------------------------------------------------------------------------------------

@server.route("/health")
def health():
    """Table version, rows and build time of the table this worker serves; never a path."""
    info = {**store.status(), "worker": os.getpid()}
    return jsonify(info), 503 if info["status"] == "error" else 200


add_export_route(server)
add_coverage_route(server)  # /coverage.svg: the /sources coverage grid, drawn on the server


# ---- request checks -------------------------------------------------------------------------------

def _declared(deps: list) -> list[tuple[str, str]]:
    return [(d["id"], d["property"]) for d in deps]


def _matches(declared: tuple[str, str], sent) -> bool:
    """One input or state of a body against its declaration: a plain id must be the same id and property;
    a pattern-matching one (declared as JSON) is a dict, or a list of dicts for ALL, with that property."""
    dep_id, prop = declared
    if dep_id.startswith("{"):
        items = sent if isinstance(sent, list) else [sent]
        return all(isinstance(i, dict) and isinstance(i.get("id"), dict) and i.get("property") == prop for i in items)
    return isinstance(sent, dict) and sent.get("id") == dep_id and sent.get("property") == prop


def callback_problem(body) -> str | None:
    """What is wrong with a callback request body, or None if it names a registered callback with
    the inputs and states that callback declares."""
    if not isinstance(body, dict):
        return "the body must be a JSON object"
    output = body.get("output")
    if not isinstance(output, str) or output not in app.callback_map:
        return "the body names no registered callback output"
    if not isinstance(body.get("outputs"), (dict, list)):
        return "outputs must be an object or a list"
    if not isinstance(body.get("changedPropIds", []), list) or not all(
            isinstance(p, str) for p in body.get("changedPropIds", [])):
        return "changedPropIds must be a list of strings"
    callback = app.callback_map[output]
    for key, declared in (("inputs", _declared(callback.get("inputs", []))),
                          ("state", _declared(callback.get("state", [])))):
        sent = body.get(key, [])
        if not isinstance(sent, list) or len(sent) != len(declared):
            return f"{key} do not match the callback"
        if not all(_matches(d, s) for d, s in zip(declared, sent)):
            return f"{key} do not match the callback"
    return None


# Paths that are not pages: Dash's own routes, the assets, /export (which reads region names itself), /health and
# the coverage image.
NOT_PAGES = ("/_dash", "/_reload", "/_favicon", "/assets/", "/export/", "/health", "/coverage.svg")


def _canonical_path(path: str) -> str:
    """/region/北京 (or Beijing, or any alias) → /region/beijing; any other path as it is."""
    parts = path.strip("/").split("/")
    if len(parts) != 2 or parts[0] not in ("region", "indicator", "theme"):
        return path
    try:
        canonical = store.resolve(parts[0], parts[1])
    except store.UnknownId:
        return path
    return path if canonical == parts[1] else f"/{parts[0]}/{quote(canonical)}"


def _canonical_redirect():
    """A page load with a name or alias in the path or in `region` (/region/北京, ?region=京) → 302 to the id
    form, the rest of the query kept: the address bar then shows the link a reader should copy."""
    if store.error() or request.path.startswith(NOT_PAGES):
        return None
    path = _canonical_path(request.path)
    query = canonical_search(request.query_string.decode("utf-8", "replace"))
    if path == request.path and query is None:
        return None
    raw = request.query_string.decode("latin-1")
    return redirect(path + (query if query is not None else (f"?{raw}" if raw else "")), code=302)


@server.before_request
def _before():
    store.refresh()  # a stat at most once a second: a rebuilt table is served within about a second
    if request.path != CALLBACK_PATH:
        request.max_content_length = MAX_BODY
    if request.method in ("GET", "HEAD"):
        return _canonical_redirect()
    if request.path == CALLBACK_PATH and request.method == "POST":
        body = request.get_json(silent=True)  # Flask caches it: Dash's dispatch reads the same object
        problem = "the body is not JSON" if body is None else callback_problem(body)
        if problem:
            return plain_text(f"bad callback request: {problem}", 400)
    return None


# ---- errors: a status and a sentence, never a traceback or a path ---------------------------------

@server.errorhandler(InvalidResourceError)
def _invalid_resource(_err):
    return plain_text("not found", 404)


@server.errorhandler(HTTPException)
def _http_error(err: HTTPException):
    if err.code and err.code < 400 or err.response is not None:
        return err
    response = plain_text(f"{err.code} {err.name}", err.code or 500)
    if getattr(err, "valid_methods", None):  # a 405 says which methods the URL takes
        response.headers["Allow"] = ", ".join(err.valid_methods)
    return response


@server.errorhandler(Exception)
def _unexpected(err: Exception):
    if isinstance(err, HTTPException):
        return _http_error(err)
    path = request.path
    if path.startswith(SUITES_PREFIX):
        return plain_text("not found", 404)  # Dash refuses a path outside its registered scripts by raising
    if isinstance(err, store.DataUnavailable):
        return plain_text(str(err), 503)
    if path == CALLBACK_PATH and isinstance(err, (DashException, LookupError, TypeError, ValueError, AttributeError)):
        # The body had the right shape, but its values are not what the callback takes (wrong types,
        # ids the page never drew): the request's fault. Logged in case it is a bug after all.
        log.warning("callback refused a request body: %r", err, exc_info=err)
        return plain_text("bad callback request: the values do not fit the callback", 400)
    log.error("unexpected error on %s %s", request.method, path, exc_info=err)
    return plain_text("internal error; it has been logged", 500)


# ---- response headers -----------------------------------------------------------------------------

_template_kinds = None


def _page_for(path: str):
    """(page, path variables) of the registered page that claims a path, or (None, None)."""
    global _template_kinds
    if _template_kinds is None:
        _template_kinds = [(re.compile("^" + re.sub(r"<(\w+)>", r"(?P<\1>[^/]+)", p["path_template"]) + "/?$"), p)
                           for p in dash.page_registry.values() if p.get("path_template")]
    for page in dash.page_registry.values():
        if not page.get("path_template") and path.rstrip("/") == page["path"].rstrip("/") and page["path"] != "/404":
            return page, {}
    for pattern, page in _template_kinds:
        found = pattern.match(path)
        if found:
            return page, found.groupdict()
    return None, None


def page_exists(path: str) -> bool:
    """Whether a page claims the path and, for /<kind>/<kind_id>, the catalogue knows the id."""
    page, variables = _page_for(path)
    if page is None:
        return False
    if store.error():
        return True  # every page shows the data message; the path itself is fine
    for name, value in variables.items():
        kind = name.removesuffix("_id")
        if kind in ("region", "indicator", "theme"):
            try:
                store.resolve(kind, value)
            except store.UnknownId:
                return False
    return True


# CSP, measured in Chromium (tests/browser/test_hardening_browser.py): Dash's scripts and the inline
# ones it renders (the renderer start and clientside callbacks) are allowed by hash, not 'unsafe-inline';
# its config is a JSON script, which is never executed. Plotly and AG Grid write <style> elements and
# style attributes, hence style-src 'unsafe-inline' (styles cannot run code). Bootstrap's icons are data: URIs.
_csp = None


def content_security_policy() -> str:
    global _csp
    if _csp is None:
        hashes = " ".join(app.csp_hashes())
        _csp = "; ".join([
            "default-src 'self'",
            f"script-src 'self' {hashes}",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'",
        ])
    return _csp


# Caching (docs/performance.md). Dash fingerprints its component scripts (…/name.v4_4_1m1796213230.min.js)
# and the assets' URLs carry their mtime (?m=…): such a URL never changes content, so the browser keeps it a
# year without asking again. Pages and Dash's layout/dependency JSON are revalidated on every visit (no-cache).
_FINGERPRINT = re.compile(r"\.v[\w-]+m\d{8,}\.")
_REVALIDATE_PATHS = ("/_dash-layout", "/_dash-dependencies")


def cache_control(path: str, query: dict, mimetype: str | None) -> str | None:
    """The Cache-Control a successful GET answer gets, or None to leave Flask's/Dash's own."""
    if path.startswith(SUITES_PREFIX) and _FINGERPRINT.search(path):
        return IMMUTABLE
    if path.startswith("/assets/") and query.get("m"):
        return IMMUTABLE
    if mimetype == "text/html" or path in _REVALIDATE_PATHS:
        return "no-cache"
    return None


_suite_etags: dict[str, str | None] = {}


def _suite_etag(path: str) -> str | None:
    """Dash's ETag of a registered, unfingerprinted component file (an async chunk such as AG Grid's).
    Only registered files are read and remembered: a path a client makes up costs nothing to keep."""
    if path not in _suite_etags:
        package, _, relative = path[len(SUITES_PREFIX):].partition("/")
        if relative not in app.registered_paths.get(package, ()) or package not in sys.modules:
            return None
        data = pkgutil.get_data(package, relative)
        _suite_etags[path] = generate_etag(data) if data is not None else None
    return _suite_etags[path]


@server.before_request
def _suite_not_modified():
    """304 for an unfingerprinted component file the browser already holds. Dash compares If-None-Match
    with its own ETag, but compression appends the encoding to the ETag (…:gzip), so Dash never matches and
    the chunk is sent again on every visit."""
    sent = request.headers.get("If-None-Match")
    if not sent or request.method != "GET" or not request.path.startswith(SUITES_PREFIX) or _FINGERPRINT.search(request.path):
        return None
    tag = _suite_etag(request.path)
    if tag and tag in held_etags(sent):
        response = Response(status=304)
        response.set_etag(tag)
        return response
    return None


@server.after_request
def _after(response: Response):
    headers = response.headers
    if request.method in ("GET", "HEAD") and response.status_code == 200:
        policy = cache_control(request.path, request.args, response.mimetype)
        if policy:
            headers["Cache-Control"] = policy
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "same-origin"  # intranet addresses stay inside when a reader follows a source link
    headers["X-Frame-Options"] = "SAMEORIGIN"
    headers["Content-Security-Policy"] = content_security_policy()
    if (request.method in ("GET", "HEAD") and response.status_code == 200 and response.mimetype == "text/html"
            and request.endpoint in ("/", "/<path:path>") and not page_exists(request.path)):
        response.status_code = 404  # the browser still renders the app, which shows the friendly page
    return response


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", 8050)), debug=False)
