"""The inspection workbook read back with openpyxl and compared cell by cell with figures worked out by hand."""
from __future__ import annotations

from typing import Any

import openpyxl
import pytest

from jinchang_desktop.reports.build import write_report
from jinchang_desktop.reports.excel.form_tables import seven_mean
from jinchang_desktop.reports.excel.model import half_up

from .golden_county import make_golden_county

SHEETS = ["表Ⅰ", "表Ⅱ-1", "表Ⅱ-2", "表Ⅲ", "表Ⅳ", "表Ⅴ", "表Ⅵ", "来源"]


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("golden")
    workspace = make_golden_county(folder / "county")
    out = folder / "永昌县.xlsx"
    write_report(workspace, out)
    return openpyxl.load_workbook(out)


def values(sheet: Any, first_row: int, last_row: int, last_column: int) -> list[list[Any]]:
    return [[sheet.cell(r, c).value for c in range(1, last_column + 1)] for r in range(first_row, last_row + 1)]


def formats(sheet: Any, row: int, first: int, last: int) -> list[str]:
    return [sheet.cell(row, c).number_format for c in range(first, last + 1)]


def test_one_sheet_per_table(book: Any) -> None:
    assert book.sheetnames == SHEETS


def test_worked_checks_of_report_tables() -> None:
    # 综合 of the seven CVs REPORT-TABLES.md gives: 0.368 (the unrounded mean is 0.367503…).
    seven = [0.297929, 0.501787, 0.401952, 0.288419, 0.375450, 0.312782, 0.394205]
    overall = seven_mean(seven)
    assert overall is not None and half_up(overall, 3) == 0.368
    assert half_up(0.3675, 3) == 0.368  # half up, not to even


def test_table_3_cell_by_cell(book: Any) -> None:
    sheet = book["表Ⅲ"]
    assert sheet["A1"].value == "表Ⅲ 县域义务教育校际均衡情况（永昌县）"
    assert [sheet.cell(2, c).value for c in range(1, 11)] == ["学段", "项目", "L1", "L2", "L3", "L4", "L5", "L6", "L7",
                                                               "L8"]
    assert sheet.cell(3, 10).value == "综合"
    assert values(sheet, 4, 9, 10) == [
        ["小学", "全县平均值", 4.64, 1.66, 1.66, 6.33, 7.50, 2000.00, 2.32, "——"],
        [None, "差异系数", 0.123, 0.331, 0.331, 0.515, 0.0, 0.0, 0.130, 0.204],
        [None, "差异系数是否达标（≤0.50）", "是", "是", "是", "否", "是", "是", "是", "——"],
        ["初中", "全县平均值", 6.00, 1.00, 1.00, 6.00, 11.00, 2600.00, 2.67, "——"],
        [None, "差异系数", 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.088, 0.013],
        [None, "差异系数是否达标（≤0.45）", "是", "是", "是", "是", "是", "是", "是", "——"],
    ]
    assert formats(sheet, 4, 3, 9) == ["0.00"] * 7
    assert formats(sheet, 5, 3, 10) == ["0.000"] * 8
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A1:J1", "A2:A3", "B2:B3", "A4:A6", "A7:A9"} <= merged
    assert sheet.freeze_panes == "A4"


def test_table_2_2_blocks_rows_and_remarks(book: Any) -> None:
    sheet = book["表Ⅱ-2"]
    assert sheet.cell(2, 7).value == "每百名学生拥有高于规定学历教师数（人）" and sheet.cell(3, 7).value == "L7"
    assert sheet.cell(3, 14).value == "L14" and sheet.cell(2, 15).value.startswith("备注")
    assert sheet.cell(4, 1).value == "一、小学（共 5 所，其中一贯制学校小学部 0 所，50人及以上教学点 0 个）"
    assert values(sheet, 5, 9, 15) == [
        [1, "'=HYPERLINK(\"http://x\",\"一小\")", 10, 45, 6, 2, 4.44, 2.22, 2.22, 6.20, 7.50, 2000.00, 2.22, "是",
         "达标：L7、L8、L9、L10、L11、L12；达到85%：L13"],
        [2, "二小", 7, 37, 6, 2, 5.41, 2.70, 2.70, 3.70, 7.50, 2000.00, 2.70, "否",
         "达标：L7、L8、L9、L11、L12、L13；未达85%：L10"],
        [3, "三小", 7, 89, 6, 3, 4.49, 1.12, 1.12, 10.51, 7.50, 2000.00, 2.25, "是",
         "达标：L7、L8、L9、L10、L11、L12；达到85%：L13"],
        [4, "四小", 7, 76, 6, 3, 3.95, 1.32, 1.32, 2.11, 7.50, 2000.00, 2.63, "否",
         "达标：L8、L9、L11、L12、L13；达到85%：L7；未达85%：L10"],
        [5, "五小", 7, 55, 6, 2, 5.45, 1.82, 1.82, 7.31, 7.50, 2000.00, 1.82, "否",
         "达标：L7、L8、L9、L10、L11、L12；未达85%：L13"],
    ]
    assert sheet.cell(5, 2).data_type == "s"  # the formula-like name is text, not a formula
    assert sheet.cell(10, 1).value == "二、初中（共 2 所，其中一贯制学校初中部 0 所，完全中学初中部 1 所）"
    assert values(sheet, 11, 12, 15) == [
        [1, "一中", 7, 100, 3, 3, 6.00, 1.00, 1.00, 6.00, 11.00, 2600.00, 3.00, "是",
         "达标：L7、L8、L9、L10、L11、L12、L13"],
        [2, "完中（初中部）", 7, 200, 3, 5, 6.00, 1.00, 1.00, 6.00, 11.00, 2600.00, 2.50, "是",
         "达标：L7、L8、L9、L10、L11、L12、L13"],
    ]
    assert formats(sheet, 5, 7, 13) == ["0.00"] * 7
    assert all(isinstance(sheet.cell(5, c).value, int | float) for c in range(7, 14))  # numbers, not text
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A4:O4", "A10:O10", "A2:A3", "B2:B3", "O2:O3"} <= merged
    assert sheet.freeze_panes == "A4"


def test_table_2_1_counts_and_ratios(book: Any) -> None:
    sheet = book["表Ⅱ-1"]
    assert values(sheet, 4, 7, 10) == [
        ["小学", "达标学校总数（所）", 4, 5, 5, 3, 5, 5, 2, 2],
        [None, "达标学校比例（%）", 80.0, 100.0, 100.0, 60.0, 100.0, 100.0, 40.0, 40.0],
        ["初中", "达标学校总数（所）", 2, 2, 2, 2, 2, 2, 2, 2],
        [None, "达标学校比例（%）", 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0],
    ]
    assert formats(sheet, 5, 3, 10) == ["0.00"] * 8


def test_table_1_counts_and_blank_county_figures(book: Any) -> None:
    sheet = book["表Ⅰ"]
    assert sheet.cell(2, 1).value == "自然情况" and sheet.cell(2, 14).value == "特殊教育学校（所）"
    assert [sheet.cell(4, c).value for c in range(1, 25)] == [f"L{n}" for n in range(1, 25)]
    assert [sheet.cell(5, c).value for c in range(1, 25)] == [
        None, None, None, None, None, None, None, None,  # the county's own figures: not entered yet
        5, 0, 1, 1, 0, 0, 0, 0, 12, 8, 302, 300, 30, 25, 30, 24]
    assert sheet.cell(5, 1).number_format == "0.00" and sheet.cell(5, 19).number_format == "0"
    assert {"A2:D2", "E2:H2", "N2:N3"} <= {str(r) for r in sheet.merged_cells.ranges}
    assert any("尚未录入县域情况" in str(sheet.cell(r, 1).value) for r in range(6, 12))


def test_print_setup_of_every_table(book: Any) -> None:
    for name in SHEETS:
        sheet = book[name]
        assert sheet.page_setup.orientation == "landscape"
        assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
        assert sheet.print_title_rows.startswith("$1:$")
        assert sheet.freeze_panes is not None


def test_tables_4_to_6_fill_what_the_data_gives(book: Any) -> None:
    four = book["表Ⅳ"]
    assert [four.cell(2, c).value for c in range(1, 5)] == ["序号", "名称", "指标值或简要结论", "是否达标"]
    assert [four.cell(r, 1).value for r in range(3, 18)] == list(range(1, 16))
    assert four.cell(6, 3).value == "超过2000人的小学0所，初中0所，超过2500人的一贯制学校0所"
    assert four.cell(6, 4).value == "是"  # every school within its size limit (the engine's school checks)
    assert four.cell(7, 3).value == "超过45人的小学班级____个，超过50人的初中班级____个"
    assert four.cell(7, 4).value == "待填报"  # no school entered its largest class
    assert four.cell(8, 3).value == "不足100人的规模较小学校学生数302人，公用经费____元"
    assert four.cell(14, 3).value == "全县在岗专任教师49人，其中持有教师资格证的专任教师____人，占比____%"
    five = book["表Ⅴ"]
    assert [five.cell(r, 1).value for r in range(3, 12)] == list(range(1, 10))
    assert five.cell(3, 3).value.startswith("全县初中毕业班学生数为____人")
    six = book["表Ⅵ"]
    assert [six.cell(3, c).value for c in range(2, 9)] == [f"L{n}" for n in range(1, 8)]
    assert [six.cell(r, 1).value for r in (4, 5)] == ["计", "其中：家长"]


def test_provenance_names_profile_and_version(book: Any) -> None:
    from jinchang_desktop import __version__
    from jinchang_desktop.standards.catalogue import load_profile

    sheet = book["来源"]
    facts = {sheet.cell(r, 1).value: sheet.cell(r, 2).value for r in range(3, 9)}
    assert facts["标准文件 SHA-256"] == load_profile("national").sha256
    assert facts["程序版本"] == f"jinchang-desktop {__version__}"
    assert facts["学年"] == "2025"
    codes = [sheet.cell(r, 1).value for r in range(11, 18)]
    assert codes == ["620321001", "620321002", "620321003", "620321004", "620321005", "620321101", "620321102"]
    assert sheet.cell(11, 4).value == "县级录入"
