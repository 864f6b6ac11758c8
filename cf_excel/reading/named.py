"""Tests of a column's values that the request names rather than asks for: cell values said
outright ("cancelled orders"), blanks said as "no driver" or "unresolved", yes/no marks named
as an adjective ("the veggie ones", "no eggs"), and numbers said after a column's name
("severity 4 or 5")."""

from __future__ import annotations

import re

from cf_excel.excel.colours import word_set
from cf_excel.reading.conditions import Condition, Context, ref
from cf_excel.reading.cues import Cue
from cf_excel.reading.spans import Mention, ValueMention, column_mentions
from cf_excel.reading.words import Number, Token, ranged_to
from cf_excel.reading.writing import number_text
from cf_excel.rules.printer import quote
from cf_excel.sheets.prompt import same_word


def named_values(context: Context) -> list[Condition]:
    """Cell values the request names that no other test read: "cancelled orders" is
    `TextEquals(Status, 'Cancelled')`."""
    found = []
    for value in context.values:
        if context.used & set(range(value.first, value.last + 1)):
            continue
        outside = any(c.op == "outside" and c.last == value.first - 1 for c in context.cues)
        denial = context.denial_before(value.first)
        negated = denial is not None or outside  # "outside Kestrel"
        first = value.first
        if denial is not None and bracketed_meaning(context, value):
            negated, first = False, denial.first  # "non-billable (N)": the denial is N's own
        condition = f"TextEquals(c[{value.column}], {quote(value.value)})"
        if value.begins:
            condition = f"TextStartsWith(c[{value.column}], {quote(value.value)})"
        elif listy(context, value.column):  # "nut allergens": Allergens holds "milk, peanuts"
            condition = f"TextContains(c[{value.column}], {quote(value.value)})"
        elif padded(context, value):  # "Wheat " typed with a space: Excel's TRIM sees past it
            cell = ref(value.column)
            condition = f"TRIM({cell})={quote(value.value, chr(34))}"
        if negated:
            condition = f"NOT({condition})"
        found.append(Condition(condition, (value.column,), first, value.last))
    return found


def bracketed_meaning(context: Context, value: ValueMention) -> bool:
    """ "non-billable (N)": the value in brackets after its column's name is what the words
    before it mean, their denial included."""
    start = context.tokens[value.first].start
    named = any(m.column == value.column and m.last == value.first - 1 for m in context.mentions)
    return named and context.text[:start].rstrip().endswith("(")


def listy(context: Context, column: int) -> bool:
    """A column of lists ("milk, peanuts"): a fifth or more of its cells hold several items."""
    texts = [t for t in (row[column] for row in context.table.texts) if t.strip()]
    several = sum(bool(re.search(r"[,;/]\s*\S", t)) for t in texts)
    return bool(texts) and several * 5 >= len(texts)


def padded(context: Context, value: ValueMention) -> bool:
    """Some of the column's cells hold the value with spaces around it."""
    wanted = value.value.casefold()
    return any(
        text != text.strip() and text.strip().casefold() == wanted
        for text in (row[value.column] for row in context.table.texts)
    )


NO_WORDS = word_set("no without lacking nobody noone nothing")
# "berths with no boat", "apps that have no owner": what the row lacks, so the row is formatted
OWNING = word_set("with have has had having")
SKIP_ARTICLES = word_set("a an the any its their is was has got been one yet already in be")
# "haven't put a discount on", "forgot to take the deposit": what was not done to the column
FILLING = word_set("put entered added given logged recorded typed set take taken took")


def unnamed_values(context: Context) -> list[Condition]:
    """ "vehicles with no driver", "shipments without a delivered date", "unresolved" (of a
    Resolved date), "unassigned": the column is blank."""
    found = undone(context)
    for cue in context.cues:
        if cue.kind != "not" or context.in_norm(cue.first):
            continue
        position = past_articles(context, cue.last + 1)
        filling = position < len(context.tokens) and context.tokens[position].low in FILLING
        if filling:
            position = past_articles(context, position + 1)
        mention = context.mention_at(position, position)
        if any(
            c.kind in ("days", "date")
            and 0 < c.first - position <= 3
            and not parted(context, position, c)
            for c in context.cues
        ):
            continue  # "haven't been inspected in the last 60 days": the "not" is that test's
        said_no = context.tokens[cue.first].low in NO_WORDS
        valued = any(v.first <= position <= v.last for v in context.values)  # "not resolved"
        paying = mention is not None and paid_nothing(context, position, mention.column)
        if mention is None or not (
            said_no or filling or paying or (context.kind(mention.column) == "date" and not valued)
        ):
            continue  # "haven't been fixed yet": of a date column only (its date is blank)
        if position not in context.used:
            text = yes_no_denied(context, mention.column) or f"Blanks(c[{mention.column}])"
            if paying:
                text = f"OR({text}, Equals(c[{mention.column}], 0))"
            before = context.tokens[cue.first - 1].low if cue.first else ""
            owned = said_no and (before in OWNING or context.tokens[cue.first].low == "without")
            found.append(Condition(text, (mention.column,), cue.first, mention.last, whole=owned))
    return found


def parted(context: Context, position: int, cue: Cue) -> bool:
    """A date test said after an "and" or a pause is a test of its own ("not dispatched &
    needed within 3 wks", "hasn't shipped? Today counts": another sentence)."""
    between = {t.low for t in context.tokens[position + 1 : cue.first]}
    own_sentence = context.sentence_of(position) == context.sentence_of(cue.first)
    return bool(between & PARTING) or not own_sentence


# Words and the signs the tokeniser keeps that part two tests ("." and "?" end a sentence).
PARTING = frozenset(("and", "&", "or", "but", ",", "!", "-"))


def paid_nothing(context: Context, position: int, column: int) -> bool:
    """ "who haven't paid yet", "not paid a penny" of Paid ($): nothing in it, or 0 (but "not
    paid the full fee" is a comparison)."""
    money = context.kind(column) in ("currency", "number")
    after = context.tokens[position + 1].low if position + 1 < len(context.tokens) else ""
    return money and context.tokens[position].low in PAYING and after in NOTHING_PAID


NOTHING_PAID = word_set("yet a anything any at up , . ? ! - ; :") | {""}  # "at all"


def past_articles(context: Context, position: int) -> int:
    """The first position from `position` on that is no article or auxiliary."""
    while position < len(context.tokens) and context.tokens[position].low in SKIP_ARTICLES:
        position += 1
    return position


UNDONE_KINDS = ("date", "text", "number", "currency")


def undone(context: Context) -> list[Condition]:
    """ "unresolved tickets", "unassigned", "unpaid bills": "un" before a column's word; "open
    jobs" on a sheet with a Completed date and no "Open" value."""
    found = []
    valued = {i for v in context.values for i in range(v.first, v.last + 1)}
    for i, token in enumerate(context.tokens):
        if i in context.used | valued:
            continue
        if token.low in OPEN_WORDS:
            closing = closing_dates(context)
            if len(closing) == 1:
                found.append(Condition(f"Blanks(c[{closing[0]}])", (closing[0],), i, i))
            continue
        if not token.low.startswith("un") or len(token.low) < 6:
            continue
        rest = column_mentions([Token(token.text[2:], token.start + 2, token.end)], context.table)
        columns = [m.column for m in rest if context.kind(m.column) in UNDONE_KINDS]
        if len(columns) == 1:
            found.append(Condition(f"Blanks(c[{columns[0]}])", (columns[0],), i, i))
    return found


OPEN_WORDS = word_set("open outstanding pending unfinished ongoing")
CLOSING = ("completed", "complete", "done", "closed", "resolved", "finished", "fixed")


def closing_dates(context: Context) -> list[int]:
    """ "open jobs" where no column holds "Open": the date a job is closed on is blank."""
    return [
        c
        for c in context.columns_of("date")
        if context.table.header[c].strip().lower().split(" ")[0] in CLOSING
    ]


YES = ("y", "yes", "true", "x", "✓", "✔")
NO = ("n", "no", "false", "")


def yes_no_denied(context: Context, column: int) -> str | None:
    """ "no eggs" where Eggs holds Y/N marks: its no (not yes where it has no "N"); None for
    any other column."""
    held = sorted({t.strip() for t in (row[column] for row in context.table.texts)})
    if not held or not all(h.casefold() in YES + NO for h in held):
        return None
    no = [h for h in held if h.casefold() in NO and h]
    yes = [h for h in held if h.casefold() in YES]
    if no:
        return f"TextEquals(c[{column}], {quote(no[0])})"
    return f"NOT(TextEquals(c[{column}], {quote(yes[0])}))" if yes else None


def flagged(context: Context, taken: set[int]) -> list[Condition]:
    """ "the veggie ones", "reimbursable items": a column of yes/no marks (Veg?, Reimb?) named
    as an adjective is its yes; "with a locker", "done but …": a column said as had is filled
    in; "severity 4 or 5": a number column equals the numbers said after it; "owe fines",
    "any arrears": said with no number, it is more than 0. Columns another test reads are left
    to it."""
    found = []
    for mention in context.mentions:
        column = mention.column
        if column in taken or mention.first in context.used or declared(context, mention):
            continue
        held = sorted({t.strip() for t in (row[column] for row in context.table.texts)})
        yes = [h for h in held if h.casefold() in YES]
        text, first, last = None, mention.first - 1, mention.last  # the leading word too
        if yes and all(h.casefold() in YES + NO for h in held):
            text, first = f"TextEquals(c[{column}], {quote(yes[0])})", mention.first
        elif context.kind(column) in ("text", "date", "time") and (
            lead_word(context, mention) in HAVING or done_word(context, mention)
        ):  # "cash payers who have a locker", "jobs with a completion date", "done but …"
            text = f"NoBlanks(c[{column}])"
        elif context.kind(column) == "text" and (coded := numbered_values(context, mention)):
            tests = [f"TextEquals(c[{column}], {quote(v)})" for v in coded]  # "category 1 or
            text = tests[0] if len(tests) == 1 else f"OR({', '.join(tests)})"  # 2": Cat 1, Cat 2
            first, last = mention.first, numbers_after(context, mention)[-1].last
        elif context.kind(column) in ("number", "currency") and (
            said := numbers_after(context, mention)
        ):
            tests = [f"Equals(c[{column}], {number_text(n.value)})" for n in said]
            text = tests[0] if len(tests) == 1 else f"OR({', '.join(tests)})"
            first, last = mention.first, said[-1].last  # "severity 4 or 5"
        elif context.kind(column) in ("number", "currency") and mention.first:
            number = context.number_ending(mention.first - 1)
            lead = lead_word(context, mention)
            owing = lead in OWING | HAVING  # "owe fines", "get extra time"
            span = (mention.first, mention.last)
            spanned = {m.column for m in context.mentions if (m.first, m.last) == span}
            if lead == "any" and len(spanned) > 1:
                owing = False  # "any week where …": a quantifier over the block, not "> 0"
            paid = lead in PAYING and context.tokens[mention.first - 1].low in ("a", "an")
            owing = owing or paid  # "never paid a deposit" (but "paid orders" is a status)
            if owing or context.tokens[mention.first].low in OWING:  # ("owe fines" on Fines owed)
                text = f"GreaterThan(c[{column}], 0)"
            elif (
                number is not None
                and len(spanned) == 1  # "over the eight weeks": a count of the block's columns
                and number.first not in context.used
                and context.tokens[number.first].low not in ("a", "an")  # "a month when …"
            ):  # "2 bed units"
                text = f"Equals(c[{column}], {number_text(number.value)})"
            else:
                continue
        if text is not None:
            found.append(Condition(text, (column,), first, last))
        taken.add(column)
    return found


def declared(context: Context, mention: Mention) -> bool:
    """ "L says whether the visit includes medication (Y/N). For meds visits …": a name said
    again in a later sentence, which is where the request uses it."""
    said = context.sentence_of(mention.first)
    return any(
        m.column == mention.column and context.sentence_of(m.first) > said for m in context.mentions
    )


EQUATING = word_set("of is = at was were are equals")  # "severity of 4", "budget was 3,200"


def numbers_after(context: Context, mention: Mention) -> list[Number]:
    """ "severity 4 or 5", "pg 1, 2 or 3", "temper of 4": numbers said right after a number
    column's name, which it equals (none where a comparison reads them)."""
    found: list[Number] = []
    position = mention.last + 1
    if position < len(context.tokens) and context.tokens[position].low in EQUATING:
        position += 1
    if ranged_to(context.tokens, mention.last) is not None:
        return []  # "Wk 44-48": the block's last column, not a value
    while (number := context.number_at(position, position)) is not None:
        if position in context.used or any(
            c.first == number.last + 1 and c.after for c in context.cues
        ):
            return []  # "rating 4 or more": a comparison's
        found.append(number)
        position = number.last + 1
        following = context.tokens[position] if position < len(context.tokens) else None
        if following is not None and (
            following.low in ("to", "-", "thru")
            or (following.start == context.tokens[number.last].end and following.low not in ",;.:)")
        ):
            return []  # "budget 50 to 100", "50-100": a range
        if position < len(context.tokens) and context.tokens[position].low in (",", "or", "and"):
            position += 1
    return found


def numbered_values(context: Context, mention: Mention) -> list[str]:
    """ "calls of category 1 or 2" where Cat holds "Cat 1", "Cat 2", "Cat 3": the column's
    values that end in the numbers said after its name (none unless each number is one)."""
    ending: dict[float, str] = {}
    for text in sorted({t.strip() for t in (row[mention.column] for row in context.table.texts)}):
        last = re.search(r"(\d+(?:\.\d+)?)$", text)
        if last and text[: last.start()].strip():
            ending.setdefault(float(last[1]), text)
    said = numbers_after(context, mention)
    return [ending[n.value] for n in said] if all(n.value in ending for n in said) else []


def done_word(context: Context, mention: Mention) -> bool:
    """ "done but not invoiced", "completed jobs": a date column whose header says something
    happened, named alone as an adjective (its date is filled in)."""
    header = context.table.header[mention.column].strip().lower()
    said = context.tokens[mention.first].low
    after = context.tokens[mention.last + 1].low if mention.last + 1 < len(context.tokens) else ""
    denied = context.denial_before(mention.first) is not None
    valued = any(v.first <= mention.first <= v.last for v in context.values)  # a Status value
    return (
        context.kind(mention.column) == "date"
        and not denied
        and not valued
        and mention.first == mention.last
        and re.fullmatch(r"[a-z]+ed|done", header) is not None
        and same_word(said) == same_word(header)  # "finished" on Done
        and after not in DATE_NOUNS
    )


DATE_NOUNS = word_set("date dates day on at by before after in")


OWING = word_set("owe owes owing any some had got")
HAVING = word_set("have has having get gets getting with own owns")
PAYING = word_set("paid pay pays")  # "who have a locker"


def lead_word(context: Context, mention: Mention) -> str:
    """The word before a column's name, past an article ("have a locker") and the people said
    to be in it ("have people on the waitlist", "with anyone in the queue")."""
    words = [t.low for t in context.tokens[: mention.first]]
    people_in = len(words) >= 3 and words[-3] in PEOPLE and words[-2] in ("on", "in")
    if words[-1:] and words[-1] in ("a", "an"):
        words.pop()
    elif people_in and words[-1] == "the":
        del words[-3:]
    return words[-1] if words else ""


PEOPLE = word_set("people anyone anybody someone somebody names kids members guests customers")
