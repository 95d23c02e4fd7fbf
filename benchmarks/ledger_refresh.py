"""Speed of the problem ledger's refresh on a synthetic county (first refresh creates the items; later ones find
nothing to change), of closing one item, and of the Excel export.

    PYTHONPATH=. python benchmarks/ledger_refresh.py [schools]

The refresh includes the assessment and, in a county with sections falling short, the investment plan for costs.
"""
from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.synthetic_table import write_table
from jinchang_desktop.exchange.load import load_table
from jinchang_desktop.ledger.book import own_items, refresh_ledger
from jinchang_desktop.reports.ledger_excel import export_ledger
from jinchang_desktop.store.workspace import Workspace

TODAY = date(2026, 3, 1)


def main() -> None:
    schools = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    with tempfile.TemporaryDirectory() as folder:
        table = write_table(Path(folder) / "county.csv", schools, counties=1)
        with Workspace.create(Path(folder) / "ws", role="county", code="620000", name="县0000",
                              profile_id="jinchang", school_year=2025) as ws:
            load_table(ws, table)
            start = time.perf_counter()
            refresh_ledger(ws, trigger="load", today=TODAY)
            first = time.perf_counter() - start
            start = time.perf_counter()
            refresh_ledger(ws, trigger="view", today=TODAY)
            again = time.perf_counter() - start
            items = own_items(ws, TODAY)
            start = time.perf_counter()
            sheets = export_ledger(ws, Path(folder) / "ledger.xlsx", TODAY)
            excel = time.perf_counter() - start
    print(f"ledger of {schools} schools: {len(items)} items; first refresh {first:.2f} s, "
          f"refresh without change {again:.2f} s, Excel export {excel:.2f} s ({sheets} sheets)")


if __name__ == "__main__":
    main()
