"""Columns named by their year: "last year('s)" is last year's column, "this year" the latest."""

from cf_excel.reading.reader import read
from cf_excel.reading.words import tokens_of
from cf_excel.reading.years import twins, year_mentions
from cf_excel.sheets.values import table_from_grid

SALES = table_from_grid(
    [
        ["Product", "Oct", "Nov", "LY Nov", "YTD", "YTD LY"],
        ["Tea", 10, 12, 10, 100, 90],
        ["Jam", 8, 7, "", 80, 95],
        ["Honey", 5, 9, 6, 50, 40],
    ]
)
WATER = table_from_grid(
    [
        ["Plot", "Water '25 (L)", "Water '26 (L)", "Rent 2025", "Rent 2026", "Last yr $"],
        ["A1", 100, 160, 20, 22, 5],
        ["A2", 120, 110, 20, 20, 6],
    ]
)


def test_last_year_columns_and_their_twins() -> None:
    assert twins(SALES) == {3: 2, 5: 4}  # LY Nov ↔ Nov, YTD LY ↔ YTD
    assert twins(WATER) == {1: 2, 3: 4, 5: -1}  # '25 ↔ '26, 2025 ↔ 2026; Last yr $ alone


def test_last_year_and_the_words_after_it_name_one_column() -> None:
    tokens = tokens_of("nov more than 10% up on last year's nov")
    mentions = year_mentions(tokens, SALES)
    assert [(m.column, m.first, m.last) for m in mentions] == [(3, 6, 8)]
    same = year_mentions(tokens_of("ytd down on the same period last year"), SALES)
    assert [(m.column, m.first) for m in same] == [(5, 4)]  # "same period last year"


def test_this_year_against_last_year_by_the_words_of_the_request() -> None:
    mentions = year_mentions(tokens_of("water this year up on last year"), WATER)
    assert [(m.column, m.first) for m in mentions] == [(2, 1), (1, 5)]
    assert year_mentions(tokens_of("sold over the last year"), SALES) == []  # a window of time
    plain = table_from_grid([["Plot", "Rent"], ["A1", 20]])
    assert year_mentions(tokens_of("rent up on last year"), plain) == []  # no such column


def test_a_share_of_last_years_column_is_read_and_needs_it_filled() -> None:
    rule = read("nov more than 10% up on last year's nov", SALES)[0].code
    assert rule.endswith('=AND($D2<>"",$C2>$D2*1.1))')
    rule = read("ytd more than 10% down on the same period last year", SALES)[0].code
    assert rule.endswith("$E2<$F2*0.9))") and "ISNUMBER" not in rule


def test_last_month_named_and_less_than_last_year_beside_a_last_year_column() -> None:
    """ "fewer this November than last November" and "less than last year" on a sheet with
    LY Nov beside Nov: that column, not the month before."""
    grid: list[list[object]] = [["Room", "Oct", "Nov", "LY Nov"], ["a", 5, 10, 12], ["b", 9, 8, 6]]
    table = table_from_grid(grid)
    assert (
        read("rooms where we sold fewer hours this November than last November", table)[0].code
        == 'Columns(c[2], =AND($C2<>"",$C2<$D2))'
    )
    assert read("the Nov cell red where we sold less than last year", table)[0].code == (
        'Columns(c[2], =AND($C2<>"",$D2<>"",$C2<$D2))'
    )


def test_a_pair_of_headers_with_bare_two_digit_years() -> None:
    """Total 25 / Total 26 are last year and this year; Wk 44 … Wk 48 are weeks, not years."""
    birds = table_from_grid(
        [["Species", "Total 26", "Total 25"], ["Wren", 10, 14], ["Robin", 9, 4], ["Jay", 3, 3]]
    )
    assert twins(birds) == {2: 1}
    said = "Where did we count fewer birds than last year? Highlight this year's total."
    assert read(said, birds)[0].code.startswith("Columns(c[1], ")
    weeks = table_from_grid([["Tank", "Wk 44", "Wk 45", "Wk 46"], ["T1", 3, 4, 5]])
    assert twins(weeks) == {}
