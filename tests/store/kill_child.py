"""The process test_kill.py kills: it opens a workspace and writes to it until it is killed.

    python kill_child.py write WORKSPACE   one school at a time: a batch of fields, then a single field
    python kill_child.py load WORKSPACE    a whole table of schools per transaction

Every batch writes the same counter into each of its fields, so a half-written batch would show as unequal values.
"""
from __future__ import annotations

import sys
from pathlib import Path

from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.store.declared import load_records, set_field, set_fields
from jinchang_desktop.store.workspace import Workspace

YEAR = 2025
WRITE_SCHOOLS = ("W001", "W002", "W003")
BATCH_FIELDS = ("teaching_aux_area_m2", "indoor_sports_area_m2", "sports_ground_area_m2", "public_funds_budget_yuan")
SINGLE_FIELD = "equipment_value_yuan"
LOAD_SCHOOLS = 300
LOAD_FIELDS = ("teaching_aux_area_m2", "sports_ground_area_m2", "equipment_value_yuan")


def load_code(n: int) -> str:
    return f"L{n:04d}"


def batch_value(counter: int) -> float:
    return counter + 0.5


def write_forever(ws: Workspace) -> None:
    conn = ws.conn
    row = conn.execute("SELECT max(value) FROM declared WHERE field = ?", (BATCH_FIELDS[0],)).fetchone()
    counter = int(row[0]) if row[0] is not None else 0
    print("ready", flush=True)
    while True:
        counter += 1
        for code in WRITE_SCHOOLS:
            set_fields(conn, code, YEAR, {f: batch_value(counter) for f in BATCH_FIELDS}, action="kill-batch")
            set_field(conn, code, YEAR, SINGLE_FIELD, counter, action="kill-single")


def load_forever(ws: Workspace) -> None:
    conn = ws.conn
    row = conn.execute("SELECT max(value) FROM declared WHERE field = ?", (LOAD_FIELDS[0],)).fetchone()
    counter = int(row[0]) if row[0] is not None else 0
    print("ready", flush=True)
    while True:
        counter += 1
        table = [SchoolRecord(code=load_code(n), name=f"学校{n}·第{counter}版", county="永昌县",
                              school_type="primary", values={f: batch_value(counter) for f in LOAD_FIELDS}, row=n + 2)
                 for n in range(LOAD_SCHOOLS)]
        load_records(conn, table, YEAR, action="kill-load", source="county-entry")


def main() -> None:
    mode, path = sys.argv[1], Path(sys.argv[2])
    ws = Workspace.open(path)
    if mode == "write":
        write_forever(ws)
    else:
        load_forever(ws)


if __name__ == "__main__":
    main()
