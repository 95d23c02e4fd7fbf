"""The soft-warning rules and the export rule in the core (standards.review): thresholds from data, compared
exactly, and one answer to "may this report be exported, and if not, why"."""
from __future__ import annotations

from fractions import Fraction

import pytest

from jinchang_desktop.standards.catalogue import load_profile
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.standards.review import CHANGE_RULE, EXPLANATION_RULE, NEAR_RULE, export_check
from tests.gui.records import primary_school


@pytest.fixture(scope="module")
def profile():
    return load_profile("jinchang")


def test_the_review_thresholds_are_data():
    rules = field_catalogue().review
    assert (rules.near_threshold, rules.change_limit) == (Fraction(2, 100), Fraction(30, 100))


def warned(profile, record, **kwargs) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for warning in export_check(record, profile, **kwargs).warnings:
        found.setdefault(warning.field, []).append(warning.note.rule)
    return found


def test_exactly_two_percent_above_still_warns_where_floats_would_not(profile):
    # 32.13 m² for 7 students is 4.59 = 4.5 × 1.02 exactly; in floats 32.13 / 7 is 4.590000000000001 > 4.59.
    assert warned(profile, primary_school(7, teaching_aux_area_m2=32.13))["teaching_aux_area_m2"] == [NEAR_RULE]
    assert "teaching_aux_area_m2" not in warned(profile, primary_school(7, teaching_aux_area_m2=32.14))


def test_exactly_thirty_percent_does_not_warn_where_floats_would(profile):
    record = primary_school(1000, music_room_min_area_m2=0.91)
    # (0.91 − 0.7) / 0.7 is 0.3 exactly; in floats it is 0.3000000000000001.
    assert "music_room_min_area_m2" not in warned(profile, record, previous={"music_room_min_area_m2": 0.7})
    record = primary_school(1000, music_room_min_area_m2=0.92)
    assert warned(profile, record, previous={"music_room_min_area_m2": 0.7})["music_room_min_area_m2"] == \
        [CHANGE_RULE]


def test_a_clean_record_may_export(profile):
    check = export_check(primary_school(1000), profile)
    assert check.allowed and check.errors == () and check.warnings == ()
    assert check.to_json() == {"allowed": True, "errors": [], "warnings": []}


def test_warnings_block_until_each_field_is_explained(profile):
    record = primary_school(1000, primary_qualified_teachers=42, multimedia_classrooms=1000)
    previous = {"multimedia_classrooms": 1430}
    check = export_check(record, profile, previous=previous)
    assert [(w.field, w.note.rule) for w in check.warnings] == [
        ("primary_qualified_teachers", NEAR_RULE), ("multimedia_classrooms", CHANGE_RULE)]
    assert not check.allowed and len(check.unexplained) == 2

    half = export_check(record, profile, previous=previous, explanations={"multimedia_classrooms": "撤并两个校点"})
    assert not half.allowed and [w.field for w in half.unexplained] == ["primary_qualified_teachers"]
    blank = half.with_explanations({"multimedia_classrooms": "撤并两个校点", "primary_qualified_teachers": "  "})
    assert not blank.allowed  # a blank explanation explains nothing
    done = half.with_explanations({"multimedia_classrooms": "撤并两个校点", "primary_qualified_teachers": "新招教师"})
    assert done.allowed and done.errors == ()

    [first, second] = done.to_json()["warnings"]
    assert first == {"field": "primary_qualified_teachers", "rule": NEAR_RULE, "explained": True,
                     "explanation": "新招教师", "message": {"zh": first["message"]["zh"],
                                                           "en": first["message"]["en"]}}
    assert "请核实" in first["message"]["zh"] and "please check" in first["message"]["en"]
    assert second["message"] == {"zh": "比去年（1430）减少 30.1%，请核实",
                                 "en": "30.1% less than last year (1430); please check"}


def test_hard_errors_block_whatever_is_explained(profile):
    record = primary_school(1000, primary_teachers=1000, primary_qualified_teachers=1001)
    check = export_check(record, profile, explanations={"primary_qualified_teachers": "x"})
    assert not check.allowed
    assert [(e.field, e.note.rule) for e in check.errors] == [
        ("primary_qualified_teachers", "primary_qualified_teachers ≤ primary_teachers")]
    assert set(check.to_json()["errors"][0]) == {"field", "rule", "message"}
    [reason] = check.reasons()
    assert reason.column == field_catalogue().fields["primary_qualified_teachers"].label_zh


def test_the_reasons_name_each_unexplained_warning(profile):
    check = export_check(primary_school(1000, primary_qualified_teachers=42), profile)
    [reason] = check.reasons()
    assert reason.rule == EXPLANATION_RULE
    assert reason.column == field_catalogue().fields["primary_qualified_teachers"].label_zh
    assert "尚未填写说明" in reason.zh and "no explanation given" in reason.en


@pytest.mark.parametrize("school_type, zh", [("", "尚未设置学校类型"),
                                             ("no_such_type", "未知的学校类型“no_such_type”")])
def test_without_a_known_type_only_the_type_is_reported(profile, school_type, zh):
    record = primary_school(1000, primary_qualified_teachers=42)
    record.school_type = school_type
    check = export_check(record, profile, previous={"primary_students": 1})
    assert [(e.field, e.note.zh) for e in check.errors] == [("school_type", zh)]
    assert check.warnings == () and not check.allowed
