"""Speed and scale of the assessment engine; prints figures (run: python benchmarks/assess_speed.py).

1. `assess` of a 2,000-school table as a whole process (target < 1 s wall).
2. Re-assessing one school after one changed field (target < 1 ms; the live gauges do it per keystroke).
3. A 200,000-school table in one process: time and peak memory (aim < 20 s, < 2 GB).
"""
from __future__ import annotations

import copy
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic_table import write_table  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def whole_process(table: Path, runs: int) -> tuple[float, int]:
    """Median wall seconds and peak RSS (MiB) of `assess TABLE --json` as a child process."""
    times = []
    peak = 0
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "jinchang_desktop", "assess", str(table), "--json"],
                                 cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(child.pid, 0)
        times.append(time.perf_counter() - start)
        if status != 0:
            raise SystemExit(f"assess failed: {child.stderr.read().decode() if child.stderr else status}")
        peak = max(peak, usage.ru_maxrss // 1024)
    return statistics.median(times), peak


def one_school_latency() -> tuple[float, float]:
    sys.path.insert(0, str(REPO))
    from jinchang_desktop.standards.assess import assess_school
    from jinchang_desktop.standards.catalogue import load_profile
    from jinchang_desktop.standards.table import read_table

    profile = load_profile("jinchang")
    record = read_table(REPO / "resources" / "demo" / "jinchang-schools.csv")[3]  # a nine-year school
    samples = []
    for i in range(5000):
        edited = copy.copy(record)
        edited.values = dict(record.values, primary_qualified_teachers=20 + i % 15)
        start = time.perf_counter()
        assess_school(edited, profile)
        samples.append(time.perf_counter() - start)
    samples.sort()
    return statistics.median(samples) * 1000, samples[int(len(samples) * 0.99)] * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        small = write_table(Path(folder) / "t2000.csv", 2000)
        seconds, rss = whole_process(small, runs=5)
        print(f"assess 2,000 schools, whole process: median {seconds:.3f} s (target < 1 s), peak {rss} MiB")
        median_ms, p99_ms = one_school_latency()
        print(f"re-assess one school after one change: median {median_ms:.3f} ms, p99 {p99_ms:.3f} ms "
              "(target < 1 ms)")
        big = write_table(Path(folder) / "t200k.csv", 200_000)
        seconds, rss = whole_process(big, runs=1)
        print(f"assess 200,000 schools, whole process: {seconds:.1f} s (aim < 20 s), peak {rss} MiB (aim < 2048)")


if __name__ == "__main__":
    main()
