"""Packages a workspace has received (``packages``) and sent (``outbox``): the chains import and export follow.

Every function takes the writer connection and runs inside the caller's transaction, so that a package's row,
its data and its audit rows commit together.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from jinchang_desktop.common import utc_now


@dataclass(frozen=True)
class HeldPackage:
    manifest_sha256: str
    kind: str
    issuer_code: str
    key_id: str
    school_year: int
    sequence: int
    previous: str
    received_at: str
    file_name: str
    status: str
    reason: str


@dataclass(frozen=True)
class PackageRow:
    """What import stores of a package: its manifest fields, by name."""

    manifest_sha256: str
    kind: str
    issuer_code: str
    key_id: str
    school_year: int
    sequence: int
    previous: str
    created: str
    file_name: str
    manifest: str


def is_accepted(conn: sqlite3.Connection, manifest_sha256: str) -> bool:
    return conn.execute("SELECT 1 FROM packages WHERE manifest_sha256 = ? AND status = 'accepted'",
                        (manifest_sha256,)).fetchone() is not None


def latest_accepted(conn: sqlite3.Connection, issuer_code: str, kind: str, key_id: str) -> tuple[int, str] | None:
    """(sequence, manifest SHA-256) of the newest package accepted from this issuer, kind and key."""
    row = conn.execute(
        "SELECT sequence, manifest_sha256 FROM packages WHERE issuer_code = ? AND kind = ? AND key_id = ? "
        "AND status = 'accepted' ORDER BY sequence DESC LIMIT 1", (issuer_code, kind, key_id)).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def accepted_at(conn: sqlite3.Connection, issuer_code: str, kind: str, key_id: str, sequence: int) -> str | None:
    """The manifest SHA-256 of the package accepted at ``sequence`` in this chain, if any."""
    row = conn.execute(
        "SELECT manifest_sha256 FROM packages WHERE issuer_code = ? AND kind = ? AND key_id = ? AND sequence = ? "
        "AND status = 'accepted'", (issuer_code, kind, key_id, sequence)).fetchone()
    return None if row is None else str(row[0])


def record_accepted(conn: sqlite3.Connection, row: PackageRow) -> None:
    """The package's row as accepted (a package held before and accepted now is updated)."""
    conn.execute(
        "INSERT INTO packages (manifest_sha256, kind, issuer_code, key_id, school_year, sequence, previous, "
        "created, received_at, file_name, status, reason, manifest) VALUES (?,?,?,?,?,?,?,?,?,?,'accepted','',?) "
        "ON CONFLICT (manifest_sha256) DO UPDATE SET status = 'accepted', reason = '', "
        "received_at = excluded.received_at",
        (row.manifest_sha256, row.kind, row.issuer_code, row.key_id, row.school_year, row.sequence, row.previous,
         row.created, utc_now(), row.file_name, row.manifest))


def record_held(conn: sqlite3.Connection, row: PackageRow, status: str, reason: str) -> None:
    """Remember a package held for a person (fork, pending trust); a package held before keeps its first row."""
    conn.execute(
        "INSERT OR IGNORE INTO packages (manifest_sha256, kind, issuer_code, key_id, school_year, sequence, "
        "previous, created, received_at, file_name, status, reason, manifest) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (row.manifest_sha256, row.kind, row.issuer_code, row.key_id, row.school_year, row.sequence, row.previous,
         row.created, utc_now(), row.file_name, status, reason, row.manifest))


def set_status(conn: sqlite3.Connection, manifest_sha256: str, status: str, reason: str) -> None:
    conn.execute("UPDATE packages SET status = ?, reason = ? WHERE manifest_sha256 = ?",
                 (status, reason, manifest_sha256))


_HELD_COLUMNS = ("manifest_sha256, kind, issuer_code, key_id, school_year, sequence, previous, received_at, "
                 "file_name, status, reason")


def packages_with_status(conn: sqlite3.Connection, status: str) -> list[HeldPackage]:
    return [HeldPackage(*row) for row in conn.execute(
        f"SELECT {_HELD_COLUMNS} FROM packages WHERE status = ? ORDER BY issuer_code, sequence", (status,))]


def find_package(conn: sqlite3.Connection, sha_prefix: str) -> list[HeldPackage]:
    """Packages whose manifest SHA-256 starts with ``sha_prefix`` (lower-case hex)."""
    return [HeldPackage(*row) for row in conn.execute(
        f"SELECT {_HELD_COLUMNS} FROM packages WHERE substr(manifest_sha256, 1, ?) = ?",
        (len(sha_prefix), sha_prefix))]


def accepted_from(conn: sqlite3.Connection, issuer_code: str, kind: str, sequence: int) -> list[HeldPackage]:
    """Accepted packages of an issuer's chain from ``sequence`` on (whatever key signed them)."""
    return [HeldPackage(*row) for row in conn.execute(
        f"SELECT {_HELD_COLUMNS} FROM packages WHERE issuer_code = ? AND kind = ? AND sequence >= ? "
        "AND status = 'accepted' ORDER BY sequence", (issuer_code, kind, sequence))]


def newest_roster_sequence(conn: sqlite3.Connection, key_id: str) -> int | None:
    row = conn.execute("SELECT max(sequence) FROM packages WHERE kind = 'roster' AND key_id = ? "
                       "AND status = 'accepted'", (key_id,)).fetchone()
    return None if row[0] is None else int(row[0])


def report_sources(conn: sqlite3.Connection, school_year: int) -> dict[str, str]:
    """School code → manifest SHA-256 of the newest school report accepted for the year."""
    return dict(conn.execute(
        "SELECT issuer_code, manifest_sha256 FROM packages WHERE kind = 'school-report' AND status = 'accepted' "
        "AND school_year = ? ORDER BY received_at, sequence", (school_year,)))


def received_heads(conn: sqlite3.Connection, kind: str) -> dict[str, tuple[int, str]]:
    """Issuer code → (sequence, manifest SHA-256) of the newest package of ``kind`` accepted from it."""
    heads: dict[str, tuple[int, str]] = {}
    for code, sequence, sha in conn.execute(
            "SELECT issuer_code, sequence, manifest_sha256 FROM packages WHERE kind = ? AND status = 'accepted' "
            "ORDER BY issuer_code, sequence", (kind,)):
        heads[str(code)] = (int(sequence), str(sha))
    return heads


# -- the outbox: what this workspace has sent ----------------------------------------------------------------

def last_sent(conn: sqlite3.Connection, kind: str) -> tuple[int, str] | None:
    """(sequence, manifest SHA-256) of the newest package of ``kind`` this workspace wrote."""
    row = conn.execute("SELECT sequence, manifest_sha256 FROM outbox WHERE kind = ? ORDER BY sequence DESC LIMIT 1",
                       (kind,)).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def add_sent(conn: sqlite3.Connection, *, kind: str, sequence: int, manifest_sha256: str, path: str) -> None:
    conn.execute("INSERT INTO outbox (kind, sequence, manifest_sha256, path, written_at) VALUES (?, ?, ?, ?, ?)",
                 (kind, sequence, manifest_sha256, path, utc_now()))
