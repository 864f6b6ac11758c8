"""A typed table: the header row and data rows a rule is executed on.

Cells hold Excel-typed values (numbers, text, booleans, dates, errors, blanks) plus the text the
sheet shows, because text rules (`TextContains`) look at what the user sees while numeric rules
look at the value. `origin` places the header cell on the sheet so that A1 references in formula
rules (`$A2=$A3`) resolve to the right cells.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from cf_excel.sheets.addresses import column_letter


@dataclass(frozen=True)
class ExcelError:
    """An error value such as `#N/A` or `#DIV/0!`."""

    code: str


CellValue = float | str | bool | dt.date | dt.datetime | ExcelError | None


@dataclass(frozen=True)
class Table:
    """Header + typed rows. `selection` is the columns a rule without `c[i]` applies to."""

    header: tuple[str, ...]
    rows: tuple[tuple[CellValue, ...], ...]
    texts: tuple[tuple[str, ...], ...]  # the displayed text of each cell
    selection: tuple[int, ...] = field(default=())
    origin: tuple[int, int] = (1, 1)  # (sheet row, sheet column) of the header's first cell
    # Each column's Excel number format ("0%", "$#,##0"), when read from a workbook: it types a
    # column of plain numbers as percent or currency for the prompt; texts stay General, as
    # Excel's formulas (`A2&""`) see them.
    number_formats: tuple[str, ...] = ()
    # The sheet's name and its other filled cells ((row, column), value), when read from a
    # workbook: a rule may read a cell beside the table ("above the limit in B1", "on the
    # list in column O"), which it names with the sheet (`Timesheet!$B$1`).
    sheet: str = ""
    surroundings: tuple[tuple[tuple[int, int], CellValue], ...] = ()

    def __post_init__(self) -> None:
        if not self.selection:
            object.__setattr__(self, "selection", tuple(range(len(self.header))))
        width = len(self.header)
        for number, row in enumerate(self.rows):
            if len(row) != width:
                raise ValueError(
                    f"row {number + 1} has {len(row)} cells but the header has {width}"
                )

    @property
    def width(self) -> int:
        return len(self.header)

    @property
    def data_rows(self) -> tuple[int, int]:
        """First and last sheet row of the data (one row below the header when there is none)."""
        return self.origin[0] + 1, self.origin[0] + max(len(self.rows), 1)

    @property
    def address(self) -> str:
        """The table's A1 range on the sheet, header row included (`A1:E13`)."""
        top, left = self.origin
        right = column_letter(left + self.width - 1)
        return f"{column_letter(left)}{top}:{right}{self.data_rows[1]}"

    @cached_property
    def around(self) -> dict[tuple[int, int], CellValue]:
        return dict(self.surroundings)

    def column_values(self, column: int) -> list[CellValue]:
        return [row[column] for row in self.rows]

    def covers(self, sheet_row: int, sheet_column: int) -> bool:
        """The 1-based sheet position is in the table, header row included."""
        row, column = sheet_row - self.origin[0], sheet_column - self.origin[1]
        return 0 <= column < self.width and 0 <= row <= len(self.rows)

    def sheet_cell(self, sheet_row: int, sheet_column: int) -> CellValue:
        """The value at a 1-based sheet position; the header row gives text, outside the table
        its surroundings (blank where none were read)."""
        if not self.covers(sheet_row, sheet_column):
            return self.around.get((sheet_row, sheet_column))
        row = sheet_row - self.origin[0]
        column = sheet_column - self.origin[1]
        if row == 0:
            return self.header[column]
        return self.rows[row - 1][column]
