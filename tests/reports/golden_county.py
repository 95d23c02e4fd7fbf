"""A small county whose tables were worked out by hand (see the expected values in test_workbook_golden.py).

The five primary schools are REPORT-TABLES.md's worked check: students 45, 37, 89, 76, 55 and teaching space
279, 137, 935, 160, 402 m² give 全县平均值 6.33 and 差异系数 0.515. Sports ground and equipment are exactly
7.5 m² and 2000 yuan per pupil (CV 0); the junior block is one junior school and one 完全中学 whose junior
share (weights 1 : 1.2 for 200 : 100 pupils) is 0.625.
"""
from __future__ import annotations

from pathlib import Path

from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.store.declared import load_records
from jinchang_desktop.store.workspace import Workspace

YEAR = 2025
COUNTY = "永昌县"
PRIMARY_STUDENTS = [45, 37, 89, 76, 55]
NAMES = ["=HYPERLINK(\"http://x\",\"一小\")", "二小", "三小", "四小", "五小"]


def primary_records() -> list[SchoolRecord]:
    records = []
    qualified, multimedia = [2, 2, 4, 3, 3], [1, 1, 2, 2, 1]
    area = [279, 137, 935, 160, 402]
    classes, staff, teachers = [2, 2, 3, 3, 2], [5, 4, 8, 7, 6], [4, 3, 7, 6, 5]
    for n, students in enumerate(PRIMARY_STUDENTS):
        values: dict[str, int | float] = {
            "primary_students": students, "primary_qualified_teachers": qualified[n],
            "primary_backbone_teachers": 1, "primary_pe_art_teachers": 1, "teaching_aux_area_m2": area[n],
            "indoor_sports_area_m2": 0, "sports_ground_area_m2": 7.5 * students,
            "equipment_value_yuan": 2000 * students, "multimedia_classrooms": multimedia[n],
            "primary_classes": classes[n], "primary_grades": 6, "primary_staff": staff[n],
            "primary_teachers": teachers[n],
        }
        if n == 0:
            values["sponsor_type"] = 10
        records.append(SchoolRecord(code=f"62032100{n + 1}", name=NAMES[n], county=COUNTY, school_type="primary",
                                    values=values))
    return records


def junior_records() -> list[SchoolRecord]:
    return [
        SchoolRecord(code="620321101", name="一中", county=COUNTY, school_type="junior", values={
            "junior_students": 100, "junior_qualified_teachers": 6, "junior_backbone_teachers": 1,
            "junior_pe_art_teachers": 1, "teaching_aux_area_m2": 600, "indoor_sports_area_m2": 0,
            "sports_ground_area_m2": 1100, "equipment_value_yuan": 260000, "multimedia_classrooms": 3,
            "junior_classes": 3, "junior_grades": 3, "junior_staff": 10, "junior_teachers": 8}),
        SchoolRecord(code="620321102", name="完中", county=COUNTY, school_type="complete_middle", values={
            "junior_students": 200, "senior_students": 100, "junior_qualified_teachers": 12,
            "junior_backbone_teachers": 2, "junior_pe_art_teachers": 2, "teaching_aux_area_m2": 1920,
            "indoor_sports_area_m2": 0, "sports_ground_area_m2": 3520, "equipment_value_yuan": 832000,
            "multimedia_classrooms": 8, "junior_classes": 5, "junior_grades": 3, "junior_staff": 20,
            "junior_teachers": 16}),
    ]


def make_golden_county(folder: Path) -> Path:
    with Workspace.create(folder, role="county", code="620321", name="永昌县教育局", county=COUNTY,
                          school_year=YEAR) as ws:
        load_records(ws.conn, primary_records() + junior_records(), YEAR, action="load", source="county-entry")
    return folder
