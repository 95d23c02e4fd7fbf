"""What-if: a scenario's county equals the engine's assessment of the changed figures; stored data never moves."""
from __future__ import annotations

import copy
import math
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jinchang_desktop.errors import JcError
from jinchang_desktop.planning.whatif import Change, Scenario, WhatIf
from jinchang_desktop.standards.assess import assess
from jinchang_desktop.standards.catalogue import load_profile
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.table import read_table
from jinchang_desktop.store.audit import audit_entries
from jinchang_desktop.store.scenarios import delete_scenario, load_scenario, save_scenario, scenario_names
from tests.county.helpers import county
from tests.exchange.helpers import COUNTY, TABLE, new_county

PROFILE = load_profile("national")


def county_records() -> list[SchoolRecord]:
    return [r for r in read_table(TABLE) if r.county == COUNTY]


def engine_view(records: list[SchoolRecord]) -> dict[str, object]:
    assessment = assess(records, PROFILE)
    return {
        "cv": {s: {k: (r.cv, r.ok) for k, r in summary.cv.items()}
               for s, summary in assessment.counties[COUNTY].items()},
        "schools": {(school.record.code, s): (r.compliant, r.reached) for school in assessment.schools
                    for s, r in school.sections.items()},
    }


def whatif_view(model: WhatIf, changes: list[Change]) -> dict[str, object]:
    result = model.evaluate(changes)
    return {
        "cv": {s: {k: (r.cv, r.ok) for k, r in summary.cv.items()} for s, summary in result.counties.items()},
        "schools": {(code, s): (r.compliant, r.reached) for code, by in result.sections.items()
                    for s, r in by.items()},
    }


def changed(records: list[SchoolRecord], code: str, **values: float) -> list[SchoolRecord]:
    result = copy.deepcopy(records)
    for record in result:
        if record.code == code:
            record.values.update(values)
    return result


def test_no_change_is_the_stored_assessment() -> None:
    records = county_records()
    assert whatif_view(WhatIf(records, PROFILE, COUNTY), []) == engine_view(records)


def test_a_changed_figure_is_what_the_engine_says_of_it() -> None:
    records = county_records()
    before = copy.deepcopy(records)
    model = WhatIf(records, PROFILE, COUNTY)
    first = records[0]
    changes = [Change("set", first.code, "equipment_value_yuan", 10.0),
               Change("set", first.code, "multimedia_classrooms", 2)]
    assert whatif_view(model, changes) == engine_view(changed(records, first.code, equipment_value_yuan=10.0,
                                                              multimedia_classrooms=2))
    result = model.evaluate(changes)
    assert result.changed[first.code]["equipment_value_yuan"] == (first.get("equipment_value_yuan"), 10.0)
    assert records == before  # the stored figures are untouched
    assert whatif_view(model, []) == engine_view(records)  # and the model's own base too


def test_a_move_takes_from_one_school_and_gives_to_another() -> None:
    records = county_records()
    a, b = records[0], records[1]
    model = WhatIf(records, PROFILE, COUNTY)
    moved = [Change("move", a.code, "primary_pe_art_teachers", 3, to=b.code)]
    expected = changed(changed(records, a.code, primary_pe_art_teachers=a.get("primary_pe_art_teachers") - 3),
                       b.code, primary_pe_art_teachers=b.get("primary_pe_art_teachers") + 3)
    assert whatif_view(model, moved) == engine_view(expected)
    with pytest.raises(JcError) as refused:
        model.evaluate([Change("move", a.code, "multimedia_classrooms", a.get("multimedia_classrooms") + 1,
                               to=b.code)])
    assert refused.value.rule == "scenario-move" and "不能调出" in refused.value.zh
    with pytest.raises(JcError) as unknown:
        model.evaluate([Change("set", "no-such-school", "multimedia_classrooms", 1)])
    assert unknown.value.rule == "scenario-school"


def test_contributions_follow_the_published_case_a() -> None:
    # STANDARD §2 test case A: students 45, 37, 89, 76, 55; quantities 279, 137, 935, 160, 402; CV 0.5153,
    # Σ(Pᵢ/P)(Xᵢ−X̄)² = 10.653.
    students = [45, 37, 89, 76, 55]
    quantities = [279, 137, 935, 160, 402]
    records = [SchoolRecord(f"62990000{i:02d}", f"校{i}", COUNTY, "primary",
                            values={"primary_students": p, "equipment_value_yuan": x})
               for i, (p, x) in enumerate(zip(students, quantities, strict=True))]
    result = WhatIf(records, PROFILE, COUNTY).evaluate([])
    assert result.counties["primary"].cv["equipment_value"].cv == pytest.approx(0.5153, abs=5e-5)
    shares = result.contributions["primary"]["equipment_value"]
    total, mean = sum(students), sum(quantities) / sum(students)
    for record, p, x in zip(records, students, quantities, strict=True):
        assert shares[record.code] * 10.653 == pytest.approx(p / total * (x / p - mean) ** 2, rel=1e-3)
    assert math.fsum(shares.values()) == pytest.approx(1.0)


def test_scenarios_are_saved_apart_and_audited(tmp_path: Path) -> None:
    scenario = Scenario("调剂设备", [Change("move", "2162100001", "equipment_value_yuan", 50000, to="2162100002"),
                                  Change("set", "2162100003", "multimedia_classrooms", 30)])
    with new_county(tmp_path / "county") as ws:
        declared = ws.conn.execute("SELECT count(*) FROM declared").fetchone()
        save_scenario(ws.conn, scenario.name, ws.school_year, scenario.to_json(), action="what-if")
        assert scenario_names(ws.conn, ws.school_year) == ["调剂设备"]
        assert Scenario.from_json(load_scenario(ws.conn, "调剂设备", ws.school_year)) == scenario
        delete_scenario(ws.conn, "调剂设备", ws.school_year, action="what-if")
        assert scenario_names(ws.conn, ws.school_year) == []
        rows = audit_entries(ws.conn, field="scenario.调剂设备")
        assert [(r.old is None, r.new is None) for r in reversed(rows)] == [(True, False), (False, True)]
        assert ws.conn.execute("SELECT count(*) FROM declared").fetchone() == declared
        with pytest.raises(JcError):
            load_scenario(ws.conn, "调剂设备", ws.school_year)
        with pytest.raises(JcError):
            save_scenario(ws.conn, " ", ws.school_year, "{}", action="what-if")


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), schools=st.integers(2, 20), edits=st.integers(1, 4))
def test_any_scenario_is_what_the_engine_says(seed: int, schools: int, edits: int) -> None:
    records = county(seed, schools)
    rng = random.Random(seed)
    fields = ["equipment_value_yuan", "multimedia_classrooms", "sports_ground_area_m2", "teaching_aux_area_m2"]
    changes = []
    expected = copy.deepcopy(records)
    by_code = {r.code: r for r in expected}
    for _ in range(edits):
        record = rng.choice(expected)
        name = rng.choice(fields)
        if rng.random() < 0.5:
            value = float(round(record.get(name) * rng.uniform(0, 2)))
            changes.append(Change("set", record.code, name, value))
            record.values[name] = value
        else:
            other = rng.choice(expected)
            amount = float(int(record.get(name) * rng.uniform(0, 1)))
            if other.code == record.code:
                continue
            changes.append(Change("move", record.code, name, amount, to=other.code))
            record.values[name] = record.get(name) - amount
            by_code[other.code].values[name] = other.get(name) + amount
    result = WhatIf(records, PROFILE, "县").evaluate(changes)
    engine = assess(expected, PROFILE).counties["县"]
    for section, summary in engine.items():
        mine = result.counties[section]
        assert {k: r.ok for k, r in mine.cv.items()} == {k: r.ok for k, r in summary.cv.items()}
        for key, r in summary.cv.items():
            assert mine.cv[key].cv == pytest.approx(r.cv, rel=1e-9)
        assert mine.compliant_schools == summary.compliant_schools


def test_compare_names_what_moved() -> None:
    from jinchang_desktop.planning.whatif import compare

    records = county_records()
    model = WhatIf(records, PROFILE, COUNTY)
    stored = model.evaluate([])
    target = next(code for code, by in stored.sections.items() if by.get("primary") and by["primary"].compliant)
    scenario = model.evaluate([Change("set", target, "multimedia_classrooms", 0),
                               Change("set", target, "equipment_value_yuan", 0)])
    cvs, verdicts = compare(stored, scenario)
    assert [(v.school, v.section, v.before, v.after) for v in verdicts] == [(target, "primary", True, False)]
    assert {(c.section, c.indicator) for c in cvs} == {("primary", "multimedia_rooms"),
                                                       ("primary", "equipment_value")}
    assert all(c.after is not None and c.before is not None and c.after > c.before for c in cvs)
    assert compare(stored, model.evaluate([])) == ([], [])
