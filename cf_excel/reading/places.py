"""Where a test is said to range: over the columns named after it ("in the amt or paid amt
columns", "in either odo column", "from Fill date through RLA"), or over a range typed as
letters or cells ("any cell in D5:E44", "F to K").
"""

from __future__ import annotations

from typing import Protocol

from cf_excel.excel.colours import word_set
from cf_excel.reading.cues import Cue
from cf_excel.reading.spans import Mention
from cf_excel.reading.words import Token


class Context(Protocol):
    """What these functions read of `conditions.Context`, which calls them (a protocol, so
    that this module does not import the one that imports it)."""

    tokens: list[Token]
    mentions: list[Mention]

    def mention_at(self, first: int, last: int, kinds: tuple[str, ...] = ()) -> Mention | None:
        """The column named at those tokens."""

    def listed_with(self, mention: Mention) -> list[int]:
        """The columns of a list the mention is in."""

    def gap(self, position: int) -> str:
        """The text typed just before a token."""


def placed_in(context: Context, cue: Cue) -> list[int]:
    """The columns a test is said to range over after it: "in the amt or paid amt columns",
    "in either odo column" (a name both Odo Out and Odo In share), "any text cell from Fill
    date through RLA"; empty where none."""
    tokens = context.tokens
    position = cue.last + 1
    while position < len(tokens) and tokens[position].low not in PLACING:
        if any(m.first == position for m in context.mentions):
            return []  # a column before "in" is what is tested ("… in the Jun column")
        position += 1
    said_from = position < len(tokens) and tokens[position].low == "from"
    position += 1
    either = False
    while position < len(tokens) and tokens[position].low in PLACE_WORDS:
        either = either or tokens[position].low in ("either", "both", "all")
        position += 1
    found = context.mention_at(position, position)
    if found is None:
        return []
    spanned = ranged(context, found) or typed_range(context, found)
    if spanned or said_from:  # "from" places a test only over a range
        return spanned
    listed = context.listed_with(found)
    if listed:
        return listed
    same = sorted(
        {m.column for m in context.mentions if (m.first, m.last) == (found.first, found.last)}
    )
    return same if either else []


def ranged(context: Context, start: Mention) -> list[int]:
    """ "Fill date through RLA", "Jan to Jun": the columns from one named column to another."""
    after = start.last + 1
    if after + 1 >= len(context.tokens) or context.tokens[after].low not in RANGE_WORDS:
        return []
    end = context.mention_at(after + 1, after + 1)
    if end is None or end.column <= start.column:
        return []
    return list(range(start.column, end.column + 1))


def typed_range(context: Context, mention: Mention) -> list[int]:
    """ "D5:E44", "F to K": the columns of a range typed as cells or letters, which every
    column in it shares as one mention (an ambiguous word such as "date" is not typed so)."""
    inside = context.tokens[mention.first + 1 : mention.last + 1]
    typed = ":" in context.gap(mention.last) or any(t.low in RANGE_WORDS for t in inside)
    if mention.last == mention.first or not typed:
        return []
    return sorted(
        {m.column for m in context.mentions if (m.first, m.last) == (mention.first, mention.last)}
    )


PLACING = word_set("in across from")
RANGE_WORDS = word_set("to through thru till until -")
PLACE_WORDS = word_set("the a an its their either both all any of")  # "in either odo column"
