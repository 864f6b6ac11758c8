"""Typing raw cell contents as Excel does on entry."""

from __future__ import annotations

import datetime as dt

import pytest

from cf_excel.sheets.table import ExcelError
from cf_excel.sheets.values import (
    column_date_order,
    display_text,
    numeric,
    table_from_grid,
    type_text,
    typed_in,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("619.5", 619.5),
        ("144.69999999999999", 144.7),
        ("-3", -3.0),
        ("1,250", 1250.0),
        ("75%", 0.75),
        ("1E-5", 1e-5),
        ("$174", 174.0),
        ("-€5.50", -5.5),
        ("12 £", 12.0),
        ("TRUE", True),
        ("false", False),
        ("#N/A", ExcelError("#N/A")),
        ("#ERR", ExcelError("#ERR")),
        ("2022-12-06", dt.date(2022, 12, 6)),
        ("2022-12-06 14:30", dt.datetime(2022, 12, 6, 14, 30)),
        ("", None),
        ("   ", None),
        ("Product 1", "Product 1"),
        ("1.2.3", "1.2.3"),
        ("E1234", "E1234"),  # an ID, not an exponent without digits
        ("5.", 5.0),
        ("$", "$"),
        ("31/02/2020", "31/02/2020"),  # not a real date: stays text
    ],
)
def test_type_text(text: str, expected: object) -> None:
    value = type_text(text, "dmy")
    assert value == expected
    assert type(value) is type(expected)


def test_day_first_order_is_decided_per_column() -> None:
    assert column_date_order(["6/01/2020", "23/01/2020"]) == "dmy"
    assert column_date_order(["1/2/2021", "3/4/2021"]) == "mdy"
    table = table_from_grid(
        [["Start", "US"], ["6/01/2020", "1/2/2021"], ["23/01/2020", "3/4/2021"]]
    )
    assert table.rows[0] == (dt.date(2020, 1, 6), dt.date(2021, 1, 2))


@pytest.mark.parametrize(
    ("value", "number", "shown"),
    [
        (2015.0, 2015.0, "2015"),
        (0.1, 0.1, "0.1"),
        (True, None, "TRUE"),
        (dt.date(1900, 3, 1), 61.0, "1900-03-01"),
        (dt.datetime(2024, 3, 15, 12), 45366.5, "2024-03-15 12:00:00"),
        ("x", None, "x"),
        (None, None, ""),
        (ExcelError("#DIV/0!"), None, "#DIV/0!"),
    ],
)
def test_numeric_and_display(value: object, number: float | None, shown: str) -> None:
    assert numeric(value) == number  # type: ignore[arg-type]
    assert display_text(value) == shown  # type: ignore[arg-type]


def test_table_keeps_shown_text_and_pads_short_rows() -> None:
    table = table_from_grid([["A", "B"], ["20/8/2021", 34], ["x"]])
    assert table.texts == (("20/8/2021", "34"), ("x", ""))
    assert table.rows[1] == ("x", None)
    with pytest.raises(ValueError, match="header"):
        table_from_grid([])


def test_mentioned_columns() -> None:
    from cf_excel.sheets.prompt import mentioned_columns

    table = table_from_grid(
        [["Q3 Revenue", "Q3 Target", "Due Date", "Entry"], [1, 2, "2024-01-01", "x"]],
        origin=(1, 2),
    )
    assert mentioned_columns("Q3 revenue below target", table) == {0: 1.0, 1: 1.0}
    assert mentioned_columns("overdue due dates", table) == {2: 1.0}
    assert mentioned_columns("entries in column C", table) == {3: 1.0, 1: 1.0}
    assert mentioned_columns("highlight values over 5", table) == {}


def test_mentions_fold_abbreviations_and_word_forms() -> None:
    """ "qty" names Quantity, "spent" Actual Spend (half its words), "dept" Dept., "est hrs"
    Est. Hours; "HR" is not hours."""
    from cf_excel.sheets.prompt import mentioned_columns

    header = ["Item", "Quantity", "Actual Spend", "Budget", "Dept.", "Est. Hours"]
    table = table_from_grid([header, ["a", 1, 2, 3, "HR", 4]])
    assert mentioned_columns("highlight qty below 5", table) == {1: 1.0}
    assert mentioned_columns("rows where spent is over budget", table) == {2: 0.5, 3: 1.0}
    assert mentioned_columns("flag the HR department", table) == {4: 1.0}
    assert mentioned_columns("est hrs over 10", table) == {5: 1.0}


def test_plurals_name_their_singular_headers() -> None:
    """ "statuses" names Status, "expense" Expenses, "classes" Class, "courses" Course."""
    from cf_excel.sheets.prompt import mentioned_columns, stem

    table = table_from_grid([["Status", "Expenses", "Class", "Course", "Analysis"], [1] * 5])
    assert mentioned_columns("highlight statuses that are late", table) == {0: 1.0}
    assert mentioned_columns("expense over 100", table) == {1: 1.0}
    assert mentioned_columns("classes and courses", table) == {2: 1.0, 3: 1.0}
    assert mentioned_columns("the analysis", table) == {4: 1.0}
    pairs = [("boxes", "box"), ("entries", "entry"), ("houses", "house"), ("bonuses", "bonus")]
    assert all(stem(plural) == stem(singular) for plural, singular in pairs)


def test_stored_strings_stay_text() -> None:
    """A workbook's or Office.js's string is a text cell: a date or number stored as text stays
    text (Excel's rules cannot read it), only blanks and error codes are typed."""
    grid: list[list[object]] = [
        ["Due", "Amount", "Note"],
        ["25/11/2026", "120", "#N/A"],
        [dt.date(2026, 11, 20), 80, ""],
    ]
    stored = table_from_grid(grid, strings="stored")
    assert stored.rows == (
        ("25/11/2026", "120", ExcelError("#N/A")),
        (dt.date(2026, 11, 20), 80.0, None),
    )
    assert stored.texts[0] == ("25/11/2026", "120", "#N/A")
    assert table_from_grid(grid).rows[0] == (dt.date(2026, 11, 25), 120.0, ExcelError("#N/A"))


def test_typed_in_reads_text_as_typed_with_the_columns_day_order() -> None:
    column = ["25/11/2026", "1/2/2026", "120", "TBD", None, 5.0]
    assert typed_in(column) == [
        dt.date(2026, 11, 25), dt.date(2026, 2, 1), 120.0, "TBD", None, 5.0
    ]  # fmt: skip
    assert typed_in(["1/2/2026"]) == [dt.date(2026, 1, 2)]


def test_the_prompt_reads_dates_and_numbers_stored_as_text_as_the_user_does() -> None:
    """The model sees the column the user sees (so "overdue" still reaches it); the candidate
    then warns that the rule cannot colour those cells."""
    from cf_excel.sheets.prompt import describe_columns

    grid = [["Due", "Amount"], ["25/11/2026", "1,200"], ["2026-11-20", "90"]]
    assert describe_columns(table_from_grid(grid, strings="stored")) == (
        "c[0] Due: date (25/11/2026, 2026-11-20) ; c[1] Amount: number (1,200, 90)"
    )
