"""A plain table shown a page at a time, with an optional search box: for lists a reader pages and searches
through (the sources, the candidates, an indicator's observations) on pages that then load no grid library.

A grid's script and first layout cost a warm visit more than the rest of such a page (docs/performance.md §8,
§21); fifteen rows of a plain table cost almost nothing, and the page's server answers the next page or a
search. Sorting and filtering every column of every row stay on /data, which keeps its grid.

Text is text: a cell's content is a string or a link (`link`), never markup, so a title holding `**x**` or
`<b>` shows as typed; only http(s) addresses become links.
"""
from __future__ import annotations

import re

import dash_bootstrap_components as dbc
from dash import html

PAGE_ROWS = 15
_HTTP = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)


def link(text, url) -> html.A | str:
    """The text, as a link that opens beside the page when its address is http(s); else the text alone."""
    text = " ".join(str(text or "").split())
    url = str(url or "").strip().replace(" ", "%20")
    return html.A(text, href=url, target="_blank", rel="noopener noreferrer") if text and _HTTP.match(url) else text


def page_of(items: list, page, per: int = PAGE_ROWS) -> tuple[list, int, int]:
    """(the items of page `page`, that page, the number of pages); a page outside the list is its nearest."""
    pages = max(1, -(-len(items) // per))
    page = min(max(1, page if isinstance(page, int) and not isinstance(page, bool) else 1), pages)
    return items[(page - 1) * per: page * per], page, pages


def matches(query, *texts) -> bool:
    """Every word of the query is in one of the texts (case-insensitive); an empty query matches all."""
    words = str(query or "").lower().split()
    haystack = " ".join(str(t or "") for t in texts).lower()
    return all(w in haystack for w in words)


def table(headers: list[str], rows: list[list], class_name: str = "", row_classes: list | None = None):
    """A small table: `rows` are lists of cells (text, a number, a link, or a (content, class) pair); a cell of
    class `quote` shows the start of its text and holds all of it in its title (a pointer or a screen reader)."""
    def cell(value):
        content, cls = value if isinstance(value, tuple) else (value, None)
        whole = content if cls == "quote" and isinstance(content, str) else None
        return html.Td(content, className=cls, title=whole)
    body = [html.Tr([cell(v) for v in r], className=(row_classes[i] if row_classes else None)) for i, r in enumerate(rows)]
    return dbc.Table([html.Thead(html.Tr([html.Th(h, scope="col") for h in headers])), html.Tbody(body)],
                     size="sm", hover=True, responsive=True, className=f"paged-table {class_name} mb-1".strip())


def pager(pager_id: str, pages: int, page: int = 1):
    """The page links under a table (first, previous, numbers, next, last); hidden when one page holds all."""
    return dbc.Pagination(id=pager_id, max_value=pages, active_page=page, fully_expanded=False, first_last=True,
                          previous_next=True, size="sm", className=pager_class(pages))


def pager_class(pages: int) -> str:
    return "mt-2 mb-1" + ("" if pages > 1 else " d-none")


def search_box(box_id: str, placeholder: str):
    """A search field that asks the server once the reader pauses or presses Enter."""
    return html.Div([html.Label(placeholder, htmlFor=box_id, className="visually-hidden"),
                     dbc.Input(id=box_id, type="search", placeholder=placeholder, debounce=True)],
                    className="mb-2 paged-search")


def count_line(count_id: str, text: str, extra=None):
    return html.P([text, " ", extra] if extra is not None else text, id=count_id, className="small text-muted")


def listing(ids: tuple[str, str, str], rows: list, render, count: str, extra=None) -> list:
    """A list's first page (`render` turns the page's rows into a table), its pager and its count line;
    `ids` name the table's holder, the pager and the count line, in that order."""
    body_id, pager_id, count_id = ids
    shown, page, pages = page_of(rows, 1)
    return [html.Div(render(shown), id=body_id), pager(pager_id, pages, page), count_line(count_id, count, extra)]


def turned(rows: list, page, render, count: str) -> tuple:
    """A callback's answer for page `page` of a list: the table, the number of pages, the page shown, the
    pager's class and the count line."""
    shown, page, pages = page_of(rows, page)
    return render(shown), pages, page, pager_class(pages), count
