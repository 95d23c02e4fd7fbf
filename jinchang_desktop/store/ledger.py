"""The problem ledger's rows: items, snapshots of their counts, and ledgers received in packages.

Rows are never deleted. Every change of an item (status, owner, deadline, measures, a hand-added item) writes an
audit row in the same transaction, with the field ``ledger.<id>.<what>``. The rules (which status an item may take,
what a refresh changes) are decided by ``jinchang_desktop.ledger``; this module only reads and writes, with a last
guard in SQL so that an item is closed only from ``ready`` (or, added by hand, from ``open``).

Takes the workspace's writer connection; one call is one transaction (or a savepoint inside the caller's).
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, fields
from typing import Any

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg
from jinchang_desktop.store.audit import Change, check_action, record_changes, utc_now
from jinchang_desktop.store.db import transaction
from jinchang_desktop.store.declared import check_year

STATUSES = ("open", "ready", "closed")
MAX_TEXT = 2000


@dataclass(frozen=True)
class NewItem:
    """An item as it is added: found in the data by a refresh, or typed by a person."""

    key: str
    origin: str
    county: str
    school_code: str | None
    section: str | None
    indicator: str | None
    text: str
    gap: float | None
    gap_unit: str
    blocks_verdict: int | None
    short: int | None
    owner: str
    owner_basis: str
    due: str | None
    due_set: int
    cost: float | None
    status: str


@dataclass(frozen=True)
class ItemRow(NewItem):
    """A stored item: what was added, and what the ledger has kept of it since."""

    id: int
    school_year: int
    measures: str
    close_note: str
    closed_at: str | None
    created_at: str
    updated_at: str


_COLUMNS = ", ".join(f.name for f in fields(ItemRow))
# What a refresh may rewrite on an item found in the data (never owner, due set by a person, measures or notes).
DATA_COLUMNS = ("county", "school_code", "section", "indicator", "text", "gap", "gap_unit", "blocks_verdict", "short",
                "cost")


@dataclass(frozen=True)
class ItemUpdate:
    """What a refresh changes on one existing item: data columns, a status, and the default deadline."""

    id: int
    data: dict[str, Any]
    status: str | None = None  # None: unchanged
    due: str | None = None  # a new default deadline (only for items whose deadline no person set)


def items(conn: sqlite3.Connection, school_year: int) -> list[ItemRow]:
    return [ItemRow(*row) for row in conn.execute(
        f"SELECT {_COLUMNS} FROM ledger_items WHERE school_year = ? ORDER BY id", (check_year(school_year),))]


def item(conn: sqlite3.Connection, school_year: int, item_id: int) -> ItemRow | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM ledger_items WHERE school_year = ? AND id = ?",
                       (check_year(school_year), item_id)).fetchone()
    return None if row is None else ItemRow(*row)


def _audit(row_id: int, what: str, old: Any, new: Any, *, year: int, school: str | None) -> Change:
    return Change(school, year, f"ledger.{row_id}.{what}", old, new)


def _insert(conn: sqlite3.Connection, year: int, new: NewItem, at: str) -> int:
    cursor = conn.execute(
        "INSERT INTO ledger_items (school_year, key, origin, county, school_code, section, indicator, text, gap, "
        "gap_unit, blocks_verdict, short, owner, owner_basis, due, due_set, cost, status, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (year, new.key, new.origin, new.county, new.school_code, new.section, new.indicator, new.text, new.gap,
         new.gap_unit, new.blocks_verdict, new.short, new.owner, new.owner_basis, new.due, new.due_set, new.cost,
         new.status, at, at))
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def write_refresh(conn: sqlite3.Connection, school_year: int, new_items: list[NewItem], updates: list[ItemUpdate],
                  *, counts: dict[str, Any] | None, trigger: str, action: str) -> list[int]:
    """Apply one refresh together: new items, changed items and (when ``counts`` is given) a snapshot.

    Status changes and new items are audited; a data column changing (a gap shrinking) is not, since the data
    change that caused it was audited where it happened. Returns the ids of the new items.
    """
    action, year = check_action(action), check_year(school_year)
    with transaction(conn):
        at = utc_now()
        changes: list[Change] = []
        ids = []
        for new in new_items:
            row_id = _insert(conn, year, new, at)
            ids.append(row_id)
            changes.append(_audit(row_id, "status", None, new.status, year=year, school=new.school_code))
        for update in updates:
            old = item(conn, year, update.id)
            if old is None:
                raise JcError(msg("台账中没有第 {id} 项", id=update.id), rule="ledger-item")
            sets = dict(update.data)
            if update.status is not None and update.status != old.status:
                sets["status"] = update.status
                changes.append(_audit(old.id, "status", old.status, update.status, year=year,
                                      school=old.school_code))
            if update.due is not None and not old.due_set and update.due != old.due:
                sets["due"] = update.due
            if not sets:
                continue
            sets["updated_at"] = at
            assignments = ", ".join(f"{name} = ?" for name in sets)
            conn.execute(f"UPDATE ledger_items SET {assignments} WHERE id = ?", (*sets.values(), old.id))
        if changes:
            record_changes(conn, changes, action=action, at=at, detail=f"ledger {trigger}")
        if counts is not None:
            conn.execute("INSERT INTO ledger_snapshots (school_year, at, trigger, counts) VALUES (?, ?, ?, ?)",
                         (year, at, trigger, json.dumps(counts, ensure_ascii=False, sort_keys=True)))
    return ids


def add_item(conn: sqlite3.Connection, school_year: int, new: NewItem, *, action: str) -> int:
    """A hand-added item (a problem found on a visit); its key is ``hand/<id>``."""
    action, year = check_action(action), check_year(school_year)
    with transaction(conn):
        at = utc_now()
        row_id = _insert(conn, year, new, at)
        conn.execute("UPDATE ledger_items SET key = ? WHERE id = ?", (f"hand/{row_id}", row_id))
        record_changes(conn, [_audit(row_id, "text", None, new.text, year=year, school=new.school_code)],
                       action=action, at=at, detail="ledger add")
    return row_id


def set_plan(conn: sqlite3.Connection, school_year: int, item_id: int, *, owner: str | None = None,
             due: str | None = None, measures: str | None = None, action: str) -> int:
    """Set an item's owner, deadline (ISO date, already checked) or measures; returns how many changed."""
    action, year = check_action(action), check_year(school_year)
    with transaction(conn):
        old = item(conn, year, item_id)
        if old is None:
            raise JcError(msg("台账中没有第 {item_id} 项", item_id=item_id), column="ITEM",
                          rule="ledger-item")
        sets: dict[str, Any] = {}
        changes = []
        for what, value, before in (("owner", owner, old.owner), ("due", due, old.due),
                                    ("measures", measures, old.measures)):
            if value is None or value == before:
                continue
            sets[what] = value
            changes.append(_audit(old.id, what, before, value, year=year, school=old.school_code))
        if owner is not None and owner != old.owner:
            sets["owner_basis"] = "set"
        if due is not None and due != old.due:
            sets["due_set"] = 1
        if not changes:
            return 0
        at = utc_now()
        sets["updated_at"] = at
        conn.execute(f"UPDATE ledger_items SET {', '.join(f'{k} = ?' for k in sets)} WHERE id = ?",
                     (*sets.values(), old.id))
        record_changes(conn, changes, action=action, at=at, detail="ledger set")
    return len(changes)


def close(conn: sqlite3.Connection, school_year: int, item_id: int, note: str, *, action: str) -> None:
    """Strike an item off (销号) with its note. Only a ready item, or a hand-added open one, can be closed."""
    action, year = check_action(action), check_year(school_year)
    with transaction(conn):
        at = utc_now()
        cursor = conn.execute(
            "UPDATE ledger_items SET status = 'closed', close_note = ?, closed_at = ?, updated_at = ? "
            "WHERE school_year = ? AND id = ? AND (status = 'ready' OR (origin = 'hand' AND status = 'open'))",
            (note, at, at, year, item_id))
        if cursor.rowcount != 1:
            raise JcError(msg("第 {item_id} 项不能销号", item_id=item_id), column="ITEM",
                          rule="ledger-close")
        row = item(conn, year, item_id)
        assert row is not None
        record_changes(conn, [_audit(item_id, "status", "ready" if row.origin == "data" else "open", "closed",
                                     year=year, school=row.school_code)], action=action, at=at,
                       detail=f"ledger close: {note}")


def snapshots(conn: sqlite3.Connection, school_year: int) -> list[tuple[str, str, dict[str, Any]]]:
    """(at, trigger, counts) of every snapshot of the year, oldest first."""
    return [(at, trigger, json.loads(counts)) for at, trigger, counts in conn.execute(
        "SELECT at, trigger, counts FROM ledger_snapshots WHERE school_year = ? ORDER BY id",
        (check_year(school_year),))]


def keep_received(conn: sqlite3.Connection, *, manifest_sha256: str, kind: str, issuer_code: str, issuer_name: str,
                  school_year: int, sequence: int, created: str, body: dict[str, Any]) -> None:
    """Keep the ledger a package carried (inside the package's own savepoint when importing)."""
    with transaction(conn):
        conn.execute(
            "INSERT OR IGNORE INTO ledger_received (manifest_sha256, kind, issuer_code, issuer_name, school_year, "
            "sequence, created, body) VALUES (?,?,?,?,?,?,?,?)",
            (manifest_sha256, kind, issuer_code, issuer_name, check_year(school_year), sequence, created,
             json.dumps(body, ensure_ascii=False, sort_keys=True)))


@dataclass(frozen=True)
class Received:
    manifest_sha256: str
    kind: str
    issuer_code: str
    issuer_name: str
    sequence: int
    created: str
    body: dict[str, Any]


def received(conn: sqlite3.Connection, school_year: int) -> list[Received]:
    """Every ledger received for the year, by issuer then sequence."""
    rows = conn.execute("SELECT manifest_sha256, kind, issuer_code, issuer_name, sequence, created, body "
                        "FROM ledger_received WHERE school_year = ? ORDER BY issuer_code, sequence",
                        (check_year(school_year),))
    return [Received(sha, kind, code, name, seq, created, json.loads(body))
            for sha, kind, code, name, seq, created, body in rows]


def accepted_packages(conn: sqlite3.Connection, school_year: int) -> list[tuple[str, str, int, str, str]]:
    """(kind, issuer code, sequence, manifest SHA-256, key fingerprint) of every accepted package of the year."""
    return [(str(a), str(b), int(c), str(d), str(e)) for a, b, c, d, e in conn.execute(
        "SELECT p.kind, p.issuer_code, p.sequence, p.manifest_sha256, COALESCE(k.fingerprint, '') FROM packages p "
        "LEFT JOIN keys k ON k.key_id = p.key_id WHERE p.status = 'accepted' AND p.school_year = ? "
        "ORDER BY p.issuer_code, p.sequence", (check_year(school_year),))]
