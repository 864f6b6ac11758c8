"""Differences between two columns with a margin: "3 or more days past the promised date", "5
pts above the ideal", "30 mins later than scheduled" (between two times, in their unit), "more
than 5 away from the 1st" and "R1 and R2 differ by 2 or more" (a distance either way)."""

from __future__ import annotations

import dataclasses

from cf_excel.excel.colours import word_set
from cf_excel.reading.conditions import Condition, Context, ref
from cf_excel.reading.cues import Cue
from cf_excel.reading.sides import Side, side_at, subject_side
from cf_excel.reading.units import said_money, scaled, unit_columns
from cf_excel.reading.words import Number
from cf_excel.reading.writing import filled, number_text


def minus(a: Side, b: Side) -> str:
    """ "a-b", with b in brackets where it begins with a sign (`--$H2`, a number stored as
    text), so that the formula reads as written: `$I2-(--$H2)`, not `$I2---$H2`."""
    return f"{a.text}-({b.text})" if b.text.startswith("-") else f"{a.text}-{b.text}"


def margin(
    context: Context,
    cue: Cue,
    other: Side,
    number: Number,
    unit: int,
    earlier: bool,
    clock: int | None = None,
) -> list[Condition]:
    """ "3 or more days past the promised date", "5 pts above the ideal": the difference, in
    days where the request said a time unit (`unit` days each, as the caller read it); between
    two time columns, `clock` of the request's units make a day ("30 mins later": 1440)."""
    subject = subject_side(context, cue, other)
    if subject is None:
        return []
    money = [c for c in unit_columns(context, number) if c not in other.columns]
    if money and said_money(context, number) and context.kind(subject.columns[0]) == "date":
        subject = Side(ref(money[0]), (money[0],), subject.first, subject.last)  # "bills $20 over"
    a, b = (other, subject) if earlier else (subject, other)
    op = cue.op if cue.op in (">", ">=", "<", "<=") else ">"
    cells = [ref(c) for c in (*a.columns, *b.columns)]
    value, difference = number.value * unit, minus(a, b)
    if clock and all(context.kind(c) == "time" for c in (*a.columns, *b.columns)):
        difference = f"({difference})*{clock}"
    if all(context.kind(c) == "percent" for c in subject.columns) and not number.percent:
        value = scaled(context, subject.columns[0], number)  # "5 points over": 0.05 of 100%
    text = filled(cells, f"{difference}{op}{number_text(value)}")
    first = min(subject.first, cue.first, number.first)
    return [Condition(text, (*subject.columns, *other.columns), first, other.last)]


OVERSHOT = word_set("blew exceeded exceeds exceed overran overshot overspent beat beats topped")
UNDERSHOT = word_set("missed misses undershot undercut")
OWNING = word_set("the their its our his her")


def exceeded_by(context: Context, cue: Cue, number: Number) -> list[Condition]:
    """ "the ones that blew the budget by €200 or more", "beat their target by more than 10":
    the margin by which a column passed (or missed) the one the verb names."""
    tokens = context.tokens
    by = (number.first if cue.after else cue.first) - 1
    if by < 2 or tokens[by].low != "by":
        return []
    named = context.mention_at(by - 1, by - 1)
    if named is None or named.last != by - 1:
        return []
    head = context.mention_at(named.first - 1, named.first - 1)
    if head is not None and head.last == named.first - 1 and named.share < 1 <= head.share:
        named = dataclasses.replace(head, last=named.last)  # "beat the planned depth by": Planned
    verb = named.first - 1
    while verb > 0 and tokens[verb].low in OWNING:
        verb -= 1
    if tokens[verb].low not in OVERSHOT | UNDERSHOT:
        return []
    other = Side(ref(named.column), (named.column,), named.first, named.last)
    return margin(context, cue, other, number, 1, tokens[verb].low in UNDERSHOT)


APART = word_set("away off")


def apart(context: Context, cue: Cue, other: Side, number: Number) -> list[Condition]:
    """ "2nd count more than 5 away from the 1st": the distance, either way."""
    subject = subject_side(context, cue, other)
    if subject is None:
        return []
    cells = [ref(c) for c in (*subject.columns, *other.columns)]
    op = cue.op if cue.op in (">", ">=", "<", "<=") else ">"
    text = filled(cells, f"ABS({minus(subject, other)}){op}{number_text(number.value)}")
    first = min(subject.first, cue.first, number.first)
    return [Condition(text, (*subject.columns, *other.columns), first, other.last)]


def differ(context: Context, cue: Cue) -> list[Condition]:
    """ "R1 and R2 disagree by 2 or more", "off by more than $1 from qty x price"."""
    number = context.number_at(cue.last + 1, cue.last + 4)
    named = [m for m in context.mentions if m.last < cue.first][-2:] or context.mentions
    if number is None or len(named) < 2:
        return []
    a = side_at(context, named[0].first)
    rest = [m for m in named if a is None or m.first > a.last]
    b = side_at(context, rest[0].first) if rest else None
    if a is None or b is None:
        return []
    qualifier = [
        c for c in context.cues if c.kind == "compare" and abs(c.first - number.first) <= 3
    ]
    op = qualifier[0].op if qualifier and qualifier[0].op in (">", ">=") else ">="
    cells = [ref(c) for c in (*a.columns, *b.columns)]
    text = filled(cells, f"ABS({minus(a, b)}){op}{number_text(number.value)}")
    end = max([b.last, number.last, *(c.last for c in qualifier)])  # "by 2 points or more"
    return [Condition(text, (*a.columns, *b.columns), min(a.first, cue.first), end)]
