"""The store fails cleanly: locked, full, read-only, damaged, foreign or empty databases each give a bilingual
message and exit 2, leave the data as it was, and a read-only workspace can still be assessed and verified against."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from jinchang_desktop.errors import JcError
from jinchang_desktop.exchange.importer import import_packages
from jinchang_desktop.exchange.load import load_table
from jinchang_desktop.exchange.reports import export_report
from jinchang_desktop.store import db
from jinchang_desktop.store.workspace import DB_NAME, Workspace
from tests.exchange.conftest import Chain
from tests.exchange.helpers import TABLE, USAGE, audit_count, cli, data_dump
from tests.hostile.faults import can_mount, fill, make_read_only, small_filesystem, write_lock_held


def two_reports(chain: Chain) -> list[Path]:
    paths = [chain.usb / "a-1.jcpkg", chain.usb / "b-1.jcpkg"]
    export_report(chain.a, paths[0])
    export_report(chain.b, paths[1])
    return paths


def state(path: Path) -> tuple[object, int, list[str]]:
    with Workspace.open(path) as ws:
        return data_dump(ws.conn), audit_count(ws.conn), sorted(p.name for p in ws.quarantine_dir.iterdir())


def test_a_full_database_max_page_count(chain: Chain) -> None:
    packages = two_reports(chain)
    path = chain.county.path
    chain.county.close()
    before = state(path)
    with pytest.raises(JcError) as refusal:
        with Workspace.open(path) as ws:
            pages = ws.conn.execute("PRAGMA page_count").fetchone()[0]
            ws.conn.execute(f"PRAGMA max_page_count = {pages}")  # the database may not grow by one page
            import_packages(ws, packages)
    assert refusal.value.rule == "store-full" and "Nothing was changed" in refusal.value.en
    assert "磁盘已满" in refusal.value.zh and refusal.value.file == str(path / DB_NAME)
    assert state(path) == before


def test_a_full_filesystem(chain: Chain, tmp_path: Path) -> None:
    packages = two_reports(chain)
    chain.county.close()
    if not can_mount():  # the same refusal through the page limit (above) is all a non-root run can make
        return
    with small_filesystem(tmp_path / "stick", 1024) as stick:
        county = stick / "county"
        shutil.copytree(chain.county.path, county)
        before = state(county)
        filler = fill(stick)
        result = cli("import", county, *packages)
        assert result.returncode == USAGE, result.stdout + result.stderr
        assert "Traceback" not in result.stderr and ("store-full" in result.stderr or "rule: io" in result.stderr)
        filler.unlink()
        assert state(county) == before


def test_a_second_process_holding_the_write_lock(chain: Chain, monkeypatch: pytest.MonkeyPatch) -> None:
    packages = two_reports(chain)
    path = chain.county.path
    chain.county.close()
    before = state(path)
    monkeypatch.setattr(db, "BUSY_TIMEOUT_S", 0.2)  # the real wait is 10 s; the outcome is the same
    with write_lock_held(path / DB_NAME):
        with pytest.raises(JcError) as refusal:
            with Workspace.open(path) as ws:
                import_packages(ws, packages)
    assert refusal.value.rule == "store-locked" and "another program" in refusal.value.en
    assert state(path) == before


def test_a_read_only_workspace_is_assessed_and_verified_but_not_written(chain: Chain, tmp_path: Path) -> None:
    load_table(chain.county, TABLE)
    packages = two_reports(chain)
    chain.county.close()
    medium = tmp_path / "cdrom"
    mounted = small_filesystem(medium, 4096) if can_mount() else None
    if mounted is not None:
        mounted.__enter__()
    try:
        county = medium / "county"
        shutil.copytree(chain.county.path, county)
        before = state(county)
        make_read_only(medium)
        assessed = cli("assess", county)
        assert assessed.returncode == 0, assessed.stderr
        verified = cli("verify", packages[0], "--workspace", county)
        assert verified.returncode in (0, 1) and "Traceback" not in verified.stderr
        assert "cannot read the database" not in verified.stderr
        refused = cli("import", county, *packages)
        assert refused.returncode == USAGE and "store-read-only" in refused.stderr, refused.stderr
        assert "Traceback" not in refused.stderr
        assert state(county) == before
    finally:
        if mounted is not None:
            mounted.__exit__(None, None, None)


def test_a_damaged_database_points_to_the_backups(chain: Chain, tmp_path: Path) -> None:
    load_table(chain.county, TABLE)
    chain.county.close()
    county = tmp_path / "county-copy"
    shutil.copytree(chain.county.path, county)
    path = county / DB_NAME
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 4 * page
    for offset in range(2 * page, len(data) - page, page):  # every page after the first two: headers destroyed
        data[offset:offset + 16] = b"\xff" * 16
    path.write_bytes(bytes(data))
    damaged = path.read_bytes()
    result = cli("integrity", county)
    assert result.returncode == USAGE and "Traceback" not in result.stderr
    assert "store-corrupt" in result.stderr and "backups" in result.stderr
    for command in (("assess", county), ("requests", county)):
        result = cli(*command)
        assert "Traceback" not in result.stderr, result.stderr
    assert path.read_bytes() == damaged


def test_a_dropped_table_is_a_foreign_database(chain: Chain, tmp_path: Path) -> None:
    load_table(chain.county, TABLE)
    chain.county.close()
    county = tmp_path / "county-copy"
    shutil.copytree(chain.county.path, county)
    import sqlite3

    conn = sqlite3.connect(county / DB_NAME)
    conn.execute("DROP TABLE declared")
    conn.commit()
    conn.close()
    result = cli("assess", county)
    assert result.returncode == USAGE and "store-foreign" in result.stderr and "Traceback" not in result.stderr


def test_an_empty_database_file_is_refused_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / DB_NAME).write_bytes(b"")
    for command in ("assess", "integrity"):
        result = cli(command, folder)
        assert result.returncode == USAGE and "0 bytes" in result.stderr and "Traceback" not in result.stderr
    assert (folder / DB_NAME).read_bytes() == b""
    assert sorted(p.name for p in folder.iterdir()) == [DB_NAME]
