"""Worksheet functions that see their arguments whole rather than item by item.

SUM, COUNT, AVERAGE and the like read references and arrays by Excel's rules (a referenced
text is skipped, a typed one coerces); COUNTIF parses its criterion; SUMPRODUCT and AGGREGATE
take arrays; IF evaluates only the branch it picks; ROW and COLUMN read a reference's position;
TODAY reads the evaluation date. Each gets its argument expressions and a `Context`, which the
evaluator (formula.py) provides, so that this module needs no evaluator of its own.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import Any, Protocol

from cf_excel.rules.ast import CellRef, Expr, Range
from cf_excel.rules.formula_values import (
    DIV0,
    NUM,
    ORDER,
    VALUE,
    Scalar,
    Value,
    as_logical,
    as_number,
    broadcast,
    compare,
    flatten,
    item_at,
    parse_number,
    serial,
    wildcard,
)
from cf_excel.sheets.table import ExcelError


class Context(Protocol):
    """The formatted cell a formula is evaluated for, as a whole-argument function sees it."""

    @property
    def cell(self) -> tuple[int, int]: ...  # (row, column), for ROW() and COLUMN()

    @property
    def today(self) -> dt.date: ...

    def evaluate(self, expr: Expr) -> Value:
        """The value of an argument expression at this cell."""
        ...

    def position(self, ref: CellRef) -> tuple[int, int]:
        """The (row, column) a reference points to from this cell."""
        ...


ArrayFunction = Callable[[tuple[Expr, ...], Context], Value]


def _fold(
    reduce: Callable[[list[Any]], Value],
    coerce: Callable[[Scalar], Scalar] = as_number,
    keep: tuple[type, ...] = (float,),
    strict: bool = True,
) -> ArrayFunction:
    """SUM-like functions, by Excel's rule: a value typed directly counts if it coerces, while
    references and arrays contribute only their items of the `keep` types. `strict` propagates
    errors (SUM); otherwise they are skipped (COUNT). `reduce` gets the coerced values."""

    def apply(args: tuple[Expr, ...], ctx: Context) -> Value:
        found: list[Scalar] = []
        for arg in args:
            value = ctx.evaluate(arg)
            by_reference = isinstance(value, tuple) or isinstance(arg, CellRef)
            for item in flatten(value):
                if by_reference and not isinstance(item, (*keep, ExcelError)):
                    continue
                coerced = coerce(item)
                if isinstance(coerced, ExcelError) and strict:
                    return coerced
                if not isinstance(coerced, ExcelError):
                    found.append(coerced)
        return reduce(found)

    return apply


def _as_list(items: list[Any]) -> Value:
    return items  # type: ignore[return-value]  # LARGE/SMALL read the collected numbers


def _kth(largest: bool) -> ArrayFunction:
    """LARGE/SMALL(array, k): the k-th largest or smallest number; #NUM! when k is out of range."""

    def apply(args: tuple[Expr, ...], ctx: Context) -> Value:
        if len(args) != 2:
            return VALUE
        numbers = _fold(_as_list)((args[0],), ctx)
        k = as_number(item_at(ctx.evaluate(args[1]), 0, 0))
        if isinstance(numbers, ExcelError) or isinstance(k, ExcelError):
            return numbers if isinstance(numbers, ExcelError) else k
        assert isinstance(numbers, list) and isinstance(k, float)
        if not 1 <= int(k) <= len(numbers):
            return NUM
        return sorted(numbers, reverse=largest)[int(k) - 1]

    return apply


_AGGREGATES: dict[int, Callable[[list[float], int], Scalar]] = {
    1: lambda xs, _: sum(xs) / len(xs) if xs else DIV0,
    2: lambda xs, _: float(len(xs)),
    4: lambda xs, _: max(xs, default=0.0),
    5: lambda xs, _: min(xs, default=0.0),
    9: lambda xs, _: float(sum(xs)),  # float: an empty sum is 0.0, not the int 0
    14: lambda xs, k: sorted(xs, reverse=True)[k - 1] if 1 <= k <= len(xs) else NUM,
    15: lambda xs, k: sorted(xs)[k - 1] if 1 <= k <= len(xs) else NUM,
}


def _aggregate(args: tuple[Expr, ...], ctx: Context) -> Value:
    """AGGREGATE(function, options, array[, k]) with options that ignore errors (4-7), the
    Excel 2010 way to average or rank a range that holds #N/A without failing."""
    if len(args) not in (3, 4):
        return VALUE
    number, options = (as_number(item_at(ctx.evaluate(a), 0, 0)) for a in args[:2])
    k = as_number(item_at(ctx.evaluate(args[3]), 0, 0)) if len(args) == 4 else 0.0
    if not all(isinstance(v, float) for v in (number, options, k)):
        return VALUE
    assert isinstance(number, float) and isinstance(options, float) and isinstance(k, float)
    function = _AGGREGATES.get(int(number))
    if function is None or not 4 <= int(options) <= 7:
        return VALUE
    items = [i for i in flatten(ctx.evaluate(args[2])) if isinstance(i, float)]
    return function(items, int(k))


def _counta(args: tuple[Expr, ...], ctx: Context) -> Value:
    return float(sum(item is not None for arg in args for item in flatten(ctx.evaluate(arg))))


def _countblank(args: tuple[Expr, ...], ctx: Context) -> Value:
    """Empty cells of one range (and empty texts, which a formula's "" leaves)."""
    if len(args) != 1:
        return VALUE
    return float(sum(item is None or item == "" for item in flatten(ctx.evaluate(args[0]))))


def _sumproduct(args: tuple[Expr, ...], ctx: Context) -> Value:
    """Same-shaped arrays multiplied item by item; anything but a number counts as 0."""
    grids = [ctx.evaluate(arg) for arg in args]
    shapes = {(len(g), len(g[0])) if isinstance(g, tuple) else (1, 1) for g in grids}
    if len(shapes) != 1:
        return VALUE
    total = 0.0
    for items in zip(*(list(flatten(grid)) for grid in grids), strict=True):
        error = next((item for item in items if isinstance(item, ExcelError)), None)
        if error is not None:
            return error
        total += math.prod(item if isinstance(item, float) else 0.0 for item in items)
    return total


def _countif(args: tuple[Expr, ...], ctx: Context) -> Value:
    """Criteria as Excel reads them: 5, ">=5", "<>abc", "a*c" (wildcards), "" for blanks."""
    return _countifs(args, ctx) if len(args) == 2 else VALUE


def _countifs(args: tuple[Expr, ...], ctx: Context) -> Value:
    """COUNTIF over several (range, criterion) pairs: the positions where every range's item
    meets its criterion ("the same court, date and start time"); ranges of one shape."""
    if not args or len(args) % 2:
        return VALUE
    grids = [ctx.evaluate(arg) for arg in args[::2]]
    if len({(len(g), len(g[0])) if isinstance(g, tuple) else (1, 1) for g in grids}) != 1:
        return VALUE
    tests = []
    for arg in args[1::2]:
        criterion = item_at(ctx.evaluate(arg), 0, 0)
        if isinstance(criterion, ExcelError):
            return criterion
        tests.append(_criterion(criterion))
    columns = [list(flatten(grid)) for grid in grids]
    return float(
        sum(
            all(
                _matches(item, op, operand)
                for item, (op, operand) in zip(items, tests, strict=True)
            )
            for items in zip(*columns, strict=True)
        )
    )


def _criterion(criterion: Scalar) -> tuple[str, Scalar]:
    """A criterion's comparison and operand: ">=5" is (">=", 5.0), "a*" ("=", "a*")."""
    if not isinstance(criterion, str):
        return "=", criterion
    op = next((o for o in ("<>", "<=", ">=", "=", "<", ">") if criterion.startswith(o)), "")
    text, op = criterion[len(op) :], op or "="
    number = parse_number(text) if text.strip() else None
    logical = text.upper() in ("TRUE", "FALSE")
    return op, text.upper() == "TRUE" if logical else text if number is None else number


def _matches(item: Scalar, op: str, operand: Scalar) -> bool:
    if op == "<>":
        return not _matches(item, "=", operand)
    if operand == "":
        return item is None or item == ""
    if isinstance(operand, str) and op == "=":
        return isinstance(item, str) and wildcard(operand).fullmatch(item) is not None
    if isinstance(item, str) and isinstance(operand, float) and op == "=":
        item = parse_number(item)  # COUNTIF(r, 5) also counts the text "5"
    if item is None or type(item) is not type(operand):
        return False
    order = compare(item, operand)
    return not isinstance(order, ExcelError) and ORDER[op](order, 0)


def _if(args: tuple[Expr, ...], ctx: Context) -> Value:
    """Only the chosen branch is evaluated, so IF(A1=0,0,1/A1) avoids #DIV/0!."""
    if not 2 <= len(args) <= 3:
        return VALUE
    condition = ctx.evaluate(args[0])
    if not isinstance(condition, tuple):
        test = as_logical(condition)
        if isinstance(test, ExcelError):
            return test
        branch = 1 if test else 2
        return ctx.evaluate(args[branch]) if branch < len(args) else False
    # An array condition picks item by item, so both branches are needed.
    branches = [ctx.evaluate(arg) for arg in args[1:]] + [False]

    def choose(test: Scalar, then: Scalar, other: Scalar) -> Scalar:
        flag = as_logical(test)
        return flag if isinstance(flag, ExcelError) else then if flag else other

    return broadcast(choose, [condition, branches[0], branches[1]])


def _row_or_column(axis: int) -> ArrayFunction:
    """ROW()/COLUMN(): the formatted cell's, or the shifted reference's, as Excel gives."""

    def apply(args: tuple[Expr, ...], ctx: Context) -> Value:
        if not args:
            return float(ctx.cell[axis])
        ref = args[0]
        if isinstance(ref, CellRef) and len(args) == 1:
            return float(ctx.position(ref)[axis])
        if not isinstance(ref, Range) or len(args) > 1:
            return VALUE
        ends = sorted((ctx.position(ref.start)[axis], ctx.position(ref.end)[axis]))
        numbers = tuple(float(n) for n in range(ends[0], ends[1] + 1))
        return tuple((n,) for n in numbers) if axis == 0 else (numbers,)

    return apply


ARRAY_FUNCTIONS: dict[str, ArrayFunction] = {
    "IF": _if,
    "SUMPRODUCT": _sumproduct,
    "COUNTIF": _countif,
    "COUNTIFS": _countifs,
    "COUNTA": _counta,
    "COUNTBLANK": _countblank,
    "SUM": _fold(lambda xs: float(sum(xs))),  # an empty sum is 0.0, not the int 0
    "MIN": _fold(lambda xs: min(xs, default=0.0)),
    "MAX": _fold(lambda xs: max(xs, default=0.0)),
    "AVERAGE": _fold(lambda xs: sum(xs) / len(xs) if xs else DIV0),
    "COUNT": _fold(lambda xs: float(len(xs)), strict=False),
    "LARGE": _kth(largest=True),
    "SMALL": _kth(largest=False),
    "AGGREGATE": _aggregate,
    "AND": _fold(lambda xs: all(xs) if xs else VALUE, as_logical, (float, bool)),
    "OR": _fold(lambda xs: any(xs) if xs else VALUE, as_logical, (float, bool)),
    "ROW": _row_or_column(0),
    "COLUMN": _row_or_column(1),
    "TODAY": lambda args, ctx: VALUE if args else serial(ctx.today),
}
