"""Values of the Excel formula subset, and how Excel coerces, compares and combines them.

The evaluator (formula.py) and the worksheet functions share these semantics: a value is a
scalar (number, text, boolean, error or blank) or a 2-D array; dates are serial numbers (days
since 1899-12-30); operators broadcast over arrays; arithmetic reads TRUE as 1, blank as 0 and
a text as the number typing it would give; values order number < text < boolean, text
case-insensitive in Excel's documented order and numbers at 15 significant digits; the left
operand's error wins; text criteria (COUNTIF, SEARCH) use Excel's `*`, `?` and `~` wildcards.
"""

from __future__ import annotations

import datetime as dt
import math
import operator
import re
from collections.abc import Callable, Iterator
from decimal import Decimal

from cf_excel.sheets.table import ExcelError
from cf_excel.sheets.values import type_text

Scalar = float | str | bool | ExcelError | None  # dates are read as serial floats
Grid = tuple[tuple[Scalar, ...], ...]  # (rows, columns), never empty
Value = Scalar | Grid

VALUE, DIV0, NA = ExcelError("#VALUE!"), ExcelError("#DIV/0!"), ExcelError("#N/A")
NUM, NAME = ExcelError("#NUM!"), ExcelError("#NAME?")

EPOCH = dt.date(1899, 12, 30)  # serial 0; right for every date from 1900-03-01 on
MAX_SERIAL = 2_958_465  # 9999-12-31


# ---- Dates and arrays ----
def serial(day: dt.date) -> float:
    """A date as Excel stores it: days since EPOCH, the time of day as a fraction."""
    if isinstance(day, dt.datetime):
        midnight = dt.datetime.combine(day.date(), dt.time(), day.tzinfo)
        return (day.date() - EPOCH).days + (day - midnight).total_seconds() / 86400
    return float((day - EPOCH).days)


def broadcast(function: Callable[..., Scalar], args: list[Value]) -> Value:
    """Apply a scalar function item by item, broadcasting as Excel does.

    A single row or column stretches across the other operands; where arrays differ in size
    otherwise, the missing positions become #N/A.
    """
    grids = [arg for arg in args if isinstance(arg, tuple)]
    if not grids:
        return function(*args)
    height, width = max(len(grid) for grid in grids), max(len(grid[0]) for grid in grids)
    return tuple(
        tuple(function(*(item_at(arg, row, column) for arg in args)) for column in range(width))
        for row in range(height)
    )


def item_at(value: Value, row: int, column: int) -> Scalar:
    """The item a broadcast reads at (row, column): a scalar everywhere, a single row or
    column stretched, #N/A past an array's end."""
    if not isinstance(value, tuple):
        return value
    row = 0 if len(value) == 1 else row
    column = 0 if len(value[0]) == 1 else column
    return value[row][column] if row < len(value) and column < len(value[0]) else NA


def flatten(value: Value) -> Iterator[Scalar]:
    """Every item of an array, row by row; a scalar alone."""
    yield from (item for row in value for item in row) if isinstance(value, tuple) else [value]


# ---- Coercion ----
def as_number(value: Scalar) -> float | ExcelError:
    """Arithmetic's view of a value: TRUE is 1, blank is 0, numeric-looking text converts."""
    if isinstance(value, ExcelError | float):
        return value
    if value is None or isinstance(value, bool):
        return float(bool(value))
    parsed = parse_number(value)
    return VALUE if parsed is None else parsed


def parse_number(text: str) -> float | None:
    """The number a text reads as when typed into a cell (en-US), which is how arithmetic
    converts text: "50%" is 0.5, "1,200", " $90" and "1e3" are numbers, "2026-11-26" and
    "11/26/2026" are date serials; None when it reads as none ("TRUE" included)."""
    typed = type_text(text)
    if isinstance(typed, dt.date):
        return serial(typed)
    return typed if isinstance(typed, float) else None


def as_text(value: Scalar) -> str | ExcelError:
    """Text's view of a value, as `&` and text functions see it: numbers in General format."""
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


def as_logical(value: Scalar) -> bool | ExcelError:
    """A logical test's view: any non-zero number is TRUE, text only "TRUE" or "FALSE"."""
    if isinstance(value, ExcelError | bool):
        return value
    if value is None or isinstance(value, float):
        return bool(value)
    upper = value.upper()
    return upper == "TRUE" if upper in ("TRUE", "FALSE") else VALUE


COERCE: dict[str, Callable[[Scalar], Scalar]] = {
    "n": as_number,
    "t": as_text,
    "b": as_logical,
    "e": lambda value: value,
}


# ---- Operators ----
def operate(op: str, left: Scalar, right: Scalar) -> Scalar:
    """One binary operator on two scalars; the left operand's error wins."""
    if op == "&":
        a, b = as_text(left), as_text(right)
        return a if isinstance(a, ExcelError) else b if isinstance(b, ExcelError) else a + b
    if op in ORDER:
        order = compare(left, right)
        return order if isinstance(order, ExcelError) else ORDER[op](order, 0)
    x, y = as_number(left), as_number(right)
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


def compare(left: Scalar, right: Scalar) -> int | ExcelError:
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
        key_a, key_b = text_key(a), text_key(b)
        return (key_a > key_b) - (key_a < key_b)
    if isinstance(a, float) and isinstance(b, float):
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
ORDER: dict[str, Callable[[int, int], bool]] = {
    "=": operator.eq,
    "<>": operator.ne,
    "<": operator.lt,
    ">": operator.gt,
    "<=": operator.le,
    ">=": operator.ge,
}


# ---- Text order ----
# Excel's documented order of text: digits, then space and these marks, then letters
# (support.microsoft.com, "Default sort orders"); case is ignored.
TEXT_ORDER = '0123456789 !"#$%&()*,./:;?@[\\]^_`{|}~+<=>abcdefghijklmnopqrstuvwxyz'
_RANK = {ch: n for n, ch in enumerate(TEXT_ORDER)}


def text_key(text: str) -> tuple[tuple[int, ...], int, str]:
    """A text's place in Excel's order. Apostrophes and hyphens are ignored, except that a
    text equal to another but for them comes after it; characters outside the list come
    after the letters, by code point."""
    folded = text.casefold()
    kept = folded.replace("'", "").replace("-", "")
    return tuple(_RANK.get(ch, len(_RANK) + ord(ch)) for ch in kept), len(folded), folded


# ---- Text patterns ----
def wildcard(pattern: str) -> re.Pattern[str]:
    """Excel's `*`, `?` and `~` escape as a case-insensitive regular expression."""
    regex = ""
    for part in re.findall(r"~.|\*|\?|[^~*?]+|~", pattern, re.DOTALL):
        if part in ("*", "?"):
            regex += ".*" if part == "*" else "."
        else:
            regex += re.escape(part[1:] if part.startswith("~") and len(part) > 1 else part)
    return re.compile(regex, re.IGNORECASE | re.DOTALL)
