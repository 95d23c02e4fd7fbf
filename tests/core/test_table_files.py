"""School tables as offices save them: GBK/GB18030/UTF-8 CSV, XLSX with title lines and merged cells, XLS."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.standards.table import TableError, read_table

from .tables import EVERY_TYPE, TABLE_KEYS, write_csv

LABELS = [field_catalogue().fields[k].label_zh for k in TABLE_KEYS]


def reference_records(tmp_path: Path) -> list[tuple[str, str, str, bool, dict[str, Any]]]:
    records = read_table(write_csv(tmp_path / "reference.csv", EVERY_TYPE))
    return [(r.code, r.name, r.county, r.counted, r.values) for r in records]


def as_tuples(path: Path) -> list[tuple[str, str, str, bool, dict[str, Any]]]:
    return [(r.code, r.name, r.county, r.counted, r.values) for r in read_table(path)]


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8", "utf-8-sig"])
def test_csv_in_every_encoding_excel_writes(tmp_path: Path, encoding: str) -> None:
    path = write_csv(tmp_path / f"{encoding}.csv", EVERY_TYPE, chinese=True, encoding=encoding)
    assert as_tuples(path) == reference_records(tmp_path)


def test_gb18030_only_characters_read_back(tmp_path: Path) -> None:
    # 㑇 is in GB18030 but not in GBK: a name typed with a rare character still reads.
    rows = [dict(EVERY_TYPE[0], school_name="㑇家小学")]
    path = write_csv(tmp_path / "gb18030.csv", rows, chinese=True, encoding="gb18030")
    with pytest.raises(UnicodeEncodeError):
        "㑇".encode("gbk")
    assert read_table(path)[0].name == "㑇家小学"


def test_unicode_text_tab_separated(tmp_path: Path) -> None:
    lines = ["\t".join(LABELS)] + ["\t".join("" if row.get(k) is None else str(row.get(k)) for k in TABLE_KEYS)
                                   for row in EVERY_TYPE]
    path = tmp_path / "unicode.txt"
    path.write_bytes("\r\n".join(lines).encode("utf-16"))
    assert as_tuples(path) == reference_records(tmp_path)


def test_bytes_no_encoding_reads_are_named_by_line_and_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", EVERY_TYPE[:2], encoding="utf-8")
    data = path.read_bytes().splitlines(keepends=True)
    data[2] = data[2].replace(b"6210000002,", b"6210000002,\xff\xff", 1)
    path.write_bytes(b"".join(data))
    with pytest.raises(TableError) as info:
        read_table(path)
    problem = info.value.problems[0]
    assert (problem.rule, problem.row, problem.column, problem.file) == ("encoding", 3, "2", str(path))
    assert "GBK" in problem.zh and "line 3" in problem.en


def _office_values(row: dict[str, Any]) -> list[Any]:
    """A row as offices store it: numbers as text with thousands separators, some in full-width digits."""
    out: list[Any] = []
    for key in TABLE_KEYS:
        value = row.get(key)
        if key == "equipment_value_yuan" and value is not None:
            out.append(f"{value:,}")  # a text cell "1,700,000"
        elif key == "primary_students" and value is not None:
            out.append(str(value).translate(str.maketrans("0123456789", "０１２３４５６７８９")))
        else:
            out.append(value)
    return out


def test_xlsx_with_title_lines_merged_cells_and_text_numbers(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["金昌市2025年义务教育学校基本情况表"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(TABLE_KEYS))
    sheet.append(["填报单位：市教育局", None, None, "单位：人、㎡、元"])
    sheet.append(LABELS)
    county = TABLE_KEYS.index("county") + 1
    for number, row in enumerate(EVERY_TYPE, start=4):
        values = _office_values(row)
        sheet.append(values)
        for column, value in enumerate(values, start=1):
            if isinstance(value, str):
                sheet.cell(number, column).number_format = "@"
    # 所属县区 merged down each county's block, as a clerk formats it: only the block's first cell holds the name.
    first_jinchuan = 4 + next(i for i, r in enumerate(EVERY_TYPE) if r["county"] == "金川区")
    last = 3 + len(EVERY_TYPE)
    sheet.merge_cells(start_row=4, start_column=county, end_row=first_jinchuan - 1, end_column=county)
    sheet.merge_cells(start_row=first_jinchuan, start_column=county, end_row=last, end_column=county)
    path = tmp_path / "office.xlsx"
    book.save(path)
    assert as_tuples(path) == reference_records(tmp_path)


def test_xlsx_problem_rows_are_numbered_as_in_the_file(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["标题"])
    sheet.append(LABELS)
    sheet.append(_office_values(EVERY_TYPE[0]))
    bad = _office_values(EVERY_TYPE[1])
    bad[TABLE_KEYS.index("junior_students")] = "九百"
    sheet.append(bad)
    path = tmp_path / "bad.xlsx"
    book.save(path)
    with pytest.raises(TableError) as info:
        read_table(path)
    problem = info.value.problems[0]
    assert (problem.row, problem.column, problem.file) == (4, "初中在校生数", str(path))


def test_xls_written_by_excel_97_2003(tmp_path: Path) -> None:
    import xlwt  # test-only: writes a real BIFF8 workbook

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("学校")
    sheet.write_merge(0, 0, 0, len(TABLE_KEYS) - 1, "金昌市2025年义务教育学校基本情况表")
    for column, label in enumerate(LABELS):
        sheet.write(1, column, label)
    for number, row in enumerate(EVERY_TYPE, start=2):
        for column, value in enumerate(_office_values(row)):
            if value is not None:
                sheet.write(number, column, value)
    path = tmp_path / "old.xls"
    book.save(str(path))
    assert as_tuples(path) == reference_records(tmp_path)


def test_damaged_xls_and_ods_are_named(tmp_path: Path) -> None:
    (tmp_path / "broken.xls").write_bytes(b"\xd0\xcf\x11\xe0 not really")
    with pytest.raises(TableError) as info:
        read_table(tmp_path / "broken.xls")
    assert info.value.problems[0].rule == "xls" and info.value.file == str(tmp_path / "broken.xls")
    (tmp_path / "t.ods").write_bytes(b"PK")
    with pytest.raises(TableError) as info:
        read_table(tmp_path / "t.ods")
    assert info.value.problems[0].rule == "format" and ".xlsx" in info.value.zh


def test_new_fields_read_and_empty_sponsor_is_not_entered(tmp_path: Path) -> None:
    keys = [*TABLE_KEYS]
    rows = [dict(EVERY_TYPE[0], sponsor_type=10, primary_grades=6, primary_staff=52),
            dict(EVERY_TYPE[1], sponsor_type=None)]
    records = read_table(write_csv(tmp_path / "t.csv", rows, keys=keys))
    assert {k: records[0].values[k] for k in ("sponsor_type", "primary_grades", "primary_staff")} == {
        "sponsor_type": 10, "primary_grades": 6, "primary_staff": 52}
    assert "sponsor_type" not in records[1].values
    bad = [dict(EVERY_TYPE[0], sponsor_type=0), dict(EVERY_TYPE[1], sponsor_type=11)]
    with pytest.raises(TableError) as info:
        read_table(write_csv(tmp_path / "bad.csv", bad, keys=keys))
    assert [(p.row, p.column, p.rule) for p in info.value.problems] == [
        (2, "举办者类型", "range"), (3, "举办者类型", "range")]
