"""A table of the form as plain data: title, header rows, body, merged ranges, number formats, notes.

The builders (``form_tables``, ``guarantee_tables``, ``provenance``) fill these from the engine's results; the
writer turns them into a worksheet. Golden tests read the workbook back and compare with the same figures.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

DASH = "——"
INT = "0"
DEC1 = "0.0"
DEC2 = "0.00"
DEC3 = "0.000"
TEXT = "@"


@dataclass(frozen=True)
class Cell:
    value: str | int | float | None
    number_format: str | None = None
    bold: bool = False
    align: str | None = None  # "left" for sentences and names; centred otherwise


CellLike = Cell | str | int | float | None


@dataclass
class Table:
    sheet: str  # worksheet name (≤ 31 characters)
    title: str  # the table's heading line, merged across the table
    header: Sequence[Sequence[CellLike]]
    body: list[Sequence[CellLike]] = field(default_factory=list)
    # (first row, first column, last row, last column), 0-based, within header or body
    header_merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    body_merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    wide_columns: dict[int, int] = field(default_factory=dict)  # column → maximum width in characters

    @property
    def width(self) -> int:
        return max(len(row) for row in [*self.header, *self.body])

    def add_full_width_row(self, text: str, *, bold: bool = True) -> None:
        """A line across the whole table (a block heading of 表Ⅱ-2)."""
        row = len(self.body)
        self.body.append([Cell(text, bold=bold, align="left")] + [None] * (self.width - 1))
        self.body_merges.append((row, 0, row, self.width - 1))


def half_up(value: float, digits: int) -> float:
    """``value`` rounded half up to ``digits`` decimals, as the form rounds (0.3675 → 0.368, not banker's)."""
    return float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP))


def as_cell(item: CellLike) -> Cell:
    return item if isinstance(item, Cell) else Cell(item)
