"""The export menu carries the ids its callback uses, and says how to fix a server without a browser."""
from __future__ import annotations

from components.ui import export_menu as menu_module
from components.ui.export_menu import export_menu


def test_menu_items_carry_page_key_and_format():
    menu = str(export_menu("theme", "k1"))
    for fmt in ("png", "png43", "svg", "pdf"):
        assert f"'fmt': '{fmt}'" in menu
    assert "export-download" in menu and "导出 / Export" in menu and "'page': 'theme'" in menu


def test_without_a_browser_the_menu_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr(menu_module, "browser_path", lambda: None)
    text = str(menu_module.export_menu("theme", "k2"))
    assert "apt-get install chromium" in text and "plotly_get_chrome" not in text
    assert "'disabled': True" in text or "disabled=True" in text


class _Triggered:
    def __init__(self, choice):
        self.triggered_id = {"fmt": choice}


def _click(monkeypatch, choice="png"):
    from components.core.spec import ChartSpec
    monkeypatch.setattr(menu_module, "ctx", _Triggered(choice))
    return menu_module.export_chart([1], ChartSpec(indicator="gdp", regions=("beijing",), year_from=2013, year_to=2024).to_data())


def test_a_menu_click_goes_through_the_render_queue_and_cache_like_the_url(monkeypatch):
    asked = []

    def queued(spec, fmt, size, layout="page"):
        asked.append((spec.indicator, fmt, size, layout))
        return b"\x89PNG..."
    monkeypatch.setattr(menu_module, "queued_image", queued)
    download, message = _click(monkeypatch)
    assert asked == [("gdp", "png", {"width": 1600, "height": 900, "scale": 2.0}, "page")]
    assert message == "" and download["filename"].endswith(".png")


def test_a_busy_export_queue_gives_a_plain_message_not_an_error(monkeypatch):
    def busy(*_a, **_k):
        raise menu_module.ExportBusy("full")
    monkeypatch.setattr(menu_module, "queued_image", busy)
    download, message = _click(monkeypatch, "pdf")
    assert download is menu_module.no_update
    assert "请几秒后再试" in message
