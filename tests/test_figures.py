"""A figure whose column the request does not name: the one column of unlike columns it fits,
or every cell of a series or block of like columns."""

from __future__ import annotations

import dataclasses

import pytest

from cf_excel.reading.reader import read
from cf_excel.sheets.table import Table
from cf_excel.sheets.values import table_from_grid

JOBS = table_from_grid(
    [["Customer", "Qty", "Quote ($)", "Invoiced ($)"],
     ["Harbor Dental", 250, 410.0, 410.0], ["Oak & Ivy", 800, 1250.0, 1300.0],
     ["Harbor Dental", 1200, 1900.0, 1850.0], ["Mill", 40, 95.0, 95.0]]
)  # fmt: skip
REHEARSALS = table_from_grid(
    [["Venue", "Length", "Hall hire $", "Headcount"],
     ["St Mary's", 2.5, 90, 27], ["Guildhall", 3, 120, 41], ["St Mary's", 2, 90, 35]]
)  # fmt: skip
GRANTS = table_from_grid(
    [["Programme", "Amt Req ($)", "Amt Awarded ($)", "Rev 1", "Rev 2", "Rev 3"],
     ["Youth", 25000, 20000, 4, 3, 5], ["Arts", 12000, 9000, 2, 4, 3],
     ["Sport", 30000, 0, 1, 2, 2]]
)  # fmt: skip
METERS = table_from_grid(
    [["Day", "Oak St", "Mill Ln", "Cabin", "Total"],
     ["Mon", 850, 920, 700, 2470], ["Tue", 910, 880, 640, 2430]]
)  # fmt: skip
SALES = table_from_grid(
    [["Branch", "Jun", "Jul", "Aug", "Nov LY"],
     ["North", 120, 95, 130, 80], ["South", 99, 140, 101, 150]]
)  # fmt: skip


@pytest.mark.parametrize(
    ("table", "said", "expected"),
    [
        (JOBS, "Harbor Dental orders of 500+ pieces, whole row",
         "Rows(AND(TextEquals(c[0], 'Harbor Dental'), GreaterThanEqual(c[1], 500)))"),
        (REHEARSALS, "rehearsals at St Mary's where fewer than 30 people came, whole row",
         "Rows(AND(TextEquals(c[0], 'St Mary''s'), LessThan(c[3], 30)))"),
        (GRANTS, "youth applications asking for more than $20k - highlight the line",
         "Rows(AND(TextEquals(c[0], 'Youth'), GreaterThan(c[1], 20000)))"),
    ],
)  # fmt: skip
def test_a_figure_tests_the_one_column_it_fits(table: Table, said: str, expected: str) -> None:
    """500 pieces is a quantity, not a quote (the column it divides, and no money); 30
    people is the headcount, not the hall hire; of two money columns the first, Amt Req."""
    assert read(said, table)[0].code == expected


@pytest.mark.parametrize(
    ("table", "said", "expected"),
    [
        (METERS, "any meter reading over 900", "Columns(c[1]:c[3], GreaterThan(900))"),
        (SALES, "any branch-month under 100", "Columns(c[1]:c[3], LessThan(100))"),
    ],
)  # fmt: skip
def test_like_columns_are_tested_cell_by_cell(table: Table, said: str, expected: str) -> None:
    """Three meters' readings or three months are one block; the Total and last year's month
    beside them are no members of it."""
    assert read(said, table)[0].code == expected


WEEK = table_from_grid(
    [["Name", "Mon", "Tue", "Wed", "Thu", "Fri", "Rate (£/h)"],
     ["Ann", 9, 10, 9, 8, 11, 14.5], ["Bo", 6, 7, 8, 6, 7, 12.0], ["Cy", 8, 8, 8, 8, 8, 16.0]]
)  # fmt: skip


def test_a_figure_no_cell_reaches_is_a_total() -> None:
    """No day holds 45 hours, but a week may: the week's total. The hourly rate holds no
    hours."""
    code = read("Who worked more than 45 hours that week? Highlight the name.", WEEK)[0].code
    assert code == "Columns(c[0], =SUM($B2:$F2)>45)"


CLEANS = table_from_grid(
    [["Room", "Attendant", "Mins", "Linen Sets", "Price $/t"],
     ["R101", "Ann", 35, 2, 410.0], ["R102", "Bo", 55, 4, 380.0],
     ["R201", "Cy", 25, 1, 450.0], ["R202", "Di", 40, 3, 300.0]]
)  # fmt: skip


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("show me the 2 longest cleans", "Top(c[2], 2)"),
        ("top 2 $/t", "Top(c[4], 2)"),
        ("the priciest clean", "Top(c[4], 1)"),
    ],
)
def test_an_unnamed_rank_orders_the_column_its_words_give(said: str, expected: str) -> None:
    """ "longest" orders lengths of time (Mins), "$/t" the column headed with it, "priciest"
    money; not every number column at once."""
    assert read(said, CLEANS)[0].code == expected


def test_a_limit_beside_the_table_tests_the_column_its_value_fits() -> None:
    """ "longer than the stay limit in H1" (14 nights): the Nights, not every number column
    against it; the value in H1 says which, as the figure said in words would."""
    stays = table_from_grid(
        [["Dog", "Nights", "Rate ($)", "Paid ($)"],
         ["Rex", 3, 40.0, 120.0], ["Bo", 16, 35.0, 560.0], ["Kit", 9, 40.0, 0.0]]
    )  # fmt: skip
    table = dataclasses.replace(stays, sheet="Stays", surroundings=(((1, 8), 14.0),))
    code = read("bookings longer than the stay limit in H1", table)[0].code
    assert code == "GreaterThan(c[1], Stays!$H$1)"


def test_a_blank_in_any_of_several_is_looked_for_where_blanks_are() -> None:
    """ "months where any of the meters has no reading": the month column has no blank, the
    meters' block does; "teams missing a score from any judge" over J1 (Ana) … J3 (Cyd)."""
    meters = table_from_grid(
        [["Month", "Oak St", "Mill Ln", "Cabin"],
         ["Jan", 850, 920, None], ["Feb", 910, 880, 640], ["Mar", None, 870, 655]]
    )  # fmt: skip
    assert read("months where any of the meters has no reading", meters)[0].code == (
        "Rows(OR(Blanks(c[1]), Blanks(c[2]), Blanks(c[3])))"
    )
    judged = table_from_grid(
        [["Team", "J1 (Ana)", "J2 (Bo)", "J3 (Cyd)", "Total"],
         ["Owls", 7, None, 8, 15], ["Foxes", 6, 9, 7, 22]]
    )  # fmt: skip
    code = read("teams missing a score from any judge - highlight the team row", judged)[0].code
    assert code == "Rows(OR(Blanks(c[1]), Blanks(c[2]), Blanks(c[3])))"


def test_a_weeks_figure_no_day_can_miss_is_its_total() -> None:
    """ "fewer than 12 scoops over the whole week": every day has fewer than 12, so the test
    of any day says nothing; the week's total does."""
    feed = table_from_grid(
        [["Horse", "Mon", "Tue", "Wed", "Thu"],
         ["Bay", 3, 3, 2, 3], ["Star", 2, 2, 2, 1], ["Flint", 4, 3, 4, 4]]
    )  # fmt: skip
    code = read("fewer than 12 scoops over the whole week? mark that horse's line", feed)[0].code
    assert code == "Rows(=SUM($B2:$E2)<12)"
