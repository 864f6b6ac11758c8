"""Where a test is said to range: over the columns named after it ("in the amt or paid amt
columns", "in either odo column", "from Fill date through RLA"), or over a range typed as
letters or cells ("any cell in D5:E44", "F to K").
"""

from __future__ import annotations

from typing import Protocol

from cf_excel.excel.colours import word_set
from cf_excel.reading.cues import Cue
from cf_excel.reading.letters import SPAN_WORDS
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

    def block_of(self, mention: Mention, kinds: tuple[str, ...] = ()) -> list[int]:
        """The columns that share this mention's words, or that it spans with another."""


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
    following = tokens[found.last + 1].low if found.last + 1 < len(tokens) else ""
    block = context.block_of(found) if found.by_letter or following in RANGE_WORDS else []
    spanned = block if len(block) > 1 else []  # "D5:E44", "Fill date through RLA"
    if spanned or said_from:  # "from" places a test only over a range
        return spanned
    listed = context.listed_with(found)
    if listed:
        return listed
    same = sorted(
        {m.column for m in context.mentions if (m.first, m.last) == (found.first, found.last)}
    )
    return same if either else []


PLACING = word_set("in across from")
RANGE_WORDS = SPAN_WORDS | word_set("-")  # "Fill date through RLA", "Jan-Jun"
PLACE_WORDS = word_set("the a an its their either both all any of")  # "in either odo column"


def range_said(context: Context, besides: int) -> list[int]:
    """The one block the request types as letters or cells ("B3:E14 is hours on site",
    "(tanks sheet B:F)") that leaves `besides` out: what a test that names no column of its
    own ranges over ("any week under 20 hours", "every reading under the level in col G")."""
    spans = sorted({(m.first, m.last) for m in context.mentions if m.by_letter})
    blocks = [[m.column for m in context.mentions if (m.first, m.last) == s] for s in spans]
    blocks = [b for b in blocks if len(b) > 1 and besides not in b]
    return sorted(blocks[0]) if len(blocks) == 1 else []
