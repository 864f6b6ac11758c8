"""Executor semantics, table-driven: each function, ties, blanks, text in numeric columns,
dates against a fixed today, combinations, formulas, and the selected range."""

from __future__ import annotations

import datetime as dt

import pytest

from cf_excel.rules import format_rule, parse_rule
from cf_excel.rules.executor import applied_columns, cell_address, highlighted_cells
from cf_excel.rules.scope import placed, scoped_condition
from cf_excel.sheets.table import Table
from cf_excel.sheets.values import table_from_grid
from tests.support import TODAY


def rows(rule: str, table: Table, column: int | None = None) -> list[int]:
    """The data rows (0-based) formatted in `column` (default: the rule's only column)."""
    cells = highlighted_cells(parse_rule(rule), table, TODAY)
    return sorted({r for r, c in cells if column is None or c == column})


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        # numeric comparisons skip text ('n/a') and blanks
        ("GreaterThan(c[2], 100)", [0, 3]),
        ("GreaterThanEqual(c[2], 120)", [0, 3]),
        ("LessThan(c[2], 100)", [1, 4]),
        ("LessThanEqual(c[2], 80)", [1, 4]),
        ("Equals(c[2], 80)", [1, 4]),
        ("NotEquals(c[2], 80)", [0, 3]),
        ("Between(c[2], 80, 120)", [0, 1, 4]),
        ("Between(c[2], 120, 80)", [0, 1, 4]),  # order-insensitive, as Excel's
        ("GreaterThan(c[2], 1.2E2)", [3]),
        # text criteria compare text cells only, case-insensitively
        ("Equals(c[1], 'NORTH')", [0, 2]),
        ("GreaterThan(c[1], 'r')", [1, 5]),
        # text functions see the displayed text, case-insensitively
        ("TextEquals(c[0], 'APPLE')", [0, 3]),
        ("TextContains(c[0], 'an')", [1]),
        ("TextContains(c[0], '(big)')", [5]),
        ("TextStartsWith(c[0], 'ch')", [2]),
        ("TextEndsWith(c[0], 'E')", [0, 3, 4]),
        ("TextEquals(c[2], '80')", [1, 4]),  # numbers as shown
        ("TextEquals(c[1], '')", [3]),
        # comparisons between columns and lengths
        ("GreaterThan(c[4], c[2])", [5]),  # an empty cell compared with counts as zero
        ("LessThan(c[4], c[2])", [0, 1]),
        ("GreaterThan(LEN(c[0]), 5)", [1, 2, 5]),
    ],
)
def test_cell_conditions(sales_table: Table, rule: str, expected: list[int]) -> None:
    assert rows(rule, sales_table) == expected


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("Top(c[2], 1)", [3]),
        ("Top(c[2], 2)", [0, 3]),
        ("Bottom(c[2], 1)", [1, 4]),  # both 80s: ties are all formatted
        ("Bottom(c[2], 2)", [1, 4]),
        ("Bottom(c[2], 3)", [0, 1, 4]),
        ("Top(c[2], 99)", [0, 1, 3, 4]),  # N beyond the count formats every number
        ("Top(c[2])", [0, 1, 3, 4]),  # default N = 10
        ("TopPercent(c[2], 25)", [3]),  # max(1, floor(4 * 25%)) = 1 item
        ("TopPercent(c[2], 50)", [0, 3]),
        ("BottomPercent(c[2], 10)", [1, 4]),  # at least one item, ties included
        ("Top(c[4], 1)", [1, 2]),
        ("AboveAverage(c[2])", [3]),  # mean of 120, 80, 300, 80 = 145
        ("BelowAverage(c[2])", [0, 1, 4]),
        ("Duplicates(c[0])", [0, 3]),  # 'Apple' and 'apple'
        ("Duplicates(c[4])", [1, 2]),
        ("Unique(c[2])", [0, 2, 3]),  # 'n/a' is unique too
        ("Blanks(c[1])", [3]),
        ("NoBlanks(c[2])", [0, 1, 2, 3, 4]),
        ("Errors(c[4])", [4]),
        ("NoErrors(c[4])", [0, 1, 2, 3, 5]),
        ("ColorScale(c[2])", [0, 1, 3, 4]),  # every numeric cell
        ("DataBar(c[4])", [0, 1, 2, 5]),
        ("IconSet(c[1])", []),
    ],
)
def test_range_conditions(sales_table: Table, rule: str, expected: list[int]) -> None:
    assert rows(rule, sales_table) == expected


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("Today(c[3])", []),
        ("Yesterday(c[3])", [0]),
        ("Tomorrow(c[3])", [2]),
        ("Last7Days(c[3])", [0]),  # 2024-03-09 .. 2024-03-15
        ("ThisWeek(c[3])", [0, 2]),  # Sunday 2024-03-10 .. Saturday 2024-03-16
        ("LastWeek(c[3])", [3]),
        ("NextWeek(c[3])", []),
        ("ThisMonth(c[3])", [0, 2, 3]),
        ("LastMonth(c[3])", [1]),
        ("NextMonth(c[3])", [4]),
        ("GreaterThan(c[3], 45366)", [2, 4]),  # dates compare as serials (2024-03-15 = 45366)
    ],
)
def test_dates_against_fixed_today(sales_table: Table, rule: str, expected: list[int]) -> None:
    assert rows(rule, sales_table) == expected


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("AND(GreaterThan(c[2], 50), TextEquals(c[1], 'north'))", [0]),
        ("OR(Blanks(c[1]), Errors(c[4]))", [3, 4]),
        ("NOT(GreaterThan(c[2], 100))", [1, 2, 4, 5]),  # text and blank cells are "not > 100"
        ("AND(GreaterThan(c[2], 100), LessThan(500))", [0, 3]),
        ("OR()", []),
        ("AND()", []),
    ],
)
def test_combinations(sales_table: Table, rule: str, expected: list[int]) -> None:
    assert rows(rule, sales_table, column=2 if "c[2]" in rule else None) == expected


def test_combination_formats_every_named_column(sales_table: Table) -> None:
    cells = highlighted_cells(
        parse_rule("AND(GreaterThan(c[2], 50), TextEquals(c[1], 'north'))"), sales_table, TODAY
    )
    assert cells == {(0, 1), (0, 2)}


def test_rule_without_column_applies_to_selection() -> None:
    table = table_from_grid(
        [["Index", "Value"], [0, "5"], [1, "50"], [2, "x"], [3, "500"]], selection=(1,)
    )
    cells = highlighted_cells(parse_rule("GreaterThan(10)"), table, TODAY)
    assert cells == {(1, 1), (3, 1)}  # the Index column is not data
    assert highlighted_cells(parse_rule("Top(1)"), table, TODAY) == {(3, 1)}
    assert applied_columns(parse_rule("TextContains(x)"), table) == (1,)


def test_ranks_over_a_multi_column_selection() -> None:
    table = table_from_grid([["A", "B"], [1, 9], [7, 3]])
    assert highlighted_cells(parse_rule("Top(2)"), table, TODAY) == {(0, 1), (1, 0)}
    assert highlighted_cells(parse_rule("AboveAverage()"), table, TODAY) == {(0, 1), (1, 0)}


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("$A2=$A3", {0, 2}),  # consecutive duplicates, anchored at the first data row
        ("$B2>10", {1, 2}),
        ("MOD(ROW(),2)=0", {0, 2}),
        ("LEN($A2)>4", set()),
        ("SUMPRODUCT(($B$2:$B$5>$B2)*1)=0", {2}),
    ],
)
def test_formula_rules(rule: str, expected: set[int]) -> None:
    table = table_from_grid([["Name", "N"], ["x", 5], ["x", 20], ["y", 30], ["y", 1]])
    cells = highlighted_cells(parse_rule(rule), table, TODAY)
    assert {r for r, _ in cells} == expected
    assert {c for _, c in cells} <= {0, 1}


def test_formula_rule_on_a_table_that_starts_lower_on_the_sheet() -> None:
    grid = [["Name", "N"], ["x", 5], ["x", 20], ["y", 30]]
    table = Table(*_parts(grid), origin=(17, 3))  # header in C17, data from C18
    assert {r for r, _ in highlighted_cells(parse_rule("$D18>10"), table, TODAY)} == {1, 2}
    assert cell_address(table, (0, 0)) == "C18"


def _parts(grid: list[list[object]]) -> tuple[tuple[str, ...], tuple, tuple]:  # type: ignore[type-arg]
    table = table_from_grid(grid)
    return table.header, table.rows, table.texts


def test_columns_beyond_the_table_format_nothing(sales_table: Table) -> None:
    assert highlighted_cells(parse_rule("GreaterThan(c[9], 1)"), sales_table, TODAY) == set()


def test_default_today_is_the_real_today() -> None:
    table = table_from_grid([["When"], [dt.date.today().isoformat()]])
    assert highlighted_cells(parse_rule("Today(c[0])"), table) == {(0, 0)}


# A span of three score columns (c[1]:c[3]) holding numbers, a text, a blank and an error, with
# a Ref column beside it.
SPAN_GRID: list[list[object]] = [
    ["Name", "S1", "S2", "S3", "Ref"],
    ["a", 1, 9, None, 4],
    ["b", 5, "x", 7, 6],
    ["c", 8, 2, 9, 1],
    ["d", 3, 3, "#N/A", 2],
]
Cell = tuple[int, int]
NUMBERS_IN_SPAN = {(0, 1), (1, 1), (2, 1), (3, 1), (0, 2), (2, 2), (3, 2), (1, 3), (2, 3)}


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("GreaterThan(4)", {(1, 1), (2, 1), (0, 2), (1, 3), (2, 3)}),
        ("Between(3, 2)", {(3, 1), (2, 2), (3, 2)}),
        ("TextEquals('X')", {(1, 2)}),
        ("Top(2)", {(0, 2), (2, 3)}),  # the two 9s of different columns
        ("Bottom(3)", {(0, 1), (2, 2), (3, 1), (3, 2)}),  # 1, 2 and both 3s
        ("TopPercent(25)", {(0, 2), (2, 3)}),  # 25% of the span's 9 numbers: 2
        ("AboveAverage()", {(2, 1), (0, 2), (1, 3), (2, 3)}),  # the span's mean, 47/9
        ("Duplicates()", {(3, 1), (3, 2), (0, 2), (2, 3)}),  # equal values across columns
        ("Unique()", {(0, 1), (1, 1), (2, 1), (1, 2), (2, 2), (1, 3)}),
        ("Blanks()", {(0, 3)}),
        ("Errors()", {(3, 3)}),
        ("NOT(Blanks())", {(r, c) for r in range(4) for c in (1, 2, 3)} - {(0, 3)}),
        ("ColorScale()", NUMBERS_IN_SPAN),
        ("GreaterThan(c[4], 3)", {(0, 1), (0, 2), (0, 3), (1, 1), (1, 2), (1, 3)}),  # Ref's rows
        ("AND(GreaterThan(4), TextEquals(c[0], 'c'))", {(2, 1), (2, 3)}),
        ("B2=MAX(B$2:B$5)", {(2, 1), (0, 2)}),  # each column's maximum; S3's MAX is #N/A
        ("$E2>B2", {(0, 1), (1, 1), (0, 3)}),  # Ref against each cell: a blank is 0, text high
    ],
)
def test_a_span_applies_its_rule_to_all_of_its_cells(rule: str, expected: set[Cell]) -> None:
    table = table_from_grid(SPAN_GRID)
    assert highlighted_cells(parse_rule(f"Columns(c[1]:c[3], {rule})"), table, TODAY) == expected


def test_a_one_column_span_and_a_formula_comparing_two_columns() -> None:
    table = table_from_grid(SPAN_GRID)
    # "x" > 5: Excel orders any text above any number
    assert highlighted_cells(parse_rule("Columns(c[2], $C2>$B2)"), table, TODAY) == {
        (0, 2),
        (1, 2),
    }
    moved = Table(table.header, table.rows, table.texts, origin=(17, 3))  # data from C18
    assert highlighted_cells(parse_rule("Columns(c[2], $E18>$D18)"), moved, TODAY) == {
        (0, 2),
        (1, 2),
    }  # sheet letters: the table's third and second columns are E and D there


def test_a_span_of_dates() -> None:
    table = table_from_grid([["Start", "End"], [TODAY, TODAY + dt.timedelta(days=1)]])
    assert highlighted_cells(parse_rule("Columns(c[0]:c[1], Today())"), table, TODAY) == {(0, 0)}
    soon = highlighted_cells(parse_rule("Columns(c[0]:c[1], NextDays(7))"), table, TODAY)
    assert soon == {(0, 0), (0, 1)}


@pytest.mark.parametrize(
    ("rule", "columns"),
    [
        ("Columns(c[1]:c[3], Top(2))", (1, 2, 3)),
        ("Columns(c[0], GreaterThan(c[4], 3))", (0,)),  # the span, not the column it names
        ("Columns(c[3]:c[9], Blanks())", (3, 4)),  # past the table: its columns only
        ("Columns(c[7]:c[9], Blanks())", ()),
    ],
)
def test_a_span_applies_to_its_own_columns(rule: str, columns: tuple[int, ...]) -> None:
    table = table_from_grid(SPAN_GRID)
    assert applied_columns(parse_rule(rule), table) == columns
    if not columns:
        assert highlighted_cells(parse_rule(rule), table, TODAY) == set()


def test_a_generated_rule_moves_every_reference_with_the_table() -> None:
    """A generator writes for a table at A1: `placed` moves relative and absolute parts with
    the table; a reference that names its sheet is a place on that sheet and stays (a cell
    beside the table, `Sheet1!$B$1`); at A1 nothing moves."""
    table = table_from_grid(SPAN_GRID, origin=(5, 2))
    rule = parse_rule("Columns(c[1]:c[3], AND(B2>$E$2, GreaterThan(Sheet1!B$3)))")
    assert format_rule(placed(rule, table)) == (
        "Columns(c[1]:c[3], AND(C6>$F$6, GreaterThan(Sheet1!B$3)))"
    )
    assert placed(rule, table_from_grid(SPAN_GRID)) == rule
    assert scoped_condition(rule) == rule.rule  # type: ignore[attr-defined]
