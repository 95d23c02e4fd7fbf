"""Small builders for school records used across the core tests."""
from __future__ import annotations

from jinchang_desktop.standards.records import SchoolRecord

# A primary school of 1000 students that reaches every threshold with some margin.
GOOD_PRIMARY = {
    "primary_students": 1000,
    "primary_qualified_teachers": 50,
    "primary_backbone_teachers": 12,
    "primary_pe_art_teachers": 10,
    "teaching_aux_area_m2": 5000,
    "indoor_sports_area_m2": 300,
    "sports_ground_area_m2": 8000,
    "equipment_value_yuan": 2_500_000,
    "multimedia_classrooms": 25,
}


def record(code: str = "S1", school_type: str = "primary", county: str = "永昌县", **values: float) -> SchoolRecord:
    return SchoolRecord(code=code, name=f"学校{code}", county=county, school_type=school_type,
                        values=dict(values))


def good_primary(code: str = "S1", **changes: float) -> SchoolRecord:
    return record(code, "primary", **{**GOOD_PRIMARY, **changes})
