"""Requests on grids (a row per thing, a column per month, week, night or size) and the way
their judging words point: "worst" on faults is the most of them, "slower than 14 min" is more
time, "Age 5-6" … "Age 13" is one block of sizes and "Mon 21" … "Sat 26" one block of nights,
a total "across all sizes" or "since June" sums that block (not the column beside it), and
"not dispatched & needed within 3 wks" is two tests."""

from __future__ import annotations

import datetime as dt

from cf_excel.reading.reader import read
from cf_excel.reading.spans import shape
from cf_excel.sheets.values import table_from_grid

FAULTS = table_from_grid(
    [["Ward", "Jun", "Jul", "Aug", "Sep"], ["North", 4, 9, 2, 5], ["South", 7, 1, 3, 8]]
)
SALES = table_from_grid(
    [["Branch", "Jun", "Jul", "Aug", "Sep"], ["North", 4, 9, 2, 5], ["South", 7, 1, 3, 8]]
)


def test_worst_on_a_measure_people_want_low_is_the_most() -> None:
    worst = 'Columns(c[1]:c[4], =AND(B2<>"",B2=MAX($B2:$E2)))'
    assert read("each ward's worst month for faults", FAULTS)[0].code == worst
    lowest = 'Columns(c[1]:c[4], =AND(B2<>"",B2=MIN($B2:$E2)))'
    assert read("each branch's worst month for sales", SALES)[0].code == lowest


def test_slower_than_a_length_of_time_is_more_time() -> None:
    legs = table_from_grid(
        [["Runner", "Leg 1", "Leg 2", "Leg 3"], ["a", 12, 15, 9], ["b", 14, 13, 16]]
    )
    assert read("any leg slower than 14 min", legs)[0].code == "Columns(c[1]:c[3], GreaterThan(14))"
    assert read("any leg over 14", legs)[0].code == "Columns(c[1]:c[3], GreaterThan(14))"


def test_a_range_of_numbers_in_a_header_is_one_part_of_its_series() -> None:
    assert shape("Age 5-6") == shape("Age 13") == "age #"
    assert shape("Mon 21") == shape("Sat 26") == "#"


def test_nights_are_the_days_of_a_week_typed_with_their_dates() -> None:
    grid: list[list[object]] = [["Cabin", "Mon 21", "Tue 22", "Wed 23", "Beds"]]
    grid += [["Oak", 4, None, 6, 5], ["Elm", 2, 3, None, 4]]
    table = table_from_grid(grid)
    assert read("the blank nights", table)[0].code == "Columns(c[1]:c[3], Blanks())"


SIZES = table_from_grid(
    [
        ["Item", "Age 5-6", "Age 7-8", "Age 13", "Reorder at"],
        ["Polo", 10, 12, 9, 40],
        ["Hoodie", 30, 25, 20, 10],
    ]
)


def test_a_total_across_the_series_leaves_the_column_beside_it_out() -> None:
    code = read("less than 40 units total across all sizes, whole row", SIZES)[0].code
    assert code == "Rows(=SUM($B2:$D2)<40)"


def test_a_total_since_a_month_runs_to_the_end_of_the_series() -> None:
    assert read("total since Jul above 10, whole row", FAULTS)[0].code == "Rows(=SUM($C2:$E2)>10)"


def test_a_denied_date_said_before_a_window_of_days_is_its_own_test() -> None:
    grid: list[list[object]] = [["Order", "Needed by", "Dispatched"]]
    grid += [
        ["A1", dt.date(2026, 12, 10), None],
        ["A2", dt.date(2026, 12, 12), dt.date(2026, 12, 1)],
    ]
    table = table_from_grid(grid)
    code = read("rows: not dispatched & needed within the next 3 wks", table)[0].code
    assert code == "Rows(AND(Blanks(c[2]), NextDays(c[1], 21)))"
