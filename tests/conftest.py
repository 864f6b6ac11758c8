"""Shared fixtures: a small typed table and a sample workbook under tmp_path."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

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
