"""Upgrading a database of every past schema version (tests/fixtures/store/) to the current one."""
from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from jinchang_desktop.store.db import SCHEMA_VERSION, open_database
from jinchang_desktop.store.declared import get_record, set_field
from jinchang_desktop.store.explanations import explanations, set_explanation
from jinchang_desktop.store.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "store"
PAST_VERSIONS = list(range(1, SCHEMA_VERSION))


def fixture(version: int) -> Path:
    return FIXTURES / f"workspace-v{version}.sqlite3"


def schema(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    return sorted(conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))


def dump(conn: sqlite3.Connection, tables: list[str]) -> dict[str, list[tuple[object, ...]]]:
    return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def test_there_is_a_fixture_for_every_past_version() -> None:
    found = sorted(int(m.group(1)) for p in FIXTURES.glob("workspace-v*.sqlite3")
                   if (m := re.fullmatch(r"workspace-v(\d+)\.sqlite3", p.name)))
    assert found == PAST_VERSIONS, "run: python -m tests.fixtures.store.make_fixtures"


@pytest.mark.parametrize("version", PAST_VERSIONS)
def test_upgrade_from_each_past_version(tmp_path: Path, version: int) -> None:
    workspace = tmp_path / "ws"
    workspace.mkdir()
    path = workspace / "workspace.sqlite3"
    shutil.copyfile(fixture(version), path)  # never open the committed file itself
    old = sqlite3.connect(str(path))
    assert old.execute("PRAGMA user_version").fetchone()[0] == version
    old_tables = sqlite_utils.Database(old).table_names()
    before = dump(old, old_tables)
    old.close()

    conn = open_database(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert not conn.execute("PRAGMA foreign_key_check").fetchall()
        assert dump(conn, old_tables) == before  # nothing held before is lost or altered
        fresh = open_database(tmp_path / "fresh.sqlite3")
        assert schema(conn) == schema(fresh)  # an upgraded file is exactly a new one
        fresh.close()
    finally:
        conn.close()

    backups = list((workspace / "backups").iterdir())
    assert len(backups) == 1
    assert re.fullmatch(rf"workspace\.v{version}\.\d{{8}}T\d{{6}}Z\.sqlite3", backups[0].name)
    copy = sqlite3.connect(str(backups[0]))
    assert copy.execute("PRAGMA user_version").fetchone()[0] == version
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert dump(copy, old_tables) == before
    copy.close()

    # Opening again does not back up again.
    open_database(path).close()
    assert len(list((workspace / "backups").iterdir())) == 1


@pytest.mark.parametrize("version", PAST_VERSIONS)
def test_an_upgraded_workspace_works(tmp_path: Path, version: int) -> None:
    folder = tmp_path / "ws"
    folder.mkdir()
    shutil.copyfile(fixture(version), folder / "workspace.sqlite3")
    with Workspace.open(folder) as ws:
        assert (ws.role, ws.code, ws.school_year) == ("county", "620321", 2025)
        record = get_record(ws.conn, "2162100001", 2025)
        assert record.values["teaching_aux_area_m2"] == 7980.5
        assert record.values["primary_students"] == 1480
        set_field(ws.conn, "2162100001", 2025, "primary_students", 1490, action="entry")
        set_explanation(ws.conn, "2162100001", 2025, "primary_students", "新增一个班", action="entry")
        assert explanations(ws.conn, "2162100001", 2025) == {"primary_students": "新增一个班"}
        assert ws.quarantine_dir.is_dir() and ws.backups_dir.is_dir()


def test_two_backups_in_the_same_second_do_not_collide(tmp_path: Path) -> None:
    from jinchang_desktop.store.db import backup_database

    path = tmp_path / "workspace.sqlite3"
    conn = open_database(path)
    first = backup_database(conn, path, 1)
    second = backup_database(conn, path, 1)
    conn.close()
    assert first != second and first.exists() and second.exists()
    assert not list(tmp_path.glob("backups/*.partial"))


def test_current_schema_tables_and_keys() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    from jinchang_desktop.store.migrations import MIGRATIONS

    for step in MIGRATIONS.values():
        step(conn)
    database = sqlite_utils.Database(conn)
    assert set(database.table_names()) == {"meta", "schools", "declared", "audit", "keys", "packages", "outbox",
                                           "explanations", "county_items", "scenarios", "identity_requests",
                                           "ledger_items", "ledger_snapshots", "ledger_received",
                                           "inspection_packs", "verified", "inspection_attachments",
                                           "inspection_checklist", "inspection_visits"}
    assert database["verified"].pks == ["school_code", "school_year", "field"]
    assert database["declared"].pks == ["school_code", "school_year", "field"]
    assert database["explanations"].pks == ["school_code", "school_year", "field"]
    assert database["packages"].pks == ["manifest_sha256"]
    assert set(database["audit"].columns_dict) == {"id", "at", "action", "school_code", "school_year", "field", "old",
                                                   "new", "detail"}
    assert {fk.other_table for fk in database["declared"].foreign_keys} == {"schools"}
