"""Write table models into an openpyxl workbook: borders, merged cells, frozen headers, A4 landscape print set-up."""
from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from copy import copy
from typing import Any

from jinchang_desktop.reports.excel.model import Cell, Table, as_cell

TITLE_ROW = 1
FIRST_HEADER_ROW = 2
MIN_WIDTH, MAX_WIDTH, HEADER_WIDTH = 6, 60, 11
LINE_HEIGHT = 13.5  # points per line of 10-point text
FONT_NAME = "宋体"  # the form's typeface; Excel falls back where it is missing


def text_width(value: object, number_format: str | None = None) -> int:
    """Display width in character cells: CJK and full-width characters take two."""
    if value is None:
        return 0
    if isinstance(value, float) and number_format and "." in number_format:
        text = f"{value:.{len(number_format.split('.')[1])}f}"
    else:
        text = str(value)
    longest = max((sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
                   for line in text.split("\n")), default=0)
    return longest


def write_table(book: Any, table: Table) -> Any:
    """Add ``table`` as a new worksheet of ``book`` and return the sheet."""
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(table.sheet)
    width = table.width
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    plain, bold = Font(name=FONT_NAME, size=10), Font(name=FONT_NAME, size=10, bold=True)

    sheet.cell(TITLE_ROW, 1, table.title).font = Font(name=FONT_NAME, size=14, bold=True)
    sheet.cell(TITLE_ROW, 1).alignment = Alignment(horizontal="center", vertical="center")
    sheet.merge_cells(start_row=TITLE_ROW, start_column=1, end_row=TITLE_ROW, end_column=width)
    sheet.row_dimensions[TITLE_ROW].height = 24

    widths = [MIN_WIDTH] * width
    header_end = FIRST_HEADER_ROW + len(table.header) - 1
    merged_cells: set[tuple[int, int]] = set()
    for merges, first in ((table.header_merges, FIRST_HEADER_ROW), (table.body_merges, header_end + 1)):
        for r1, c1, r2, c2 in merges:
            if (r1, c1) != (r2, c2):
                merged_cells.update((first + r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)
                                    if (r, c) != (r1, c1))

    texts: list[tuple[int, int, object, str | None, bool]] = []

    # Setting a style on a cell makes openpyxl hash and look up every style object: a few combinations are made
    # once on a first cell and copied to the others as they are (the whole workbook took seconds otherwise).
    styles: dict[tuple[bool, str, str], Any] = {}
    alignments = {h: Alignment(horizontal=h, vertical="center", wrap_text=True) for h in ("center", "left")}

    def put(row_number: int, items: Sequence[Any], *, header: bool) -> None:
        for index in range(width):
            cell_model: Cell = as_cell(items[index] if index < len(items) else None)
            cell = sheet.cell(row_number, index + 1)
            if (row_number, index) not in merged_cells:
                cell.value = cell_model.value
            key = (header or cell_model.bold, cell_model.align or "center", cell_model.number_format or "General")
            style = styles.get(key)
            if style is None:
                cell.number_format = key[2]
                cell.font = bold if key[0] else plain
                cell.border = border
                cell.alignment = alignments[key[1]]
                styles[key] = copy(cell._style)
            else:
                cell._style = copy(style)
            relative = row_number - (FIRST_HEADER_ROW if header else header_end + 1)
            spans_many = any(r1 == relative and c1 == index and c1 != c2 for r1, c1, r2, c2 in
                             (table.header_merges if header else table.body_merges))
            if not spans_many:
                # Headings wrap onto several lines rather than widen the table past the page.
                limit = table.wide_columns.get(index, MAX_WIDTH if not header else HEADER_WIDTH)
                widths[index] = max(widths[index], min(limit, text_width(cell_model.value,
                                                                         cell_model.number_format) + 2))
            texts.append((row_number, index, cell_model.value, cell_model.number_format, spans_many))

    for offset, items in enumerate(table.header):
        put(FIRST_HEADER_ROW + offset, items, header=True)
    for offset, items in enumerate(table.body):
        put(header_end + 1 + offset, items, header=False)
    for merges, first in ((table.header_merges, FIRST_HEADER_ROW), (table.body_merges, header_end + 1)):
        for r1, c1, r2, c2 in merges:
            if (r1, c1) != (r2, c2):
                sheet.merge_cells(start_row=first + r1, start_column=c1 + 1, end_row=first + r2, end_column=c2 + 1)
    for index, value in enumerate(widths):
        sheet.column_dimensions[get_column_letter(index + 1)].width = value
    _row_heights(sheet, texts, widths, merged_cells)
    note_row = header_end + len(table.body) + 2
    total = sum(widths)
    for offset, note in enumerate(table.notes):
        cell = sheet.cell(note_row + offset, 1, note)
        cell.font = Font(name=FONT_NAME, size=9)
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        sheet.merge_cells(start_row=note_row + offset, start_column=1, end_row=note_row + offset, end_column=width)
        lines = -(-text_width(note) // max(total - 2, 1))
        sheet.row_dimensions[note_row + offset].height = max(1, lines) * LINE_HEIGHT
    sheet.freeze_panes = sheet.cell(header_end + 1, 1)
    _print_setup(sheet, header_end)
    return sheet


def _row_heights(sheet: Any, texts: list[tuple[int, int, object, str | None, bool]], widths: list[int],
                 merged_cells: set[tuple[int, int]]) -> None:
    """Tall enough rows for wrapped text: spreadsheet programs do not grow a row for text written by a program."""
    lines: dict[int, int] = {}
    for row_number, index, value, number_format, spans in texts:
        if value is None or spans or (row_number, index) in merged_cells or not isinstance(value, str):
            continue
        needed = -(-text_width(value, number_format) // max(widths[index] - 1, 1))
        lines[row_number] = max(lines.get(row_number, 1), needed)
    for row_number, count in lines.items():
        if count > 1:
            sheet.row_dimensions[row_number].height = count * LINE_HEIGHT + 2


def _print_setup(sheet: Any, header_end: int) -> None:
    """A4 landscape, the table fitted to the page width, the title and header rows repeated on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{TITLE_ROW}:{header_end}"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.oddFooter.center.text = "第 &P 页，共 &N 页"
