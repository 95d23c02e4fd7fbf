"""Reading the school table: every school type, both header languages, CSV and XLSX, and every bad input."""
from __future__ import annotations

import math
from pathlib import Path

import pytest

from jinchang_desktop.standards.assess import assess
from jinchang_desktop.standards.catalogue import load_profile
from jinchang_desktop.standards.table import TableError, read_table

from .tables import EVERY_TYPE, TABLE_KEYS, write_csv, write_xlsx


def test_csv_with_english_keys(tmp_path: Path) -> None:
    records = read_table(write_csv(tmp_path / "t.csv", EVERY_TYPE))
    assert [r.code for r in records] == [row["school_code"] for row in EVERY_TYPE]
    assert {r.school_type for r in records} == {
        "primary", "junior", "nine_year", "teaching_site", "complete_middle", "twelve_year", "special"}
    site = records[3]
    assert not site.counted and site.parent_code == "6210000003"
    assert records[0].values["primary_students"] == 800
    assert records[0].values["junior_students"] == 0  # empty numeric cells are 0


def test_csv_with_chinese_headers_and_bom(tmp_path: Path) -> None:
    english = read_table(write_csv(tmp_path / "en.csv", EVERY_TYPE))
    chinese = read_table(write_csv(tmp_path / "zh.csv", EVERY_TYPE, chinese=True, bom=True))
    assert [(r.code, r.school_type, r.values) for r in chinese] == [
        (r.code, r.school_type, r.values) for r in english]


def test_xlsx_first_sheet_with_chinese_headers(tmp_path: Path) -> None:
    from_csv = read_table(write_csv(tmp_path / "t.csv", EVERY_TYPE))
    from_xlsx = read_table(write_xlsx(tmp_path / "t.xlsx", EVERY_TYPE))
    assert [(r.code, r.counted, r.values) for r in from_xlsx] == [(r.code, r.counted, r.values) for r in from_csv]


def test_extra_columns_ride_along_and_decimals_read_exactly(tmp_path: Path) -> None:
    rows = [dict(EVERY_TYPE[0], teaching_aux_area_m2="4,200.5")]
    path = write_csv(tmp_path / "t.csv", rows, keys=[*TABLE_KEYS, "备注"])
    assert read_table(path)[0].values["teaching_aux_area_m2"] == 4200.5


def problem_of(path: Path) -> TableError:
    with pytest.raises(TableError) as info:
        read_table(path)
    return info.value


@pytest.mark.parametrize(
    ("change", "column", "rule"),
    [
        ({"school_type": "职业学校"}, "学校类型", "school-type"),
        ({"primary_students": "八百"}, "小学在校生数", "non-negative-number"),
        ({"primary_students": -1}, "小学在校生数", "non-negative-number"),
        ({"teaching_aux_area_m2": "NaN"}, "教学及辅助用房面积", "non-negative-number"),
        ({"teaching_aux_area_m2": "inf"}, "教学及辅助用房面积", "non-negative-number"),
        ({"primary_qualified_teachers": 2.5}, "小学高于规定学历专任教师数", "non-negative-number"),
        ({"counted": "也许"}, "是否计校数", "flag"),
        ({"school_name": ""}, "学校名称", "required"),
        ({"junior_qualified_teachers": 3}, "初中高于规定学历专任教师数", "teachers-without-students"),
        ({"junior_students": 10}, "初中在校生数", "section-of-type"),
        ({"indoor_sports_area_m2": 99999}, "室内体育用房面积", "indoor_sports_area_m2 ≤ teaching_aux_area_m2"),
    ],
)
def test_bad_cell_names_file_row_column_and_rule(tmp_path: Path, change: dict, column: str, rule: str) -> None:
    rows = [dict(EVERY_TYPE[0], **change), EVERY_TYPE[1]]
    path = write_csv(tmp_path / "bad.csv", rows)
    error = problem_of(path)
    first = error.problems[0]
    assert (first.file, first.row, first.column, first.rule) == (str(path), 2, column, rule)
    message = error.message()
    assert str(path) in message and "第 2 行" in message and column in message and rule in message
    assert "row 2" in message  # the English follows the Chinese


def test_missing_required_column(tmp_path: Path) -> None:
    keys = [k for k in TABLE_KEYS if k != "sports_ground_area_m2"]
    error = problem_of(write_csv(tmp_path / "t.csv", EVERY_TYPE, keys=keys))
    assert error.problems[0].rule == "required-column" and error.problems[0].row == 1
    assert "运动场地面积" in error.message()


def test_duplicate_code(tmp_path: Path) -> None:
    rows = [EVERY_TYPE[0], EVERY_TYPE[1], dict(EVERY_TYPE[0], school_name="重复")]
    error = problem_of(write_csv(tmp_path / "t.csv", rows))
    assert error.problems[0].rule == "unique-code" and error.problems[0].row == 4
    assert "第 2 行" in error.problems[0].zh


def test_site_whose_parent_is_missing(tmp_path: Path) -> None:
    rows = [EVERY_TYPE[0], dict(EVERY_TYPE[3], parent_code="6299999999")]
    error = problem_of(write_csv(tmp_path / "t.csv", rows))
    assert error.problems[0].rule == "parent-exists" and error.problems[0].column == "所属学校标识码"


def test_site_without_parent(tmp_path: Path) -> None:
    rows = [EVERY_TYPE[0], dict(EVERY_TYPE[3], parent_code="")]
    assert problem_of(write_csv(tmp_path / "t.csv", rows)).problems[0].rule == "parent-required"


def test_every_problem_is_reported_not_only_the_first(tmp_path: Path) -> None:
    rows = [dict(EVERY_TYPE[0], primary_students=-5), dict(EVERY_TYPE[1], school_type="x")]
    error = problem_of(write_csv(tmp_path / "t.csv", rows))
    assert [p.row for p in error.problems] == [2, 3]


def test_empty_and_unknown_files(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    assert problem_of(tmp_path / "empty.csv").problems[0].rule == "header"
    (tmp_path / "t.doc").write_text("x", encoding="utf-8")
    assert problem_of(tmp_path / "t.doc").problems[0].rule == "format"
    assert problem_of(tmp_path / "missing.csv").problems[0].rule == "file"
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really")
    assert problem_of(tmp_path / "broken.xlsx").problems[0].rule == "xlsx"


def test_every_type_assessed(tmp_path: Path) -> None:
    records = read_table(write_csv(tmp_path / "t.csv", EVERY_TYPE))
    result = assess(records, load_profile("national"))
    by_code = {s.record.code: s for s in result.schools}
    assert set(by_code["6210000003"].sections) == {"primary", "junior"}
    assert by_code["6210000004"].excluded.en == "merged into 6210000003"
    assert set(by_code["6220000001"].sections) == {"junior"}
    assert set(by_code["6220000002"].sections) == {"primary", "junior"}
    assert by_code["6220000003"].excluded.en.startswith("teaching site with 30 students")
    assert by_code["6220000004"].excluded.en == "special-education school"
    # the merged site's 20 students joined the nine-year school's primary section
    assert by_code["6210000003"].sections["primary"].students == 186
    # the exact-threshold school reaches every indicator
    assert by_code["6220000005"].sections["primary"].reached == 7
    yongchang = result.counties["永昌县"]
    assert yongchang["primary"].schools == 2 and yongchang["junior"].schools == 2
    assert all(cv.cv is not None and not math.isnan(cv.cv) for cv in yongchang["primary"].cv.values())
