"""Tests of dates a request makes: against today ("overdue", "due today or earlier", "this
month"), windows of days or calendar months ("in the next 30 days", "in the last 6 months"),
years and months ("any date in 2025", "issued in october", "diesels older than 2018") and
weekdays. Each finds its date column with `Context.date_columns`, which knows a due date from
one something happened on.
"""

from __future__ import annotations

import difflib
import re

from cf_excel.excel.colours import word_set
from cf_excel.reading.ages import birth_column
from cf_excel.reading.algebra import number_guards
from cf_excel.reading.conditions import Condition, Context, ref
from cf_excel.reading.cues import Cue
from cf_excel.reading.sides import side_ending
from cf_excel.reading.spans import bracketed
from cf_excel.reading.windows import days_ago_between
from cf_excel.reading.words import DAY_UNITS, MONTH_UNITS, Number, is_year
from cf_excel.reading.writing import filled, number_text, on_columns
from cf_excel.sheets.addresses import column_letter

DATE_OPS = {"before_today": "BeforeToday", "after_today": "AfterToday"}


TODAY_FORMULAS = {"today_or_earlier": "<=", "today_or_later": ">="}


def dated(context: Context, cue: Cue) -> list[Condition]:
    """Dates against today: overdue, upcoming, today or earlier, this month, …"""
    number = context.number_at(cue.last + 1, cue.last + 1)
    unit = (
        context.tokens[number.last + 1].low
        if number and number.last + 1 < len(context.tokens)
        else ""
    )
    window = context.tokens[cue.last].low == "past"
    if cue.op == "before_today" and window and unit in DAY_UNITS:  # "in the past 7 days"
        return within_days(context, Cue("days", "last", cue.first, cue.last))
    worked = side_ending(context, cue.first, cue) if cue.op == "before_today" else None
    if worked is not None and "+" in worked.text and worked.last >= cue.first - 4:
        guards = number_guards(worked.text, worked.columns)  # "last clean plus the interval is
        text = f"AND({guards},{worked.text}<TODAY())"  # already in the past"
        return [Condition(text, worked.columns, worked.first, cue.last)]
    columns = context.date_columns(cue)
    if not columns:
        return []
    column = columns[0]
    born = birth_column(context)
    if cue.op == "ThisMonth" and born is not None and (column == born or birthdays(context)):
        cell = ref(born)  # "birthdays this month": any year's, as a birth date's month
        text = f"AND(ISNUMBER({cell}),MONTH({cell})=MONTH(TODAY()))"
        return [Condition(text, (born,), cue.first, cue.last)]
    if cue.op in TODAY_FORMULAS:
        text = f'AND({ref(column)}<>"",{ref(column)}{TODAY_FORMULAS[cue.op]}TODAY())'
        return [Condition(text, (column,), cue.first, cue.last)]
    months = valid_for(context) if cue.op == "before_today" else None
    if months is not None:  # "a pass is only valid for 2 years … the two years have run out"
        cell = ref(column)
        text = f"AND(ISNUMBER({cell}),EDATE({cell},{months})<TODAY())"
        return [Condition(text, (column,), cue.first, cue.last)]
    name = DATE_OPS.get(cue.op, cue.op)
    if cue.op == "Tomorrow" and window_from_tomorrow(context, cue):
        name = "AfterToday"  # the window's days without today ("from tomorrow to 7 days out")
    listed = context.listed_dates(cue)  # "licence or medical already expired": each of them
    return [on_columns(f"{name}(", "", listed or [column], cue.first, cue.last)]


def window_from_tomorrow(context: Context, cue: Cue) -> bool:
    """ "the next week, from tomorrow to 7 days from today", "tomorrow up to 3 days from
    today": tomorrow starts a window of days said beside it, so the test is only that the date
    is after today."""
    before = context.tokens[cue.first - 1].low if cue.first else ""
    after = context.tokens[cue.last + 1].low if cue.last + 1 < len(context.tokens) else ""
    starts = before in WINDOW_STARTS or after in WINDOW_ENDS
    return starts and any(c.kind == "days" for c in context.cues)


WINDOW_STARTS = word_set("from starting")
WINDOW_ENDS = word_set("to up through until till thru onwards -")
VALID = word_set("valid good lasts last")  # "only valid for 2 years", "good for six months"


def valid_for(context: Context) -> int | None:
    """The months a date stays good for, where the request says so ("A theory test pass is
    only valid for 2 years", "an offer is good for six months from the offer date")."""
    tokens = context.tokens
    for i in range(len(tokens) - 3):
        if tokens[i].low in VALID and tokens[i + 1].low == "for":
            number = context.number_at(i + 2, i + 2)
            unit = tokens[number.last + 1].low if number and number.last + 1 < len(tokens) else ""
            if number is not None and unit in MONTH_UNITS:
                return round(number.value * MONTH_UNITS[unit])
    return None


def within_days(context: Context, cue: Cue) -> list[Condition]:
    """ "in the next 30 days", "within 2 weeks", "in the last 7 days", "30 days ago"."""
    number = (
        context.number_ending(cue.first - 2)
        if cue.after
        else context.number_at(cue.last + 1, cue.last + 2)
    )
    if number is not None and is_year(number) and cue.op == "ago":
        return built_before(context, cue, number)
    spanned = days_ago_between(context, cue, number) if number and cue.op == "ago" else []
    if spanned:  # "10 to 30 days ago"
        return spanned
    following = context.tokens[cue.last + 1].low if cue.last + 1 < len(context.tokens) else ""
    named = context.mention_at(cue.last + 1, cue.last + 2)
    past = number is None and context.tokens[cue.first].low == "past"
    if past and named is not None and context.kind(named.column) == "date":  # "past their due date"
        text = f"BeforeToday(c[{named.column}])"
        return [Condition(text, (named.column,), cue.first, named.last)]
    if number is None and following in DAY_UNITS:  # "the past week", "in the next month"
        number = Number(1.0, cue.last, cue.last, False)
    if number is None or number.last + 1 >= len(context.tokens):
        return []
    unit_word = context.tokens[number.last + 1].low
    unit = DAY_UNITS.get(unit_word, 0)
    columns = context.date_columns(cue)
    if not unit or not columns:
        return []
    first, last = min(cue.first, number.first), max(cue.last, number.last + 1)
    if unit_word in MONTH_UNITS:  # calendar months: "in the last 6 months", "a year ago"
        months = number.value * MONTH_UNITS[unit_word]
        return [months_from_today(columns[0], cue.op, months, first, last)]
    days = number_text(number.value * unit)
    after = number.last + 2
    if after < len(context.tokens) and context.tokens[after].low in ("of", "after", "from"):
        other = context.mention_at(after + 1, after + 2)  # "within 1 day of the opened date"
        if other is not None and context.kind(other.column) != "date":
            other = None  # "the next three days of bookings" (a Booked via column)
        subject = [c for c in columns if other is None or c != other.column]
        if other is not None and subject:
            a, b = ref(subject[0]), ref(other.column)
            text = filled([a, b], f"{a}-{b}<={days}")
            return [Condition(text, (subject[0], other.column), cue.first, other.last)]
    name = {"next": "NextDays", "last": "LastDays", "ago": "OlderThan"}[cue.op]
    return [Condition(f"{name}(c[{columns[0]}], {days})", (columns[0],), first, last)]


YEAR_WORDS = word_set("year yr yrs built made model yob")


def built_before(context: Context, cue: Cue, number: Number) -> list[Condition]:
    """ "diesels older than 2018": a column of years below it (one headed Yr first), else
    a date's year."""
    table, year = context.table, number_text(number.value)

    def holds_years(column: int) -> bool:
        values = [v for v in table.column_values(column) if v is not None and v != ""]
        return bool(values) and all(
            isinstance(v, int | float) and float(v).is_integer() and 1900 <= v <= 2100
            for v in values
        )

    years = sorted(
        (c for c in range(table.width) if holds_years(c)),
        key=lambda c: not set(re.findall(r"[a-z]+", table.header[c].lower())) & YEAR_WORDS,
    )
    if years:
        return [Condition(f"LessThan(c[{years[0]}], {year})", (years[0],), cue.first, number.last)]
    columns = context.date_columns(cue)
    if not columns:
        return []
    cell = ref(columns[0])
    text = f"AND(ISNUMBER({cell}),YEAR({cell})<{year})"
    return [Condition(text, (columns[0],), cue.first, number.last)]


MONTH_NUMBERS = {name: number for number, names in enumerate((
    "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
    "august aug", "september sep sept", "october oct", "november nov", "december dec",
), 1) for name in names.split()}  # fmt: skip


LONG_MONTHS = [name for name in MONTH_NUMBERS if len(name) >= 6]
TYPO_LIKENESS = 0.8  # difflib's ratio: "septmber" 0.94, "ocotber" 0.86; "member" 0.71


def month_named(word: str) -> int | None:
    """The month a word names, slips of the keyboard included ("septmber", "ocotber")."""
    if word in MONTH_NUMBERS or len(word) < 6 or not word.isalpha():
        return MONTH_NUMBERS.get(word)
    close = difflib.get_close_matches(word, LONG_MONTHS, n=1, cutoff=TYPO_LIKENESS)
    return MONTH_NUMBERS[close[0]] if close else None


PERIOD_WORDS = word_set("in during from of")
QUANTIFIERS = word_set("every all any each")


def in_period(context: Context) -> list[Condition]:
    """ "any date in 2025", "issued in october": dates in a year, or in a month of this year."""
    found = []
    mentioned = {i for m in context.mentions for i in range(m.first, m.last + 1)}
    for i, token in enumerate(context.tokens[1:], 1):
        before = context.tokens[i - 1].low
        month = month_named(token.low)
        named = month is not None and before in QUANTIFIERS and i + 1 < len(context.tokens)
        named = named and context.tokens[i + 1].low.isalpha()  # "every December screening"
        if i in context.used or i in mentioned or (before not in PERIOD_WORDS and not named):
            continue
        number = context.number_at(i, i)
        if not (number is not None and is_year(number)) and month is None:
            continue
        notes = [bracketed(h.lower()).split() for h in context.table.header]  # Hours (Nov)
        if month is not None and any(month_named(w) == month for words in notes for w in words):
            continue  # "over their hours cap in November" beside Hours (Nov): that column's
        cue = Cue("date", "", i - 1, i)
        columns = context.subject(cue, ("date",)) or context.date_columns(cue)
        if not columns:
            continue
        cell = ref(columns[0]) if len(columns) == 1 else f"{column_letter(columns[0] + 1)}2"
        test = (
            f"YEAR({cell})={number_text(number.value)}"
            if number is not None
            else f"MONTH({cell})={month},YEAR({cell})=YEAR(TODAY())"
        )
        text = f"AND(ISNUMBER({cell}),{test})"
        found.append(Condition(text, tuple(columns), i - 1, i, bare=len(columns) > 1))
    return found


def months_from_today(column: int, op: str, months: float, first: int, last: int) -> Condition:
    """Dates a number of calendar months from today, as EDATE counts them."""
    cell, n = ref(column), number_text(months)
    text = {
        "next": f"AND(ISNUMBER({cell}),{cell}>=TODAY(),{cell}<=EDATE(TODAY(),{n}))",
        "last": f"AND(ISNUMBER({cell}),{cell}>=EDATE(TODAY(),-{n}),{cell}<=TODAY())",
        "ago": f"AND(ISNUMBER({cell}),{cell}<EDATE(TODAY(),-{n}))",
    }[op]
    return Condition(text, (column,), first, last)


def weekday(context: Context, cue: Cue) -> list[Condition]:
    """Weekends, weekdays or one named day of a date column (Monday = 1, as WEEKDAY(…, 2))."""
    columns = context.date_columns(cue)
    if not columns:
        return []
    cell = ref(columns[0])
    test = {"weekend": ">5", "weekdays": "<6"}.get(cue.op, f"={cue.op}")
    text = f'AND({cell}<>"",WEEKDAY({cell},2){test})'
    return [Condition(text, (columns[0],), cue.first, cue.last)]


def birthdays(context: Context) -> bool:
    """The request speaks of birthdays ("anyone with a birthday this month", "born in the
    same month we're in now")."""
    return any(t.low.startswith(("birthday", "bday", "born")) for t in context.tokens)
