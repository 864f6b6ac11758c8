"""Read a table from an .xlsx or .csv file: the range given (clipped to the filled cells), else
the sheet's table that the request names (`tables.py` finds them: Excel tables, then blocks
apart from titles, blank rows and columns), with the header row on top and typed cells below.
Formulas are read as their cached values, so a workbook saved by Excel shows what the user
sees; text cells stay text, as Excel's rules see them; cells merged across rows repeat their top
value. Only the cells a file stores are visited, so a range as large as the sheet costs what
its filled cells cost.
"""

from __future__ import annotations

import csv
import dataclasses
import re
import warnings
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from openpyxl.workbook.workbook import Workbook

from cf_excel.sheets.package import SheetError as SheetError  # every reader's refusal
from cf_excel.sheets.package import open_package
from cf_excel.sheets.table import CellValue, ExcelError, Table
from cf_excel.sheets.tables import (
    Box,
    FoundTable,
    Key,
    RangeError,
    clipped,
    filled_box,
    fitted,
    open_ended,
    pick_table,
    range_box,
    table_boxes,
    title_above,
)
from cf_excel.sheets.values import stored_cell, table_from_grid


@dataclass(frozen=True)
class SheetTable:
    table: Table
    sheet_name: str
    path: Path
    tables: tuple[FoundTable, ...] = ()  # every table on the sheet (a picker offers them)


OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")  # encrypted .xlsx and legacy .xls files
MAX_TABLE_CELLS = 2_000_000  # the largest table read (100,000 rows of 20 columns)


@dataclass(frozen=True)
class SheetCells:
    """A sheet as the reader sees it: the filled cells (what finds the tables), each cell's
    value (merged cells repeat their top-left one), merged ranges and Excel tables."""

    filled: Mapping[Key, object]
    value: Callable[[int, int], object]  # (row, column) → the stored value, None when none
    merges: Sequence[Box] = ()
    excel: Sequence[Box] = ()

    def grid(self, box: Box) -> list[list[object]]:
        """The box's values, row by row; a merged range repeats its top-left value."""
        merged: dict[Key, object] = {}
        for merge in self.merges:
            top, left = max(merge.top, box.top), max(merge.left, box.left)
            bottom, right = min(merge.bottom, box.bottom), min(merge.right, box.right)
            if top > bottom or left > right:
                continue
            first = self.value(merge.top, merge.left)
            for row in range(top, bottom + 1):
                for column in range(left, right + 1):
                    merged[row, column] = first
        return [
            [merged.get((row, column), self.value(row, column)) for column in columns(box)]
            for row in range(box.top, box.bottom + 1)
        ]

    def header(self, box: Box) -> tuple[str, ...]:
        top = Box(box.top, box.left, box.top, box.right)
        return tuple("" if v is None else str(v) for v in self.grid(top)[0])


def read_table(
    path: str | Path, sheet_name: str | None = None, cell_range: str | None = None, text: str = ""
) -> SheetTable:
    """The table on a sheet (at `cell_range`, else the one the request `text` names): header
    row first, data rows below."""
    path = Path(path)
    if path.suffix.lower() != ".csv":
        return table_on_sheet(open_values(path), path, sheet_name, cell_range, text)
    check_file(path)
    with path.open(newline="", encoding="utf-8-sig") as handle:
        rows: list[list[str]] = list(csv.reader(handle))

    def value(row: int, column: int) -> object:
        line = rows[row - 1] if row <= len(rows) else []
        return line[column - 1] if column <= len(line) else None

    filled = {
        (row, column): v
        for row, line in enumerate(rows, 1)
        for column, v in enumerate(line, 1)
        if not blank(v)
    }
    box, grid, tables = located(SheetCells(filled, value), cell_range, text, str(path))
    return SheetTable(table_from_grid(grid, origin=(box.top, box.left)), path.stem, path, tables)


def check_file(path: Path) -> None:
    if not path.is_file():
        raise SheetError(f"{path}: no such file")


def open_values(path: Path) -> Workbook:
    """The workbook with each formula's cached value, parsed only after the file and package
    checks (`package`: damage, zip bombs, malformed XML, ranges openpyxl would expand), or a
    SheetError saying why not."""
    check_workbook_file(path)
    open_package(path).close()
    try:
        with warnings.catch_warnings():
            # Only values are read, never saved back: what openpyxl warns of (an <extLst> it
            # "will remove" from its copy, a definition it drops) does not concern the user,
            # whose one line is the answer or the refusal.
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(path, data_only=True)
    except Exception as error:  # openpyxl raises many types for damaged files
        raise SheetError(f"{path}: not a readable Excel workbook ({reason(error)})") from error
    if not workbook.worksheets:
        raise SheetError(f"{path}: the workbook has no worksheet openpyxl can read")
    return workbook


def reason(error: Exception) -> str:
    """openpyxl's error in one line of words: a KeyError names only what is missing, an
    IndexError or TypeError says nothing of what it indexed or typed, a failed sheet's error is
    in its cause, and a message may quote a whole attribute (cut at 200 characters)."""
    if isinstance(error, KeyError) and error.args:
        missing = str(error.args[0])
        item = re.fullmatch(r"There is no item named '(.*)' in the archive", missing)
        if item:
            return f"a part it refers to is missing: {item.group(1)}"
        relation = missing.removeprefix("Unknown relationship: ")
        return f"a relationship it refers to is missing: {relation}"
    if isinstance(error, IndexError):  # openpyxl indexes its lists with the file's numbers
        return "an index in it points at no entry (a shared string, style or format)"
    if isinstance(error, TypeError):  # openpyxl's typed attributes
        return f"a value has the wrong type: {reason_text(error)}"
    wrapped = re.match(r"Unable to read workbook: could not read (\w+)", str(error))
    if wrapped and isinstance(error.__cause__, Exception):  # openpyxl's paragraph of advice
        return f"could not read its {wrapped.group(1)}: {reason(error.__cause__)}"
    return reason_text(error)


def reason_text(error: Exception) -> str:
    return " ".join(str(error).split())[:200] or type(error).__name__


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
    workbook: Workbook,
    path: Path,
    sheet_name: str | None,
    cell_range: str | None,
    text: str = "",
) -> SheetTable:
    """The table at `cell_range`, else the sheet's table whose headers `text` names (the first
    Excel table, else the largest, when it names none)."""
    if sheet_name is None:
        sheet = workbook.worksheets[0]
    elif sheet_name in workbook.sheetnames:
        sheet = workbook[sheet_name]
    else:
        raise SheetError(f"{path}: no sheet named {sheet_name!r}; sheets: {workbook.sheetnames}")
    stored = sheet._cells  # (row, column) → Cell, as loaded: reading it creates no cell

    def value(row: int, column: int) -> object:
        cell = stored.get((row, column))
        return None if cell is None else cell_value(cell.value)

    filled = {key: cell.value for key, cell in stored.items() if not blank(cell.value)}
    merges = [Box(m.min_row, m.min_col, m.max_row, m.max_col) for m in sheet.merged_cells.ranges]
    excel = [
        box
        for ref in (t.ref for t in getattr(sheet, "tables", {}).values())
        if (box := excel_box(ref, filled)) is not None
    ]
    where = f"{path} [{sheet.title}]"
    box, grid, tables = located(SheetCells(filled, value, merges, excel), cell_range, text, where)
    formats = [
        column_number_format(stored, box.top + 1, box.bottom, column) for column in columns(box)
    ]
    # A text cell stays text ('25/11/2026' stored as text is no date to Excel's rules); a CSV
    # file's strings are typed in, as Excel reads them when it opens the file.
    table = table_from_grid(
        grid, origin=(box.top, box.left), number_formats=formats, strings="stored"
    )
    around = surroundings(filled, box, value)
    table = dataclasses.replace(table, sheet=sheet.title, surroundings=around)
    return SheetTable(table, sheet.title, path, tables)


MAX_SURROUNDINGS = 20_000  # cells beside a table that a rule may read; a larger sheet gives none


def surroundings(
    filled: Mapping[Key, object], box: Box, value: Callable[[int, int], object]
) -> tuple[tuple[Key, CellValue], ...]:
    """The sheet's filled cells outside the table, typed as the table's are (text stays text)."""
    outside = [
        key
        for key in filled
        if not (box.top <= key[0] <= box.bottom and box.left <= key[1] <= box.right)
    ]
    if len(outside) > MAX_SURROUNDINGS:
        return ()
    return tuple((key, stored_cell(value(*key))) for key in sorted(outside))


def located(
    sheet: SheetCells, cell_range: str | None, text: str, where: str
) -> tuple[Box, list[list[object]], tuple[FoundTable, ...]]:
    """The table's box and grid (header row first), and every table found on the sheet."""
    used = filled_box(sheet.filled)
    if used is None:
        raise SheetError(f"{where}: the sheet is empty (no header row)")
    tables = found_tables(sheet, sheet.filled, sheet.excel)
    if cell_range:
        try:
            given = range_box(cell_range)
        except RangeError as error:
            raise SheetError(f"{where}: range {error}") from None
        box = fitted(given, sheet.filled, [t.box for t in tables])
        if box is None:
            raise SheetError(
                f"{where}: the range is empty (no header row): {cell_range} has no filled "
                f"cell; the sheet's cells are in {used.address}"
            )
        if open_ended(given):  # `A:I`: the table in those columns, found as on a whole sheet
            inside = {key: v for key, v in sheet.filled.items() if box.holds(key)}
            excel = [b for b in sheet.excel if clipped(b, inside) == b]
            chosen = pick_table(found_tables(sheet, inside, excel), text)
            box = chosen.box if chosen else box
    else:
        chosen = pick_table(tables, text)
        box = chosen.box if chosen else used  # no table: the used range says what is missing
    if box.size > MAX_TABLE_CELLS:
        raise SheetError(
            f"{where}: the table {box.address} has {box.size:,} cells, more than the "
            f"{MAX_TABLE_CELLS:,} read at once; give a smaller range"
        )
    return box, check_header(sheet.grid(box), where), tables


def found_tables(
    sheet: SheetCells, filled: Mapping[Key, object], excel: Sequence[Box]
) -> tuple[FoundTable, ...]:
    return tuple(
        FoundTable(box, sheet.header(box), e, title_above(filled, box))
        for box, e in table_boxes(filled, excel)
    )


def excel_box(ref: str, filled: Mapping[Key, object]) -> Box | None:
    """An Excel table's range, clipped to its filled cells (None when it has none)."""
    try:
        return clipped(range_box(ref), filled)
    except RangeError:
        return None


def columns(box: Box) -> range:
    return range(box.left, box.right + 1)


def blank(value: object) -> bool:
    """An empty cell, or one holding only spaces: nothing a table is made of."""
    return value is None or (isinstance(value, str) and not value.strip())


def column_number_format(stored: Mapping[Key, object], first: int, last: int, column: int) -> str:
    """The most common number format among a column's data cells ("General" when none)."""
    counts = Counter(
        getattr(stored.get((row, column)), "number_format", "General")
        for row in range(first, last + 1)
    )
    return counts.most_common(1)[0][0] if counts else "General"


def cell_value(value: object) -> object:
    """openpyxl gives error cells as strings like '#N/A'; typing turns them into errors."""
    if isinstance(value, str) and value.startswith("#"):
        return (
            ExcelError(value)
            if value.upper() in {"#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"}
            else value
        )
    return value


def check_header(grid: list[list[object]], where: str) -> list[list[object]]:
    if not grid or all(blank(value) for value in grid[0]):
        raise SheetError(f"{where}: the range is empty (no header row)")
    if all(all(blank(value) for value in row) for row in grid[1:]):
        raise SheetError(f"{where}: the table has a header but no data rows below it")
    return grid
