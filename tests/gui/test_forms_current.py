"""The committed forms are what pyside6-uic makes of ui/*.ui today, and nothing loads .ui at run time."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

FORMS = REPO / "jinchang_desktop" / "gui" / "forms"
UI = REPO / "ui"
# uic writes its own version into the file; a newer PySide6 must not fail the comparison for that alone.
VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.MULTILINE)


def comparable(path: Path) -> str:
    return VERSION_LINE.sub("", path.read_text(encoding="utf-8"))


def test_forms_match_their_ui_sources(tmp_path):
    subprocess.run([sys.executable, str(REPO / "scripts" / "compile_ui.py"), "--out-dir", str(tmp_path)],
                   cwd=REPO, check=True, capture_output=True)
    sources = sorted(UI.glob("*.ui"))
    assert sources
    for ui_file in sources:
        committed = FORMS / f"ui_{ui_file.stem}.py"
        assert committed.exists(), f"{ui_file.name} has not been compiled: run scripts/compile_ui.py"
        assert comparable(committed) == comparable(tmp_path / committed.name), (
            f"{committed.name} is stale: run scripts/compile_ui.py")


def test_every_form_has_its_source_and_says_so():
    for form in FORMS.glob("ui_*.py"):
        source = UI / f"{form.stem.removeprefix('ui_')}.ui"
        assert source.exists(), f"{form.name} has no ui/ source"
        assert form.read_text(encoding="utf-8").startswith(f"# generated from ui/{source.name}")


def test_nothing_loads_ui_files_at_run_time():
    gui = REPO / "jinchang_desktop" / "gui"
    for module in gui.rglob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert "QUiLoader" not in text and "loadUiType" not in text, module
