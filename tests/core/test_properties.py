"""Properties of the CV and of merging that hold for any data (hypothesis)."""
from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jinchang_desktop.standards.assess import assess
from jinchang_desktop.standards.catalogue import load_profile
from jinchang_desktop.standards.cv import assess_cv, exact_cv_at_most, weighted_cv

from .helpers import record

NATIONAL = load_profile("national")
students_st = st.integers(min_value=1, max_value=3000)
schools_st = st.lists(st.tuples(students_st, st.integers(min_value=0, max_value=100_000)), min_size=1, max_size=40)


@given(st.lists(students_st, min_size=1, max_size=40), st.fractions(min_value=Fraction(1, 100), max_value=50))
def test_cv_is_zero_when_every_school_has_the_same_ratio(students: list[int], ratio: Fraction) -> None:
    quantities = [float(ratio * p) for p in students]
    cv, _ = weighted_cv(students, quantities)
    assert cv == pytest.approx(0, abs=1e-7)
    assert exact_cv_at_most(students, [ratio * p for p in students], Fraction(0))


@given(schools_st, st.sampled_from([Fraction(1, 10), Fraction(3), Fraction(100), Fraction(7, 3)]))
def test_cv_does_not_change_when_quantities_are_scaled(schools: list[tuple[int, int]], scale: Fraction) -> None:
    students = [p for p, _ in schools]
    quantities = [x for _, x in schools]
    cv, _ = weighted_cv(students, quantities)
    scaled, _ = weighted_cv(students, [float(x * scale) for x in quantities])
    if cv is None:
        assert scaled is None
    else:
        assert scaled == pytest.approx(cv, rel=1e-9, abs=1e-12)


@given(schools_st)
def test_mean_equals_the_county_aggregate(schools: list[tuple[int, int]]) -> None:
    students = [p for p, _ in schools]
    quantities = [x for _, x in schools]
    _, mean = weighted_cv(students, quantities)
    assert mean == pytest.approx(sum(quantities) / sum(students))
    weighted = sum(p / sum(students) * (x / p) for p, x in schools)
    assert mean == pytest.approx(weighted)


@settings(max_examples=60)
@given(schools_st, st.sampled_from([Fraction(1, 2), Fraction(9, 20)]))
def test_float_verdict_agrees_with_the_exact_one(schools: list[tuple[int, int]], limit: Fraction) -> None:
    students = [p for p, _ in schools]
    quantities = [x for _, x in schools]
    result = assess_cv(students, quantities, limit, rounding_digits=2)
    if result.cv is not None:
        assert result.ok == exact_cv_at_most(students, quantities, limit)


def test_cv_exactly_on_the_limit_passes() -> None:
    """Two schools of 1 student with ratios 1 and 3: mean 2, S = 1, CV = 0.5 exactly."""
    result = assess_cv([1, 1], [1.0, 3.0], Fraction(1, 2), rounding_digits=2)
    assert result.ok and result.cv == pytest.approx(0.5)


def test_rounding_sensitive_verdict_is_flagged() -> None:
    # Ratios 1 and x with equal weights: CV = (x-1)/(x+1); x = 3.1 → CV ≈ 0.5122 (> 0.50, rounds to 0.51)
    fails = assess_cv([1, 1], [1.0, 3.1], Fraction(1, 2), rounding_digits=2)
    assert not fails.ok and not fails.rounding_sensitive
    # x = 3.04 → CV ≈ 0.50495: fails exactly, but rounds to 0.50 and would pass
    flagged = assess_cv([1, 1], [1.0, 3.04], Fraction(1, 2), rounding_digits=2)
    assert not flagged.ok and flagged.rounding_sensitive


value_st = st.integers(min_value=0, max_value=5000)


@settings(max_examples=40)
@given(parent=st.tuples(st.integers(50, 2000), value_st, value_st, value_st),
       site=st.tuples(st.integers(0, 300), value_st, value_st, value_st))
def test_merging_a_site_equals_summing_by_hand(parent: tuple[int, ...], site: tuple[int, ...]) -> None:
    keys = ("primary_students", "primary_qualified_teachers", "sports_ground_area_m2", "multimedia_classrooms")
    parent_rec = record("P", **dict(zip(keys, parent, strict=False)))
    site_rec = record("S", "teaching_site", **dict(zip(keys, site, strict=False)))
    site_rec.counted, site_rec.parent_code = False, "P"
    merged = assess([parent_rec, site_rec], NATIONAL)
    by_hand = assess([record("P", **{k: a + b for k, a, b in zip(keys, parent, site, strict=False)})], NATIONAL)
    assert merged.schools[1].excluded is not None and merged.schools[1].excluded.en == "merged into P"
    assert merged.schools[1].sections == {}
    got = merged.schools[0].sections["primary"]
    want = by_hand.schools[0].sections["primary"]
    assert got.students == want.students
    assert got.values == want.values
    assert got.compliant == want.compliant
    # the site's own record is not changed by merging
    assert site_rec.values == dict(zip(keys, site, strict=False))


@settings(max_examples=200)
@given(students=st.integers(1, 5000), teachers=st.integers(0, 400),
       key=st.sampled_from(["qualified_teachers", "backbone_teachers", "pe_art_teachers"]))
def test_teacher_gap_is_the_least_whole_number_that_reaches(students: int, teachers: int, key: str) -> None:
    from jinchang_desktop.standards.assess import assess_school

    field = {"qualified_teachers": "primary_qualified_teachers", "backbone_teachers": "primary_backbone_teachers",
             "pe_art_teachers": "primary_pe_art_teachers"}[key]
    school = record("S", primary_students=students, **{field: teachers})
    item = assess_school(school, NATIONAL).sections["primary"].indicators[key]
    threshold = NATIONAL.indicators[key].threshold("primary")
    floor = threshold * NATIONAL.floor_ratio

    def least(level: Fraction) -> int:
        needed = 0
        while Fraction(teachers + needed) * 100 / students < level:
            needed += 1
        return needed

    assert item.reached == (least(threshold) == 0)
    if item.gap is not None:
        assert item.gap.to_threshold == least(threshold)
        assert item.gap.to_floor == least(floor)


@settings(max_examples=200)
@given(primary=st.integers(1, 2000), junior=st.integers(1, 2000),
       ground=st.decimals(min_value=0, max_value=60000, places=1).map(float))
def test_split_area_gap_is_the_least_tenth_that_reaches(primary: int, junior: int, ground: float) -> None:
    """A nine-year school's sports ground is shared 1 : 1.1; the gap is in the whole school's m², to 0.1."""
    from jinchang_desktop.standards.assess import assess_school

    school = record("N", "nine_year", primary_students=primary, junior_students=junior,
                    sports_ground_area_m2=ground)
    result = assess_school(school, NATIONAL)
    share = Fraction(primary) / (primary + Fraction(11, 10) * junior)
    threshold = NATIONAL.indicators["sports_space"].threshold("primary")
    typed = Fraction(repr(ground))

    def reaches(total: Fraction) -> bool:
        return total * share / primary >= threshold

    item = result.sections["primary"].indicators["sports_space"]
    assert item.reached == reaches(typed)
    if item.gap is not None:
        gap = Fraction(repr(item.gap.to_threshold))
        assert gap * 10 == int(gap * 10)  # whole tenths of a square metre
        assert reaches(typed + gap) and not reaches(typed + gap - Fraction(1, 10))


def test_county_cv_exactly_on_the_limit_is_decided_exactly_through_the_engine() -> None:
    """Two schools of equal size at 1 and 3 yuan per student: CV is 0.5 exactly and meets the 小学 limit."""
    records = [record("A", primary_students=100, equipment_value_yuan=100),
               record("B", primary_students=100, equipment_value_yuan=300)]
    cv = assess(records, NATIONAL).counties["永昌县"]["primary"].cv["equipment_value"]
    assert cv.cv == pytest.approx(0.5) and cv.ok
    records[1].values["equipment_value_yuan"] = 300.1  # a tenth of a yuan more: over the limit
    assert not assess(records, NATIONAL).counties["永昌县"]["primary"].cv["equipment_value"].ok
