"""Rows repeated on several columns together: "same court, same date, same start time", "the
same property, utility and month", "anyone logged twice on the same date" (a person and a
date). Each column alone repeats often (every court has many bookings); the rows that match on
all of them are the double bookings, so the test counts rows equal on every named column
(COUNTIFS), not each column's duplicates.
"""

from __future__ import annotations

from cf_excel.reading.conditions import NUMERIC_TYPES, Condition, Context, ref
from cf_excel.reading.cues import Cue
from cf_excel.reading.words import Number
from cf_excel.reading.writing import number_text
from cf_excel.sheets.addresses import column_letter

SAME = "same"
PEOPLE = frozenset(("anyone", "anybody", "someone", "somebody", "everyone", "anyone's"))
REACH = 2  # words from "same" to the column it names ("the same start time")


def repeated_together(context: Context) -> list[Condition]:
    """One COUNTIFS test for the columns said after "same" (at least two of them); it reads
    the request's duplicate words too ("twice", "double")."""
    columns: list[int] = []
    first = last = -1
    for position, token in enumerate(context.tokens):
        if token.low != SAME:
            continue
        mention = context.mention_at(position + 1, position + REACH)
        if mention is not None and mention.column not in columns:
            columns.append(mention.column)
            first = position if first < 0 else first
            last = mention.last
    people = context.key_column()
    if len(columns) == 1 and people and people[0] not in columns and said_of_people(context):
        columns = [*people, *columns]  # "anyone logged twice on the same date": person + date
    if len(columns) < 2:
        return []
    end = len(context.table.rows) + 1
    pairs = ",".join(
        f"${column_letter(c + 1)}$2:${column_letter(c + 1)}${end},{ref(c)}" for c in columns
    )
    duplicates = [c.first for c in context.cues if c.kind == "duplicate"]
    text = f"COUNTIFS({pairs})>1"
    return [Condition(text, tuple(columns), min([first, *duplicates]), last, whole=True)]


def said_of_people(context: Context) -> bool:
    """ "is anyone given the same app twice?": the repeat is per person, who the table's first
    text column names."""
    return any(t.low in PEOPLE for t in context.tokens)


def times_over(context: Context, cue: Cue, number: Number, last: int) -> list[Condition]:
    """ "shows up 3 or more times", "renewed 2+ times": how often a text value repeats in its
    column (COUNTIF), not a threshold of a number column."""
    columns = context.subject(cue)
    if not columns or context.kind(columns[0]) in NUMERIC_TYPES:
        return []
    letter, end = column_letter(columns[0] + 1), len(context.table.rows) + 1
    count = f"COUNTIF(${letter}$2:${letter}${end},${letter}2)"
    text = f'AND(${letter}2<>"",{count}{cue.op}{number_text(number.value)})'
    return [Condition(text, (columns[0],), min(cue.first, number.first), last)]
