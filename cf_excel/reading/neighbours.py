"""Comparisons with the value before: "each month higher than the one before" (every column of
a block but the first against its left neighbour), "any reading lower than the one before it"
(one column: each row against the row above), with a margin ("fell by more than 10 points
from the month before", "more than 350 words lower than the week before") or a percentage
("up 20% on the month before").
"""

from __future__ import annotations

from dataclasses import dataclass

from cf_excel.excel.colours import word_set
from cf_excel.reading.blocks import series_block
from cf_excel.reading.conditions import NUMERIC_TYPES, Condition, Context, alike
from cf_excel.reading.cues import Cue
from cf_excel.reading.units import scaled
from cf_excel.reading.words import Number
from cf_excel.reading.writing import number_text
from cf_excel.reading.years import YEAR_WORDS, twins
from cf_excel.sheets.addresses import column_letter

# A comparative said just before "than the week before", which the phrase took in.
UP_WORDS = word_set("higher more up above over bigger larger greater later")
DOWN_WORDS = word_set("lower less fewer down below under smaller earlier")
PERIODS = word_set("day week month quarter year column")  # "than the week before": W47 for W48


@dataclass(frozen=True)
class Change:
    """What the request asks of the change: its direction, and a margin or a percentage."""

    op: str  # ">" up, "<" down (with "=" where the margin is inclusive)
    margin: Number | None
    first: int  # where the words of the change begin


def previous(context: Context) -> list[Condition]:
    said = [c for c in context.cues if c.kind == "previous"]
    if not said:
        return []
    directed = UP_WORDS | DOWN_WORDS  # "lower than the month before it": the comparison's own
    compared = [c for c in said if c.first and context.tokens[c.first - 1].low in directed]
    cue = (compared or said)[-1]  # "month over month drop … with the one before"
    change = change_before(context, cue)
    block = context.subject(cue, NUMERIC_TYPES)
    period = any(t.low in PERIODS for t in context.tokens[cue.first : cue.last + 1])
    named = any(m.column in block and m.last < cue.first for m in context.mentions)  # "W48 …"
    if period and len(block) < 2 and not named:
        series = series_block(context)  # "any month that's lower than the month before it"
        if len(series) >= 3 and set(block) <= set(series):
            block = series  # Jul … Nov
    if len(block) == 1:
        column = block[0]
        here = f"${column_letter(column + 1)}2"
        older = last_years(context, column, cue)  # "Nov … less than last year": LY Nov
        if older is None and left_in_series(context, column, cue):
            older = column - 1  # W48 against W47
        if older is not None:
            before = f"${column_letter(older + 1)}2"
            guard = f'{here}<>"",{before}<>""'
        else:  # the row above (the first data row's is the header: no number)
            before = f"${column_letter(column + 1)}1"
            guard = f'ISNUMBER({before}),{here}<>""'
        text = f"AND({guard},{test(context, change, here, before, column)})"
        read = (column,) if older is None else (column, older)
        return [Condition(text, read, change.first, cue.last)]
    if len(block) < 2:
        return []
    left, here = f"{column_letter(block[1])}2", f"{column_letter(block[1] + 1)}2"
    typed = "--" if any(context.numbers_as_text(c) for c in block) else ""  # "12" as 12
    against = test(context, change, typed + here, typed + left, block[1])
    text = f'AND({here}<>"",{left}<>"",{against})'
    return [Condition(text, tuple(block[1:]), change.first, cue.last, bare=True)]


def last_years(context: Context, column: int, cue: Cue) -> int | None:
    """The column of last year's figure for `column` (LY Nov for Nov) where the cue says a year
    ("than last year"); None otherwise."""
    if not any(t.low in YEAR_WORDS for t in context.tokens[cue.first : cue.last + 1]):
        return None
    return next((old for old, new in twins(context.table).items() if new == column), None)


SPLIT_REACH = 6  # words between a comparative and its "than last year"


def change_before(context: Context, cue: Cue) -> Change:
    """The direction and margin said before "the one before": "fell by more than 10"
    (direction "fell", margin "more than 10"), "15+ fewer", "more than 350 words lower than"
    (the comparative the phrase took in)."""
    compares = [c for c in context.cues if c.kind == "compare"]
    ops = [c for c in compares if c.last < cue.first] or compares[:1]
    first = ops[0].first if ops else cue.first
    number = next((n for n in context.numbers if first - 2 <= n.first and n.last < cue.first), None)
    margins = [c for c in ops if number is not None and margin_of(c, number)]
    directions = [c for c in ops if c not in margins]
    op = directions[-1].op if directions else ""
    word = context.tokens[cue.first - 1].low if cue.first else ""
    if word in UP_WORDS | DOWN_WORDS:  # "lower than the week before": "than" is the cue's
        op, first = (">" if word in UP_WORDS else "<"), min(first, cue.first - 1)
    said = [t.low for t in context.tokens[max(cue.first - SPLIT_REACH, 0) : cue.first]]
    split = [w for w in said if w in UP_WORDS | DOWN_WORDS]  # "spent less with us this year
    if not op and split:  # than last year"
        op = ">" if split[-1] in UP_WORDS else "<"
    if not op:
        op = margins[-1].op if margins else ">"
    if number is not None and not margins and not number.percent:
        number = None  # "the 2 readings before": no margin
    inclusive = "=" if margins and margins[-1].op.endswith("=") else ""
    return Change(op[0] + inclusive if margins else op, number, first)


def margin_of(cue: Cue, number: Number) -> bool:
    """The comparison says the margin: "more than 10", "by at least 5", "15+"."""
    if cue.after:
        return cue.first == number.last + 1
    return number.first - cue.last in (1, 2)


def test(context: Context, change: Change, here: str, before: str, column: int) -> str:
    """The change as a formula on two cells."""
    number = change.margin
    if number is None:
        return f"{here}{change.op}{before}"
    if number.percent:
        factor = 1 + number.value if change.op[0] == ">" else 1 - number.value
        return f"{here}{change.op}{before}*{number_text(factor)}"
    size = number_text(scaled(context, column, number))
    wider = ">" + change.op[1:]  # up by more than 70: here − before > 70; down: before − here
    return (
        f"{here}-{before}{wider}{size}" if change.op[0] == ">" else f"{before}-{here}{wider}{size}"
    )


def left_in_series(context: Context, column: int, cue: Cue) -> bool:
    """ "W48 more than 350 lower than the week before": one column of a series of periods,
    compared with the period before it (the column to its left), not the row above."""
    words = {t.low for t in context.tokens[cue.first : cue.last + 1]}
    header = context.table.header
    return (
        column > 0
        and bool(words & PERIODS)
        and context.kind(column - 1) in NUMERIC_TYPES
        and alike([header[column - 1], header[column]])
    )
