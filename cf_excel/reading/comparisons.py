"""Comparisons a request makes: a column against a number ("amount over 1k"), against another
column ("spent more than budget", "actual under 90% of plan", "sales beat target by 10%"), and
date gaps counted in days ("7+ days overdue", "shipped 10 days after promised"). The column said
first is the one tested: "budget is more than spent" is not "spent is more than budget".

Formulas guard blanks where Excel would otherwise match them (a blank is 0 to `<`).
"""

from __future__ import annotations

from cf_excel.excel.colours import word_set
from cf_excel.reading.conditions import NUMERIC_TYPES, Condition, Context, ref
from cf_excel.reading.cues import Cue
from cf_excel.reading.spans import Mention, Number
from cf_excel.sheets.addresses import column_letter

LATE_WORDS = word_set("overdue late past ago old older delayed behind")
DAY_UNITS = {
    "day": 1, "days": 1, "week": 7, "weeks": 7, "wk": 7, "wks": 7, "month": 30, "months": 30,
}  # fmt: skip


def number_text(value: float) -> str:
    return f"{value:.10g}"


def scaled(context: Context, column: int, number: Number) -> float:
    """A number as the column holds it: "60" on a percent column is 60%."""
    if context.kind(column) == "percent" and not number.percent and number.value > 1:
        return number.value / 100
    return number.value


OPS = {">": "GreaterThan", ">=": "GreaterThanEqual", "<": "LessThan", "<=": "LessThanEqual",
       "=": "Equals", "<>": "NotEquals"}  # fmt: skip


def between(context: Context, cue: Cue) -> list[Condition]:
    """ "between 10 and 20", "from 1k to 5k": both bounds included, as Excel's Between."""
    low = context.number_at(cue.last + 1, cue.last + 2)
    high = context.number_at(low.last + 2, low.last + 3) if low else None
    if low is None or high is None:
        return []
    columns = context.subject(cue, NUMERIC_TYPES) or context.subject(cue)
    if not columns:
        return []
    bounds = sorted(scaled(context, columns[0], n) for n in (low, high))
    args = f"{number_text(bounds[0])}, {number_text(bounds[1])}"
    return [on_columns("Between(", args, columns, cue.first, high.last)]


def compared(context: Context, cue: Cue) -> list[Condition]:
    """A comparison with a number, or with another column (maybe scaled or offset)."""
    if any(c.kind == "previous" and cue.last < c.first <= cue.last + 3 for c in context.cues):
        return []  # "higher than the one before": previous_column reads it
    if cue.after:
        number = context.number_ending(cue.first - 1)
    else:
        number = context.number_at(cue.last + 1, cue.last + 3)
    other = None if cue.after else context.mention_at(cue.last + 1, cue.last + 3)
    if other is not None and (
        number is None or other.first < number.first or of_column(context, number, other)
    ):
        return against_column(context, cue, other)
    if number is None and not cue.after:  # "10 and above", "5 or under": the number said first
        joined = cue.first > 1 and context.tokens[cue.first - 1].low in ("and", "or")
        number = context.number_ending(cue.first - 2) if joined else None
        cue = Cue(cue.kind, cue.op + "=", cue.first - 1, cue.last) if number else cue
    if number is None:
        return []
    if unit_after(context, number) and days_condition(context, cue, number):
        return days_condition(context, cue, number)
    columns = context.subject(cue, NUMERIC_TYPES) or context.subject(cue)
    if not columns:
        return []
    first, last = min(cue.first, number.first), max(cue.last, number.last)
    value = number_text(scaled(context, columns[0], number))
    return [on_columns(f"{OPS[cue.op]}(", value, columns, first, last)]


def on_columns(call: str, args: str, columns: list[int], first: int, last: int) -> Condition:
    """`Call(c[i], args)` on one column; the bare `Call(args)` over a block of several."""
    if len(columns) == 1:
        inner = f"c[{columns[0]}], {args}" if args else f"c[{columns[0]}]"
        return Condition(f"{call}{inner})", (columns[0],), first, last)
    return Condition(f"{call}{args})", tuple(columns), first, last, bare=True)


def of_column(context: Context, number: Number, other: Mention) -> bool:
    """ "90% of budget": a share of another column."""
    between = context.tokens[number.last + 1 : other.first]
    return any(t.low == "of" for t in between)


def against_column(context: Context, cue: Cue, other: Mention) -> list[Condition]:
    """ "spent more than budget", "actual over 90% of plan", "sales exceed target by 10%"."""
    subjects = [c for c in context.subject(cue) if c != other.column]
    if not subjects:
        return []
    a, b = subjects[0], other.column
    right = ref(b)
    ratio = context.number_at(cue.last + 1, other.first - 1)
    if ratio is not None and ratio.percent:
        right = f"{ref(b)}*{number_text(ratio.value)}"
    before = context.number_ending(cue.first - 1)
    if before is not None and before.percent and cue.op in (">", "<"):  # "10% more than budget"
        factor = 1 + before.value if cue.op == ">" else 1 - before.value
        right = f"{ref(b)}*{number_text(factor)}"
    by = context.tokens[other.last + 1].low if other.last + 1 < len(context.tokens) else ""
    offset = context.number_at(other.last + 2, other.last + 3) if by == "by" else None
    text = f"{ref(a)}{cue.op}{right}"
    if offset is not None and cue.op in (">", "<", ">=", "<="):
        if offset.percent:
            factor = 1 + offset.value if cue.op.startswith(">") else 1 - offset.value
            text = f"{ref(a)}{cue.op}{ref(b)}*{number_text(factor)}"
        else:
            left, right_column = (a, b) if cue.op.startswith(">") else (b, a)
            wider = cue.op.replace("<", ">")  # "under budget by 100": budget − spent > 100
            text = f"{ref(left)}-{ref(right_column)}{wider}{number_text(offset.value)}"
    if cue.op in ("<", "<="):
        text = f'AND({ref(a)}<>"",{text})'
    end = max(other.last, offset.last if offset else other.last)
    return [Condition(text, (a, b), cue.first, end)]


def unit_after(context: Context, number: Number) -> int:
    """Days per unit when a time unit follows the number ("7 days", "2 weeks"), else 0."""
    position = number.last + 1
    if position < len(context.tokens) and context.tokens[position].low == "+":
        position += 1
    if position < len(context.tokens):
        return DAY_UNITS.get(context.tokens[position].low, 0)
    return 0


def days_condition(context: Context, cue: Cue, number: Number) -> list[Condition]:
    """ "more than 7 days overdue", "10+ days after promised", "older than 30 days"."""
    days = number.value * unit_after(context, number)
    end = number.last + 1 + (context.tokens[number.last + 1].low == "+")
    rest = [t.low for t in context.tokens[end + 1 : end + 4]]
    later = context.mention_at(end + 1, end + 3)
    op = cue.op if cue.kind == "compare" else ">="
    if rest and rest[0] in ("after", "later", "before", "earlier") and later is not None:
        earlier = [c for c in context.subject(cue, ("date",)) if c != later.column]
        if not earlier:
            return []
        a, b = earlier[0], later.column
        if rest[0] in ("before", "earlier"):
            a, b = b, a
        text = f'AND({ref(a)}<>"",{ref(b)}<>"",{ref(a)}-{ref(b)}{op}{number_text(days)})'
        return [Condition(text, (a, b), min(cue.first, number.first), later.last)]
    columns = context.subject(cue, ("date",))
    if not columns:
        return []
    column = columns[0]
    window = range(max(number.first - 4, 0), min(end + 4, len(context.tokens)))
    late = [i for i in window if context.tokens[i].low in LATE_WORDS]
    if not late:
        return []
    text = f'AND({ref(column)}<>"",TODAY()-{ref(column)}{op}{number_text(days)})'
    first, last = min(cue.first, number.first, *late), max(end, *late)
    return [Condition(text, (column,), first, last)]


def previous_column(context: Context) -> list[Condition]:
    """ "each month higher than the one before": every column of a block but the first against
    its left neighbour, a formula relative in its column."""
    cue = next((c for c in context.cues if c.kind == "previous"), None)
    if cue is None:
        return []
    ops = [c for c in context.cues if c.kind == "compare" and c.last < cue.first]
    op = ops[-1].op if ops else ">"
    block = context.subject(cue, NUMERIC_TYPES)
    if len(block) < 2:
        block = [c for c in context.table.selection if context.kind(c) in NUMERIC_TYPES]
    if len(block) < 2:
        return []
    left, here = column_letter(block[1]), column_letter(block[1] + 1)
    text = f'AND({here}2<>"",{left}2<>"",{here}2{op}{left}2)'
    first = ops[-1].first if ops else cue.first
    return [Condition(text, tuple(block[1:]), first, cue.last, bare=True)]
