"""Time between two columns of a row. Between two dates: "took more than 5 weeks from brew day
to packaging", "paid more than two weeks after our visit" (`elapsed`): the later minus the
earlier, in days (months in calendar months, as EDATE counts them), so it reads the same
whichever is named first. Against a length kept in a cell beside the table: "more than that
many days after the survey", "stayed longer than O5" (hours) (`length_in_cell`). Against the
plan: "left more than 10 min late" is Actual dep − Sched dep (`lateness`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from cf_excel.excel.colours import word_set
from cf_excel.reading.algebra import number_guards
from cf_excel.reading.clock import PER_DAY
from cf_excel.reading.conditions import Condition, Context, ref
from cf_excel.reading.cues import Cue
from cf_excel.reading.sides import header_words
from cf_excel.reading.spans import Mention
from cf_excel.reading.words import DAY_UNITS, MONTH_UNITS, Number
from cf_excel.reading.writing import FLIPPED_OPS, number_text
from cf_excel.sheets.addresses import column_number
from cf_excel.sheets.prompt import same_word

# Words that measure from today, not between two dates: "more than 30 days ago", "overdue"
FROM_TODAY = word_set("ago today today's now overdue old older")
REACH = 6  # words from the length of time to a date said with it ("to get to the lab after …")


def dated_kin(context: Context, mention: Mention, kind: str = "date") -> int | None:
    """The date (or time) column a mention means: its own where it holds them, else the one
    date column whose header shares a word with the words said or the column named ("brew
    day" read as Brewer is Brew Date; "packaging" read as Pkg (L) is Pkg Date; "our quote",
    Quoted on)."""
    if context.kind(mention.column) == kind:
        return mention.column
    if kind != "date":
        return None
    said = {same_word(t.low) for t in context.tokens[mention.first : mention.last + 1]}
    said |= words_of(context, mention.column)
    kin = [
        c
        for c in context.columns_of("date")
        if any(akin(a, b) for a in words_of(context, c) for b in said)
    ]
    return kin[0] if len(kin) == 1 else None


def words_of(context: Context, column: int) -> set[str]:
    """A header's words but those that only say it holds dates ("Brew Date": brew)."""
    return header_words(context, column) - {"date", "dt"}


def akin(one: str, other: str) -> bool:
    """One word, or the other with an ending ("quote" and "quoted", "brew" and "brewer")."""
    short, long = sorted((one, other), key=len)
    return long.startswith(short) and (short == long or len(short) >= 4)


def dates_named(context: Context, kind: str = "date") -> list[int]:
    """The distinct date (or time) columns the request names, in the order it names them;
    words that name two of them alike ("reports": Report due and Report in) name neither."""
    spans = Counter((m.first, m.last) for m in context.mentions if context.kind(m.column) == kind)
    found = (dated_kin(context, m, kind) for m in context.mentions if spans[(m.first, m.last)] < 2)
    return list(dict.fromkeys(c for c in found if c is not None))


def in_time_order(context: Context, one: int, other: int) -> tuple[int, int]:
    """(earlier, later): the column whose dates come later in most rows is the later one; the
    one further right where the rows do not say."""
    later = earlier = 0
    for row in context.table.rows:
        a, b = (moment(row[one]), moment(row[other]))
        if a is not None and b is not None:
            later += b > a
            earlier += b < a
    if later == earlier:
        return (one, other) if one < other else (other, one)
    return (one, other) if later > earlier else (other, one)


AFTER = word_set("after past later since")
BEFORE = word_set("before earlier ahead")


def said_order(context: Context, last: int, named: list[int]) -> tuple[int, int] | None:
    """(earlier, later) as the words after the length say it: "3 days past the promised
    date" (Promised is the earlier), "2 weeks before the deadline" (the deadline the later)."""
    word = context.tokens[last + 1].low if last + 1 < len(context.tokens) else ""
    if word not in AFTER | BEFORE:
        return None
    said = [
        dated_kin(context, m) for m in context.mentions if last + 1 < m.first <= last + 1 + REACH
    ]
    other = next((c for c in said if c in named), None)
    if other is None:
        return None
    rest = next(c for c in named if c != other)
    return (other, rest) if word in AFTER else (rest, other)


def from_today(context: Context) -> bool:
    """The request measures from today ("ago", "overdue", "today"), not between two dates."""
    return any(t.low in FROM_TODAY for t in context.tokens)


def guarded(test: str, earlier: int, later: int) -> str:
    """`test` of two date or time columns, where both hold one (a blank or text passes none)."""
    return f"AND({number_guards(test, (earlier, later))},{test})"


def moment(value: object) -> float | None:
    """A date as its day number, a time as its fraction of a day; None for anything else."""
    if isinstance(value, dt.date):  # a datetime is a date too
        return float(value.toordinal())
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def elapsed(context: Context, cue: Cue, number: Number, unit: str, last: int) -> list[Condition]:
    """The time between the two date columns the request names, against a length of time."""
    if cue.op not in (">", ">=", "<", "<=") or unit not in DAY_UNITS:
        return []
    after = context.tokens[last + 1 : last + 2]  # "listed more than 90 days back"
    if from_today(context) or (after and after[0].low == "back"):
        return []
    named = dates_named(context)
    if len(named) != 2:
        return []
    earlier, later = said_order(context, last, named) or in_time_order(context, *named)
    start, end = ref(earlier), ref(later)
    if unit in MONTH_UNITS:  # "booked more than 6 months after the last one"
        months = number_text(number.value * MONTH_UNITS[unit])
        test = f"EDATE({start},{months}){FLIPPED_OPS[cue.op]}{end}"
    else:
        test = f"{end}-{start}{cue.op}{number_text(number.value * DAY_UNITS[unit])}"
    text = guarded(test, earlier, later)
    first, last = min(cue.first, number.first), max(last, number.last)
    reach = last + 1  # "to pay after our visit", "from receipt": the dates said with the length
    while (
        reach <= last + REACH
        and reach < len(context.tokens)
        and context.tokens[reach].low[0].isalnum()
    ):
        reach += 1
    trailing = [
        m.last
        for m in context.mentions
        if last < m.first < reach and dated_kin(context, m) in named
    ]
    return [Condition(text, (later, earlier), first, max([last, *trailing]))]


CELL_REF = re.compile(r"\$([A-Z]{1,3})\$(\d+)$")
MOST_DAYS = 3660  # a count of days beside the table is below ten years; a date is far above


def length_in_cell(
    context: Context, cue: Cue, limit: tuple[str, int], columns: list[int]
) -> list[Condition]:
    """A date or time column against a cell beside the table that holds a length of time: in
    days ("more than that many days after the survey", "in our care longer than the number of
    days in Q1", "received more than that many days ago"), the days between the two dates the
    request names, or from the date to today where it measures from today or names one date;
    in minutes or hours, the time between two times (`time_in_cell`)."""
    found = CELL_REF.search(limit[0])
    held = (
        context.table.around.get((int(found[2]), column_number(found[1].lower())))
        if found
        else None
    )
    count = moment(held)
    if count is None or isinstance(held, dt.date) or count >= MOST_DAYS:
        return []  # no count: a date, a text or nothing
    if columns and context.kind(columns[0]) == "time":
        return time_in_cell(context, cue, limit)
    near = [  # "a job was received (column J) more than …": the date said just before
        m.column
        for m in context.mentions
        if context.kind(m.column) == "date" and cue.first - REACH <= m.last < cue.first
    ]
    columns = columns[:1] if columns and context.kind(columns[0]) == "date" else near[-1:]
    measured = from_today(context)
    if not columns or not (measured or any(t.low in DAY_UNITS for t in context.tokens)):
        return []
    named = dates_named(context)
    if len(named) == 2 and not measured:
        earlier, later = in_time_order(context, *named)
        text = guarded(f"{ref(later)}-{ref(earlier)}{cue.op}{limit[0]}", earlier, later)
        return [Condition(text, (later, earlier), cue.first, max(cue.last, limit[1]))]
    cell = ref(columns[0])
    text = f"AND(ISNUMBER({cell}),TODAY()-{cell}{cue.op}{limit[0]})"
    return [Condition(text, (columns[0],), cue.first, max(cue.last, limit[1]))]


def time_in_cell(context: Context, cue: Cue, limit: tuple[str, int]) -> list[Condition]:
    """ "stayed longer than O5" (the maximum stay in hours), "whenever that gap is longer than
    R3" (60 minutes): the time between the two times named, in the unit the request says."""
    per_day = next((PER_DAY[t.low] for t in context.tokens if t.low in PER_DAY), None)
    named = dates_named(context, "time")
    if per_day is None or len(named) != 2:
        return []
    earlier, later = in_time_order(context, *named)
    test = f"({ref(later)}-{ref(earlier)})*{per_day}{cue.op}{limit[0]}"
    text = guarded(test, earlier, later)
    return [Condition(text, (later, earlier), cue.first, max(cue.last, limit[1]))]


PLANNED = word_set("sched scheduled planned plan booked due expected promised target est")
ACTUAL = word_set("actual act real arrived departed")


def planned_and_actual(context: Context, kind: str) -> tuple[int, int] | None:
    """The pair of date or time columns of one event, as planned and as it happened (Sched dep
    and Actual dep, Planned and Arrived); of several pairs, the one the request names."""
    columns = context.columns_of(kind)
    words = {c: set(words_of(context, c)) for c in columns}
    pairs = [
        (planned, actual)
        for planned in columns
        for actual in columns
        if words[planned] & PLANNED
        and not words[actual] & PLANNED
        and words[planned] - PLANNED == words[actual] - ACTUAL
    ]
    named = {m.column for m in context.mentions}
    said = [pair for pair in pairs if set(pair) & named]
    chosen = said if len(pairs) > 1 else pairs
    return chosen[0] if len(chosen) == 1 else None


def lateness(context: Context, cue: Cue, number: Number, unit: str, last: int) -> list[Condition]:
    """ "departures that left more than 10 min late", "delivered more than 3 days late": how
    much later it happened than planned, in the unit said."""
    timed = unit in PER_DAY
    pair = planned_and_actual(context, "time" if timed else "date")
    if pair is None or cue.op not in (">", ">=", "<", "<=") or not (timed or unit in DAY_UNITS):
        return []
    planned, actual = ref(pair[0]), ref(pair[1])
    late = f"({actual}-{planned})*{PER_DAY[unit]}" if timed else f"{actual}-{planned}"
    value = number.value if timed else number.value * DAY_UNITS[unit]
    text = guarded(f"{late}{cue.op}{number_text(value)}", *pair)
    return [Condition(text, (pair[1], pair[0]), min(cue.first, number.first), last)]
