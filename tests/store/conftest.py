"""Workspaces for the store tests, each built under the test's own tmp_path."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jinchang_desktop.store.workspace import Workspace

YEAR = 2025
SCHOOL_CODE = "2162100001"


@pytest.fixture
def school_ws(tmp_path: Path) -> Iterator[Workspace]:
    """A school workspace; its own school is already in the store."""
    with Workspace.create(tmp_path / "school", role="school", code=SCHOOL_CODE, name="永昌县第一小学",
                          county="永昌县", school_year=YEAR) as workspace:
        yield workspace


@pytest.fixture
def county_ws(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.create(tmp_path / "county", role="county", code="620321", name="永昌县教育局", county="永昌县",
                          school_year=YEAR) as workspace:
        yield workspace
