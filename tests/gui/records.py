"""School records built for exact boundaries (every other indicator comfortably reached)."""
from __future__ import annotations

from jinchang_desktop.standards.records import SchoolRecord


def primary_school(students: int, **values: int | float) -> SchoolRecord:
    """A primary school whose seven indicators all reach the standard unless ``values`` say otherwise."""
    base: dict[str, int | float] = {
        "primary_students": students,
        "primary_qualified_teachers": students,  # 100 per 100 students
        "primary_backbone_teachers": students,
        "primary_pe_art_teachers": students,
        "teaching_aux_area_m2": students * 10,
        "indoor_sports_area_m2": 0,
        "sports_ground_area_m2": students * 20,
        "equipment_value_yuan": students * 5000,
        "multimedia_classrooms": students,
    }
    base.update(values)
    return SchoolRecord(code="2162100099", name="测试小学", county="永昌县", school_type="primary", values=base)
