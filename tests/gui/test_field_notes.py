"""Hard errors and soft warnings per field (Qt-free logic behind the notes beside the fields)."""
from __future__ import annotations

from jinchang_desktop.gui.field_notes import GENERAL, field_notes
from jinchang_desktop.standards.assess import assess_school
from tests.gui.records import primary_school


def notes_of(profile, record, **kwargs):
    return field_notes(record, assess_school(record, profile), profile, **kwargs)


def test_hard_error_lands_on_the_field_it_names(profile):
    record = primary_school(1000, primary_teachers=10, primary_qualified_teachers=12)
    notes = notes_of(profile, record)
    [note] = [n for n in notes["primary_qualified_teachers"] if n.level == "error"]
    assert "不能多于专任教师数" in note.zh and "cannot exceed" in note.en


def test_problem_without_an_editable_field_is_general(profile):
    record = primary_school(1000)
    record.school_type = "no_such_type"
    assert notes_of(profile, record)[GENERAL][0].level == "error"


def test_within_two_percent_above_a_threshold(profile):
    exact = notes_of(profile, primary_school(1000, primary_qualified_teachers=42))  # 0% above
    assert [n.level for n in exact["primary_qualified_teachers"]] == ["warning"]
    near = notes_of(profile, primary_school(10000, primary_qualified_teachers=428))  # 4.28: 1.9% above
    assert "primary_qualified_teachers" in near
    clear = notes_of(profile, primary_school(10000, primary_qualified_teachers=429))  # 4.29: 2.1% above
    assert "primary_qualified_teachers" not in clear
    below = notes_of(profile, primary_school(1000, primary_qualified_teachers=41))  # not reached: the gauge says it
    assert "primary_qualified_teachers" not in below


def test_near_threshold_of_an_area_notes_the_added_area_only(profile):
    record = primary_school(1000, teaching_aux_area_m2=4600, indoor_sports_area_m2=50)  # 4.55 per student
    notes = notes_of(profile, record)
    assert "teaching_aux_area_m2" in notes
    assert "indoor_sports_area_m2" not in notes  # subtracted: not what lifts the value


def test_change_from_last_year(profile):
    record = primary_school(1000, multimedia_classrooms=1000)
    notes = notes_of(profile, record, previous={"primary_students": 769, "multimedia_classrooms": 1430,
                                                  "primary_pe_art_teachers": 0})
    assert [n.zh for n in notes["primary_students"]] == ["比去年（769）增加 30.04%，请核实"]
    assert [n.en for n in notes["multimedia_classrooms"]] == ["30.1% less than last year (1430); please check"]
    assert "primary_pe_art_teachers" not in notes  # no percentage of zero
    exactly = notes_of(profile, primary_school(1300), previous={"primary_students": 1000})
    assert "primary_students" not in exactly  # exactly 30% is allowed


def test_a_change_of_thousands_of_percent_is_worded_not_crashed_on(profile):
    # A clerk typing 2,150,000 over last year's 98 (extra zeros): grouped digits must not break the wording.
    notes = notes_of(profile, primary_school(1000, equipment_value_yuan=21_500_000),
                     previous={"equipment_value_yuan": 98_000})
    assert [n.zh for n in notes["equipment_value_yuan"]] == ["比去年（98,000）增加 21,838.8%，请核实"]
