"""Speed of a what-if recompute on a 300-school county (target < 50 ms per change).

    PYTHONPATH=. python benchmarks/whatif_speed.py [schools] [repeats]

Prints the one-off cost of assessing the stored figures, and the median time of evaluating a scenario after one
more keystroke: a figure changed at one school, and a move of equipment between two schools.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.synthetic_table import write_table
from jinchang_desktop.planning.whatif import Change, WhatIf
from jinchang_desktop.standards.catalogue import load_profile
from jinchang_desktop.standards.table import read_table


def main() -> None:
    schools = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    profile = load_profile("national")
    with tempfile.TemporaryDirectory() as folder:
        records = read_table(write_table(Path(folder) / "county.csv", schools, counties=1))
    county = records[0].county
    start = time.perf_counter()
    model = WhatIf(records, profile, county)
    setup = time.perf_counter() - start
    counted = [r for r in records if r.school_type not in ("special",) and r.values.get("primary_students")]
    a, b = counted[0], counted[1]
    times: dict[str, list[float]] = {"set": [], "move": []}
    for i in range(repeats):
        for kind, changes in (
            ("set", [Change("set", a.code, "primary_qualified_teachers", a.get("primary_qualified_teachers") + i)]),
            ("move", [Change("move", a.code, "equipment_value_yuan", 1000.0 * (i + 1), to=b.code)]),
        ):
            start = time.perf_counter()
            result = model.evaluate(changes)
            times[kind].append(time.perf_counter() - start)
    assert result.counties
    units = sum(s.schools for s in result.counties.values())
    print(f"what-if on {schools} schools ({units} school sections): stored figures assessed once in "
          f"{setup * 1000:.0f} ms")
    for kind, values in times.items():
        print(f"  one {kind} change recomputed (CVs, verdicts, contributions): median "
              f"{statistics.median(values) * 1000:.1f} ms over {repeats} (target < 50 ms)")


if __name__ == "__main__":
    main()
