"""Arithmetic a request spells out: brackets, numbers, cells beside the table, and names."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from cf_excel.candidates import Request, generate_candidates
from cf_excel.reading.generator import ReaderGenerator
from cf_excel.reading.reader import read
from cf_excel.sheets.values import table_from_grid

ITEMS = table_from_grid(
    [["Item", "Price", "Cost", "Qty", "Disc", "Total"], ["a", 10, 9, 2, 0.1, 18],
     ["b", 10, 5, 1, 0, 10], ["c", 20, 15, 3, 0.5, 30]]
)  # fmt: skip


def first(said: str) -> str:
    return read(said, ITEMS)[0].code


def test_brackets_and_numbers_are_read_as_typed() -> None:
    assert first("(price - cost) / price under 20%") == (
        "Columns(c[1], =AND(ISNUMBER($B2),ISNUMBER($C2),(($B2-$C2)/$B2)<0.2))"
    )
    assert first("price x (1 - disc) less than cost, whole row") == (
        'Rows(=AND($B2<>"",$E2<>"",($B2*(1-$E2))<$C2))'
    )
    assert first("total doesn't equal qty x price x (1 - disc)") == (
        'Columns(c[5], =AND($F2<>"",$D2<>"",$B2<>"",$E2<>"",$F2<>($D2*$B2*(1-$E2))))'
    )
    assert first("cost more than price x 0.8") == "Columns(c[2], $C2>($B2*0.8))"


def test_words_that_also_compare_take_no_number() -> None:
    """ "cost over 35% of the price" compares; a "/" between names without brackets lists."""
    assert first("which items have a cost over 35% of the price? whole row") == (
        'Rows(=AND($B2<>"",$C2>$B2*0.35))'
    )


def test_a_name_given_to_arithmetic_stands_for_it() -> None:
    """ "margin = (price - cost) / price … the margin is under 25%"; not "the min margin"."""
    assert first(
        "margin = (price - cost) / price. colour the price if the margin is under 25%"
    ) == ("Columns(c[1], =AND(ISNUMBER($B2),ISNUMBER($C2),(($B2-$C2)/$B2)<0.25))")
    said = "colour the price cell when the margin, (price - cost) / price, comes in under 25%"
    assert first(said) == "Columns(c[1], =AND(ISNUMBER($B2),ISNUMBER($C2),(($B2-$C2)/$B2)<0.25))"


def test_a_cell_beside_the_table_is_an_operand() -> None:
    """ "price x (1 - H1)": the discount typed in H1, where the rule keeps it."""
    table = dataclasses.replace(ITEMS, sheet="Shop", surroundings=(((1, 8), 0.2),))
    assert read("price x (1 - H1) less than cost, whole row", table)[0].code == (
        'Rows(=AND($B2<>"",($B2*(1-Shop!$H$1))<$C2))'
    )
    cells, _ = generate_candidates(
        ReaderGenerator(),
        "price x (1 - H1) less than cost",
        Request("cf", table, dt.date(2026, 12, 1)),
    )
    assert {a[0] for a in cells[0].addresses} and {a[1:] for a in cells[0].addresses} == {"2"}


def test_a_date_plus_an_interval_in_the_past() -> None:
    """ "overdue a visit? That's when the last visit plus the visit interval has already gone
    by": the sum against today; of the columns "the visit interval" may name, not the one
    already added."""
    visits = table_from_grid(
        [["Machine", "Last visit", "Visit every (d)"], ["a", dt.date(2026, 11, 1), 14],
         ["b", dt.date(2026, 11, 25), 14]]
    )  # fmt: skip
    said = "the last visit plus the visit interval has already gone by - colour the last visit"
    assert read(said, visits)[0].code == (
        "Columns(c[1], =AND(ISNUMBER($B2),ISNUMBER($C2),($B2+$C2)<TODAY()))"
    )


def test_a_rule_the_sheet_should_keep_and_where_it_does_not() -> None:
    """ "total should be qty x price … where it doesn't match": the total unequal to it; the
    rule stated alone asks nothing."""
    said = "the total should be qty x price. highlight the ones that don't match"
    assert first(said) == 'Columns(c[5], =AND($F2<>"",$D2<>"",$B2<>"",$F2<>($D2*$B2)))'
    assert first("total ought to come to qty x price, show me where it doesnt") == first(said)
    assert not any("<>$D2*$B2" in r.code for r in read("total should be qty x price", ITEMS))


def test_a_column_named_like_one_already_used_is_the_next_word() -> None:
    """ "nights x the nightly rate": "nightly" names Nights, the operand is the rate after it."""
    table = table_from_grid([["Nights", "Rate/nt", "Paid"], [2, 50, 100], [3, 40, 100]])
    assert read("paid isn't nights x the nightly rate", table)[0].code.endswith("$C2<>($A2*$B2)))")


def test_a_rate_per_a_counted_column_divides_by_it() -> None:
    """ "less than 50 litres per fish": Vol (L) / Fish, where no column keeps that rate."""
    table = table_from_grid([["Tank", "Vol (L)", "Fish"], ["a", 400, 10], ["b", 900, 10]])
    assert (
        read("colour the volume if the tank has less than 50 litres per fish", table)[0].code
        == "Columns(c[1], =AND(ISNUMBER($B2),ISNUMBER($C2),$C2>0,$B2/$C2<50))"
    )


@pytest.mark.parametrize(
    ("said", "test"),
    [  # the divisor named by its unit, after "for every"; a scale after "per"
        ("steep: more than 50 m of climb for every km, colour the ascent", "$C2/$B2>50"),
        ("colour the ascent where there are more than 2 errors per 100 km", "$D2/$B2*100>2"),
        ("errors per km > 0.5 -> colour the ascent", "$D2/$B2>0.5"),  # the rate said first
    ],
)
def test_a_rate_per_a_column_said_by_its_unit_or_with_a_scale(said: str, test: str) -> None:
    table = table_from_grid(
        [["Route", "Distance (km)", "Ascent (m)", "Errors"], ["a", 4, 300, 1], ["b", 10, 200, 9]]
    )
    assert read(said, table)[0].code.endswith(f"$B2>0,{test}))")


def test_a_cell_beside_the_table_scaled_by_a_column() -> None:
    """ "deposits below H1 times the price": the limit in H1 is a share of each row's price."""
    table = dataclasses.replace(ITEMS, sheet="Shop", surroundings=(((1, 8), 0.2),))
    assert read("colour the cost when it's below H1 times the price", table)[0].code == (
        'Columns(c[2], =AND($C2<>"",$C2<Shop!$H$1*$B2))'
    )


def test_a_share_in_a_cell_beside_the_table_of_a_column() -> None:
    """ "below that percentage of the price": the share typed in H1 of each row's price; an
    "of" in the next sentence is not the share's."""
    table = dataclasses.replace(ITEMS, sheet="Shop", surroundings=(((1, 8), 0.2),))
    scaled = 'Columns(c[2], =AND($C2<>"",$C2<$B2*Shop!$H$1))'
    assert read("colour the cost when it is below H1 of the price", table)[0].code == scaled
    said = "H1 holds the minimum as a percentage. colour the cost when it is below that "
    assert read(said + "percentage of the price", table)[0].code == scaled
    said = "colour the cost when it is below H1. some of the prices are blank"
    assert read(said, table)[0].code == "Columns(c[2], LessThan(c[2], Shop!$H$1))"
