"""Shared fixtures: the small fixture table (tests/fixtures/make_table.py) and a store loaded from it."""
from __future__ import annotations

import pytest

from components.core import store
from tests.fixtures.make_table import write_table


@pytest.fixture(scope="session")
def fixture_table_path(tmp_path_factory):
    return write_table(tmp_path_factory.mktemp("data") / "indicators.parquet")


@pytest.fixture
def loaded_store(fixture_table_path):
    """components.core.store answering from the fixture table; restored afterwards so tests stay independent."""
    store.init(fixture_table_path)
    yield store
    store.init(fixture_table_path)
