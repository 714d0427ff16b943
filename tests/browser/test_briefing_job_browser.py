"""The briefing button on the Celery + Redis job queue, end to end: gunicorn with JJJ_JOBS=celery, a
redis-server and a Celery worker started here, a click in Chromium, and the deck that downloads."""
from __future__ import annotations

import io
import os
import shutil
from unittest import mock

import pytest
from pptx import Presentation

from tests.browser.conftest import free_port, serving, start_server
from tests.browser.helpers import open_page
from tests.components.export.conftest import REDIS_MISSING, celery_worker, redis_server, worker_env

pytestmark = [pytest.mark.browser, pytest.mark.skipif(shutil.which("redis-server") is None, reason=REDIS_MISSING)]


@pytest.fixture(scope="module")
def celery_app_url(app_data_path, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("jobs")
    with redis_server(workdir) as redis_url, celery_worker(redis_url, app_data_path, workdir):
        port = free_port()
        with mock.patch.dict(os.environ, worker_env(redis_url, app_data_path, workdir)):
            proc = start_server(app_data_path, port, workers=2)
        with serving(proc, port) as url:
            yield url


def test_briefing_deck_built_by_a_celery_worker_downloads(page, celery_app_url):
    open_page(page, celery_app_url + "/theme/economy")
    charts = page.locator(".chart-card .chart-graph").count()
    with page.expect_download(timeout=90000) as download:
        page.locator("#briefing-pptx").click()
    assert download.value.suggested_filename.startswith("briefing_theme-economy_")
    slides = list(Presentation(io.BytesIO(open(download.value.path(), "rb").read())).slides)
    assert len(slides) == 1 + charts + 1  # cover, one per chart (all have data unfiltered), sources
    assert slides[-1].shapes.title.text == "数据来源"
    assert "briefing_theme-economy_" in page.locator("#briefing-status").inner_text()
