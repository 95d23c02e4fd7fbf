"""Starting the app as a process: --demo --exit-after-startup exits 0, without the heavy libraries."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QFontDatabase

from jinchang_desktop.gui.launch import CJK_FAMILIES, set_cjk_font
from tests.conftest import REPO


def app_env(tmp_path) -> dict[str, str]:
    # Settings go under tmp_path, never into the tester's home.
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_starts_and_exits_after_startup(tmp_path, lang):
    done = subprocess.run([sys.executable, "-m", "jinchang_desktop", "--demo", "--exit-after-startup",
                           "--lang", lang], cwd=REPO, env=app_env(tmp_path), capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr


def test_startup_leaves_heavy_libraries_unimported(tmp_path):
    script = ("import sys\n"
              "from jinchang_desktop.gui.launch import run_gui\n"
              "code = run_gui(demo=True, exit_after_startup=True, lang=None)\n"
              "heavy = [m for m in ('matplotlib', 'openpyxl', 'cryptography') if m in sys.modules]\n"
              "print(code, heavy)\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=app_env(tmp_path), capture_output=True,
                          text=True, timeout=60)
    assert done.stdout.strip().splitlines()[-1] == "0 []", done.stderr


def test_cjk_font_is_put_first(qapp):
    installed = [f for f in CJK_FAMILIES if f in set(QFontDatabase.families())]
    if not installed:
        pytest.skip("no CJK font installed (fonts-wqy-microhei)")
    original = qapp.font()
    try:
        assert set_cjk_font(qapp) == installed
        assert qapp.font().families()[0] == installed[0]
    finally:
        qapp.setFont(original)
