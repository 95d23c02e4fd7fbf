"""Properties of the plan on random small counties (hypothesis): it passes when the engine re-assesses it, it
costs no less than its lower bound, and each school's cost is its additions priced."""
from __future__ import annotations

import math
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jinchang_desktop.planning.costs import load_costs
from jinchang_desktop.planning.plan import plan_county
from jinchang_desktop.standards.assess import assess
from jinchang_desktop.standards.catalogue import load_profile
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.validate import validate_records

PROFILE = load_profile("jinchang")
COSTS = load_costs(PROFILE)
TYPES = ("primary", "junior", "nine_year", "complete_middle", "twelve_year", "teaching_site")
RATES = {"primary": (4.6, 1.1, 1.0, 5.0, 8.0, 2200, 2.5), "junior": (5.8, 1.1, 1.0, 6.4, 11.0, 2700, 2.6)}


def county(seed: int, schools: int) -> list[SchoolRecord]:
    """Schools with every resource at a random multiple (0.3–3) of a level near the thresholds."""
    rng = random.Random(seed)
    records = []
    for index in range(schools):
        school_type = rng.choice(TYPES)
        students = {"primary": 0, "junior": 0, "senior": 0}
        if school_type in ("primary", "nine_year", "twelve_year", "teaching_site"):
            students["primary"] = rng.randint(60, 1500)
        if school_type in ("junior", "nine_year", "complete_middle", "twelve_year"):
            students["junior"] = rng.randint(80, 1200)
        if school_type in ("complete_middle", "twelve_year"):
            students["senior"] = rng.randint(100, 900)
        values: dict[str, int | float] = {f"{s}_students": n for s, n in students.items() if n}
        facility = [0.0, 0.0, 0.0, 0.0]
        for section in ("primary", "junior"):
            n = students[section]
            if not n:
                continue
            q, b, pe, teach, sport, equip, mm = (r * math.exp(rng.gauss(0, 0.5)) for r in RATES[section])
            values[f"{section}_qualified_teachers"] = round(q * n / 100)
            values[f"{section}_backbone_teachers"] = round(b * n / 100)
            values[f"{section}_pe_art_teachers"] = round(pe * n / 100)
            for i, v in enumerate((teach, sport, equip, mm / 100)):
                facility[i] += v * n
        senior = students["senior"]
        values["teaching_aux_area_m2"] = round(facility[0] + senior * 6, 1)
        values["sports_ground_area_m2"] = round(facility[1] + senior * 10, 1)
        values["equipment_value_yuan"] = round(facility[2] + senior * 2500)
        values["multimedia_classrooms"] = round(facility[3] + senior * 0.025)
        records.append(SchoolRecord(f"6299{index:06d}", f"校{index}", "县", school_type, values=values))
    return records


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), schools=st.integers(2, 25))
def test_the_plan_passes_and_respects_its_bound(seed: int, schools: int) -> None:
    records = county(seed, schools)
    assert not validate_records(records)
    plan = plan_county(records, PROFILE, COSTS, "县")
    assert plan.all_pass and not plan.infeasible
    assert plan.lower_bound <= plan.total_cost + 1e-6
    # re-assess from scratch, as the clerk would after entering the additions
    planned = []
    for record in records:
        values = dict(record.values)
        for key, amount in plan.additions.get(record.code, {}).items():
            values[key] = values.get(key, 0) + amount
        planned.append(SchoolRecord(record.code, record.name, record.county, record.school_type, values=values))
    for summary in assess(planned, PROFILE).counties["县"].values():
        assert summary.compliant_schools == summary.schools and summary.all_cv_ok
    indicator_of = {"qualified_teachers": "qualified_teachers", "backbone_teachers": "backbone_teachers",
                    "pe_art_teachers": "pe_art_teachers", "teaching_aux_area_m2": "teaching_space",
                    "sports_ground_area_m2": "sports_space", "equipment_value_yuan": "equipment_value",
                    "multimedia_classrooms": "multimedia_rooms"}
    for code, additions in plan.additions.items():
        priced = 0.0
        for key, amount in additions.items():
            lever = key.removeprefix("primary_").removeprefix("junior_")
            priced += COSTS[indicator_of[lever]].cost * amount
        assert math.isclose(plan.costs[code], priced)
    assert all(amount > 0 for additions in plan.additions.values() for amount in additions.values())
