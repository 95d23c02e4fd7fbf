"""Speed of the investment plan on a 300-school county whose CVs fail (target < 5 s), and its distance from the bound.

    PYTHONPATH=. python benchmarks/plan_speed.py [schools] [repeats]

The synthetic table (benchmarks/synthetic_table.py) is widened: every school's resources are scaled by a
seeded log-normal factor (median 1.4), so that most CVs of both sections fail and the plan must work on them.
"""
from __future__ import annotations

import math
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.synthetic_table import write_table
from jinchang_desktop.planning.costs import load_costs
from jinchang_desktop.planning.plan import plan_county
from jinchang_desktop.standards.assess import assess
from jinchang_desktop.standards.catalogue import load_profile
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.table import read_table

RESOURCES = ("qualified_teachers", "backbone_teachers", "pe_art_teachers", "teaching_aux_area_m2",
             "sports_ground_area_m2", "equipment_value_yuan", "multimedia_classrooms")


def widened(records: list[SchoolRecord], seed: int = 11) -> list[SchoolRecord]:
    rng = random.Random(seed)
    for record in records:
        factor = math.exp(rng.gauss(0.35, 0.55))
        for key in list(record.values):
            if any(key.endswith(name) for name in RESOURCES):
                value = record.values[key] * factor
                record.values[key] = round(value) if isinstance(record.values[key], int) else round(value, 1)
        for section in ("primary", "junior"):
            # keep the record valid: a school has at least as many teachers as qualified or PE/art teachers
            record.values[f"{section}_teachers"] = max(record.get(f"{section}_qualified_teachers"),
                                                       record.get(f"{section}_pe_art_teachers"))
        record.values["indoor_sports_area_m2"] = min(record.get("indoor_sports_area_m2"),
                                                     record.get("teaching_aux_area_m2"))
    return records


def main() -> None:
    schools = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    profile = load_profile("national")
    costs = load_costs(profile)
    with tempfile.TemporaryDirectory() as folder:
        table = write_table(Path(folder) / "county.csv", schools, counties=1)
        records = widened(read_table(table))
    county = records[0].county
    times = []
    plan = None
    for _ in range(repeats):
        start = time.perf_counter()
        plan = plan_county(records, profile, costs, county)
        times.append(time.perf_counter() - start)
    assert plan is not None
    units = sum(s.schools for s in plan.assessment.counties[county].values())
    failing_before = sum(1 for s in assess(records, profile).counties[county].values()
                         for r in s.cv.values() if not r.ok)
    print(f"plan of {schools} schools ({units} school sections), {failing_before} failing CVs before: "
          f"median {statistics.median(times):.2f} s over {repeats} runs (target < 5 s)")
    print(f"  schools with additions {len(plan.additions)}, total cost {plan.total_cost:,.0f} yuan, "
          f"lower bound {plan.lower_bound:,.0f} yuan, gap {plan.gap:.1%}, all pass {plan.all_pass}, "
          f"rounds {plan.rounds}")


if __name__ == "__main__":
    main()
