"""LibreOffice's own readings where they differ from Excel's, as the executor can take them.

Each is either a view of a table (the values as LibreOffice holds them), a context manager
that swaps one function of the formula evaluator or executor for LibreOffice's reading while
the executor runs, or, for the rule types LibreOffice evaluates in its own code (top/bottom,
averages), a small model of that code (sc/source/core/data/conditio.cxx). `differences.py`
pairs each with what it is and where it is documented.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
from collections.abc import Callable, Iterator
from dataclasses import replace
from unittest import mock

from cf_excel.rules import (
    ast,
    executor,
    formula,
    formula_array_functions,
    formula_scalar_functions,
    formula_values,
)
from cf_excel.rules.formula_values import EPOCH, NUM, VALUE, Scalar, Value
from cf_excel.sheets.addresses import parse_a1
from cf_excel.sheets.table import CellValue, ExcelError, Table
from cf_excel.sheets.values import numeric, serial

Position = tuple[int, int]


def booleans_as_numbers(table: Table) -> Table:
    """TRUE and FALSE become the numbers 1 and 0, shown as 1 and 0."""

    def number(value: CellValue) -> CellValue:
        return float(value) if isinstance(value, bool) else value

    rows = tuple(tuple(map(number, row)) for row in table.rows)
    texts = tuple(
        tuple(str(int(v)) if isinstance(v, bool) else t for v, t in zip(row, text, strict=True))
        for row, text in zip(table.rows, table.texts, strict=True)
    )
    return replace(table, rows=rows, texts=texts)


@contextlib.contextmanager
def parity_needs_a_number() -> Iterator[None]:
    """ISODD/ISEVEN: an error on a blank or a text (numeric text too), as LibreOffice gives."""

    def parity(odd: bool) -> Callable[[Scalar], Scalar]:
        def test(value: Scalar) -> Scalar:
            if isinstance(value, ExcelError):
                return value
            if not isinstance(value, float | bool):
                return VALUE
            return int(value) % 2 == int(odd)

        return test

    functions = {"ISODD": ("e", parity(True), ()), "ISEVEN": ("e", parity(False), ())}
    with mock.patch.dict(formula_scalar_functions.SCALAR_FUNCTIONS, functions):
        yield


@contextlib.contextmanager
def empty_text_is_not_found() -> Iterator[None]:
    """FIND and SEARCH of "" are #VALUE! in LibreOffice; Excel finds it at the start."""
    search = formula_scalar_functions._search

    def lo_search(needle: str, text: str, start: float, exact: bool) -> Scalar:
        return VALUE if not needle else search(needle, text, start, exact)

    with mock.patch.object(formula_scalar_functions, "_search", lo_search):
        yield


@contextlib.contextmanager
def dates_before_1900() -> Iterator[None]:
    """YEAR, MONTH, DAY and WEEKDAY of a negative serial, and EDATE/EOMONTH months back past
    1900: a date before 1899-12-30, as a negative serial."""

    def date_field(number: float, field: str) -> Scalar:
        try:
            day = EPOCH + dt.timedelta(days=math.floor(number))
        except OverflowError:
            return NUM
        fields = {"year": day.year, "month": day.month, "day": day.day, "weekday": day.weekday()}
        return float(fields[field])

    def months_on(number: float, months: float, month_end: bool) -> Scalar:
        try:
            start = EPOCH + dt.timedelta(days=math.floor(number))
            day = formula_scalar_functions.months_later(start, int(months), month_end)
        except (OverflowError, ValueError):
            return NUM
        return float((day - EPOCH).days)

    with (
        mock.patch.object(formula_scalar_functions, "_date_field", date_field),
        mock.patch.object(formula_scalar_functions, "_months_on", months_on),
    ):
        yield


@contextlib.contextmanager
def countif_numbers_match_numbers() -> Iterator[None]:
    """COUNTIF with a number criterion counts numbers only, never a text that reads as one."""
    matches = formula_array_functions._matches

    def lo_matches(item: Scalar, op: str, operand: Scalar) -> bool:
        if isinstance(item, str) and isinstance(operand, float):
            return op == "<>"
        return matches(item, op, operand)

    with mock.patch.object(formula_array_functions, "_matches", lo_matches):
        yield


@contextlib.contextmanager
def logical_values_are_numbers() -> Iterator[None]:
    """Every TRUE or FALSE a formula computes (TRUE(), A2>3, AND(...)) is 1 or 0."""
    evaluate = formula._Context.evaluate

    def as_number(value: Value) -> Value:
        if isinstance(value, tuple):
            return tuple(tuple(float(v) if isinstance(v, bool) else v for v in r) for r in value)
        return float(value) if isinstance(value, bool) else value

    def lo_evaluate(self: formula._Context, expr: ast.Expr) -> Value:
        return as_number(evaluate(self, expr))

    with mock.patch.object(formula._Context, "evaluate", lo_evaluate):
        yield


@contextlib.contextmanager
def zero_to_the_zero_is_one() -> Iterator[None]:
    """0^0 is 1, not #NUM!."""
    operate = formula_values.operate  # what formula.py evaluates operators with

    def lo_operate(op: str, left: Scalar, right: Scalar) -> Scalar:
        if op == "^" and formula_values.as_number(left) == formula_values.as_number(right) == 0:
            return 1.0
        return operate(op, left, right)

    with mock.patch.object(formula, "operate", lo_operate):
        yield


@contextlib.contextmanager
def text_true_is_one() -> Iterator[None]:
    """Arithmetic reads the text "TRUE" as 1 and "FALSE" as 0."""
    parse = formula_values.parse_number

    def lo_parse(text: str) -> float | None:
        logical = text.strip().upper()
        return float(logical == "TRUE") if logical in ("TRUE", "FALSE") else parse(text)

    with mock.patch.object(formula_values, "parse_number", lo_parse):
        yield


# The root collation order of Unicode (ICU), which LibreOffice compares text by: space and
# marks, then symbols, then digits, then letters; no mark is ignored.
ICU_ORDER = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz"
_ICU_RANK = {ch: n for n, ch in enumerate(ICU_ORDER)}


@contextlib.contextmanager
def text_in_collation_order() -> Iterator[None]:
    def icu_key(text: str) -> tuple[tuple[int, ...], int, str]:
        folded = text.casefold()
        return tuple(_ICU_RANK.get(ch, len(_ICU_RANK) + ord(ch)) for ch in folded), 0, folded

    with (
        mock.patch.object(formula_values, "text_key", icu_key),
        mock.patch.object(executor, "text_key", icu_key),
    ):
        yield


def rank_rule_cells(
    rule: dict[str, object], table: Table, libreoffice: bool
) -> frozenset[Position] | None:
    """The cells a top/bottom or average rule type formats (None for another type), as
    LibreOffice's ScConditionEntry does or, `libreoffice` False, as Excel does: a second
    implementation to hold the executor to. LibreOffice: numbers, booleans and errors (as 0)
    make up the values; a blank cell is tested as 0; with N values or fewer a top/bottom N rule
    formats every cell but the texts; N% is round_down(count·N/100) values, none when that is 0.
    Excel: numbers and dates only, and N% is at least one value."""
    if rule.get("type") not in ("top10", "aboveAverage"):
        return None
    cells = {position: table.sheet_cell(*position) for position in sqref_cells(rule)}
    if libreoffice:
        tested = {p: lo_number(v) for p, v in cells.items() if not isinstance(v, str)}
        values = [lo_number(v) for v in cells.values() if v is not None and not isinstance(v, str)]
    else:
        tested = {p: n for p, v in cells.items() if (n := numeric(v)) is not None}
        values = list(tested.values())
    if rule["type"] == "aboveAverage":
        mean = sum(values) / len(values) if values else math.nan
        above = rule.get("above_average", True)
        return frozenset(p for p, v in tested.items() if (v > mean if above else v < mean))
    return frozenset(p for p, v in tested.items() if in_top(v, values, rule, libreoffice))


def lo_number(value: CellValue) -> float:
    """A non-text cell's value to LibreOffice: a blank or an error is 0, a boolean 0 or 1."""
    if isinstance(value, dt.date):
        return serial(value)
    return float(value) if isinstance(value, float | bool) else 0.0


def in_top(value: float, values: list[float], rule: dict[str, object], libreoffice: bool) -> bool:
    """ScConditionEntry::IsTopNElement and its kin: walk the distinct values from the top
    (the bottom) until the cells passed reach the limit."""
    given = rule.get("rank")
    rank = float(given) if isinstance(given, int | float) else 10.0
    percent, bottom = bool(rule.get("percent")), bool(rule.get("bottom"))
    if libreoffice and not percent and len(values) <= rank:
        return True
    limit = math.floor(len(values) * rank / 100) if percent else rank
    if not libreoffice:
        limit = max(limit, 1)
    passed = 0
    for distinct in sorted(set(values), reverse=not bottom):
        if passed >= limit:
            return False
        if (distinct >= value) if bottom else (distinct <= value):
            return True
        passed += values.count(distinct)
    return True


def sqref_cells(rule: dict[str, object]) -> set[Position]:
    """The sheet cells of a written rule's ranges."""
    cells: set[Position] = set()
    for area in str(rule.get("sqref", "")).split():
        start, _, end = area.partition(":")
        (top, left), (bottom, right) = parse_a1(start), parse_a1(end or start)
        cells |= {(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)}
    return cells
