"""A selected range in Office.js's shape ↔ a Table.

Office.js hands the task pane `values` (dates as serial numbers, blanks as "") and
`numberFormat` (one format string per cell); a date column is only a date column because of its
format, so the formats travel with the values and type them here. A string is a text cell and
stays text: '25/11/2026' in a text-formatted column is no date to Excel's rules. `office_range`
goes the other way, so the standalone page (a workbook uploaded by the user) sends /api/generate
exactly what Excel would.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Sequence

from openpyxl.styles.numbers import is_date_format

from cf_excel.server.errors import ApiError
from cf_excel.sheets.addresses import column_letter, parse_a1
from cf_excel.sheets.table import CellValue, ExcelError, Table
from cf_excel.sheets.values import (
    EXCEL_EPOCH,
    formatted_text,
    is_time_format,
    serial,
    table_from_grid,
)

ADDRESS = re.compile(
    r"^(?:(?:'[^']+'|[^!]+)!)?\$?([A-Za-z]{1,3}\$?\d{1,7})(?::\$?([A-Za-z]{1,3}\$?\d{1,7}))?$"
)
JsonCell = str | int | float | bool | None
SERIALS_END = 2958466  # 10000-01-01: Excel's dates end the day before


def selection_table(
    values: object, address: object, number_formats: object, max_cells: int
) -> Table:
    """The selected range as a table: a header row on top (one is named "Column A", … when the
    first row holds numbers), placed at the address's top-left cell (the address has the shape
    of `values`); trailing blank rows and columns, selected past the data, are left out."""
    grid = checked_grid(values, max_cells)
    formats = checked_formats(number_formats, grid)
    top, left = (1, 1) if address is None else placed(address, grid)
    grid, formats = trimmed(grid, formats)
    header_first = all(isinstance(v, str) and v.strip() for v in grid[0])
    if header_first and len(grid) == 1:
        raise ApiError(400, "the selection has a header row but no data rows below it")
    if header_first:
        rows, origin = grid[1:], (top, left)
        data_formats = formats[1:]
        header = [str(v) for v in grid[0]]
    else:
        if top < 2:
            raise ApiError(
                400, "select the table with its header row (the first row has no headers)"
            )
        rows, origin, data_formats = grid, (top - 1, left), formats
        header = [f"Column {column_letter(left + i)}" for i in range(len(grid[0]))]
    columns = column_formats(data_formats, len(header))
    typed = [[as_date(v, columns[c]) for c, v in enumerate(row)] for row in rows]
    return table_from_grid(
        [header, *typed], origin=origin, number_formats=columns, strings="stored"
    )


def placed(address: object, grid: list[list[JsonCell]]) -> tuple[int, int]:
    """The address's top-left cell (row, column), once its shape is the shape of `values`."""
    match = ADDRESS.match(str(address))
    if match is None:
        raise ApiError(400, f"'address' {address!r} is not a range like Sheet1!B2:F40")
    top, left = parse_a1(match.group(1))
    bottom, right = parse_a1(match.group(2) or match.group(1))
    given, sent = (bottom - top + 1, right - left + 1), (len(grid), len(grid[0]))
    if given != sent:
        raise ApiError(
            400, f"'address' {address} is {shape(*given)} but 'values' is {shape(*sent)}"
        )
    return top, left


def shape(rows: int, columns: int) -> str:
    return f"{rows} row{'s' * (rows != 1)} × {columns} column{'s' * (columns != 1)}"


def trimmed(
    grid: list[list[JsonCell]], formats: list[list[str]]
) -> tuple[list[list[JsonCell]], list[list[str]]]:
    """Without trailing blank rows and columns (a selection of whole columns, or one past the
    data: blank cells would be rows and columns of the table)."""

    def blank(value: JsonCell) -> bool:
        return value is None or (isinstance(value, str) and not value.strip())

    height, width = len(grid), len(grid[0])
    while height > 1 and all(blank(v) for v in grid[height - 1]):
        height -= 1
    while width > 1 and all(blank(row[width - 1]) for row in grid[:height]):
        width -= 1
    return [r[:width] for r in grid[:height]], [r[:width] for r in formats[:height]]


def checked_grid(values: object, max_cells: int) -> list[list[JsonCell]]:
    if (
        not isinstance(values, list)
        or not values
        or not all(isinstance(row, list) and row for row in values)
    ):
        raise ApiError(400, "'values' must be a non-empty 2-D array (rows of cells)")
    width = len(values[0])
    if any(len(row) != width for row in values):
        raise ApiError(400, "every row of 'values' must have the same number of cells")
    if width * len(values) > max_cells:
        raise ApiError(400, f"the selection has more than {max_cells:,} cells")
    if any(
        not isinstance(v, str | int | float | bool) and v is not None for r in values for v in r
    ):
        raise ApiError(400, "cells must be text, numbers, booleans or null")
    if any(isinstance(v, float) and not math.isfinite(v) for r in values for v in r):
        raise ApiError(400, "numbers must be finite (NaN and Infinity are not cell values)")
    return values


def checked_formats(number_formats: object, grid: list[list[JsonCell]]) -> list[list[str]]:
    """`numberFormat` as Office.js gives it: one string per cell, the shape of `values`."""
    if number_formats is None:
        return [["General"] * len(grid[0]) for _ in grid]
    if (
        not isinstance(number_formats, list)
        or len(number_formats) != len(grid)
        or not all(
            isinstance(row, list)
            and len(row) == len(grid[0])
            and all(isinstance(f, str) for f in row)
            for row in number_formats
        )
    ):
        raise ApiError(400, "'number_formats' must be strings in the shape of 'values'")
    return number_formats


def column_formats(formats: Sequence[Sequence[str]], width: int) -> list[str]:
    """Each column's most common number format among its data cells."""
    return [
        Counter(row[c] for row in formats).most_common(1)[0][0] if formats else "General"
        for c in range(width)
    ]


def as_date(value: JsonCell, number_format: str) -> object:
    """A serial number in a date-formatted column is that date (with its time, if any)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    if not is_date_format(number_format) or not 0 <= value < SERIALS_END:
        return value  # Excel shows ##### for a serial outside its dates
    if is_time_format(number_format):
        return value  # a time of day stays its fraction, as a workbook's time cell reads
    moment = dt.datetime.combine(EXCEL_EPOCH, dt.time()) + dt.timedelta(days=value)
    return moment.date() if moment.time() == dt.time() else moment


def office_range(table: Table) -> dict[str, list[list[JsonCell]] | list[list[str]]]:
    """`values`, `number_formats` and `text` of a table as Office.js would report its range."""
    columns = list(table.number_formats) or ["General"] * table.width
    values: list[list[JsonCell]] = [list(table.header)]
    formats: list[list[str]] = [["General"] * table.width]
    shown: list[list[str]] = [list(table.header)]
    for row, texts in zip(table.rows, table.texts, strict=True):
        values.append([office_value(v) for v in row])
        formats.append([cell_format(v, f) for v, f in zip(row, columns, strict=True)])
        shown.append([formatted_text(v, t, f) for v, t, f in zip(row, texts, columns, strict=True)])
    return {"values": values, "number_formats": formats, "text": shown}


def cell_format(value: CellValue, column_format: str) -> str:
    """The column's format, or a date format for a date in a column read without one."""
    if isinstance(value, dt.date) and not is_date_format(column_format):
        return "yyyy-mm-dd hh:mm" if isinstance(value, dt.datetime) else "yyyy-mm-dd"
    return column_format


def office_value(value: CellValue) -> JsonCell:
    """A cell as Office.js gives it: dates as serials, errors as their code, blanks as ""."""
    if isinstance(value, dt.date):
        return serial(value)
    if isinstance(value, ExcelError):
        return value.code
    return "" if value is None else value
