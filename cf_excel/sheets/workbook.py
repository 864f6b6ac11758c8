"""Read a table from an .xlsx or .csv file: the range (given, the sheet's first Excel table, or
the used range below any title rows), the header row on top, typed cells below. Formulas are
read as their cached values, so a workbook saved by Excel shows what the user sees; cells merged
across rows repeat their top value.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from openpyxl.utils.cell import range_boundaries
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from cf_excel.sheets.table import ExcelError, Table
from cf_excel.sheets.values import table_from_grid


class SheetError(ValueError):
    """A sheet or range that cannot be read as a table."""


@dataclass(frozen=True)
class SheetTable:
    table: Table
    sheet_name: str
    path: Path


MAX_ROW, MAX_COLUMN = 1_048_576, 16_384  # Excel's sheet size
OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")  # encrypted .xlsx and legacy .xls files


def read_table(
    path: str | Path, sheet_name: str | None = None, cell_range: str | None = None
) -> SheetTable:
    """The table on a sheet: header row first, data rows below."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        check_file(path)
        with path.open(newline="", encoding="utf-8-sig") as handle:
            grid: list[list[object]] = [list(row) for row in csv.reader(handle)]
        return SheetTable(table_from_grid(trim_grid(grid, path)), path.stem, path)
    return table_on_sheet(open_values(path), path, sheet_name, cell_range)


def check_file(path: Path) -> None:
    if not path.is_file():
        raise SheetError(f"{path}: no such file")


def open_values(path: Path) -> Workbook:
    """The workbook with each formula's cached value, or a SheetError saying why not."""
    check_workbook_file(path)
    try:
        return openpyxl.load_workbook(path, data_only=True)
    except Exception as error:  # openpyxl raises many types for damaged files
        raise SheetError(f"{path}: not a readable Excel workbook ({error})") from error


def check_workbook_file(path: Path) -> None:
    """An existing .xlsx/.xlsm that is not encrypted, or a SheetError saying which it is not."""
    check_file(path)
    suffix = path.suffix.lower()
    if suffix in (".xls", ".xlsb"):
        raise SheetError(
            f"{path}: {suffix} workbooks are not supported; save it as .xlsx in Excel first"
        )
    if suffix not in (".xlsx", ".xlsm"):
        raise SheetError(f"{path}: only .xlsx, .xlsm and .csv files can be read, not {suffix!r}")
    with path.open("rb") as handle:
        if handle.read(8) == OLE_SIGNATURE:
            raise SheetError(
                f"{path}: the workbook is password-protected (encrypted); "
                "remove the password in Excel and try again"
            )


def table_on_sheet(
    workbook: Workbook, path: Path, sheet_name: str | None, cell_range: str | None
) -> SheetTable:
    """The table at `cell_range`, else the sheet's first Excel table, else its used range."""
    if sheet_name is None:
        sheet = workbook.worksheets[0]
    elif sheet_name in workbook.sheetnames:
        sheet = workbook[sheet_name]
    else:
        raise SheetError(f"{path}: no sheet named {sheet_name!r}; sheets: {workbook.sheetnames}")
    where = f"{path} [{sheet.title}]"
    given = cell_range or next((t.ref for t in getattr(sheet, "tables", {}).values()), None)
    try:
        bounds = range_boundaries(given or sheet.dimensions)
    except (ValueError, TypeError):
        raise SheetError(f"{where}: {cell_range!r} is not a range like A1:F40") from None
    min_col, min_row, max_col, max_row = (int(b) if b else 1 for b in bounds)
    if max_row > MAX_ROW or max_col > MAX_COLUMN:
        raise SheetError(f"{where}: {cell_range} lies outside the sheet (last cell XFD1048576)")
    merged = {
        (row, column): sheet.cell(merged_range.min_row, merged_range.min_col).value
        for merged_range in sheet.merged_cells.ranges
        for row in range(merged_range.min_row, merged_range.max_row + 1)
        for column in range(merged_range.min_col, merged_range.max_col + 1)
    }
    # Read each cell once; `raw` keeps merges as stored (only the top-left cell holds the value).
    raw = [
        [sheet.cell(row, column).value for column in range(min_col, max_col + 1)]
        for row in range(min_row, max_row + 1)
    ]
    grid = [
        [
            cell_value(merged.get((row, column), raw[row - min_row][column - min_col]))
            for column in range(min_col, max_col + 1)
        ]
        for row in range(min_row, max_row + 1)
    ]
    if not given:  # the used range may carry a title above and notes beside the table
        skipped = header_offset(raw)  # a merged title counts once
        grid, min_row = grid[skipped:], min_row + skipped
        first, last = table_columns(grid)
        grid, min_col = [row[first : last + 1] for row in grid], min_col + first
    grid = check_header(grid, Path(where)) if given else trim_grid(grid, Path(where))
    formats = [
        column_number_format(sheet, min_row + 1, min_row + len(grid) - 1, min_col + c)
        for c in range(len(grid[0]))
    ]
    table = table_from_grid(grid, origin=(min_row, min_col), number_formats=formats)
    return SheetTable(table, sheet.title, path)


def column_number_format(sheet: Worksheet, first: int, last: int, column: int) -> str:
    """The most common number format among a column's data cells ("General" when none)."""
    counts = Counter(sheet.cell(row, column).number_format for row in range(first, last + 1))
    return counts.most_common(1)[0][0] if counts else "General"


def table_columns(grid: list[list[object]]) -> tuple[int, int]:
    """The block of columns around the header's first cell, up to an empty column: a "Total"
    cell two columns to the right of the table is a note, not a column."""
    empty = [all(row[c] in (None, "") for row in grid) for c in range(len(grid[0]) if grid else 0)]
    first = next(
        (c for c, value in enumerate(grid[0] if grid else []) if value not in (None, "")), 0
    )
    last = first
    while last + 1 < len(empty) and not empty[last + 1]:
        last += 1
    return first, last


def header_offset(grid: list[list[object]]) -> int:
    """Rows above the header: titles and blank rows, i.e. rows filled less than half as much as
    the fullest row, before the first row that is filled like a header."""
    filled = [sum(value not in (None, "") for value in row) for row in grid]
    widest = max(filled, default=0)
    for index, count in enumerate(filled):
        if count >= max(2, (widest + 1) // 2) or count == widest:
            return index
    return 0


def cell_value(value: object) -> object:
    """openpyxl gives error cells as strings like '#N/A'; typing turns them into errors."""
    if isinstance(value, str) and value.startswith("#"):
        return (
            ExcelError(value)
            if value.upper() in {"#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"}
            else value
        )
    return value


def trim_grid(grid: list[list[object]], path: Path) -> list[list[object]]:
    """Drop the used range's trailing empty rows (a range the user gave is kept as given)."""
    while grid and all(value in (None, "") for value in grid[-1]):
        grid.pop()
    return check_header(grid, path)


def check_header(grid: list[list[object]], path: Path) -> list[list[object]]:
    if not grid or all(value in (None, "") for value in grid[0]):
        raise SheetError(f"{path}: the range is empty (no header row)")
    if all(all(value in (None, "") for value in row) for row in grid[1:]):
        raise SheetError(f"{path}: the table has a header but no data rows below it")
    return grid
