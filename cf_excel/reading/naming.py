"""Which words of a request name columns and which name cell values, where both could: "the
delivered date" names a column, "delivered orders" a status; "the invoice amount" is Amt, not
Inv No; "grade A rows" is the value A of Grade; "- whole booking" is the row; "highlight
their name" picks the column to format."""

from __future__ import annotations

import re

from cf_excel.excel.colours import NAMED, word_set
from cf_excel.reading.conditions import NUMERIC_TYPES, Context, alike
from cf_excel.reading.cues import Cue, denied_rows
from cf_excel.reading.letters import CELL
from cf_excel.reading.spans import LINKS, Mention, ValueMention
from cf_excel.reading.words import FORMAT_VERBS, Token
from cf_excel.sheets.prompt import column_type, stem
from cf_excel.sheets.table import Table

WHOLE = word_set("whole entire full")
NOT_ROWS = word_set("table sheet thing column col lot list tab workbook")


def whole_things(tokens: list[Token], mentions: list[Mention], cues: list[Cue]) -> list[Cue]:
    """ "- whole booking", "the entire visit": the thing a row stands for, said whole, is the
    row (where no column is named by the word)."""
    named = {p for m in mentions for p in range(m.first, m.last + 1)}
    taken = {p for c in cues for p in range(c.first, c.last + 1)}
    lows = [t.low for t in tokens]
    return [
        Cue("rows", "", i, i + 1)
        for i, token in enumerate(tokens[:-1])
        if token.low in WHOLE
        and not denied_rows(Cue("rows", "", i, i + 1), lows)  # "not the whole row"
        and i not in taken
        and i + 1 not in named | taken
        and tokens[i + 1].low.isalpha()
        and tokens[i + 1].low not in NOT_ROWS
    ]


BEING = word_set("is are holds hold has have 's contains")


def describing_cells(tokens: list[Token], mentions: list[Mention], cues: list[Cue]) -> list[Cue]:
    """A rank word that describes a cell or a column rather than asking for a rank: "I keep our
    max load in O2", "Q2 holds the minimum average", "N is the minimum we want to keep" (a
    forum post's columns and cells). It is read as a place, a word with no test."""
    named = {p for m in mentions for p in range(m.first, m.last + 1)}
    lows = [t.low for t in tokens]

    def cell_at(i: int) -> bool:
        return 0 <= i < len(lows) and i not in named and bool(CELL.fullmatch(lows[i]))

    def letter_at(i: int) -> bool:
        return 0 <= i < len(lows) and len(lows[i]) == 1 and lows[i] not in ("a", "i")

    def describes(cue: Cue) -> bool:
        after = any(cell_at(j) and lows[j - 1] == "in" for j in range(cue.last + 2, cue.last + 9))
        being = [j for j in range(cue.first - 3, cue.first) if j >= 0 and lows[j] in BEING]
        before = bool(being) and (cell_at(being[0] - 1) or letter_at(being[0] - 1))
        return after or before

    return [
        Cue("place", "", c.first, c.last) if c.kind in ("top", "bottom") and describes(c) else c
        for c in cues
    ]


GENERIC_NOUNS = word_set(
    "date dates dt day days time times name names number numbers amount cost costs price prices "
    "value values figure figures qty quantity"
)


def headed(mentions: list[Mention], table: Table, tokens: list[Token]) -> list[Mention]:
    """Of two names in a row, the one the user means: "the invoice amount" (Inv No, Amt) is
    the last, said in full, where the first, said in part, only says whose (unless they are one
    series); "warranty end dates" is the first, whose own noun the second only repeats."""
    header = table.header
    generic = [  # "warranty end dates": the name's own noun, not a Date column ("the next
        m  # insp date": Next insp is a date, and "date" its noun, not the Date column)
        for m in mentions
        if all(t.low in GENERIC_NOUNS for t in tokens[m.first : m.last + 1])
        and any(
            o.last == m.first - 1
            and o.column != m.column
            and (m.share < 1 or (o.share == 1 < o.last - o.first + 1 and kin(table, o, m)))
            for o in mentions
        )
    ]
    return [
        m
        for m in mentions
        if m not in generic
        and not any(
            n.first == m.last + 1
            and m.share < 1 <= n.share
            and n.column != m.column
            and not alike([header[m.column], header[n.column]])
            and not any(o.column == n.column and o.first <= m.first for o in mentions)
            for n in mentions
        )
    ]


def kin(table: Table, named: Mention, noun: Mention) -> bool:
    """Both columns hold the same kind of thing (dates, times, amounts)."""
    return column_type(table, named.column) == column_type(table, noun.column)


def named_after(
    tokens: list[Token], table: Table, mentions: list[Mention], values: list[ValueMention]
) -> list[ValueMention]:
    """ "grade A rows", "line L3", "priority high": a word right after a column's name that is
    one of its cell values, however short or common."""
    taken = {i for v in values for i in range(v.first, v.last + 1)}
    found = []
    for mention in mentions:
        position = mention.last + 1
        if position >= len(tokens) or position in taken:
            continue
        said = tokens[position].low
        if column_type(table, mention.column) in NUMERIC_TYPES:
            continue  # "budget 100 or 200": numbers, not the texts Excel shows
        held = {t.strip().casefold(): t.strip() for t in (r[mention.column] for r in table.texts)}
        initial = table.header[mention.column].strip()[:1].casefold()  # "line 3" is L3
        value = held.get(said) or (held.get(initial + said) if said.isdigit() else None)
        if value:
            found.append(ValueMention(mention.column, value, position, position))
            taken.add(position)
    return found


COLUMN_NOUNS = word_set(
    "date dates column col field cell cells time times day days qty quantity quantities litres "
    "liters amount amounts figure figures total totals"
)  # "the counted qty": the Counted column, not a status


def owned_elsewhere(
    value: ValueMention, values: list[ValueMention], mentions: list[Mention], tokens: list[Token]
) -> bool:
    """ "eggs = N" where Queen seen holds N too: the value belongs to the column named just
    before it, not to every column that holds it."""
    rivals = {v.column for v in values if (v.first, v.last) == (value.first, value.last)}
    start = value.first - (1 if value.first and tokens[value.first - 1].low in LINKS else 0)
    said = {m.column for m in mentions if m.last == start - 1}
    return len(rivals) > 1 and bool(said & rivals) and value.column not in said


def compared_name(value: ValueMention, mentions: list[Mention], cues: list[Cue]) -> bool:
    """ "prices under $30": a column's full name just before a comparison is that column,
    though some cell elsewhere holds the word ("Price" in a notes column)."""
    named = any(
        (m.first, m.last) == (value.first, value.last) and m.share == 1 and m.column != value.column
        for m in mentions
    )
    return named and any(
        c.kind == "compare" and not c.after and c.first == value.last + 1 for c in cues
    )


def names_column(value: ValueMention, mention: Mention, tokens: list[Token]) -> bool:
    """Words that are a cell value but here name a column: the column's words go further
    than the value's, or a noun for a column follows them."""
    if mention.last < value.first or value.last < mention.first:
        return False
    longer = mention.last - mention.first > value.last - value.first
    after = tokens[value.last + 1].low if value.last + 1 < len(tokens) else ""
    said = " ".join(t.low for t in tokens[value.first : value.last + 1])
    inflected = mention.share == 1 and stem(said) != stem(value.value.lower())  # "opened": Opened
    return longer or inflected or after in COLUMN_NOUNS


NAME_NOUNS = word_set("names name ids id numbers")  # "names of agents with no coaching date"


def picked_at(context: Context, position: int) -> bool:
    """The words before `position` pick the cells to format: "highlight their", "just the",
    "names of"; or the words after it say it turns a colour."""
    start, position = position, position - 1
    only = False
    while position >= 0 and context.tokens[position].low in PICKING:
        only = only or context.tokens[position].low in ("only", "just")
        position -= 1
    before = context.tokens[position].low if position >= 0 else ""
    named_of = position > 0 and before == "of" and context.tokens[position - 1].low in NAME_NOUNS
    asked = before in MODALS and be_formatted(context, start)  # "could the names of … be
    on = position > 0 and before == "on"  # "red on the promised date"
    coloured = on and context.tokens[position - 1].low in NAMED
    coloured = coloured or (before in NAMED and led(context, position))  # "-> orange due date"
    picked = only or named_of or asked or coloured or before in FORMAT_VERBS
    return picked or formatted_after(context, start)


PICKING = word_set("the only just their its")
LEADS = word_set("-> = :")


def led(context: Context, position: int) -> bool:
    """The word at `position` begins what the request asks for: after "->", "=" or ":", or
    first in its sentence ("… still not shipped? red on ship by")."""
    if position == 0:
        return True
    same = context.sentence_of(position - 1) == context.sentence_of(position)
    return not same or context.tokens[position - 1].low in LEADS


MODALS = word_set("could can should would will")


def be_formatted(context: Context, position: int) -> bool:
    """ "… be highlighted" later in the sentence of `position`."""
    said = context.sentence_of(position)
    return any(
        t.low == "be"
        and k + 1 < len(context.tokens)
        and context.tokens[k + 1].low in FORMATTED
        and context.sentence_of(k) == said
        for k, t in enumerate(context.tokens[position + 1 :], position + 1)
    )


BECOMING = word_set("go goes turn turns")  # "the G cell turn orange"
FORMATTED = word_set("highlighted coloured colored shaded flagged bolded")
# Words between a name and its colour: "the adviser's name in column H (to) go amber"
LETTER = re.compile(r"[A-Z]{1,2}")  # "the G cell", "L to turn red"
NAME_PLACE = word_set("the cell cells in column col name names figure value to can could should be")
LIGHTING = {("light", "up"), ("lights", "up"), ("stand", "out"), ("stands", "out")}
COLOURED = NAMED.keys() | word_set("colour color bold")


def formatted_after(context: Context, position: int) -> bool:
    """A name said as what turns a colour: "can the adviser's name in column H go amber
    whenever …", "I'd like L to turn red when …", "I want the ETA cell highlighted if …"."""
    tokens = context.tokens
    if any(
        t.low in ("any", "every", "each", "all") for t in tokens[max(position - 2, 0) : position]
    ):
        return False  # "any repeat order coloured": the rows' things, not a column's cells
    things = position > 1 and tokens[position - 2].low.endswith("s")  # plural: the rows'
    if things and tokens[position - 1].low == "in":
        return False  # "the names of the 3 most active members in November be highlighted"
    named = next((m for m in context.mentions if m.first == position), None)
    plural = tokens[position].low.endswith("s") and named is not None and named.share < 1
    if plural and named is not None and named.first == named.last:
        return False  # "the next three days of bookings highlighted": the rows (Booked via)
    for k in range(position, min(position + FORMATTED_REACH, len(tokens))):
        if k > position and re.search(r"[.?!;:]", context.gap(k)):
            return False  # another sentence
        other = context.mention_at(k, k) if named is not None and k > named.last else None
        if named is not None and other is not None and other.column != named.column:
            return False  # another column's: "… each order. Can the H cell go orange"
        word = tokens[k].low
        if word in FORMATTED:
            return True
        following = tokens[k + 1].low if k + 1 < len(tokens) else ""
        if word in BECOMING:
            return following in NAMED
        if (word, following) in LIGHTING or (word == "in" and following in COLOURED):
            return True  # "the pet's name should light up", "put the owner's name in colour"
        own = named is not None and k <= named.last
        letter = LETTER.fullmatch(tokens[k].text) is not None  # as typed: "the G cell"
        if not (own or word in NAME_PLACE or CELL.fullmatch(word) or letter):
            return False
    return False


FORMATTED_REACH = 8  # "the adviser's name in column H go": the words of a name and its place


def legend(
    value: ValueMention, values: list[ValueMention], table: Table, tokens: list[Token], text: str
) -> bool:
    """ "L says whether the visit includes medication (Y/N)": a column's values typed with a
    slash between them, where they are every value it holds, list what it may hold and test
    nothing ("P1/P2 tickets" of P1 … P4 does)."""
    same = [v for v in values if v.column == value.column]
    held = {t.strip().casefold() for t in (row[value.column] for row in table.texts) if t.strip()}
    for other in same:
        a, b = sorted((value, other), key=lambda v: v.first)
        between = text[tokens[a.last].end : tokens[b.first].start]  # "Y/N", "Y / N"
        if 0 < b.first - a.last <= 2 and between.strip() == "/":
            return held <= {v.value.casefold() for v in same}
    return False
