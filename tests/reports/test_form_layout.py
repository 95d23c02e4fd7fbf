"""表Ⅱ-2's blocks for every school type: 一贯制 parts in both blocks, 完全中学 in the junior block, sites ≥ 50 as
primary rows, merged sites inside their school, small sites and special schools left out."""
from __future__ import annotations

from pathlib import Path

import openpyxl

from jinchang_desktop.reports.excel.form_tables import merged_records, table_1, table_2_2
from jinchang_desktop.reports.excel.writer import write_table
from jinchang_desktop.standards.assess import assess
from jinchang_desktop.standards.catalogue import load_profile
from jinchang_desktop.standards.table import read_table
from tests.core.tables import EVERY_TYPE, write_csv


def written(tmp_path: Path, county: str) -> tuple[openpyxl.worksheet.worksheet.Worksheet, ...]:
    records = read_table(write_csv(tmp_path / "t.csv", EVERY_TYPE))
    assessment = assess(records, load_profile("national"))
    book = openpyxl.Workbook()
    book.remove(book.active)
    mine = [r for r in records if r.county == county]
    write_table(book, table_2_2(assessment, merged_records(mine), county=county))
    write_table(book, table_1(mine, assessment, {}, county=county))
    book.save(tmp_path / "t.xlsx")
    again = openpyxl.load_workbook(tmp_path / "t.xlsx")
    return again["表Ⅱ-2"], again["表Ⅰ"]


def rows(sheet: openpyxl.worksheet.worksheet.Worksheet) -> list[tuple[object, ...]]:
    """The body: from below the header to the blank line before the notes."""
    found = []
    row = 4
    while sheet.cell(row, 1).value is not None:
        found.append(tuple(sheet.cell(row, c).value for c in (1, 2, 4)))
        row += 1
    return found


def test_yongchang_blocks(tmp_path: Path) -> None:
    sheet, table = written(tmp_path, "永昌县")
    assert rows(sheet) == [
        ("一、小学（共 2 所，其中一贯制学校小学部 1 所，50人及以上教学点 0 个）", None, None),
        (1, "一小", 800),
        (2, "九年制（小学部）", 186),  # its merged site's 20 pupils are inside
        ("二、初中（共 2 所，其中一贯制学校初中部 1 所，完全中学初中部 0 所）", None, None),
        (1, "一中", 900),
        (2, "九年制（初中部）", 210),
    ]
    # 表Ⅰ: one primary, one nine-year school, one junior school; one teaching site (merged), under 50 pupils
    assert [table.cell(5, c).value for c in range(9, 17)] == [1, 1, 1, 0, 0, 0, 1, 0]


def test_jinchuan_blocks(tmp_path: Path) -> None:
    sheet, table = written(tmp_path, "金川区")
    assert rows(sheet) == [
        ("一、小学（共 2 所，其中一贯制学校小学部 1 所，50人及以上教学点 0 个）", None, None),
        (1, "十二年（小学部）", 300),
        (2, "二小", 1000),
        ("二、初中（共 2 所，其中一贯制学校初中部 1 所，完全中学初中部 1 所）", None, None),
        (1, "完中（初中部）", 600),
        (2, "十二年（初中部）", 200),
    ]
    # the special school is L14; the 30-pupil site counts in L15 but not L16; pupils leave the special school out
    assert [table.cell(5, c).value for c in range(9, 21)] == [1, 0, 0, 1, 1, 1, 1, 0, None, None, 1330, 800]
