"""Several tables on a sheet (issue 18): found apart, the request's one picked, and said."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.table import Table as ListObject
from openpyxl.worksheet.worksheet import Worksheet

from cf_excel.sheets.tables import (
    Box,
    FoundTable,
    RangeError,
    pick_table,
    range_box,
    table_boxes,
    table_line,
)
from cf_excel.sheets.workbook import read_table
from tests.support import stacked_workbook

STOCK = [["Item", "Qty", "Value"], ["Pen", 3, 1.5], ["Ink", 9, 20], ["Pad", 6, 4], ["Cap", 1, 2]]
SUPPLIERS = [["Supplier", "Rating", "Country"], ["Acme", 4.5, "US"], ["Bolt", 3.1, "DE"]]


def place(sheet: Worksheet, rows: list[list[object]], top: int, left: int) -> None:
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            sheet.cell(top + r, left + c, value)


def test_stacked_tables_are_two_and_the_request_picks_one(tmp_path: Path) -> None:
    """The second table's title and header are no data rows of the first, and "qty over 5"
    is answered on the stock table, "suppliers with a rating below 3.5" on the other."""
    path = stacked_workbook(tmp_path / "stacked.xlsx")
    first = read_table(path).table
    assert first.address == "A3:C7" and first.header == ("Item", "Qty", "Value")
    assert [row[0] for row in first.rows] == ["Pen", "Ink", "Pad", "Cap"]
    assert read_table(path, text="qty over 5").table == first
    suppliers = read_table(path, text="suppliers with a rating below 3.5")
    assert suppliers.table.address == "A10:C13"
    assert suppliers.table.header == ("Supplier", "Orders", "Rating")
    assert [t.as_json() for t in suppliers.tables] == [
        {"address": "A3:C7", "header": ["Item", "Qty", "Value"]},
        {"address": "A10:C13", "header": ["Supplier", "Orders", "Rating"]},
    ]
    assert [t.title for t in suppliers.tables] == ["Stock", "Suppliers"]
    assert table_line(suppliers.table, "Inventory") == (
        "table A10:C13 on Inventory (headers Supplier, Orders, Rating)"
    )


def test_a_table_beside_another_is_reached_by_its_headers(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    place(sheet, STOCK, 1, 1)
    place(sheet, SUPPLIERS, 1, 5)  # E1:G3, a blank column D between
    workbook.save(tmp_path / "side.xlsx")
    assert read_table(tmp_path / "side.xlsx").table.address == "A1:C5"  # the larger one
    named = read_table(tmp_path / "side.xlsx", text="suppliers with a rating below 3.5").table
    assert named.address == "E1:G3" and named.column_values(1) == [4.5, 3.1]


def test_a_header_right_below_data_starts_another_table(tmp_path: Path) -> None:
    """No blank row between them: a title and a header of texts over numbers still part them."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in [*STOCK, ["Suppliers"], *SUPPLIERS]:
        sheet.append(row)
    workbook.save(tmp_path / "tight.xlsx")
    found = read_table(tmp_path / "tight.xlsx", text="rating")
    assert [t.address for t in found.tables] == ["A1:C5", "A7:C9"]
    assert found.table.address == "A7:C9"


def test_excel_tables_come_first_and_the_same_headers_go_by_title(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    place(sheet, [["Budget"], *STOCK[:3]], 1, 1)
    place(sheet, [["Actual"], *STOCK], 1, 5)
    sheet.add_table(ListObject(displayName="Budget", ref="A2:C4"))
    workbook.save(tmp_path / "budget.xlsx")
    found = read_table(tmp_path / "budget.xlsx")
    assert [(t.address, t.excel, t.title) for t in found.tables] == [
        ("A2:C4", True, "Budget"),
        ("E2:G6", False, "Actual"),
    ]
    assert found.table.address == "A2:C4"  # no header named: the Excel table
    assert read_table(tmp_path / "budget.xlsx", text="actual qty over 5").table.address == "E2:G6"


@pytest.mark.parametrize(
    ("text", "box"),
    [
        ("A1:F40", Box(1, 1, 40, 6)),
        ("$b$2:$c$9", Box(2, 2, 9, 3)),
        ("F40:A1", Box(1, 1, 40, 6)),
        ("C5", Box(5, 3, 5, 3)),
        ("A:I", Box(1, 1, 1_048_576, 9)),
        ("3:40", Box(3, 1, 40, 16_384)),
        ("A1:XFD1048576", Box(1, 1, 1_048_576, 16_384)),
    ],
)
def test_ranges(text: str, box: Box) -> None:
    assert range_box(text) == box


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("foo", "'foo' is not a cell range like A1:F40 (or A:I for whole columns)"),
        ("C1:", "'C1:' is not a cell range like A1:F40"),
        ("Sheet1!A1:B3", "'Sheet1!A1:B3' is not a cell range like A1:F40"),
        ("A1:B2000000", "A1:B2000000 lies outside the sheet (A1 to XFD1048576)"),
        ("A0:B3", "A0:B3 lies outside the sheet"),
        ("ZZZ1:ZZZ3", "ZZZ1:ZZZ3 lies outside the sheet"),
    ],
)
def test_bad_ranges(text: str, message: str) -> None:
    with pytest.raises(RangeError, match=message.replace("(", r"\(").replace(")", r"\)")):
        range_box(text)


def test_blank_rows_and_columns_part_tables_and_notes_are_none() -> None:
    cells = {(r, c): "x" for r in range(1, 4) for c in range(1, 3)}  # A1:B3
    cells |= {(r, c): "y" for r in range(6, 9) for c in range(4, 6)}  # D6:E8
    cells |= {(1, 9): "note", (2, 9): "more"}  # I1:I2: a note, no table
    assert table_boxes(cells) == [(Box(1, 1, 3, 2), False), (Box(6, 4, 8, 5), False)]


def test_with_no_header_named_the_largest_table_is_used() -> None:
    small, large = FoundTable(Box(1, 1, 3, 2), ("Item", "Qty")), FoundTable(Box(5, 1, 9, 3), ())
    assert pick_table([small, large], "") is large
    assert pick_table([small, large], "qty over 5") is small
    assert pick_table([], "qty") is None
