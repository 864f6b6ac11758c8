"""Finding the table on a real sheet: titles above it, notes beside it, Excel tables, merges."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.table import Table as ListObject

from cf_excel.sheets.workbook import SheetError, read_table, table_on_sheet


def test_title_rows_and_side_notes_are_not_the_table(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["B2"] = "Quarterly report"
    sheet.merge_cells("B2:D2")
    for row, values in enumerate([["Region", "Q3", "Target"], ["North", 5, 4], ["South", 2, 3]], 4):
        for column, value in enumerate(values, 2):
            sheet.cell(row, column, value)
    sheet["G4"], sheet["G5"] = "Note", "check Q3"
    workbook.save(tmp_path / "report.xlsx")
    table = read_table(tmp_path / "report.xlsx").table
    assert table.origin == (4, 2) and table.header == ("Region", "Q3", "Target")
    assert table.rows == (("North", 5.0, 4.0), ("South", 2.0, 3.0))
    # the cells around it come with it, for rules that read them (`Sheet!$G$5`)
    assert table.sheet == "Sheet" and table.sheet_cell(5, 7) == "check Q3"
    assert dict(table.surroundings) == {
        (2, 2): "Quarterly report",
        (4, 7): "Note",
        (5, 7): "check Q3",
    }


def test_an_excel_table_is_used_when_present(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["A1"] = "scratch"
    for row in (["Item", "Qty"], ["Pen", 3], ["Ink", 9]):
        sheet.append(row)
    sheet.add_table(ListObject(displayName="Stock", ref="A2:B4"))
    workbook.save(tmp_path / "stock.xlsx")
    table = read_table(tmp_path / "stock.xlsx").table
    assert table.origin == (2, 1) and table.header == ("Item", "Qty") and len(table.rows) == 2


def test_merged_cells_repeat_their_value(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in (["Team", "Name"], ["Red", "Ann"], [None, "Bob"]):
        sheet.append(row)
    sheet.merge_cells("A2:A3")
    workbook.save(tmp_path / "teams.xlsx")
    assert read_table(tmp_path / "teams.xlsx").table.column_values(0) == ["Red", "Red"]


def test_text_cells_stay_text_and_csv_files_are_typed(tmp_path: Path) -> None:
    """A due date or amount stored as text in a workbook is text to Excel's rules, so it is
    text here; Excel types a CSV file's fields as it opens the file, and so does the reader."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in (["Due", "Amount"], ["25/11/2026", "120"], [dt.date(2026, 11, 20), 80]):
        sheet.append(row)
    workbook.save(tmp_path / "book.xlsx")
    table = read_table(tmp_path / "book.xlsx").table
    assert table.rows == (("25/11/2026", "120"), (dt.datetime(2026, 11, 20), 80.0))
    (tmp_path / "book.csv").write_text("Due,Amount\n25/11/2026,120\n", encoding="utf-8")
    assert read_table(tmp_path / "book.csv").table.rows == ((dt.date(2026, 11, 25), 120.0),)


def table_with_far_cells(path: Path) -> Path:
    """The stock table at A1:C5, a formatted empty cell at the sheet's last cell (the used
    range Excel and openpyxl report runs to XFD1048576) and a blank Value in the last row."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Stock"
    for row in (["Item", "Qty", "Value"], ["Pen", 3, 1.5], ["Ink", 9, 20], ["Pad", 6, 4]):
        sheet.append(row)
    sheet.append(["Cap", 1, None])
    sheet["XFD1048576"].number_format = "0%"
    workbook.save(path)
    return path


def test_ranges_are_clipped_to_the_filled_cells(tmp_path: Path) -> None:
    """Issue 18: trailing blank rows and columns leave the table as it is, whole columns work,
    and a range as large as the sheet costs its filled cells only (no cell is created)."""
    path = table_with_far_cells(tmp_path / "stock.xlsx")
    table = read_table(path, cell_range="A1:C5").table
    for given in ("A1:F40", "A1:Z20000", "A:I", "A1:C1048576"):
        assert read_table(path, cell_range=given).table == table, given
    assert read_table(path, cell_range="C1:C9").table.column_values(0) == [1.5, 20.0, 4.0, None]
    assert read_table(path).table == table  # the used range is not read cell by cell
    workbook = openpyxl.load_workbook(path, data_only=True)
    stored = len(workbook.active._cells)
    whole = table_on_sheet(workbook, path, None, "A1:XFD1048576").table
    assert whole == table and len(workbook.active._cells) == stored


@pytest.mark.parametrize(
    ("cell_range", "message"),
    [
        ("foo", "[Stock]: range 'foo' is not a cell range like A1:F40 (or A:I for whole columns)"),
        ("A1:C2000000", "[Stock]: range A1:C2000000 lies outside the sheet (A1 to XFD1048576)"),
        (
            "H1:H9",
            "[Stock]: the range is empty (no header row): H1:H9 has no filled cell; the sheet's "
            "cells are in A1:C5",
        ),
    ],
)
def test_a_bad_range_says_what_was_expected(cell_range: str, message: str, tmp_path: Path) -> None:
    path = table_with_far_cells(tmp_path / "stock.xlsx")
    with pytest.raises(SheetError) as error:
        read_table(path, cell_range=cell_range)
    assert str(error.value) == f"{path} {message}"
