"""A figure's change since an earlier reading of it: "lost more than ten points of strength
since filling" (Fill ABV − ABV now), "index came down 2 or more since October" (HI Oct − HI
now), "rating has dropped by 50 points or more since the last list" (Prev rtg − Rating),
"improved in maths by more than 10 marks since the summer" (Maths − Maths (Jun)); or against
another column the request names: "wk 48 where takings dropped 200 or more compared to wk 47"
(Wk 47 − Wk 48), "18-22 beat 15-18 by 30 or more" (18-22 − 15-18).

The table keeps the figure twice, then and now, in two number columns that share a header word;
the earlier one says so in its header (Prev, Last, Fill, a month). Or the request names both:
the figure before the verb, the other right after it or after "compared to", "vs", "than".
The verb says which way the figure moved, so the test is the move in that direction against
the margin.
"""

from __future__ import annotations

from cf_excel.excel.colours import word_set
from cf_excel.reading.algebra import number_ref
from cf_excel.reading.conditions import NUMERIC_TYPES, Condition, Context, ref
from cf_excel.reading.cues import Cue
from cf_excel.reading.sides import header_words
from cf_excel.reading.units import scaled
from cf_excel.reading.words import Number
from cf_excel.reading.writing import number_text

FALLS = word_set("lost dropped fallen fell decreased declined shrunk shrank down")
RISES = word_set("improved gained risen rose increased grown grew up beat beaten exceeded topped")
AGAINST = word_set("compared vs versus than to with on from")  # "compared to wk 47", "vs last"
THEN_MARKS = word_set(
    "prev previous last old fill filled start starting initial orig original opening before "
    "jan feb mar apr may jun jul aug sep oct nov dec"
)
NOW_MARKS = word_set("now current latest today")
REACH = 4  # words from the verb to its comparison ("dropped by 50 points or more")


def changed(context: Context) -> list[Condition]:
    """Each change said with a margin, as a test of the pair of columns holding the figure
    then and now; none where the table keeps no such pair."""
    found: list[Condition] = []
    kept = then_and_now(context)
    for position, token in enumerate(context.tokens):
        if token.low not in FALLS | RISES or any(
            c.kind != "compare" and c.first <= position <= c.last for c in context.cues
        ):
            continue  # ("add up to": a sum)
        margin = margin_after(context, position)
        if margin is None:
            continue
        cue, number = margin
        pair = kept or named_pair(context, position)
        if pair is None:
            continue
        then, now = pair
        value = number_text(scaled(context, now, number))
        was, now_ref = number_ref(context, then), number_ref(context, now)
        op = cue.op if cue.op in (">", ">=") else ">"
        first, second = (was, now_ref) if token.low in FALLS else (now_ref, was)
        moved = f"{first}-({second}){op}{value}"
        if number.percent and context.kind(now) != "percent":  # "up more than 10%": a share
            factor = 1 - number.value if token.low in FALLS else 1 + number.value
            flipped = op.replace(">", "<") if token.low in FALLS else op
            moved = f"{now_ref}{flipped}{was}*{number_text(factor)}"
        text = f'AND({ref(then)}<>"",{ref(now)}<>"",{moved})'
        last = since_end(context, max(cue.last, number.last))
        found.append(Condition(text, (now, then), position, last))
    return found


def margin_after(context: Context, position: int) -> tuple[Cue, Number] | None:
    """ "by more than 10", "2 or more", "more than ten points": the comparison just after the
    verb and its number."""
    for cue in context.cues:
        if cue.kind != "compare" or not position < cue.first <= position + REACH:
            continue
        number = context.number_ending(cue.first - 1) if cue.after else None
        number = number or context.number_at(cue.last + 1, cue.last + 2)
        if number is not None:
            return cue, number
    return None


def named_pair(context: Context, position: int) -> tuple[int, int] | None:
    """The column a figure is measured against and the figure's, both named: the one right
    after the verb ("beat 15-18 by 30") or after "compared to" / "vs" / "than" within a few
    words of it, and the nearest named before the verb ("wk 48 … dropped 200 or more compared
    to wk 47")."""
    numeric = context.columns_of(*NUMERIC_TYPES)
    tokens = context.tokens
    against = next(
        (
            m
            for m in context.mentions
            if m.column in numeric
            and position < m.first <= position + 2 * REACH
            and (m.first == position + 1 or tokens[m.first - 1].low in AGAINST)
        ),
        None,
    )
    if against is None:
        return None
    figure = [m for m in context.mentions if m.column in numeric and m.last < position]
    figure = [m for m in figure if m.column != against.column]
    return (against.column, figure[-1].column) if figure else None


def since_end(context: Context, last: int) -> int:
    """The last word of a "since …" phrase right after the margin ("since the last list")."""
    tokens = context.tokens
    for position in range(last + 1, min(last + 4, len(tokens))):
        if tokens[position].low == "since":
            end = position + 1
            while end + 1 < len(tokens) and tokens[end].low in ("the", "last", "our", "it"):
                end += 1
            return min(end, len(tokens) - 1)
    return last


def then_and_now(context: Context) -> tuple[int, int] | None:
    """The two number columns of one figure, then and now, that the request names one of."""
    numeric = context.columns_of(*NUMERIC_TYPES)
    for mention in context.mentions:
        if mention.column not in numeric:
            continue
        own = figure_words(context, mention.column)
        pair = [c for c in numeric if figure_words(context, c) & own]
        if len(pair) != 2:
            continue
        marked = [c for c in pair if header_words(context, c) & THEN_MARKS]
        current = [c for c in pair if header_words(context, c) & NOW_MARKS]
        then = marked[0] if len(marked) == 1 else None
        then = then if then is not None else next((c for c in pair if c not in current), None)
        if then is not None and (len(marked) == 1 or current):
            return then, next(c for c in pair if c != then)
    return None


def figure_words(context: Context, column: int) -> set[str]:
    """A header's words without those that say when ("HI now", "HI Oct": the HI)."""
    return header_words(context, column) - THEN_MARKS - NOW_MARKS
