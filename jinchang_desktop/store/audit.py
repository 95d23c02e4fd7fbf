"""The audit log: every change of declared data and every import decision, with when and by which action.

Rows are only ever added. A change's row is written in the same transaction as the change itself, so the log
and the data can never disagree after a crash.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from jinchang_desktop.common import utc_now
from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg
from jinchang_desktop.store.db import transaction

# A value as the log holds it: a number, a text (a school's name, an explanation) or nothing.
AuditValue = int | float | str | None


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    action: str
    school_code: str | None
    school_year: int | None
    field: str | None
    old: AuditValue
    new: AuditValue
    detail: str


@dataclass(frozen=True)
class Change:
    """One value changing; ``old`` None means it was absent, ``new`` None that it was removed."""

    school_code: str | None
    school_year: int | None
    field: str | None
    old: AuditValue
    new: AuditValue


def check_action(action: str) -> str:
    if not isinstance(action, str) or not action.strip():
        raise JcError(msg("必须说明是哪项操作写入的数据"),
                      rule="audit-action")
    return action.strip()


def record_changes(conn: sqlite3.Connection, changes: Iterable[Change], *, action: str, at: str,
                   detail: str = "") -> None:
    """Add one audit row per change. Must run inside the transaction that makes the changes."""
    if not conn.in_transaction:
        raise RuntimeError("audit rows are written inside the transaction of the change they record")
    conn.executemany(
        "INSERT INTO audit (at, action, school_code, school_year, field, old, new, detail) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(at, action, c.school_code, c.school_year, c.field, c.old, c.new, detail) for c in changes],
    )


def record_decision(conn: sqlite3.Connection, *, action: str, detail: str, school_code: str | None = None,
                    school_year: int | None = None) -> None:
    """Log a decision that changes no value, e.g. a package refused, held or found identical.

    Joins the caller's transaction when there is one, so an accepted package and its log row commit together.
    """
    action = check_action(action)
    with transaction(conn):
        record_changes(conn, [Change(school_code, school_year, None, None, None)], action=action, at=utc_now(),
                       detail=detail)


def audit_entries(conn: sqlite3.Connection, school_code: str | None = None, *, school_year: int | None = None,
                  field: str | None = None, action: str | None = None, limit: int = 500) -> list[AuditEntry]:
    """Audit rows, newest first, optionally only those of one school, year, field or action."""
    where: list[str] = []
    params: list[object] = []
    for column, value in (("school_code", school_code), ("school_year", school_year), ("field", field),
                          ("action", action)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    sql = "SELECT id, at, action, school_code, school_year, field, old, new, detail FROM audit"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC LIMIT ?"
    params.append(limit)
    return [AuditEntry(*row) for row in conn.execute(sql, params)]
