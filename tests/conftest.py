"""Fixtures shared by the test modules. Helpers live in the ``helpers`` package."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.project import REPO

from tracker.store import Store

if str(REPO) not in sys.path:  # benchmarks/ (the data generator) lives at the repo root
    sys.path.insert(0, str(REPO))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty store in ``tmp_path``, closed after the test."""
    with Store.open(tmp_path / "t.db") as opened:
        yield opened
