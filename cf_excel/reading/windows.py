"""Ranges given by two bounds: of numbers ("between 10 and 20", "from 1k to 5k") and of
days ("between today and 30 days from now": the next 30 days; "10 to 30 days ago": a date at
least 10 and at most 30 days back).
"""

from __future__ import annotations

import dataclasses

from cf_excel.excel.colours import word_set
from cf_excel.reading.conditions import NUMERIC_TYPES, Condition, Context, ref
from cf_excel.reading.cues import Cue
from cf_excel.reading.units import scaled_bounds
from cf_excel.reading.words import DAY_UNITS, Number
from cf_excel.reading.writing import number_text, on_columns


def between(context: Context, cue: Cue) -> list[Condition]:
    """ "between 10 and 20", "from 1k to 5k": both bounds included, as Excel's Between."""
    window = from_today(context, cue)  # "between today and 30 days from now"
    if window:
        return window
    low = context.number_at(cue.last + 1, cue.last + 2)
    high = context.number_at(low.last + 1, low.last + 3) if low else None
    if low is None or high is None:
        return []
    if high.first == low.last + 1 and high.value < 0:  # "190-235": a range, not minus 235
        high = Number(-high.value, high.first, high.last, high.percent)
    columns = context.subject(cue, NUMERIC_TYPES) or context.subject(cue)
    if not columns:
        return []
    bounds = scaled_bounds(context, columns[0], low, high)
    args = f"{number_text(bounds[0])}, {number_text(bounds[1])}"
    inside = on_columns("Between(", args, columns, cue.first, high.last)
    if cue.op != "outside":
        return [inside]
    return [dataclasses.replace(inside, text=f"NOT({inside.text})")]


def from_today(context: Context, cue: Cue) -> list[Condition]:
    """ "between today and 30 days from now", "from now to 2 weeks ahead": the next days,
    today included, on the date column the request means ("from tomorrow to 7 days from
    today": today left out)."""
    tokens = context.tokens
    start = cue.last + 1
    if start + 1 >= len(tokens) or tokens[start].low not in NOW | {"tomorrow"}:
        return []
    if tokens[start + 1].low not in ("and", "to", "-", "until", "till"):
        return []
    number = context.number_at(start + 2, start + 2)
    if number is None or number.last + 2 >= len(tokens):
        return []
    unit = DAY_UNITS.get(tokens[number.last + 1].low, 0)
    ahead = tokens[number.last + 2].low in AHEAD
    columns = context.date_columns(cue)
    if not unit or not ahead or not columns:
        return []
    last = number.last + 2 + (tokens[number.last + 2].low == "from")
    window = f"NextDays(c[{columns[0]}], {number_text(number.value * unit)})"
    if tokens[start].low == "tomorrow":
        window = f"AND({window}, AfterToday(c[{columns[0]}]))"
    return [Condition(window, (columns[0],), cue.first, last)]


def days_ago_between(context: Context, cue: Cue, number: Number) -> list[Condition]:
    """ "every fitting that was 10 to 30 days ago": the nearer bound said before the farther
    one, joined by "to", "and" or a dash."""
    joined = number.first - 1
    if joined < 1 or context.tokens[joined].low not in ("to", "and", "-"):
        return []
    nearer = context.number_ending(joined - 1)
    unit = (
        DAY_UNITS.get(context.tokens[number.last + 1].low, 0) if number.last + 1 < cue.first else 0
    )
    columns = context.date_columns(cue)
    if nearer is None or not unit or not columns or nearer.value >= number.value:
        return []
    cell = ref(columns[0])
    low, high = number_text(nearer.value * unit), number_text(number.value * unit)
    text = f"AND(ISNUMBER({cell}),TODAY()-{cell}>={low},TODAY()-{cell}<={high})"
    return [Condition(text, (columns[0],), nearer.first, cue.last)]


NOW = word_set("today now")
AHEAD = word_set("from ahead away time")
