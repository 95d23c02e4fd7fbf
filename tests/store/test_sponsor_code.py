"""举办者类型 is a whole code 1–10: the store's checks refuse others, and so does the database itself (step 3)."""
from __future__ import annotations

import sqlite3

import pytest

from jinchang_desktop.errors import JcError
from jinchang_desktop.store.declared import get_record, set_field, upsert_school
from jinchang_desktop.store.workspace import Workspace

from .conftest import YEAR


def test_codes_one_to_ten_are_kept_and_others_refused(county_ws: Workspace) -> None:
    upsert_school(county_ws.conn, "2162100001", name="一小", county="永昌县", school_type="primary",
                  source="county-entry", action="entry")
    set_field(county_ws.conn, "2162100001", YEAR, "sponsor_type", 10, action="entry")
    assert get_record(county_ws.conn, "2162100001", YEAR).values["sponsor_type"] == 10
    for bad in (0, 11, 7.5):
        with pytest.raises(JcError) as info:
            set_field(county_ws.conn, "2162100001", YEAR, "sponsor_type", bad, action="entry")
        assert info.value.rule in ("range", "non-negative-number") and info.value.column == "举办者类型"
    assert get_record(county_ws.conn, "2162100001", YEAR).values["sponsor_type"] == 10


def test_the_database_refuses_a_bad_code_written_around_the_checks(county_ws: Workspace) -> None:
    conn = county_ws.conn
    upsert_school(conn, "2162100001", name="一小", county="永昌县", school_type="primary", source="county-entry",
                  action="entry")
    for bad in (0, 11, 2.5):
        with pytest.raises(sqlite3.IntegrityError, match="sponsor_type"):
            conn.execute("INSERT INTO declared (school_code, school_year, field, value, updated_at) "
                         "VALUES ('2162100001', ?, 'sponsor_type', ?, 'now')", (YEAR, bad))
    conn.execute("INSERT INTO declared (school_code, school_year, field, value, updated_at) "
                 "VALUES ('2162100001', ?, 'sponsor_type', 3, 'now')", (YEAR,))
    with pytest.raises(sqlite3.IntegrityError, match="sponsor_type"):
        conn.execute("UPDATE declared SET value = 12 WHERE field = 'sponsor_type'")
    # other fields are not affected by the guard
    conn.execute("INSERT INTO declared (school_code, school_year, field, value, updated_at) "
                 "VALUES ('2162100001', ?, 'primary_students', 0, 'now')", (YEAR,))
