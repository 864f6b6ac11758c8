"""Type raw cell contents the way Excel does when they are typed in: numbers, percents,
booleans, dates, error values, text and blanks.

The CF benchmark stores most numbers as strings ('619.5') and dates as text in either order
('20/8/2021', '2022-12-06'); Excel would have turned both into numbers on entry, and rules
(`GreaterThan`, `LastMonth`) must see them that way. Day/month order is decided per column.

A workbook's text cells and Office.js's strings are different: they are what Excel stores, and a
date or number stored as text ('25/11/2026' imported as text) stays text there, where no numeric
or date rule can read it. Those tables are built with `strings="stored"`; `typed_in` says what
such a text would have been had it been typed in (for the prompt, and to warn the user).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Literal

from openpyxl.styles.numbers import is_datetime, is_timedelta_format

from cf_excel.sheets.table import CellValue, ExcelError, Table

EXCEL_EPOCH = dt.date(1899, 12, 30)
ERROR_CODES = {
    "#NULL!",
    "#DIV/0!",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#N/A",
    "#ERR",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
}
NUMBER = re.compile(r"^[+-]?((\d{1,3}(,\d{3})+|\d+)(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
SLASH_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
DateOrder = Literal["dmy", "mdy"]
# How a grid's strings are read: "typed" as a user's typing (CSV files, benchmark tables: Excel
# types them on entry), "stored" as text cells of a workbook or Office.js (text stays text).
Strings = Literal["typed", "stored"]
CURRENCY = "$€£¥"


def serial(value: dt.date | dt.datetime) -> float:
    """Excel's date serial number (days since 1899-12-30, time as the fraction)."""
    if isinstance(value, dt.datetime):
        delta = value - dt.datetime.combine(EXCEL_EPOCH, dt.time())
        return delta.total_seconds() / 86400
    return float((value - EXCEL_EPOCH).days)


def time_serial(value: dt.time | dt.timedelta) -> float:
    """What Excel stores for a time of day (its fraction of a day) or a duration (days)."""
    if isinstance(value, dt.timedelta):
        return value.total_seconds() / 86400
    return (value.hour * 3600 + value.minute * 60 + value.second) / 86400


def clock_text(fraction: float, twelve_hour: bool = False) -> str:
    """A time of day as a `h:mm` cell shows it ('17:30', seconds only when there are some), or
    a `h:mm AM/PM` one ('5:30 PM')."""
    seconds = round((fraction - int(fraction)) * 86400) % 86400
    hours, rest = divmod(seconds, 3600)
    minutes, second = divmod(rest, 60)
    shown = (hours - 1) % 12 + 1 if twelve_hour else hours
    clock = f"{shown}:{minutes:02d}" + (f":{second:02d}" if second else "")
    return f"{clock} {'PM' if hours >= 12 else 'AM'}" if twelve_hour else clock


def is_time_format(number_format: str) -> bool:
    """A format that shows a time of day and no date ('h:mm', 'hh:mm AM/PM'), not a
    duration ('[h]:mm')."""
    return is_datetime(number_format) == "time" and not is_timedelta_format(number_format)


def numeric(value: CellValue) -> float | None:
    """The number Excel compares: numbers and dates (as serials); None for everything else."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, dt.date):
        return serial(value)
    return None


def display_text(value: CellValue) -> str:
    """What the sheet shows in General format: 2015 not 2015.0, 15 significant digits."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return f"{float(value):.15g}".replace("e+", "E+").replace("e-", "E-")
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, ExcelError):
        return value.code
    return value


def formatted_text(value: object, shown: str, number_format: str) -> str:
    """A number as its cell's format shows it: 0.32 in a "0%" column reads "32%", $125,000 in a
    currency one, as users type them; anything else as `shown`."""
    if isinstance(value, float):
        if is_time_format(number_format):
            return clock_text(value, twelve_hour="AM/PM" in number_format.upper())
        if "%" in number_format:
            return f"{value * 100:g}%"
        mark = next((m for m in CURRENCY if m in number_format), "")
        if mark:
            return f"{mark}{value:,.0f}" if value.is_integer() else f"{mark}{value:,.2f}"
    return shown


def type_text(text: str, date_order: DateOrder = "mdy") -> CellValue:
    """Excel's reading of typed-in text."""
    stripped = text.strip()
    if not stripped:
        return None
    upper = stripped.upper()
    if upper in ("TRUE", "FALSE"):
        return upper == "TRUE"
    if upper in ERROR_CODES:
        return ExcelError(upper)
    body = stripped[:-1] if stripped.endswith("%") else stripped
    sign = -1.0 if body.startswith("-") else 1.0
    unsigned = body.lstrip("+-").strip(CURRENCY).strip()  # "$174", "-€5", "12 €" as Excel reads
    if NUMBER.match(unsigned) and any(ch.isdigit() for ch in unsigned):
        number = sign * float(unsigned.replace(",", ""))
        return number / 100 if stripped.endswith("%") else number
    return parse_date(stripped, date_order) or text


def parse_date(text: str, order: DateOrder) -> dt.date | dt.datetime | None:
    iso = ISO_DATE.match(text)
    try:
        if iso:
            year, month, day = (int(g) for g in iso.groups()[:3])
            if iso.group(4):
                hour, minute, second = (int(g or 0) for g in iso.groups()[3:])
                return dt.datetime(year, month, day, hour, minute, second)
            return dt.date(year, month, day)
        slash = SLASH_DATE.match(text)
        if slash:
            first, second_, year = (int(g) for g in slash.groups())
            day, month = (first, second_) if order == "dmy" else (second_, first)
            return dt.date(year, month, day)
    except ValueError:
        return None
    return None


def column_date_order(texts: Sequence[str]) -> DateOrder:
    """Day-first when some date in the column only makes sense that way ('23/01/2020')."""
    for text in texts:
        match = SLASH_DATE.match(text.strip())
        if match and int(match.group(1)) > 12:
            return "dmy"
    return "mdy"


def type_cell(raw: object, date_order: DateOrder) -> CellValue:
    """A JSON or openpyxl cell value → a typed cell (text goes through `type_text`); openpyxl's
    times and durations are the numbers Excel stores for them, as rules compare them."""
    if isinstance(raw, dt.time | dt.timedelta):
        return time_serial(raw)
    if raw is None or isinstance(raw, bool | dt.date | ExcelError):
        return raw
    if isinstance(raw, int | float):
        return float(raw)
    return type_text(str(raw), date_order)


def stored_cell(raw: object) -> CellValue:
    """A workbook's or Office.js's cell: text stays text, only "" (a blank) and error codes
    such as '#N/A' (how Office.js gives error cells) are typed."""
    if not isinstance(raw, str):
        return type_cell(raw, "mdy")
    if raw.upper() in ERROR_CODES:
        return ExcelError(raw.upper())
    return raw or None


def typed_in(values: Sequence[CellValue]) -> list[CellValue]:
    """A column's cells as they would have been typed in by hand: a number stored as text is
    that number, a date stored as text that date (day/month order decided by the column, as
    `table_from_grid` types it); any other value is itself."""
    order = column_date_order([v for v in values if isinstance(v, str)])
    return [type_text(v, order) if isinstance(v, str) else v for v in values]


def table_from_grid(
    grid: Sequence[Sequence[object]],
    *,
    selection: Sequence[int] = (),
    origin: tuple[int, int] = (1, 1),
    number_formats: Sequence[str] = (),
    strings: Strings = "typed",
) -> Table:
    """A Table from a header row plus raw rows (strings, numbers, booleans, None); `strings`
    says whether a string is typed in ("typed") or a stored text cell ("stored")."""
    if not grid:
        raise ValueError("a table needs at least a header row")
    header = tuple("" if h is None else str(h) for h in grid[0])
    width = len(header)
    raw_rows = [list(row)[:width] + [None] * (width - len(row)) for row in grid[1:]]
    orders = [
        column_date_order([v for r in raw_rows if isinstance(v := r[c], str)]) for c in range(width)
    ]
    rows = tuple(
        tuple(
            stored_cell(r[c]) if strings == "stored" else type_cell(r[c], orders[c])
            for c in range(width)
        )
        for r in raw_rows
    )
    texts = tuple(
        tuple(
            raw
            if isinstance(raw, str) and isinstance(value, str | dt.date)
            else clock_text(time_serial(raw))
            if isinstance(raw, dt.time)
            else display_text(value)
            for raw, value in zip(raw_row, row, strict=True)
        )
        for raw_row, row in zip(raw_rows, rows, strict=True)
    )
    return Table(header, rows, texts, tuple(selection), origin, tuple(number_formats))
