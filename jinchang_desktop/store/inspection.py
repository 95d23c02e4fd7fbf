"""The site visit's tables: packs taken, verified values, attachments, checklists and the visits that stand.

Verified values never touch ``declared``: they are a layer beside it. Each write is one transaction with its audit
row, so a visit entered field by field survives a power cut with every field committed so far.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from jinchang_desktop.store.audit import Change, check_action, record_changes, utc_now
from jinchang_desktop.store.db import transaction
from jinchang_desktop.store.declared import Value, check_value, check_year

STATUSES = ("ok", "not-ok", "unchecked")


@dataclass(frozen=True)
class Verified:
    field: str
    value: Value | None
    note: str
    at: str


@dataclass(frozen=True)
class Attachment:
    sha256: str
    field: str
    name: str
    size: int
    at: str


@dataclass(frozen=True)
class Visit:
    school_code: str
    inspector_code: str
    manifest_sha256: str
    visited_at: str


def _audit_field(field: str) -> str:
    return f"verified.{field}"


# -- packs ----------------------------------------------------------------------------------------------------

def add_pack(conn: sqlite3.Connection, manifest_sha256: str, county_code: str, school_year: int, body: str) -> None:
    with transaction(conn):
        conn.execute("INSERT OR REPLACE INTO inspection_packs (manifest_sha256, county_code, school_year, body, "
                     "opened_at) VALUES (?, ?, ?, ?, ?)",
                     (manifest_sha256, county_code, check_year(school_year), body, utc_now()))


def latest_pack(conn: sqlite3.Connection, school_year: int) -> tuple[str, str] | None:
    """(manifest SHA-256, body) of the pack opened last for the year."""
    row = conn.execute("SELECT manifest_sha256, body FROM inspection_packs WHERE school_year = ? "
                       "ORDER BY opened_at DESC, rowid DESC LIMIT 1", (check_year(school_year),)).fetchone()
    return (row[0], row[1]) if row else None


# -- verified values ------------------------------------------------------------------------------------------

def set_verified(conn: sqlite3.Connection, school_code: str, school_year: int, field: str, value: object | None,
                 note: str | None = None, *, action: str, detail: str = "") -> None:
    """One field's verified value (None: none) and note (None: keep) in one transaction with its audit row."""
    action = check_action(action)
    year = check_year(school_year)
    stored = None if value is None else check_value(field, value)
    with transaction(conn):
        old = conn.execute("SELECT value, note FROM verified WHERE school_code = ? AND school_year = ? AND field = ?",
                           (school_code, year, field)).fetchone()
        new_note = (old[1] if old else "") if note is None else note.strip()
        if old is not None and old[0] == stored and type(old[0]) is type(stored) and old[1] == new_note:
            return
        at = utc_now()
        if stored is None and not new_note:
            conn.execute("DELETE FROM verified WHERE school_code = ? AND school_year = ? AND field = ?",
                         (school_code, year, field))
        else:
            conn.execute("INSERT INTO verified (school_code, school_year, field, value, note, at) "
                         "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (school_code, school_year, field) DO UPDATE SET "
                         "value = excluded.value, note = excluded.note, at = excluded.at",
                         (school_code, year, field, stored, new_note, at))
        record_changes(conn, [Change(school_code, year, _audit_field(field), old[0] if old else None, stored)],
                       action=action, at=at, detail=detail or new_note)


def verified_of(conn: sqlite3.Connection, school_code: str, school_year: int) -> dict[str, Verified]:
    rows = conn.execute("SELECT field, value, note, at FROM verified WHERE school_code = ? AND school_year = ? "
                        "ORDER BY field", (school_code, check_year(school_year)))
    return {r[0]: Verified(r[0], r[1], r[2], r[3]) for r in rows}


def verified_values(conn: sqlite3.Connection, school_year: int) -> dict[str, dict[str, Value]]:
    """school code → field → verified value, for every school with one (the county's verified layer)."""
    result: dict[str, dict[str, Value]] = {}
    for code, field, value in conn.execute("SELECT school_code, field, value FROM verified WHERE school_year = ? "
                                           "AND value IS NOT NULL ORDER BY school_code, field",
                                           (check_year(school_year),)):
        result.setdefault(code, {})[field] = value
    return result


def replace_findings(conn: sqlite3.Connection, school_code: str, school_year: int, *, values: Mapping[str, Value],
                     notes: Mapping[str, str], checklist: Mapping[str, str], attachments: list[Attachment],
                     visit: Visit, action: str, detail: str) -> None:
    """A visit's whole findings for one school replace the previous visit's (inside the caller's savepoint)."""
    year = check_year(school_year)
    at = utc_now()
    with transaction(conn):
        old = {r[0]: r[1] for r in conn.execute(
            "SELECT field, value FROM verified WHERE school_code = ? AND school_year = ?", (school_code, year))}
        conn.execute("DELETE FROM verified WHERE school_code = ? AND school_year = ?", (school_code, year))
        conn.execute("DELETE FROM inspection_checklist WHERE school_code = ? AND school_year = ?", (school_code, year))
        conn.execute("DELETE FROM inspection_attachments WHERE school_code = ? AND school_year = ?",
                     (school_code, year))
        fields = sorted(set(values) | set(notes))
        conn.executemany("INSERT INTO verified (school_code, school_year, field, value, note, at) "
                         "VALUES (?, ?, ?, ?, ?, ?)",
                         [(school_code, year, f, values.get(f), notes.get(f, ""), at) for f in fields])
        conn.executemany("INSERT INTO inspection_checklist (school_code, school_year, item, status, at) "
                         "VALUES (?, ?, ?, ?, ?)", [(school_code, year, k, s, at) for k, s in checklist.items()])
        conn.executemany("INSERT INTO inspection_attachments (school_code, school_year, sha256, field, name, size, "
                         "at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         [(school_code, year, a.sha256, a.field, a.name, a.size, at) for a in attachments])
        conn.execute("INSERT INTO inspection_visits (school_code, school_year, inspector_code, manifest_sha256, "
                     "visited_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (school_code, school_year) DO UPDATE SET "
                     "inspector_code = excluded.inspector_code, manifest_sha256 = excluded.manifest_sha256, "
                     "visited_at = excluded.visited_at",
                     (school_code, year, visit.inspector_code, visit.manifest_sha256, visit.visited_at))
        changes = [Change(school_code, year, _audit_field(f), old.get(f), values.get(f))
                   for f in sorted(set(old) | set(values)) if old.get(f) != values.get(f)]
        record_changes(conn, changes or [Change(school_code, year, None, None, None)], action=action, at=at,
                       detail=detail)


def visit_of(conn: sqlite3.Connection, school_code: str, school_year: int) -> Visit | None:
    row = conn.execute("SELECT school_code, inspector_code, manifest_sha256, visited_at FROM inspection_visits "
                       "WHERE school_code = ? AND school_year = ?", (school_code, check_year(school_year))).fetchone()
    return Visit(*row) if row else None


def visits(conn: sqlite3.Connection, school_year: int) -> list[Visit]:
    return [Visit(*r) for r in conn.execute(
        "SELECT school_code, inspector_code, manifest_sha256, visited_at FROM inspection_visits "
        "WHERE school_year = ? ORDER BY school_code", (check_year(school_year),))]


# -- attachments and checklist --------------------------------------------------------------------------------

def add_attachment(conn: sqlite3.Connection, school_code: str, school_year: int, attachment: Attachment, *,
                   action: str) -> None:
    year = check_year(school_year)
    with transaction(conn):
        conn.execute("INSERT OR IGNORE INTO inspection_attachments (school_code, school_year, sha256, field, name, "
                     "size, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (school_code, year, attachment.sha256, attachment.field, attachment.name, attachment.size,
                      attachment.at))
        record_changes(conn, [Change(school_code, year, "attachment", None, attachment.sha256)], action=action,
                       at=attachment.at, detail=attachment.name)


def attachments_of(conn: sqlite3.Connection, school_code: str, school_year: int) -> list[Attachment]:
    return [Attachment(*r) for r in conn.execute(
        "SELECT sha256, field, name, size, at FROM inspection_attachments WHERE school_code = ? AND school_year = ? "
        "ORDER BY at, sha256", (school_code, check_year(school_year)))]


def set_checklist(conn: sqlite3.Connection, school_code: str, school_year: int, item: str, status: str, *,
                  action: str) -> None:
    if status not in STATUSES:
        raise ValueError(status)
    year = check_year(school_year)
    at = utc_now()
    with transaction(conn):
        old = conn.execute("SELECT status FROM inspection_checklist WHERE school_code = ? AND school_year = ? AND "
                           "item = ?", (school_code, year, item)).fetchone()
        conn.execute("INSERT INTO inspection_checklist (school_code, school_year, item, status, at) VALUES "
                     "(?, ?, ?, ?, ?) ON CONFLICT (school_code, school_year, item) DO UPDATE SET "
                     "status = excluded.status, at = excluded.at", (school_code, year, item, status, at))
        record_changes(conn, [Change(school_code, year, f"checklist.{item}", old[0] if old else None, status)],
                       action=action, at=at)


def checklist_of(conn: sqlite3.Connection, school_code: str, school_year: int) -> dict[str, str]:
    return dict(conn.execute("SELECT item, status FROM inspection_checklist WHERE school_code = ? AND "
                             "school_year = ? ORDER BY item", (school_code, check_year(school_year))))


def declared_dump(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    """Every row of the declared table, in key order: what "the declared layer is unchanged" is checked against."""
    return conn.execute("SELECT school_code, school_year, field, value, typeof(value), updated_at FROM declared "
                        "ORDER BY school_code, school_year, field").fetchall()
