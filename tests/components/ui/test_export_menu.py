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
