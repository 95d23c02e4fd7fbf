"""What-if scenarios saved by name, per school year, apart from declared data (a scenario never changes it).

The body is the scenario's JSON (``planning.whatif.Scenario.to_json``). Saving and deleting are audited like any
other write, with the scenario's name as the field.
"""
from __future__ import annotations

import sqlite3

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg
from jinchang_desktop.store.audit import Change, check_action, record_changes, utc_now
from jinchang_desktop.store.db import transaction
from jinchang_desktop.store.declared import check_year

MAX_NAME = 100


def _name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_NAME:
        raise JcError(msg("方案名称不能为空，且不超过 {MAX_NAME} 字", MAX_NAME=MAX_NAME), rule="scenario-name")
    return name


def save_scenario(conn: sqlite3.Connection, name: str, school_year: int, body: str, *, action: str) -> None:
    """Store (or replace) the scenario ``name``."""
    action, name, year = check_action(action), _name(name), check_year(school_year)
    with transaction(conn):
        row = conn.execute("SELECT body FROM scenarios WHERE name = ? AND school_year = ?", (name, year)).fetchone()
        if row is not None and row[0] == body:
            return
        at = utc_now()
        conn.execute("INSERT INTO scenarios (name, school_year, body, at) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT (name, school_year) DO UPDATE SET body = excluded.body, at = excluded.at",
                     (name, year, body, at))
        record_changes(conn, [Change(None, year, f"scenario.{name}", row[0] if row else None, body)], action=action,
                       at=at, detail="scenario")


def scenario_names(conn: sqlite3.Connection, school_year: int) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM scenarios WHERE school_year = ? ORDER BY name",
                                       (check_year(school_year),))]


def load_scenario(conn: sqlite3.Connection, name: str, school_year: int) -> str:
    row = conn.execute("SELECT body FROM scenarios WHERE name = ? AND school_year = ?",
                       (name, check_year(school_year))).fetchone()
    if row is None:
        raise JcError(msg("没有名为“{name}”的方案", name=name), rule="scenario-name")
    return str(row[0])


def delete_scenario(conn: sqlite3.Connection, name: str, school_year: int, *, action: str) -> None:
    action, year = check_action(action), check_year(school_year)
    with transaction(conn):
        body = load_scenario(conn, name, year)
        conn.execute("DELETE FROM scenarios WHERE name = ? AND school_year = ?", (name, year))
        record_changes(conn, [Change(None, year, f"scenario.{name}", body, None)], action=action, at=utc_now(),
                       detail="scenario")
