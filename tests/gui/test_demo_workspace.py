"""The shipped demo workspace: what scripts/make_demo_workspace.py makes, and ``--demo`` never touching the user's
own workspace."""
from __future__ import annotations

import importlib.util
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from jinchang_desktop.gui.demo import demo_workspace_source
from jinchang_desktop.store.workspace import Workspace
from tests.conftest import REPO

# Differ between two builds by design: a fresh key and the moment of creation.
VOLATILE_META = {"key_id", "fingerprint", "created_at"}


def load_script():
    spec = importlib.util.spec_from_file_location("make_demo_workspace", REPO / "scripts" / "make_demo_workspace.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def contents(path: Path) -> dict[str, object]:
    # immutable: read the one file as it is, creating no -wal or -shm beside the shipped copy.
    conn = sqlite3.connect(f"{(path / 'workspace.sqlite3').resolve().as_uri()}?immutable=1", uri=True)
    try:
        return {
            "meta": {k: v for k, v in conn.execute("SELECT key, value FROM meta") if k not in VOLATILE_META},
            "schools": list(conn.execute("SELECT code, name, county, school_type, counted, parent_code, source "
                                         "FROM schools ORDER BY code")),
            "declared": list(conn.execute("SELECT school_code, school_year, field, value, typeof(value) "
                                          "FROM declared ORDER BY 1, 2, 3")),
            "explanations": list(conn.execute("SELECT school_code, school_year, field, text FROM explanations")),
            "audit": list(conn.execute("SELECT action, school_code, school_year, field, old, new, detail "
                                       "FROM audit ORDER BY id")),
            "schema": conn.execute("PRAGMA user_version").fetchone()[0],
        }
    finally:
        conn.close()


def test_the_shipped_demo_is_what_the_script_makes(tmp_path):
    shipped = demo_workspace_source()
    assert sorted(p.name for p in shipped.iterdir()) == ["key.pem", "workspace.sqlite3"]  # no -wal, no -shm
    script = load_script()
    script.build(tmp_path / "rebuilt")
    assert contents(shipped) == contents(tmp_path / "rebuilt")


def test_the_shipped_demo_opens_and_says_what_it_should(tmp_path):
    from jinchang_desktop.gui.demo import copy_demo_workspace
    from jinchang_desktop.standards.assess import assess_school
    from jinchang_desktop.store.declared import get_record

    script = load_script()
    with Workspace.open(copy_demo_workspace(tmp_path)) as ws:
        assert (ws.role, ws.code, ws.profile_id, ws.school_year) == ("school", "2162100004", "jinchang", 2025)
        record = get_record(ws.conn, ws.code, 2025)
        assert record.values == script.VALUES
        assert get_record(ws.conn, ws.code, 2024).values == script.PREVIOUS_VALUES
        assert ws.keypair.fingerprint == ws.get_meta("fingerprint")  # the shipped key is the one named
        from jinchang_desktop.standards.catalogue import load_profile

        result = assess_school(record, load_profile("jinchang"))
    assert result.sections["primary"].compliant and not result.sections["junior"].compliant
    assert [c.ok for c in result.checks].count(False) == 4  # junior class, music rooms, art room, training


def app_env(home: Path) -> dict[str, str]:
    """HOME and the XDG folders under ``home``: platformdirs puts the user's workspace there."""
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home / "data"),
                XDG_CONFIG_HOME=str(home / "config"), TMPDIR=str(home / "tmp"), APPDATA=str(home / "appdata"),
                LOCALAPPDATA=str(home / "localappdata"))


def default_dir_in(env: dict[str, str]) -> Path:
    code = "from jinchang_desktop.store.workspace import default_workspace_dir; print(default_workspace_dir())"
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=60, check=True)
    return Path(done.stdout.strip())


@pytest.mark.skipif(sys.platform == "darwin", reason="platformdirs ignores XDG variables on macOS")
def test_demo_never_touches_the_user_workspace(tmp_path):
    env = app_env(tmp_path)
    (tmp_path / "tmp").mkdir()
    default = default_dir_in(env)
    assert str(default).startswith(str(tmp_path))  # the test really points the app at tmp_path
    done = subprocess.run([sys.executable, "-m", "jinchang_desktop", "--demo", "--exit-after-startup"], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert not default.exists()
    assert not default.parent.exists()
    assert list((tmp_path / "tmp").iterdir()) == []  # the temporary copy is gone too


def test_without_a_workspace_the_wizard_comes_up_and_creates_nothing(tmp_path):
    env = app_env(tmp_path)
    script = ("import sys\n"
              "from PySide6.QtWidgets import QApplication\n"
              "from jinchang_desktop.cli import main\n"
              "code = main(['--exit-after-startup'])\n"
              "print(code, [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()])\n"
              "print('jinchang_desktop.commands.workspace_cmds' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=60)
    lines = done.stdout.strip().splitlines()
    assert lines[-2].startswith("0 ") and "FirstRunWizard" in lines[-2], done.stderr
    assert lines[-1] == "False"  # the desktop app starts without building the command line's parsers
    assert not default_dir_in(env).exists()
