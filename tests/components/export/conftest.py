"""Fixtures of the export tests: one warm kaleido server for the whole session (the server is per
process, so every module asking for `kaleido_warm` after the first gets it for free)."""
from __future__ import annotations

import pytest

from components.core import store
from components.export.images import warm_up


@pytest.fixture(scope="session")
def kaleido_warm():
    warm_up()


@pytest.fixture(scope="module")
def export_table(fixture_table_path, kaleido_warm):
    """The store answering from the fixture table (tests/fixtures/make_table.py) for a whole module."""
    store.init(fixture_table_path)
    yield store.table()
    store.init(fixture_table_path)
