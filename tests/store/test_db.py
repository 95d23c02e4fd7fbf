"""Opening the database: pragmas, refusals, the migration steps and the transaction helper."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jinchang_desktop.errors import JcError
from jinchang_desktop.store import db, migrations
from jinchang_desktop.store.db import SCHEMA_VERSION, open_database, open_reader, transaction


def test_new_database_has_wal_full_sync_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "workspace.sqlite3")
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == db.BUSY_TIMEOUT_S * 1000
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
    finally:
        conn.close()
    # A new, empty database has nothing worth a backup.
    assert not (tmp_path / "backups").exists()


def test_each_version_has_one_step() -> None:
    assert sorted(migrations.MIGRATIONS) == list(range(1, SCHEMA_VERSION + 1))
    for version, step in migrations.MIGRATIONS.items():
        assert step.__name__ == f"upgrade_to_{version}"
        assert getattr(db, step.__name__) is step


def test_reopening_a_current_database_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "workspace.sqlite3"
    open_database(path).close()
    conn = open_database(path)
    conn.close()
    assert not (tmp_path / "backups").exists()


def test_refuses_a_database_newer_than_the_code_and_leaves_it_alone(tmp_path: Path) -> None:
    path = tmp_path / "workspace.sqlite3"
    open_database(path).close()
    conn = sqlite3.connect(str(path))
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(JcError) as caught:
        open_database(path)
    error = caught.value
    assert error.rule == "schema-newer" and error.file == str(path)
    assert "更新版本" in error.zh and "newer version" in error.en
    assert str(path) in error.message()
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize("content", [b"this is a school table, not a database\n" * 20, b"\x00" * 4096,
                                     b"SQLite format 3\x00" + b"\xff" * 200])
def test_refuses_a_file_that_is_not_a_database(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "workspace.sqlite3"
    path.write_bytes(content)
    with pytest.raises(JcError) as caught:
        open_database(path)
    assert caught.value.rule == "sqlite-file"
    assert caught.value.file == str(path)
    assert "SQLite" in caught.value.zh and "not a SQLite database" in caught.value.en
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["workspace.sqlite3"]


def test_refuses_another_programs_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(str(path))
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(JcError) as caught:
        open_database(path)
    assert caught.value.rule == "application-id"
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with pytest.raises(JcError) as caught:
        open_database(path)
    assert caught.value.rule == "application-id"


def test_refuses_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(JcError) as caught:
        open_database(tmp_path / "missing" / "workspace.sqlite3")
    assert caught.value.rule == "sqlite-file"


def test_a_failing_step_leaves_the_old_version_and_names_the_backup(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "workspace.sqlite3"
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    migrations.upgrade_to_1(conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setitem(migrations.MIGRATIONS, 2, broken)
    with pytest.raises(JcError) as caught:
        open_database(path)
    assert caught.value.rule == "migration"
    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1 and str(backups[0]) in caught.value.en
    conn = sqlite3.connect(str(path))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert not conn.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchall()
    conn.close()


def test_transaction_commits_or_undoes_everything(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "workspace.sqlite3")
    with transaction(conn):
        conn.execute("INSERT INTO meta VALUES ('a', '1')")
    with pytest.raises(RuntimeError):
        with transaction(conn):
            conn.execute("INSERT INTO meta VALUES ('b', '2')")
            raise RuntimeError("stop")
    assert [r[0] for r in conn.execute("SELECT key FROM meta")] == ["a"]
    assert not conn.in_transaction
    conn.close()


def test_nested_transaction_is_a_savepoint_and_the_outer_one_decides(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "workspace.sqlite3")
    with transaction(conn):
        conn.execute("INSERT INTO meta VALUES ('outer', '1')")
        with pytest.raises(ValueError):
            with transaction(conn):
                conn.execute("INSERT INTO meta VALUES ('inner-undone', '1')")
                raise ValueError("inner")
        with transaction(conn):
            conn.execute("INSERT INTO meta VALUES ('inner-kept', '1')")
    assert sorted(r[0] for r in conn.execute("SELECT key FROM meta")) == ["inner-kept", "outer"]
    with pytest.raises(KeyError):
        with transaction(conn):
            with transaction(conn):
                conn.execute("INSERT INTO meta VALUES ('gone', '1')")
            raise KeyError("outer fails")
    assert sorted(r[0] for r in conn.execute("SELECT key FROM meta")) == ["inner-kept", "outer"]
    conn.close()


def test_transaction_refuses_a_connection_that_opens_its_own(tmp_path: Path) -> None:
    conn = sqlite3.connect(str(tmp_path / "x.sqlite3"))
    with pytest.raises(ValueError):
        with transaction(conn):
            pass
    conn.close()


def test_reader_sees_committed_data_and_cannot_write(tmp_path: Path) -> None:
    path = tmp_path / "workspace.sqlite3"
    writer = open_database(path)
    reader = open_reader(path)
    try:
        with transaction(writer):
            writer.execute("INSERT INTO meta VALUES ('k', 'v')")
        assert reader.execute("SELECT value FROM meta WHERE key = 'k'").fetchone()[0] == "v"
        with pytest.raises(sqlite3.OperationalError):
            reader.execute("INSERT INTO meta VALUES ('x', 'y')")
    finally:
        reader.close()
        writer.close()


def test_reader_refuses_a_database_not_yet_upgraded(tmp_path: Path) -> None:
    with pytest.raises(JcError):
        open_reader(tmp_path / "missing.sqlite3")
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    migrations.upgrade_to_1(conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()
    with pytest.raises(JcError) as caught:
        open_reader(path)
    assert caught.value.rule == "schema-version"
