"""Dates a number of days, weeks or years back from today: "more than 7 days overdue", "late
by 7+ days", "more than 30 days ago", "members for 5 years or longer" (since they joined),
"nothing sold for more than 6 months" (the last sale). Years and months count in calendar
months (EDATE), days and weeks in days.
"""

from __future__ import annotations

from cf_excel.excel.colours import word_set
from cf_excel.reading.conditions import Condition, Context, ref
from cf_excel.reading.cues import Cue
from cf_excel.reading.words import DAY_UNITS, MONTH_UNITS, Number
from cf_excel.reading.writing import FLIPPED_OPS, number_text

LATE_WORDS = word_set(
    "overdue late past ago old older delayed behind longer since havent haven't hasn't hasnt "
    "service tenure member members not back nothing"
)
TENURE = word_set("longer service tenure member members since")
START_WORDS = ("join", "start", "hire", "since", "created", "opened", "enrol", "birth", "dob")


def overdue(
    context: Context, cue: Cue, number: Number, unit: str, position: int
) -> list[Condition]:
    """ "more than 7 days overdue", "late by 7+ days", "more than 30 days ago"."""
    days = number.value * DAY_UNITS[unit]
    columns = context.date_columns(cue)
    window = range(max(number.first - 6, 0), min(position + 3, len(context.tokens)))
    late = [i for i in window if context.tokens[i].low in LATE_WORDS]
    if not columns or not late:
        return []
    column = columns[0]
    said = {m.column for m in context.mentions}
    if column not in said and any(context.tokens[i].low in TENURE for i in late):
        header = context.table.header  # "a member 5 years or longer": since they joined
        starts = [c for c in columns if any(w in header[c].lower() for w in START_WORDS)]
        column = (starts or columns)[0]
    op = cue.op if cue.kind == "compare" else ">="
    cell = ref(column)
    earlier = FLIPPED_OPS.get(op, "<=")  # today − d > n: d < …
    text = f'AND({cell}<>"",{cell}{earlier}TODAY()-{number_text(days)})'
    if unit in MONTH_UNITS:  # "2 years ago", "5+ years of service": calendar months
        months = number_text(number.value * MONTH_UNITS[unit])
        text = f"AND(ISNUMBER({cell}),{cell}{earlier}EDATE(TODAY(),-{months}))"
    first, last = min(cue.first, number.first, *late), max(position - 1, *late)
    return [Condition(text, (column,), first, last)]
