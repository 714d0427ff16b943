"""The export menu: plain links to /export for the card's spec (every format, the page language's file names),
and, without a browser on the server, how to install one."""
from __future__ import annotations

import json

import pytest

from components.core.spec import ChartSpec
from components.export import routes
from components.ui import export_menu as menu_module
from components.ui.export_menu import CHOICES, export_menu, links_data


@pytest.fixture(autouse=True)
def _store(loaded_store):
    return loaded_store


def _spec(**kw):
    return ChartSpec.resolve("gdp", ["beijing", "tianjin"], 2013, 2024, **kw)


class _Link:
    """One item of a menu's `data-links` (what assets/export_menu.js makes its <a> from)."""

    def __init__(self, label, href, download):
        self.children, self.href, self.download = label, href, download


def _links(menu) -> list:
    details = menu.children[0]
    return [_Link(*item) for item in json.loads(getattr(details, "data-links"))]


def test_one_link_per_format_with_the_spec_in_the_url_and_the_page_language_name(monkeypatch):
    monkeypatch.setattr(menu_module, "browser_path", lambda: "/usr/bin/chromium")
    links = _links(export_menu(_spec()))
    assert [link.children for link in links] == [label for label, _f, _s in CHOICES.values()]
    assert [link.href for link in links] == [
        "/export/gdp.png?region=beijing,tianjin&from=2013&to=2024",
        "/export/gdp.png?region=beijing,tianjin&from=2013&to=2024&width=1200",
        "/export/gdp.svg?region=beijing,tianjin&from=2013&to=2024",
        "/export/gdp.pdf?region=beijing,tianjin&from=2013&to=2024",
    ]
    assert [link.download for link in links] == [
        "地区生产总值_北京-天津_2013-2024.png", "地区生产总值_北京-天津_2013-2024_4x3.png",
        "地区生产总值_北京-天津_2013-2024.svg", "地区生产总值_北京-天津_2013-2024.pdf"]
    menu = str(export_menu(_spec(lang="en")))
    assert "lang=en" in menu and "地区生产总值" not in menu
    assert "导出 / Export" in menu and "data-indicator='gdp'" in menu


def test_the_menu_is_no_react_widget_and_no_download_component():
    text = str(export_menu(_spec()))
    assert "Details(" in text and "Summary(" in text
    assert "DropdownMenu" not in text and "Download(" not in text


def test_a_link_asks_for_the_image_the_card_export_used_to_render(client_and_cache):
    """The 16:9 link parses back to the size the menu's callback rendered at: one cache entry for both."""
    c, parsed = client_and_cache
    spec = _spec()
    for link in _links(export_menu(spec)):
        c.get(link.href)
    sizes = [size for _spec_, _fmt, size in parsed]
    assert sizes[0] == sizes[2] == sizes[3] == {"width": 1600, "height": 900, "scale": 2.0}
    assert sizes[1] == {"width": 1200, "height": 900, "scale": 2.0}
    assert {s.requested for s, _f, _z in parsed} == {("beijing", "tianjin")}


@pytest.fixture
def client_and_cache(monkeypatch):
    import app  # noqa: F401 - the route is mounted on the app's server
    parsed = []

    def render(key, spec, fmt, size, layout="page"):
        parsed.append((spec, fmt, size))
        return b"image", "miss"
    monkeypatch.setattr(routes, "_render_once", render)
    monkeypatch.setattr(routes, "cache", routes.RenderCache(1 << 20))
    return app.server.test_client(), parsed


def test_a_filter_change_writes_every_cards_links_into_one_holder_in_menu_order():
    data = json.loads(links_data([_spec(), None, ChartSpec.resolve("pm25_annual_mean", ["tianjin"], 2015, None)]))
    assert list(data) == ["gdp", "pm25_annual_mean"]  # a card whose spec failed keeps its links
    assert data["gdp"][:4] == ["/export/gdp.png?region=beijing,tianjin&from=2013&to=2024", "地区生产总值_北京-天津_2013-2024.png",
                               "/export/gdp.png?region=beijing,tianjin&from=2013&to=2024&width=1200",
                               "地区生产总值_北京-天津_2013-2024_4x3.png"]
    assert len(data["gdp"]) == 2 * len(CHOICES) and data["pm25_annual_mean"][0].endswith("region=tianjin&from=2015")


def test_without_a_browser_the_menu_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr(menu_module, "browser_path", lambda: None)
    text = str(menu_module.export_menu(_spec()))
    assert "apt-get install chromium" in text and "plotly_get_chrome" not in text
    assert "aria-disabled='true'" in text and "href=" not in text


def test_the_busy_message_is_in_the_page_language():
    assert "请几秒后再试" in str(export_menu(_spec()))
    assert "try again" in str(export_menu(_spec(lang="en")))


def test_the_links_travel_as_one_attribute_not_as_components(monkeypatch):
    """A page of 53 cards: the menu's four links are one data attribute (made into <a> items when the menu first
    opens, assets/export_menu.js), not four components per card for the renderer to walk (docs/performance.md §9)."""
    monkeypatch.setattr(menu_module, "browser_path", lambda: "/usr/bin/chromium")
    menu = export_menu(_spec())
    details = menu.children[0]
    assert len(details.children) == 1 and details.children[0].className.startswith("btn")  # the summary; no list
    assert "A(" not in str(menu) and "export-list" not in str(menu)  # assets/export_menu.js makes the list (§10)
    assert [item[0] for item in json.loads(getattr(details, "data-links"))] == [label for label, _f, _s in CHOICES.values()]
