"""Finding the table on a real sheet: titles above it, notes beside it, Excel tables, merges."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.worksheet.table import Table as ListObject

from cf_excel.sheets.workbook import read_table


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
