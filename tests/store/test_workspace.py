"""Creating and opening workspace folders."""
from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from jinchang_desktop.errors import JcError
from jinchang_desktop.packages.keys import load_private_key
from jinchang_desktop.store.audit import audit_entries
from jinchang_desktop.store.workspace import ROLES, Workspace, default_workspace_dir
from tests.store.conftest import YEAR


def test_create_lays_out_the_folder(tmp_path: Path) -> None:
    path = tmp_path / "a" / "county"
    with Workspace.create(path, role="county", code="620321", name="永昌县教育局", county="永昌县",
                          school_year=YEAR) as ws:
        assert sorted(p.name for p in path.iterdir() if not p.name.startswith("workspace.sqlite3-")) == [
            "backups", "key.pem", "quarantine", "workspace.sqlite3"]
        assert (ws.role, ws.code, ws.name, ws.county, ws.profile_id, ws.school_year) == (
            "county", "620321", "永昌县教育局", "永昌县", "national", YEAR)
        assert ws.get_meta("key_id") == ws.keypair.key_id
        assert ws.get_meta("fingerprint") == ws.keypair.fingerprint
        assert ws.keypair.public_bytes == load_private_key(path / "key.pem").public_bytes
    assert [p.name for p in path.parent.iterdir()] == ["county"]  # no staging folder left behind
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0  # the folder holding the key is private


def test_each_role_can_be_created(tmp_path: Path) -> None:
    for role in ROLES:
        with Workspace.create(tmp_path / role, role=role, code=f"C-{role}", name=role, school_year=YEAR,
                              profile_id="jinchang") as ws:
            assert ws.role == role and ws.profile_id == "jinchang"


def test_the_key_is_read_only_when_needed(tmp_path: Path) -> None:
    Workspace.create(tmp_path / "ws", role="city", code="6203", name="金昌市教育局", school_year=YEAR).close()
    (tmp_path / "ws" / "key.pem").unlink()
    with Workspace.open(tmp_path / "ws") as ws:
        assert ws.code == "6203"  # opening needs no key
        with pytest.raises(JcError):
            _ = ws.keypair


@pytest.mark.parametrize(("kwargs", "rule"), [
    ({"role": "headmaster"}, "role"),
    ({"code": " "}, "required"),
    ({"name": ""}, "required"),
    ({"school_year": 1850}, "school-year"),
    ({"profile_id": ""}, "required"),
])
def test_create_refuses_bad_identity(tmp_path: Path, kwargs: dict[str, object], rule: str) -> None:
    args: dict[str, object] = {"role": "school", "code": "1", "name": "n", "school_year": YEAR, **kwargs}
    with pytest.raises(JcError) as caught:
        Workspace.create(tmp_path / "ws", **args)  # type: ignore[arg-type]
    assert caught.value.rule == rule
    assert not (tmp_path / "ws").exists()


def test_create_refuses_an_existing_workspace_a_file_or_a_full_folder(tmp_path: Path) -> None:
    Workspace.create(tmp_path / "ws", role="school", code="1", name="n", school_year=YEAR).close()
    key = (tmp_path / "ws" / "key.pem").read_bytes()
    with pytest.raises(JcError) as caught:
        Workspace.create(tmp_path / "ws", role="school", code="2", name="m", school_year=YEAR)
    assert caught.value.rule == "workspace-exists" and "已经有一个工作区" in caught.value.zh
    assert (tmp_path / "ws" / "key.pem").read_bytes() == key
    (tmp_path / "file").write_text("x")
    with pytest.raises(JcError):
        Workspace.create(tmp_path / "file", role="school", code="2", name="m", school_year=YEAR)
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("x")
    with pytest.raises(JcError):
        Workspace.create(tmp_path / "full", role="school", code="2", name="m", school_year=YEAR)
    # An empty folder is fine.
    (tmp_path / "empty").mkdir()
    Workspace.create(tmp_path / "empty", role="school", code="2", name="m", school_year=YEAR).close()


FULL_DISK = """
import resource, signal, sys
from pathlib import Path
from jinchang_desktop.store.workspace import Workspace

# A real limit on how large a file this process may write (a quota, as a full stick would be): the key fits,
# the database does not, and the write fails with the operating system's own error.
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))
try:
    Workspace.create(Path(sys.argv[1]) / "ws", role="school", code="1", name="n", school_year=2025)
except Exception as exc:
    print(type(exc).__name__, exc)
else:
    print("created")
"""


def test_a_failed_create_leaves_nothing(tmp_path: Path) -> None:
    from tests.conftest import REPO

    done = subprocess.run([sys.executable, "-c", FULL_DISK, str(tmp_path)], cwd=REPO, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(("OperationalError", "OSError", "JcError")), done.stdout
    assert list(tmp_path.iterdir()) == []


def test_open_refuses_what_is_not_a_workspace(tmp_path: Path) -> None:
    with pytest.raises(JcError) as caught:
        Workspace.open(tmp_path / "missing")
    assert "不存在" in caught.value.zh and "does not exist" in caught.value.en
    with pytest.raises(JcError) as caught:
        Workspace.open(tmp_path)
    assert "不是工作区" in caught.value.zh and "not a workspace" in caught.value.en
    assert caught.value.file == str(tmp_path)
    assert not (tmp_path / "workspace.sqlite3").exists()  # nothing created by looking
    (tmp_path / "workspace.sqlite3").write_bytes(b"PK\x03\x04 a zip, not a database" * 10)
    with pytest.raises(JcError) as caught:
        Workspace.open(tmp_path)
    assert caught.value.rule == "sqlite-file"


def test_open_refuses_a_database_without_workspace_identity(tmp_path: Path) -> None:
    Workspace.create(tmp_path / "ws", role="school", code="1", name="n", school_year=YEAR).close()
    conn = sqlite3.connect(str(tmp_path / "ws" / "workspace.sqlite3"))
    conn.execute("DELETE FROM meta WHERE key = 'role'")
    conn.commit()
    conn.close()
    with pytest.raises(JcError) as caught:
        Workspace.open(tmp_path / "ws")
    assert "role" in caught.value.en


def test_open_restores_missing_folders(tmp_path: Path) -> None:
    Workspace.create(tmp_path / "ws", role="school", code="1", name="n", school_year=YEAR).close()
    (tmp_path / "ws" / "quarantine").rmdir()
    with Workspace.open(tmp_path / "ws") as ws:
        assert ws.quarantine_dir.is_dir()


def test_set_meta_checks_and_audits(county_ws: Workspace) -> None:
    county_ws.set_meta("school_year", "2026")
    assert county_ws.school_year == 2026
    county_ws.set_meta("code", "620302", action="roster-import")
    assert county_ws.code == "620302"
    [entry] = audit_entries(county_ws.conn, field="meta.code")
    assert (entry.action, entry.old, entry.new) == ("roster-import", "620321", "620302")
    with pytest.raises(JcError):
        county_ws.set_meta("role", "emperor")
    with pytest.raises(JcError):
        county_ws.set_meta("school_year", "next year")
    assert county_ws.role == "county"
    county_ws.set_meta("note", "anything")
    assert county_ws.get_meta("note") == "anything" and county_ws.get_meta("absent", "d") == "d"


def test_reader_is_a_separate_read_only_connection(school_ws: Workspace) -> None:
    reader = school_ws.reader()
    try:
        assert reader.execute("SELECT value FROM meta WHERE key = 'role'").fetchone()[0] == "school"
        assert reader.execute("PRAGMA query_only").fetchone()[0] == 1
    finally:
        reader.close()


def test_default_workspace_dir_is_under_the_user_data_dir() -> None:
    import platformdirs

    path = default_workspace_dir()
    assert path.name == "workspace"
    assert path.parent == Path(platformdirs.user_data_dir("jinchang-desktop", appauthor=False))
    assert "jinchang-desktop" in path.parts
