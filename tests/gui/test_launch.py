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


def test_the_first_screen_reads_without_loading_the_write_path(tmp_path):
    # The writer connection opens on the database worker with the first write; the first screen is drawn from
    # the GUI's read-only connection, and the command modules are never imported for the desktop app.
    script = ("import sys\n"
              "from jinchang_desktop.cli import main\n"
              "code = main(['--demo', '--exit-after-startup'])\n"
              "loaded = [m for m in ('jinchang_desktop.store.workspace', 'jinchang_desktop.store.declared',\n"
              "                      'jinchang_desktop.commands.workspace_cmds', 'jinchang_desktop.exchange.trust')\n"
              "          if m in sys.modules]\n"
              "print(code, loaded)\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=app_env(tmp_path), capture_output=True,
                          text=True, timeout=60)
    assert done.stdout.strip().splitlines()[-1] == "0 []", done.stderr


def test_the_gui_reader_names_the_store_s_file():
    from jinchang_desktop.gui import workspace_info
    from jinchang_desktop.store import declared, workspace

    assert workspace_info.DB_NAME == workspace.DB_NAME
    assert workspace_info.YEAR_MIN == declared.YEAR_MIN


def test_workspace_option_opens_that_workspace_or_says_why_not(tmp_path):
    from jinchang_desktop.store.workspace import Workspace

    Workspace.create(tmp_path / "county", role="county", code="620321", name="永昌县", school_year=2025).close()
    done = subprocess.run([sys.executable, "-m", "jinchang_desktop", "--workspace", str(tmp_path / "county"),
                           "--exit-after-startup"], cwd=REPO, env=app_env(tmp_path), capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    stranger = tmp_path / "stranger"
    stranger.mkdir()
    (stranger / "workspace.sqlite3").write_bytes(b"this is not a database" * 100)
    done = subprocess.run([sys.executable, "-m", "jinchang_desktop", "--workspace", str(stranger),
                           "--exit-after-startup"], cwd=REPO, env=app_env(tmp_path), capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 1
    assert "不是 SQLite 数据库文件" in done.stderr


def test_the_first_paint_comes_before_the_standards_and_the_view(tmp_path):
    # The window is drawn with the workspace's name first; the standards engine, the school's editor and its
    # forms load after that (what the start-up benchmark's "first paint" figure measures).
    script = ("import sys\n"
              "from jinchang_desktop.cli import main\n"
              "code = main(['--demo', '--exit-after-first-paint'])\n"
              "loaded = [m for m in ('jinchang_desktop.standards.catalogue', 'jinchang_desktop.standards.assess',\n"
              "                      'jinchang_desktop.gui.views.school', 'jinchang_desktop.gui.school_editor')\n"
              "          if m in sys.modules]\n"
              "print(code, loaded)\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=app_env(tmp_path), capture_output=True,
                          text=True, timeout=60)
    assert done.stdout.strip().splitlines()[-1] == "0 []", done.stderr
