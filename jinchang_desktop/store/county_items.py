"""County-wide items declared by county staff (STANDARD §5–§7), per county and school year, with a note.

Values arrive already parsed and range-checked (``standards.county_items.parse_item``); qualitative items
are stored as 1 (是) or 0 (否). Takes the workspace's writer connection, like ``store.declared``: one call is
one transaction (or a savepoint inside the caller's) and writes one audit row per changed item in it.
"""
from __future__ import annotations

import math
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg
from jinchang_desktop.store.audit import Change, check_action, record_changes, utc_now
from jinchang_desktop.store.db import transaction
from jinchang_desktop.store.declared import check_year

MAX_NOTE = 2000
StoredValue = int | float


@dataclass(frozen=True)
class StoredItem:
    key: str
    value: StoredValue
    note: str
    at: str


def audit_field(key: str) -> str:
    """The audit log's ``field`` of an item: prefixed so it never reads as a school-table field."""
    return f"county_item.{key}"


def _stored(key: str, value: object) -> StoredValue:
    if isinstance(value, bool):
        return int(value)
    if not isinstance(value, (int, float)) or (isinstance(value, float) and not math.isfinite(value)):
        raise JcError(msg("县域指标“{key}”的值不是数字", key=key),
                      column=key, rule="county-item-number")
    return value


def set_county_items(conn: sqlite3.Connection, county: str, school_year: int,
                     values: Mapping[str, bool | int | float], *, note: str | None = None, action: str) -> int:
    """Store several items at once (all or none); the note, when given, is kept with each. Returns changes."""
    action = check_action(action)
    year = check_year(school_year)
    county = county.strip()
    if not county:
        raise JcError(msg("县域指标必须属于一个县区"), rule="county")
    note_text = (note or "").strip()
    if len(note_text) > MAX_NOTE:
        raise JcError(msg("佐证说明不能超过 {MAX_NOTE} 字", MAX_NOTE=MAX_NOTE),
                      rule="county-item-note")
    stored = {key: _stored(key, value) for key, value in values.items()}
    with transaction(conn):
        old = {item.key: item for item in county_items(conn, county, year)}
        at = utc_now()
        changes = []
        for key, value in stored.items():
            before = old.get(key)
            new_note = note_text if note is not None else (before.note if before else "")
            if before is not None and before.value == value and type(before.value) is type(value) \
                    and before.note == new_note:
                continue
            conn.execute(
                "INSERT INTO county_items (county, school_year, key, value, note, at) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (county, school_year, key) DO UPDATE SET value = excluded.value, "
                "note = excluded.note, at = excluded.at", (county, year, key, value, new_note, at))
            changes.append((Change(None, year, audit_field(key), before.value if before else None, value),
                            new_note))
        for change, change_note in changes:
            detail = f"{county}：{change_note}" if change_note else county
            record_changes(conn, [change], action=action, at=at, detail=detail)
    return len(changes)


def county_items(conn: sqlite3.Connection, county: str, school_year: int) -> list[StoredItem]:
    """The county's declared items for the year, by key."""
    rows = conn.execute("SELECT key, value, note, at FROM county_items WHERE county = ? AND school_year = ? "
                        "ORDER BY key", (county, check_year(school_year)))
    return [StoredItem(*row) for row in rows]


def counties_with_items(conn: sqlite3.Connection, school_year: int) -> list[str]:
    return [row[0] for row in conn.execute(
        "SELECT DISTINCT county FROM county_items WHERE school_year = ? ORDER BY county", (check_year(school_year),))]
