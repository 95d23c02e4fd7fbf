"""The published test cases of STANDARD.md: A (the weighted CV) and B (the 1 : 1.1 split)."""
from __future__ import annotations

import math

import pytest

from jinchang_desktop.standards.assess import assess
from jinchang_desktop.standards.catalogue import load_profile
from jinchang_desktop.standards.cv import weighted_cv
from jinchang_desktop.standards.sections import split_shares

from .helpers import record

STUDENTS = [45, 37, 89, 76, 55]
QUANTITIES = [279, 137, 935, 160, 402]


def test_case_a_weighted_population_cv() -> None:
    cv, mean = weighted_cv(STUDENTS, QUANTITIES)
    assert mean == pytest.approx(1913 / 302)
    assert cv == pytest.approx(0.5153, abs=5e-5)
    variance = sum(p / 302 * (x / p - mean) ** 2 for p, x in zip(STUDENTS, QUANTITIES, strict=False))
    assert variance == pytest.approx(10.653, abs=5e-4)
    assert math.sqrt(variance) == pytest.approx(3.264, abs=5e-4)


def test_case_a_is_neither_unweighted_form() -> None:
    ratios = [x / p for p, x in zip(STUDENTS, QUANTITIES, strict=False)]
    mean = sum(ratios) / len(ratios)
    population = math.sqrt(sum((r - mean) ** 2 for r in ratios) / len(ratios)) / mean
    sample = math.sqrt(sum((r - mean) ** 2 for r in ratios) / (len(ratios) - 1)) / mean
    cv, _ = weighted_cv(STUDENTS, QUANTITIES)
    assert population == pytest.approx(0.489, abs=5e-4)
    assert sample == pytest.approx(0.546, abs=5e-4)
    assert abs(cv - population) > 0.02 and abs(cv - sample) > 0.02


def test_case_a_through_the_engine() -> None:
    """The same five schools as equipment values: the county CV of that indicator is 0.5153 and fails 0.50."""
    records = [
        record(f"S{i}", primary_students=p, equipment_value_yuan=x)
        for i, (p, x) in enumerate(zip(STUDENTS, QUANTITIES, strict=False))
    ]
    result = assess(records, load_profile("national"))
    county = result.counties["永昌县"]["primary"]
    assert county.cv["equipment_value"].cv == pytest.approx(0.5153, abs=5e-5)
    assert county.cv["equipment_value"].ok is False
    assert county.students == 302 and county.schools == 5


def test_case_b_nine_year_split() -> None:
    school = record("N1", "nine_year", primary_students=166, junior_students=210)
    shares = split_shares(school, load_profile("national"))
    assert float(shares["primary"] * 23226) == pytest.approx(9711.63, abs=0.005)
    assert float(shares["junior"] * 23226) == pytest.approx(13514.37, abs=0.005)
    assert shares["primary"] + shares["junior"] == 1


def test_case_b_split_reaches_the_section_values() -> None:
    school = record("N1", "nine_year", primary_students=166, junior_students=210, equipment_value_yuan=23226)
    result = assess([school], load_profile("national")).schools[0]
    assert result.sections["primary"].values["equipment_value"] * 166 == pytest.approx(9711.63, abs=0.005)
    assert result.sections["junior"].values["equipment_value"] * 210 == pytest.approx(13514.37, abs=0.005)


def test_complete_middle_and_twelve_year_weights() -> None:
    profile = load_profile("national")
    complete = split_shares(record("C", "complete_middle", junior_students=600, senior_students=500), profile)
    assert complete["junior"] == pytest.approx(600 / (600 + 1.2 * 500))
    assert complete["primary"] == 0
    twelve = split_shares(record("T", "twelve_year", primary_students=300, junior_students=200,
                                 senior_students=100), profile)
    total = 300 + 1.1 * 200 + 1.32 * 100
    assert float(twelve["primary"]) == pytest.approx(300 / total)
    assert float(twelve["junior"]) == pytest.approx(1.1 * 200 / total)
