"""A column the request says should equal arithmetic of others, asking where it does not: "the
nights column should be check-out minus check-in. highlight the ones that don't match", "bal $
should be price minus deposit. highlight where it doesnt add up", "paid + balance ought to come
to nights x the nightly rate … the rows where it doesnt".

Writers state the rule the sheet should keep and then ask for the rows that break it, often a
sentence later; the comparison word ("doesn't match") names no column itself, so neither
`comparisons.compared` nor `comparisons.unequal` can read it.
"""

from __future__ import annotations

import dataclasses

from cf_excel.excel.colours import word_set
from cf_excel.reading.comparisons import against
from cf_excel.reading.conditions import Condition, Context
from cf_excel.reading.cues import Cue
from cf_excel.reading.sides import side_at

SHOULD = word_set("should ought supposed")
LINKS = word_set("always be to come equal equals match add up")  # "ought to come to"
DENIALS = word_set(
    "doesn't doesnt don't dont isn't isnt aren't arent not wrong mismatch mismatches off"
)


def expected_unequal(context: Context) -> list[Condition]:
    """Each "X should be <arithmetic of columns>" followed by a denial ("… where it doesn't"):
    X <> the arithmetic, read up to the denial."""
    tokens = context.tokens
    found = []
    for should, token in enumerate(tokens):
        if token.low not in SHOULD or should in context.used:
            continue
        position = should + 1
        while position < len(tokens) and tokens[position].low in LINKS:
            position += 1
        other = side_at(context, position)
        if other is None or len(other.columns) < 2:
            continue  # "should be 0": a plain comparison reads it
        later = range(other.last + 1, len(tokens))
        denial = next((k for k in later if tokens[k].low in DENIALS), None)
        if denial is None:
            continue  # "total should be qty x price" alone states the rule, it asks nothing
        cue = Cue("compare", "<>", should, position - 1)
        found += [
            dataclasses.replace(condition, last=max(condition.last, denial))
            for condition in against(context, cue, other, None)
        ]
    return found + denied_equal(context)


AGREEING = word_set("equal equals match matches agree agrees with tally tallies add up to come")


def denied_equal(context: Context) -> list[Condition]:
    """ "run time doesn't agree with finish minus start", "Mins doesn't equal finish minus
    start": the column before the denial <> the arithmetic after it."""
    tokens = context.tokens
    found = []
    for denial, token in enumerate(tokens):
        if token.low not in DENIALS or denial in context.used:
            continue
        position = denial + 1
        while position < len(tokens) and tokens[position].low in AGREEING:
            position += 1
        other = side_at(context, position)
        if position == denial + 1 or other is None or len(other.columns) < 2:
            continue
        found += against(context, Cue("compare", "<>", denial, position - 1), other, None)
    return found
