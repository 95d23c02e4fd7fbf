"""The rows of a school table file as offices save them: CSV in any encoding Chinese Windows writes, XLSX and XLS.

A table that reaches a county has come out of Excel or WPS on Chinese Windows: CSV in GBK (Excel's plain "CSV"),
GB18030, UTF-8 with or without a BOM, or "Unicode text" (UTF-16, tab-separated); workbooks with a title line above
the header and merged cells. Each reader yields plain rows of cell values; a merged range gives its value to every
cell it covers, so a county name merged down a block of schools reads on each row. Finding the header row is the
table reader's job (``standards.table``).
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg

# Tried in order. GB18030 is a superset of GBK and GB2312, so one decoder reads all three.
TEXT_ENCODINGS = ("utf-8-sig", "gb18030")
SUFFIXES = (".csv", ".txt", ".xlsx", ".xlsm", ".xls")
STREAM_ABOVE_BYTES = 4 * 1024 * 1024


class FileReadError(JcError):
    """A table file that cannot be read at all."""


def _decode(data: bytes, file: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")  # Excel's "Unicode text"
    start = 0
    for encoding in TEXT_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            # The encoding that read furthest is the file's: a GBK file fails as UTF-8 at its first Chinese
            # character, a UTF-8 file as GB18030 soon after; the bad bytes are where the right one stopped.
            start = max(start, exc.start)
    # Name where the bytes stop making sense, in the units a person can find: line and column.
    line_start = data.rfind(b"\n", 0, start) + 1
    row = data.count(b"\n", 0, start) + 1
    column = data.count(b",", line_start, start) + 1
    raise FileReadError(
        msg("无法识别文件的文字编码（已尝试 UTF-8、GBK、GB18030），第 {row} 行第 {column} 列有无法解读的字节",
            row=row, column=column),
        file=file, row=row, column=str(column), rule="encoding")


def _delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    return "\t" if first.count("\t") > first.count(",") else ","


def rows_from_csv(path: Path) -> Iterator[list[Any]]:
    text = _decode(path.read_bytes(), str(path))
    yield from csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))


def _fill_merged(rows: list[list[Any]], ranges: list[tuple[int, int, int, int]]) -> None:
    """Copy each merged range's top-left value into every cell it covers (0-based, end exclusive)."""
    for first_row, last_row, first_col, last_col in ranges:
        if first_row >= len(rows):
            continue
        anchor = rows[first_row][first_col] if first_col < len(rows[first_row]) else None
        for r in range(first_row, min(last_row, len(rows))):
            row = rows[r]
            if len(row) < last_col:
                row.extend([None] * (last_col - len(row)))
            for c in range(first_col, last_col):
                if r != first_row or c != first_col:
                    row[c] = anchor


def rows_from_xlsx(path: Path) -> Iterator[list[Any]]:
    import openpyxl  # imported here: it costs half a second and only tables need it

    # Merged ranges are known only to a fully loaded sheet; a county's table is small enough for that. A very
    # large file (a province's) is streamed instead, where a merged cell reads only in its first row.
    streamed = path.stat().st_size > STREAM_ABOVE_BYTES
    try:
        book = openpyxl.load_workbook(path, data_only=True, read_only=streamed)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise FileReadError(msg("无法读取 Excel 文件：{exc}", exc=exc),
                            file=str(path), rule="xlsx") from None
    try:
        sheet = book.worksheets[0]
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        ranges = [] if streamed else [(m.min_row - 1, m.max_row, m.min_col - 1, m.max_col)
                                      for m in sheet.merged_cells.ranges]
    finally:
        book.close()
    _fill_merged(rows, ranges)
    yield from rows


def rows_from_xls(path: Path) -> Iterator[list[Any]]:
    import xlrd  # Excel 97–2003 workbooks; imported only for them

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except Exception as exc:  # xlrd raises XLRDError, CompDocError, struct errors … for a damaged file
        raise FileReadError(msg("无法读取 Excel 97–2003 文件：{exc}", exc=exc),
                            file=str(path), rule="xls") from None
    try:
        sheet = book.sheet_by_index(0)
        rows: list[list[Any]] = []
        for r in range(sheet.nrows):
            row: list[Any] = []
            for c, cell in enumerate(sheet.row(r)):
                if cell.ctype == xlrd.XL_CELL_NUMBER:
                    row.append(cell.value)
                elif cell.ctype in (xlrd.XL_CELL_TEXT, xlrd.XL_CELL_BOOLEAN):
                    row.append(cell.value)
                elif cell.ctype == xlrd.XL_CELL_ERROR:
                    raise FileReadError(
                        msg("单元格是 Excel 错误值（{error}）",
                            error=xlrd.error_text_from_code.get(cell.value, cell.value)),
                        file=str(path), row=r + 1, column=_column_letter(c), rule="xls-error-cell")
                else:
                    row.append(None)
            rows.append(row)
        _fill_merged(rows, list(sheet.merged_cells))
    finally:
        book.release_resources()
    yield from rows


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def read_rows(path: Path) -> Iterator[list[Any]]:
    """The rows of the first sheet (or the CSV), title lines included; FileReadError when unreadable."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        return rows_from_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return rows_from_xlsx(path)
    if suffix == ".xls":
        return rows_from_xls(path)
    if suffix == ".ods":
        raise FileReadError(msg("暂不读取 .ods 文件，请在 WPS、Excel 或 LibreOffice 中另存为 .xlsx 或 .xls"),
                            file=str(path), rule="format")
    raise FileReadError(msg("只支持 .csv、.xlsx 或 .xls 文件"),
                        file=str(path), rule="format")
