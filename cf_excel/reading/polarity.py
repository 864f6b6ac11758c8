"""Which way "worst" and "better" point: a judgement, not a size. The worst month for faults
is the one with the most faults, the worst station for PM10 the one that measured the most,
"worse than last year" on complaints is more of them; on sales or scores the worst is the
least. A request judges a measure that is bad when high where it, or a column it names,
speaks of faults, complaints, delays, pollution, costs and the like; there the lexicon's
"worst" (the bottom) and "better" (higher) turn round.
"""

from __future__ import annotations

import dataclasses
import re

from cf_excel.reading.clock import timed_speed
from cf_excel.reading.conditions import Context
from cf_excel.reading.cues import Cue
from cf_excel.reading.writing import FLIPPED_OPS

JUDGING = frozenset(("worst", "worse", "best", "better"))
# Stems of measures people want low: counts of things that went wrong, pollutants, waiting
# and lateness, what is paid out.
BAD_WHEN_HIGH = re.compile(
    r"\b(?:fault|complain|defect|reject|error|mistake|incident|accident|injur|breakdown|"
    r"failure|outage|downtime|delay|late\b|lateness|overdue|wait|absen|sick|cancell?ation|"
    r"pm\s?(?:2\.?5|10)|no2|so2|co2|ozone|pollut|emission|noise|db|"
    r"cost|expense|debt|arrears|waste|scrap|refund|churn|bug|crash|leak|penalt)",
    re.IGNORECASE,
)
FLIPPED_RANKS = {"top": "bottom", "bottom": "top"}


def directed(context: Context, cue: Cue) -> Cue:
    """The cue as it points on this sheet: turned on lengths of time ("slower" is more time)
    and on measures that are bad when high ("worst" is the most faults)."""
    return judged(context, timed_speed(context, cue))


def judged(context: Context, cue: Cue) -> Cue:
    """The cue with its direction turned where it judges ("worst", "better") a measure that is
    bad when high; unchanged otherwise."""
    said = {t.low for t in context.tokens[cue.first : cue.last + 1]}
    if not said & JUDGING or not bad_when_high(context):
        return cue
    if cue.kind in FLIPPED_RANKS:
        return dataclasses.replace(cue, kind=FLIPPED_RANKS[cue.kind])
    if cue.kind == "compare":
        return dataclasses.replace(cue, op=FLIPPED_OPS.get(cue.op, cue.op))
    return cue


def bad_when_high(context: Context) -> bool:
    """Whether the request, or a header of a column it names, speaks of a measure people want
    low (faults, PM10, delays, costs)."""
    headers = {context.table.header[m.column] for m in context.mentions}
    words = " ".join([*(t.low for t in context.tokens), *headers])
    return BAD_WHEN_HIGH.search(words) is not None
