"""Columns named by the year they hold: "last year('s)" is the column of the year before
(LY Amt $, Last yr $, YTD LY, or Water '25 beside Water '26), "this year" the latest of a pair.

Business sheets compare this year with last year more than anything, and their users name the
older column by when it was, not by its header: "more than 10% up on last year's nov" means
LY Nov, "water this year up by more than 50% on last year" means Water '26 against Water '25.
Read as words, "last year" is a date window (the last twelve months); where the table has such
a column, it is that column.
"""

from __future__ import annotations

import re

from cf_excel.reading.spans import Mention, column_mentions
from cf_excel.reading.words import Token
from cf_excel.sheets.prompt import same_word
from cf_excel.sheets.table import Table

HEADER_WORD = re.compile(r"[a-z0-9]+")
YEAR = re.compile(r"(?:19|20)(\d\d)\b|'(\d\d)\b|\b(\d\d)$")  # 2025, '25, Total 25
LAST_YEAR_MARKS = ({"ly"}, {"py"}, {"last", "yr"}, {"last", "year"}, {"prev", "yr"},
                   {"prior", "yr"}, {"prior", "year"}, {"previous", "year"})  # fmt: skip
YEAR_WORDS = frozenset({"year", "year's", "years", "yr", "yrs"})
LAST_WORDS = frozenset({"last", "previous", "prior"})
# "the same month last year": the month is the row's, and the words name last year's column
SAME_PERIOD = frozenset({"month", "period", "week", "quarter", "time", "day", "season"})


def year_mentions(tokens: list[Token], table: Table) -> list[Mention]:
    """ "last year('s) [words of its header]" and "this year('s)" as mentions of the columns of
    those years, where the table has them; several when the request does not say which."""
    older, newer = year_columns(table)
    found: list[Mention] = []
    for first in range(len(tokens) - 1):
        said, year = tokens[first].low, tokens[first + 1].low
        if said in (*LAST_WORDS, "this") and year not in YEAR_WORDS:
            found += twin_said(tokens, first, table)  # "this November than last November"
            continue
        if year not in YEAR_WORDS or said not in (*LAST_WORDS, "this"):
            continue
        if first and tokens[first - 1].low in ("the", "in", "within"):
            continue  # "over the last year", "in last year": twelve months back from today
        columns = older if said in LAST_WORDS else newer
        last = first + 1
        while last + 1 < len(tokens) and any(  # "last year's nov", "last years actual"
            header_has(table, column, tokens[last + 1]) for column in columns
        ):
            last += 1
        named = [
            c for c in columns if all(header_has(table, c, t) for t in tokens[first + 2 : last + 1])
        ]
        if first >= 2 and tokens[first - 2].low == "same" and tokens[first - 1].low in SAME_PERIOD:
            first -= 2
        others = tokens[:first] + tokens[last + 1 :]
        found += [Mention(c, first, last, 1.0) for c in likeliest(named, others, table)]
    return found


def twin_said(tokens: list[Token], first: int, table: Table) -> list[Mention]:
    """ "last November" (LY Nov), "this November" (Nov): a this-year column named after "last"
    or "this", where the table has its last-year twin."""
    pairs = {new: old for old, new in twins(table).items() if new >= 0}
    named = [m.column for m in column_mentions(tokens[first + 1 : first + 2], table)]
    named = [c for c in dict.fromkeys(named) if c in pairs]
    if len(named) != 1:
        return []
    column = pairs[named[0]] if tokens[first].low in LAST_WORDS else named[0]
    return [Mention(column, first, first + 1, 1.0)]


def year_columns(table: Table) -> tuple[list[int], list[int]]:
    """The columns of last year (marked LY and the like, or the earlier of two headers alike
    but for the year) and of this year (their twins: the later of such a pair, or the LY
    column's header without its mark)."""
    pairs = twins(table)
    return sorted(pairs), sorted(set(pairs.values()) - {-1})


def twins(table: Table) -> dict[int, int]:
    """Each last-year column and this year's column of the same thing (-1: none in the table,
    as for Last yr $ or Chg vs LY)."""
    words = [set(HEADER_WORD.findall(h.lower())) for h in table.header]
    found: dict[int, int] = {}
    for column, said in enumerate(words):
        if any(mark <= said for mark in LAST_YEAR_MARKS):
            rest = {w for w in said if not any(w in mark for mark in LAST_YEAR_MARKS)}
            alike = [c for c, w in enumerate(words) if c != column and rest and rest <= w]
            same = [c for c in alike if words[c] == rest]  # Nov for Nov LY (not Budget Nov)
            found[column] = alike[0] if len(alike) == 1 else same[0] if len(same) == 1 else -1
    by_form: dict[tuple[str, bool], dict[int, int]] = {}
    for column, header in enumerate(table.header):
        year = YEAR.search(header)
        if year:
            form = (YEAR.sub("#", header.lower()).strip(), year.group(3) is not None)
            by_form.setdefault(form, {})[int(year.group(1) or year.group(2) or year.group(3))] = (
                column
            )
    for (_, bare), columns in by_form.items():
        if not bare or len(columns) == 2:  # Total 25 and Total 26 (Wk 44 … Wk 48 are weeks)
            found.update({c: columns[y + 1] for y, c in columns.items() if y + 1 in columns})
    return found


def header_has(table: Table, column: int, token: Token) -> bool:
    """Whether the word is one of the header's (as the reader folds them)."""
    header = {same_word(w) for w in HEADER_WORD.findall(table.header[column].lower())}
    return token.word not in YEAR_WORDS and same_word(token.word) in header


def likeliest(columns: list[int], tokens: list[Token], table: Table) -> list[int]:
    """Of several year columns, those whose header shares most words with the rest of the
    request ("adult fares … last year": Adult 2025, not Car 2025); all of them on a tie."""
    if len(columns) <= 1:
        return columns
    shared = {c: sum(header_has(table, c, t) for t in tokens) for c in columns}
    best = max(shared.values())
    return [c for c in columns if shared[c] == best]


def last_year_named(table: Table, mentions: list[Mention], column: int, after: int) -> int | None:
    """ "less this November than November last year": where the same column is named twice,
    the last-year twin of it named right after the second (Nov LY for "last year")."""
    lasts = [last for last, this in twins(table).items() if this == column]
    said = [m.column for m in mentions if m.column in lasts and after < m.first <= after + 2]
    return said[0] if said else None
