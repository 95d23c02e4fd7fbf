"""Print how long the county takes to build an inspection pack (risk ranking included) for every demo school,
and how long the inspector takes to recompute one school's comparison (declared vs verified, verdicts both ways).

    PYTHONPATH=. python benchmarks/inspection_pack.py
"""
from __future__ import annotations

import contextlib
import io
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from jinchang_desktop.cli import main
from jinchang_desktop.inspection.pack import pack_body, pack_from_body
from jinchang_desktop.inspection.summary import compare
from jinchang_desktop.store.workspace import Workspace

REPO = Path(__file__).resolve().parent.parent


def run() -> None:
    work = Path(tempfile.mkdtemp(prefix="jc-bench-"))
    try:
        county = work / "county"
        shutil.copytree(REPO / "resources" / "demo" / "county-workspace", county)
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            main(["import", str(county), str(REPO / "resources" / "demo" / "county-inbox")])
        with Workspace.open(county) as ws:
            from jinchang_desktop.store.declared import records_for_year

            codes = [r.code for r in records_for_year(ws.conn, ws.school_year) if r.values and r.school_type]
            times = []
            for _ in range(5):
                start = time.perf_counter()
                body = pack_body(ws, codes)
                times.append(time.perf_counter() - start)
        print(f"pack of {len(codes)} schools: median {statistics.median(times) * 1000:.1f} ms over 5 runs")
        pack = pack_from_body(body, "0" * 64)
        school = pack.schools[0]
        verified = {"primary_students": 1500}
        times = []
        for _ in range(200):
            start = time.perf_counter()
            compare(school.record, verified, {}, pack.profile)
            times.append(time.perf_counter() - start)
        print(f"one school's comparison (verdicts both ways): median {statistics.median(times) * 1000:.2f} ms")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    run()
