"""Text the request quotes: "anything with 'Ltd' in the Booked by name", "strengths given in
micrograms ('mcg')". Users quote the piece of text they mean when it is part of a cell, not a
whole value; a quoted piece no other test reads is searched for in the text column that holds
it (the one the request names first).
"""

from __future__ import annotations

from cf_excel.reading.conditions import Condition, Context
from cf_excel.reading.spans import ValueMention, quoted_texts
from cf_excel.reading.words import Token
from cf_excel.rules.printer import quote


def quoted_searches(context: Context) -> list[Condition]:
    """A search for each quoted piece of text that no test, value or header name covers."""
    covered = {i for v in context.values for i in range(v.first, v.last + 1)}
    covered |= {i for m in context.mentions for i in range(m.first, m.last + 1)}
    covered |= {i for c in context.cues for i in range(c.first, c.last + 1)}  # "may contain"
    found = []
    for said, at in quoted_texts(context.text):
        start, end = at + 1, at + 1 + len(said)  # the text inside the quote marks
        inside = [i for i, t in enumerate(context.tokens) if start <= t.start < end]
        if not inside or set(inside) & (covered | context.used):
            continue
        piece = said.strip().lower()
        holding = [
            c
            for c in context.columns_of("text")
            if any(piece in row[c].lower() for row in context.table.texts)
        ]
        named = [m.column for m in context.mentions if m.column in holding]
        column = (named or holding)[:1]
        if column:
            text = f"TextContains(c[{column[0]}], {quote(piece)})"
            found.append(Condition(text, (column[0],), inside[0], inside[-1]))
    return found


def quoted_part(value: ValueMention, tokens: list[Token], text: str) -> bool:
    """A value the request names by a quoted piece of it ("customers with 'Farm' or 'Nursery'
    in the name" names no Ashcroft Farm): the piece is searched for, not the one cell."""
    for said, at in quoted_texts(text):
        inside = at < tokens[value.first].start and tokens[value.last].end <= at + 1 + len(said)
        if inside:
            return said.strip().casefold() != value.value.strip().casefold()
    return False
