"""Source titles on /sources are text, never Markdown or HTML: `**x**` shows its asterisks, a link
in a title is not a link, and only http(s) URLs become links."""
from __future__ import annotations

import dash
import pytest

import app  # noqa: F401 - registers the pages
from components.core import store
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


def _grid_rows(layout, grid_id: str) -> list[dict]:
    found = []

    def walk(node):
        if getattr(node, "id", None) == grid_id:
            found.append(node)
        children = getattr(node, "children", None)
        for child in children if isinstance(children, list) else [children] if children is not None else []:
            walk(child)
    walk(layout)
    return found[0].rowData


def test_titles_are_escaped_text_and_only_http_links(titled):
    rows = {r["title_text"]: r for r in _grid_rows(dash.page_registry["pages.sources"]["layout"](), "sources-table")}
    bold = rows[TITLES["bold"][0]]["title"]
    assert bold == r"[\*\*x\*\* bold\?](<https://example.org/a%20b>)"
    link = rows[TITLES["link"][0]]["title"]
    assert "](" not in link and not link.startswith("[")  # shown as text, not made a link
    assert r"\<b\>" in link and r"\#" in link and "［click］" in link
    assert rows[TITLES["plain"][0]]["title"] == "2023年统计公报"  # no URL: the title alone


def test_the_title_tooltip_is_the_plain_title(titled):
    rows = _grid_rows(dash.page_registry["pages.sources"]["layout"](), "sources-table")
    assert {TITLES["bold"][0], TITLES["link"][0]} <= {r["title_text"] for r in rows}
