"""A school's declared data: writes with their audit rows, refusals that write nothing, and round trips."""
from __future__ import annotations

import math
import sqlite3
from pathlib import Path

import pytest

from jinchang_desktop.errors import JcError
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.table import read_table
from jinchang_desktop.store.audit import audit_entries, record_decision
from jinchang_desktop.store.db import transaction
from jinchang_desktop.store.declared import (
    get_record,
    list_schools,
    load_records,
    records_for_year,
    rename_school,
    set_field,
    set_fields,
    upsert_school,
)
from jinchang_desktop.store.explanations import explanations, set_explanation
from jinchang_desktop.store.workspace import Workspace
from tests.store.conftest import SCHOOL_CODE, YEAR

REPO = Path(__file__).resolve().parent.parent.parent


def snapshot(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3").fetchall()
            for t in ("schools", "declared", "audit", "explanations")}


def test_set_field_writes_the_value_and_one_audit_row(school_ws: Workspace) -> None:
    conn = school_ws.conn
    set_field(conn, SCHOOL_CODE, YEAR, "primary_students", 1480, action="entry")
    set_field(conn, SCHOOL_CODE, YEAR, "primary_students", 1490, action="entry", detail="corrected")
    set_field(conn, SCHOOL_CODE, YEAR, "primary_students", 1490, action="entry")  # unchanged: nothing logged
    set_field(conn, SCHOOL_CODE, YEAR, "primary_students", None, action="clear")
    rows = audit_entries(conn, SCHOOL_CODE, field="primary_students")
    assert [(e.action, e.old, e.new, e.school_year, e.detail) for e in reversed(rows)] == [
        ("entry", None, 1480, YEAR, ""), ("entry", 1480, 1490, YEAR, "corrected"), ("clear", 1490, None, YEAR, "")]
    assert all(e.at.endswith("Z") for e in rows)
    assert "primary_students" not in get_record(conn, SCHOOL_CODE, YEAR).values


def test_values_keep_their_kind(school_ws: Workspace) -> None:
    conn = school_ws.conn
    set_fields(conn, SCHOOL_CODE, YEAR, {"primary_students": 1480, "teaching_aux_area_m2": 7980.5,
                                         "sports_ground_area_m2": 11900.0, "training_budget_yuan": 0.1},
               action="entry")
    values = get_record(conn, SCHOOL_CODE, YEAR).values
    assert values == {"primary_students": 1480, "teaching_aux_area_m2": 7980.5, "sports_ground_area_m2": 11900,
                      "training_budget_yuan": 0.1}
    assert type(values["primary_students"]) is int and type(values["teaching_aux_area_m2"]) is float


BAD_VALUES = [
    ("primary_students", -1, "non-negative-number"),
    ("primary_students", 1.5, "non-negative-number"),
    ("primary_students", math.nan, "non-negative-number"),
    ("teaching_aux_area_m2", math.inf, "non-negative-number"),
    ("teaching_aux_area_m2", -0.5, "non-negative-number"),
    ("primary_students", "12", "non-negative-number"),
    ("primary_students", True, "non-negative-number"),
    ("primary_students", 20001, "range"),
    ("no_such_field", 1, "field"),
    ("school_name", 1, "field"),  # a text field holds no number
]


@pytest.mark.parametrize(("field", "value", "rule"), BAD_VALUES)
def test_invalid_values_are_refused_and_nothing_is_written(school_ws: Workspace, field: str, value: object,
                                                           rule: str) -> None:
    conn = school_ws.conn
    set_field(conn, SCHOOL_CODE, YEAR, "primary_students", 100, action="entry")
    before = snapshot(conn)
    with pytest.raises(JcError) as caught:
        set_field(conn, SCHOOL_CODE, YEAR, field, value, action="entry")  # type: ignore[arg-type]
    assert caught.value.rule == rule
    assert caught.value.zh and caught.value.en
    with pytest.raises(JcError):
        set_fields(conn, SCHOOL_CODE, YEAR, {"junior_students": 5, field: value}, action="entry")  # type: ignore
    assert snapshot(conn) == before
    assert not conn.in_transaction


@pytest.mark.parametrize(("code", "year", "action", "rule"), [
    ("9999999999", YEAR, "entry", "school-known"),
    (SCHOOL_CODE, 1999, "entry", "school-year"),
    (SCHOOL_CODE, "2025", "entry", "school-year"),
    (SCHOOL_CODE, YEAR, " ", "audit-action"),
])
def test_unknown_school_bad_year_or_no_action_is_refused(school_ws: Workspace, code: str, year: int, action: str,
                                                         rule: str) -> None:
    before = snapshot(school_ws.conn)
    with pytest.raises(JcError) as caught:
        set_field(school_ws.conn, code, year, "primary_students", 1, action=action)
    assert caught.value.rule == rule
    assert snapshot(school_ws.conn) == before


def test_school_identity_changes_are_audited(county_ws: Workspace) -> None:
    conn = county_ws.conn
    assert upsert_school(conn, "2162100002", name="永昌县第二小学", county="永昌县", school_type="primary",
                         source="county-entry", action="entry") is True
    assert upsert_school(conn, "2162100002", name="永昌县第二小学", county="永昌县", school_type="nine_year",
                         source="county-entry", action="entry") is False
    changes = audit_entries(conn, "2162100002", field="school_type")
    assert [(e.old, e.new) for e in reversed(changes)] == [(None, "primary"), ("primary", "nine_year")]
    schools = list_schools(conn, county="永昌县")
    assert [(s.code, s.school_type, s.source) for s in schools] == [("2162100002", "nine_year", "county-entry")]
    assert list_schools(conn, county="金川区") == []
    with pytest.raises(JcError) as caught:
        upsert_school(conn, "2162100003", name="x", school_type="castle", source="county-entry", action="entry")
    assert caught.value.rule == "school-type"
    with pytest.raises(JcError):
        upsert_school(conn, "2162100003", name="x", source="rumour", action="entry")
    with pytest.raises(JcError):
        upsert_school(conn, " ", name="x", source="self", action="entry")


def test_school_workspace_starts_with_its_own_school(school_ws: Workspace) -> None:
    [school] = list_schools(school_ws.conn)
    assert (school.code, school.name, school.county, school.source) == (SCHOOL_CODE, "永昌县第一小学", "永昌县", "self")
    record = get_record(school_ws.conn, SCHOOL_CODE, YEAR)
    assert record.values == {} and record.counted


def test_demo_table_round_trips_through_the_store(county_ws: Workspace) -> None:
    records = read_table(REPO / "resources" / "demo" / "jinchang-schools.csv")
    result = load_records(county_ws.conn, records, YEAR, action="load", source="county-entry",
                          detail="jinchang-schools.csv")
    assert result.schools_added == len(records)
    assert result.values_changed == sum(len(r.values) for r in records)
    stored = records_for_year(county_ws.conn, YEAR)
    original = sorted(records, key=lambda r: r.code)
    strip = lambda r: (r.code, r.name, r.county, r.school_type, r.counted, r.parent_code, r.values)  # noqa: E731
    assert [strip(r) for r in stored] == [strip(r) for r in original]
    assert get_record(county_ws.conn, original[0].code, YEAR).values == original[0].values
    # Loading the same table again changes nothing and logs nothing.
    count = len(audit_entries(county_ws.conn, limit=100_000))
    again = load_records(county_ws.conn, records, YEAR, action="load", source="county-entry")
    assert (again.schools_added, again.values_changed) == (0, 0)
    assert len(audit_entries(county_ws.conn, limit=100_000)) == count
    # Another year is kept apart.
    assert all(r.values == {} for r in records_for_year(county_ws.conn, YEAR + 1))


def record(code: str, row: int, **values: int | float) -> SchoolRecord:
    return SchoolRecord(code=code, name=f"学校{code}", county="永昌县", school_type="primary", values=dict(values),
                        row=row)


def test_a_bad_record_stops_the_whole_table(county_ws: Workspace) -> None:
    conn = county_ws.conn
    load_records(conn, [record("A1", 2, primary_students=10)], YEAR, action="load", source="county-entry")
    before = snapshot(conn)
    table = [record("A1", 2, primary_students=11), record("A2", 3, primary_students=5),
             record("A3", 4, primary_students=-3)]
    with pytest.raises(JcError) as caught:
        load_records(conn, table, YEAR, action="load", source="county-entry")
    assert caught.value.row == 4 and "A3" in caught.value.zh
    with pytest.raises(JcError) as caught:
        load_records(conn, [record("A2", 2), record("A2", 3)], YEAR, action="load", source="county-entry")
    assert caught.value.rule == "unique-code" and caught.value.row == 3
    assert snapshot(conn) == before


def test_a_failure_inside_the_transaction_undoes_the_whole_table(county_ws: Workspace) -> None:
    conn = county_ws.conn
    conn.execute("CREATE TRIGGER fail_on_b AFTER INSERT ON schools WHEN new.code = 'B9' "
                 "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    before = snapshot(conn)
    with pytest.raises(sqlite3.IntegrityError):
        load_records(conn, [record("B1", 2, primary_students=1), record("B9", 3)], YEAR, action="load",
                     source="county-entry")
    assert snapshot(conn) == before


def test_replace_removes_values_the_record_no_longer_states(county_ws: Workspace) -> None:
    conn = county_ws.conn
    load_records(conn, [record("C1", 2, primary_students=10, primary_classes=1)], YEAR, action="load",
                 source="county-entry")
    load_records(conn, [record("C1", 2, primary_students=12)], YEAR, action="load", source="county-entry")
    assert get_record(conn, "C1", YEAR).values == {"primary_students": 12, "primary_classes": 1}
    load_records(conn, [record("C1", 2, primary_students=12)], YEAR, action="import", source="package",
                 replace=True)
    assert get_record(conn, "C1", YEAR).values == {"primary_students": 12}
    [removed] = audit_entries(conn, "C1", field="primary_classes", action="import")
    assert (removed.old, removed.new) == (1, None)


def test_an_import_decision_commits_or_rolls_back_with_the_data(county_ws: Workspace) -> None:
    conn = county_ws.conn
    with pytest.raises(RuntimeError):
        with transaction(conn):
            load_records(conn, [record("D1", 2, primary_students=3)], YEAR, action="import", source="package")
            record_decision(conn, action="import", detail='{"class": "accepted"}', school_code="D1",
                            school_year=YEAR)
            raise RuntimeError("the package turned out bad")
    assert list_schools(conn) == [] and audit_entries(conn, "D1") == []
    record_decision(conn, action="import", detail='{"class": "stale"}', school_code="D1", school_year=YEAR)
    [entry] = audit_entries(conn, "D1")
    assert (entry.field, entry.old, entry.new, entry.detail) == (None, None, None, '{"class": "stale"}')


def test_explanations_are_stored_replaced_removed_and_audited(school_ws: Workspace) -> None:
    conn = school_ws.conn
    set_explanation(conn, SCHOOL_CODE, YEAR, "music_room_min_area_m2", "旧楼改造，明年扩建", action="entry")
    set_explanation(conn, SCHOOL_CODE, YEAR, "music_room_min_area_m2", "已立项扩建", action="entry")
    assert explanations(conn, SCHOOL_CODE, YEAR) == {"music_room_min_area_m2": "已立项扩建"}
    set_explanation(conn, SCHOOL_CODE, YEAR, "music_room_min_area_m2", "  ", action="entry")
    assert explanations(conn, SCHOOL_CODE, YEAR) == {}
    rows = audit_entries(conn, SCHOOL_CODE, field="music_room_min_area_m2")
    assert [(e.old, e.new) for e in reversed(rows)] == [
        (None, "旧楼改造，明年扩建"), ("旧楼改造，明年扩建", "已立项扩建"), ("已立项扩建", None)]
    with pytest.raises(JcError):
        set_explanation(conn, "nobody", YEAR, "x", "text", action="entry")
    with pytest.raises(JcError):
        set_explanation(conn, SCHOOL_CODE, YEAR, "x", "长" * 2001, action="entry")


def test_audit_rows_cannot_be_written_outside_a_transaction(school_ws: Workspace) -> None:
    from jinchang_desktop.store.audit import Change, record_changes

    with pytest.raises(RuntimeError):
        record_changes(school_ws.conn, [Change(SCHOOL_CODE, YEAR, "primary_students", None, 1)], action="x", at="t")


def test_rename_school_moves_its_data_and_is_audited(school_ws: Workspace) -> None:
    conn = school_ws.conn
    set_field(conn, SCHOOL_CODE, YEAR, "primary_students", 300, action="entry")
    set_explanation(conn, SCHOOL_CODE, YEAR, "music_rooms", "借用少年宫", action="entry")
    rename_school(conn, SCHOOL_CODE, "6203210001", action="roster-import", detail="official code")
    assert [s.code for s in list_schools(conn)] == ["6203210001"]
    assert get_record(conn, "6203210001", YEAR).values == {"primary_students": 300}
    assert explanations(conn, "6203210001", YEAR) == {"music_rooms": "借用少年宫"}
    [entry] = audit_entries(conn, "6203210001", field="school_code")
    assert (entry.old, entry.new, entry.action) == (SCHOOL_CODE, "6203210001", "roster-import")
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    upsert_school(conn, "X2", name="另一所", source="roster", action="enrol")
    with pytest.raises(JcError) as caught:
        rename_school(conn, "X2", "6203210001", action="roster-import")
    assert caught.value.rule == "unique-code"
    with pytest.raises(JcError):
        rename_school(conn, "nobody", "X3", action="roster-import")
