"""The briefing button carries the ids of its background callback, in the page language."""
from __future__ import annotations

from dash import CeleryManager, DiskcacheManager

from components.export import jobs
from components.ui import briefing
from components.ui.briefing import background_manager, briefing_button, cache_dir


def test_button_carries_the_ids_the_callback_uses():
    button = str(briefing_button("economy", "经济发展"))
    for part in ("briefing-pptx", "briefing-zip", "briefing-progress", "briefing-download", "生成简报 PPT"):
        assert part in button
    assert "Briefing deck (PPTX)" in str(briefing_button("economy", "Economy", "en"))


def test_one_background_manager_per_process():
    assert isinstance(background_manager(), DiskcacheManager) and background_manager() is background_manager()
    assert cache_dir().name == "briefing"


def test_jjj_jobs_celery_gives_a_celery_manager_on_the_redis_url(monkeypatch):
    monkeypatch.setenv(jobs.JOBS_ENV, "celery")
    monkeypatch.setenv(jobs.REDIS_ENV, "redis://127.0.0.1:1/3")
    monkeypatch.setattr(briefing, "_manager", None)
    monkeypatch.setattr(jobs, "_celery", None)
    manager = briefing.background_manager()
    assert isinstance(manager, CeleryManager) and manager.handle.conf.broker_url == "redis://127.0.0.1:1/3"
    assert manager.expire == jobs.RESULT_EXPIRE_S
