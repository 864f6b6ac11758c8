"""Excel semantics of raw formula rules: shifting references, arrays, coercion, errors, dates."""

from __future__ import annotations

import datetime as dt

import pytest

from cf_excel.rules.ast import Binary, Call, CellRef, Expr, Negate, Number, Range, Text
from cf_excel.rules.formula import formula_holds
from cf_excel.sheets.table import CellValue, ExcelError, Table

TODAY = dt.date(2024, 3, 15)  # a Friday


def ref(a1: str) -> CellRef:
    return CellRef(a1)


def num(value: float) -> Number:
    return Number(float(value))


def fn(name: str, *args: Expr) -> Call:
    return Call(name, args)


def op(symbol: str, left: Expr, right: Expr) -> Binary:
    return Binary(symbol, left, right)


def eq(left: Expr, right: Expr) -> Binary:
    return Binary("=", left, right)


def table(
    header: tuple[str, ...],
    rows: tuple[tuple[CellValue, ...], ...],
    origin: tuple[int, int] = (1, 1),
) -> Table:
    texts = tuple(tuple("" if v is None else str(v) for v in row) for row in rows)
    return Table(header=header, rows=rows, texts=texts, origin=origin)


# Header on row 1, data on rows 2-6, columns A-C.
SALES = table(
    ("Product", "Sold", "Target"),
    (
        ("Apple", 12.0, 10.0),
        ("apple", 3.0, 10.0),
        ("Pear", None, 5.0),
        ("Fig", "7", 5.0),
        (None, ExcelError("#N/A"), 5.0),
    ),
)

# Header on row 16 at column C, so data fills C17:D19 and the anchor is row 17.
LOW = table(("Name", "Score"), (("a", 50.0), ("b", 150.0), ("c", 99.0)), origin=(16, 3))


def holds(
    expr: Expr, cell: tuple[int, int], anchor: tuple[int, int] = (2, 1), sheet: Table = SALES
) -> bool:
    return formula_holds(expr, sheet, cell, anchor, TODAY)


@pytest.mark.parametrize(
    ("expr", "cell", "anchor", "sheet", "expected"),
    [
        # Relative rows shift by cell - anchor: B2>10 written for row 2 reads B3 on row 3.
        (op(">", ref("B2"), num(10)), (2, 2), (2, 2), SALES, True),
        (op(">", ref("B2"), num(10)), (3, 2), (2, 2), SALES, False),
        # Relative columns shift too: on column C, B2 reads C2.
        (op(">", ref("B2"), num(11)), (2, 3), (2, 2), SALES, False),
        (op(">", ref("B2"), num(9)), (3, 3), (2, 2), SALES, True),  # reads C3
        # `$B` pins the column, `$2` pins the row.
        (op(">", ref("$B2"), num(10)), (2, 3), (2, 2), SALES, True),
        (op(">", ref("B$2"), num(10)), (6, 2), (2, 2), SALES, True),
        (op(">", ref("$B$3"), num(10)), (2, 2), (2, 2), SALES, False),
        (op(">", ref("SHEET1!$B$2"), num(10)), (5, 3), (2, 2), SALES, True),
        # Anchor on row 17 and column D.
        (op(">", ref("D17"), num(100)), (17, 4), (17, 4), LOW, False),
        (op(">", ref("D17"), num(100)), (18, 4), (17, 4), LOW, True),
        (op(">", ref("$D17"), ref("$D$19")), (17, 3), (17, 3), LOW, False),
        (op(">", ref("$D17"), ref("$D$19")), (18, 3), (17, 3), LOW, True),
        (eq(ref("C17"), Text("c")), (19, 3), (17, 3), LOW, True),
    ],
)
def test_reference_shifting(
    expr: Expr, cell: tuple[int, int], anchor: tuple[int, int], sheet: Table, expected: bool
) -> None:
    assert holds(expr, cell, anchor, sheet) is expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [(2, True), (3, False), (4, False), (5, False), (6, True), (7, True)],
)
def test_consecutive_duplicates(row: int, expected: bool) -> None:
    # `$A2=$A3`: "Apple" = "apple" ignores case; the blank A6 equals the blank A7 below it.
    assert holds(eq(ref("$A2"), ref("$A3")), (row, 1)) is expected


OVERLAP = table(
    ("Start", "End"),
    tuple(
        (dt.date(2024, 1, start), dt.date(2024, 1, end))
        for start, end in [(1, 3), (2, 5), (6, 7), (8, 9), (9, 10)]
    ),
    origin=(3, 4),
)  # dates in D4:E8


@pytest.mark.parametrize(
    ("row", "expected"), [(4, True), (5, True), (6, False), (7, True), (8, True)]
)
def test_sumproduct_overlap(row: int, expected: bool) -> None:
    starts_before = op("<=", ref("$D4"), Range(ref("$E$4"), ref("$E$8")))
    ends_after = op(">=", ref("$E4"), Range(ref("$D$4"), ref("$D$8")))
    overlaps = fn("SUMPRODUCT", op("*", starts_before, ends_after))
    expr = op(">", overlaps, num(1))
    for column in (4, 5):  # the whole row of the applied range D4:E8
        assert formula_holds(expr, OVERLAP, (row, column), (4, 4), TODAY) is expected


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        # B4 is blank: it is 0 against numbers, "" against text, FALSE against booleans.
        (eq(ref("B4"), num(0)), True),
        (op("<", ref("B4"), num(1)), True),
        (op(">", ref("B4"), num(0)), False),
        (eq(ref("B4"), Text("")), True),
        (eq(ref("B4"), fn("FALSE")), True),
        (eq(ref("B4"), ref("Z99")), True),
        (op("+", ref("B4"), num(1)), True),
        (ref("B4"), False),
        (fn("ISBLANK", ref("B4")), True),
        (fn("ISBLANK", ref("B2")), False),
        (eq(fn("COUNT", Range(ref("B2"), ref("B6"))), num(2)), True),
        (eq(fn("COUNTA", Range(ref("A2"), ref("A6"))), num(4)), True),
        (eq(fn("COUNTBLANK", Range(ref("B2"), ref("B6"))), num(1)), True),
        (eq(fn("LEN", ref("B4")), num(0)), True),
    ],
)
def test_blanks(expr: Expr, expected: bool) -> None:
    assert holds(expr, (2, 1)) is expected


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        (eq(Text("abc"), Text("ABC")), True),
        (op("<>", ref("A2"), ref("A3")), False),
        (fn("EXACT", ref("A2"), ref("A3")), False),
        (op("<", Text("a"), Text("B")), True),
        # Type order: number < text < boolean, whatever the values.
        (op(">", Text("1"), num(5)), True),
        (op(">", fn("TRUE"), Text("zzz")), True),
        (eq(ref("B5"), num(7)), False),  # text "7" is not the number 7 in a comparison
        (eq(op("+", ref("B5"), num(0)), num(7)), True),  # but arithmetic converts it
        (eq(fn("SEARCH", Text("P*E"), Text("apple")), num(2)), True),
        (fn("ISERROR", fn("FIND", Text("P"), Text("apple"))), True),
        (eq(fn("UPPER", fn("TRIM", Text("  a  b "))), Text("A B")), True),
    ],
)
def test_text(expr: Expr, expected: bool) -> None:
    assert holds(expr, (2, 1)) is expected


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        (op(">", ref("B6"), num(0)), False),  # B6 holds #N/A
        (op("<", ref("B6"), num(0)), False),
        (fn("ISERROR", ref("B6")), True),
        (fn("ISERROR", op("+", ref("B6"), num(1))), True),
        (fn("ISERROR", op("&", ref("B6"), Text("x"))), True),
        (fn("ISERROR", fn("SUM", Range(ref("B2"), ref("B6")))), True),
        (fn("ISERROR", op("/", num(1), num(0))), True),
        (fn("ISERROR", op("/", num(1), ref("B4"))), True),  # blank divisor
        (fn("ISERROR", op("*", Text("abc"), num(2))), True),
        (fn("ISERROR", fn("MOD", num(5), num(0))), True),
        (fn("IF", eq(ref("B4"), num(0)), num(1), op("/", num(1), ref("B4"))), True),
        (fn("ISNUMBER", ref("B6")), False),
        (op("/", num(1), num(0)), False),
        # Unknown functions are #NAME?, which never highlights.
        (eq(fn("NOSUCHFUNCTION", num(1)), num(1)), False),
        (fn("ISERROR", fn("NOSUCHFUNCTION", num(1))), True),
    ],
)
def test_errors(expr: Expr, expected: bool) -> None:
    assert holds(expr, (2, 1)) is expected


DATES = table(
    ("When",),
    ((dt.date(2024, 3, 15),), (dt.date(2024, 1, 7),), (dt.datetime(2024, 3, 15, 18, 30),)),
)  # A2:A4


@pytest.mark.parametrize(
    ("expr", "row", "expected"),
    [
        (eq(ref("$A2"), fn("TODAY")), 2, True),
        (eq(ref("$A2"), fn("TODAY")), 3, False),
        (eq(ref("$A2"), fn("TODAY")), 4, False),  # 18:30 is a fraction past today
        (eq(fn("INT", ref("$A2")), fn("TODAY")), 4, True),
        (op("<", ref("$A2"), op("-", fn("TODAY"), num(30))), 3, True),
        (eq(ref("$A2"), fn("DATE", num(2024), num(3), num(15))), 2, True),
        (eq(ref("$A2"), num(45366)), 2, True),  # serial days since 1899-12-30
        (eq(fn("DATE", num(2023), num(15), num(15)), fn("TODAY")), 2, True),  # month rollover
        (eq(fn("YEAR", ref("$A2")), num(2024)), 3, True),
        (eq(fn("MONTH", ref("$A2")), num(1)), 3, True),
        (eq(fn("DAY", ref("$A2")), num(7)), 3, True),
        (eq(fn("WEEKDAY", ref("$A2")), num(1)), 3, True),  # 2024-01-07 is a Sunday
        (eq(fn("WEEKDAY", ref("$A2"), num(2)), num(5)), 2, True),  # Friday, Monday = 1
        (fn("ISNUMBER", ref("$A2")), 2, True),
        (eq(op("&", ref("$A2"), Text("")), Text("45366")), 2, True),
    ],
)
def test_dates(expr: Expr, row: int, expected: bool) -> None:
    assert formula_holds(expr, DATES, (row, 1), (2, 1), TODAY) is expected


@pytest.mark.parametrize(
    ("expr", "text"),
    [
        (num(2015), "2015"),
        (num(0.1), "0.1"),
        (op("+", num(0.1), num(0.2)), "0.3"),
        (num(-2.5), "-2.5"),
        (num(1e20), "1E+20"),
        (num(0.00001), "0.00001"),
        (fn("TRUE"), "TRUE"),
        (ref("B4"), ""),
        (op("&", Text("a"), num(1)), "a1"),
    ],
)
def test_concatenation_shows_general_format(expr: Expr, text: str) -> None:
    assert holds(eq(op("&", expr, Text("")), Text(text)), (2, 1))


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        (eq(fn("SUM", Range(ref("B2"), ref("B4"))), num(15)), True),
        (eq(fn("SUM", Text("3"), fn("TRUE")), num(4)), True),  # typed arguments coerce
        (eq(fn("SUM", ref("B5")), num(0)), True),  # referenced text does not
        (eq(fn("AVERAGE", Range(ref("C2"), ref("C6"))), num(7)), True),
        (eq(fn("MIN", Range(ref("C2"), ref("C6"))), num(5)), True),
        (eq(fn("MAX", Range(ref("B2"), ref("C4"))), num(12)), True),
        (eq(fn("COUNTIF", Range(ref("C2"), ref("C6")), Text(">5")), num(2)), True),
        (eq(fn("COUNTIF", Range(ref("A2"), ref("A6")), Text("APPLE")), num(2)), True),
        (eq(fn("COUNTIF", Range(ref("A2"), ref("A6")), Text("?i*")), num(1)), True),
        (eq(fn("COUNTIF", Range(ref("A2"), ref("A6")), Text("<>pear")), num(4)), True),
        (eq(fn("COUNTIF", Range(ref("B2"), ref("B6")), num(7)), num(1)), True),
        (eq(fn("COUNTIF", Range(ref("A2"), ref("A6")), ref("$A2")), num(2)), True),
        (
            eq(
                fn(
                    "COUNTIFS",
                    Range(ref("A2"), ref("A6")),
                    Text("apple"),
                    Range(ref("B2"), ref("B6")),
                    Text(">5"),
                ),
                num(1),
            ),
            True,
        ),
        (eq(fn("COUNTIFS", Range(ref("A2"), ref("A6")), Text("apple")), num(2)), True),
        (
            fn(
                "ISERROR",
                fn(
                    "COUNTIFS",
                    Range(ref("A2"), ref("A6")),
                    Text("a"),
                    Range(ref("C2"), ref("C3")),
                    num(1),
                ),
            ),
            True,
        ),  # ranges of two shapes
        (fn("ISERROR", fn("TIME", num(-1), num(0), num(0))), True),
        (eq(fn("TIME", num(25), num(30), num(0)), op("/", num(1.5), num(24))), True),
        (eq(fn("HOUR", num(0.7291666666)), num(17)), True),
        (eq(fn("MINUTE", num(0.7291666666)), num(30)), True),
        (eq(fn("ABS", Negate("-", num(3))), num(3)), True),
        (eq(fn("MOD", num(-1), num(3)), num(2)), True),
        (eq(fn("INT", num(-2.5)), num(-3)), True),
        (eq(fn("ROUND", num(2.675), num(2)), num(2.68)), True),
        (eq(fn("ROUND", num(-2.5), num(0)), num(-3)), True),
        (eq(fn("ROUND", num(1234), num(-2)), num(1200)), True),
        (eq(op("^", num(2), num(10)), num(1024)), True),
        (eq(Negate("-", op("^", num(2), num(2))), num(-4)), True),
        (eq(fn("LEFT", ref("A2"), num(3)), Text("App")), True),
        (eq(fn("RIGHT", ref("A2")), Text("e")), True),
        (eq(fn("MID", ref("A2"), num(2), num(3)), Text("ppl")), True),
        (eq(fn("LEN", num(0.5)), num(3)), True),
        (fn("AND", op(">", ref("B2"), num(10)), op(">", ref("C2"), num(5))), True),
        (fn("OR", op(">", ref("B2"), num(100)), fn("NOT", fn("ISTEXT", ref("B2")))), True),
        (fn("AND", Range(ref("A2"), ref("A3"))), False),  # only text: #VALUE!
        (fn("ISODD", num(3)), True),
        (fn("ISEVEN", num(3)), False),
        (eq(fn("ROW"), num(2)), True),
        (eq(fn("COLUMN", ref("C2")), num(3)), True),
        (
            eq(
                fn("SUMPRODUCT", Range(ref("B2"), ref("B3")), Range(ref("C2"), ref("C3"))), num(150)
            ),
            True,
        ),
        (
            fn(
                "ISERROR",
                fn("SUMPRODUCT", Range(ref("B2"), ref("B3")), Range(ref("C2"), ref("C4"))),
            ),
            True,
        ),
        (op("+", Text("1"), fn("TRUE")), True),
        (op("-", num(1), num(1)), False),
        (Text("TRUE"), False),  # text never highlights
        (Negate("+", Text("x")), False),
    ],
)
def test_functions_and_operators(expr: Expr, expected: bool) -> None:
    assert holds(expr, (2, 1)) is expected


def test_row_follows_the_formatted_cell() -> None:
    is_odd_row = fn("ISODD", fn("ROW"))
    assert [holds(is_odd_row, (row, 2), (2, 2)) for row in range(2, 6)] == [
        False,
        True,
        False,
        True,
    ]


@pytest.mark.parametrize(
    "expr",
    [
        op("<>", op("*", fn("SUM"), fn("LEN", Text("ab"))), num(2024)),  # SUM() is 0.0
        op(
            "<",
            op("*", fn("AGGREGATE", num(9), num(6), Range(ref("$H$2"), ref("$H$3"))), num(2)),
            num(1),
        ),
    ],
)
def test_an_empty_sum_is_a_number_in_arithmetic(expr: Expr) -> None:
    """An empty SUM (or AGGREGATE 9 over nothing) used to be the int 0, which crashed the
    coercion of arithmetic on it (found by a random differential check)."""
    assert holds(expr, (2, 1)) is True
