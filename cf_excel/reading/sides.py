"""The sides of a comparison between columns: the named columns at a place in the request, with
the arithmetic between them ("gross - tax", "(clicks / views)", "the sum of the months"), and
which side is tested: the one said first ("spent is more than budget" tests Spent).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from cf_excel.excel.colours import word_set
from cf_excel.reading.algebra import (
    ARITHMETIC,
    KIND_NOUNS,
    PERIODIC,
    Operand,
    arithmetic,
    named_arithmetic,
    number_ref,
)
from cf_excel.reading.conditions import NUMERIC_TYPES, Condition, Context, ref
from cf_excel.reading.cues import Cue
from cf_excel.reading.naming import picked_at
from cf_excel.reading.spans import MONTH_NAMES, Mention
from cf_excel.reading.words import STOP_WORDS, number_value
from cf_excel.reading.years import last_year_named, twins
from cf_excel.sheets.addresses import column_letter
from cf_excel.sheets.prompt import same_word

SKIPPED = word_set("the of what we a an its their it it's is are was than that")


@dataclass(frozen=True)
class Side:
    """One side of a comparison between columns: a formula and the columns it reads."""

    text: str
    columns: tuple[int, ...]
    first: int
    last: int


def skip(context: Context, position: int) -> int:
    while position < len(context.tokens) and context.tokens[position].low in SKIPPED:
        position += 1
    return position


def side_at(
    context: Context, position: int, dash: bool = True, kinds: tuple[str, ...] = ()
) -> Side | None:
    """Named columns from `position` on, joined by arithmetic ("gross - tax"); `dash`: a "-"
    between two names is a minus (after a comparison it is; before one, "big orders - qty 6+",
    it is a dash)."""
    summed = summed_side(context, position)
    if summed is not None:
        return summed
    number = position < len(context.tokens) and number_value(context.tokens[position].text)
    reach = position if number else position + 1
    mention = context.mention_at(position, reach, kinds)  # "the menu price", "ideal line"
    if mention is None:
        return None
    owned = context.mention_at(mention.last + 1, mention.last + 2, kinds)
    if owned is not None and context.tokens[mention.last].low.endswith(("'s", "’s")):
        mention = owned  # "the team's target AHT": the target, not Team
    twin = last_year_named(context.table, context.mentions, mention.column, mention.last)
    if twin is not None:  # "November last year": Nov LY, not Nov
        mention = next(m for m in context.mentions if m.column == twin and m.first > mention.last)
    headed = context.mention_at(mention.last + 1, mention.last + 1, kinds)
    verb = mention.last + 1
    if verb < len(context.tokens) and context.tokens[verb].low in ("is", "was", "are", "were"):
        verb += 1
    figure = context.mention_at(verb, verb, NUMERIC_TYPES)
    if figure is not None and context.kind(mention.column) not in NUMERIC_TYPES:
        mention = figure  # "the room holds", "the order was worth": Capacity, Value
    periodic = mention.first == mention.last and context.tokens[mention.first].low in PERIODIC
    limit = headed is not None and same_word(context.tokens[headed.first].low) in LIMIT_WORDS
    if headed is not None and (periodic or limit) and mention.column != headed.column:
        mention = headed  # "its weekly target", "their hours cap": the target, the cap
    kind_noun = [t.low for t in context.tokens[mention.last + 1 : mention.last + 2]]
    last = mention.last + (bool(kind_noun) and kind_noun[0] in KIND_NOUNS)  # "start time"
    first = Operand(number_ref(context, mention.column), (mention.column,), mention.first, last)
    said = arithmetic(context, first, dash)
    text = f"({said.text})" if said.last > first.last else said.text
    return Side(text, said.columns, said.first, said.last)


def summed_side(context: Context, position: int) -> Side | None:
    """ "the sum of the months": SUM over the block of columns named after it."""
    words = [t.low for t in context.tokens[position : position + 2]]
    if words not in (["sum", "of"], ["total", "of"]):
        return None
    mention = context.mention_at(position + 2, position + 3)
    if mention is None:
        return None
    block = context.block_of(mention, NUMERIC_TYPES)
    if len(block) < 2 or block != list(range(block[0], block[-1] + 1)):
        return None
    first, last = column_letter(block[0] + 1), column_letter(block[-1] + 1)
    return Side(f"SUM(${first}2:${last}2)", tuple(block), position, mention.last)


SPAN_JOINS = word_set("to until till and through thru")
SPAN_REACH = 3  # words between the number and the span ("5 weeks from brew day to packaging")


def kin_side(context: Context, other: Side, subject: Side) -> Side:
    """ "QA score under target": of the columns the words name equally (Tgt AHT, QA tgt), the
    one whose header shares a word with the tested column's."""
    if len(other.columns) != 1 or len(subject.columns) != 1:
        return other
    rivals = [
        m.column
        for m in context.mentions
        if (m.first, m.last) == (other.first, other.last) and m.column != subject.columns[0]
    ]
    tested = header_words(context, subject.columns[0])
    kin = [c for c in rivals if header_words(context, c) & tested]
    if not kin or other.columns[0] in kin:
        return other
    return Side(number_ref(context, kin[0]), (kin[0],), other.first, other.last)


def across_block(context: Context, condition: Condition, subject: Side, other: Side) -> Condition:
    """ "months where we spent more than the monthly budget": the tested side is a block said
    in the plural (Jul … Nov), so each of its cells is tested against the other column's cell
    of its row."""
    if len(subject.columns) != 1 or subject.first != subject.last:
        return condition
    mention = next((m for m in context.mentions if m.first == subject.first), None)
    word = context.tokens[subject.first].low
    before = context.tokens[subject.first - 1].low if subject.first else ""
    if mention is None or not (word.endswith("s") or before in EACH_WORDS):
        return condition
    block = context.block_of(mention, NUMERIC_TYPES)
    if len(block) < 2 or set(block) & set(other.columns) or block[0] != subject.columns[0]:
        return condition
    return onto_block(condition, block)


def onto_block(condition: Condition, block: list[int]) -> Condition:
    """A test written on the block's first column, made one for each of its cells: that
    column's reference no longer anchored."""
    letter = column_letter(block[0] + 1)
    text = re.sub(rf"\${letter}2(?!\d)", f"{letter}2", condition.text)
    return dataclasses.replace(condition, text=text, columns=tuple(block), bare=True)


EACH_WORDS = word_set("each every any all")


def date_kin(context: Context, cue: Cue) -> list[int]:
    """ "filled before 2012" beside Fill L and Fill date: a year is a date's, so where the
    column named just before the test holds no dates, the date column it shares a word with."""
    before = [
        m for m in context.mentions if m.last < cue.first and not context.crosses(m.last, cue)
    ]
    if not before or context.kind(before[-1].column) == "date" or before[-1].last < cue.first - 3:
        return []
    words = header_words(context, before[-1].column)
    return [c for c in context.columns_of("date") if header_words(context, c) & words][:1]


def header_words(context: Context, column: int) -> set[str]:
    words = re.findall(r"[a-z0-9]+", context.table.header[column].lower())
    return {same_word(w) for w in words if len(w) > 1} - STOP_WORDS


def span_side(context: Context, position: int) -> Side | None:
    """ "from brew day to packaging", "(pick-up to due back)", "start to end": the time from
    one named column to another, the second minus the first."""
    for start in range(position, min(position + SPAN_REACH, len(context.tokens))):
        if context.tokens[start].low == "from":
            start += 1
        first = context.mention_at(start, start)
        if first is None:
            continue
        join = first.last + 1
        if join < len(context.tokens) and context.tokens[join].low in KIND_NOUNS:
            join += 1
        if join + 1 >= len(context.tokens) or context.tokens[join].low not in SPAN_JOINS:
            return None
        second = context.mention_at(join + 1, join + 2)
        if second is None or second.column == first.column:
            return None
        if any(context.kind(m.column) not in ("date", "time") for m in (first, second)):
            return None  # "one month between Jun and Nov" is no length of time
        text = f"({ref(second.column)}-{ref(first.column)})"
        return Side(text, (second.column, first.column), first.first, second.last)
    return None


def side_near(context: Context, position: int, reach: int = 4) -> Side | None:
    """The side named within a few words of `position`, past words that only lead to it ("15
    marks behind the same kid's language paper"); a number or another test ends the search."""
    for start in range(skip(context, position), min(position + reach, len(context.tokens))):
        if context.number_at(start, start) is not None or any(
            c.first == start and c.kind in ("and", "or", "compare") for c in context.cues
        ):
            return None
        side = side_at(context, start)
        if side is not None:
            return side
    return None


def side_ending(
    context: Context, position: int, cue: Cue, kinds: tuple[str, ...] = (), only: bool = False
) -> Side | None:
    """The side said before a comparison: the named columns (maybe an arithmetic) nearest
    before it in its clause ("(end minus start) 60 or more"); `only` columns of `kinds`."""
    before = [
        m
        for m in context.mentions
        if m.last < position
        and not context.crosses(m.last, cue)
        and (not only or context.kind(m.column) in kinds)
    ]
    for back in range(position - 1, max(position - 4, -1), -1):  # "whose margin is below …"
        named = named_arithmetic(context, back)
        if named is not None and not any(m.last >= back for m in before):
            return Side(named.text, named.columns, named.first, named.last)
    for mention in before[::-1]:
        for start in sorted({m.first for m in before if m.first < mention.first}):
            side = side_at(context, start, dash=False, kinds=kinds)  # arithmetic that ends
            if side is not None and len(side.columns) > 1 and mention.last <= side.last:  # here
                return side  # ("(price - cost) / price under 20%")
        start = mention.first
        while True:  # back over "1st/2nd/3rd" to the first column of a list
            earlier = [m for m in before if m.last == start - 2]
            if not earlier or context.tokens[start - 1].low not in ARITHMETIC.keys() - {"-"}:
                break
            start = earlier[-1].first
        side = side_at(context, start, dash=False, kinds=kinds)
        if side is not None:
            return side
    return None


def subject_side(context: Context, cue: Cue, other: Side) -> Side | None:
    """The tested side: named inside a split comparative ("more children than adults"), else
    said before the comparison, else the nearest other named column; a date beside a date
    ("paid after the due date")."""
    inner = context.mention_at(cue.first + 1, cue.last - 1, NUMERIC_TYPES)
    alone = inner is not None and [  # "less in November than …": Visits (Nov), said alone
        m for m in context.mentions if (m.first, m.last) == (inner.first, inner.last)
    ] == [inner]
    alone = alone and inner is not None and context.tokens[inner.first].low[:3] in MONTH_NAMES
    if inner is not None and (inner.share == 1 or alone) and inner.column not in other.columns:
        return Side(ref(inner.column), (inner.column,), inner.first, inner.last)
    dated = ("date",) if any(context.kind(c) == "date" for c in other.columns) else ()
    numeric = all(context.kind(c) in NUMERIC_TYPES for c in other.columns)
    said = side_ending(context, cue.first, cue, dated)
    timed = {context.kind(c) for c in other.columns} == {"time"}
    like = NUMERIC_TYPES if numeric else ("time",) if timed else ()
    if numeric and said is not None and context.kind(said.columns[0]) in ("text", "date"):
        # "the ABV where the beer came out weaker than the target": ABV, not the Beer column;
        # "any bill more than 20% up on …": an amount, not the Bill Date
        said = side_ending(context, cue.first, cue, NUMERIC_TYPES, only=True)
    if timed and said is not None and context.kind(said.columns[0]) == "text":
        said = side_ending(context, cue.first, cue, like, only=True)  # "carers who turned up
        # before the planned time": a time, not the Carer
    if said is not None and not set(said.columns) & set(other.columns):
        return said
    twin = twins(context.table).get(other.columns[0], -1) if len(other.columns) == 1 else -1
    if twin >= 0:  # "any bill more than 20% up on the same month last year": this year's Amt $
        return Side(ref(twin), (twin,), cue.first, cue.first)
    marked = formatted_later(context, other, like) if like else None
    if marked is not None:  # "… did less than 80% of the planned km - mark the distance"
        return Side(ref(marked.column), (marked.column,), marked.first, marked.last)
    columns = [  # ("CD items below reorder level": no text column is below a number)
        c
        for c in context.subject(cue)
        if c not in other.columns and not (numeric and context.kind(c) == "text")
    ]
    later = [  # "worked more than their contracted hours in week 48": Wk 48
        m.column
        for m in context.mentions
        if m.first > other.last
        and context.kind(m.column) in NUMERIC_TYPES
        and context.tokens[m.first - 1].low in ("in", "for", "during")
        and cue.op != "="  # "B = supplier, G = order value": a legend
    ]
    columns = columns or later[:1] or limited(context, other)
    if not columns:
        return None
    return Side(number_ref(context, columns[0]), (columns[0],), cue.first, cue.first)


LIMIT_WORDS = word_set(
    "reorder min minimum max maximum target tgt goal capacity cap budget limit threshold par"
)


def limited(context: Context, other: Side) -> list[int]:
    """The figure a limit column is kept for, where the request names none ("CD items below
    reorder level": On hand, beside Reorder lvl): the number column just left of it, else just
    right of it."""
    if len(other.columns) != 1:
        return []
    column = other.columns[0]
    if not header_words(context, column) & LIMIT_WORDS:
        return []
    for beside in (column - 1, column + 1):  # Peak °C right of Target °C
        inside = 0 <= beside < context.table.width
        if inside and context.kind(beside) in NUMERIC_TYPES:
            return [] if header_words(context, beside) & LIMIT_WORDS else [beside]
    return []


def formatted_later(context: Context, other: Side, kinds: tuple[str, ...]) -> Mention | None:
    """A column of `kinds` (numbers, or times) the request formats after the comparison
    ("- mark the qty"): the side it tests where none is said before it."""
    return next(
        (
            m
            for m in context.mentions
            if m.first > other.last + 1
            and picked_at(context, m.first)
            and m.column not in other.columns
            and context.kind(m.column) in kinds
        ),
        None,
    )
