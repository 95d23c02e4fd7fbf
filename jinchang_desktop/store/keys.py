"""The keys a county (or city) trusts, and the one its school pinned: rows of ``keys``, read and written here."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from jinchang_desktop.common import utc_now


@dataclass(frozen=True)
class KeyRecord:
    key_id: str
    holder_code: str
    holder_role: str
    holder_name: str
    status: str
    fingerprint: str
    enrolled_at: str
    revoked_at: str | None


_COLUMNS = "key_id, holder_code, holder_role, holder_name, status, fingerprint, enrolled_at, revoked_at"


def key_record(conn: sqlite3.Connection, key_id: str) -> KeyRecord | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM keys WHERE key_id = ?", (key_id,)).fetchone()
    return None if row is None else KeyRecord(*row)


def keys_of(conn: sqlite3.Connection, holder_code: str | None = None) -> list[KeyRecord]:
    """Every key, or those of one holder, oldest enrolment first."""
    if holder_code:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM keys WHERE holder_code = ? ORDER BY enrolled_at",
                            (holder_code,))
    else:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM keys ORDER BY enrolled_at")
    return [KeyRecord(*row) for row in rows]


def add_key(conn: sqlite3.Connection, *, key_id: str, public_key: bytes, holder_code: str, holder_role: str,
            holder_name: str, fingerprint: str) -> None:
    """Enrol a key (inside the caller's transaction, which also writes the decision's audit row)."""
    conn.execute(
        "INSERT INTO keys (key_id, public_key, holder_code, holder_role, holder_name, status, enrolled_at, "
        "fingerprint) VALUES (?, ?, ?, ?, ?, 'enrolled', ?, ?)",
        (key_id, public_key, holder_code, holder_role, holder_name, utc_now(), fingerprint))


def mark_revoked(conn: sqlite3.Connection, key_id: str) -> None:
    """Stop trusting a key from now on (inside the caller's transaction)."""
    conn.execute("UPDATE keys SET status = 'revoked', revoked_at = ? WHERE key_id = ? AND status = 'enrolled'",
                 (utc_now(), key_id))


def holder_name(conn: sqlite3.Connection, holder_code: str) -> str | None:
    """The name a holder was first enrolled under: at the city, a county's name is the city's record, fixed at
    its first enrolment, never what a later package or request calls it."""
    row = conn.execute("SELECT holder_name FROM keys WHERE holder_code = ? ORDER BY enrolled_at, key_id LIMIT 1",
                       (holder_code,)).fetchone()
    return None if row is None else str(row[0])


def holder_of_name(conn: sqlite3.Connection, name: str, role: str) -> str | None:
    """The code of the holder of ``role`` enrolled under ``name``, if any."""
    row = conn.execute("SELECT holder_code FROM keys WHERE holder_name = ? AND holder_role = ? LIMIT 1",
                       (name, role)).fetchone()
    return None if row is None else str(row[0])
