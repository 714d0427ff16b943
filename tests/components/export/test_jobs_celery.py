"""The Celery + Redis job path, for real: a redis-server and a Celery worker process started here, the
briefing callback's own Dash job sent to the queue as a click would send it, and the deck it returns."""
from __future__ import annotations

import base64
import io
import shutil
import time

import pytest
from pptx import Presentation

from components.core import store
from components.core.spec import ChartSpec
from components.export import jobs
from tests.components.export.conftest import (
    REDIS_MISSING,
    briefing_job_result,
    celery_worker,
    redis_server,
    submit_briefing_job,
)

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None, reason=REDIS_MISSING)


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url


@pytest.fixture(scope="module")
def worker(redis_url, fixture_table_path, tmp_path_factory):
    with celery_worker(redis_url, fixture_table_path, tmp_path_factory.mktemp("celery")) as client:
        yield client


@pytest.fixture(scope="module")
def page_specs(loaded_store_module):
    """What the economy page's chart cards store: charts with data, and one whose years hold none."""
    specs = [ChartSpec.resolve("gdp", ["beijing", "tianjin"], 2013, 2024),
             ChartSpec.resolve("population_year_end", None, 2013, 2024),
             ChartSpec.resolve("pm25_annual_mean", ["beijing"], 2013, 2024),
             ChartSpec.resolve("gdp", ["beijing"], 1990, 1991)]  # no data in these years: no slide
    return [s.to_data() for s in specs], sum(1 for s in specs if s.years)


@pytest.fixture(scope="module")
def loaded_store_module(fixture_table_path):
    store.init(fixture_table_path)
    yield store
    store.init(fixture_table_path)


def _download(result):
    download, status = result
    assert download is not None, f"the job answered no file: {status}"
    return download["filename"], base64.b64decode(download["content"]), status


def test_celery_worker_builds_the_deck_of_the_page(worker, page_specs):
    spec_data, with_data = page_specs
    key = submit_briefing_job(worker, spec_data, {"key": "theme-economy", "title": "经济发展", "lang": "zh"})
    name, data, status = _download(briefing_job_result(worker, key))
    assert name.startswith("briefing_theme-economy_") and name.endswith(".pptx")
    assert name in status
    slides = list(Presentation(io.BytesIO(data)).slides)
    assert len(slides) == 1 + with_data + 1  # cover, one per chart with data, sources
    assert slides[-1].shapes.title.text == "数据来源"
    assert any(shape.shape_type == 13 for shape in slides[1].shapes), "a chart slide carries its picture"


def test_celery_worker_builds_a_zip_and_reports_an_empty_page(worker, page_specs):
    spec_data, with_data = page_specs
    key = submit_briefing_job(worker, spec_data, {"key": "theme-economy", "lang": "en"}, kind="zip")
    name, data, _ = _download(briefing_job_result(worker, key))
    assert name.endswith(".zip") and data.startswith(b"PK")
    empty = briefing_job_result(worker, submit_briefing_job(worker, [], {"key": "x", "lang": "en"}))
    assert empty[0] is None and empty[1]  # no file, and a sentence saying why


def test_second_pack_reuses_the_workers_warm_browser(worker, page_specs):
    """The worker process keeps its kaleido: a pack after the first takes well under a cold browser start."""
    spec_data, _ = page_specs
    briefing_job_result(worker, submit_briefing_job(worker, spec_data[:1], {"key": "warm"}))
    started = time.perf_counter()
    briefing_job_result(worker, submit_briefing_job(worker, spec_data[:1], {"key": "warm"}))
    assert time.perf_counter() - started < 2.0  # one warm PNG is ~0.3 s; starting Chromium alone is 2-3 s


def test_celery_is_chosen_by_the_environment(monkeypatch):
    monkeypatch.setenv(jobs.JOBS_ENV, "celery")
    assert jobs.backend() == "celery"
    monkeypatch.setenv(jobs.JOBS_ENV, "rabbit")
    with pytest.raises(ValueError, match="JJJ_JOBS"):
        jobs.backend()
    monkeypatch.delenv(jobs.JOBS_ENV)
    assert jobs.backend() == "diskcache"
