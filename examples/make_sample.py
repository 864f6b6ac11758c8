"""Build the example workbooks: invoices.xlsx (the README's main commands), tasks.xlsx and
sales.xlsx (with invoices.xlsx, the sheets of the hand-written request set, requests.yaml).

Dates are offsets from the day a workbook is built, so "overdue" always has rows to find; the
committed files were built on 2026-11-26. `python examples/make_sample.py` rebuilds them for
that day; `build_all(folder, today)` builds them around another day (tests use today).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from openpyxl.styles import Font
from openpyxl.worksheet.table import Table, TableStyleInfo

BUILT = dt.date(2026, 11, 26)  # the committed files' build day

INVOICES = (
    ["Invoice", "Customer", "Amount", "Due Date", "Status"],
    [
        ("INV-1001", "Acme Ltd", 1250.00, -57, "Paid"),
        ("INV-1002", "Globex", 430.50, -42, "Open"),
        ("INV-1003", "Initech", 2890.00, -26, "Open"),
        ("INV-1004", "Umbrella", 75.20, -16, "Disputed"),
        ("INV-1005", "Acme Ltd", 980.00, -6, "Paid"),
        ("INV-1006", "Hooli", 15400.00, 2, "Open"),
        ("INV-1007", "Stark Industries", 640.00, 9, "Open"),
        ("INV-1008", "Wayne Enterprises", 3120.75, 16, "Paid"),
        ("INV-1009", "Globex", 210.00, 24, "Open"),
        ("INV-1010", "Initech", 1999.99, 43, "Open"),
        ("INV-1011", "Soylent", 505.00, 50, "Disputed"),
        ("INV-1012", "Hooli", 88.00, 66, "Open"),
    ],
)
TASKS = (
    ["Task", "Owner", "Status", "Priority", "Start", "Deadline", "% Complete", "Budget", "Spent"],
    [
        ("Kick-off", "Ana", "Done", "High", -40, -30, 1.0, 500, 450),
        ("Requirements", "Ben", "Done", "High", -30, -12, 1.0, 2000, 2300),
        ("Design review", "Ana", "In Progress", "Medium", -12, -2, 0.6, 1500, 900),
        ("Prototype", "Chen", "In Progress", "High", -10, 5, 0.4, 4000, 4400),
        ("User testing", "Dee", "Not Started", "Low", 3, 14, 0.0, 1200, 0),
        ("Security audit", "Ben", "Blocked", "High", -5, 1, 0.2, 3000, 800),
        ("Docs", "Dee", "Not Started", "Low", 10, 30, 0.0, 600, None),
        ("Release", "Chen", "Not Started", "Medium", 25, 40, 0.0, 800, None),
    ],
)
SALES = (
    ["Region", "Rep", "Q3 Revenue", "Q3 Target", "Units", "Margin", "Last Order"],
    [
        ("North", "Ivy Park", 125000, 120000, 410, 0.32, -3),
        ("North", "Omar Reyes", 98000, 110000, 305, 0.27, -21),
        ("South", "Lena Fox", 143500, 130000, 512, 0.35, -1),
        ("South", "Raj Patel", 87250, 100000, 260, 0.18, -45),
        ("East", "Mia Chen", 101000, 100000, 330, 0.29, -9),
        ("East", "Tom Berg", 76500, 95000, 198, 0.12, -70),
        ("West", "Sara Lind", 132000, 125000, 455, 0.31, -2),
        ("West", "Noah Kim", 99000, 99000, 300, 0.22, -15),
    ],
)
DATE_COLUMNS = {"Due Date", "Start", "Deadline", "Last Order"}
FORMATS = {"Amount": "#,##0.00", "% Complete": "0%", "Margin": "0%", "Q3 Revenue": "$#,##0",
           "Q3 Target": "$#,##0", "Budget": "$#,##0", "Spent": "$#,##0"}  # fmt: skip


def write(path: Path, title: str, header: list[str], rows: list[tuple[object, ...]],
          today: dt.date) -> None:  # fmt: skip
    """One table (an Excel table object) at A1; date columns hold offsets from `today`."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    sheet.append(header)
    for row in rows:
        sheet.append(
            [
                today + dt.timedelta(days=value)
                if name in DATE_COLUMNS and isinstance(value, int)
                else value
                for name, value in zip(header, row, strict=True)
            ]
        )
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, name in enumerate(header, 1):
        number_format = "yyyy-mm-dd" if name in DATE_COLUMNS else FORMATS.get(name)
        for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
            if number_format:
                cell.number_format = number_format
    last = openpyxl.utils.get_column_letter(len(header))
    sheet.add_table(
        Table(
            displayName=title,
            ref=f"A1:{last}{len(rows) + 1}",
            tableStyleInfo=TableStyleInfo(name="TableStyleMedium2"),
        )
    )
    workbook.save(path)


def build_all(folder: Path, today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    write(folder / "invoices.xlsx", "Invoices", *INVOICES, today)
    write(folder / "tasks.xlsx", "Tasks", *TASKS, today)
    write(folder / "sales.xlsx", "Sales", *SALES, today)


if __name__ == "__main__":
    build_all(Path(__file__).parent, BUILT)
