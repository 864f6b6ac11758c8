"""Evaluator for the Excel formula subset of custom conditional-formatting rules (`Formula`).

It follows Excel's worksheet semantics, because a rule must highlight exactly the cells Excel
would: relative references shift from the applied range's top-left cell, ranges are 2-D arrays
and operators broadcast over them (CF formulas are evaluated as array formulas, so
`SUMPRODUCT((A1:A3>1)*1)` works), dates are serial numbers (days since 1899-12-30), blanks
compare as 0 or "", values order number < text < boolean, and errors propagate.
"""

from __future__ import annotations

import datetime as dt
import math
import operator
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from cf_excel.rules.ast import Binary, Call, CellRef, Expr, Negate, Number, Range, Text
from cf_excel.sheets.table import ExcelError, Table

Scalar = float | str | bool | ExcelError | None  # dates are read as serial floats
Grid = tuple[tuple[Scalar, ...], ...]  # (rows, columns), never empty
Value = Scalar | Grid

VALUE, DIV0, NA = ExcelError("#VALUE!"), ExcelError("#DIV/0!"), ExcelError("#N/A")
NUM, NAME = ExcelError("#NUM!"), ExcelError("#NAME?")

EPOCH = dt.date(1899, 12, 30)  # serial 0; right for every date from 1900-03-01 on
MAX_SERIAL = 2_958_465  # 9999-12-31
MAX_ROW, MAX_COLUMN = 1_048_576, 16_384  # sheet size; relative references wrap around it
_REF = re.compile(r"(\$?)([A-Z]{1,3})(\$?)(\d+)")
_NUMERIC = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def formula_holds(
    expr: Expr, table: Table, cell: tuple[int, int], anchor: tuple[int, int], today: dt.date
) -> bool:
    """True where the formula rule highlights the cell at 1-based sheet position `cell` (row, col).

    Relative parts of references (no `$`) are written relative to `anchor`, the top-left cell
    (row, col) of the range the rule applies to, and shift by cell - anchor, exactly as Excel
    does for conditional formatting. Absolute parts ($) do not shift.
    """
    shift = (cell[0] - anchor[0], cell[1] - anchor[1])
    value = _at(_evaluate(expr, _Context(table, shift, cell, today)), 0, 0)
    if isinstance(value, bool):  # an array result formats by its top-left item
        return value
    return isinstance(value, float) and value != 0


@dataclass(frozen=True)
class _Context:
    table: Table
    shift: tuple[int, int]  # (rows, columns) from the anchor to the formatted cell
    cell: tuple[int, int]  # the formatted cell, for ROW() and COLUMN()
    today: dt.date


# ---- Evaluation ----
def _evaluate(expr: Expr, ctx: _Context) -> Value:
    if isinstance(expr, Number):
        return float(expr.value)
    if isinstance(expr, Text):
        return expr.value
    if isinstance(expr, CellRef):
        return _read(ctx, *_position(expr, ctx))
    if isinstance(expr, Range):
        (top, left), (bottom, right) = _position(expr.start, ctx), _position(expr.end, ctx)
        rows = range(min(top, bottom), max(top, bottom) + 1)
        columns = range(min(left, right), max(left, right) + 1)
        return tuple(tuple(_read(ctx, row, column) for column in columns) for row in rows)
    if isinstance(expr, Negate):
        operand = _evaluate(expr.operand, ctx)
        # Excel's unary plus returns its operand untouched: `=+"a"` is "a".
        return operand if expr.sign == "+" else _map(lambda v: _operate("-", 0.0, v), [operand])
    if isinstance(expr, Binary):
        values = [_evaluate(expr.left, ctx), _evaluate(expr.right, ctx)]
        return _map(lambda left, right: _operate(expr.op, left, right), values)
    return _call(expr, ctx)


def _position(ref: CellRef, ctx: _Context) -> tuple[int, int]:
    """The shifted (row, column) of a reference; the sheet prefix is ignored."""
    match = _REF.fullmatch(ref.ref.rsplit("!", 1)[-1].upper())
    if match is None:
        raise ValueError(f"not an A1 reference: {ref.ref!r}")
    column_fixed, letters, row_fixed, digits = match.groups()
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - ord("A") + 1
    row = int(digits) + (0 if row_fixed else ctx.shift[0])
    column += 0 if column_fixed else ctx.shift[1]
    return (row - 1) % MAX_ROW + 1, (column - 1) % MAX_COLUMN + 1


def _read(ctx: _Context, row: int, column: int) -> Scalar:
    value = ctx.table.sheet_cell(row, column)
    if isinstance(value, dt.date):
        return _serial(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def _serial(day: dt.date) -> float:
    if isinstance(day, dt.datetime):
        midnight = dt.datetime.combine(day.date(), dt.time(), day.tzinfo)
        return (day.date() - EPOCH).days + (day - midnight).total_seconds() / 86400
    return float((day - EPOCH).days)


def _map(function: Callable[..., Scalar], args: list[Value]) -> Value:
    """Apply a scalar function item by item, broadcasting as Excel does.

    A single row or column stretches across the other operands; where arrays differ in size
    otherwise, the missing positions become #N/A.
    """
    grids = [arg for arg in args if isinstance(arg, tuple)]
    if not grids:
        return function(*args)
    height, width = max(len(grid) for grid in grids), max(len(grid[0]) for grid in grids)
    return tuple(
        tuple(function(*(_at(arg, row, column) for arg in args)) for column in range(width))
        for row in range(height)
    )


def _at(value: Value, row: int, column: int) -> Scalar:
    if not isinstance(value, tuple):
        return value
    row = 0 if len(value) == 1 else row
    column = 0 if len(value[0]) == 1 else column
    return value[row][column] if row < len(value) and column < len(value[0]) else NA


def _flat(value: Value) -> Iterator[Scalar]:
    yield from (item for row in value for item in row) if isinstance(value, tuple) else [value]


# ---- Coercion ----
def _number(value: Scalar) -> float | ExcelError:
    """Arithmetic's view of a value: TRUE is 1, blank is 0, numeric-looking text converts."""
    if isinstance(value, ExcelError | float):
        return value
    if value is None or isinstance(value, bool):
        return float(bool(value))
    parsed = _parse_number(value)
    return VALUE if parsed is None else parsed


def _parse_number(text: str) -> float | None:
    text = text.strip()
    scale = 0.01 if text.endswith("%") else 1.0  # "50%" is 0.5
    text = text.removesuffix("%")
    return float(text) * scale if _NUMERIC.fullmatch(text) else None


def _text(value: Scalar) -> str | ExcelError:
    if isinstance(value, ExcelError | str):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    # General format: 15 significant digits; small numbers stay in fixed notation.
    text = f"{value:.15g}"
    return format(Decimal(text), "f") if "e" in text and 1e-9 <= abs(value) < 1 else text.upper()


def _logical(value: Scalar) -> bool | ExcelError:
    if isinstance(value, ExcelError | bool):
        return value
    if value is None or isinstance(value, float):
        return bool(value)
    upper = value.upper()
    return upper == "TRUE" if upper in ("TRUE", "FALSE") else VALUE


_COERCE: dict[str, Callable[[Scalar], Scalar]] = {
    "n": _number,
    "t": _text,
    "b": _logical,
    "e": lambda value: value,
}


# ---- Operators ----
def _operate(op: str, left: Scalar, right: Scalar) -> Scalar:
    """One binary operator on two scalars; the left operand's error wins."""
    if op == "&":
        a, b = _text(left), _text(right)
        return a if isinstance(a, ExcelError) else b if isinstance(b, ExcelError) else a + b
    if op in _ORDER:
        order = _compare(left, right)
        return order if isinstance(order, ExcelError) else _ORDER[op](order, 0)
    x, y = _number(left), _number(right)
    if isinstance(x, ExcelError):
        return x
    if isinstance(y, ExcelError):
        return y
    if op == "^" and x == 0 and y <= 0:
        return NUM if y == 0 else DIV0
    if op == "/" and y == 0:
        return DIV0
    try:
        result: float = _ARITHMETIC[op](x, y)
    except (OverflowError, ValueError):  # too large, or a negative base's fractional power
        return NUM
    return result if math.isfinite(result) else NUM


def _compare(left: Scalar, right: Scalar) -> int | ExcelError:
    """-1, 0 or 1 in Excel's order: number < text < boolean, text case-insensitive."""
    if isinstance(left, ExcelError):
        return left
    if isinstance(right, ExcelError):
        return right
    zero: dict[type, Scalar] = {str: "", bool: False}  # a blank takes the other side's zero
    a = left if left is not None else zero.get(type(right), 0.0)
    b = right if right is not None else zero.get(type(left), 0.0)
    rank_a, rank_b = (1 if isinstance(v, str) else 2 if isinstance(v, bool) else 0 for v in (a, b))
    if rank_a != rank_b:
        return -1 if rank_a < rank_b else 1
    if isinstance(a, str) and isinstance(b, str):
        a, b = a.casefold(), b.casefold()
    elif isinstance(a, float) and isinstance(b, float):
        # Excel compares at 15 significant digits, so 0.1+0.2=0.3 holds.
        a, b = float(f"{a:.15g}"), float(f"{b:.15g}")
    return (a > b) - (a < b)  # type: ignore[operator]


_ARITHMETIC = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "^": math.pow,
}
_ORDER: dict[str, Callable[[int, int], bool]] = {
    "=": operator.eq,
    "<>": operator.ne,
    "<": operator.lt,
    ">": operator.gt,
    "<=": operator.le,
    ">=": operator.ge,
}


# ---- Functions ----
def _call(call: Call, ctx: _Context) -> Value:
    """Whole-argument functions see references and arrays; the rest map item by item."""
    special = _SPECIAL.get(call.name)
    if special is not None:
        return special(call.args, ctx)
    if call.name not in _SCALAR:
        return NAME
    kinds, function, defaults = _SCALAR[call.name]
    if not len(kinds) - len(defaults) <= len(call.args) <= len(kinds):
        return VALUE  # Excel would refuse the formula; never highlight
    values = [_evaluate(arg, ctx) for arg in call.args]
    return _map(lambda *items: _apply(kinds, function, defaults, items), values)


def _apply(
    kinds: str,
    function: Callable[..., Scalar],
    defaults: tuple[Scalar, ...],
    items: tuple[Scalar, ...],
) -> Scalar:
    """Coerce each argument by its kind (n number, t text, b logical, e any value, errors
    included), fill in the defaults, and propagate the first error unless the kind is `e`."""
    args = list(items) + list(defaults[len(defaults) - len(kinds) + len(items) :])
    args = [_COERCE[kind](arg) for kind, arg in zip(kinds, args, strict=True)]
    for kind, arg in zip(kinds, args, strict=True):
        if kind != "e" and isinstance(arg, ExcelError):
            return arg
    return function(*args)


def _fold(
    reduce: Callable[[list[Any]], Value],
    coerce: Callable[[Scalar], Scalar] = _number,
    keep: tuple[type, ...] = (float,),
    strict: bool = True,
) -> _Special:
    """SUM-like functions, by Excel's rule: a value typed directly counts if it coerces, while
    references and arrays contribute only their items of the `keep` types. `strict` propagates
    errors (SUM); otherwise they are skipped (COUNT). `reduce` gets the coerced values."""

    def apply(args: tuple[Expr, ...], ctx: _Context) -> Value:
        found: list[Scalar] = []
        for arg in args:
            value = _evaluate(arg, ctx)
            by_reference = isinstance(value, tuple) or isinstance(arg, CellRef)
            for item in _flat(value):
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


def _kth(largest: bool) -> _Special:
    """LARGE/SMALL(array, k): the k-th largest or smallest number; #NUM! when k is out of range."""

    def apply(args: tuple[Expr, ...], ctx: _Context) -> Value:
        if len(args) != 2:
            return VALUE
        numbers = _fold(_as_list)((args[0],), ctx)
        k = _number(_at(_evaluate(args[1], ctx), 0, 0))
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
    9: lambda xs, _: sum(xs),
    14: lambda xs, k: sorted(xs, reverse=True)[k - 1] if 1 <= k <= len(xs) else NUM,
    15: lambda xs, k: sorted(xs)[k - 1] if 1 <= k <= len(xs) else NUM,
}


def _aggregate(args: tuple[Expr, ...], ctx: _Context) -> Value:
    """AGGREGATE(function, options, array[, k]) with options that ignore errors (4-7), the
    Excel 2010 way to average or rank a range that holds #N/A without failing."""
    if len(args) not in (3, 4):
        return VALUE
    number, options = (_number(_at(_evaluate(a, ctx), 0, 0)) for a in args[:2])
    k = _number(_at(_evaluate(args[3], ctx), 0, 0)) if len(args) == 4 else 0.0
    if not all(isinstance(v, float) for v in (number, options, k)):
        return VALUE
    assert isinstance(number, float) and isinstance(options, float) and isinstance(k, float)
    function = _AGGREGATES.get(int(number))
    if function is None or not 4 <= int(options) <= 7:
        return VALUE
    items = [i for i in _flat(_evaluate(args[2], ctx)) if isinstance(i, float)]
    return function(items, int(k))


def _counta(args: tuple[Expr, ...], ctx: _Context) -> Value:
    return float(sum(item is not None for arg in args for item in _flat(_evaluate(arg, ctx))))


def _sumproduct(args: tuple[Expr, ...], ctx: _Context) -> Value:
    """Same-shaped arrays multiplied item by item; anything but a number counts as 0."""
    grids = [_evaluate(arg, ctx) for arg in args]
    shapes = {(len(g), len(g[0])) if isinstance(g, tuple) else (1, 1) for g in grids}
    if len(shapes) != 1:
        return VALUE
    total = 0.0
    for items in zip(*(list(_flat(grid)) for grid in grids), strict=True):
        error = next((item for item in items if isinstance(item, ExcelError)), None)
        if error is not None:
            return error
        total += math.prod(item if isinstance(item, float) else 0.0 for item in items)
    return total


def _countif(args: tuple[Expr, ...], ctx: _Context) -> Value:
    """Criteria as Excel reads them: 5, ">=5", "<>abc", "a*c" (wildcards), "" for blanks."""
    if len(args) != 2:
        return VALUE
    criterion = _at(_evaluate(args[1], ctx), 0, 0)
    if isinstance(criterion, ExcelError):
        return criterion
    op, operand = "=", criterion
    if isinstance(criterion, str):
        op = next((o for o in ("<>", "<=", ">=", "=", "<", ">") if criterion.startswith(o)), "")
        text, op = criterion[len(op) :], op or "="
        number = _parse_number(text) if text.strip() else None
        logical = text.upper() in ("TRUE", "FALSE")
        operand = text.upper() == "TRUE" if logical else text if number is None else number
    items = _flat(_evaluate(args[0], ctx))
    return float(sum(_matches(item, op, operand) for item in items))


def _matches(item: Scalar, op: str, operand: Scalar) -> bool:
    if op == "<>":
        return not _matches(item, "=", operand)
    if operand == "":
        return item is None or item == ""
    if isinstance(operand, str) and op == "=":
        return isinstance(item, str) and _wildcard(operand).fullmatch(item) is not None
    if isinstance(item, str) and isinstance(operand, float) and op == "=":
        item = _parse_number(item)  # COUNTIF(r, 5) also counts the text "5"
    if item is None or type(item) is not type(operand):
        return False
    order = _compare(item, operand)
    return not isinstance(order, ExcelError) and _ORDER[op](order, 0)


def _wildcard(pattern: str) -> re.Pattern[str]:
    """Excel's `*`, `?` and `~` escape as a case-insensitive regular expression."""
    regex = ""
    for part in re.findall(r"~.|\*|\?|[^~*?]+|~", pattern, re.DOTALL):
        if part in ("*", "?"):
            regex += ".*" if part == "*" else "."
        else:
            regex += re.escape(part[1:] if part.startswith("~") and len(part) > 1 else part)
    return re.compile(regex, re.IGNORECASE | re.DOTALL)


def _if(args: tuple[Expr, ...], ctx: _Context) -> Value:
    """Only the chosen branch is evaluated, so IF(A1=0,0,1/A1) avoids #DIV/0!."""
    if not 2 <= len(args) <= 3:
        return VALUE
    condition = _evaluate(args[0], ctx)
    if not isinstance(condition, tuple):
        test = _logical(condition)
        if isinstance(test, ExcelError):
            return test
        branch = 1 if test else 2
        return _evaluate(args[branch], ctx) if branch < len(args) else False
    # An array condition picks item by item, so both branches are needed.
    branches = [_evaluate(arg, ctx) for arg in args[1:]] + [False]

    def choose(test: Scalar, then: Scalar, other: Scalar) -> Scalar:
        flag = _logical(test)
        return flag if isinstance(flag, ExcelError) else then if flag else other

    return _map(choose, [condition, branches[0], branches[1]])


def _row_or_column(axis: int) -> _Special:
    """ROW()/COLUMN(): the formatted cell's, or the shifted reference's, as Excel gives."""

    def apply(args: tuple[Expr, ...], ctx: _Context) -> Value:
        if not args:
            return float(ctx.cell[axis])
        ref = args[0]
        if isinstance(ref, CellRef) and len(args) == 1:
            return float(_position(ref, ctx)[axis])
        if not isinstance(ref, Range) or len(args) > 1:
            return VALUE
        ends = sorted((_position(ref.start, ctx)[axis], _position(ref.end, ctx)[axis]))
        numbers = tuple(float(n) for n in range(ends[0], ends[1] + 1))
        return tuple((n,) for n in numbers) if axis == 0 else (numbers,)

    return apply


def _round(number: float, digits: float) -> Scalar:
    """Half away from zero on the decimal digits shown, as Excel rounds (2.675 -> 2.68)."""
    try:
        quantum = Decimal(1).scaleb(-int(digits))
        return float(Decimal(repr(number)).quantize(quantum, rounding=ROUND_HALF_UP))
    except InvalidOperation:
        return number  # more digits than Decimal holds: already exact at that precision


def _search(needle: str, text: str, start: float, exact: bool) -> Scalar:
    """SEARCH is case-insensitive with wildcards; FIND is exact. Both are 1-based."""
    if not 1 <= start <= len(text) + 1:
        return VALUE
    if exact:
        found = text.find(needle, int(start) - 1)
    else:
        match = _wildcard(needle).search(text, int(start) - 1)
        found = match.start() if match else -1
    return VALUE if found < 0 else float(found + 1)


def _date(year: float, month: float, day: float) -> Scalar:
    """DATE rolls months and days over, and reads years 0-1899 as 1900 onwards."""
    year = int(year) + (1900 if 0 <= int(year) < 1900 else 0)
    first_year, first_month = divmod(year * 12 + int(month) - 1, 12)
    if not 1 <= first_year <= 9999:
        return NUM
    serial = _serial(dt.date(first_year, first_month + 1, 1)) + int(day) - 1
    return serial if 0 <= serial <= MAX_SERIAL else NUM


def _date_field(serial: float, field: str) -> Scalar:
    """YEAR, MONTH, DAY, or Python's weekday (Monday 0), of a serial date."""
    if not 0 <= serial <= MAX_SERIAL:
        return NUM
    day = EPOCH + dt.timedelta(days=int(serial))
    fields = {"year": day.year, "month": day.month, "day": day.day, "weekday": day.weekday()}
    return float(fields[field])


def _weekday(serial: float, kind: float) -> Scalar:
    """Return types 1 (Sunday 1), 2 (Monday 1), 3 (Monday 0) and 11-17 (Monday..Sunday 1)."""
    monday_zero = _date_field(serial, "weekday")
    first = {1: 6, 2: 0, 3: 0, **{k: k - 11 for k in range(11, 18)}}.get(int(kind))
    if not isinstance(monday_zero, float) or first is None:
        return monday_zero if isinstance(monday_zero, ExcelError) else NUM
    return (monday_zero - first) % 7 + (0 if int(kind) == 3 else 1)


_Special = Callable[[tuple[Expr, ...], _Context], Value]

_SPECIAL: dict[str, _Special] = {
    "IF": _if,
    "SUMPRODUCT": _sumproduct,
    "COUNTIF": _countif,
    "COUNTA": _counta,
    "SUM": _fold(sum),
    "MIN": _fold(lambda xs: min(xs, default=0.0)),
    "MAX": _fold(lambda xs: max(xs, default=0.0)),
    "AVERAGE": _fold(lambda xs: sum(xs) / len(xs) if xs else DIV0),
    "COUNT": _fold(lambda xs: float(len(xs)), strict=False),
    "LARGE": _kth(largest=True),
    "SMALL": _kth(largest=False),
    "AGGREGATE": _aggregate,
    "AND": _fold(lambda xs: all(xs) if xs else VALUE, _logical, (float, bool)),
    "OR": _fold(lambda xs: any(xs) if xs else VALUE, _logical, (float, bool)),
    "ROW": _row_or_column(0),
    "COLUMN": _row_or_column(1),
    "TODAY": lambda args, ctx: VALUE if args else _serial(ctx.today),
}

# name -> (argument kinds, function, defaults of the trailing optional arguments)
_SCALAR: dict[str, tuple[str, Callable[..., Scalar], tuple[Scalar, ...]]] = {
    "ABS": ("n", abs, ()),
    "INT": ("n", lambda x: float(math.floor(x)), ()),
    "MOD": ("nn", lambda n, d: DIV0 if d == 0 else n % d, ()),
    "ROUND": ("nn", _round, ()),
    "LEN": ("t", lambda s: float(len(s)), ()),
    "LEFT": ("tn", lambda s, n: VALUE if n < 0 else s[: int(n)], (1.0,)),
    "RIGHT": ("tn", lambda s, n: VALUE if n < 0 else s[len(s) - min(int(n), len(s)) :], (1.0,)),
    "MID": ("tnn", lambda s, a, n: VALUE if a < 1 or n < 0 else s[int(a) - 1 :][: int(n)], ()),
    "UPPER": ("t", str.upper, ()),
    "LOWER": ("t", str.lower, ()),
    "TRIM": ("t", lambda s: " ".join(part for part in s.split(" ") if part), ()),
    "EXACT": ("tt", operator.eq, ()),
    "SEARCH": ("ttn", lambda a, b, n: _search(a, b, n, exact=False), (1.0,)),
    "FIND": ("ttn", lambda a, b, n: _search(a, b, n, exact=True), (1.0,)),
    "ISNUMBER": ("e", lambda v: isinstance(v, float), ()),
    "N": ("e", lambda v: v if isinstance(v, float | ExcelError) else float(v is True), ()),
    "ISTEXT": ("e", lambda v: isinstance(v, str), ()),
    "ISBLANK": ("e", lambda v: v is None, ()),
    "ISERROR": ("e", lambda v: isinstance(v, ExcelError), ()),
    "NOT": ("b", operator.not_, ()),
    "TRUE": ("", lambda: True, ()),
    "FALSE": ("", lambda: False, ()),
    "DATE": ("nnn", _date, ()),
    "YEAR": ("n", lambda s: _date_field(s, "year"), ()),
    "MONTH": ("n", lambda s: _date_field(s, "month"), ()),
    "DAY": ("n", lambda s: _date_field(s, "day"), ()),
    "WEEKDAY": ("nn", _weekday, (1.0,)),
    "ISODD": ("n", lambda x: int(x) % 2 == 1, ()),
    "ISEVEN": ("n", lambda x: int(x) % 2 == 0, ()),
}
