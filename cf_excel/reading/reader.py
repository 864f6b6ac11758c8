"""Read a request into rules, the way a colleague who knows Excel would: find the tests it makes
(`comparisons`, `checks`), join them as it says ("and", "or"), and apply them where it says
(whole rows, the column it names, a block of like columns). Several readings come back when the
words allow several (rows or cells, which of two date columns), the likeliest first.

This is a symbolic semantic parser over the sheet (Zelle & Mooney 1996; Berant et al. 2013 read
questions into queries on a knowledge base the same way): no training, so it does not learn one
team's phrasing, and it only says what it can account for. Its score is the share of the
request's content words the reading used; the candidate path ranks its readings beside the
model's proposals and calibrates both (`cf_excel.candidates`).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from cf_excel.excel.colours import NAMED, SHADES, word_set
from cf_excel.reading.asks import background, purpose_clauses, purposes, tried_formula
from cf_excel.reading.blocks import for_row
from cf_excel.reading.changes import changed
from cf_excel.reading.checks import CHECKS, typing_remarks
from cf_excel.reading.codes import code_mentions
from cf_excel.reading.comparisons import compared
from cf_excel.reading.conditions import Condition, Context, ref
from cf_excel.reading.cues import Cue, cues_in
from cf_excel.reading.dates import in_period
from cf_excel.reading.expected import expected_unequal, unequal
from cf_excel.reading.joining import RULE_CALL, connective, every_one, joinings, negate, variants
from cf_excel.reading.letters import as_declared, lettered
from cf_excel.reading.margins import differ
from cf_excel.reading.meanings import meaning_mentions, money_lost
from cf_excel.reading.named import flagged, named_values, unnamed_values
from cf_excel.reading.naming import (
    BECOMING,
    FORMATTED,
    compared_name,
    describing_cells,
    headed,
    legend,
    named_after,
    names_column,
    owned_elsewhere,
    picked_at,
    whole_things,
)
from cf_excel.reading.neighbours import previous
from cf_excel.reading.quoted import quoted_part, quoted_searches
from cf_excel.reading.repeats import repeated_together
from cf_excel.reading.scopes import scopes
from cf_excel.reading.searches import text_test, words_inside
from cf_excel.reading.spans import Mention, column_mentions, value_mentions
from cf_excel.reading.windows import between
from cf_excel.reading.words import FORMAT_VERBS, Token, numbers_in, tokens_of
from cf_excel.reading.years import year_mentions
from cf_excel.sheets.table import Table

STRUCTURE = frozenset(
    {
        "rows",
        "not",
        "and",
        "or",
        "each",
        "anywhere",
        "previous",
        "per_row",
        "ignore",
        "sum",
        "place",
    }
)
# Words that carry no test: verbs of formatting, fillers, nouns for cells and rows (colour
# names, NAMED's keys, are left out of the count).
NEUTRAL = word_set(
    """highlight highlights highlighted flag mark colour color shade turn make show bold fill
    format paint please pls can could you i want would like to the a an in on of for that which
    where whose with is are be been being was were it its them they any all each every cell
    cells value values entry entries item items number numbers amount data column columns field
    fields me my this these those should get when if have has had so do does using by as than
    then there their who what up out light dark bright text font background just only also need
    way how into same sheet table list one ones thing things rows row line lines record records
    help thanks thank hi hey whole full entire anything everything everyone anyone someone stuff
    find see know tell let us our we i'm it's that's there's i'd still yet already now currently
    u plz thx quickly easily spot look check something w/"""
)


WINDOW_WORDS = word_set("next last past previous prior this coming")
UNNAMED = 0.8  # a reading's weight when the request names no column and no cell value


@dataclass(frozen=True)
class Reading:
    code: str  # a rule for the table at A1, as generators write them
    score: float  # share of the content words it accounts for, less a little per alternative


def read(utterance: str, table: Table) -> list[Reading]:
    """The readings of `utterance` on `table`, likeliest first (none: nothing it could read)."""
    tokens = tokens_of(utterance)
    found = cues_in(tokens)
    mentions = [  # "in the next 30 days" does not name Next svc due
        m
        for m in column_mentions(tokens, table)
        if not (
            {t.low for t in tokens[m.first : m.last + 1]} <= WINDOW_WORDS
            and any(c.first <= m.first and m.last <= c.last for c in found)
        )
    ]
    mentions = [m for m in headed(mentions, table, tokens) if not shade_of(m, tokens)]
    mentions = [m for m in mentions if not verb_said(m.first, m.last, tokens)]
    yearly = [  # "last year's nov" is LY Nov, not a date window ("up on last year" across a
        m  # series of years is the column before: the previous cue's)
        for m in year_mentions(tokens, table)
        if not any(c.kind == "previous" and c.first <= m.last and m.first <= c.last for c in found)
    ]
    spanned = {p for m in yearly for p in range(m.first, m.last + 1)}
    mentions = [m for m in mentions if spanned.isdisjoint(range(m.first, m.last + 1))] + yearly
    named = {p for m in mentions for p in range(m.first, m.last + 1)}
    by_letter = [  # "column J", "E to I", "B4:F21": a forum post's columns, said exactly
        m
        for m in lettered(tokens, table, utterance)
        if named.isdisjoint(range(m.first, m.last + 1))
    ]
    named |= {p for m in by_letter for p in range(m.first, m.last + 1)}
    meant = meaning_mentions(tokens, table.header, named)  # "spent more than we quoted"
    mentions = sorted([*mentions, *by_letter, *meant], key=lambda m: (m.first, m.column))
    mentions = as_declared(tokens, mentions)  # "Column I holds the date …": "the date" is I
    mentions = [  # "origins we've only roasted once": the verb is no Roasted column (but
        m  # "more children than adults" names Kids)
        for m in mentions
        if not any(c.first < m.first <= m.last < c.last and c.kind != "compare" for c in found)
    ]
    names = [range(m.first, m.last + 1) for m in mentions if m.share == 1 and m.last > m.first]
    cues = [  # "Late Fee", "Start Date", "previous price": a header's words are not a test
        cue  # ("SLA due today" is)
        for cue in found
        if (cue.kind in STRUCTURE and cue.kind != "previous")
        or (
            not any(header_words(cue, n, tokens) for n in names)
            and (cue.kind == "compare" or spanned.isdisjoint(range(cue.first, cue.last + 1)))
        )  # ("the same month last year" is no date window; "fewer this Nov than …" compares)
    ]
    quoted = tried_formula(tokens)  # "I tried =K5>J5 but ...": what did not work
    cues = [c for c in cues if not number_abbreviation(c, mentions, tokens)]
    cues = [c for c in cues if c.first not in quoted and not header_rank(c, mentions)]
    cues = describing_cells(tokens, mentions, cues) + whole_things(tokens, mentions, cues)
    values = [  # "the delivered date" names a column, "delivered orders" a status
        value
        for value in value_mentions(tokens, table)
        if not any(names_column(value, mention, tokens) for mention in mentions)
        and not any(
            m.by_letter and (m.first, m.last) == (value.first, value.last) for m in mentions
        )
        and not compared_name(value, mentions, found)
    ]
    said = {p for v in values for p in range(v.first, v.last + 1)}
    said |= {p for m in mentions for p in range(m.first, m.last + 1)}
    values += code_mentions(tokens, table, said)  # "first officers" is FO
    values = sorted([*values, *named_after(tokens, table, mentions, values)], key=lambda v: v.first)
    values = [v for v in values if not owned_elsewhere(v, values, mentions, tokens)]
    values = [v for v in values if not legend(v, values, table, tokens, utterance)]  # "Y/N"
    values = [v for v in values if v.first not in quoted]  # "I tried =AND(P5<>"Completed",…)"
    values = [v for v in values if not quoted_part(v, tokens, utterance)]  # 'Farm' in names
    values = [v for v in values if not verb_said(v.first, v.last, tokens)]  # "colour the row"
    cues = [  # "same day orders" is the value Same day, not a test for duplicates
        c
        for c in cues
        if c.kind in STRUCTURE
        or not any(v.last > v.first and v.first <= c.first and c.last <= v.last for v in values)
    ]
    context = Context(table, tokens, numbers_in(tokens), mentions, values, cues, utterance)
    groups = tests_of(context)
    if not groups:
        return []
    coverage = covered(context, [g[0] for g in groups])
    if not context.mentions and not context.values:
        coverage *= UNNAMED  # no column said: the reading guesses where
    readings: list[Reading] = []
    for variant, conditions in enumerate(variants(groups)):
        for joining, rule in enumerate(joinings(context, conditions)):
            for place, code in enumerate(scopes(context, conditions, rule)):
                score = coverage - 0.05 * (variant + joining) - 0.02 * place
                readings.append(Reading(code, round(score, 4)))
    unique = {r.code: r for r in reversed(readings)}
    return sorted(unique.values(), key=lambda r: -r.score)


def header_words(cue: Cue, name: range, tokens: list[Token]) -> bool:
    """Whether a cue is words of a header the request names, maybe after a "the": "Late Fee",
    "Start Date"; "earlier than the last test", "after the next service" (Last test, Next
    service), where "the last" is no window of days."""
    return cue.last in name and all(t.low == "the" for t in tokens[cue.first : name.start])


def verb_said(first: int, last: int, tokens: list[Token]) -> bool:
    """A formatting verb that names a column or a value too ("Colour" in a salon's Service
    column, a Colour? column) is the verb where its object follows: "colour the whole row",
    "before we colour their hair", "mark them red"; a colour that a column holds is the
    format after an arrow or "turn" ("-> orange on the sold cell")."""
    following = tokens[last + 1].low if last + 1 < len(tokens) else ""
    verb = first == last and tokens[first].low in FORMAT_VERBS
    if first == last and tokens[first].low in PARTICIPLES:  # "bookings highlighted" is no
        return True  # Highlights service
    before = tokens[first - 1].low if first else ""
    colour = tokens[first].low in NAMED and before in TURNING  # "-> orange on the sold cell"
    return colour or (verb and (following in VERB_OBJECTS or following in NAMED))


PARTICIPLES = FORMATTED - word_set("flagged") | word_set("highlighting")  # ("flagged" is data)
VERB_OBJECTS = word_set("the their them it its those these whole entire all every any rows row")
TURNING = BECOMING | frozenset(("->", "=>", "→", "in", "make", "colour", "color"))


def number_abbreviation(cue: Cue, mentions: list[Mention], tokens: list[Token]) -> bool:
    """ "reg no", "meter no.": "no" after a column's name is its number, not a negation (which
    comes before its noun: "no boat")."""
    if cue.kind != "not" or cue.first != cue.last or tokens[cue.first].low != "no":
        return False
    inside = any(m.first <= cue.first <= m.last for m in mentions)
    after = any(m.last == cue.first - 1 for m in mentions)
    before = any(m.first == cue.first + 1 for m in mentions)
    return inside or (after and not before)


def shade_of(mention: Mention, tokens: list[Token]) -> bool:
    """ "shaded light blue": "light" before a colour is its shade, not the Lights column."""
    after = mention.last + 1
    said = [t.low for t in tokens[mention.first : after]]
    return (
        after < len(tokens) and tokens[after].low in NAMED and all(word in SHADES for word in said)
    )


def header_rank(cue: Cue, mentions: list[Mention]) -> bool:
    """ "max minus min" on Max °C and Min °C: a rank word that is all of a header names it."""
    return cue.kind in ("top", "bottom") and any(
        m.first == cue.first == cue.last == m.last and m.share == 1 for m in mentions
    )


def tests_of(context: Context) -> list[list[Condition]]:
    """Each test the request makes, in the order it says them, as alternatives (first the
    likeliest); a test read inside another's words ("overdue" in "7 days overdue") is dropped."""
    found: list[list[Condition]] = [[c] for c in repeated_together(context) + changed(context)]
    for condition in found:
        context.used |= set(range(condition[0].first, condition[0].last + 1))
    for cue in context.cues:
        if cue.kind in STRUCTURE or cue.first in context.used:  # read with an earlier test
            continue
        if cue.kind == "duplicate" and found and found[0][0].text.startswith("COUNTIFS("):
            continue  # "did I enter any bill twice? same property, same month": read above
        if cue.kind == "compare":
            conditions = compared(context, cue)
        elif cue.kind == "between":
            conditions = between(context, cue)
        elif cue.kind == "differ":
            conditions = differ(context, cue)
        elif cue.kind == "text":
            conditions = text_test(context, cue)
        else:
            conditions = CHECKS[cue.kind](context, cue)
        if conditions:
            found.append(conditions)
            context.used |= set(range(conditions[0].first, conditions[0].last + 1))
    found += [[c] for c in previous(context)]
    found += [[c] for c in unequal(context)]
    found += [[c] for c in expected_unequal(context)]
    found += [[c] for c in in_period(context)]
    taken = {c for g in found for c in g[0].columns} | {v.column for v in context.values}
    found += [[c] for c in flagged(context, taken)]
    found += [[c] for c in unnamed_values(context)]
    found += [[c] for c in named_values(context)]
    found += [[c] for c in quoted_searches(context)]  # "anything with 'Ltd' in the name"
    lost = money_lost(context)  # "the jobs we lost money on", where no test reads those columns
    if not any(set(g[0].columns) & set(m.columns) for g in found for m in lost):
        found += [[c] for c in lost]
    if not found:
        found = [[c] for c in words_inside(context)]
    kept = [
        group
        for group in found
        if not any(
            inside(group[0], other[0])
            or implied(group[0], other[0])
            or guarded_already(group[0], other[0])
            or left_plain(context, group[0], other[0])
            or restated(context, group[0], other[0])
            for other in found
            if other is not group
        )
    ]
    aside = background(context, kept) + typing_remarks(context, kept)
    kept = [group for group in kept if group not in aside]
    clauses = purpose_clauses(context)
    aside = purposes(kept, clauses)
    kept = [group for group in kept if group not in aside]
    if aside:  # read as why the user asks
        context.used |= {p for clause in clauses for p in clause}
    unique: dict[str, list[Condition]] = {}  # "weekdays (mon-fri)": one test
    for group in kept:
        said = [negate(context, c) for c in group]
        if group[0].text in unique and said[0] is group[0]:
            continue  # "done on mondays … flag the ones that weren't a monday": the denial
        unique[group[0].text] = [
            as_formula(every_one(context, for_row(context, c, formats_other(context, c))))
            for c in said
        ]
    return sorted(unique.values(), key=lambda g: g[0].first)


def formats_other(context: Context, condition: Condition) -> bool:
    """The request formats a column the test does not read: "colour the hive ID if …"."""
    return any(
        m.column not in condition.columns and picked_at(context, m.first) for m in context.mentions
    )


def as_formula(condition: Condition) -> Condition:
    """A test written as an Excel formula that begins with a function (only Excel's upper-case
    functions and cells) is marked `=`: `=AND(…)` is one Excel formula, where `AND(…)` would be
    the rule language's AND of formulas."""
    text = condition.text
    if not re.match(r"[A-Z]{2,}\(", text) or RULE_CALL.search(text):
        return condition
    return dataclasses.replace(condition, text="=" + text)


def inside(condition: Condition, other: Condition) -> bool:
    """`condition`'s words lie within `other`'s, which says more."""
    span, wider = (condition.first, condition.last), (other.first, other.last)
    return wider[0] <= span[0] and span[1] <= wider[1] and span != wider


def implied(condition: Condition, other: Condition) -> bool:
    """ "passed a week or more ago": the day gap on the same date says it is past; "expire in
    the next 30 days": the window says when; "supposed to be unique … used twice": the repeats
    are what is asked for; "isn't Valid (including the empty ones)": not Valid covers blanks;
    "nothing has been filled in under delivered at" is a blank, not a filled cell; a rank
    leaves blanks out ("the 3 lowest marks - one mark is still blank"); a window of days
    takes today in ("the next 14 days (today up to 14 days from now)")."""
    if condition.text.startswith("Duplicates(") and RUNNING_COUNT.search(other.text):
        return True  # "every order after their first … any repeat order": the later copies
    if other.columns != condition.columns:
        return False
    past = condition.text.startswith(("BeforeToday(", "AfterToday(")) and "TODAY()" in other.text
    ahead = condition.text.startswith("BeforeToday(") and other.text.startswith("NextDays(")
    ahead = ahead and other.first == condition.last + 1  # "run out in the next 60 days"
    repeated = condition.text.startswith("Unique(") and other.text.startswith("Duplicates(")
    blank = condition.text.startswith("Blanks(")  # "isn't Valid (that includes ones where
    unlike = blank and other.text.startswith(("NOT(TextEquals(", "NOT(TRIM("))  # nothing's
    filled = condition.text.startswith("NoBlanks(") and other.text.startswith("Blanks(")  # in)"
    said_empty = filled and 0 <= condition.first - other.first <= 4  # "nothing … filled in"
    ranked = blank and other.text.startswith(("Bottom(", "Top("))  # "3 lowest marks (one mark
    window = condition.text.startswith("Today(") and other.text.startswith(WINDOWS)  # is blank)
    return past or ahead or repeated or unlike or said_empty or ranked or window


WINDOWS = ("NextDays(", "LastDays(")  # "in the next 14 days (today up to 14 days from now)"


RUNNING_COUNT = re.compile(r"COUNTIF\(\$[A-Z]+\$\d+:\$[A-Z]+\d+")  # a count down to this row


def restated(context: Context, condition: Condition, other: Condition) -> bool:
    """ "regs that appear more than once (same car booked twice)": a test for repeats said
    again in brackets explains the one outside them."""
    kind = condition.text.split("(")[0]
    if kind not in ("Duplicates", "Unique"):
        return False  # ("big dogs (size L or XL)": the brackets say the test itself)
    opened = context.text[: context.tokens[condition.first].start]
    inside = opened.count("(") > opened.count(")")
    said = context.text[: context.tokens[other.first].start]
    return inside and other.text.split("(")[0] == kind and said.count("(") == said.count(")")


def guarded_already(condition: Condition, other: Condition) -> bool:
    """ "… (only where both hrs and rate are filled in)": the other test guards those blanks."""
    filled = re.fullmatch(r"(?:AND\()?(?:NoBlanks\(c\[\d+\]\)(?:, )?)+\)?", condition.text)
    return bool(filled) and all(f'{ref(c)}<>""' in other.text for c in condition.columns)


def left_plain(context: Context, condition: Condition, other: Condition) -> bool:
    """ "J red when they paid less than the price … skip the empty ones", "if either month is
    empty, leave it alone": a blank test on a column that another test compares says which
    cells stay plain (the comparisons' guards see to it), not which to format, as in "scores of
    3 or less, but the empty cells got coloured too"; "blank or below 5" is a test."""
    blank = BLANK_TEST.fullmatch(condition.text)
    compares = other.text.startswith(COMPARING) or not RULE_CALL.search(other.text)  # formula
    if not blank or not compares or not set(condition.columns) & set(other.columns):
        return False
    if condition.first <= other.last and other.first <= condition.last:
        return False  # one reading's words, not a test and what it leaves out
    before, after = sorted((condition, other), key=lambda c: c.first)
    return connective(context, before, after) != "or"


BLANK_TEST = re.compile(r"Blanks\((?:c\[\d+\])?\)")
COMPARING = ("GreaterThan", "LessThan", "Between(", "Equals(", "NotEquals(")


WORD = re.compile(r"[^\W\d_]+")


def covered(context: Context, conditions: list[Condition]) -> float:
    """The share of the request's content words (not fillers, colours or verbs of formatting)
    that the tests, the columns and the structure words account for."""
    used = set(context.used)
    for condition in conditions:
        used |= set(range(condition.first, condition.last + 1))
    for mention in context.mentions:
        used |= set(range(mention.first, mention.last + 1))
    for cue in context.cues:
        if cue.kind in STRUCTURE:
            used |= set(range(cue.first, cue.last + 1))
    for value in context.values:  # "no-show bookings", "cancelled orders": the rows' noun
        after = value.last + 1
        if after < len(context.tokens) and context.tokens[after].low.endswith("s"):
            used.add(after)
    content = [
        i
        for i, token in enumerate(context.tokens)
        if WORD.fullmatch(token.low) and token.low not in NEUTRAL and token.low not in NAMED
    ]
    if not content:
        return 1.0
    return sum(i in used for i in content) / len(content)
