"""Read a table from an .xlsx or .csv file: the range (given, or the sheet's used range), the
header row on top, typed cells below. Formulas are read as their cached values, so a workbook
saved by Excel shows what the user sees; cells merged across rows repeat their top value.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from openpyxl.utils.cell import range_boundaries

from cf_excel.sheets.table import ExcelError, Table
from cf_excel.sheets.values import table_from_grid


class SheetError(ValueError):
    """A sheet or range that cannot be read as a table."""


@dataclass(frozen=True)
class SheetTable:
    table: Table
    sheet_name: str
    path: Path


def read_table(
    path: str | Path, sheet_name: str | None = None, cell_range: str | None = None
) -> SheetTable:
    """The table on a sheet: header row first, data rows below."""
    path = Path(path)
    if not path.is_file():
        raise SheetError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open(newline="", encoding="utf-8-sig") as handle:
            grid: list[list[object]] = [list(row) for row in csv.reader(handle)]
        return SheetTable(table_from_grid(trim_grid(grid, path)), path.stem, path)
    if suffix not in (".xlsx", ".xlsm"):
        raise SheetError(f"{path}: only .xlsx, .xlsm and .csv files can be read, not {suffix!r}")
    try:
        workbook = openpyxl.load_workbook(path, data_only=True)
    except Exception as error:  # openpyxl raises many types for damaged files
        raise SheetError(f"{path}: not a readable Excel workbook ({error})") from error
    if sheet_name is None:
        sheet = workbook.worksheets[0]
    elif sheet_name in workbook.sheetnames:
        sheet = workbook[sheet_name]
    else:
        raise SheetError(f"{path}: no sheet named {sheet_name!r}; sheets: {workbook.sheetnames}")
    try:
        bounds = range_boundaries(cell_range or sheet.dimensions)
    except ValueError:
        raise SheetError(f"{path}: {cell_range!r} is not a range like A1:F40") from None
    min_col, min_row, max_col, max_row = (int(b) if b else 1 for b in bounds)
    merged = {
        (row, column): sheet.cell(merged_range.min_row, merged_range.min_col).value
        for merged_range in sheet.merged_cells.ranges
        for row in range(merged_range.min_row, merged_range.max_row + 1)
        for column in range(merged_range.min_col, merged_range.max_col + 1)
    }
    grid = [
        [
            cell_value(merged.get((row, column), sheet.cell(row, column).value))
            for column in range(min_col, max_col + 1)
        ]
        for row in range(min_row, max_row + 1)
    ]
    grid = check_header(grid, path) if cell_range else trim_grid(grid, path)
    table = table_from_grid(grid, origin=(min_row, min_col))
    return SheetTable(table, sheet.title, path)


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
        raise SheetError(f"{path}: the range has no header row")
    return grid
