"""A figure's change since an earlier reading of it, from the pair of columns that hold it then
and now (or two columns the request names), in the direction the verb says."""

from __future__ import annotations

import pytest

from cf_excel.reading.reader import read
from cf_excel.sheets.table import Table
from cf_excel.sheets.values import table_from_grid

HANDICAPS = table_from_grid(
    [["Name", "Category", "HI now", "HI Oct"], ["Ann", "Full", 10.2, 12.5], ["Bo", "Full", 8, 7]]
)  # fmt: skip
PRICES = table_from_grid(
    [["Item", "Price/Unit ($)", "Prev Price ($)"], ["a", 12, 10], ["b", 10.5, 10]]
)  # fmt: skip
MARKS = table_from_grid(
    [["Student", "Maths (Jun)", "Maths", "French"], ["a", 50, 65, 70], ["b", 60, 62, 40]]
)  # fmt: skip


@pytest.mark.parametrize(
    ("table", "said", "expected"),
    [
        (HANDICAPS, "colour the full row for players whose index came down 2 or more since "
         "October", 'Rows(=AND($D2<>"",$C2<>"",$D2-($C2)>=2))'),
        (MARKS, "who improved in maths by more than 10 marks since the summer?",
         'Columns(c[2], =AND($B2<>"",$C2<>"",$C2-($B2)>10))'),
        (PRICES, "which prices went up more than 10% since the previous price? highlight the "
         "new price", 'Columns(c[1], =AND($C2<>"",$B2<>"",$B2>$C2*1.1))'),
    ],
)  # fmt: skip
def test_a_change_since_then(table: Table, said: str, expected: str) -> None:
    """ "the full row" is no value Full; "since October" is the HI Oct column; a percentage
    is a share of the earlier figure."""
    assert read(said, table)[0].code == expected


def test_adding_up_is_no_rise() -> None:
    """ "add up to more than 100": a total, not Maths minus Maths (Jun)."""
    code = read("rows where maths to french add up to more than 100", MARKS)[0].code
    assert "SUM(" in code and "-(" not in code


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("wk 48 cell red where takings dropped 200 or more compared to wk 47",
         'Columns(c[2], =AND($B2<>"",$C2<>"",$B2-($C2)>=200))'),
        ("flag wk 48 when it beat wk 47 by more than 50",
         'Columns(c[2], =AND($B2<>"",$C2<>"",$C2-($B2)>50))'),
    ],
)  # fmt: skip
def test_a_change_against_another_column_the_request_names(said: str, expected: str) -> None:
    """No then-and-now pair in the headers: the figure named before the verb moved against the
    column named after it ("compared to wk 47", "beat wk 47")."""
    table = table_from_grid([["Dept", "Wk 47", "Wk 48"], ["a", 500, 290], ["b", 700, 680]])
    assert read(said, table)[0].code == expected
