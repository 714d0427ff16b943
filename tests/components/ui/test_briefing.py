"""The briefing button carries the ids of its background callback, in the page language."""
from __future__ import annotations

from dash import DiskcacheManager

from components.ui.briefing import background_manager, briefing_button, cache_dir


def test_button_carries_the_ids_the_callback_uses():
    button = str(briefing_button("economy", "经济发展"))
    for part in ("briefing-pptx", "briefing-zip", "briefing-progress", "briefing-download", "生成简报 PPT"):
        assert part in button
    assert "Briefing deck (PPTX)" in str(briefing_button("economy", "Economy", "en"))


def test_one_background_manager_per_process():
    assert isinstance(background_manager(), DiskcacheManager) and background_manager() is background_manager()
    assert cache_dir().name == "briefing"
