"""Where a rule applies: the column the request names or picks ("colour the conversions
cell", "highlight the name where …", "-> reserve cell orange"), whole rows where it says rows
or names a value rather than its column, a block for tests of several like columns, the user's
selection where it names nothing.
"""

from __future__ import annotations

import re

from cf_excel.excel.colours import word_set
from cf_excel.reading.conditions import Condition, Context
from cf_excel.reading.cues import Cue
from cf_excel.reading.naming import picked_at
from cf_excel.reading.spans import WEEKDAYS, Mention


def scopes(context: Context, conditions: list[Condition], rule: str) -> list[str]:
    """Where the rule applies, likeliest first: a block for tests without a column, whole rows
    when the request says rows (or names a value, not its column), else the column it names."""
    table = context.table
    one_selected = len(table.selection) == 1
    if not context.mentions and not context.values and one_selected:  # the selected column
        on_selection = SELECTED_COLUMN.sub(lambda m: "()" if m[0].endswith(")") else "(", rule)
        if "$" not in rule and "c[" not in on_selection and not re.search(r"[A-Z]+2", rule):
            return [on_selection]
    bare = [c for c in conditions if c.bare]
    if bare and not context.mentions and set(bare[0].columns) >= set(table.selection):
        return [rule]  # nothing named: the user's selection, as they selected it
    if bare:
        block = bare[0].columns or tuple(table.selection)
        span = f"c[{min(block)}]:c[{max(block)}]" if len(block) > 1 else f"c[{block[0]}]"
        whole = f"c[0]:c[{table.width - 1}]"
        if not bare[0].columns:  # alternate rows: the rows of the table
            return [f"Rows({rule})", f"Columns({span}, {rule})"]
        return [f"Columns({span}, {rule})", f"Columns({whole}, {rule})"]
    tested = list(dict.fromkeys(c for condition in conditions for c in condition.columns))
    said_rows = bool(rows_said(context))
    named = [m.column for m in context.mentions]
    target = [c for c in named if c not in tested]
    chosen = [  # a column a test reads may be picked after it: "… over $150 - just the amount"
        m.column
        for m in context.mentions
        if (m.column in target and chosen_cells(context, m))
        or (picked_at(context, m.first) and not within(m, conditions))
        or (  # "claimed minus reserve more than 1k -> reserve cell orange", "make the G cell
            len(tested) > 1  # turn orange whenever it is earlier than F"
            and word_at(context, m.last + 1, CELL_NOUN)
            and (picked_at(context, m.first) or not within(m, conditions))
        )
    ] or key_column_picked(context)
    insisted_on = [m.column for m in context.mentions if insisted(context, m, conditions)]
    chosen = sorted(chosen, key=lambda c: c not in insisted_on)
    cells = [f"Columns(c[{c}], {rule})" for c in list(dict.fromkeys(chosen + tested + target))[:3]]
    if chosen and things_named(context, chosen, tested):
        return [f"Rows({rule})", *cells]
    asked_rows = any(not word_at(context, c.last + 1, DESCRIBING) for c in rows_said(context))
    if chosen and not asked_rows:  # "colour the conversions cell", "highlight the name where",
        return [*cells, f"Rows({rule})"]  # "some rows have …: highlight those J cells"
    pair = sorted(tested)  # "highlight both scores": the two columns compared
    said_both = any(t.low == "both" for t in context.tokens) and "$" in rule and not said_rows
    said_both = said_both and not all(c.whole for c in conditions)  # "both Oct and Nov over 75"
    if said_both and len(pair) > 1 and pair == list(range(pair[0], pair[-1] + 1)):
        return [f"Columns(c[{pair[0]}]:c[{pair[-1]}], {rule})", *cells, f"Rows({rule})"]
    if len(tested) == 1 and ON_ONE_COLUMN.match(rule):
        cells[0] = rule  # a test on one column formats that column
    by_value = all(c.text.startswith(VALUE_TESTS) for c in conditions)
    by_value = by_value and not any(m.column in tested for m in context.mentions)
    several = len(conditions) > 1 and len(tested) > 1  # "past due and still open"
    unnamed = len(tested) > 1 and not set(tested) & set(named)  # "shifts over 8 hours"
    pointed = any(t.low in POINTING for t in context.tokens)  # "rounds from the last
    unnamed = unnamed or (pointed and bool(tested) and not set(tested) & set(named))  # …, them"
    of_rows = all(c.whole for c in conditions)  # "sessions longer than 2 hours start to finish"
    missing = [  # "closed tickets with the CSAT empty", "accepted but no room assigned": the
        c.columns[0]  # empty cell is what the request points at ("not returned loans": rows)
        for c in conditions
        if c.text.startswith("Blanks(") and not c.whole and context.tokens[c.first].low in EMPTY
    ]
    if several and len(missing) == 1 and rule.startswith("AND(") and not said_rows:
        return [f"Columns(c[{missing[0]}], {rule})", f"Rows({rule})", *cells]
    of_days = len(conditions) == 1 and not chosen and days_of_things(context, tested, rule)
    if said_rows or by_value or several or unnamed or of_rows or of_days:
        return [f"Rows({rule})", *cells]
    if len(conditions) == 1 and len(tested) == 1:  # "invoices that are past due": the dates
        return [*cells[:1], f"Rows({rule})", *cells[1:]]
    return [*cells, f"Rows({rule})"]


POINTING = word_set("them those these whose who")
VALUE_TESTS = (
    "TextEquals(",
    "NOT(TextEquals(",
    "TRIM(",
    "=TRIM(",
    "NOT(TRIM(",
)  # "withdrawn quotes"
CELL_NOUNS = word_set("cell cells column col field")
CELL_NOUN = word_set("cell cells")  # "the reserve cell", where "the paid column" may be a place
EMPTY = word_set("no empty blank missing left")  # words that say a cell is empty


def chosen_cells(context: Context, mention: Mention) -> bool:
    """The request says which cells to format: a formatting verb names the column ("colour
    the resolved date"), "just" or "only" does ("- just the amount"), or a noun for cells
    follows it ("the conversions cell")."""
    return word_at(context, mention.last + 1, CELL_NOUNS) or picked_at(context, mention.first)


def insisted(context: Context, mention: Mention, conditions: list[Condition]) -> bool:
    """ "- just the Delivered cell", "only the amount": a pick said outright, apart from the
    tests, which comes before one the verb's object implies ("flag jobs where …")."""
    before = context.tokens[max(mention.first - 2, 0) : mention.first]
    said = any(t.low in ("just", "only") for t in before) or (
        word_at(context, mention.last + 1, CELL_NOUN) and picked_at(context, mention.first)
    )
    return said and not within(mention, conditions)


def within(mention: Mention, conditions: list[Condition]) -> bool:
    """The mention is one of the tests' own words."""
    return any(c.first <= mention.first <= c.last for c in conditions)


def word_at(context: Context, position: int, words: frozenset[str]) -> bool:
    """Whether the request's word at `position` (if it has one) is one of `words`."""
    return position < len(context.tokens) and context.tokens[position].low in words


def key_column_picked(context: Context) -> list[int]:
    """ "highlight their name" where no header says name: the table's first text column,
    which names each row."""
    named = {p for m in context.mentions for p in range(m.first, m.last + 1)}
    said = any(
        t.low in ("name", "names")
        and i not in named
        and [w.low for w in context.tokens[max(i - 2, 0) : i]] != ["in", "the"]  # "iPhone
        and picked_at(context, i)  # or iPad in the name": where the text is looked for
        for i, t in enumerate(context.tokens)
    )
    key = context.key_column()
    if not said or not key or not holds_codes(context, key[0]):
        return key if said else []
    things = [  # "customers who've only been in once - their names": Customer, not Ticket
        m.column
        for m in context.mentions
        if m.share == 1
        and context.kind(m.column) == "text"
        and (context.tokens[m.last].low.endswith("s") or word_at(context, m.last + 1, NAME_NOUNS))
    ]
    return things[:1] or key


def holds_codes(context: Context, column: int) -> bool:
    """The column holds codes ("T-014", "JR-2291"), not names: most of its cells have a digit."""
    texts = [t for t in (row[column] for row in context.table.texts) if t.strip()]
    return bool(texts) and sum(any(ch.isdigit() for ch in t) for t in texts) > len(texts) / 2


ON_ONE_COLUMN = re.compile(r"(?:NOT\()?[A-Za-z]+\(c\[\d+\][,)]")
SELECTED_COLUMN = re.compile(r"\(c\[\d+\](?:, |\))")


def things_named(context: Context, chosen: list[int], tested: list[int]) -> bool:
    """ "flag the jobs we lost money on", "shade the sailings from the past 7 days": the rows'
    things, said in the plural by the column that names each row, which no test reads, are
    the rows (not "highlight the titles beginning with …", nor "the drivers' names")."""
    key = context.key_column()
    said_names = any(t.low in NAME_NOUNS for t in context.tokens)  # "highlight their names"
    return (
        chosen == key
        and not said_names
        and any(
            m.column in key
            and m.first == m.last
            and m.column not in tested
            and context.tokens[m.first].low.endswith("s")
            and not word_at(context, m.last + 1, CELL_NOUNS)
            and picked_at(context, m.first)
            for m in context.mentions
        )
    )


NAME_NOUNS = word_set("name names")


def rows_said(context: Context) -> list[Cue]:
    """Where the request says rows (not "row 5", which places the table)."""
    return [
        c
        for c in context.cues
        if c.kind == "rows" and c.first not in context.used and not said_by_number(context, c)
    ]


# "some rows have the due date before the start": rows as the subject of what is described,
# where a column picked later is what to format
DESCRIBING = word_set("have has had are were show contain")


def said_by_number(context: Context, cue: Cue) -> bool:
    """ "data from row 5", "starting row 16", "rows 2 to 29": a row said by its number places
    the table; it does not ask for whole rows."""
    following = cue.last + 1
    return following < len(context.tokens) and context.tokens[following].low.isdigit()


def days_of_things(context: Context, tested: list[int], rule: str) -> bool:
    """ "the saturday bookings", "weekend sailings", "every Saturday appointment": a weekday
    said of the rows' things, where the request never names the date column it tests, is said
    of whole rows ("the visit dates that fell on a Saturday" are those dates)."""
    if "WEEKDAY(" not in rule or len(tested) != 1:
        return False
    if any(m.column in tested for m in context.mentions):
        return False
    words = context.tokens
    return any(
        t.low in DAYS
        and i + 1 < len(words)
        and context.sentence_of(i + 1) == context.sentence_of(i)
        and words[i + 1].low.isalpha()
        and words[i + 1].low not in NOT_THINGS
        for i, t in enumerate(words)
    )


DAYS = frozenset(WEEKDAYS) | word_set("weekend weekday sat sun")
NOT_THINGS = word_set(
    "or and so is are was were be will would should can could has have had the a to in at on of "
    "for we it they i you night nights"
)
