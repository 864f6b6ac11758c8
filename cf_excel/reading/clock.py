"""Times of day and durations: "started after 9:30", "ends before 5pm", "shifts longer than 8
hours" (from the start and end columns), "Hrs doesn't match end minus start".

A time-of-day cell holds its fraction of a day (17:30 is 0.7291…), so a request's time is
`TIME(17,30,0)`, and the difference of two time columns is in days: 24 times it is hours,
1440 times it minutes. A length of time from a start to an end wraps at midnight
(`MOD(end-start,1)`: a night shift from 22:00 to 06:00 is 8 hours) where the sheet has such
shifts; where an end before its start is a slip (8:30 to 8:00), it does not. Equality between such a
difference and a typed-in number of hours is rounded to the digits a person types (8.5, not
8.4999…), as an expert writes it.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from openpyxl.styles.numbers import is_timedelta_format

from cf_excel.excel.colours import word_set
from cf_excel.reading.conditions import Condition, Context, ref
from cf_excel.reading.cues import Cue
from cf_excel.reading.sides import Side
from cf_excel.reading.writing import FLIPPED_OPS, number_text
from cf_excel.sheets.addresses import column_letter

NAMED_TIMES = {"noon": 12, "midday": 12, "midnight": 0}
HALF_DAY = word_set("am pm a.m p.m")
HOUR_WORDS = word_set("hour hours hr hrs h")
MINUTE_WORDS = word_set("minute minutes min mins")
# Units of a duration, each as a multiple of the day a time difference counts in.
PER_DAY = {**{w: 24 for w in HOUR_WORDS}, **{w: 1440 for w in MINUTE_WORDS}}
ROUNDED_TO = {24: 2, 1440: 0}  # the digits a typed-in number of hours or minutes has
SPEED_WORDS = word_set("faster quicker slower fastest quickest slowest")
TIME_HEADER = re.compile(r"\b(?:lap|time|split|secs?|seconds|duration|mins?)\b", re.IGNORECASE)
RATE_HEADER = re.compile(r"mph|km/?h|kph|speed|wpm|rpm|per (?:hour|hr|min)", re.IGNORECASE)
FLIPPED = {**FLIPPED_OPS, "top": "bottom", "bottom": "top"}


def timed_speed(context: Context, cue: Cue) -> Cue:
    """ "lap 8 slower than lap 7", "his quickest lap": on times a faster one is less time, so
    the comparison turns round where the columns said are times and none a speed (km/h);
    "our two slowest days — fewest houses done" is about how much got done."""
    said = {t.low for t in context.tokens[cue.first : cue.last + 1]}
    if not said & SPEED_WORDS:
        return cue
    named = [m.column for m in context.mentions]
    timed = any(
        context.kind(c) == "time" or TIME_HEADER.search(context.table.header[c]) for c in named
    ) or timed_after(context, cue)
    if not timed or any(RATE_HEADER.search(context.table.header[c]) for c in named):
        return cue
    if cue.kind == "compare":
        return dataclasses.replace(cue, op=FLIPPED.get(cue.op, cue.op))
    return dataclasses.replace(cue, kind=FLIPPED.get(cue.kind, cue.kind))


def timed_after(context: Context, cue: Cue) -> bool:
    """ "any leg slower than 14 min": the figure compared is a length of time, said by its
    unit (not "per minute", a rate)."""
    after = [t.low for t in context.tokens[cue.last + 1 : cue.last + 5]]
    for i, word in enumerate(after):
        if word in PER_DAY or word in SECOND_WORDS:
            return after[i + 1 : i + 2] != ["per"] and (i == 0 or after[i - 1] not in ("per", "/"))
    return False


SECOND_WORDS = word_set("second seconds sec secs s")


@dataclass(frozen=True)
class Clock:
    """A time of day said in the request, and the tokens it spans."""

    hour: int
    minute: int
    first: int
    last: int

    @property
    def formula(self) -> str:
        return f"TIME({self.hour},{self.minute},0)"


def clock_at(context: Context, position: int) -> Clock | None:
    """ "9:30", "9:30am", "9.30 am", "5pm", "17:00", "noon" starting at `position`."""
    tokens = context.tokens
    if position >= len(tokens):
        return None
    word = tokens[position].low
    if word in NAMED_TIMES:
        return Clock(NAMED_TIMES[word], 0, position, position)
    hour, minute, last = parts_at(context, position)
    if hour is None:
        return None
    half = tokens[last + 1].low.rstrip(".") if last + 1 < len(tokens) else ""
    if half in HALF_DAY and 1 <= hour <= 12:
        hour = hour % 12 + (12 if half.startswith("p") else 0)
        last += 1
    elif (part := part_of_day(context, last + 1)) and 1 <= hour <= 12:  # "8 in the morning"
        hour = hour % 12 + (12 if part[1] else 0)
        last += part[0]
    elif last == position:  # a bare number ("after 9") is no time
        return None
    return Clock(hour, minute, position, last) if hour < 24 and minute < 60 else None


PARTS_OF_DAY = {"mor": False, "aft": True, "eve": True, "nig": True}  # morning, afternoon …


def part_of_day(context: Context, position: int) -> tuple[int, bool] | None:
    """ "in the morning", "in the evening", "at night" (typos and all) after an hour: how many
    words, and whether the hour is after noon."""
    said = [t.low for t in context.tokens[position : position + 3]]
    if said[:1] not in (["in"], ["at"]):
        return None
    words = 2 if said[1:2] == ["the"] else 1
    part = said[words] if words < len(said) else ""
    afternoon = PARTS_OF_DAY.get(part[:3]) if len(part) >= 5 else None
    return None if afternoon is None else (words + 1, afternoon)


def parts_at(context: Context, position: int) -> tuple[int | None, int, int]:
    """Hour, minute and last token of "9:30" (two tokens with a colon between them), "9.30"
    or "9"."""
    tokens = context.tokens
    text = tokens[position].text
    if text.isdigit():
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        between = context.text[tokens[position].end : following.start] if following else ""
        if following is not None and between == ":" and following.text.isdigit():
            return int(text), int(following.text), position + 1
        return int(text), 0, position
    whole, dot, fraction = text.partition(".")
    if dot and whole.isdigit() and fraction.isdigit() and len(fraction) == 2:
        return int(whole), int(fraction), position
    return None, 0, position


FINISH_WORDS = ("finish", "end", "leav", "left", "depart", "clos", "stop", "out", "arriv", "land")


def unnamed_time(context: Context) -> list[int]:
    """The time column a request means without naming it: the last one where it speaks of
    finishing ("anyone finishing after 5pm"), else the first."""
    times = context.columns_of("time")
    finish = any(t.low.startswith(FINISH_WORDS) for t in context.tokens)
    return (times[-1:] if finish else times[:1]) if times else []


def clock_ending(context: Context, position: int) -> Clock | None:
    """The time said just before `position` ("6pm or later", "6:00 am or earlier")."""
    for start in range(max(position - 3, 0), position):
        clock = clock_at(context, start)
        if clock is not None and clock.last == position - 1:
            return clock
    return None


def at_time(context: Context, cue: Cue, position: int) -> list[Condition]:
    """ "started after 9:30", "6pm or later": the time column the cue tests against the time
    said after it (or, where the cue follows, before it)."""
    clock = clock_ending(context, cue.first) if cue.after else clock_at(context, position)
    if clock is None:
        return []
    named = any(context.kind(m.column) == "time" for m in context.mentions)
    columns = context.subject(cue, ("time",)) if named else unnamed_time(context)
    if not columns:
        return []
    first, last = min(cue.first, clock.first), max(cue.last, clock.last)
    block = len(columns) > 1 and columns == list(range(columns[0], columns[-1] + 1))
    cell = f"{column_letter(columns[0] + 1)}2" if block else ref(columns[0])
    text = f"AND(ISNUMBER({cell}),{cell}{cue.op}{clock.formula})"
    if block:  # "any planned/arrived/left time earlier than 7:45am": each cell of them
        return [Condition(text, tuple(columns), first, last, bare=True)]
    return [Condition(text, (columns[0],), first, last)]


def duration(context: Context, cue: Cue, value: float, unit: str, last: int) -> list[Condition]:
    """ "roast times over 13 minutes": the time column named before the comparison, which holds
    lengths of time; "shifts longer than 8 hours": end minus start, where no column holds the
    hours and the table has a start and an end time (the first and the last time column)."""
    times = context.columns_of("time")
    if unit not in PER_DAY:
        return []
    named = [
        m for m in context.mentions if m.column in times + lengths(context) and m.last < cue.first
    ]
    if named and not context.crosses(named[-1].last, cue):
        column = named[-1].column
        cell, digits = ref(column), ROUNDED_TO[PER_DAY[unit]] + 2  # 0:13 is 13 minutes, not 13.0…01
        test = f"ROUND({cell}*{PER_DAY[unit]},{digits}){cue.op}{number_text(value)}"
        return [Condition(f"AND(ISNUMBER({cell}),{test})", (column,), cue.first, last)]
    quantified = any(t.low in ("any", "each", "every") for t in context.tokens[: cue.first])
    block = times == list(range(times[0], times[-1] + 1)) if times else False
    if len(times) >= 3 and block and quantified:  # "any 2 km split that took over 12 minutes"
        cell = f"{column_letter(times[0] + 1)}2"
        test = f"ROUND({cell}*{PER_DAY[unit]},{ROUNDED_TO[PER_DAY[unit]] + 2}){cue.op}"
        text = f"AND(ISNUMBER({cell}),{test}{number_text(value)})"
        return [Condition(text, tuple(times), cue.first, last, bare=True)]
    if len(times) < 2:
        return []
    start, end = ref(times[0]), ref(times[-1])
    elapsed = length(context, times[0], times[-1], f"{end}-{start}")
    test = f"{elapsed}*{PER_DAY[unit]}{cue.op}{number_text(value)}"
    text = f"AND(ISNUMBER({start}),ISNUMBER({end}),{test})"
    return [Condition(text, (times[0], times[-1]), cue.first, last, whole=True)]


def lengths(context: Context) -> list[int]:
    """The columns that hold lengths of time ([h]:mm): a fraction of a day, like a time."""
    formats = context.table.number_formats or ("",) * context.table.width
    return [c for c, shown in enumerate(formats) if is_timedelta_format(shown)]


OVERNIGHT_HOURS = 16  # the longest a shift past midnight plausibly lasts


def length(context: Context, start: int, end: int, difference: str) -> str:
    """End minus start, wrapped at midnight where some row's end before its start is a night
    shift (22:00 to 06:00: 8 hours), not a slip (8:30 to 8:00 would be 23.5)."""
    wrapped = []
    for row in context.table.rows:
        began, ended = row[start], row[end]
        if isinstance(began, float) and isinstance(ended, float) and ended < began:
            wrapped.append((ended - began) % 1 * 24)
    overnight = any(hours <= OVERNIGHT_HOURS for hours in wrapped)
    return f"MOD({difference},1)" if overnight else f"({difference})"


def in_units(context: Context, elapsed: Side, other: Side, op: str) -> Side:
    """A difference of two time columns against a column of hours or minutes ("Hrs doesn't
    match end minus start"): the difference in that column's unit, rounded where the test is
    an equality; both sides in minutes where both are times ("run time doesn't agree with
    finish minus start": to the minute, as the sheet shows them); any other side as it is."""
    timed = [c for c in (*elapsed.columns, *other.columns) if c in times_or_lengths(context)]
    if op in ("=", "<>") and len(timed) == 3 == len(elapsed.columns) + len(other.columns):
        return dataclasses.replace(elapsed, text=f"ROUND({elapsed.text}*1440,0)")
    if len(elapsed.columns) != 2 or "-" not in elapsed.text or len(other.columns) != 1:
        return elapsed
    if any(context.kind(c) != "time" for c in elapsed.columns):
        return elapsed
    header = re.findall(r"[a-z]+", context.table.header[other.columns[0]].lower())
    per_day = next((PER_DAY[w] for w in header if w in PER_DAY), None)
    if per_day is None:
        return elapsed
    scaled = f"{elapsed.text}*{per_day}"
    rounded = f"ROUND({scaled},{ROUNDED_TO[per_day]})" if op in ("=", "<>") else scaled
    return dataclasses.replace(elapsed, text=rounded)


def times_or_lengths(context: Context) -> list[int]:
    return context.columns_of("time") + lengths(context)
