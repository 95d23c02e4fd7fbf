from __future__ import annotations

from pathlib import Path

import pytest

from tests.inspection.helpers import Visit, site_visit


@pytest.fixture
def visit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Visit:
    return site_visit(tmp_path, capsys)
