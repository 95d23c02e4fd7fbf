"""Print how fast the workspace store writes: single-field writes per second and table-load rows per second.

    python benchmarks/store_write.py [--dir FOLDER] [--writes 2000] [--schools 2000]

Every write is a committed transaction with its audit row, in WAL mode with synchronous=FULL (an fsync per
commit), so the figures depend on the disk: run it on the disk the app will use (``--dir``).
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.store.audit import audit_entries
from jinchang_desktop.store.declared import load_records, set_field
from jinchang_desktop.store.workspace import Workspace

YEAR = 2025


def table(schools: int, version: int) -> list[SchoolRecord]:
    """A synthetic table: every numeric column of the school table, values that change with ``version``."""
    fields = [f for f in field_catalogue().fields.values() if f.numeric and f.in_table]
    return [SchoolRecord(code=f"62{n:08d}", name=f"学校{n}", county="永昌县", school_type="nine_year",
                         values={f.key: (n + version) % 900 + (0 if f.kind == "int" else 0.5) for f in fields},
                         row=n + 2)
            for n in range(schools)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=None, help="folder to build the workspace in")
    parser.add_argument("--writes", type=int, default=2000)
    parser.add_argument("--schools", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        with Workspace.create(Path(folder) / "ws", role="county", code="620321", name="永昌县教育局",
                              county="永昌县", school_year=YEAR) as ws:
            conn = ws.conn
            first = table(args.schools, 0)
            start = time.perf_counter()
            result = load_records(conn, first, YEAR, action="load", source="county-entry")
            new_s = time.perf_counter() - start
            changed = table(args.schools, 1)
            start = time.perf_counter()
            again = load_records(conn, changed, YEAR, action="load", source="county-entry")
            changed_s = time.perf_counter() - start
            start = time.perf_counter()
            load_records(conn, changed, YEAR, action="load", source="county-entry")
            same_s = time.perf_counter() - start

            code = first[0].code
            start = time.perf_counter()
            for i in range(args.writes):
                set_field(conn, code, YEAR, "primary_students", i % 2000, action="entry")
            write_s = time.perf_counter() - start
            audit_rows = len(audit_entries(conn, limit=10**9))

    print(f"store: WAL, synchronous=FULL, one transaction per write; folder {args.dir or tempfile.gettempdir()}")
    print(f"single-field writes (value + audit row, each committed): {args.writes / write_s:,.0f} writes/s "
          f"({write_s / args.writes * 1000:.2f} ms each)")
    per_row = result.values_changed / args.schools
    print(f"table load, {args.schools} new schools × {per_row:.0f} values, one transaction: "
          f"{args.schools / new_s:,.0f} rows/s ({result.values_changed / new_s:,.0f} values/s, {new_s:.3f} s)")
    print(f"table load, every value changed: {args.schools / changed_s:,.0f} rows/s "
          f"({again.values_changed / changed_s:,.0f} values/s, {changed_s:.3f} s)")
    print(f"table load, nothing changed: {args.schools / same_s:,.0f} rows/s ({same_s:.3f} s)")
    print(f"audit rows written: {audit_rows:,}")


if __name__ == "__main__":
    main()
