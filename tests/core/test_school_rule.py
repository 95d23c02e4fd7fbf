"""The per-school rule at its exact boundaries, and the gaps it reports."""
from __future__ import annotations

import pytest

from jinchang_desktop.standards.assess import assess, assess_school
from jinchang_desktop.standards.catalogue import load_profile

from .helpers import good_primary, record

NATIONAL = load_profile("national")


def primary(result):
    return result.sections["primary"]


def test_all_seven_reached() -> None:
    section = primary(assess_school(good_primary(), NATIONAL))
    assert section.reached == 7 and section.compliant


def test_nine_per_thousand_is_point_nine_and_meets_it() -> None:
    """9/1000*100 is 0.8999999999999999 in floating point; the standard's 0.9 must still be met."""
    assert 9 / 1000 * 100 < 0.9
    section = primary(assess_school(good_primary(primary_pe_art_teachers=9), NATIONAL))
    item = section.indicators["pe_art_teachers"]
    assert item.reached and item.gap is None
    assert section.reached == 7


def test_one_under_threshold_fails_the_indicator() -> None:
    section = primary(assess_school(good_primary(primary_pe_art_teachers=8), NATIONAL))
    assert not section.indicators["pe_art_teachers"].reached
    assert section.reached == 6 and section.compliant  # 0.8 ≥ 0.85 × 0.9 = 0.765


def test_exactly_on_the_threshold_of_an_area() -> None:
    # 200 students × 7.5 m² = 1500 m² of sports space exactly
    school = record(**{**good_primary().values, "primary_students": 200, "sports_ground_area_m2": 1200,
                       "indoor_sports_area_m2": 300, "teaching_aux_area_m2": 1300,
                       "primary_qualified_teachers": 10, "primary_backbone_teachers": 2,
                       "primary_pe_art_teachers": 2, "equipment_value_yuan": 400000,
                       "multimedia_classrooms": 5})
    section = primary(assess_school(school, NATIONAL))
    assert section.indicators["sports_space"].reached
    assert section.indicators["sports_space"].value == 7.5


def _sports(ground: float):
    # 200 students, no indoor sports: threshold 1500 m², floor 0.85 × 1500 = 1275 m²
    school = record(**{**good_primary().values, "primary_students": 200, "sports_ground_area_m2": ground,
                       "indoor_sports_area_m2": 0, "teaching_aux_area_m2": 1000,
                       "primary_qualified_teachers": 10, "primary_backbone_teachers": 2,
                       "primary_pe_art_teachers": 2, "equipment_value_yuan": 400000,
                       "multimedia_classrooms": 5})
    return primary(assess_school(school, NATIONAL))


def test_exactly_eighty_five_percent_passes_the_school() -> None:
    section = _sports(1275)
    item = section.indicators["sports_space"]
    assert not item.reached and item.above_floor
    assert section.reached == 6 and section.compliant
    assert item.gap.to_threshold == 225.0 and item.gap.to_floor == 0


def test_just_under_eighty_five_percent_fails_the_school() -> None:
    section = _sports(1274.9)
    item = section.indicators["sports_space"]
    assert not item.above_floor
    assert section.reached == 6 and not section.compliant
    assert item.gap.to_floor == pytest.approx(0.1)


def test_two_misses_fail_even_above_the_floor() -> None:
    section = primary(assess_school(good_primary(primary_pe_art_teachers=8, multimedia_classrooms=22), NATIONAL))
    assert section.reached == 5
    assert all(section.indicators[k].above_floor for k in ("pe_art_teachers", "multimedia_rooms"))
    assert not section.compliant


def test_gap_in_whole_teachers_rounds_up() -> None:
    # 1000 students need 42 qualified teachers; 39.5 is impossible, so 39 → 3 more
    item = primary(assess_school(good_primary(primary_qualified_teachers=39), NATIONAL)).indicators[
        "qualified_teachers"]
    assert item.gap.to_threshold == 3
    assert item.gap.to_floor == 0  # 35.7 needed for the floor


def test_gap_in_rooms_and_floor_round_up() -> None:
    # 1000 students need 23 rooms; floor 19.55 → 20 rooms
    item = primary(assess_school(good_primary(multimedia_classrooms=15), NATIONAL)).indicators["multimedia_rooms"]
    assert item.gap.to_threshold == 8
    assert item.gap.to_floor == 5


def test_gap_in_money_to_one_decimal() -> None:
    # 1000 students need 2,000,000 yuan
    item = primary(assess_school(good_primary(equipment_value_yuan=1_999_999.95), NATIONAL)).indicators[
        "equipment_value"]
    assert item.gap.to_threshold == pytest.approx(0.1)


def test_gap_of_a_split_facility_is_in_whole_school_units() -> None:
    # Nine-year school, 166 + 210 students; primary share 166/397 of multimedia rooms.
    school = record("N", "nine_year", primary_students=166, junior_students=210, multimedia_classrooms=4)
    result = assess_school(school, NATIONAL)
    gap = result.sections["primary"].indicators["multimedia_rooms"].gap
    # primary needs 2.3 × 1.66 = 3.818 rooms of its share; its share of 4+g rooms is (4+g)·166/397
    assert gap.to_threshold == 6  # 10 × 166/397 = 4.18 ≥ 3.818, 9 × 166/397 = 3.76 < 3.818
    assert (4 + gap.to_threshold) * 166 / 397 >= 3.818


def test_teaching_space_excludes_indoor_sports_and_sports_includes_it() -> None:
    school = good_primary(teaching_aux_area_m2=5000, indoor_sports_area_m2=600, sports_ground_area_m2=7000)
    values = primary(assess_school(school, NATIONAL)).values
    assert values["teaching_space"] == pytest.approx(4.4)
    assert values["sports_space"] == pytest.approx(7.6)


def test_compliant_count_in_county() -> None:
    records = [good_primary("A"), good_primary("B", primary_pe_art_teachers=8, multimedia_classrooms=22)]
    county = assess(records, NATIONAL).counties["永昌县"]["primary"]
    assert county.compliant_schools == 1 and county.schools == 2
