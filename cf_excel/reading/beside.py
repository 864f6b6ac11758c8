"""Cells beside the table that a request points at: a limit typed in a cell ("hours above the OT
limit in B1", "net pay below the minimum in B2") and a list kept next to the table ("dishes on
tonight's 86 list (col G)", "products on the Discontinued list").

Such a reference names its sheet (`Timesheet!$B$1`): it is a place on the sheet, not a cell of
the table, so it stays where it is when the rule moves to the table's place (`rules.scope`),
and the table carries those cells to read (`Table.surroundings`).
"""

from __future__ import annotations

import re
from typing import TypeGuard

from cf_excel.excel.colours import word_set
from cf_excel.reading.conditions import Condition, Context, ref
from cf_excel.reading.cues import Cue
from cf_excel.reading.words import COLUMN_WORDS
from cf_excel.sheets.addresses import column_letter, column_number
from cf_excel.sheets.prompt import same_word
from cf_excel.sheets.table import CellValue, Table

ADDRESS = re.compile(r"([a-z]{1,2})(\d{1,5})")
ADDRESS_SPAN = re.compile(r"([a-z]{1,2})(\d+):([a-z]{1,2})(\d+)")
PLAIN_SHEET = re.compile(r"[A-Za-z_][\w.]*")


def on_sheet(table: Table, address: str) -> str:
    """`B1` as the rule language names it on the table's sheet: `Timesheet!$B$1`."""
    sheet = table.sheet
    if not PLAIN_SHEET.fullmatch(sheet) or ADDRESS.fullmatch(sheet.lower()):
        sheet = "'" + sheet.replace("'", "''") + "'"
    match = ADDRESS.fullmatch(address.lower())
    assert match is not None
    return f"{sheet}!${match[1].upper()}${match[2]}"


def cell_value(table: Table, reference: str) -> CellValue:
    """What the cell beside the table that `reference` (`Visits!$H$3`) names holds."""
    match = CELL_REFERENCE.search(reference)
    return table.around.get((int(match[2]), column_number(match[1]))) if match else None


CELL_REFERENCE = re.compile(r"\$([A-Z]{1,2})\$(\d+)$")


def cell_said(context: Context, first: int, last: int) -> tuple[str, int] | None:
    """A filled cell beside the table that the words `first`…`last` name ("in B1"): its
    reference and the position of its word."""
    table = context.table
    if not table.sheet:
        return None
    for position in range(first, min(last + 1, len(context.tokens))):
        match = ADDRESS.fullmatch(context.tokens[position].low)
        if match is None:
            continue
        row, column = int(match[2]), column_number(match[1])
        value = table.around.get((row, column))
        if table.covers(row, column) or value is None:
            continue
        if isinstance(value, str) and is_number(table.around.get((row, column + 1))):
            column += 1  # "the goal in S4/T4": the label's number, right of it
        return on_sheet(table, f"{column_letter(column)}{row}"), position
    return None


LABEL_REACH = 3  # columns left of a number where its label may be ("Pass mark:", "", 40)
PLAIN_WORDS = word_set("the a an in on of up at is box cell bit top right left corner side")
LABEL_UNITS = word_set("h hrs")  # "Min rest (h)": a unit says nothing of what the limit is


def is_number(value: object) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def label_spot(table: Table, row: int, column: int) -> tuple[int, int] | None:
    """Where the text a number beside the table is labelled with stands: the nearest text left
    of it in its row ("Min rest (h)" | 12), else the text right above it."""
    for left in range(column - 1, max(column - LABEL_REACH, 0) - 1, -1):
        value = table.around.get((row, left))
        if isinstance(value, str) and value.strip():
            return row, left
        if value is not None:
            break
    return (row - 1, column) if isinstance(table.around.get((row - 1, column)), str) else None


def labelled_by(table: Table, row: int, column: int) -> list[tuple[int, int]]:
    """The numbers beside the table that the text at (`row`, `column`) labels: the first
    filled cell right of it, or the cell under it, where that text is the number's label."""
    right = next(
        (
            c
            for c in range(column + 1, column + LABEL_REACH + 1)
            if table.around.get((row, c)) is not None
        ),
        None,
    )
    spots = ([(row, right)] if right is not None else []) + [(row + 1, column)]
    return [
        spot
        for spot in spots
        if is_number(table.around.get(spot))
        and not table.covers(*spot)
        and label_spot(table, *spot) == (row, column)
    ]


def labelled_cell(context: Context, first: int, last: int) -> tuple[str, int] | None:
    """A number beside the table whose label the words `first`…`last` say ("below the
    minimum rest in the limits box" is the 12 labelled "Min rest (h)"), by a word of the label
    that no header has (else the words name a column); its reference and its label's last
    word in the request. The search runs over the texts beside the table, which are few where
    a sheet holds thousands of numbers."""
    table = context.table
    if not table.sheet:
        return None
    said = {
        position: word_forms(context.tokens[position].low)
        for position in range(first, min(last + 1, len(context.tokens)))
        if context.tokens[position].low not in PLAIN_WORDS
    }
    headers = set().union(*(word_forms(h) for h in table.header))
    found = []  # (fewest words missed first, the number's place, its label's last word)
    for (row, column), text in table.around.items():
        if not isinstance(text, str):
            continue
        label = word_forms(text) - LABEL_UNITS
        hits = [p for p, forms in said.items() if forms & label]
        if hits and any(said[p] & label - headers for p in hits):
            found += [(-len(hits), spot, max(hits)) for spot in labelled_by(table, row, column)]
    if not found:
        return None
    _, (row, column), position = min(found)  # the most words said, then the top-left number
    return on_sheet(table, f"{column_letter(column)}{row}"), position


def declared_cell(context: Context, first: int, last: int) -> tuple[str, int] | None:
    """A cell beside the table that the request says what it holds ("S4 holds the maximum
    height allowed", "E2 holds the low-emission cut-off", "the grace is in K1"), named again
    by a word of that ("below the cut-off") or by "that" ("above that limit", the only one
    declared); its reference and the position of that word."""
    declared: dict[str, str] = {}  # a word said of the cell: its reference
    spans: set[int] = set()
    tokens = context.tokens
    for position in range(len(tokens)):
        cell = cell_said(context, position, position)
        if cell is None:
            continue
        clause = clause_of(context, position)
        following = position + 1 < len(tokens) and tokens[position + 1].low in HOLDING
        said = range(position + 2, clause.stop) if following else range(clause.start, position)
        if not following and not (position and tokens[position - 1].low == "in"):
            continue
        spans |= set(clause)
        for p in said:
            if WORDY.fullmatch(tokens[p].low) and tokens[p].low not in PLAIN_WORDS:
                declared.setdefault(tokens[p].word, cell[0])
    cells = set(declared.values())
    for position in range(first, min(last + 1, len(tokens))):
        if position in spans:
            continue
        if tokens[position].word in declared:
            return declared[tokens[position].word], position
        if tokens[position].low == "that" and len(cells) == 1:
            return next(iter(cells)), position
    return None


HOLDING = word_set("holds has contains shows is =")  # "S4 holds the maximum height"


def clause_of(context: Context, position: int) -> range:
    """The tokens of the clause around `position`, between punctuation marks."""
    start = position
    while start and not CLAUSE_END.search(context.gap(start)):
        start -= 1
    stop = position + 1
    while stop < len(context.tokens) and not CLAUSE_END.search(context.gap(stop)):
        stop += 1
    return range(start, stop)


CLAUSE_END = re.compile(r"[.;:!?,(]")
WORDY = re.compile(r"[a-z][a-z'-]*")  # "cut-off"


def word_forms(text: str) -> set[str]:
    """A text's words, folded, each also cut to its first three letters: "minimum" and
    "Min" meet there."""
    words = {same_word(w) for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 1}
    return words | {w[:3] for w in words if len(w) >= 3}


def listed(context: Context, cue: Cue) -> list[Condition]:
    """ "emails on the chargeback list in column O": the named column's cell is one of the
    list's (COUNTIF over the list's filled cells)."""
    table = context.table
    found = list_column(context, cue)
    if found is None:
        return []
    column, first, last = found
    rows = [r for (r, c), v in table.around.items() if c == column and v is not None]
    given = ADDRESS_SPAN.fullmatch(f"{context.tokens[first].low}:{context.tokens[last].low}")
    if given:  # the rows the request gives, not the list's title above them
        rows = [r for r in rows if int(given[2]) <= r <= int(given[4])]
    named = [
        m.column
        for m in context.mentions
        if m.last < cue.first and context.kind(m.column) != "date"
    ] or context.key_column()  # "some people … they're listed in I4:I7": the rows' names
    if not rows or not named:
        return []
    letter = column_letter(column)
    span = on_sheet(table, f"{letter}{min(rows)}") + ":$" + f"{letter}${max(rows)}"
    cell = ref(named[-1])
    text = f'AND({cell}<>"",COUNTIF({span},{cell})>0)'
    if first > cue.last + 3 or last < cue.first - 3:  # "a list in O5:O12 … any box on that
        context.used |= set(range(first, last + 1))  # list": the words between are not its
        first, last = cue.first, cue.last  # ("I want the whole row of any box")
    return [Condition(text, (named[-1],), min(first, cue.first), max(last, cue.last))]


def list_column(context: Context, cue: Cue) -> tuple[int, int, int] | None:
    """The sheet column that holds the list, and the words that said it: a column letter
    outside the table ("col G", "column O"), else a cell beside the table titled with the
    words before "list" ("the Discontinued list")."""
    table, tokens = context.table, context.tokens
    if not table.sheet:
        return None
    left, right = table.origin[1], table.origin[1] + table.width - 1
    for position, token in enumerate(tokens[:-1]):
        letters = tokens[position + 1].low
        if token.low in COLUMN_WORDS and re.fullmatch(r"[a-z]{1,2}", letters):
            column = column_number(letters)
            if not left <= column <= right:
                return column, position, position + 1
        span = ADDRESS_SPAN.fullmatch(f"{token.low}:{letters}")
        gap = context.text[token.end : tokens[position + 1].start].strip()
        if span and gap == ":" and span[1] == span[3]:  # "the list in O5:O12"
            column = column_number(span[1])
            if not left <= column <= right:
                return column, position, position + 1
    said = {
        same_word(t.low)
        for t in tokens[max(cue.first - 3, 0) : cue.first]
        if t.low not in ("the", "our", "a", "on", "in")
    }
    for (_, column), value in sorted(table.around.items()):
        if left <= column <= right:  # a title over the table is no list beside it
            continue
        words = {same_word(w) for w in re.findall(r"[a-z0-9]+", str(value).lower())}
        if isinstance(value, str) and words and said & words:
            return column, max(cue.first - 3, 0), cue.last
    return None
