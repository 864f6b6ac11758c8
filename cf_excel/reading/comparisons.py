"""Comparisons a request makes: a column against a number ("amount over 1k"), against another
column or a sum of columns ("spent more than budget", "tips under 12% of the subtotal", "net pay
not equal to gross - tax"), against another column with a margin ("3 or more days past the
promised date", "5 pts above the ideal", "R1 and R2 differ by 2 or more"), and dates against
today in days ("7+ days overdue"). The side said first is the one tested: "budget is more than
spent" is not "spent is more than budget".

Formulas guard blanks where Excel would otherwise match them (a blank is 0 to `<`).
"""

from __future__ import annotations

import dataclasses
import re

from cf_excel.excel.colours import word_set
from cf_excel.reading.ages import aged
from cf_excel.reading.algebra import cell_arithmetic, number_guards
from cf_excel.reading.beside import cell_said, declared_cell, labelled_cell
from cf_excel.reading.blocks import counted_block, counts_block, series_block, summed
from cf_excel.reading.clock import PER_DAY, at_time, duration, in_units, length, lengths
from cf_excel.reading.conditions import NUMERIC_TYPES, Condition, Context, ref
from cf_excel.reading.cues import Cue
from cf_excel.reading.elapsed import elapsed, lateness, length_in_cell
from cf_excel.reading.figures import figure_columns, limit_columns, only_in_total, unnamed
from cf_excel.reading.margins import APART, apart, exceeded_by, margin, minus
from cf_excel.reading.overdue import overdue
from cf_excel.reading.places import range_said
from cf_excel.reading.polarity import directed
from cf_excel.reading.repeats import times_over
from cf_excel.reading.sides import (
    SKIPPED,
    Side,
    across_block,
    date_kin,
    kin_side,
    onto_block,
    side_at,
    side_ending,
    side_near,
    skip,
    span_side,
    subject_side,
)
from cf_excel.reading.totals import since_named, totalled_side
from cf_excel.reading.units import rate_before, rate_per_column, scaled, unit_columns
from cf_excel.reading.words import DAY_UNITS, Number, is_year
from cf_excel.reading.writing import OPS, number_text, on_columns, typed_block_test
from cf_excel.sheets.addresses import column_letter

NOISE_UNITS = word_set(
    "pts points point pt units unit pcs hours hrs h mins minutes dollars bucks sec secs seconds c "
    "kg kgs lbs km miles mi degrees degree deg words litres liters l ml min hr tonnes tonne tons "
    "ton grams g"
)
RATE_WORDS = word_set("/ per a an each")  # "$30/hr", "$60 a month": the rate's unit
# Words after a margin that say which side it lies on: "5 above the ideal", "3 days past due".
LATER = word_set(
    "after later past above over more higher beyond exceeds ahead up hotter warmer stronger "
    "heavier longer bigger larger greater taller wider faster"
)
EARLIER = word_set(
    "before earlier below under less lower behind down colder cooler weaker lighter shorter "
    "smaller narrower slower fewer"
)
RATIOS = {"half": 0.5, "double": 2.0, "twice": 2.0, "triple": 3.0, "third": 1 / 3, "quarter": 0.25}


def compared(context: Context, cue: Cue) -> list[Condition]:
    """A comparison with a number, with other columns, or with other columns and a margin."""
    cue = directed(context, cue)  # "lap 8 slower than lap 7", "worse than last year"
    if context.tokens[cue.first].low == "+" and context.number_ending(cue.first - 1) is None:
        return []  # "oct + nov visits": a list of columns, not "3+"
    if any(c.kind == "previous" and cue.last < c.first <= cue.last + 6 for c in context.cues):
        return []  # "higher than the one before": previous_row or previous_column reads it
    if not cue.after and any(c.kind == "days" and c.first == cue.last + 1 for c in context.cues):
        return []  # "who came in over the last fortnight": a window of days
    if cue.first - 1 in context.used and context.tokens[cue.first - 1].low in DAY_UNITS:
        return []  # "more than that many days after the last visit": the length read it
    if cue.after:  # "10 or more", "60 days or more": the number (and its unit) said first
        timed = at_time(context, cue, cue.first)
        if timed:  # "6pm or later"
            return timed
        number = context.number_ending(cue.first - 1)
        if number is None:
            return []
        passed = exceeded_by(context, cue, number)  # "blew the budget by €200 or more"
        if passed:
            return passed
        unit_first = number.last + 1 < cue.first  # a unit between them
        return with_number(context, cue, number, number.last + 1 if unit_first else cue.last + 1)
    position = skip(context, cue.last + 1)
    number = context.number_at(position, position)
    passed = exceeded_by(context, cue, number) if number is not None else []
    if passed:  # "beat their target by more than 10"
        return passed
    timed = at_time(context, cue, position)
    if timed:  # "started after 9:30"
        return timed
    ratio = RATIOS.get(context.tokens[position].low) if position < len(context.tokens) else None
    start = skip(context, position + 1)  # "a third of what they made in June"
    other = (side_at(context, start) or side_near(context, start)) if ratio else None
    if ratio and other is not None:  # "under half the capacity", "more than double June"
        return against(context, cue, other, ratio)
    limit = cell_said(context, position, position + 7)
    if limit is None and context.number_at(position, position) is None:
        limit = labelled_cell(context, position, position + 5)  # "below the pass mark"
    if limit is None and context.number_at(position, position) is None:
        limit = declared_cell(context, cue.last + 1, position + 3)  # "E2 holds the cut-off"
    scaled_limit = cell_arithmetic(context, *limit) if limit is not None else None
    if scaled_limit is not None and cue.op in OPS:  # "below Q5 times the quote"
        return against(context, cue, Side(*dataclasses.astuple(scaled_limit)), None)
    if limit is not None and cue.op in OPS:  # "above the OT limit in B1": a cell beside the table
        worked = side_ending(context, cue.first, cue)  # "the margin … comes in under Q3"
        if worked is not None and len(worked.columns) > 1 and worked.last >= cue.first - 4:
            guards = number_guards(worked.text, worked.columns)
            text = f"AND({guards},{worked.text}{cue.op}{limit[0]})"
            return [Condition(text, worked.columns, min(worked.first, cue.first), limit[1])]
        said = {context.kind(m.column) for m in context.mentions}  # "pick ups later than …"
        of_time = bool(said) and said <= {"time", "date", "text"} and not said <= {"text"}
        columns = context.subject(cue, ("time", "date") if of_time else NUMERIC_TYPES)
        columns = limit_columns(context, cue, limit, columns) or context.subject(cue)
        in_days = length_in_cell(context, cue, limit, columns)
        if in_days:  # "finished more than that many days ago" (the days in T3)
            return in_days
        if len(columns) == 1 and context.numbers_as_text(columns[0]):  # "--" reads "12" as 12
            cell = ref(columns[0])
            text = f'AND({cell}<>"",--{cell}{cue.op}{limit[0]})'
            return [Condition(text, (columns[0],), cue.first, limit[1])]
        if columns:
            return [on_columns(f"{OPS[cue.op]}(", limit[0], columns, cue.first, limit[1])]
    counted = context.number_at(position, position)
    if counted is not None and counts_block(context, counted):
        return []  # "practice over the six weeks adds up to …": a span, not a comparison
    if counted is not None and restates_window(context, counted):
        return []  # "in the next 14 days (today up to 14 days from now)"
    dated = ("date",) if context.tokens[cue.first].low in DATE_COMPARISONS else ()
    other = (  # "earlier than the appointment": its date ("at least one error": a count)
        side_at(context, position, kinds=dated) if counted is None else None
    )
    if other is not None:
        return against(context, cue, other, None)
    number = context.number_at(cue.last + 1, position)  # "more than a week before"
    if number is None and cue.op in (">", "<"):  # "10 and above", "5 or under": number first
        joined = cue.first > 1 and context.tokens[cue.first - 1].low in ("and", "or")
        number = context.number_ending(cue.first - 2) if joined else None
        if number is not None:
            cue = Cue(cue.kind, cue.op + "=", cue.first - 1, cue.last)
            return with_number(context, cue, number, cue.last + 1)
    if number is not None and (quantifies(context, number) or counts_block(context, number)):
        return []  # "at least one month … left blank", "over the 5 weeks": not a threshold
    if number is not None:
        return with_number(context, cue, number, number.last + 1)
    return described(context, cue, position)


def restates_window(context: Context, number: Number) -> bool:
    """ "up to 14 days from now" beside "in the next 14 days": the window said again."""
    said = [t.low for t in context.tokens[number.last + 1 : number.last + 3]]
    ahead = len(said) == 2 and said[0] in DAY_UNITS and said[1] in ("from", "ahead", "away")
    return ahead and any(c.kind == "days" for c in context.cues)


def quantifies(context: Context, number: Number) -> bool:
    """ "at least one of the bidders left it blank", "at least one month … blank", "at least
    one reading went above 150": a count of the columns another test is about, not a threshold
    of a column ("more than a week before" is a length)."""
    after = number.last + 1
    if number.value != 1 or after >= len(context.tokens) or not context.tokens[after].low.isalpha():
        return False
    unit = context.tokens[after].low in DAY_UNITS or context.tokens[after].low in NOISE_UNITS
    later = ("blank", "filled") if unit else ("blank", "filled", "compare")
    return any(c.kind in later and c.first > after for c in context.cues)


RELATIVE = word_set("since from vs versus compared on")
DATE_COMPARISONS = word_set("earlier later before after sooner")


def described(context: Context, cue: Cue, position: int) -> list[Condition]:
    """ "earlier than the date it was reported": the column a few words after the comparison
    name, where no number comes first."""
    for start in range(position + 1, min(position + 6, len(context.tokens))):
        if context.number_at(start, start) is not None or any(
            c.first == start and c.kind in ("and", "or", "compare") for c in context.cues
        ):
            return []
        other = side_at(context, start)
        if other is not None:
            return against(context, cue, other, None)
    return []


def with_number(context: Context, cue: Cue, number: Number, position: int) -> list[Condition]:
    """A number and what follows it: a share of a column ("12% of the subtotal", "3 times the
    cost"), a margin beside a column ("5 pts above the ideal", "3 days past the promised
    date"), days against today ("7+ days overdue") or a plain threshold."""
    tokens = context.tokens
    if position < len(tokens) and tokens[position].low == "+":
        position += 1
    unit = tokens[position].low if position < len(tokens) else ""
    days = DAY_UNITS.get(unit, 0)
    measured = days == 0 and bool(unit_columns(context, number))  # "lighter than 35 kg"
    if days in (0, 365) and not context.mention_at(position, position) and not measured:
        by_birth = aged(context, cue, number)  # "crew under 21": their date of birth
        if by_birth:
            return by_birth
    if position < len(tokens) and (days or unit in NOISE_UNITS):
        position += 1
    rate = None if days else rate_per_column(context, cue.op, number, position)
    rate = rate or (None if days else rate_before(context, cue.op, number, cue.first))
    if rate is not None and cue.op in OPS:  # "less than 50 litres per fish"
        return [dataclasses.replace(rate, first=min(cue.first, rate.first))]
    if cue.after and cue.first <= position <= cue.last:  # "60 days or more (last visit)"
        position = cue.last + 1
    if not days and position + 1 < len(tokens) and tokens[position].low in RATE_WORDS:
        position += 2
    word = tokens[position].low if position < len(tokens) else ""
    ratio_said = word in ("of", "times", "x") or (word in SKIPPED and word != "that" and not days)
    if ratio_said and not is_year(number):  # "built before 2005 that are still valued …"
        start = skip(context, position + 1 if word in ("times", "x") else position)
        other = side_at(context, start) or (  # "10% of the tickets we sold"
            side_near(context, start) if number.percent else None
        )
        moved = next(  # "dropped more than 10% of their july weight": below 90% of it
            (c for c in context.cues if c.kind == "compare" and c.last == cue.first - 1), None
        )
        if other is not None and moved is not None and number.percent and "=" not in moved.op:
            factor = 1 - number.value if moved.op == "<" else 1 + number.value
            return against(context, dataclasses.replace(cue, op=moved.op), other, factor)
        if other is not None:
            return against(context, cue, other, number.value)
    if word in RELATIVE and number.percent and cue.op in (">", ">=", "<", "<="):
        other = side_at(context, skip(context, position + 1))  # "up 10% since the last price"
        if other is not None:
            factor = 1 + number.value if cue.op.startswith(">") else 1 - number.value
            return against(context, cue, other, factor)
    if (word in LATER or word in EARLIER) and number.percent:  # "50% over the estimate"
        after = position + 1  # "10% up on last year", "10% down from the plan"
        after += after < len(tokens) and tokens[after].low in RELATIVE
        other = side_at(context, skip(context, after))
        if other is not None:
            factor = 1 - number.value if word in EARLIER else 1 + number.value
            if word in EARLIER and cue.op in (">", ">="):  # "more than 10% below": under 90%
                cue = dataclasses.replace(cue, op=cue.op.replace(">", "<"))
            return against(context, cue, other, factor)
    if word == "late" and (tardy := lateness(context, cue, number, unit, position)):
        return tardy  # "departures that left more than 10 min late": Actual dep − Sched dep
    if days and (dates_apart := elapsed(context, cue, number, unit, position - 1)):
        return dates_apart  # "more than two weeks after the night" (Report in − Night of)
    if word in LATER or word in EARLIER:
        step = (
            2 if tokens[position + 1 : position + 2] and tokens[position + 1].low == "than" else 1
        )
        other = side_near(context, position + step)
        if other is not None:
            clock = PER_DAY.get(unit)  # "30 mins later than scheduled": between two times
            return margin(context, cue, other, number, days or 1, word in EARLIER, clock)
    if word in APART:  # "more than 5 away from the 1st", "10 off the agreed number"
        other = side_near(context, position + 1)
        if other is not None:
            return apart(context, cue, other, number)
    if (
        word in ("times", "time")
        and not days
        and (found := times_over(context, cue, number, position))
    ):
        return found  # "shows up 3 or more times"
    if days:
        found = overdue(context, cue, number, unit, position)
        if found:
            return found
    sides = (
        side_ending(context, cue.first, cue),
        side_at(context, skip(context, position)),
        span_side(context, position) if days or unit in PER_DAY else None,
    )
    said = next((s for s in sides if s is not None and len(s.columns) > 1), None)
    if said is not None:  # "(end minus start) 60 or more", "60 days or more (end minus start)"
        first, last = min(said.first, cue.first, number.first), max(said.last, position - 1)
        numbers = number_guards(said.text, said.columns)
        timed = len(said.columns) == 2 and unit in PER_DAY
        timed = timed and all(  # times of day, or lengths of time ("gun time minus chip time")
            context.kind(c) == "time" or c in lengths(context) for c in said.columns
        )
        between, value = said.text, number_text(number.value * (days or 1))
        if timed:  # "2 hours from start to finish": a span is (end, start), as "end minus start"
            span = length(context, said.columns[1], said.columns[0], said.text.strip("()"))
            between, value = f"{span}*{PER_DAY[unit]}", number_text(number.value)
        text = f"AND({numbers},{between}{cue.op}{value})"
        return [Condition(text, said.columns, first, last, whole=timed and said is sides[2])]
    if not unit_columns(context, number, exact=True):  # "shifts longer than 8 hours": end − start
        found = duration(context, cue, number.value, unit, position - 1)
        if found:
            return found
    first, last = min(cue.first, number.first), max(cue.last, number.last)
    dated = context.subject(cue, ("date",)) if is_year(number) else []
    named = date_kin(context, cue) if is_year(number) else []  # "filled before 2012"
    named = named or [m.column for m in context.mentions if m.column in dated]
    since = cue.first > 0 and context.tokens[cue.first - 1].low == "since"
    dates = context.columns_of("date") if since and is_year(number) else []
    if not named and len(dates) == 1:  # "waiting since before 2026": the table's one date
        named = dates
    if named:  # "joined before 2025": the year of a date
        cell = ref(named[0])
        year = f"YEAR({cell}){cue.op}{number_text(number.value)}"
        return [Condition(f"AND(ISNUMBER({cell}),{year})", (named[0],), first, last)]
    columns = context.subject(cue, NUMERIC_TYPES) or context.subject(cue)
    columns = counted_block(context, number) or since_named(context, columns)  # "in 5 weeks"
    fitting = unit_columns(context, number)
    said_before = any(m.column in columns and m.last < cue.first for m in context.mentions)
    total = len(columns) > 1 and summed(context, cue, number)
    if len(fitting) == 1 and columns != fitting and not said_before and not total:
        columns = fitting  # "jobs over $1,000" is the Total ($), "3+ days" the Downtime (days)
    elif unnamed(context, cue, columns) and not total:  # "orders of 500+ pieces": Qty
        columns = figure_columns(context, cue, number, columns, fitting)
    total = total or only_in_total(context, cue, number, columns)  # "45 hours that week"
    if not columns:
        return []
    if total:  # "Maths to French add up to more than 580", "over 1,000 in total jan to jun"
        series = series_block(context)  # "40 units total across all sizes": not Reorder at
        columns = series if series and not said_before and set(series) < set(columns) else columns
        first_letter, last_letter = column_letter(columns[0] + 1), column_letter(columns[-1] + 1)
        text = f"SUM(${first_letter}2:${last_letter}2){cue.op}{number_text(number.value)}"
        return [Condition(text, tuple(columns), first, last, whole=True)]
    value = number_text(scaled(context, columns[0], number))
    if len(columns) == 1 and context.numbers_as_text(columns[0]):  # "--" reads "12" as 12
        text = f"--{ref(columns[0])}{cue.op}{value}"
        if cue.op in ("<", "<="):  # a blank is 0 to Excel
            text = f'AND({ref(columns[0])}<>"",{text})'
        return [Condition(text, (columns[0],), first, last)]
    if any(context.numbers_as_text(c) for c in columns):  # each cell of the block, as above
        text = typed_block_test(columns, cue.op, value)
        return [Condition(text, tuple(columns), first, last, bare=True)]
    return [on_columns(f"{OPS[cue.op]}(", value, columns, first, last)]


def against(context: Context, cue: Cue, other: Side, ratio: float | None) -> list[Condition]:
    """ "spent more than budget", "tips under 12% of the subtotal", "sales beat target by 10%"."""
    subject = totalled_side(context, cue, other) or subject_side(context, cue, other)
    if subject is None:
        return []
    block = range_said(context, other.columns[0]) if subject.columns == other.columns else []
    if subject.columns == other.columns and not block:
        return []  # a column against itself tests nothing
    if block:  # "every tank reading under the reorder level in col G (tanks sheet B:F)"
        subject = Side(ref(block[0]), (block[0],), subject.first, subject.last)
    other = kin_side(context, other, subject)
    if cue.op != "<>" and unlike(context, subject, other):
        return []  # "check-out later than … probably missed their flight": Flight is no time
    other, subject = (
        in_units(context, other, subject, cue.op),
        in_units(context, subject, other, cue.op),
    )
    right = other.text if ratio is None else f"{other.text}*{number_text(ratio)}"
    before = context.number_ending(cue.first - 1)
    if before is not None and before.percent and cue.op in (">", "<"):  # "10% more than budget"
        factor = 1 + before.value if cue.op == ">" else 1 - before.value
        right = f"{other.text}*{number_text(factor)}"
    last = other.last
    by = context.tokens[last + 1].low if last + 1 < len(context.tokens) else ""
    offset = context.number_at(last + 2, last + 4) if by == "by" else None  # "by more than 10%"
    text = f"{subject.text}{cue.op}{right}"
    if offset is not None and cue.op in (">", "<", ">=", "<="):
        last = offset.last
        if offset.percent:
            factor = 1 + offset.value if cue.op.startswith(">") else 1 - offset.value
            text = f"{subject.text}{cue.op}{other.text}*{number_text(factor)}"
        else:
            left, right_side = (subject, other) if cue.op.startswith(">") else (other, subject)
            wider = cue.op.replace("<", ">")  # "under budget by 100": budget − spent > 100
            text = f"{minus(left, right_side)}{wider}{number_text(offset.value)}"
    first = min(subject.first, cue.first)
    condition = guarded(context, text, subject, other, cue.op, first, last)
    if block:
        return [onto_block(condition, block)]
    return [across_block(context, each_listed(context, condition), subject, other)]


def unlike(context: Context, subject: Side, other: Side) -> bool:
    """A text column against a number, date or time (or the reverse): no order between them."""
    kinds = {
        "text" if context.kind(c) == "text" else "value" for c in (*subject.columns, *other.columns)
    }
    return len(subject.columns) == len(other.columns) == 1 and len(kinds) == 2


def each_listed(context: Context, condition: Condition) -> Condition:
    """ "both Apex and Coastline came in under the estimate": the test for each column of the
    list its first column is in, all of them (any of them after "either" or "or")."""
    column = condition.columns[0]
    mention = next(  # the subject's own mention, not an earlier one ("column K is the deposit")
        (
            m
            for m in context.mentions
            if m.column == column and condition.first <= m.first <= condition.last
        ),
        None,
    )
    listed = context.listed_with(mention) if mention is not None else []
    others = set(condition.columns[1:])
    if len(listed) < 2 or others & set(listed):
        return condition
    cell = re.compile(re.escape(ref(column)) + r"(?!\d)")
    tests = [cell.sub(ref(c), condition.text) for c in listed]
    start = min(m.first for m in context.mentions if m.column in listed)
    span = context.tokens[max(start - 1, 0) : condition.last + 1]  # from "either" on
    joiner = "OR" if {t.low for t in span} & ANY_OF else "AND"
    columns = (*listed, *condition.columns[1:])
    text = f"{joiner}({','.join(tests)})"  # all of them: a test of the row
    return Condition(text, columns, condition.first, condition.last, whole=joiner == "AND")


ANY_OF = word_set("or either any")


def guarded(
    context: Context, text: str, subject: Side, other: Side, op: str, first: int, last: int
) -> Condition:
    """Blank cells are 0 to Excel, and text is more than any number: a test that a blank would
    pass gets `<>""` on its side, a share or multiple of another column needs that column filled
    (double a blank is 0), and a date column ISNUMBER (a date typed as text is text)."""
    blank_passes = op in ("<", "<=", "<>") and not subject.text.startswith("SUM(")  # a sum's 0
    blank_passes = blank_passes and not blank_counts(context)  # "nothing entered counts as …"
    guards = [f'{ref(c)}<>""' for c in subject.columns] if blank_passes else []
    # "50% up on last year", "under 90% of target": a share of a blank says nothing
    scaled = text.startswith(f"{subject.text}{op}{other.text}*")
    if (op == "<>" or len(other.columns) > 1 or scaled) and not other.text.startswith("SUM("):
        guards += [f'{ref(c)}<>""' for c in other.columns]  # (a sum counts blanks as 0)
    dates = [c for c in (*subject.columns, *other.columns) if context.kind(c) == "date"]
    guards = [g for g in guards if not any(g.startswith(ref(c)) for c in dates)]
    guards += [f"ISNUMBER({ref(c)})" for c in dates]
    if guards:
        text = "AND(" + ",".join(dict.fromkeys(guards)) + f",{text})"
    return Condition(text, (*subject.columns, *other.columns), first, last)


def blank_counts(context: Context) -> bool:
    """ "nothing entered counts as nothing paid", "an empty H counts as unpaid": the request
    wants blank cells tested as 0 (not "blanks shouldn't count as a low score")."""
    lows = [t.low for t in context.tokens]
    return any(
        word in ("empty", "blank", "nothing")
        and not {"not", "shouldn't", "shouldnt"} & set(lows[i : i + 4])
        and any(lows[k : k + 2] in (["counts", "as"], ["count", "as"]) for k in range(i, i + 4))
        for i, word in enumerate(lows)
    )
