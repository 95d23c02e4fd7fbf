"""Worked workspaces for the ledger tests: real SQLite files, real keys, the demo table's figures."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jinchang_desktop.exchange.load import load_table
from jinchang_desktop.store.workspace import Workspace
from tests.exchange.helpers import TABLE, new_county


@pytest.fixture
def county(tmp_path: Path) -> Iterator[Workspace]:
    """永昌县 under the Jinchang profile, with its rows of the demo table entered by the county."""
    ws = new_county(tmp_path / "county", profile="jinchang")
    load_table(ws, TABLE)
    yield ws
    ws.close()
