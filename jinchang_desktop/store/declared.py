"""A school's declared data per school year (学年): who the school is in ``schools``, its numbers in ``declared``.

Every function takes the workspace's writer connection (``Workspace.conn``) so that a caller can put several
writes into one transaction of its own (``with transaction(conn): …``), as importing a package does. Each write
function is one transaction by itself, or a savepoint inside the caller's, and writes its audit rows in it.
Everything is checked before anything is written: a refused value leaves the store as it was.

Cross-field checks (``standards.validate``) are not applied here: a form is filled one field at a time and may
pass through impossible states; they block an export instead.
"""
from __future__ import annotations

import functools
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg
from jinchang_desktop.standards.fields import FieldDef, field_catalogue
from jinchang_desktop.standards.numbers import NumberError, parse_number
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.store.audit import AuditValue, Change, check_action, record_changes, utc_now
from jinchang_desktop.store.db import transaction
from jinchang_desktop.text_rules import check_code, check_name

# Where a school's row came from: its own workspace, typed in by the county, a signed package, a county roster.
SOURCES = ("self", "county-entry", "package", "roster")
YEAR_MIN, YEAR_MAX = 2000, 2100

Value = int | float

# Audit names of the identity columns, in the order of the SELECT in _Plan.school: the catalogue's keys, so
# that the log reads like the school table.
_IDENTITY = ("school_name", "county", "school_type", "counted", "parent_code", "source")


@dataclass(frozen=True)
class School:
    code: str
    name: str
    county: str
    school_type: str  # a key of the catalogue's school types, or "" until known
    counted: bool
    parent_code: str
    source: str
    updated_at: str = ""


@dataclass(frozen=True)
class LoadResult:
    schools_added: int
    values_changed: int


def check_year(school_year: object) -> int:
    if isinstance(school_year, bool) or not isinstance(school_year, int) or not YEAR_MIN <= school_year <= YEAR_MAX:
        raise JcError(msg("学年“{school_year}”无效，应为 {YEAR_MIN}–{YEAR_MAX} 之间的年份", school_year=school_year,
                          YEAR_MIN=YEAR_MIN, YEAR_MAX=YEAR_MAX), rule="school-year")
    return school_year


def check_value(field: str, value: object) -> Value:
    """The stored form of ``value`` for the numeric ``field``: finite, not negative, whole for int fields."""
    spec = _numeric_fields().get(field)
    if spec is None:
        raise JcError(msg("未知的数据项“{field}”", field=field), column=str(field), rule="field")
    # The common case (a whole number in range) is decided here: imports check every value of every package.
    if type(value) is int and spec.minimum <= value and (spec.maximum is None or value <= spec.maximum):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise JcError(msg("“{value!r}”不是数字", value=value), column=spec.label_zh,
                      rule="non-negative-number")
    try:
        number = parse_number(value, whole=spec.kind == "int")
    except NumberError as exc:
        raise JcError(msg("{reason}（{field}）", reason=exc, field=field), column=spec.label_zh,
                      rule="non-negative-number") from None
    if number < spec.minimum:  # a code such as 举办者类型 starts at 1
        raise JcError(msg("数值 {number} 低于下限 {minimum:g}（{field}）", number=number, minimum=spec.minimum,
                          field=field), column=spec.label_zh, rule="range")
    if spec.maximum is not None and number > spec.maximum:
        raise JcError(msg("数值 {number} 超过上限 {maximum:g}（{field}）", number=number, maximum=spec.maximum,
                          field=field), column=spec.label_zh, rule="range")
    return number


@functools.lru_cache(maxsize=1)
def _numeric_fields() -> dict[str, FieldDef]:
    return {key: spec for key, spec in field_catalogue().fields.items() if spec.numeric}


def check_school(code: str, *, name: str, county: str = "", school_type: str = "", counted: bool = True,
                 parent_code: str = "", source: str) -> School:
    """A school's identity, checked against the one text rule (``text_rules``); raises JcError."""
    code = check_code(code, what=msg("学校的标识码"), column="学校标识码")
    name = check_name(name, what=msg("学校的名称"), column="学校名称")
    county = check_name(county, what=msg("所属的县区"), column="所属县区")
    parent_code = check_code(parent_code, what=msg("上级学校标识码"))
    if not code:
        raise JcError(msg("学校标识码不能为空"), rule="required")
    if not name:
        raise JcError(msg("学校“{code}”缺少名称", code=code), rule="required")
    if school_type and school_type not in field_catalogue().school_types:
        raise JcError(msg("未知的学校类型“{school_type}”", school_type=school_type), rule="school-type")
    if source not in SOURCES:
        raise JcError(msg("未知的数据来源“{source}”", source=source), rule="source")
    return School(code=code, name=name, county=county, school_type=school_type, counted=bool(counted),
                  parent_code=parent_code, source=source)


def upsert_school(conn: sqlite3.Connection, code: str, *, name: str, county: str = "", school_type: str = "",
                  counted: bool = True, parent_code: str = "", source: str, action: str, detail: str = "") -> bool:
    """Add a school or update who it is; each changed item is audited. True when the school is new."""
    action = check_action(action)
    school = check_school(code, name=name, county=county, school_type=school_type, counted=counted,
                          parent_code=parent_code, source=source)
    with transaction(conn):
        plan = _Plan(utc_now())
        added = plan.school(conn, school)
        plan.execute(conn, action=action, detail=detail)
    return added


def rename_school(conn: sqlite3.Connection, old_code: str, new_code: str, *, action: str, detail: str = "") -> None:
    """Move a school and all its data to another code (e.g. its official code from a county roster), audited.

    Earlier audit rows keep the old code: they record what happened under it.
    """
    action = check_action(action)
    new_code = str(new_code).strip()
    if not new_code:
        raise JcError(msg("学校标识码不能为空"), rule="required")
    with transaction(conn):
        require_school(conn, old_code)
        if old_code == new_code:
            return
        if conn.execute("SELECT 1 FROM schools WHERE code = ?", (new_code,)).fetchone() is not None:
            raise JcError(msg("学校标识码“{new_code}”已被另一所学校使用", new_code=new_code),
                          rule="unique-code")
        # The children move after their parent row; the check waits for the end of the transaction.
        conn.execute("PRAGMA defer_foreign_keys = ON")
        conn.execute("UPDATE schools SET code = ?, updated_at = ? WHERE code = ?", (new_code, utc_now(), old_code))
        for table in ("declared", "explanations", "identity_requests"):
            conn.execute(f"UPDATE {table} SET school_code = ? WHERE school_code = ?", (new_code, old_code))
        record_changes(conn, [Change(new_code, None, "school_code", old_code, new_code)], action=action,
                       at=utc_now(), detail=detail)


def get_school(conn: sqlite3.Connection, code: str) -> School | None:
    """One school's identity as this workspace holds it (for a county: its roster), or None."""
    row = conn.execute("SELECT code, name, county, school_type, counted, parent_code, source, updated_at "
                       "FROM schools WHERE code = ?", (code,)).fetchone()
    return None if row is None else School(row[0], row[1], row[2], row[3], bool(row[4]), row[5], row[6], row[7])


def schools_of_other_counties(conn: sqlite3.Connection, codes: Sequence[str], county: str) -> dict[str, str]:
    """Those of ``codes`` this workspace holds under another county than ``county``: code → that county."""
    held: dict[str, str] = {}
    for start in range(0, len(codes), 500):  # stay under SQLite's limit on bound parameters
        part = list(codes[start:start + 500])
        held.update(conn.execute(
            f"SELECT code, county FROM schools WHERE county != ? AND code IN ({','.join('?' * len(part))})",
            (county, *part)).fetchall())
    return held


def list_schools(conn: sqlite3.Connection, *, county: str | None = None) -> list[School]:
    """The schools known to the workspace, by code; only one county's when ``county`` is given."""
    sql = "SELECT code, name, county, school_type, counted, parent_code, source, updated_at FROM schools"
    params: tuple[str, ...] = ()
    if county is not None:
        sql += " WHERE county = ?"
        params = (county,)
    return [School(code, name, cty, stype, bool(counted), parent, source, updated)
            for code, name, cty, stype, counted, parent, source, updated in conn.execute(sql + " ORDER BY code",
                                                                                          params)]


def set_field(conn: sqlite3.Connection, school_code: str, school_year: int, field: str, value: Value | None, *,
              action: str, detail: str = "") -> None:
    """Write one value (None removes it) and its audit row in one transaction. Unchanged values write nothing."""
    set_fields(conn, school_code, school_year, {field: value}, action=action, detail=detail)


def set_fields(conn: sqlite3.Connection, school_code: str, school_year: int, values: Mapping[str, Value | None],
               *, action: str, detail: str = "") -> None:
    """Write several values of one school and year (None removes one) in one transaction."""
    action = check_action(action)
    year = check_year(school_year)
    checked = _checked_values(values)
    with transaction(conn):
        require_school(conn, school_code)
        plan = _Plan(utc_now())
        plan.values(conn, school_code, year, checked, replace=False)
        plan.execute(conn, action=action, detail=detail)


def get_record(conn: sqlite3.Connection, school_code: str, school_year: int) -> SchoolRecord:
    """One school's identity and its stored values for the year (fields without a value are absent)."""
    year = check_year(school_year)
    row = conn.execute("SELECT code, name, county, school_type, counted, parent_code FROM schools WHERE code = ?",
                       (school_code,)).fetchone()
    if row is None:
        raise _unknown_school(school_code)
    values = dict(conn.execute("SELECT field, value FROM declared WHERE school_code = ? AND school_year = ? "
                               "ORDER BY field", (school_code, year)))
    return SchoolRecord(code=row[0], name=row[1], county=row[2], school_type=row[3], counted=bool(row[4]),
                        parent_code=row[5], values=values)


def records_for_year(conn: sqlite3.Connection, school_year: int) -> list[SchoolRecord]:
    """A record for every school of the workspace, by code, with its values for the year (maybe none)."""
    year = check_year(school_year)
    records = {
        code: SchoolRecord(code=code, name=name, county=county, school_type=stype, counted=bool(counted),
                           parent_code=parent)
        for code, name, county, stype, counted, parent in conn.execute(
            "SELECT code, name, county, school_type, counted, parent_code FROM schools ORDER BY code")
    }
    for code, field, value in conn.execute(
            "SELECT school_code, field, value FROM declared WHERE school_year = ? ORDER BY school_code, field",
            (year,)):
        records[code].values[field] = value
    return list(records.values())


def load_records(conn: sqlite3.Connection, records: Sequence[SchoolRecord], school_year: int, *, action: str,
                 source: str, replace: bool = False, detail: str = "") -> LoadResult:
    """Store a whole table of schools and their values in one transaction: all of it, or none of it.

    Each record's identity is added or updated; each of its values is written. A field a record does not carry
    is left as stored, unless ``replace`` is true (a package that states a school's complete data), when it is
    removed. Every record is checked first; any problem raises JcError naming the record's row and school.
    """
    action = check_action(action)
    year = check_year(school_year)
    prepared: list[tuple[School, dict[str, Value | None]]] = []
    seen: set[str] = set()
    for record in records:
        try:
            school = check_school(record.code, name=record.name, county=record.county,
                                  school_type=record.school_type, counted=record.counted,
                                  parent_code=record.parent_code, source=source)
            if school.code in seen:
                raise JcError(msg("学校标识码重复"), rule="unique-code")
            values = _checked_values(record.values)
        except JcError as exc:
            raise JcError(msg("学校“{code}”：{exc}", code=record.code, exc=exc), file=exc.file,
                          row=record.row, column=exc.column, rule=exc.rule) from None
        seen.add(school.code)
        prepared.append((school, values))
    added = changed = 0
    with transaction(conn):
        plan = _Plan(utc_now())
        for school, values in prepared:
            added += plan.school(conn, school)
            changed += plan.values(conn, school.code, year, values, replace=replace)
        plan.execute(conn, action=action, detail=detail)
    return LoadResult(schools_added=added, values_changed=changed)


def _checked_values(values: Mapping[str, Value | None]) -> dict[str, Value | None]:
    checked: dict[str, Value | None] = {}
    for field, value in values.items():
        if value is None:
            check_value(field, 0)  # the field must still be one we know
            checked[field] = None
        else:
            checked[field] = check_value(field, value)
    return checked


def _unknown_school(code: str) -> JcError:
    return JcError(msg("学校“{code}”不在本工作区中", code=code), rule="school-known")


def require_school(conn: sqlite3.Connection, code: str) -> None:
    """Raise JcError unless the school is in the workspace."""
    if conn.execute("SELECT 1 FROM schools WHERE code = ?", (code,)).fetchone() is None:
        raise _unknown_school(code)


class _Plan:
    """The rows one transaction writes, gathered first so that each statement runs once over all of them."""

    def __init__(self, at: str) -> None:
        self.at = at
        self.schools: list[tuple[object, ...]] = []
        # A value not stored yet is inserted, a stored one updated: a plain INSERT runs faster than an upsert.
        self.inserts: list[tuple[str, int, str, Value, str]] = []
        self.updates: list[tuple[Value, str, str, int, str]] = []
        self.deletes: list[tuple[str, int, str]] = []
        self.changes: list[Change] = []

    def school(self, conn: sqlite3.Connection, school: School) -> bool:
        """Plan adding or updating a school; True when it is new."""
        row = conn.execute("SELECT name, county, school_type, counted, parent_code, source FROM schools "
                           "WHERE code = ?", (school.code,)).fetchone()
        new: tuple[AuditValue, ...] = (school.name, school.county, school.school_type, int(school.counted),
                                       school.parent_code, school.source)
        old: tuple[AuditValue, ...] = tuple(row) if row is not None else (None,) * len(new)
        changes = [Change(school.code, None, key, before, after)
                   for key, before, after in zip(_IDENTITY, old, new, strict=True) if before != after]
        if changes:
            self.schools.append((school.code, *new, self.at))
            self.changes.extend(changes)
        return row is None

    def values(self, conn: sqlite3.Connection, code: str, year: int, values: Mapping[str, Value | None], *,
               replace: bool) -> int:
        """Plan writing a school's values for the year; the number of values that change."""
        stored: dict[str, Value] = dict(conn.execute(
            "SELECT field, value FROM declared WHERE school_code = ? AND school_year = ?", (code, year)))
        wanted = dict(values)
        if replace:
            wanted.update({field: None for field in stored if field not in values})
        count = 0
        for field, new in wanted.items():
            old = stored.get(field)
            if old == new and type(old) is type(new):
                continue
            count += 1
            self.changes.append(Change(code, year, field, old, new))
            if new is None:
                self.deletes.append((code, year, field))
            elif old is None:
                self.inserts.append((code, year, field, new, self.at))
            else:
                self.updates.append((new, self.at, code, year, field))
        return count

    def execute(self, conn: sqlite3.Connection, *, action: str, detail: str) -> None:
        """Write the planned rows and their audit rows; the caller holds the transaction."""
        # Schools first: declared rows refer to them.
        conn.executemany(
            "INSERT INTO schools (code, name, county, school_type, counted, parent_code, source, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
            "county = excluded.county, school_type = excluded.school_type, counted = excluded.counted, "
            "parent_code = excluded.parent_code, source = excluded.source, updated_at = excluded.updated_at",
            self.schools)
        conn.executemany("INSERT INTO declared (school_code, school_year, field, value, updated_at) "
                         "VALUES (?, ?, ?, ?, ?)", self.inserts)
        conn.executemany("UPDATE declared SET value = ?, updated_at = ? "
                         "WHERE school_code = ? AND school_year = ? AND field = ?", self.updates)
        conn.executemany("DELETE FROM declared WHERE school_code = ? AND school_year = ? AND field = ?", self.deletes)
        record_changes(conn, self.changes, action=action, at=self.at, detail=detail)
