"""Print what sqlite-utils would buy the store: its bulk upsert against the statement the store runs today, and
what importing it costs.

    python benchmarks/sqlite_utils_vs_store.py [--schools 2000] [--rounds 5] [--dir FOLDER]

The candidate use is the write step of a table load or an import (``store.declared._Plan.execute``): one
``executemany`` of ``INSERT … ON CONFLICT DO UPDATE`` over every changed value. Both paths write the same rows into
the ``declared`` table of a real workspace, in one transaction each, first into an empty table and then over it
with every value changed. For scale, the whole ``load_records`` (checks, the read of what is stored, audit rows)
is timed on the same rows. Figures are medians of ``--rounds``.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.store.db import transaction
from jinchang_desktop.store.declared import load_records, upsert_school
from jinchang_desktop.store.workspace import Workspace

YEAR = 2025
AT = "2025-09-01T00:00:00Z"
# The statement store.declared._Plan.execute runs for the values of a load.
UPSERT = ("INSERT INTO declared (school_code, school_year, field, value, updated_at) VALUES (?, ?, ?, ?, ?) "
          "ON CONFLICT (school_code, school_year, field) DO UPDATE SET value = excluded.value, "
          "updated_at = excluded.updated_at")
PK = ("school_code", "school_year", "field")


def table(schools: int, version: int) -> list[SchoolRecord]:
    """Every numeric column of the school table for ``schools`` schools; values change with ``version``."""
    fields = [f for f in field_catalogue().fields.values() if f.numeric and f.in_table]
    return [SchoolRecord(code=f"62{n:08d}", name=f"学校{n}", county="永昌县", school_type="nine_year",
                         values={f.key: (n + version) % 900 + (0 if f.kind == "int" else 0.5) for f in fields},
                         row=n + 2)
            for n in range(schools)]


def rows_of(records: list[SchoolRecord]) -> list[tuple[str, int, str, int | float, str]]:
    return [(r.code, YEAR, key, value, AT) for r in records for key, value in r.values.items()]


def executemany_path(ws: Workspace, rows: list[tuple[str, int, str, int | float, str]]) -> None:
    with transaction(ws.conn):
        ws.conn.executemany(UPSERT, rows)


def sqlite_utils_path(ws: Workspace, rows: list[tuple[str, int, str, int | float, str]]) -> None:
    dicts = [{"school_code": c, "school_year": y, "field": f, "value": v, "updated_at": a} for c, y, f, v, a in rows]
    with transaction(ws.conn):
        sqlite_utils.Database(ws.conn)["declared"].upsert_all(dicts, pk=PK)  # type: ignore[union-attr]


def timed(round_: Callable[[], None]) -> float:
    start = time.perf_counter()
    round_()
    return time.perf_counter() - start


def import_seconds(module: str, rounds: int) -> float:
    """Median wall time of a fresh interpreter importing ``module``, less one importing nothing."""
    def run(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - start
    bare = statistics.median(run("pass") for _ in range(rounds))
    return statistics.median(run(f"import {module}") for _ in range(rounds)) - bare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schools", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    first, changed = table(args.schools, 0), table(args.schools, 1)
    new_rows, changed_rows = rows_of(first), rows_of(changed)
    figures: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        for round_ in range(args.rounds):
            for name, path in (("executemany (today)", executemany_path),
                               ("sqlite-utils upsert_all", sqlite_utils_path)):
                with Workspace.create(Path(folder) / f"{round_}-{name[:4]}", role="county", code="620321",
                                      name="永昌县教育局", county="永昌县", school_year=YEAR) as ws:
                    for record in first:  # declared rows refer to their school
                        upsert_school(ws.conn, record.code, name=record.name, county=record.county,
                                      school_type=record.school_type, source="county-entry", action="bench")
                    figures.setdefault(f"{name}: new", []).append(timed(lambda p=path, w=ws: p(w, new_rows)))
                    figures.setdefault(f"{name}: changed", []).append(
                        timed(lambda p=path, w=ws: p(w, changed_rows)))
            with Workspace.create(Path(folder) / f"{round_}-load", role="county", code="620321", name="永昌县教育局",
                                  county="永昌县", school_year=YEAR) as ws:
                figures.setdefault("load_records (whole load, audited): new", []).append(timed(
                    lambda w=ws: load_records(w.conn, first, YEAR, action="load", source="county-entry")))
                figures.setdefault("load_records (whole load, audited): changed", []).append(timed(
                    lambda w=ws: load_records(w.conn, changed, YEAR, action="load", source="county-entry")))
    rows = len(new_rows)
    print(f"{args.schools} schools, {rows} values, median of {args.rounds} rounds")
    for name, seconds in figures.items():
        median = statistics.median(seconds)
        print(f"  {name:<46} {median * 1000:8.1f} ms  {rows / median:12,.0f} rows/s")
    for module in ("sqlite3", "sqlite_utils"):
        print(f"  import {module:<39} {import_seconds(module, args.rounds) * 1000:8.1f} ms (fresh interpreter)")


if __name__ == "__main__":
    main()
