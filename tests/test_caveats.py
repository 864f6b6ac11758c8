"""A candidate's warnings: the dates and numbers stored as text that its rule reads but cannot
colour, counted per column, with how to convert them."""

from __future__ import annotations

import datetime as dt

import pytest

from cf_excel.rules import parse_rule
from cf_excel.rules.caveats import caveats
from cf_excel.sheets.table import Table
from cf_excel.sheets.values import table_from_grid

GRID: list[list[object]] = [
    ["Invoice", "Amount", "Due Date", "Status", "Code"],
    ["INV-1", 120, dt.date(2026, 11, 20), "Paid", "A1"],
    ["INV-2", "1,500", "25/11/2026", "Open", "7"],
    ["INV-3", 80, "20/11/2026", "Open", "TBD"],
    ["INV-4", "90", "2026-12-01", "n/a", None],
]
DATES = (
    "3 dates in Due Date are text, so this rule cannot colour them: convert them to dates "
    "(Data ▸ Text to Columns) or retype them"
)
NUMBERS = (
    "2 numbers in Amount are text, so this rule cannot colour them: convert them to numbers "
    "(the cell's warning triangle ▸ Convert to Number)"
)
ONE_NUMBER = (
    "1 number in Code is text, so this rule cannot colour it: convert it to a number "
    "(the cell's warning triangle ▸ Convert to Number)"
)


@pytest.fixture
def invoices() -> Table:
    """The invoices as a workbook stores them: some dates and amounts are text."""
    return table_from_grid(GRID, strings="stored")


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("BeforeToday(c[2])", [DATES]),
        ("Rows(ThisWeek(c[2]))", [DATES]),
        ("NOT(LastMonth(c[2]))", [DATES]),
        ("GreaterThan(c[1], 100)", [NUMBERS]),
        ("Between(c[1], 50, 100)", [NUMBERS]),
        ("Top(c[2], 1)", [DATES]),  # ranks read dates as the numbers they are
        ("AND(GreaterThan(c[1], 100), NextDays(c[2], 7))", [NUMBERS, DATES]),
        ("LessThan(c[1], c[4])", [NUMBERS, ONE_NUMBER]),
        ("BeforeToday(c[4])", []),  # "7" is no date
        ("Equals(c[1], '90')", []),  # a text criterion reads text
        ("TextEquals(c[1], '90')", []),
        ("GreaterThan(LEN(c[1]), 2)", []),
        ("Duplicates(c[1])", []),
        ("Errors(c[2])", []),
        ("$B2>100", []),
        ("GreaterThan(c[9], 1)", []),  # beyond the table
        ("Columns(c[1]:c[2], Top(3))", [NUMBERS, DATES]),  # a span reads all its columns
        ("Columns(c[0]:c[1], LessThan(100))", [NUMBERS]),
        ("Columns(c[3], GreaterThan(c[1], 100))", [NUMBERS]),  # the column it names
        ("Columns(c[1]:c[2], Blanks())", []),
    ],
)
def test_caveats_name_the_text_a_rule_reads_as_dates_or_numbers(
    invoices: Table, rule: str, expected: list[str]
) -> None:
    assert caveats(parse_rule(rule), invoices) == expected


def test_a_rule_without_a_column_reads_the_selection() -> None:
    table = table_from_grid([["Amount"], [3], ["12"]], strings="stored")
    assert caveats(parse_rule("GreaterThan(5)"), table) == [
        "1 number in Amount is text, so this rule cannot colour it: convert it to a number "
        "(the cell's warning triangle ▸ Convert to Number)"
    ]


def test_typed_tables_have_nothing_stored_as_text() -> None:
    """A CSV file's or a benchmark's strings are typed in: they are dates and numbers."""
    assert caveats(parse_rule("BeforeToday(c[2])"), table_from_grid(GRID)) == []
