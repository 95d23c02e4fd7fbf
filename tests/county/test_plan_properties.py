"""Properties of the plan on random small counties (hypothesis): it passes when the engine re-assesses it, it
costs no less than its lower bound, and each school's cost is its additions priced."""
from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jinchang_desktop.planning.costs import load_costs
from jinchang_desktop.planning.plan import plan_county
from jinchang_desktop.standards.assess import assess
from jinchang_desktop.standards.catalogue import load_profile
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.validate import validate_records
from tests.county.helpers import county

PROFILE = load_profile("jinchang")
COSTS = load_costs(PROFILE)
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
