"""Source titles on /sources are text, never Markdown or HTML: `**x**` shows its asterisks, a link
in a title is not a link, and only http(s) URLs become links; a search finds titles by their words."""
from __future__ import annotations

import pytest
from dash import html

import app  # noqa: F401 - registers the pages
from components.core import store
from components.ui import paged_table as pt
from pages import sources
from tests.fixtures.make_table import _row, fixture_rows, write_table

TITLES = {
    "bold": ("**x** bold?", "https://example.org/a b"),
    "link": ("[click](javascript:alert(1)) <b>y</b> # h", "javascript:alert(1)"),
    "plain": ("2023年统计公报", None),
}


@pytest.fixture
def titled(tmp_path, fixture_table_path):
    rows = fixture_rows() + [_row("gdp", "hebei", 2013 + i, 100.0 + i, source_id=key, source_title=title,
                                  source_url=url, source_kind="release") for i, (key, (title, url)) in enumerate(TITLES.items())]
    store.init(write_table(tmp_path / "indicators.parquet", rows))
    yield
    store.init(fixture_table_path)


def _source_cells(query: str = "") -> dict[str, object]:
    """title -> the title cell's content, for the source list a search leaves (all its pages)."""
    rows = sources.source_rows("zh", query)
    cells = {}
    for page in range(1, len(rows) // pt.PAGE_ROWS + 2):
        body = sources.source_page(pt.page_of(rows, page)[0], "zh").children[1].children
        for tr in body:
            content = tr.children[0].children
            cells[content.children if isinstance(content, html.A) else content] = content
    return cells


def test_titles_are_text_and_only_http_addresses_become_links(titled):
    cells = _source_cells()
    bold = cells[TITLES["bold"][0]]
    assert isinstance(bold, html.A) and bold.href == "https://example.org/a%20b" and bold.target == "_blank"
    link = cells[TITLES["link"][0]]
    assert link == TITLES["link"][0]  # the text as typed, markup and all, and no link for a javascript: address
    assert cells[TITLES["plain"][0]] == "2023年统计公报"  # no URL: the title alone


def test_a_search_keeps_the_titles_holding_every_word(titled):
    assert set(_source_cells("bold")) == {TITLES["bold"][0]}
    assert set(_source_cells("统计公报 2023")) >= {TITLES["plain"][0]} and TITLES["bold"][0] not in _source_cells("统计公报")
