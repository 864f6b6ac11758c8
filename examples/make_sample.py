"""Build examples/invoices.xlsx, the sample workbook the README's main commands format.

Due dates are offsets from the day it is built, so "overdue" always has rows to find; the
committed file was built on 2026-11-26. Run `python examples/make_sample.py` to rebuild it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from openpyxl.styles import Font
from openpyxl.worksheet.table import Table, TableStyleInfo

BUILT = dt.date(2026, 11, 26)  # the committed file's build day: due dates are relative to it
ROWS = [
    ("INV-1001", "Acme Ltd", 1250.00, dt.date(2026, 9, 30), "Paid"),
    ("INV-1002", "Globex", 430.50, dt.date(2026, 10, 15), "Open"),
    ("INV-1003", "Initech", 2890.00, dt.date(2026, 10, 31), "Open"),
    ("INV-1004", "Umbrella", 75.20, dt.date(2026, 11, 10), "Disputed"),
    ("INV-1005", "Acme Ltd", 980.00, dt.date(2026, 11, 20), "Paid"),
    ("INV-1006", "Hooli", 15400.00, dt.date(2026, 11, 28), "Open"),
    ("INV-1007", "Stark Industries", 640.00, dt.date(2026, 12, 5), "Open"),
    ("INV-1008", "Wayne Enterprises", 3120.75, dt.date(2026, 12, 12), "Paid"),
    ("INV-1009", "Globex", 210.00, dt.date(2026, 12, 20), "Open"),
    ("INV-1010", "Initech", 1999.99, dt.date(2027, 1, 8), "Open"),
    ("INV-1011", "Soylent", 505.00, dt.date(2027, 1, 15), "Disputed"),
    ("INV-1012", "Hooli", 88.00, dt.date(2027, 1, 31), "Open"),
]


def build(path: Path, today: dt.date | None = None) -> None:
    """The invoice table with due dates moved so that they lie around `today`."""
    shift = (today or dt.date.today()) - BUILT
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Invoices"
    sheet.append(["Invoice", "Customer", "Amount", "Due Date", "Status"])
    for invoice, customer, amount, due, status in ROWS:
        sheet.append((invoice, customer, amount, due + shift, status))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows(min_row=2, min_col=3, max_col=4):
        row[0].number_format = "#,##0.00"
        row[1].number_format = "yyyy-mm-dd"
    sheet.add_table(
        Table(
            displayName="Invoices",
            ref=f"A1:E{len(ROWS) + 1}",
            tableStyleInfo=TableStyleInfo(name="TableStyleMedium2"),
        )
    )
    workbook.save(path)


if __name__ == "__main__":
    build(Path(__file__).with_name("invoices.xlsx"), BUILT)
