"""A test over a block of like columns read as a test of the row the block is on: "sites that
had a month with zero", "days where at least one reading went above 150", "singers at 75% or
better in all three months". The per-cell test (`Equals(0)` over Jun … Nov) formats cells; the
request asks which rows, so the rule counts the row's cells that pass (COUNTIF, COUNTBLANK):
any of them, or every one.

A quantifier on the block's cells that comes before the thing the request is about ("any
reading over 10", "did any reviewer give a 1") picks cells, and stays a per-cell test.
"""

from __future__ import annotations

import dataclasses
import re

from cf_excel.excel.colours import word_set
from cf_excel.reading.conditions import (
    NUMERIC_TYPES,
    Condition,
    Context,
    alike,
    series_in,
)
from cf_excel.reading.cues import Cue
from cf_excel.reading.figures import tells_only_totals
from cf_excel.reading.spans import BRACKETS, SERIES, SERIES_WORDS
from cf_excel.reading.words import COLUMN_WORDS, FORMAT_VERBS, Number
from cf_excel.reading.writing import OPS, number_text
from cf_excel.sheets.addresses import column_letter

ALL_WORDS = word_set("all every each both")
ANY_WORDS = word_set("any a an one some either")
# Nouns for a block's cells that no header need hold: "at least one reading", "any value".
BLOCK_NOUNS = word_set(
    "reading readings value values cell cells entry entries score scores figure figures "
    "month months week weeks day days quarter quarters"
)
SKIPPED = FORMAT_VERBS | word_set(  # words before the request's first noun
    "show please pls can could you i want would like to the a an any all every each which who "
    "what did does do are is were was me our my find spot"
)
CRITERIA = {name: op for op, name in OPS.items()}
BARE_CALL = re.compile(r"(?P<name>[A-Za-z]+)\((?P<value>[-\d.e]*)\)")
# The per-cell test of a block holding numbers typed as text: `AND(C2<>"",--C2>150)`.
TEXT_NUMBERS = re.compile(
    r'AND\((?P<cell>[A-Z]+2)<>"",--(?P=cell)(?P<op>[<>=]+)(?P<value>[-\d.e]+)\)'
)


def for_row(context: Context, condition: Condition, picked: bool) -> Condition:
    """`condition` as a test of its row when it is a per-cell test over a block and the request
    asks about rows: it says rows, or formats another column (`picked`: "colour the hive ID"),
    or quantifies the block after naming the rows' thing ("hives with a month under 3")."""
    columns = condition.columns
    adjacent = columns == tuple(range(columns[0], columns[-1] + 1)) if columns else False
    if not condition.bare or len(columns) < 2 or not adjacent:
        return condition
    if not alike([BRACKETS.sub("", context.table.header[c]) for c in columns]):  # J1 (Ana) …
        return each_listed_date(context, condition, picked)
    block = f"${column_letter(columns[0] + 1)}2:${column_letter(columns[-1] + 1)}2"
    averaged = averaged_at(context, condition)
    compared = per_cell_test(condition.text)
    if averaged is not None and compared is not None:  # "rows averaging over 80% for jun-nov"
        text = f"AVERAGE({block}){compared[0]}{compared[1]}"
        first = min(condition.first, averaged)
        return dataclasses.replace(condition, text=text, bare=False, whole=True, first=first)
    quantifier = quantifier_at(context, condition)
    said_rows = any(c.kind == "rows" and c.first not in context.used for c in context.cues)
    asked = quantifier is not None and about_rows(context, condition, quantifier)
    if not (said_rows or picked or asked):
        return condition
    if condition.text in ("Blanks()", "NoBlanks()"):
        counted = f"COUNTBLANK({block})"
    elif compared is not None:
        op, value = compared
        if tells_only_totals(context, list(columns), op, float(value)):  # "over the week"
            text = f"SUM({block}){op}{value}"
            return dataclasses.replace(condition, text=text, bare=False, whole=True)
        criterion = value if op == "=" else f'"{op}{value}"'
        counted = f"COUNTIF({block},{criterion})"
    else:
        return condition
    every = quantifier is not None and context.tokens[quantifier].low in ALL_WORDS
    text = f"{counted}={len(columns)}" if every else f"{counted}>0"
    if condition.text == "NoBlanks()":  # "no gaps", "filled in": none of them blank
        text = f"{counted}=0" if every else f"{counted}<{len(columns)}"
    last = max(condition.last, -1 if quantifier is None else quantifier)
    return dataclasses.replace(condition, text=text, bare=False, whole=True, last=last)


def each_listed_date(context: Context, condition: Condition, picked: bool) -> Condition:
    """A date test each of a list of date columns takes ("licence or medical expired") as a
    test of its row where the request asks about rows ("pilots whose licence or medical has
    expired", "... highlight the pilot"): any of them passes."""
    call = BARE_CALL.fullmatch(condition.text)
    dates = all(context.kind(c) == "date" for c in condition.columns)
    if call is None or call["value"] or not dates:
        return condition
    said_rows = any(c.kind == "rows" and c.first not in context.used for c in context.cues)
    if not (said_rows or picked or about_rows(context, condition, len(context.tokens))):
        return condition
    text = "OR(" + ", ".join(f"{call['name']}(c[{c}])" for c in condition.columns) + ")"
    return dataclasses.replace(condition, text=text, bare=False, whole=True)


def averaged_at(context: Context, condition: Condition) -> int | None:
    """Where "averaging", "average" or "mean" is said just before or in the test."""
    for position in range(max(condition.first - 8, 0), condition.last + 1):
        word = context.tokens[position].low
        if word.startswith(("averag", "avg")) or word == "mean":
            return position
    return None


def per_cell_test(text: str) -> tuple[str, str] | None:
    """The operator and number of a per-cell comparison (`GreaterThan(0.8)`, or
    `AND(C2<>"",--C2>150)` on numbers typed as text); None for other tests."""
    call, typed = BARE_CALL.fullmatch(text), TEXT_NUMBERS.fullmatch(text)
    if call is not None and call["name"] in CRITERIA and call["value"]:
        return CRITERIA[call["name"]], number_text(float(call["value"]))
    if typed is not None:
        return typed["op"], number_text(float(typed["value"]))
    return None


def quantifier_at(context: Context, condition: Condition) -> int | None:
    """Where a quantifier of the block's cells is said: a quantifier word followed, within a
    few words, by a name of a block column or a noun for its cells."""
    tokens = context.tokens
    block = set(condition.columns)
    named = {p for m in context.mentions if m.column in block for p in range(m.first, m.last + 1)}
    for position, token in enumerate(tokens):
        if token.low not in ALL_WORDS | ANY_WORDS:
            continue
        ahead = range(position + 1, min(position + 6, len(tokens)))
        if any(p in named or tokens[p].low in BLOCK_NOUNS for p in ahead):
            return position
        if context.number_at(position + 1, position + 1) and context.counted_block() == list(block):
            return position  # "all four inspections"
    return None


def about_rows(context: Context, condition: Condition, quantifier: int) -> bool:
    """The request is about the rows' things: its first noun, before the quantifier (at
    `quantifier`), names another column ("sites that had a month …" on Site) or is what a
    clause describes ("days where …", "hives that …"); "attendance below 50% in any of
    sep / oct / nov" is about the cells."""
    block = set(condition.columns)
    tokens = context.tokens
    for position, token in enumerate(tokens):
        if token.low in SKIPPED or not token.low.isalpha():
            continue
        if position >= quantifier:
            return False
        if condition.first <= position <= condition.last:
            return False
        named = [m.column for m in context.mentions if m.first <= position <= m.last]
        described = position + 1 < len(tokens) and tokens[position + 1].low in RELATIVE
        return not set(named) & block and (bool(named) or described)
    return False


RELATIVE = word_set("who that which where whose with having had has")


EACH_WORDS = word_set("each every per")
ROW_NOUNS = word_set("row rows line lines record records entry entries")


OWNERS = word_set("their his her its")  # the row's own: "his quickest lap"


def spanned(context: Context, position: int) -> bool:
    """The "each"/"every" at `position` does not split a rank: it is denied ("top 3 of the
    whole block, not per column") or spans the block with "across" before it ("across every
    ward and every month, our five busiest")."""
    before = {t.low for t in context.tokens[max(position - 5, 0) : position]}
    denied = position > 0 and context.tokens[position - 1].low in ("not", "no")
    return denied or "across" in before


def each_of(context: Context) -> str | None:
    """What "each" ranges over in a rank ("the best month for each hive", "the top count in
    each time slot"): "row" where its noun is a row or names a text column (the rows' things:
    hives, sites, students) or where the rank is the row's own ("their best mock"), "column"
    for any other noun (days, weeks, ink columns), None where the request says no "each". A
    rank of periods where the block's columns are those periods ("best month per cow", "each
    week's busiest day") is each row's."""
    tokens = context.tokens
    ranks = [c.first for c in context.cues if c.kind in ("top", "bottom") and c.first]
    if any(tokens[r - 1].low in OWNERS for r in ranks):  # "highlight their best mock result"
        return "row"
    for position, token in enumerate(tokens):
        if token.low not in EACH_WORDS or spanned(context, position):
            continue
        noun = position + 1
        while noun < len(tokens) and tokens[noun].low in ("of", "the", "single", "one"):
            noun += 1
        if noun >= len(tokens):
            return None
        if tokens[noun].low in ROW_NOUNS:
            return "row"
        named = {m.column for m in context.mentions if m.first <= noun <= m.last}
        if named and all(context.kind(c) == "text" for c in named):
            return "row"
        unit = ranked_unit(context)  # "best month per cow", "each week's busiest day"
        headers = [context.table.header[c].strip().lower() for c in series_block(context)]
        periods = bool(unit) and bool(headers) and all(SERIES[unit](h) for h in headers)
        return "row" if periods and SERIES_WORDS.get(tokens[noun].word) != unit else "column"
    return None


def ranked_unit(context: Context) -> str:
    """The period a rank picks ("the best month", "which day was the busiest"): the block's
    columns are those periods, so "each" of anything else is each row."""
    tokens = context.tokens
    for rank in (c.first for c in context.cues if c.kind in ("top", "bottom")):
        near = [*range(rank + 1, rank + 3), *range(max(rank - 4, 0), rank)]
        for position in near:
            unit = SERIES_WORDS.get(tokens[position].word) if position < len(tokens) else None
            if unit is not None:
                return unit
    return ""


def series_block(context: Context) -> list[int]:
    """The table's longest run of number columns of one series (Jun … Nov, 06:00 … 22:00,
    W44 … W48): the block a rank "in each" ranges over where the request names none."""
    numeric = set(context.columns_of(*NUMERIC_TYPES))
    runs = [run for run in series_in(context.table.header, numeric) if len(run) >= 3]
    adjacent = [run for run in runs if run == list(range(run[0], run[-1] + 1))]
    return max(adjacent, key=len) if adjacent else []


def number_block(context: Context, ranked: list[int]) -> list[int]:
    """The block "each <thing>" ranges over where the request names none of its columns ("the
    highest mark in each subject", "the best month for each property", "each ink column"):
    the run of adjacent number columns of one kind that holds the ranked column, or the
    table's longest where the ranked column is none of them (Month, the rows' label). Columns
    the request denies ("not the june maths") are left out; "the three recount columns" keeps
    three."""
    denied = {m.column for m in context.mentions if context.denial_before(m.first)}
    runs = context.number_runs(denied)
    holding = [run for run in runs if set(ranked) & set(run)]
    block = max(holding or runs, key=len, default=[])
    wanted = columns_counted(context)
    if wanted and len(block) > wanted:
        series = [run for run in series_in(context.table.header, set(block)) if len(run) == wanted]
        block = series[0] if series else block[:wanted]
    return block if len(block) > 1 else []


def unnamed_block(context: Context, ranked: list[int]) -> bool:
    """Whether "each" ranges over a block the request does not name: it ranks one column that
    holds no numbers or that it denies ("highest month for each property", "not the june
    maths"), says "each ... column", or counts the block's columns."""
    denied = any(m.column in ranked and context.denial_before(m.first) for m in context.mentions)
    said_column = any(
        t.low in EACH_WORDS and {u.low for u in context.tokens[i + 1 : i + 4]} & COLUMN_WORDS
        for i, t in enumerate(context.tokens)
    )
    if len(ranked) == 1 and (context.kind(ranked[0]) not in NUMERIC_TYPES or denied):
        return True
    return said_column or columns_counted(context) is not None


def columns_counted(context: Context) -> int | None:
    """N in "the N <noun> columns": how many columns the request says its block has."""
    tokens = context.tokens
    for position, token in enumerate(tokens):
        if token.low not in ("columns", "cols"):
            continue
        for before in (position - 1, position - 2):
            number = context.number_at(before, before) if before >= 0 else None
            if number is not None and not number.percent and 1 < number.value < 20:
                return int(number.value)
    return None


def counts_block(context: Context, number: Number) -> bool:
    """ "average rating over the 5 weeks", "across all 4 quizzes": the number counts the
    columns of the block named after it."""
    after = number.last + 1
    if number.first == 0 or context.tokens[number.first - 1].low not in ("the", "all", "those"):
        return False
    named = context.mention_at(after, after)
    if named is not None:
        return len(context.block_of(named)) == number.value
    word = context.tokens[after].low if after < len(context.tokens) else ""
    return word.endswith("s") and word.isalpha()  # "the 5 weeks", "the four subjects"


def summed(context: Context, cue: Cue, number: Number) -> bool:
    """The comparison is of a total: "add up to more than", "the week's total (mon-sat) is
    over", "added together come to more than", "more than 1,000 in total across Jan-Jun",
    "more than 2.8 of C+M+Y+K combined", "made more than $3,000 over the five weeks"."""
    named = {p for m in context.mentions for p in range(m.first, m.last + 1)}  # a Total column
    near = [*range(max(cue.first - 5, 0), cue.first), *range(number.last + 1, number.last + 7)]
    words = {context.tokens[p].low for p in near if p < len(context.tokens) and p not in named}
    said = any(c.kind == "sum" and cue.first - 2 <= c.last < cue.first for c in context.cues)
    spanned = [context.tokens[p].low for p in range(number.last + 1, number.last + 3)
               if p < len(context.tokens)]  # fmt: skip
    over = spanned[:1] in (["over"], ["across"]) and spanned[1:] == ["the"]
    counted = context.number_at(number.last + 3, number.last + 3)
    averaged = any(t.low.startswith(("averag", "avg", "mean")) for t in context.tokens)
    spanning = over and not averaged and counted is not None and counts_block(context, counted)
    within = bool(counted_block(context, number)) and not averaged
    return said or spanning or within or bool(words & TOTAL_WORDS)


SPANNING = word_set("in over across during")


def counted_block(context: Context, number: Number) -> list[int]:
    """ "over 220 hours in five weeks", "more than 40 across the 5 days": the block named
    after a count of its periods, said just after the number (and its unit), is a total."""
    tokens = context.tokens
    for position in range(number.last + 1, min(number.last + 3, len(tokens))):
        if tokens[position].low not in SPANNING:
            continue
        position += position + 1 < len(tokens) and tokens[position + 1].low in ("the", "all")
        counted = context.number_at(position + 1, position + 1)
        named = context.mention_at(counted.last + 1, counted.last + 1) if counted else None
        if counted is None or named is None or tokens[named.first].low not in PERIODS:
            continue
        block = context.block_of(named)
        if len(block) == counted.value:
            return block
    return []


PERIODS = word_set("days weeks months quarters years sessions rounds")  # "… cols": a place


TOTAL_WORDS = word_set("total totals sum combined together altogether")
