"""Worksheet functions that work item by item on coerced scalars: maths, text, dates and tests.

`SCALAR_FUNCTIONS` maps each name to its argument kinds, implementation and the defaults of its
trailing optional arguments; the evaluator (formula.py) broadcasts `apply_scalar` over array
arguments, so `LEN(A1:A3)` gives three lengths. Each function follows Excel's own result for
edge cases: half-away-from-zero rounding, 1-based positions, DATE's month and day roll-over.
"""

from __future__ import annotations

import datetime as dt
import math
import operator
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from cf_excel.rules.formula_values import (
    COERCE,
    DIV0,
    EPOCH,
    MAX_SERIAL,
    NUM,
    VALUE,
    Scalar,
    serial,
    wildcard,
)
from cf_excel.sheets.table import ExcelError


def _round(number: float, digits: float) -> Scalar:
    """Half away from zero on the decimal digits shown, as Excel rounds (2.675 -> 2.68)."""
    try:
        quantum = Decimal(1).scaleb(-int(digits))
        return float(Decimal(repr(number)).quantize(quantum, rounding=ROUND_HALF_UP))
    except InvalidOperation:
        return number  # more digits than Decimal holds: already exact at that precision


def _search(needle: str, text: str, start: float, exact: bool) -> Scalar:
    """SEARCH is case-insensitive with wildcards; FIND is exact. Both are 1-based, and a start
    past the text's length is #VALUE!, so nothing is found in an empty text."""
    if not 1 <= start <= len(text):
        return VALUE
    if exact:
        found = text.find(needle, int(start) - 1)
    else:
        match = wildcard(needle).search(text, int(start) - 1)
        found = match.start() if match else -1
    return VALUE if found < 0 else float(found + 1)


def _date(year: float, month: float, day: float) -> Scalar:
    """DATE rolls months and days over, and reads years 0-1899 as 1900 onwards."""
    year = int(year) + (1900 if 0 <= int(year) < 1900 else 0)
    first_year, first_month = divmod(year * 12 + int(month) - 1, 12)
    if not 1 <= first_year <= 9999:
        return NUM
    number = serial(dt.date(first_year, first_month + 1, 1)) + int(day) - 1
    return number if 0 <= number <= MAX_SERIAL else NUM


def _date_field(number: float, field: str) -> Scalar:
    """YEAR, MONTH, DAY, or Python's weekday (Monday 0), of a serial date."""
    if not 0 <= number <= MAX_SERIAL:
        return NUM
    day = EPOCH + dt.timedelta(days=int(number))
    fields = {"year": day.year, "month": day.month, "day": day.day, "weekday": day.weekday()}
    return float(fields[field])


def _time(hour: float, minute: float, second: float) -> Scalar:
    """TIME wraps past midnight (TIME(25,0,0) is 1:00) and is #NUM! before it."""
    seconds = int(hour) * 3600 + int(minute) * 60 + int(second)
    return NUM if seconds < 0 else (seconds % 86400) / 86400


def _clock_field(number: float, unit: int) -> Scalar:
    """HOUR (unit 3600) or MINUTE (unit 60) of a serial's time, read to the nearest second as
    Excel reads it (a time stored as 0.70833333 is 17:00, not 16:59)."""
    if not 0 <= number <= MAX_SERIAL:
        return NUM
    seconds = round((number - math.floor(number)) * 86400) % 86400
    return float(seconds // unit % (24 if unit == 3600 else 60))


def months_later(start: dt.date, months: int, month_end: bool) -> dt.date:
    """The same day `months` on (the month's last day where it has no such day), or that
    month's last day; ValueError or OverflowError outside Python's dates."""
    year, month = divmod(start.year * 12 + start.month - 1 + months, 12)
    following = dt.date(year + (month == 11), (month + 1) % 12 + 1, 1)
    last_day = (following - dt.timedelta(days=1)).day
    return dt.date(year, month + 1, last_day if month_end else min(start.day, last_day))


def _months_on(number: float, months: float, month_end: bool) -> Scalar:
    """EDATE and EOMONTH: Excel's dates run from serial 0 to the year 9999."""
    if not 0 <= number <= MAX_SERIAL:
        return NUM
    try:
        day = months_later(EPOCH + dt.timedelta(days=int(number)), int(months), month_end)
    except (OverflowError, ValueError):
        return NUM
    return serial(day) if day.year >= 1900 else NUM


def _weekday(number: float, kind: float) -> Scalar:
    """Return types 1 (Sunday 1), 2 (Monday 1), 3 (Monday 0) and 11-17 (Monday..Sunday 1)."""
    monday_zero = _date_field(number, "weekday")
    first = {1: 6, 2: 0, 3: 0, **{k: k - 11 for k in range(11, 18)}}.get(int(kind))
    if not isinstance(monday_zero, float) or first is None:
        return monday_zero if isinstance(monday_zero, ExcelError) else NUM
    return (monday_zero - first) % 7 + (0 if int(kind) == 3 else 1)


# name -> (argument kinds, function, defaults of the trailing optional arguments)
SCALAR_FUNCTIONS: dict[str, tuple[str, Callable[..., Scalar], tuple[Scalar, ...]]] = {
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
    "TIME": ("nnn", _time, ()),
    "HOUR": ("n", lambda s: _clock_field(s, 3600), ()),
    "MINUTE": ("n", lambda s: _clock_field(s, 60), ()),
    "EDATE": ("nn", lambda s, m: _months_on(s, m, month_end=False), ()),
    "EOMONTH": ("nn", lambda s, m: _months_on(s, m, month_end=True), ()),
    "ISODD": ("n", lambda x: int(x) % 2 == 1, ()),
    "ISEVEN": ("n", lambda x: int(x) % 2 == 0, ()),
}


def apply_scalar(
    kinds: str,
    function: Callable[..., Scalar],
    defaults: tuple[Scalar, ...],
    items: tuple[Scalar, ...],
) -> Scalar:
    """Coerce each argument by its kind (n number, t text, b logical, e any value, errors
    included), fill in the defaults, and propagate the first error unless the kind is `e`."""
    args = list(items) + list(defaults[len(defaults) - len(kinds) + len(items) :])
    args = [COERCE[kind](arg) for kind, arg in zip(kinds, args, strict=True)]
    for kind, arg in zip(kinds, args, strict=True):
        if kind != "e" and isinstance(arg, ExcelError):
            return arg
    return function(*args)
