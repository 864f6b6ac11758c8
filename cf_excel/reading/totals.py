"""A total as the tested side of a comparison with another column: "the total of B to F is over
that week's budget", "hours this week add up to more than that", "the seven days added together
come in under the target in J". The words say a sum just before the comparison; the columns
summed are the block the request names there, else the table's series (Mon … Sun, W44 … W48).
"""

from __future__ import annotations

from cf_excel.reading.blocks import TOTAL_WORDS, series_block
from cf_excel.reading.conditions import NUMERIC_TYPES, Context
from cf_excel.reading.cues import Cue
from cf_excel.reading.sides import Side
from cf_excel.sheets.addresses import column_letter

SINCE = ("since", "from")
REACH = 6  # words before the comparison where the sum is said ("… added together come in")


def totalled_side(context: Context, cue: Cue, other: Side) -> Side | None:
    """SUM over the block the request totals just before `cue`, or None where it totals none."""
    start = max(cue.first - REACH, 0)
    clause = [m for m in context.mentions if start <= m.first < cue.first]
    named = {p for m in clause for p in range(m.first, m.last + 1)}
    worded = any(
        context.tokens[p].low in TOTAL_WORDS | {"added"} and p not in named
        for p in range(start, cue.first)
    )
    cued = any(c.kind == "sum" and start <= c.last <= cue.last for c in context.cues)
    if not (worded or cued):
        return None
    blocks = [context.block_of(m, NUMERIC_TYPES) for m in clause[::-1]]
    block = next((b for b in blocks if len(b) > 1), None) or series_block(context)
    if len(block) < 2 or set(block) & set(other.columns):
        return None
    if block != list(range(block[0], block[-1] + 1)):
        return None
    first, last = column_letter(block[0] + 1), column_letter(block[-1] + 1)
    return Side(f"SUM(${first}2:${last}2)", tuple(block), start, cue.first - 1)


def since_named(context: Context, columns: list[int]) -> list[int]:
    """ "total since June above 125": a total from the period named to the last of its series
    (Jun … Nov), where the request names one column of a series after "since" or "from"."""
    if len(columns) != 1 or not any(t.low in TOTAL_WORDS for t in context.tokens):
        return columns
    mention = next((m for m in context.mentions if m.column == columns[0]), None)
    if mention is None or mention.first == 0 or context.tokens[mention.first - 1].low not in SINCE:
        return columns
    series = series_block(context)
    if columns[0] not in series[:-1]:
        return columns
    return series[series.index(columns[0]) :]
