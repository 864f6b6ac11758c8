"""Columns named by their sheet letters, as forum posts name them: "column J", "when L is below
zero", "any of G, H or I", "the scores in E to I", "E:I", "the whole row (A:M)", "B4:F21",
"if E2 is later than D2". A letter names a column of the table only where the table has that
column; a bare letter that is also a cell value ("Y in the Lights column", grade "B") or the
words "a" and "I" name one only after "column" or inside a span of letters.
"""

from __future__ import annotations

import re
from collections import Counter

from cf_excel.excel.colours import word_set
from cf_excel.reading.spans import Mention
from cf_excel.reading.words import COLUMN_WORDS, Token
from cf_excel.sheets.addresses import column_number
from cf_excel.sheets.table import Table

SPAN_WORDS = word_set("to through thru till until")
LETTERS = re.compile(r"[A-Za-z]{1,2}")
CELL = re.compile(r"([A-Za-z]{1,2})([1-9]\d{0,5})")
SPAN_TOKEN = re.compile(r"([A-Za-z]{1,2})-([A-Za-z]{1,2})")  # "B-M" is one token


def lettered(tokens: list[Token], table: Table, text: str) -> list[Mention]:
    """Each column the request names by letter, one mention per column (a span of letters
    gives each of its columns the span's words, as a block of like headers does)."""
    values = {t.strip().lower() for row in table.texts for t in row}
    values -= declared_letters(tokens, table, text)  # "F is the date of …": no value F
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        span = letter_span(tokens, i, text, table, values)
        if span is not None:
            first_column, last_column, last = span
            if not of_rows(tokens, i, first_column, last_column, table):
                found += mentions(table, first_column, last_column, i, last)
            i = last + 1
            continue
        column = letter_of(tokens, i, table, values)
        if column is not None and not initial(tokens, i, text):
            found += mentions(table, column, column, i, i)
        i += 1
    return found


def declared_letters(tokens: list[Token], table: Table, text: str) -> set[str]:
    """Letters the request declares columns ("column F", "F is the date of the last donation",
    "G = supplier", "Species (C)", "picker names are in C"): said bare later ("whenever G is
    earlier than F") they are still columns, where a letter that is also a cell value (a Sex
    column's "F") otherwise is not."""
    declared = set()
    for i, token in enumerate(tokens):
        text = token.text
        if not (LETTERS.fullmatch(text) and text.isupper()) or text in ("A", "I"):
            continue
        after = tokens[i + 1].low if i + 1 < len(tokens) else ""
        following = tokens[i + 2].low if i + 2 < len(tokens) else ""
        said = (i > 0 and tokens[i - 1].low in COLUMN_WORDS) or after == "="
        said = said or (after in ("is", "has", "holds") and following in DESCRIBING)
        bracketed = (
            text[token.start - 1 : token.start] == "(" and text[token.end : token.end + 1] == ")"
        )
        placed = i > 1 and tokens[i - 1].low == "in" and tokens[i - 2].low in ("is", "are")
        said = said or bracketed or placed  # "Species (C)", "names are in C"
        if said and sheet_column(text, table) is not None:
            declared.add(text.lower())
    return declared


DESCRIBING = word_set("the what when where how whether our their a an")


def of_rows(tokens: list[Token], i: int, first: int, last: int, table: Table) -> bool:
    """ "the whole row, C to P", "rows A:L": a span that says how wide the rows are formatted
    (after a word for rows, or the table's whole width) names no column to test."""
    before = i - 1
    while before >= 0 and tokens[before].low in LEADING_TO_SPAN:
        before -= 1
    said_rows = before >= 0 and tokens[before].low in ROW_WORDS  # not "rows where B:D add up"
    return said_rows or last - first + 1 >= max(table.width - 1, 3)


LEADING_TO_SPAN = frozenset((",", "(", "from", "across", "in", "over", "columns", "cols"))


ROW_WORDS = word_set("row rows line lines record records")


def initial(tokens: list[Token], i: int, text: str) -> bool:
    """ "the foreman is M. Doyle": a capital before a full stop and a name is an initial."""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        after is not None
        and text[tokens[i].end : after.start].strip() == "."
        and after.text[:1].isupper()
        and after.text[1:2].islower()
    )


def letter_span(
    tokens: list[Token], i: int, text: str, table: Table, values: set[str]
) -> tuple[int, int, int] | None:
    """ "E to I", "E:I", "B4:F21", "B-M" starting at token i: its first and last sheet column
    and its last token."""
    token = tokens[i]
    joined = SPAN_TOKEN.fullmatch(token.text)
    if joined and token.text.lower() not in values:
        return column_number(joined[1]), column_number(joined[2]), i
    start = sheet_column(token.text, table)
    if start is None or i + 1 >= len(tokens):
        return None
    after = tokens[i + 1]
    gap = text[token.end : after.start]
    if gap.strip() == ":" and (end := sheet_column(after.text, table)) is not None:
        return start, end, i + 1
    if after.low in SPAN_WORDS and i + 2 < len(tokens) and is_letter(token.text):
        end = sheet_column(tokens[i + 2].text, table) if is_letter(tokens[i + 2].text) else None
        if end is not None and end > start:
            return start, end, i + 2
    return None


def letter_of(tokens: list[Token], i: int, table: Table, values: set[str]) -> int | None:
    """The sheet column a single letter or cell address at token i names, or None."""
    text = tokens[i].text
    touching = (
        i > 0 and tokens[i - 1].end == tokens[i].start and tokens[i - 1].text.isalnum()
    ) or (
        i + 1 < len(tokens)
        and tokens[i + 1].start == tokens[i].end
        and tokens[i + 1].text.isalnum()
    )
    if touching:
        return None  # "11B", "B&B": part of a code, not a column
    after_column_word = i > 0 and tokens[i - 1].low in COLUMN_WORDS
    if CELL.fullmatch(text):
        return sheet_column(text, table)
    if not LETTERS.fullmatch(text):
        return None
    if after_column_word or (in_letter_list(tokens, i) and text.lower() not in values):
        return sheet_column(text, table)  # ("zone … other than B or C": Zone's values)
    plain = text.isupper() and text.lower() not in values and text not in ("A", "I")
    return sheet_column(text, table) if plain else None


def in_letter_list(tokens: list[Token], i: int) -> bool:
    """ "G, H or I": a letter listed beside other capital letters."""
    listed = [
        tokens[i + 2 * step].text
        for step in (-1, 1)
        if 0 <= i + 2 * step < len(tokens) and tokens[i + step].low in LIST_WORDS
    ]
    return tokens[i].text.isupper() and any(is_letter(t) and t.isupper() for t in listed)


LIST_WORDS = frozenset((",", "or", "and", "&", "/", "nor"))


def is_letter(text: str) -> bool:
    return bool(LETTERS.fullmatch(text))


def sheet_column(text: str, table: Table) -> int | None:
    """The sheet column (1-based) of a letter or a cell address inside the table's rows, if
    it is one of the table's columns."""
    cell = CELL.fullmatch(text)
    if cell:
        header_row = table.origin[0]
        if not header_row <= int(cell[2]) <= header_row + len(table.rows):
            return None  # "the limit in O2" is a cell beside the table, not a column
        text = cell[1]
    if not LETTERS.fullmatch(text):
        return None
    number = column_number(text)
    first = table.origin[1]
    return number if first <= number < first + table.width else None


def mentions(table: Table, first: int, last: int, start: int, end: int) -> list[Mention]:
    """Mentions of the table's columns between two sheet columns, over tokens start … end."""
    origin = table.origin[1]
    return [
        Mention(number - origin, start, end, share=1.0, exact=True, by_letter=True)
        for number in range(first, last + 1)
        if 0 <= number - origin < table.width
    ]


def as_declared(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """ "Column I holds the date each cask was last sampled. Can the date go orange …": the
    words that describe a lettered column are no other column's names, and said again later
    alone ("the date", beside Fill date) they mean the lettered column."""
    described: dict[str, int] = {}
    inside: set[int] = set()
    spans = Counter((m.first, m.last) for m in mentions if m.by_letter)
    for letter in (m for m in mentions if m.by_letter and spans[(m.first, m.last)] == 1):
        verb = letter.last + 1
        if verb + 1 >= len(tokens) or tokens[verb].low not in DECLARING:
            continue
        for k in range(verb + 1, min(verb + 1 + DESCRIPTION, len(tokens))):
            described.setdefault(tokens[k].low, letter.column)
            inside.add(k)
    kept = []
    for m in mentions:
        if m.by_letter or m.first not in inside:  # (the description's own words: dropped)
            word = tokens[m.first].low
            again = m.first == m.last and m.share < 1 and word in described and not m.by_letter
            kept.append(Mention(described[word], m.first, m.last, 1.0) if again else m)
    return list({(m.column, m.first, m.last): m for m in kept}.values())


DECLARING = word_set("holds has contains shows is lists")
DESCRIPTION = 4  # words after the verb that describe the column ("the date each cask …")
