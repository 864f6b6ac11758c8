"""Which way a judging word points and which columns a grid's words mean: "worst" on faults is
the most of them, "slower than 14 min" is more time, "Age 5-6" … "Age 13" is one block of
sizes and "Mon 21" … "Sat 26" one block of nights."""

from __future__ import annotations

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
