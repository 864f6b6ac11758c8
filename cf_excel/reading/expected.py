"""A column the request says should equal arithmetic of others, asking where it does not: "the
nights column should be check-out minus check-in. highlight the ones that don't match", "bal $
should be price minus deposit. highlight where it doesnt add up", "paid + balance ought to come
to nights x the nightly rate … the rows where it doesnt"; and one said not to equal it outright
("GD isn't GF minus GA", "run time doesn't agree with finish minus start").

Writers state the rule the sheet should keep and then ask for the rows that break it, often a
sentence later; the comparison word ("doesn't match") names no column itself, so neither
`comparisons.compared` nor `unequal` (below) can read it.
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
    return found


SAME_AFTER = word_set(
    "the same as equal to equals match matches matching add up adds agree agrees with tally tallies"
)


def unequal(context: Context) -> list[Condition]:
    """ "GD isn't GF minus GA", "the amount isn't hrs x rate", "run time doesn't agree with
    finish minus start": not equal to a sum (or product) of columns, which the negation says
    without a comparison word."""
    found = []
    for cue in context.cues:
        if cue.kind != "not" or cue.first in context.used:
            continue
        position = cue.last + 1
        while position < len(context.tokens) and context.tokens[position].low in SAME_AFTER:
            position += 1
        other = side_at(context, position)
        if other is not None and len(other.columns) > 1:
            found += against(context, Cue("compare", "<>", cue.first, cue.last), other, None)
    return found
