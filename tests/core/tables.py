"""Write school tables (CSV or XLSX, English keys or Chinese headers) for tests."""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from jinchang_desktop.standards.fields import field_catalogue

TABLE_KEYS = [f.key for f in field_catalogue().fields.values() if f.in_table]

# One school of every type, two counties, and a merged site.
EVERY_TYPE: list[dict[str, Any]] = [
    {"school_code": "6210000001", "school_name": "一小", "county": "永昌县", "school_type": "primary",
     "primary_students": 800, "primary_qualified_teachers": 40, "primary_backbone_teachers": 9,
     "primary_pe_art_teachers": 8, "teaching_aux_area_m2": 4200, "indoor_sports_area_m2": 300,
     "sports_ground_area_m2": 6200, "equipment_value_yuan": 1700000, "multimedia_classrooms": 19},
    {"school_code": "6210000002", "school_name": "一中", "county": "永昌县", "school_type": "初中",
     "junior_students": 900, "junior_qualified_teachers": 50, "junior_backbone_teachers": 10,
     "junior_pe_art_teachers": 9, "teaching_aux_area_m2": 5800, "indoor_sports_area_m2": 500,
     "sports_ground_area_m2": 9000, "equipment_value_yuan": 2300000, "multimedia_classrooms": 22},
    {"school_code": "6210000003", "school_name": "九年制", "county": "永昌县", "school_type": "九年一贯制",
     "primary_students": 166, "junior_students": 210, "primary_qualified_teachers": 8,
     "junior_qualified_teachers": 12, "primary_backbone_teachers": 2, "junior_backbone_teachers": 3,
     "primary_pe_art_teachers": 2, "junior_pe_art_teachers": 2, "teaching_aux_area_m2": 2300,
     "indoor_sports_area_m2": 100, "sports_ground_area_m2": 3800, "equipment_value_yuan": 23226,
     "multimedia_classrooms": 9},
    {"school_code": "6210000004", "school_name": "教学点", "county": "永昌县", "school_type": "teaching_site",
     "counted": "否", "parent_code": "6210000003", "primary_students": 20, "primary_qualified_teachers": 2,
     "teaching_aux_area_m2": 150, "sports_ground_area_m2": 400, "equipment_value_yuan": 30000,
     "multimedia_classrooms": 1},
    {"school_code": "6220000001", "school_name": "完中", "county": "金川区", "school_type": "complete_middle",
     "junior_students": 600, "senior_students": 500, "junior_qualified_teachers": 33,
     "junior_backbone_teachers": 7, "junior_pe_art_teachers": 6, "teaching_aux_area_m2": 9000,
     "indoor_sports_area_m2": 800, "sports_ground_area_m2": 15000, "equipment_value_yuan": 4000000,
     "multimedia_classrooms": 40},
    {"school_code": "6220000002", "school_name": "十二年", "county": "金川区", "school_type": "十二年一贯制",
     "primary_students": 300, "junior_students": 200, "senior_students": 100, "primary_qualified_teachers": 14,
     "junior_qualified_teachers": 12, "primary_backbone_teachers": 3, "junior_backbone_teachers": 2,
     "primary_pe_art_teachers": 3, "junior_pe_art_teachers": 2, "teaching_aux_area_m2": 4000,
     "indoor_sports_area_m2": 300, "sports_ground_area_m2": 7000, "equipment_value_yuan": 1500000,
     "multimedia_classrooms": 15},
    {"school_code": "6220000003", "school_name": "小教学点", "county": "金川区", "school_type": "教学点",
     "primary_students": 30, "primary_qualified_teachers": 2, "teaching_aux_area_m2": 150},
    {"school_code": "6220000004", "school_name": "特校", "county": "金川区", "school_type": "special",
     "primary_students": 60, "junior_students": 20, "primary_qualified_teachers": 10,
     "junior_qualified_teachers": 5},
    {"school_code": "6220000005", "school_name": "二小", "county": "金川区", "school_type": "小学",
     "primary_students": 1000, "primary_qualified_teachers": 42, "primary_backbone_teachers": 10,
     "primary_pe_art_teachers": 9, "teaching_aux_area_m2": 4500, "indoor_sports_area_m2": 0,
     "sports_ground_area_m2": 7500, "equipment_value_yuan": 2000000, "multimedia_classrooms": 23},
]


def header_names(chinese: bool) -> list[str]:
    fields = field_catalogue().fields
    return [fields[k].label_zh if chinese else k for k in TABLE_KEYS]


def write_csv(path: Path, rows: list[dict[str, Any]], *, chinese: bool = False, bom: bool = False,
              keys: list[str] | None = None, encoding: str | None = None) -> Path:
    keys = keys or TABLE_KEYS
    fields = field_catalogue().fields
    with path.open("w", newline="", encoding=encoding or ("utf-8-sig" if bom else "utf-8")) as handle:
        writer = csv.writer(handle)
        writer.writerow([fields[k].label_zh if chinese and k in fields else k for k in keys])
        for row in rows:
            writer.writerow(["" if row.get(k) is None else row.get(k) for k in keys])
    return path


def write_xlsx(path: Path, rows: list[dict[str, Any]], *, chinese: bool = True) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header_names(chinese))
    for row in rows:
        sheet.append([row.get(k) for k in TABLE_KEYS])
    book.create_sheet("说明").append(["this second sheet is ignored"])
    book.save(path)
    return path
