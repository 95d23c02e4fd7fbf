"""Read the school table (CSV, or the first sheet of an XLSX or XLS) into checked SchoolRecords.

Every problem is collected with its file, row and column; if there is any, nothing is returned.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg
from jinchang_desktop.standards import table_files
from jinchang_desktop.standards.fields import FieldCatalogue, field_catalogue
from jinchang_desktop.standards.numbers import NumberError, collector_paused, parse_number
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.table_files import FileReadError

MAX_REPORTED = 50
COUNTED_YES = {"1", "是", "yes", "y", "true"}
COUNTED_NO = {"0", "否", "no", "n", "false"}


class TableError(JcError):
    """One or more problems in a school table; ``problems`` lists each."""

    def __init__(self, problems: list[JcError]) -> None:
        self.problems = problems
        first = problems[0]
        text = first.text if len(problems) == 1 else msg("{first}（共 {count} 处问题）", first=first.text,
                                                         count=len(problems))
        super().__init__(text, file=first.file, row=first.row, column=first.column, rule=first.rule)

    def message(self) -> str:
        return "\n".join(p.message() for p in self.problems[:MAX_REPORTED])


def read_rows(path: Path) -> Iterator[list[Any]]:
    """The file's rows (see ``table_files``); an unreadable file is a TableError naming file, row and column."""
    try:
        yield from table_files.read_rows(path)
    except FileReadError as exc:
        raise TableError([exc]) from None


# The header is the first row naming the school code: above it may stand a title line or two (“XX县2025年
# 义务教育学校基本情况表”) and a unit line; they are skipped, and rows keep their numbers in the file.
HEADER_SEARCH_ROWS = 10


def _header_names(catalogue: FieldCatalogue) -> dict[str, str]:
    by_name: dict[str, str] = {}
    for f in catalogue.fields.values():
        by_name[f.key] = f.key
        by_name[f.label_zh] = f.key
    return by_name


def _clean_header(cell: Any) -> str:
    return "" if cell is None else "".join(str(cell).split()).lstrip("*").strip()


def _find_header(iterator: Iterator[list[Any]], catalogue: FieldCatalogue) -> tuple[list[Any] | None, int]:
    """The header row and its 1-based number; the first row when none of the first rows names the school code."""
    by_name = _header_names(catalogue)
    seen: list[list[Any]] = []
    for row in iterator:
        seen.append(row)
        if any(by_name.get(_clean_header(cell)) == "school_code" for cell in row):
            return row, len(seen)
        if len(seen) >= HEADER_SEARCH_ROWS:
            break
    if not seen:
        return None, 0
    return seen[0], 1  # report the missing columns against the first line, as before


def _header_map(header: list[Any], catalogue: FieldCatalogue, file: str,
                header_row: int = 1) -> tuple[dict[int, str], list[JcError]]:
    by_name = _header_names(catalogue)
    columns: dict[int, str] = {}
    problems: list[JcError] = []
    seen: dict[str, int] = {}
    for index, cell in enumerate(header):
        name = _clean_header(cell)
        if not name:
            continue
        key = by_name.get(name)
        if key is None:
            continue  # other statistics columns ride along unread
        if key in seen:
            problems.append(JcError(msg("列重复"), file=file, row=header_row, column=name,
                                    rule="unique-columns"))
        seen[key] = index
        columns[index] = key
    for f in catalogue.fields.values():
        if f.header_required and f.key not in seen:
            problems.append(JcError(
                msg("缺少必需的列“{label_zh}”（{key}）", label_zh=f.label_zh, key=f.key),
                file=file, row=header_row, column=f.label_zh, rule="required-column"))
    return columns, problems


def records_from_rows(rows: Iterable[list[Any]], *, file: str) -> list[SchoolRecord]:
    """Check and convert table rows (the first is the header) into records; raise TableError on any problem."""
    catalogue = field_catalogue()
    iterator = iter(rows)
    header, header_row = _find_header(iterator, catalogue)
    if header is None:
        raise TableError([JcError(msg("表格是空的"), file=file, rule="header")])
    columns, problems = _header_map(header, catalogue, file, header_row)
    if problems:
        raise TableError(problems)
    records: list[SchoolRecord] = []
    fields = catalogue.fields
    # Numeric columns are most of the work on large tables: resolve each column's rule once.
    numeric = [(i, k, fields[k].kind == "int", fields[k].maximum, fields[k].label_zh, fields[k].minimum,
                fields[k].blank_not_entered)
               for i, k in columns.items() if fields[k].numeric]
    text = [(i, k, fields[k].label_zh) for i, k in columns.items() if not fields[k].numeric]
    for row_number, row in enumerate(iterator, start=header_row + 1):
        if not any(row):
            continue  # a blank line between schools
        width = len(row)
        record = SchoolRecord(code="", name="", county="", school_type="", row=row_number)
        values = record.values
        for index, key, whole, maximum, label, minimum, blank_not_entered in numeric:
            raw = row[index] if index < width else None
            if blank_not_entered and (raw is None or (type(raw) is str and not raw.strip())):
                continue
            try:
                value = int(raw) if type(raw) is str and raw.isdigit() else parse_number(raw, whole=whole)
            except NumberError as exc:
                problems.append(JcError(exc.text, file=file, row=row_number, column=label,
                                        rule="non-negative-number"))
                continue
            if value < minimum:
                problems.append(JcError(msg("数值 {value} 低于下限 {minimum:g}", value=value, minimum=minimum),
                                        file=file, row=row_number, column=label, rule="range"))
            if maximum is not None and value > maximum:
                problems.append(JcError(msg("数值 {value} 超过上限 {maximum}", value=value, maximum=maximum),
                                        file=file, row=row_number, column=label, rule="range"))
            values[key] = value
        for index, key, label in text:
            try:
                _set_text(record, key, row[index] if index < width else None, catalogue)
            except JcError as exc:
                problems.append(JcError(exc.text, file=file, row=row_number, column=label, rule=exc.rule))
        records.append(record)
        if len(problems) >= MAX_REPORTED:
            break
    if problems:
        raise TableError(problems)
    from jinchang_desktop.standards.validate import validate_records

    problems = validate_records(records, file=file)
    if problems:
        raise TableError(problems)
    return records


def _set_text(record: SchoolRecord, key: str, raw: Any, catalogue: FieldCatalogue) -> None:
    f = catalogue.fields[key]
    text = "" if raw is None else str(raw).strip()
    if isinstance(raw, float) and raw.is_integer():
        text = str(int(raw))  # a code typed into a number cell
    if f.required and not text:
        raise JcError(msg("必填项为空"), rule="required")
    if key == "school_code":
        record.code = text
    elif key == "school_name":
        record.name = text
    elif key == "county":
        record.county = text
    elif key == "school_type":
        school_type = catalogue.school_type_by_name(text)
        if school_type is None:
            names = "、".join(f"{t.zh}({t.key})" for t in catalogue.school_types.values())
            raise JcError(msg("未知的学校类型“{text}”，可选：{names}", text=text, names=names), rule="school-type")
        record.school_type = school_type.key
    elif key == "counted":
        lowered = text.lower()
        if lowered in COUNTED_YES or not text:
            record.counted = True
        elif lowered in COUNTED_NO:
            record.counted = False
        else:
            raise JcError(msg("“{text}”应为 1/0 或 是/否", text=text), rule="flag")
    elif key == "parent_code":
        record.parent_code = text


def read_table(path: str | Path) -> list[SchoolRecord]:
    """The checked records of a CSV, XLSX or XLS school table; raises TableError naming file, row and column."""
    path = Path(path)
    if not path.is_file():
        raise TableError([JcError(msg("文件不存在"), file=str(path), rule="file")])
    with collector_paused():
        return records_from_rows(read_rows(path), file=str(path))
