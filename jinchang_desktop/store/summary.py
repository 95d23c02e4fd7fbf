"""Named reads for the screens: whom a workspace holds, what it has received and sent (who it is: ``meta``).

Each function takes any connection to the workspace, usually the GUI's read-only one (``db.open_reader``), and
only reads. The module imports nothing of the store's write path, so the first screen can be drawn from it
before the writer connection is opened on the database worker.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import NamedTuple

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg
from jinchang_desktop.standards.records import SchoolRecord

Value = int | float


def declared_values(conn: sqlite3.Connection, code: str, year: int) -> dict[str, Value]:
    """A school's values for one school year, by field key."""
    return dict(conn.execute("SELECT field, value FROM declared WHERE school_code = ? AND school_year = ? "
                             "ORDER BY field", (code, year)))


def school_record(conn: sqlite3.Connection, code: str, year: int) -> SchoolRecord:
    """One school as the workspace holds it, with its values for ``year``; JcError if it is not there."""
    row = conn.execute("SELECT code, name, county, school_type, counted, parent_code FROM schools WHERE code = ?",
                       (code,)).fetchone()
    if row is None:
        raise JcError(msg("学校“{code}”不在本工作区中", code=code), rule="school-known")
    return SchoolRecord(code=row[0], name=row[1], county=row[2], school_type=row[3], counted=bool(row[4]),
                        parent_code=row[5], values=declared_values(conn, code, year))


def school_placement(conn: sqlite3.Connection, code: str) -> tuple[bool, str]:
    """(counted, parent code) of a school: the facts its county decides; (True, "") for a school not yet held."""
    row = conn.execute("SELECT counted, parent_code FROM schools WHERE code = ?", (code,)).fetchone()
    return (bool(row[0]), str(row[1] or "")) if row is not None else (True, "")


class OutboxRow(NamedTuple):
    kind: str
    sequence: int
    manifest_sha256: str
    path: str
    written_at: str


def outbox_rows(conn: sqlite3.Connection) -> list[OutboxRow]:
    """What this workspace has sent, newest first."""
    return [OutboxRow(*row) for row in conn.execute(
        "SELECT kind, sequence, manifest_sha256, path, written_at FROM outbox ORDER BY id DESC")]


@dataclass(frozen=True)
class LastPackage:
    sequence: int
    received_at: str
    file_name: str


@dataclass(frozen=True)
class HolderSummary:
    """One school (in a county) or county (in a city): who, its key, and the newest package accepted from it."""

    code: str
    name: str
    key_state: str  # "enrolled", "revoked" (no key in force) or "" (never enrolled)
    last_package: LastPackage | None


def _keys_by_holder(conn: sqlite3.Connection, role: str) -> dict[str, tuple[str, str]]:
    """holder code → (state, name): "enrolled" when a key is in force, else "revoked"."""
    states: dict[str, tuple[str, str]] = {}
    for code, status, name in conn.execute(
            "SELECT holder_code, status, holder_name FROM keys WHERE holder_role = ? ORDER BY enrolled_at", (role,)):
        if states.get(code, ("", ""))[0] != "enrolled":
            states[code] = (status, name)
    return states


def _last_packages(conn: sqlite3.Connection, kind: str, year: int) -> dict[str, LastPackage]:
    last: dict[str, LastPackage] = {}
    for code, sequence, received_at, file_name in conn.execute(
            "SELECT issuer_code, sequence, received_at, file_name FROM packages "
            "WHERE kind = ? AND school_year = ? AND status = 'accepted' ORDER BY issuer_code, sequence", (kind, year)):
        last[code] = LastPackage(int(sequence), str(received_at), str(file_name))
    return last


def county_schools(conn: sqlite3.Connection, year: int) -> list[tuple[HolderSummary, SchoolRecord]]:
    """A county's schools (every school it holds or has enrolled) with their records for ``year``, by code."""
    keys = _keys_by_holder(conn, "school")
    last = _last_packages(conn, "school-report", year)
    records: dict[str, SchoolRecord] = {}
    for code, name, county, school_type, counted, parent_code in conn.execute(
            "SELECT code, name, county, school_type, counted, parent_code FROM schools ORDER BY code"):
        records[code] = SchoolRecord(code=code, name=name, county=county, school_type=school_type,
                                     counted=bool(counted), parent_code=parent_code, values={})
    for code, field, value in conn.execute(
            "SELECT school_code, field, value FROM declared WHERE school_year = ? ORDER BY school_code", (year,)):
        if code in records:
            records[code].values[field] = value
    codes = sorted(set(records) | set(keys))
    rows = []
    for code in codes:
        record = records.get(code) or SchoolRecord(code=code, name=keys[code][1], county="", school_type="",
                                                   values={})
        state = keys.get(code, ("", ""))[0]
        rows.append((HolderSummary(code, record.name, state, last.get(code)), record))
    return rows


def city_counties(conn: sqlite3.Connection, year: int) -> list[tuple[HolderSummary, int]]:
    """A city's counties (enrolled or reported) with the number of schools each has reported, by code."""
    keys = _keys_by_holder(conn, "county")
    last = _last_packages(conn, "county-report", year)
    names = {code: name for code, (_state, name) in keys.items()}
    schools: dict[str, int] = {}
    for (issuer,) in conn.execute("SELECT DISTINCT issuer_code FROM packages WHERE kind = 'county-report'"):
        names.setdefault(str(issuer), "")
    for county, count in conn.execute("SELECT county, count(*) FROM schools GROUP BY county"):
        schools[str(county)] = int(count)
    rows = []
    for code in sorted(names):
        name = names[code] or code
        rows.append((HolderSummary(code, name, keys.get(code, ("", ""))[0], last.get(code)),
                     schools.get(name, 0)))
    return rows


def package_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How many packages the workspace holds, by status (accepted, held …)."""
    return {str(status): int(count) for status, count in
            conn.execute("SELECT status, count(*) FROM packages GROUP BY status")}
