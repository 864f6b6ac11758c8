"""Ages from a date of birth: "crew under 21", "anyone younger than 12", "the under 5s",
"veterans, 50 or older".

A sheet of people holds when they were born, not how old they are; "under 21" is a test of the
date of birth. Someone is under N in whole years exactly when they were born after the same day
N years ago, EDATE(TODAY(), -12·N): the whole years Excel's DATEDIF(…, "y") counts, in the
functions the rule language has.
"""

from __future__ import annotations

from cf_excel.excel.colours import word_set
from cf_excel.reading.blocks import BLOCK_NOUNS
from cf_excel.reading.conditions import Condition, Context, ref
from cf_excel.reading.cues import Cue
from cf_excel.reading.words import Number

BIRTH = ("birth", "dob", "born")
AGE_WORDS = word_set(
    "age ages aged old younger older kids kid children child minors adults adult teens "
    "juniors seniors veterans yo s"  # "the under 5s" ends in a lone "s"
)
AGE_TAIL = word_set("today now s years year yrs yr old yo")
# age op N, as a test of the date of birth against the day (N + extra) years ago: "over 8
# years old" is born before the day 8 years ago; "5 or under" counts whole years (5 and a half)
AS_BIRTH = {"<": (">", 0), "<=": (">", 1), ">": ("<", 0), ">=": ("<=", 0)}


def birth_column(context: Context) -> int | None:
    """The table's date-of-birth column: a date column whose header says birth."""
    return next(
        (
            c
            for c in context.columns_of("date")
            if any(word in context.table.header[c].lower().replace(".", "") for word in BIRTH)
        ),
        None,
    )


def aged(context: Context, cue: Cue, number: Number) -> list[Condition]:
    """ "under 21", "younger than 12", "50 or older" as a test of the date of birth, where the
    table has one and the request speaks of age or names that column."""
    column = birth_column(context)
    years = int(number.value)
    if column is None or cue.op not in AS_BIRTH or number.percent or years != number.value:
        return []
    if not 0 < years < 130 or not said_of_age(context, column):
        return []
    op, extra = AS_BIRTH[cue.op]
    cell = ref(column)
    text = f"AND(ISNUMBER({cell}),{cell}{op}EDATE(TODAY(),-{12 * (years + extra)}))"
    last = max(cue.last, number.last)
    while last + 1 < len(context.tokens) and context.tokens[last + 1].low in AGE_TAIL:
        last += 1  # "younger than 12 today", "under 5 years old", "the under 5s"
    return [Condition(text, (column,), min(cue.first, number.first), last)]


def said_of_age(context: Context, column: int) -> bool:
    """The request speaks of age ("younger", "kids", "aged"), names the birth column, or names
    no column a number could be of ("anyone 70 or over", "students still under 18")."""
    figures = [m for m in context.mentions if context.kind(m.column) != "text"]
    return (
        any(t.low in AGE_WORDS for t in context.tokens)
        or any(m.column == column for m in context.mentions)
        or not (figures or any(t.low in BLOCK_NOUNS for t in context.tokens))  # "scores of 95+"
    )
