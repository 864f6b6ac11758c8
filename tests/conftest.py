"""Shared fixtures: a small typed table and a sample workbook under tmp_path."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from cf_excel.sheets.table import Table
from cf_excel.sheets.values import table_from_grid

TODAY = dt.date(2024, 3, 15)  # a Friday

SALES_GRID: list[list[object]] = [
    ["Product", "Region", "Sales", "Due", "Score"],
    ["Apple", "North", 120, "2024-03-14", 10],
    ["banana", "south", 80, "2024-02-20", 20],
    ["Cherry", "North", "n/a", "2024-03-16", 20],
    ["apple", "", 300, "2024-03-08", None],
    ["Date", "East", 80, "2024-04-02", "#N/A"],
    ["Elder (big)", "West", None, "not a date", 5],
]


@pytest.fixture
def sales_table() -> Table:
    return table_from_grid(SALES_GRID)


@pytest.fixture
def sample_workbook(tmp_path: Path) -> Path:
    """A workbook with the sales table on its first sheet, starting at A1."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Sales"
    for row in SALES_GRID:
        sheet.append(
            [dt.date.fromisoformat(v) if isinstance(v, str) and v[:2] == "20" else v for v in row]
        )
    path = tmp_path / "sales.xlsx"
    workbook.save(path)
    return path


@pytest.fixture
def rich_workbook(tmp_path: Path) -> Path:
    """A chart, a comment, data validation, a defined name, frozen panes, an existing rule, a
    second sheet: what openpyxl's round trip would partly drop or rewrite."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Data"
    for row in (["Item", "Qty"], ["Pen", 30], ["Ink", 120], ["Pad", 300]):
        sheet.append(row)
    chart = BarChart()
    chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=4), titles_from_data=True)
    sheet.add_chart(chart, "D2")
    sheet["A2"].comment = Comment("checked", "Ann")
    validation = DataValidation(type="whole", operator="greaterThan", formula1="0")
    validation.add("B2:B4")
    sheet.add_data_validation(validation)
    sheet.freeze_panes = "A2"
    green = PatternFill(fill_type="solid", bgColor="FF00FF00")
    sheet.conditional_formatting.add(
        "A2:A4", CellIsRule(operator="equal", formula=['"Ink"'], fill=green)
    )
    workbook.defined_names["Quantities"] = DefinedName("Quantities", attr_text="Data!$B$2:$B$4")
    workbook.create_sheet("Notes")["A1"] = "keep me"
    path = tmp_path / "rich.xlsx"
    workbook.save(path)
    return path


def build_examples(folder: Path, today: dt.date) -> None:
    """examples/make_sample.py's workbooks (invoices, tasks, sales), with dates around `today`."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "make_sample", Path(__file__).parent.parent / "examples" / "make_sample.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build_all(folder, today)
